"""A table on the GB/T 9704 pages of the PDF and the print preview: its cells side by side in
the file's column widths, each cell's text on the page's line grid, the file's borders and
shading (app.model.TableLook; a table the app made itself gets a plain grid).

Why: the Word export keeps a .docx table as the file has it, but the pages drawn here used to
stack a table's cells one under the other as paragraphs, a printout no reader could use.

A row is never split across pages (rows joined by a vertically merged cell stay together); a
table whose band of rows is taller than a page is drawn as before, cell after cell, so that no
text is lost. A nested table's paragraphs are drawn in the cell that holds it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QTextLayout, QTextLine

from app.docx.shape_figures import Placed
from app.model import Border, CellRef, ParaLook, Role, Table, TableCell
from app.render_plan import cell_pt, file_grid
from app.writers.docx_fit import CellFit
from ui.fonts import Face
from ui.print_shapes import draw_floating

if TYPE_CHECKING:
    from ui.print_blocks import Block
    from ui.print_layout import Pager

CELL_PAD_PT = 5.4  # Word's default left and right cell margins (0.19 cm)
GRID_BORDER = Border(0.5)  # a table without a file look (made in the app): a plain grid


def top_cell(tables: dict[int, Table], cell: CellRef) -> CellRef:
    """The cell of the outermost table that holds ``cell`` (itself for a table not nested)."""
    seen = set()
    while True:
        table = tables.get(cell.table_id)
        if table is None or table.parent is None or cell.table_id in seen:
            return cell
        seen.add(cell.table_id)
        cell = table.parent


def cell_size(look: ParaLook | None) -> float:
    """The type size (pt) of a cell's paragraph: its file's (:func:`app.render_plan.cell_pt`),
    else the body's 16 pt."""
    from ui.print_page import BODY_PT

    size = cell_pt(look)
    return size if size is not None else BODY_PT


@dataclass
class _Cell:
    cell: TableCell
    x: float  # left edge, device units from the text area's left
    width: float
    # (QTextLine, grid lines it takes, pen colour for the print preview), in order
    lines: list[tuple[QTextLine, int, str | None]] = field(default_factory=list)
    layouts: list[QTextLayout] = field(default_factory=list)  # (the lines need them alive)
    # floating shapes of its paragraphs, by the index of each paragraph's first line
    floating: dict[int, list[Placed]] = field(default_factory=dict)

    def height(self) -> int:
        """The grid lines the cell's text takes."""
        return sum(tall for _line, tall, _color in self.lines)


def column_edges(table: Table, width: float) -> list[float]:
    """The x of each column's left edge and of the table's right edge, in the units of
    ``width`` (the text area): the file's grid scaled to fit, else equal columns."""
    widths = file_grid(table, table.cols) or [1.0] * max(table.cols, 1)
    scale = width / sum(widths)
    edges = [0.0]
    for w in widths:
        edges.append(edges[-1] + w * scale)
    return edges


