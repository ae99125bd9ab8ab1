"""How each paragraph role looks on screen: faces and sizes (a highlighter) and block layout.

Character appearance (face, size) is drawn by :class:`RoleHighlighter` from the roles of the last
analysis: it only looks roles up, it never checks text, and it writes layout formats, so restyling
never lands on the undo stack. Block layout (alignment, first-line indent) lives in the document's
block formats; :func:`block_format_for` gives the one a role wants.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QSyntaxHighlighter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from app.model import Role
from app.render_plan import RED, ROLE_ALIGN, face_of
from app.render_plan import ROLE_FACE as PLAN_FACE
from app.render_plan import Align as Layout
from ui.fonts import Face, resolve
from ui.identity import block_id

BODY_PT = 16.0  # 3号
TITLE_PT = 22.0  # 2号
FIXED_ROLE_PROPERTY = QTextFormat.Property.UserProperty + 1  # block property: role chosen by user
FILE_LOOK_PROPERTY = int(QTextFormat.Property.UserProperty) + 9  # block: drawn as its file has it
"""Marks a block laid out by ui.file_look's ``FileLook.block_format``, so that the role
highlighter leaves its faces and sizes to the file; a role chosen later replaces it."""

# How each role looks is decided once, in the render plan (the Word export and the PDF read it too).
ROLE_FACE = PLAN_FACE
ROLE_LAYOUT = ROLE_ALIGN
ROLE_ORDER = list(Role)


def role_face(role: Role | None) -> Face:
    return face_of(role)


def char_width(pt: float = BODY_PT) -> float:
    """Width in pixels of one CJK character of body text (the unit of indents)."""
    font = QFont(resolve(Face.FANGSONG).family)
    font.setPointSizeF(pt)
    return QFontMetricsF(font).horizontalAdvance("中")


def layout_of(block_format: QTextBlockFormat) -> Layout:
    align = block_format.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
    if align & Qt.AlignmentFlag.AlignHCenter:
        return Layout.CENTER
    if align & Qt.AlignmentFlag.AlignRight:
        return Layout.RIGHT
    if block_format.textIndent() > 0:
        return Layout.INDENT
    return Layout.FLUSH


def block_format_for(role: Role | None, base: QTextBlockFormat | None = None) -> QTextBlockFormat:
    """``base`` with the alignment and indents ``role`` wants (other properties kept)."""
    fmt = QTextBlockFormat(base) if base is not None else QTextBlockFormat()
    fmt.clearProperty(FILE_LOOK_PROPERTY)  # a role given later: the house look from now on
    layout = ROLE_LAYOUT.get(role, Layout.INDENT) if role else Layout.INDENT
    unit = char_width()
    fmt.setLineHeight(140.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setTextIndent(2 * unit if layout is Layout.INDENT else 0.0)
    set_or_clear(fmt, QTextFormat.Property.BlockRightMargin,
                  2 * unit if layout is Layout.RIGHT else 0.0)
    set_or_clear(fmt, QTextFormat.Property.BlockTopMargin, 12.0 if role is Role.TITLE else 0.0)
    set_or_clear(fmt, QTextFormat.Property.BlockBottomMargin,
                  18.0 if role is Role.TITLE else 0.0)
    if layout is Layout.CENTER:
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    elif layout is Layout.RIGHT:
        fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
    else:
        fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
    return fmt


def set_or_clear(fmt: QTextBlockFormat, prop: QTextFormat.Property, value: float) -> None:
    """A margin of 0 is left out rather than stored (0 is what Qt reads for a missing one).
    Why: Qt looks a block's format properties up one by one, by a linear search, several times
    per line each time it moves a laid-out paragraph — and every keystroke moves every line
    below the cursor to the end of the document. Three zero margins fewer (8 → 5 properties on
    a body paragraph) cut ~0.6 M of ~17.6 M instructions a key in the middle of corpus x3
    (callgrind), and the same share of each walk of 修正全部序号's edit blocks."""
    if value:
        fmt.setProperty(prop, value)
    else:
        fmt.clearProperty(prop)


def fixed_role(block_format: QTextBlockFormat) -> Role | None:
    if not block_format.hasProperty(FIXED_ROLE_PROPERTY):  # (a missing one: see ui.identity)
        return None
    value = block_format.property(FIXED_ROLE_PROPERTY)
    if isinstance(value, str) and value:
        try:
            return Role(value)
        except ValueError:
            return None
    return None


def body_font(base: QFont, pt: float) -> QFont:
    """``base`` in the body face (仿宋) at ``pt`` points: the editor's document font."""
    face = resolve(Face.FANGSONG)
    font = QFont(base)
    font.setFamilies([face.family])
    font.setPointSizeF(pt)
    if face.bold:
        font.setWeight(QFont.Weight.Bold)
    return font


def fast_relayout(doc: QTextDocument) -> None:
    """Make the relayout after each keystroke in the editor's ``doc`` cheaper (callgrind).

    After every edit Qt's document layout moves each line of every block below the cursor (the
    cost grows with the text after the cursor, the same in a bare QTextEdit). Two things the
    editor's document had that made each of those moves dearer:

    - QTextEdit gives the document it creates its viewport as the layout's paint device, so each
      line moved asks the widget twice for its DPI (``QWidget::metric``, 14 % of the relayout);
      a document set on a widget later has none. Without one Qt uses the screen's DPI, which is
      the viewport's on one screen (fonts and margins come out the same).
    - A block of automatic direction is scanned for its first strong character each time it is
      moved (``QTextBlock::textDirection``); reports are written left to right.
    """
    layout = doc.documentLayout()
    layout.setPaintDevice(None)  # type: ignore[arg-type]  # (None: Qt takes the screen DPI)
    option = doc.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    doc.setDefaultTextOption(option)


