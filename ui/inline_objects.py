"""Inline objects in the editor: images drawn at their size, everything else as a labelled chip.

Each object sits on one U+FFFC (:data:`app.model.OBJECT_CHAR`) whose character format carries a
key (:data:`ui.identity.OBJECT_PROPERTY`) into the editor's :class:`ObjectRegistry`, so that the
model can read :attr:`Paragraph.objects` back from the text in order, and an object moved, cut,
undone or redone keeps its :class:`~app.model.InlineObject` (formats travel with the text). A key,
not the Python object, goes into the format: Qt compares formats by value to share them.

Images become a QTextImageFormat whose picture is added to the document as a resource. Objects Qt
cannot draw (text box, shape, chart, note reference, page break, equation …) are drawn by
:class:`PlaceholderObject` (a QTextObjectInterface) as a small rounded chip with their label; their
text is the tooltip.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QLineF, QObject, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPyTextObject,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

from app.model import OBJECT_CHAR, InlineObject
from ui.identity import OBJECT_PROPERTY, format_property

PLACEHOLDER_TYPE = int(QTextFormat.ObjectTypes.UserObject) + 1
PT_TO_PX = 96.0 / 72.0


def kind_label(kind: str) -> str:
    """What an object of ``kind`` is called on its chip when the reader gave no label."""
    names = {
        "image": QCoreApplication.translate("InlineObjects", "Image"),
        "textbox": QCoreApplication.translate("InlineObjects", "Text box"),
        "shape": QCoreApplication.translate("InlineObjects", "Shape"),
        "chart": QCoreApplication.translate("InlineObjects", "Chart"),
        "smartart": QCoreApplication.translate("InlineObjects", "SmartArt"),
        "ole": QCoreApplication.translate("InlineObjects", "Embedded object"),
        "equation": QCoreApplication.translate("InlineObjects", "Equation"),
        "footnote": QCoreApplication.translate("InlineObjects", "Footnote"),
        "endnote": QCoreApplication.translate("InlineObjects", "Endnote"),
        "pagebreak": QCoreApplication.translate("InlineObjects", "Page break"),
        "columnbreak": QCoreApplication.translate("InlineObjects", "Column break"),
        "field": QCoreApplication.translate("InlineObjects", "Field"),
    }
    return names.get(kind, QCoreApplication.translate("InlineObjects", "Object"))


RULE_HEIGHT_PX = 8.0
RULE_MAX_PT = 3.0  # a drawing this flat is a line (a 公文's 分隔线), not a picture


def is_rule(obj: InlineObject) -> bool:
    """A drawing with no picture that is only a few points high: a horizontal line such as the
    separator under a 公文's red head. It is drawn as a line of its width, not as a chip."""
    return (obj.image is None and obj.kind in ("image", "shape") and obj.width_pt is not None
            and obj.width_pt > 20 and obj.height_pt is not None and obj.height_pt <= RULE_MAX_PT)


RULE_GREY = "#8a8a8a"  # a line whose file names no colour (Word's default is black: shown softer)


def rule_pen(obj: InlineObject) -> QPen:
    """The pen of a rule as the file draws it: its colour (a red head's separator is red, GB/T
    9704 7.2.5) and its width, kept within the rule's drawn height."""
    width_pt, color = obj.stroke if obj.stroke is not None else (0.75, None)
    pen = QPen(QColor(color or RULE_GREY))
    pen.setWidthF(min(max(width_pt * PT_TO_PX, 1.0), RULE_HEIGHT_PX - 2))
    return pen


EXCERPT_CHARS = 16  # of a text box's first line on its chip: enough for a 版头's 发文机关标志


def chip_label(obj: InlineObject) -> str:
    """What the chip says. A text box also shows the start of its text: a red-head template
    keeps its 发文机关标志 or "会议纪要" in text boxes, and a chip saying only "文本框" would hide
    what the page's first line holds (the whole text stays in the tooltip and the side-parts
    dock)."""
    label = obj.label or kind_label(obj.kind)
    if obj.kind != "textbox":
        return label
    first = next((" ".join(line.split()) for line in obj.text.splitlines() if line.strip()), "")
    if not first:
        return label
    if len(first) > EXCERPT_CHARS:
        first = first[:EXCERPT_CHARS] + "…"
    return f"{label}：{first}"


def object_tooltip(obj: InlineObject) -> str:
    """The label and, when the object has text (a text box, a note), the text."""
    return (obj.label or kind_label(obj.kind)) + ("\n" + obj.text if obj.text else "")


class ObjectRegistry:
    """key → InlineObject for the objects the editor holds (keys never reused in a session)."""

    def __init__(self) -> None:
        self._objects: dict[int, InlineObject] = {}
        self._keys = itertools.count(1)

    def add(self, obj: InlineObject) -> int:
        key = next(self._keys)
        self._objects[key] = obj
        return key

    def get(self, key: object) -> InlineObject | None:
        return self._objects.get(key) if isinstance(key, int) else None

    def clear(self) -> None:
        self._objects.clear()