def place_table(pager: Pager, table: Table, blocks: list[Block]) -> bool:
    """Draw ``blocks`` (the paragraphs of ``table``'s cells, nested tables' included) as the
    table. False, having drawn nothing, when a band of rows would not fit on one page."""
    from ui.print_layout import break_block
    from ui.print_page import LINES_PER_PAGE

    geo = pager.geo
    edges = column_edges(table, geo.width)
    pad = CELL_PAD_PT * geo.unit
    cells: dict[tuple[int, int], _Cell] = {}
    for c in table.cells:
        right = edges[min(c.col + c.col_span, len(edges) - 1)]
        left = edges[min(c.col, len(edges) - 1)]
        cells[(c.row, c.col)] = _Cell(c, left, right - left)
    for b in blocks:
        spot = cells.get((b.cell.row, b.cell.col)) if b.cell is not None else None
        if spot is None:
            return False  # a paragraph of a cell the grid does not list: drawn as paragraphs
        inner = max(spot.width - 2 * pad, geo.unit * 8)
        b.first_indent = b.right_indent = 0.0
        if b.role is Role.TITLE:  # a short cell the outline took for a title: cell text
            b.face = Face.FANGSONG
        layout, lines = break_block(geo, b, inner)
        spot.layouts.append(layout)
        if b.floating:
            spot.floating.setdefault(len(spot.lines), []).extend(b.floating)
        color = next((look[2] for look in b.looks if look[2]), None)
        for line in lines:  # a red head's large type takes as many grid lines as it needs
            tall = max(1, math.ceil(line.height() / geo.pitch - 0.05)) if b.looks else 1
            spot.lines.append((line, tall, color))
    rows = max((c.row + c.row_span for c in table.cells), default=0)
    height = [1] * rows  # grid lines per row
    for spot in cells.values():
        if spot.cell.row_span == 1:
            height[spot.cell.row] = max(height[spot.cell.row], spot.height())
    for spot in cells.values():  # a merged cell taller than its rows: the last row grows
        c = spot.cell
        if c.row_span > 1:
            short = spot.height() - sum(height[c.row:c.row + c.row_span])
            if short > 0:
                height[c.row + c.row_span - 1] += short
    bands = _bands(table, rows)
    if any(sum(height[first:last]) > LINES_PER_PAGE for first, last in bands):
        return False
    for first, last in bands:
        need = sum(height[first:last])
        if pager.slot > 0 and pager.room() < need:
            pager.break_page()
        top = pager.slot
        starts = {r: top + sum(height[first:r]) for r in range(first, last + 1)}
        for spot in cells.values():
            if first <= spot.cell.row < last:
                _draw_cell(pager, table, spot, starts[spot.cell.row],
                           sum(height[spot.cell.row:spot.cell.row + spot.cell.row_span]), pad)
        pager.slot = top + need
    return True


def _bands(table: Table, rows: int) -> list[tuple[int, int]]:
    """Runs of rows [a, b) that must stay on one page: a vertically merged cell joins its rows."""
    reach = list(range(1, rows + 1))  # reach[r]: the row after the last one row r is tied to
    for c in table.cells:
        end = c.row + c.row_span
        for r in range(c.row, min(end, rows)):
            reach[r] = max(reach[r], min(end, rows))
    out = []
    a = 0
    while a < rows:
        b = reach[a]
        r = a
        while r < b:
            b = max(b, reach[r])
            r += 1
        out.append((a, b))
        a = b
    return out


def _fit(table: Table, width_pt: float, cell_left_pt: float) -> CellFit:
    """The table's scale on the page (its width over the file's grid)."""
    grid = file_grid(table, table.cols)
    return CellFit(width_pt / sum(grid) if grid else 1.0, width_pt, cell_left_pt)


def _draw_cell(pager: Pager, table: Table, spot: _Cell, slot: int, lines: int,
               pad: float) -> None:
    from ui.print_page import stroke_pen

    geo, painter = pager.geo, pager.painter
    x = geo.left + spot.x
    y = geo.top + slot * geo.pitch
    h = lines * geo.pitch
    look = table.look
    key = (spot.cell.row, spot.cell.col)
    fill = look.shading.get(key) if look is not None else None
    if fill:
        painter.fillRect(QRectF(x, y, spot.width, h), QColor(fill))
    slot_y = y
    for k, (line, tall, color) in enumerate(spot.lines):  # each centred in its grid lines
        middle = (tall * geo.pitch + line.ascent() - line.descent()) / 2
        pager.draw_line(line, x + pad, slot_y + middle, color)
        if k in spot.floating:  # by the table's scale, as the Word export places them
            draw_floating(pager, spot.floating[k], geo.left, slot_y,
                          _fit(table, geo.width / geo.unit, spot.x / geo.unit), x + pad)
        slot_y += tall * geo.pitch
    sides = (look.cells.get(key, (None,) * 4) if look is not None
             else (GRID_BORDER,) * 4)  # fmt: skip
    x1, y1 = x + spot.width, y + h
    for side, edge in zip(sides, (QLineF(x, y, x1, y), QLineF(x1, y, x1, y1),
                                  QLineF(x, y1, x1, y1), QLineF(x, y, x, y1)), strict=False):
        if side is None:
            continue
        pen = stroke_pen(geo, side.width_pt, side.color)
        pen.setCapStyle(Qt.PenCapStyle.SquareCap)  # (corners of adjoining sides meet)
        painter.setPen(pen)
        painter.drawLine(edge)
    painter.setPen(Qt.GlobalColor.black)

