"""The original's own header and footer lines on the painted pages, as the Word export keeps them.

The Word export keeps what a file's headers and footers say besides a page number
(:mod:`app.writers.docx_headfoot`: cn06's 当事人/见证人 signature lines on every page, en07's
running title, en12's first-page parts); the painted pages drew the house page number only, so
the PDF and the .docx of one report differed. Here the same lines are drawn on the same pages:

- a header's lines from 15 mm below the paper's top edge (the export's w:header distance);
- a footer's lines stacked over the page number, as the export writes them before it; where they
  reach into the text area, the page gives the body that many fewer grid lines (Word and
  LibreOffice push the body up the same way);
- in 五号 宋体, aligned as the file aligned them; tabs to the paragraph's own stops, or to a
  centre and a right stop (Word's Header/Footer style); page fields as the page's number, the
  number of pages, the section's;
- a footer line that numbers the page itself replaces the house "— N —", as in the export;
- their pictures (a logo): a floating one where the file anchored it (from the page, a margin or
  its paragraph, by offset or alignment), an inline one in the line's flow, the line as tall as
  it (an inline picture is drawn before the line's text, or after it when text came first).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QTextLayout, QTextLine, QTextOption

from app.writers.docx_headfoot import PAGE_MARK, PAGES_MARK, SECTION_MARK, OwnHeadFoot, OwnLine
from app.writers.docx_headfoot_pictures import Axis, Placement
from ui.print_page import MM, PAGE_H_MM, PAGE_W_MM, PageGeometry

HEADFOOT_PT = 10.5  # 五号
LEADING = 1.2  # a line's pitch in its type size
HEADER_MM = 15.0  # from the paper's top edge (docx_styles.HEADER_DIST, 851 twips)
GAP_PT = 4.0  # between the footer's last line and the page number's line

_ALIGN = {"center": Qt.AlignmentFlag.AlignHCenter, "right": Qt.AlignmentFlag.AlignRight,
          "end": Qt.AlignmentFlag.AlignRight}  # fmt: skip


_LEFT_TAB = QTextOption.TabType.LeftTab
_TAB_TYPES = {"center": QTextOption.TabType.CenterTab, "right": QTextOption.TabType.RightTab,
              "end": QTextOption.TabType.RightTab, "decimal": QTextOption.TabType.DelimiterTab}


def needs_total(own: OwnHeadFoot) -> bool:
    """Whether a kept line shows the number of pages (the pages must be counted first)."""
    return any(PAGES_MARK in line.text for lines in own.parts.values() for line in lines)


def shown(line: OwnLine, page: int, total: int | None) -> str:
    """``line``'s text on page ``page`` of ``total`` (None: not counted; shown as the page)."""
    text = line.text.replace(PAGE_MARK, str(page)).replace(SECTION_MARK, "1")
    return text.replace(PAGES_MARK, str(total if total is not None else page)).replace(
        "\n", "\u2028")


@dataclass
class _Laid:
    """One kept line laid out: its text lines, and the room its inline pictures take."""

    own: OwnLine
    lines: list[QTextLine]
    before: list[tuple[QImage, float, float]]  # inline pictures before the text (w, h)
    after: list[tuple[QImage, float, float]]  # … and after it
    height: float  # the line's box: its text lines' pitches, or its tallest inline picture


