"""Footnotes and endnotes on the painted pages (the PDF, the printer, the preview).

A note the file holds is an :class:`app.model.InlineObject` of kind "footnote" or "endnote"
carrying the note's text. The Word export writes it as a real note again
(:mod:`app.writers.docx_notes`); the painted pages used to drop both the mark and the text,
so a reviewer's PDF lost what the file said. Here, as Word prints them:

- the mark is the note's number, raised, where the file had the reference (footnotes 1, 2, …
  and endnotes i, ii, …, each counted through the document, Word's defaults);
- a footnote's text sits at the foot of the page whose line carries its mark, under a short
  rule, in 小四; the grid lines it needs are taken from the page's 22, so the body never runs
  into it. A note too tall for what is left of its page continues on the next one;
- endnotes follow the body, under the same rule.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextLayout, QTextLine, QTextOption

NOTE_PT = 12.0  # 小四, as the Word export sets notes
NOTE_LEADING = 1.25  # a note line's pitch in its type size
RULE_FRACTION = 1 / 3  # the separator rule's length, of the text width (Word's 2 inches)
NOTE_KINDS = ("footnote", "endnote")


def roman(n: int) -> str:
    """``n`` (≥ 1) in lower-case Roman numerals, Word's endnote numbering."""
    out = []
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                          (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                          (4, "iv"), (1, "i")):  # fmt: skip
        count, n = divmod(n, value)
        out.append(digits * count)
    return "".join(out)


@dataclass
class Note:
    """One note: its mark as drawn, its kind, its text, and where the mark sits in its
    block's drawn text (UTF-16 offset and length, for the raised format)."""

    mark: str
    kind: str
    text: str
    at: int = 0
    length: int = 0


class NoteCounter:
    """Numbers the document's notes in reading order, each kind on its own count."""

    def __init__(self) -> None:
        self._count = dict.fromkeys(NOTE_KINDS, 0)

    def mark(self, kind: str) -> str:
        self._count[kind] += 1
        n = self._count[kind]
        return str(n) if kind == "footnote" else roman(n)


def raised(font: QFont) -> QTextCharFormat:
    """The format of a note's mark: its text's font, raised (Qt shrinks superscript)."""
    fmt = QTextCharFormat()
    fmt.setFont(font)
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    return fmt


class NoteBlock:
    """A note's text laid out in lines of ``width`` (device units): its mark raised, then the
    text, flush left, the continuation lines under the text."""

    def __init__(self, note: Note, font: QFont, device, width: float) -> None:
        text = f"{note.mark}\u2002{note.text.replace(chr(10), chr(0x2028))}"
        self.layout = QTextLayout(text, font, device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.layout.setTextOption(option)
        mark = QTextLayout.FormatRange()
        mark.start, mark.length, mark.format = 0, len(note.mark), raised(font)
        self.layout.setFormats([mark])
        self.lines: list[QTextLine] = []
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0.0, 0.0))
            self.lines.append(line)
        self.layout.endLayout()


def note_pitch(unit: float) -> float:
    """A note line's height in device units (``unit``: device units per point)."""
    return NOTE_PT * NOTE_LEADING * unit


def slots_for(lines: int, unit: float, grid_pitch: float) -> int:
    """Grid lines taken by ``lines`` note lines and the rule over them (half a grid line)."""
    if lines <= 0:
        return 0
    return math.ceil(0.5 + lines * note_pitch(unit) / grid_pitch - 1e-6)


def lines_fitting(slots: int, unit: float, grid_pitch: float) -> int:
    """How many note lines fit in ``slots`` grid lines under the rule."""
    return max(0, int((slots - 0.5) * grid_pitch / note_pitch(unit) + 1e-6))


class FootNotes:
    """The footnotes of the page being painted: their lines, the grid lines they take at the
    page's foot, and the lines carried to the next page when a note runs over."""

    def __init__(self, font: QFont, device, unit: float, grid_pitch: float, width: float,
                 page_lines: int) -> None:  # fmt: skip
        self.font, self.device, self.unit = font, device, unit
        self.grid_pitch, self.width, self.page_lines = grid_pitch, width, page_lines
        self._blocks: list[NoteBlock] = []  # (a line's layout must outlive it)
        self.lines: list[QTextLine] = []
        self.slots = 0

    def lay_out(self, notes: list[Note]) -> list[QTextLine]:
        out: list[QTextLine] = []
        for note in notes:
            block = NoteBlock(note, self.font, self.device, self.width)
            self._blocks.append(block)
            out.extend(block.lines)
        return out

    def slots_with(self, lines: list[QTextLine]) -> int:
        """The grid lines the page's notes take once ``lines`` are added."""
        return slots_for(len(self.lines) + len(lines), self.unit, self.grid_pitch)

    def add(self, lines: list[QTextLine], body_slots: int) -> None:
        """Take ``lines`` on this page, under ``body_slots`` grid lines of body text (at least
        one grid line stays for the body)."""
        self.lines.extend(lines)
        self.slots = min(self.slots_with([]), max(0, self.page_lines - max(body_slots, 1)))

    def draw(self, painter, draw_line, left: float, top: float) -> None:
        """Paint the rule and the lines that fit this page's reserved grid lines (``top``: the
        text area's top); the rest wait in :attr:`lines` for the next page."""
        if not self.lines or self.slots <= 0:
            return
        fit = lines_fitting(self.slots, self.unit, self.grid_pitch)
        here, self.lines = self.lines[:fit], self.lines[fit:]
        y = top + (self.page_lines - self.slots) * self.grid_pitch
        rule_y = y + self.grid_pitch / 4
        painter.drawLine(QPointF(left, rule_y), QPointF(left + self.width * RULE_FRACTION, rule_y))
        y += self.grid_pitch / 2
        pitch = note_pitch(self.unit)
        for line in here:
            draw_line(line, left, y + (pitch + line.ascent() - line.descent()) / 2)
            y += pitch

    def runs_over(self) -> bool:
        """Whether some lines will not fit this page's foot (they go to the next page)."""
        return len(self.lines) > lines_fitting(self.slots, self.unit, self.grid_pitch)

    def next_page(self) -> None:
        """A new page: the carried lines (if any) take its foot first."""
        self.slots = 0
        if self.lines:
            self.slots = min(self.slots_with([]), self.page_lines - 1)


def flow_notes(pager, notes: list[Note]) -> None:
    """The endnotes after the body: a rule, then their lines at the note pitch, over as many
    grid lines (and pages) as they need. ``pager``: the :class:`ui.print_layout.Pager`."""
    if not notes:
        return
    geo, foot = pager.geo, pager.foot
    lines = foot.lay_out(notes)
    if pager.room() < 2:
        pager.break_page()
    pitch = note_pitch(geo.unit)
    y = geo.top + pager.slot * geo.pitch + geo.pitch / 4
    pager.painter.drawLine(QPointF(geo.left, y), QPointF(geo.left + geo.width * RULE_FRACTION, y))
    y += geo.pitch / 4
    for line in lines:
        bottom = geo.top + (pager.room() + pager.slot) * geo.pitch
        if y + pitch > bottom + 1e-6:
            pager.break_page()
            y = geo.top + pager.slot * geo.pitch
        pager.draw_line(line, geo.left, y + (pitch + line.ascent() - line.descent()) / 2)
        y += pitch
    pager.slot = min(math.ceil((y - geo.top) / geo.pitch - 1e-6), pager.room() + pager.slot)
