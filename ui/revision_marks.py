"""How tracked changes look in the editor (显示标记的最终状态).

The editor holds the final text (``Paragraph.text``); nothing here changes it:
- insertions are underlined and moved-to text double-struck in green, formatting changes dotted,
  in the author's colour, on the role highlighter's layer (like the comment highlights);
- deleted and moved-away text is not in the final text, so it is shown where Word shows it in its
  default print layout: in balloons in the right margin ("删除：…", struck through, in the author's
  colour), with a caret and a dotted leader at the place it was taken from;
- a paragraph with changes has a change bar in the left margin; paragraph-mark and
  paragraph-property changes have their balloon too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from app.model import Paragraph, Revision
from ui.identity import block_id
from ui.rule_labels import chinese_ui
from ui.textpos import to_utf16

AUTHOR_COLORS = ("#c62828", "#1565c0", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#ad1457",
                 "#5d4037")  # fmt: skip
MOVE_COLOR = QColor("#2e7d32")
BALLOON_WIDTH = 230
KIND_NAMES = {
    "ins": "插入", "del": "删除", "moveTo": "移至此处", "moveFrom": "已移走", "format": "设置格式",
    "para_ins": "插入段落", "para_del": "删除段落标记", "para_props": "段落格式",
}  # fmt: skip
KIND_NAMES_EN = {
    "ins": "Inserted", "del": "Deleted", "moveTo": "Moved here", "moveFrom": "Moved away",
    "format": "Formatted", "para_ins": "Inserted paragraph", "para_del": "Deleted paragraph mark",
    "para_props": "Paragraph formatting",
}  # fmt: skip
_BALLOON_KINDS = frozenset(("del", "moveFrom", "format", "para_ins", "para_del", "para_props"))


class AuthorColors:
    """One colour per author, in the order they are first met (as Word colours reviewers)."""

    def __init__(self) -> None:
        self._of: dict[str, QColor] = {}

    def __call__(self, author: str) -> QColor:
        color = self._of.get(author)
        if color is None:
            color = QColor(AUTHOR_COLORS[len(self._of) % len(AUTHOR_COLORS)])
            self._of[author] = color
        return color


def short_time(date: str) -> str:
    """"2026-12-02T09:00:00Z" → "2026-12-02 09:00" (as the pane and the tooltips show it)."""
    return date.replace("T", " ")[:16] if date else ""


def kind_name(kind: str) -> str:
    """删除 (Chinese interface) or Deleted (English)."""
    return (KIND_NAMES if chinese_ui() else KIND_NAMES_EN).get(kind, kind)


def colon() -> str:
    """The colon after a label: "：" in Chinese, ": " in English."""
    return "：" if chinese_ui() else ": "


def describe(r: Revision, p: Paragraph) -> str:
    """One line for a revision: kind, and the text it concerns."""
    text = r.text if r.kind in ("del", "moveFrom") else p.text[r.start : r.end]
    if r.kind == "para_props":
        text = ""
    name = kind_name(r.kind)
    return f"{name}{colon()}{text}" if text else name


def paint_block(highlighter, text: str, marks: list[tuple[str, str, int, int]],
                color_of: Callable[[str], QColor]) -> None:  # fmt: skip
    """Underline/colour the marks (kind, author, start, end) of the block being highlighted,
    over the faces the role highlighter set (bisecting where formats change, as the comment
    layer does)."""
    for kind, author, start, end in marks:
        if end <= start or start >= len(text):
            continue
        a, b = to_utf16(text, start), to_utf16(text, min(end, len(text)))
        color = MOVE_COLOR if kind == "moveTo" else color_of(author)
        for x, y in _runs(highlighter, a, b):
            fmt = QTextCharFormat(highlighter.format(x))
            if kind == "format":
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            else:
                fmt.setForeground(color)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                if kind == "moveTo":
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(color)
            highlighter.setFormat(x, y - x, fmt)


def _runs(highlighter, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= 1 or highlighter.format(start) == highlighter.format(end - 1):
        return [(start, end)]
    mid = (start + end) // 2
    return _runs(highlighter, start, mid) + _runs(highlighter, mid, end)


@dataclass
class Balloon:
    """A margin note: the revision, where in the viewport its text was, where it is drawn."""

    paragraph: Paragraph
    revision: Revision
    anchor: QPointF  # viewport coordinates of the place in the text
    rect: QRectF  # in the balloon strip's coordinates


class BalloonStrip(QWidget):
    """The strip right of the page where deletions and property changes are shown."""

    def __init__(self, editor: QTextEdit, marks: RevisionMarks) -> None:
        super().__init__(editor)
        self.setObjectName("revisionBalloons")
        self.editor = editor
        self.marks = marks
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)

    def paintEvent(self, ev) -> None:
        painter = QPainter(self)
        try:  # a painter left open by an error crashes Qt later: always end it
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9))
        painter.setFont(font)
        for b in self.marks.balloons:
            color = self.marks.color_of(b.revision.author)
            painter.setPen(QPen(color, 1))
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawRoundedRect(b.rect, 4, 4)
            painter.setPen(color)
            r = b.revision
            head = f"{r.author} {short_time(r.date)}"
            line = QFontMetricsF(font).height()
            inner = b.rect.adjusted(5, 2, -5, -2)
            painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line),
                             int(Qt.AlignmentFlag.AlignLeft), head)  # fmt: skip
            if r.kind in ("del", "moveFrom"):
                label = kind_name(r.kind) + colon()
                width = QFontMetricsF(font).horizontalAdvance(label)
                painter.drawText(QRectF(inner.left(), inner.top() + line, width + 2, line),
                                 int(Qt.AlignmentFlag.AlignLeft), label)  # fmt: skip
                strike = QFont(font)
                strike.setStrikeOut(True)
                painter.setFont(strike)
                body = QRectF(inner.left() + width, inner.top() + line, inner.width() - width,
                              inner.height() - line)  # fmt: skip
                painter.drawText(body, int(Qt.TextFlag.TextWordWrap), r.text)
                painter.setFont(font)
            else:
                body = inner.adjusted(0, line, 0, 0)
                painter.drawText(body, int(Qt.TextFlag.TextWordWrap), describe(r, b.paragraph))

    def mousePressEvent(self, ev) -> None:
        for b in self.marks.balloons:
            if b.rect.contains(ev.position()):
                self.marks.activated(b.paragraph, b.revision)
                return
        super().mousePressEvent(ev)


class ViewportMarks(QWidget):
    """Change bars, carets and leader lines, drawn over the editor's viewport (no mouse)."""

    def __init__(self, editor: QTextEdit, marks: RevisionMarks) -> None:
        super().__init__(editor.viewport())
        self.setObjectName("revisionMarks")
        self.editor = editor
        self.marks = marks
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def paintEvent(self, ev) -> None:
        painter = QPainter(self)
        try:  # a painter left open by an error crashes Qt later: always end it
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        for p, top, bottom in self.marks.visible_blocks:
            if not p.revisions:  # resolved or undone since the margin was laid out
                continue
            color = self.marks.color_of(p.revisions[0].author)
            painter.setPen(QPen(color, 2))
            painter.drawLine(QPointF(3, top), QPointF(3, bottom))
        small = QFont(self.font())
        small.setPointSizeF(8)
        small.setStrikeOut(True)
        inline = not self.marks.strip.isVisible()  # no room right of the page
        for b in self.marks.balloons:
            color = self.marks.color_of(b.revision.author)
            painter.setPen(QPen(color, 1.5))
            x, y = b.anchor.x(), b.anchor.y()
            painter.drawLine(QPointF(x - 3, y + 4), QPointF(x, y - 1))
            painter.drawLine(QPointF(x, y - 1), QPointF(x + 3, y + 4))
            if not inline:
                painter.setPen(QPen(color, 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(x + 3, y), QPointF(self.width(), y))
            elif b.revision.kind in ("del", "moveFrom"):
                # the deleted text, small and struck through, in the gap under the line
                painter.setFont(small)
                painter.setPen(color)
                fm = QFontMetricsF(small)
                text = fm.elidedText(b.revision.text, Qt.TextElideMode.ElideRight,
                                     max(self.width() - x - 4, 40))  # fmt: skip
                painter.drawText(QPointF(x + 2, y + fm.ascent() + 1), text)


class RevisionMarks:
    """Lays out the balloons of the visible blocks and keeps the two painters in place."""

    def __init__(self, editor: QTextEdit, paragraph_of: Callable[[int], Paragraph | None],
                 color_of: Callable[[str], QColor],
                 activated: Callable[[Paragraph, Revision], None]) -> None:  # fmt: skip
        self.editor = editor
        self.paragraph_of = paragraph_of
        self.color_of = color_of
        self.activated = activated
        self.enabled = False
        self.balloons: list[Balloon] = []
        self.visible_blocks: list[tuple[Paragraph, float, float]] = []
        self.strip = BalloonStrip(editor, self)
        self.overlay = ViewportMarks(editor, self)
        self.strip.hide()
        self.overlay.hide()

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        self.update()

    def balloon_text(self, b: Balloon) -> str:
        r = b.revision
        return f"{r.author} {short_time(r.date)}\n{describe(r, b.paragraph)}"

    def update(self) -> None:
        """Recompute what is visible and repaint (after scrolling, editing, resolving)."""
        editor = self.editor
        vp = editor.viewport()
        self.overlay.setGeometry(0, 0, vp.width(), vp.height())
        margins = editor.viewportMargins()
        right = margins.right()
        show = self.enabled and right >= 80
        self.overlay.setVisible(self.enabled)
        self.strip.setVisible(show)
        if show:
            frame = editor.frameWidth()
            self.strip.setGeometry(frame + margins.left() + vp.width() + 4, frame + margins.top(),
                                   right - 8, vp.height())  # fmt: skip
        self.balloons, self.visible_blocks = self._layout() if self.enabled else ([], [])
        self.overlay.update()
        self.strip.update()

    def _layout(self) -> tuple[list[Balloon], list[tuple[Paragraph, float, float]]]:
        editor = self.editor
        doc = editor.document()
        layout = doc.documentLayout()
        scroll = editor.verticalScrollBar().value()
        height = editor.viewport().height()
        cursor = editor.cursorForPosition(editor.viewport().rect().topLeft())
        block = cursor.block()
        balloons: list[Balloon] = []
        bars: list[tuple[Paragraph, float, float]] = []
        fm = QFontMetricsF(self.strip.font())
        width = max(self.strip.width() - 10, 60)
        floor = 0.0
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            top = rect.top() - scroll
            if top > height:
                break
            p = self.paragraph_of(block_id(block))
            if p is not None and p.revisions:
                bars.append((p, top, top + rect.height()))
                for r in p.revisions:
                    if r.kind not in _BALLOON_KINDS:
                        continue
                    pos = block.position() + to_utf16(block.text(), min(r.start, len(p.text)))
                    cur = QTextCursor(doc)
                    cur.setPosition(min(pos, doc.characterCount() - 1))
                    caret = editor.cursorRect(cur)
                    anchor = QPointF(caret.x(), caret.bottom())
                    b = Balloon(p, r, anchor, QRectF())
                    text = self.balloon_text(b)
                    need = fm.boundingRect(QRectF(0, 0, width, 1000),
                                           int(Qt.TextFlag.TextWordWrap), text).height() + 6
                    y = max(caret.top(), floor)
                    b.rect = QRectF(2, y, width + 6, min(need, 120))
                    floor = y + b.rect.height() + 3
                    balloons.append(b)
            block = block.next()
        return balloons, bars

    def affected_by(self, paragraphs: list[Paragraph]) -> bool:
        """Whether an edit of ``paragraphs`` changes what the margin shows: a balloon, or a
        change bar that appears or goes (typing on in one's insertion changes neither)."""
        if not self.enabled:
            return False
        barred = {p.id for p, _top, _bottom in self.visible_blocks}
        ballooned = {b.paragraph.id for b in self.balloons}
        for p in paragraphs:
            if p.id in ballooned or bool(p.revisions) != (p.id in barred):
                return True
            if any(r.kind in _BALLOON_KINDS for r in p.revisions):
                return True
        return False

    def balloon_at(self, paragraph_id: int) -> list[Balloon]:
        return [b for b in self.balloons if b.paragraph.id == paragraph_id]


def original_text(p: Paragraph) -> str:
    """The paragraph before its changes: insertions out, deletions back in."""
    out, pos = [], 0
    for r in sorted(p.revisions, key=lambda r: (r.start, r.kind not in ("del", "moveFrom"))):
        if r.kind in ("del", "moveFrom"):
            out.append(p.text[pos : r.start] + r.text)
            pos = max(pos, r.start)
        elif r.kind in ("ins", "moveTo") and r.end > r.start:
            out.append(p.text[pos : r.start])
            pos = max(pos, r.end)
    out.append(p.text[pos:])
    return "".join(out)


def set_block_text(cursor: QTextCursor, block, text: str) -> None:
    """Change ``block``'s text to ``text`` touching only what differs (formats and objects of
    the rest stay)."""
    old = block.text()
    base = block.position()
    ops = SequenceMatcher(None, old, text, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in reversed(ops):
        if tag == "equal":
            continue
        cursor.setPosition(base + to_utf16(old, i1))
        cursor.setPosition(base + to_utf16(old, i2), QTextCursor.MoveMode.KeepAnchor)
        if j2 > j1:
            cursor.insertText(text[j1:j2])
        else:
            cursor.removeSelectedText()
