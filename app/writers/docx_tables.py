"""Tables in the Word export: the model's tables (Document.tables) rebuilt as w:tbl.

The render plan keeps a table's paragraphs in document order with their cell (row, column of
the cell's top-left grid position). :class:`TablePlacer` gives each such paragraph the w:tc it
goes in, creating the w:tbl at the table's first paragraph: one w:tr per row, one w:tc per grid
position a cell starts at (w:gridSpan for merged columns, w:vMerge for merged rows), the text
width shared between the columns as the file's grid shares it (evenly for a table made here),
single borders (or, for a table read from a .docx, the borders and shading the file gives it:
:mod:`app.writers.docx_masthead`), and a cell's paragraph in its file's alignment and type
size. A nested table's paragraphs go into the cell of the outer table that holds it (flattened:
a table in a table is rare in reports, and its text is kept). A paragraph whose table the
document does not know is written as a paragraph.
"""

from __future__ import annotations

from lxml import etree
from lxml.etree import _Element

from app.model import CellRef, Document, Table
from app.render_plan import Planned, cell_pt, file_grid
from app.writers import docx_styles as S
from app.writers.docx_masthead import cell_borders, table_without_grid

_W = f"{{{S.W_NS}}}"
TEXT_WIDTH = S.PAGE_W - S.MARGIN_LEFT - S.MARGIN_RIGHT  # twips


def outer_cell(cell: CellRef | None, tables: dict[int, Table]) -> CellRef | None:
    """The cell of the outermost known table holding ``cell`` (None: not in a known table)."""
    seen: set[int] = set()
    while cell is not None and cell.table_id in tables and cell.table_id not in seen:
        seen.add(cell.table_id)
        parent = tables[cell.table_id].parent
        if parent is None or parent.table_id not in tables:
            return cell
        cell = parent
    return None


class TablePlacer:
    """Where each written paragraph goes: the body, or a cell of a table built on the way."""

    def __init__(self, body: _Element, tables: dict[int, Table]) -> None:
        self.body, self.tables = body, tables
        self.table_id: int | None = None
        self.cells: dict[tuple[int, int], _Element] = {}
        self.last_was_table = False

    def parent_for(self, cell: CellRef | None) -> _Element:
        outer = outer_cell(cell, self.tables)
        if outer is None:
            self.table_id = None
            return self.body
        if outer.table_id != self.table_id:
            if self.table_id is not None or self._body_ends_with_table():
                etree.SubElement(self.body, _W + "p")  # two tables in a row would merge
            self._start(outer.table_id)
        tc = self.cells.get((outer.row, outer.col))
        if tc is None:  # a position no cell starts at (a malformed model): the first cell
            tc = next(iter(self.cells.values()))
        return tc

    def finish(self) -> None:
        """Every cell holds a paragraph (Word requires one); the body does not end with a table."""
        for tbl in self.body.iter(_W + "tbl"):
            for tc in tbl.iter(_W + "tc"):
                if tc.find(_W + "p") is None:
                    etree.SubElement(tc, _W + "p")
        if self._body_ends_with_table():
            etree.SubElement(self.body, _W + "p")

    def _body_ends_with_table(self) -> bool:
        return len(self.body) > 0 and self.body[-1].tag == _W + "tbl"

    def _start(self, table_id: int) -> None:
        table = self.tables[table_id]
        rows, cols = max(table.rows, 1), max(table.cols, 1)
        tbl = etree.SubElement(self.body, _W + "tbl")
        tpr = etree.SubElement(tbl, _W + "tblPr")
        etree.SubElement(tpr, _W + "tblW", {_W + "w": str(TEXT_WIDTH), _W + "type": "dxa"})
        borders = etree.SubElement(tpr, _W + "tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            etree.SubElement(borders, _W + side, {_W + "val": "single", _W + "sz": "4",
                                                  _W + "space": "0", _W + "color": "000000"})
        if table.look is not None:
            table_without_grid(borders)
        etree.SubElement(tpr, _W + "tblLayout", {_W + "type": "fixed"})
        widths = column_widths(table, cols)
        grid = etree.SubElement(tbl, _W + "tblGrid")
        for w in widths:
            etree.SubElement(grid, _W + "gridCol", {_W + "w": str(w)})
        starts = {(c.row, c.col): c for c in table.cells if 0 <= c.row < rows and 0 <= c.col < cols}
        covered: dict[tuple[int, int], tuple[int, bool]] = {}  # (row, col) → (span, continues)
        owner: dict[tuple[int, int], tuple[int, int]] = {}  # (row, col) → its cell's top-left
        for c in starts.values():
            span = max(1, min(c.col_span, cols - c.col))
            for r in range(c.row, min(rows, c.row + max(1, c.row_span))):
                covered[(r, c.col)] = (span, r > c.row)
                owner[(r, c.col)] = (c.row, c.col)
                for k in range(c.col + 1, c.col + span):
                    covered[(r, k)] = (0, True)  # inside a merged cell: no w:tc of its own
        self.cells = {}
        for r in range(rows):
            tr = etree.SubElement(tbl, _W + "tr")
            for col in range(cols):
                span, continues = covered.get((r, col), (1, False))
                if span == 0:
                    continue
                tc = etree.SubElement(tr, _W + "tc")
                tcpr = etree.SubElement(tc, _W + "tcPr")
                tcw = {_W + "w": str(sum(widths[col:col + span])), _W + "type": "dxa"}
                etree.SubElement(tcpr, _W + "tcW", tcw)
                if span > 1:
                    etree.SubElement(tcpr, _W + "gridSpan", {_W + "val": str(span)})
                cell = starts.get((r, col))
                if continues:
                    etree.SubElement(tcpr, _W + "vMerge")
                elif cell is not None and cell.row_span > 1:
                    etree.SubElement(tcpr, _W + "vMerge", {_W + "val": "restart"})
                if table.look is not None:
                    cell_borders(tcpr, table.look, *owner.get((r, col), (r, col)))
                if not continues:
                    self.cells[(r, col)] = tc
        self.table_id = table_id