class PlaceholderObject(QPyTextObject):
    """Draws an object Qt cannot show as ``[label]`` in a rounded, tinted chip."""

    def __init__(self, registry: ObjectRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.registry = registry

    def _font(self, doc: QTextDocument) -> QFont:
        font = QFont(doc.defaultFont())
        font.setPointSizeF(max(doc.defaultFont().pointSizeF() * 0.7, 7.0))
        return font

    def _label(self, fmt: QTextFormat) -> str:
        obj = self.registry.get(format_property(fmt, OBJECT_PROPERTY))
        return chip_label(obj) if obj is not None else kind_label("other")

    def intrinsicSize(self, doc, pos_in_document, fmt) -> QSizeF:
        obj = self.registry.get(format_property(fmt, OBJECT_PROPERTY))
        if obj is not None and is_rule(obj):  # drawn as what it is: a line across the page
            room = max(doc.textWidth() * 0.8 - 2 * doc.documentMargin(), 0.0)
            width = obj.width_pt * PT_TO_PX if obj.width_pt else room
            return QSizeF(min(width, room) if room else width, RULE_HEIGHT_PX)  # never wider
            # than the page (the paragraph's indent comes on top of it)
        metrics = QFontMetricsF(self._font(doc))
        return QSizeF(metrics.horizontalAdvance(self._label(fmt)) + 10, metrics.height() + 4)

    def drawObject(self, painter: QPainter, rect, doc, pos_in_document, fmt) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        obj = self.registry.get(format_property(fmt, OBJECT_PROPERTY))
        if obj is not None and is_rule(obj):
            box = QRectF(rect)
            painter.setPen(rule_pen(obj))
            y = box.center().y()
            painter.drawLine(QLineF(box.left(), y, box.right(), y))
            painter.restore()
            return
        box = QRectF(rect).adjusted(1, 1, -1, -1)
        painter.setPen(QColor("#7b8fa6"))
        painter.setBrush(QColor("#e8eef5"))
        painter.drawRoundedRect(box, 4, 4)
        painter.setFont(self._font(doc))
        painter.setPen(QColor("#2d4660"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._label(fmt))
        painter.restore()


def install_placeholders(doc: QTextDocument, registry: ObjectRegistry, owner: QObject) -> None:
    """Let ``doc``'s layout draw placeholder chips (the handler lives as long as ``owner``)."""
    handler = PlaceholderObject(registry, owner)
    doc.documentLayout().registerHandler(PLACEHOLDER_TYPE, handler)
    owner._placeholder_handler = handler  # type: ignore[attr-defined]  # keep it alive


def object_format(
    doc: QTextDocument, registry: ObjectRegistry, obj: InlineObject, max_width_px: float
) -> QTextCharFormat:
    """The character format that shows ``obj`` at an OBJECT_CHAR."""
    key = registry.add(obj)
    if obj.kind == "image" and obj.image:
        image = QImage.fromData(obj.image)
        if not image.isNull():
            name = f"reportdesk-image:{key}"
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            picture = QTextImageFormat()
            picture.setName(name)
            width = obj.width_pt * PT_TO_PX if obj.width_pt else float(image.width())
            height = obj.height_pt * PT_TO_PX if obj.height_pt else float(image.height())
            if max_width_px > 0 and width > max_width_px:  # never wider than the page
                height, width = height * max_width_px / width, max_width_px
            picture.setWidth(width)
            picture.setHeight(height)
            picture.setProperty(OBJECT_PROPERTY, key)
            if obj.text:
                picture.setToolTip(obj.text)
            return picture
    fmt = QTextCharFormat()
    fmt.setObjectType(PLACEHOLDER_TYPE)
    fmt.setProperty(OBJECT_PROPERTY, key)
    fmt.setToolTip(object_tooltip(obj))
    return fmt


def insert_text_with_objects(
    cursor: QTextCursor,
    text: str,
    objects: list[InlineObject],
    registry: ObjectRegistry,
    max_width_px: float,
) -> None:
    """Insert ``text`` at ``cursor``; each OBJECT_CHAR becomes the next of ``objects``."""
    plain = QTextCharFormat()
    if OBJECT_CHAR not in text:
        cursor.insertText(text, plain)
        return
    doc = cursor.document()
    pieces = text.split(OBJECT_CHAR)
    for k, piece in enumerate(pieces):
        if piece:
            cursor.insertText(piece, plain)
        if k < len(pieces) - 1:
            obj = objects[k] if k < len(objects) else InlineObject("other")
            cursor.insertText(OBJECT_CHAR, object_format(doc, registry, obj, max_width_px))


def objects_of(block: QTextBlock, registry: ObjectRegistry) -> list[InlineObject]:
    """The InlineObjects of ``block``'s OBJECT_CHARs, in order (an unknown one: kind "other")."""
    if OBJECT_CHAR not in block.text():
        return []
    out: list[InlineObject] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid():
            count = frag.text().count(OBJECT_CHAR)
            if count:
                obj = registry.get(format_property(frag.charFormat(), OBJECT_PROPERTY))
                out.extend([obj or InlineObject("other")] * count)
        it += 1
    return out


def object_at(block: QTextBlock, position: int, registry: ObjectRegistry) -> InlineObject | None:
    """The object on the character at document ``position`` inside ``block``, if any."""
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid() and frag.position() <= position < frag.position() + frag.length():
            if OBJECT_CHAR in frag.text():
                return registry.get(format_property(frag.charFormat(), OBJECT_PROPERTY))
            return None
        it += 1
    return None