class HeadFootLines:
    """Lays out and draws one page's kept lines; ``width`` and the results in device units."""

    def __init__(self, own: OwnHeadFoot, font: QFont, geo: PageGeometry,
                 total: int | None = None) -> None:  # fmt: skip
        """``total``: the number of pages (None: not counted, for no kept line shows it)."""
        self.own, self.font, self.geo = own, font, geo
        self.device, self.unit, self.width = geo.device, geo.unit, geo.width
        self.total = total
        self._keep: list[QTextLayout] = []  # (a line's layout must outlive it)
        self._images: dict[int, QImage] = {}  # id(placement) → its decoded image

    def image(self, where: Placement) -> QImage:
        image = self._images.get(id(where))
        if image is None:
            image = self._images[id(where)] = QImage.fromData(where.image)
        return image

    def _sized(self, where: Placement) -> tuple[QImage, float, float]:
        """An inline picture's image and size in device units (scaled to the text width)."""
        w, h = where.width_pt * self.unit, where.height_pt * self.unit
        scale = min(1.0, self.width / w)
        return self.image(where), w * scale, h * scale

    def _lay_out(self, lines: list[OwnLine], page: int) -> list[_Laid]:
        return [self._lay_out_one(own_line, page) for own_line in lines]

    def _lay_out_one(self, own_line: OwnLine, page: int) -> _Laid:
        inline = [self._sized(w) for w in own_line.pictures if w.horizontal is None]
        before, after = inline[:own_line.lead], inline[own_line.lead:]
        room = max(self.width / 4, self.width - sum(w for _i, w, _h in inline))
        text = shown(own_line, page, self.total)
        out: list[QTextLine] = []
        if text.strip() or not inline:  # (a line of floating pictures only is one empty line)
            layout = QTextLayout(text, self.font, self.device)
            option = QTextOption()
            align = _ALIGN.get(own_line.align, Qt.AlignmentFlag.AlignLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignLeft if inline else align)
            if "\t" in own_line.text:  # columns to the stops, on one line as in Word
                option.setWrapMode(QTextOption.WrapMode.NoWrap)
                option.setTabs(self._tabs(own_line, room))
            else:
                option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(room)
                line.setPosition(QPointF(0.0, 0.0))
                out.append(line)
            layout.endLayout()
            self._keep.append(layout)
        height = max([len(out) * self.pitch()] + [h for _i, _w, h in inline])
        return _Laid(own_line, out, before, after, height)

    def _tabs(self, own_line: OwnLine, room: float) -> list[QTextOption.Tab]:
        """The line's own tab stops, or Word's Header/Footer style's centre and right ones on
        ``room`` (QTextOption's tab positions count 1/96 inch whatever the device)."""
        px = 96 / self.device.logicalDpiX()
        if not own_line.stops:
            return [QTextOption.Tab(room * px / 2, QTextOption.TabType.CenterTab),
                    QTextOption.Tab(room * px - 1, QTextOption.TabType.RightTab)]
        return [QTextOption.Tab(pos / 20 * self.unit * px, _TAB_TYPES.get(kind, _LEFT_TAB))
                for kind, pos in own_line.stops if kind != "bar"]  # fmt: skip

    def pitch(self) -> float:
        return HEADFOOT_PT * LEADING * self.unit

    def footer_height(self, page: int) -> float:
        """The height of page ``page``'s kept footer lines and the gap under them."""
        lines = self.own.lines(page, "footer")
        if not lines:
            return 0.0
        height = sum(laid.height for laid in self._lay_out(lines, page))
        self._keep.clear()
        return height + GAP_PT * self.unit

    def numbers_pages(self, page: int) -> bool:
        """Whether page ``page``'s footer numbers the page itself (no house number)."""
        return any(line.numbers_pages for line in self.own.lines(page, "footer"))

    def draw(self, page: int, draw_line: Callable, left: float, number_top: float,
             painter: QPainter) -> None:  # fmt: skip
        """Page ``page``'s header lines at the top, footer lines ending over ``number_top``
        (the page number line's top, device units), with their pictures."""
        self._keep.clear()
        y = HEADER_MM * 72 / 25.4 * self.unit
        for laid in self._lay_out(self.own.lines(page, "header"), page):
            self._draw_one(laid, draw_line, left, y, painter)
            y += laid.height
        footer = self._lay_out(self.own.lines(page, "footer"), page)
        y = number_top - GAP_PT * self.unit - sum(laid.height for laid in footer)
        for laid in footer:
            self._draw_one(laid, draw_line, left, y, painter)
            y += laid.height

    def _draw_one(self, laid: _Laid, draw_line: Callable, left: float, top: float,
                  painter: QPainter) -> None:  # fmt: skip
        """One kept line in its box from ``top``: inline pictures and text as one group placed
        by the line's alignment, sitting on the box's foot; anchored pictures where the file
        put them."""
        pitch, bottom = self.pitch(), top + laid.height
        x = left
        text_w = max((line.naturalTextWidth() for line in laid.lines), default=0.0)
        if laid.before or laid.after:
            group = sum(w for _i, w, _h in laid.before + laid.after) + text_w
            align = laid.own.align
            if align == "center":
                x += (self.width - group) / 2
            elif align in ("right", "end"):
                x += self.width - group
        for image, w, h in laid.before:
            painter.drawImage(QRectF(x, bottom - h, w, h), image)
            x += w
        y = bottom - len(laid.lines) * pitch
        for line in laid.lines:
            draw_line(line, x, y + (pitch + line.ascent() - line.descent()) / 2)
            y += pitch
        x += text_w
        for image, w, h in laid.after:
            painter.drawImage(QRectF(x, bottom - h, w, h), image)
            x += w
        for where in laid.own.pictures:
            if where.horizontal is not None and where.vertical is not None:
                w, h = where.width_pt * self.unit, where.height_pt * self.unit
                painter.drawImage(QRectF(self._x(where.horizontal, w),
                                         self._y(where.vertical, h, top), w, h),
                                  self.image(where))  # fmt: skip

    def _x(self, axis: Axis, w: float) -> float:
        """An anchored picture's left edge: its box (the text area, the page, a margin) and
        its offset or alignment in that box."""
        geo = self.geo
        page_w = PAGE_W_MM * MM * self.unit
        start, size = {"page": (0.0, page_w), "leftMargin": (0.0, geo.left),
                       "rightMargin": (geo.left + geo.width, page_w - geo.left - geo.width),
                       }.get(axis.box, (geo.left, geo.width))  # fmt: skip
        return start + _along(axis, size, w, self.unit, ("center",), ("right", "outside"))

    def _y(self, axis: Axis, h: float, line_top: float) -> float:
        """An anchored picture's top edge: from the page, a margin or its own paragraph."""
        geo = self.geo
        page_h = PAGE_H_MM * MM * self.unit
        start, size = {"page": (0.0, page_h), "margin": (geo.top, geo.height),
                       "topMargin": (0.0, geo.top),
                       "bottomMargin": (geo.top + geo.height, page_h - geo.top - geo.height),
                       }.get(axis.box, (line_top, self.pitch()))  # fmt: skip
        return start + _along(axis, size, h, self.unit, ("center",), ("bottom", "outside"))


def _along(axis: Axis, size: float, extent: float, unit: float, middle: tuple[str, ...],
           end: tuple[str, ...]) -> float:  # fmt: skip
    """The offset in its box of a picture ``extent`` long: its alignment's or its own."""
    if axis.align in middle:
        return (size - extent) / 2
    if axis.align in end:
        return size - extent
    return 0.0 if axis.align else axis.offset_pt * unit


def slots_over(height: float, room_below: float, grid_pitch: float) -> int:
    """Grid lines of the text area a footer of ``height`` takes, when ``room_below`` (from the
    text area's foot to the page number line's top) does not hold it."""
    return max(0, math.ceil((height - room_below) / grid_pitch - 1e-6))
