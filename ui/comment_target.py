"""What Ctrl+Alt+M comments on when nothing is selected: the word at the cursor, as in Word.

A problem underlined at the cursor is the natural "word" in a review tool, so its range comes
first; otherwise Qt's word boundaries (Unicode UAX #29): a run of letters and digits for Latin
text and numbers ("2020", "GDP"), one ideograph for Chinese (Qt has no dictionary to find
Chinese words; an ideograph is what it can say for sure). Punctuation and spaces are no word:
then the character before the cursor is tried.
"""

from __future__ import annotations

from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from ui.textpos import from_utf16, to_utf16


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def word_at_cursor(editor: QTextEdit) -> QTextCursor | None:
    """A cursor selecting what to comment on at the editor's cursor, or None."""
    cur = editor.textCursor()
    block = cur.block()
    text = block.text()
    offset = from_utf16(text, cur.positionInBlock())
    marks = editor.marks_at(block.blockNumber(), offset) if hasattr(editor, "marks_at") else []
    for m in marks:
        start, end = min(m.start, len(text)), min(max(m.end, m.start + 1), len(text))
        if end > start:
            out = QTextCursor(block)
            out.setPosition(block.position() + to_utf16(text, start))
            out.setPosition(block.position() + to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
            return out
    for at in (offset, offset - 1):  # the word at the cursor, else the one just before it
        span = word_span(text, at)
        if span is not None:
            out = QTextCursor(block)
            out.setPosition(block.position() + to_utf16(text, span[0]))
            out.setPosition(block.position() + to_utf16(text, span[1]),
                            QTextCursor.MoveMode.KeepAnchor)  # fmt: skip
            return out
    return None


def word_span(text: str, offset: int) -> tuple[int, int] | None:
    """Code-point (start, end) of the UAX #29 word holding ``text[offset]``, if it has a letter
    or digit."""
    if not 0 <= offset < len(text):
        return None
    units = to_utf16(text, offset)  # the finder counts UTF-16 units
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, text)
    start = 0
    while True:
        end = finder.toNextBoundary()
        if end < 0:
            return None
        if start <= units < end:
            a, b = from_utf16(text, start), from_utf16(text, end)
            return (a, b) if _has_word(text[a:b]) else None
        start = end
