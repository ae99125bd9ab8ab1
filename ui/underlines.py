"""The problem underlines of the report pane: wavy ExtraSelections with the message as tooltip.

A mark already drawn keeps its selection (its cursor follows the edits), so an analysis after
a keystroke makes only the new ones. Qt draws every underline of a paragraph over each visible
line of that paragraph, near or not: a long paragraph (:data:`LONG_BLOCK`) therefore hands Qt
only the underlines near the view, and the view's moves bring the others in (:meth:`shown`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from app.findings import Severity
from ui.textpos import has_astral, to_utf16

LONG_BLOCK = 4000  # a paragraph this long (UTF-16 units) shows only the underlines near the view
NEAR = 3000  # UTF-16 units above and below the view whose underlines a long paragraph shows
UNDERLINE_PROPERTY = int(QTextFormat.Property.UserProperty) + 8  # char: one of our underlines
SEVERITY_COLORS = {
    Severity.ERROR: QColor("#d32f2f"),
    Severity.WARNING: QColor("#ef8f00"),
    Severity.INFO: QColor("#1e88e5"),
}


class Mark(NamedTuple):
    """A problem range to underline: paragraph index and code-point offsets. (A named tuple:
    the window makes one for every shown finding after each run, ~3,500 on corpus x3, and a
    frozen dataclass is made twice as slowly.)"""

    index: int  # type: ignore[assignment]  # (shadows tuple.index, which no caller uses)
    start: int
    end: int
    severity: Severity
    message: str
    paragraph_id: int | None = None  # with text_hash: a mark drawn before is kept while its
    text_hash: int = 0  # paragraph's text is the same (its cursor followed the edits)


class Underlines:
    """The editor's underlines (``editor``: the QTextEdit they are drawn in)."""

    def __init__(self, editor: QTextEdit) -> None:
        self.editor = editor
        self.marks: dict[int, list[Mark]] = {}
        self.selections: dict[tuple, QTextEdit.ExtraSelection] = {}  # drawn marks by key
        self._ordered: list[tuple[tuple, QTextEdit.ExtraSelection]] = []  # errors last
        self._long: set[tuple] = set()  # keys of the marks in long paragraphs (see shown)
        self._shown_keys: set[tuple] | None = None  # those handed to Qt (None: all)
        self.made = 0  # underlines set_marks had to make last time (tests read it)
        self.view_timer = QTimer(editor)  # the view moved: long paragraphs' underlines follow
        self.view_timer.setSingleShot(True)
        self.view_timer.setInterval(0)
        self.view_timer.timeout.connect(self.view_moved)
        editor.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def reset(self) -> None:
        """A new document: no underline is drawn."""
        self.selections = {}
        self._ordered = []
        self._long = set()
        self._shown_keys = None

    def view_resized(self) -> None:
        if self._long:
            self.view_timer.start()

    def set_marks(self, marks: Sequence[Mark]) -> None:
        """Underline ``marks``. A mark already drawn keeps its selection (its cursor followed
        the edits); only new marks get one, gone ones are dropped — by paragraph id and text,
        so a mark of an edited paragraph is always drawn anew."""
        doc = self.editor.document()
        self.marks = {}
        drawn = self.selections
        self.selections = {}
        long_before, self._long = self._long, set()
        made = 0
        texts: dict[int, tuple[str, bool]] = {}  # block number → (text, has astral characters)
        for m in marks:
            self.marks.setdefault(m.index, []).append(m)
            block = doc.findBlockByNumber(m.index) if m.paragraph_id is None else None
            text_key: object = None
            if m.paragraph_id is not None:
                text_key = m.text_hash
            key = (m.paragraph_id, text_key, m.start, m.end, m.severity, m.message,
                   m.index if m.paragraph_id is None else None)
            sel = drawn.get(key)
            if sel is None:
                block = block or doc.findBlockByNumber(m.index)
                sel = self._selection(block, m, texts)
                made += 1
                if sel is not None and block.length() > LONG_BLOCK:
                    self._long.add(key)
            elif key in long_before:
                self._long.add(key)
            if sel is not None:
                self.selections[key] = sel
        self.made = made
        if not made and self.selections.keys() == drawn.keys():
            if self._long:
                self.view_moved()  # (the text may have moved under the view)
            return  # the same underlines: leave the editor's selections (and its paint) alone
        self._ordered = sorted(self.selections.items(), key=lambda kv: -kv[0][4].rank)
        shown = self.shown()
        self._shown_keys = shown
        # errors drawn last, on top
        self.editor.setExtraSelections(
            [sel for k, sel in self._ordered if shown is None or k in shown])

    def shown(self) -> set[tuple] | None:
        """The keys of the underlines to hand to Qt: all (None), except that a long paragraph
        shows only those within :data:`NEAR` of the view. Qt draws each underline of a paragraph
        over every visible line of it, near or not (QTextLayout::draw shapes each such line
        once per underline): the ~70 underlines of a 150,000-character paragraph cost 85 M of
        its 715 M instructions a keystroke (callgrind), ~12 %, for lines that show none."""
        if not self._long:
            return None
        editor = self.editor
        viewport = editor.viewport()
        top = editor.cursorForPosition(QPoint(0, 0)).position() - NEAR
        bottom = editor.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        bottom += NEAR
        return {k for k, sel in self._ordered if k not in self._long or (
            sel.cursor.selectionEnd() >= top and sel.cursor.selectionStart() <= bottom)}

    def _on_scrolled(self, _value: int) -> None:
        if self._long:
            self.view_timer.start()  # (once for a burst of scrolling)

    def view_moved(self) -> None:
        """Show the underlines of long paragraphs that came near the view (keeping everyone
        else's selections, such as the search pane's hits)."""
        shown = self.shown()
        if shown == self._shown_keys:
            return
        self._shown_keys = shown
        others = [s for s in self.editor.extraSelections()
                  if not s.format.hasProperty(UNDERLINE_PROPERTY)]
        self.editor.setExtraSelections(
            others + [sel for k, sel in self._ordered if shown is None or k in shown])

    def _selection(
        self, block: QTextBlock, m: Mark, texts: dict[int, tuple[str, bool]]
    ) -> QTextEdit.ExtraSelection | None:
        """The underline of ``m``. ``texts`` caches each block's text for one set_marks call:
        a 150,000-character paragraph with 70 marks was read (and scanned) 70 times, ~150 ms
        after every analysis while typing in it."""
        if not block.isValid():
            return None
        number = block.blockNumber()
        if number not in texts:
            text = block.text()
            texts[number] = (text, has_astral(text))
        text, astral = texts[number]
        start, end = min(m.start, len(text)), min(max(m.end, m.start + 1), len(text))
        if end <= start:
            return None
        if astral:
            start, end = to_utf16(text, start), to_utf16(text, end)
        sel = QTextEdit.ExtraSelection()
        cur = QTextCursor(self.editor.document())
        cur.setPosition(block.position() + start)
        cur.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cur
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(SEVERITY_COLORS[m.severity])
        fmt.setProperty(UNDERLINE_PROPERTY, True)
        sel.format = fmt
        return sel

    def marks_at(self, index: int, offset: int) -> list[Mark]:
        marks = self.marks.get(index, [])
        return [m for m in marks if m.start <= offset <= max(m.end, m.start + 1)]

