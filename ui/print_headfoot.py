"""The original's own header and footer lines on the painted pages, as the Word export keeps them.

The Word export keeps what a file's headers and footers say besides a page number
(:mod:`app.writers.docx_headfoot`: cn06's 当事人/见证人 signature lines on every page, en07's
running title, en12's first-page parts); the painted pages drew the house page number only, so
the PDF and the .docx of one report differed. Here the same lines are drawn on the same pages:

- a header's lines from 15 mm below the paper's top edge (the export's w:header distance);
- a footer's lines stacked over the page number, as the export writes them before it; where they
  reach into the text area, the page gives the body that many fewer grid lines (Word and
  LibreOffice push the body up the same way);
- in 五号 宋体, aligned as the file aligned them; tabs to a centre and a right stop (Word's
  Header/Footer style); page fields as the page's number, the number of pages, the section's;
- a footer line that numbers the page itself replaces the house "— N —", as in the export.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextLine, QTextOption

from app.writers.docx_headfoot import PAGE_MARK, PAGES_MARK, SECTION_MARK, OwnHeadFoot, OwnLine

HEADFOOT_PT = 10.5  # 五号
LEADING = 1.2  # a line's pitch in its type size
HEADER_MM = 15.0  # from the paper's top edge (docx_styles.HEADER_DIST, 851 twips)
GAP_PT = 4.0  # between the footer's last line and the page number's line

_ALIGN = {"center": Qt.AlignmentFlag.AlignHCenter, "right": Qt.AlignmentFlag.AlignRight,
          "end": Qt.AlignmentFlag.AlignRight}  # fmt: skip


def needs_total(own: OwnHeadFoot) -> bool:
    """Whether a kept line shows the number of pages (the pages must be counted first)."""
    return any(PAGES_MARK in line.text for lines in own.parts.values() for line in lines)


def shown(line: OwnLine, page: int, total: int | None) -> str:
    """``line``'s text on page ``page`` of ``total`` (None: not counted; shown as the page)."""
    text = line.text.replace(PAGE_MARK, str(page)).replace(SECTION_MARK, "1")
    return text.replace(PAGES_MARK, str(total if total is not None else page)).replace(
        "\n", "\u2028")


class HeadFootLines:
    """Lays out and draws one page's kept lines; ``width`` and the results in device units."""

    def __init__(self, own: OwnHeadFoot, font: QFont, device, unit: float, width: float,
                 total: int | None = None) -> None:  # fmt: skip
        """``total``: the number of pages (None: not counted, for no kept line shows it)."""
        self.own, self.font, self.device, self.unit, self.width = own, font, device, unit, width
        self.total = total
        self._keep: list[QTextLayout] = []  # (a line's layout must outlive it)

    def _lay_out(self, lines: list[OwnLine], page: int) -> list[QTextLine]:
        out: list[QTextLine] = []
        for own_line in lines:
            layout = QTextLayout(shown(own_line, page, self.total), self.font, self.device)
            option = QTextOption()
            option.setAlignment(_ALIGN.get(own_line.align, Qt.AlignmentFlag.AlignLeft))
            if "\t" in own_line.text:  # columns to the stops, on one line as in Word
                option.setWrapMode(QTextOption.WrapMode.NoWrap)
                # (QTextOption's tab positions count 1/96 inch whatever the device)
                px = self.width * 96 / self.device.logicalDpiX()
                option.setTabs([QTextOption.Tab(px / 2, QTextOption.TabType.CenterTab),
                                QTextOption.Tab(px - 1, QTextOption.TabType.RightTab)])
            else:
                option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(self.width)
                line.setPosition(QPointF(0.0, 0.0))
                out.append(line)
            layout.endLayout()
            self._keep.append(layout)
        return out

    def pitch(self) -> float:
        return HEADFOOT_PT * LEADING * self.unit

    def footer_height(self, page: int) -> float:
        """The height of page ``page``'s kept footer lines and the gap under them."""
        lines = self.own.lines(page, "footer")
        if not lines:
            return 0.0
        count = len(self._lay_out(lines, page))
        self._keep.clear()
        return count * self.pitch() + GAP_PT * self.unit

    def numbers_pages(self, page: int) -> bool:
        """Whether page ``page``'s footer numbers the page itself (no house number)."""
        return any(line.numbers_pages for line in self.own.lines(page, "footer"))

    def draw(self, page: int, draw_line: Callable, left: float, number_top: float) -> None:
        """Page ``page``'s header lines at the top, footer lines ending over ``number_top``
        (the page number line's top, device units)."""
        self._keep.clear()
        pitch = self.pitch()
        y = HEADER_MM * 72 / 25.4 * self.unit
        for line in self._lay_out(self.own.lines(page, "header"), page):
            draw_line(line, left, y + (pitch + line.ascent() - line.descent()) / 2)
            y += pitch
        footer = self._lay_out(self.own.lines(page, "footer"), page)
        y = number_top - GAP_PT * self.unit - len(footer) * pitch
        for line in footer:
            draw_line(line, left, y + (pitch + line.ascent() - line.descent()) / 2)
            y += pitch


def slots_over(height: float, room_below: float, grid_pitch: float) -> int:
    """Grid lines of the text area a footer of ``height`` takes, when ``room_below`` (from the
    text area's foot to the page number line's top) does not hold it."""
    return max(0, math.ceil((height - room_below) / grid_pitch - 1e-6))