def cell_alignment(doc: Document, planned: Planned) -> str | None:
    """The alignment a table cell's paragraph keeps from its file (w:jc: "center", "right",
    "both" for justified, else "left"), as the PDF keeps it (ui/print_layout.py, which
    justifies the lines of a justified cell and leaves those of a left one ragged): the house
    role style would centre a 发文字号 that the template sets flush left beside its 签发人, or
    put a right-aligned 密级 at the left. None outside a table, or when the file says nothing
    (a table made here)."""
    if planned.cell is None or planned.index is None or planned.index >= len(doc.paragraphs):
        return None
    own = doc.paragraphs[planned.index].look
    if own is None:
        return None
    return {"center": "center", "right": "right", "justify": "both"}.get(own.align, "left")


def column_widths(table: Table, cols: int) -> list[int]:
    """Each grid column's width in twips: the file's grid (w:tblGrid, kept in
    :attr:`app.model.TableLook.col_widths_pt`) scaled to the text width, as the PDF draws it
    (ui/print_tables.py); equal columns for a table without one. A template's head table sets
    its 密级 and 紧急程度 in a narrow right column, which equal halves would move to the middle."""
    found = file_grid(table, cols)
    if found is None:
        return [TEXT_WIDTH // cols] * cols
    scale = TEXT_WIDTH / sum(found)
    edges = [round(sum(found[:k]) * scale) for k in range(cols + 1)]
    return [max(1, edges[k + 1] - edges[k]) for k in range(cols)]


def cell_size(doc: Document, planned: Planned) -> str | None:
    """A table cell's type size in half points, as the PDF keeps it
    (:func:`app.render_plan.cell_pt`), else None (the role style's 三号). Outside a table None."""
    if planned.cell is None or planned.index is None or planned.index >= len(doc.paragraphs):
        return None
    size = cell_pt(doc.paragraphs[planned.index].look)
    return str(round(size * 2)) if size is not None else None


SMALL_CELL_PT = 14.0  # 四号: a 版记 or a form in 三号/四号 stays on the 28.95 pt grid


def small_cell_spacing(doc: Document, planned: Planned) -> dict[str, str] | None:
    """A table cell set in type smaller than 四号 (a data table in 五号 or 小四): single-spaced
    off the document grid, with the space before and after its paragraphs the file gives
    (w:spacing attributes, twips), not on the page's exact 28.95 pt line, which made such
    tables about twice as tall as in the file (en18, en23). None for any other paragraph."""
    size = cell_size(doc, planned)
    if size is None or int(size) >= SMALL_CELL_PT * 2:
        return None
    look = doc.paragraphs[planned.index].look if planned.index is not None else None
    out = {"line": "240", "lineRule": "auto"}
    if look is not None:
        for key, value in (("before", look.before_pt), ("after", look.after_pt)):
            if value > 0:
                out[key] = str(round(min(value, 72.0) * 20))
    return out
