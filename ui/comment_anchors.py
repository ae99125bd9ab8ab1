"""Where comments sit in the text: an invisible character property per comment.

Each commented character carries the property ``SLOT_BASE + slot`` (``slot`` names one thread
for this editing session). Living in the text, an anchor follows every edit: typing inside a
range extends it, moving a section carries it, deleting the text takes it away and undoing the
deletion brings it back, exactly as Word keeps its comment range markers in the text. Nothing is
drawn from these properties directly: :class:`CommentHighlighter` paints them on the
highlighter's layer (never into the document, never on the undo stack).

Ranges are found by walking the fragments; a format's slots are decoded once per format index
(formats are immutable once in the document's collection).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextCursor, QTextFormat

SLOT_BASE = int(QTextFormat.Property.UserProperty) + 0x20000

OPEN_COLOR = QColor("#ffe8a3")
CURRENT_COLOR = QColor("#ffc94a")
RESOLVED_COLOR = QColor("#e6e6e6")
INK = QColor("#1a1a1a")


class SlotIndex:
    """Decodes which comment slots a character format carries (cached per format index)."""

    def __init__(self) -> None:
        self._cache: dict[int, tuple[int, ...]] = {}

    def reset(self) -> None:
        self._cache.clear()

    def of_fragment(self, frag) -> tuple[int, ...]:
        index = frag.charFormatIndex()
        slots = self._cache.get(index)
        if slots is None:
            slots = slots_of_format(frag.charFormat())
            self._cache[index] = slots
        return slots

    def segments(self, block: QTextBlock) -> list[tuple[int, int, tuple[int, ...]]]:
        """(start, end, slots) in UTF-16 units inside ``block`` for its commented fragments."""
        out = []
        base = block.position()
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                slots = self.of_fragment(frag)
                if slots:
                    start = frag.position() - base
                    out.append((start, start + frag.length(), slots))
            it += 1
        return out

    def scan(self, doc) -> dict[int, tuple[int, int]]:
        """slot → (first position, end position) in the document, for every slot present."""
        found: dict[int, tuple[int, int]] = {}
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                slots = self.of_fragment(frag)
                if slots:
                    start = frag.position()
                    end = start + frag.length()
                    for s in slots:
                        old = found.get(s)
                        found[s] = (start, end) if old is None else (old[0], end)
                it += 1
            block = block.next()
        return found


def slots_of_format(fmt: QTextCharFormat) -> tuple[int, ...]:
    props = fmt.properties()
    return tuple(sorted(k - SLOT_BASE for k in props if k >= SLOT_BASE))


def slots_at(doc, position: int, index: SlotIndex | None = None) -> tuple[int, ...]:
    """Slots of the character at ``position`` (none for a paragraph end)."""
    block = doc.findBlock(position)
    if not block.isValid() or position >= block.position() + block.length() - 1:
        return ()
    index = index or SlotIndex()
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        start = frag.position()
        if start <= position < start + frag.length():
            return index.of_fragment(frag)
        it += 1
    return ()


def anchor(cursor: QTextCursor, start: int, end: int, slot: int) -> None:
    """Put ``slot`` on the characters [start, end) (an undoable format change)."""
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    fmt = QTextCharFormat()
    fmt.setProperty(SLOT_BASE + slot, True)
    cursor.mergeCharFormat(fmt)


def insertion_format(editor, index: SlotIndex) -> tuple[int, ...]:
    """Text typed at the edge of a range stays outside it (as in Word): the editor's insertion
    format keeps only the slots on both sides of the cursor. Returns the slots at the cursor
    (of the character after it, else before it)."""
    cur = editor.textCursor()
    doc = editor.document()
    pos = cur.position()
    after = slots_at(doc, pos, index)
    at_start = pos == cur.block().position()
    before = () if at_start else slots_at(doc, pos - 1, index)
    if not cur.hasSelection():
        fmt = editor.currentCharFormat()
        carried = slots_of_format(fmt) if before or at_start else ()
        drop = [s for s in carried if s not in before or s not in after]
        if drop:
            for s in drop:
                fmt.clearProperty(SLOT_BASE + s)
            editor.setCurrentCharFormat(fmt)
    return after or before


def paint_block(
    highlighter, index: SlotIndex, color_of: Callable[[tuple[int, ...]], QColor | None]
) -> None:
    """Add a background to the commented parts of the block being highlighted, keeping the
    faces the role highlighter just set (formats change at most at a few points: bisect)."""
    block = highlighter.currentBlock()
    for start, end, slots in index.segments(block):
        color = color_of(slots)
        if color is None:
            continue
        for a, b in _runs(highlighter, start, end):
            fmt = QTextCharFormat(highlighter.format(a))
            fmt.setBackground(color)
            if not fmt.hasProperty(QTextFormat.Property.ForegroundBrush):
                fmt.setForeground(INK)  # readable on the light highlight in a dark theme too
            highlighter.setFormat(a, b - a, fmt)


def _runs(highlighter, start: int, end: int) -> list[tuple[int, int]]:
    """Split [start, end) where the highlighter's format changes."""
    if end - start <= 1 or highlighter.format(start) == highlighter.format(end - 1):
        return [(start, end)]
    mid = (start + end) // 2
    return _runs(highlighter, start, mid) + _runs(highlighter, mid, end)