# Paragraphs of more UTF-16 units than this keep their layout from the start (see keep_layout).
KEEP_LAYOUT_FROM = 1_000


def keep_layout(block: QTextBlock) -> None:
    """Let ``block``'s layout keep its itemized, shaped text once laid out (QTextLayout's cache).

    Why: unless the cache is on, Qt's document layout drops that data at the end of each
    relayout; after a keystroke the editor then asks the paragraph twice more for a cursor's x
    (to place the caret and to draw it), and each time Qt itemizes, computes the line-break
    attributes of and shapes the paragraph's text again (QTextLine::cursorToX). Measured with
    callgrind: in a 150,000-character paragraph 616 -> 433 M instructions a key (the window);
    in an ordinary paragraph in the middle of corpus x3 17.6 -> 16.3 M. What is kept is the
    layout Qt made; nothing is drawn differently. The cost is memory while the paragraph's
    layout lives (~30 bytes a character): so for paragraphs typed into, and long ones."""
    layout = block.layout()
    if layout is not None and not layout.cacheEnabled():
        layout.setCacheEnabled(True)


def keep_long_layouts(doc: QTextDocument) -> None:
    """:func:`keep_layout` for every paragraph of ``doc`` longer than KEEP_LAYOUT_FROM (after
    loading it: moving the caret in one, or its blinking, then does not itemize it again)."""
    block = doc.begin()
    while block.isValid():
        if block.length() > KEEP_LAYOUT_FROM:
            keep_layout(block)
        block = block.next()


WHOLE_BLOCK = 999_999  # a split that means "to the end of the block", whatever its length


def style_key(role: Role | None, split: int) -> int:
    """Small int encoding how a block is drawn: stored as the block's user state."""
    code = ROLE_ORDER.index(role) + 1 if role else 0
    return code * 1_000_000 + min(max(split, 0), 999_999)


def decode_key(key: int) -> tuple[Role | None, int]:
    if key < 0:
        return None, 0
    code, split = divmod(key, 1_000_000)
    return (ROLE_ORDER[code - 1] if code else None), split


class RoleHighlighter(QSyntaxHighlighter):
    """Draws each block in its role's face. ``keys[i]`` is the style key for block ``i``.

    ``split`` (UTF-16 units) > 0 marks a run-in heading: [0, split) in the heading face, the rest in
    the body face. The highlighter does no text analysis at all.
    """

    def __init__(self, document, zoom: float = 1.0) -> None:
        super().__init__(document)
        self.keys: list[int] = []
        self.keys_by_id: dict[int, int] = {}  # paragraph id → style key (preferred to keys)
        self._zoom = zoom
        self._formats: dict[tuple[Face, float, bool, str | None], QTextCharFormat] = {}
        self.overlay = None  # callable(highlighter, text): paints on top (comment ranges)
        # True when the document's default font is the body face at the body size (the editor
        # sets it so): body text then needs no format of its own (see ReportEditor.__init__)
        self.body_in_document = False

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Draw at ``zoom``; also after the faces changed (settings): the formats are made
        again, and the document's font follows when body text is drawn in it."""
        self._zoom = zoom
        self._formats.clear()
        doc = self.document()
        if self.body_in_document and doc is not None:
            doc.setDefaultFont(body_font(doc.defaultFont(), BODY_PT * zoom))

    def char_format(self, face: Face, pt: float, grey: bool = False,
                    color: str | None = None) -> QTextCharFormat:  # fmt: skip
        key = (face, pt, grey, color)
        fmt = self._formats.get(key)
        if fmt is None:
            sf = resolve(face)
            fmt = QTextCharFormat()
            fmt.setFontFamilies([sf.family])
            fmt.setFontPointSize(pt * self._zoom)
            if sf.bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if grey or color:
                fmt.setForeground(QColor(color or "#8a8a8a"))
            self._formats[key] = fmt
        return fmt

    def key_for(self, number: int) -> int:
        return self.keys[number] if 0 <= number < len(self.keys) else style_key(Role.BODY, 0)

    def key_of(self, block: QTextBlock) -> int:
        """The style key of ``block``: by its paragraph id when the window gave keys by id (a
        paragraph inserted above does not shift them: no cascade of redraws after Enter), else
        by its number."""
        if self.keys_by_id:
            key = self.keys_by_id.get(block_id(block))
            if key is not None:
                return key
        return self.key_for(block.blockNumber())

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        key = self.key_of(block)
        role, split = decode_key(key)
        length = block.length() - 1  # UTF-16 units, without scanning a long paragraph's text
        body = self.char_format(Face.FANGSONG, BODY_PT, grey=role is Role.JUNK)
        if role is not Role.JUNK and block.blockFormat().hasProperty(FILE_LOOK_PROPERTY):
            pass  # a .docx paragraph: drawn in its file's faces and sizes (ui.file_look)
        elif role is Role.TITLE:
            self.setFormat(0, length, self.char_format(Face.TITLE, TITLE_PT))
        elif role is Role.MASTHEAD:  # 发文机关标志: red 小标宋, as the export prints it
            self.setFormat(0, length, self.char_format(Face.TITLE, TITLE_PT, color=RED))
        elif split > 0 and role is not None:
            head = self.char_format(role_face(role), BODY_PT)
            self.setFormat(0, min(split, length), head)
            if split < length and not self.body_in_document:
                self.setFormat(split, length - split, body)
        else:
            face = role_face(role)
            if not (self.body_in_document and face is Face.FANGSONG and role is not Role.JUNK):
                self.setFormat(0, length, self.char_format(face, BODY_PT, grey=role is Role.JUNK))
        if self.overlay is not None:
            self.overlay(self, text)
        self.setCurrentBlockState(key)
