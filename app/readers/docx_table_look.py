"""A .docx table's borders as the file draws them, per cell side.

Why: a layout table (a red-head template's 发文机关 and 发文字号 rows) has no borders, or only a
red line under a row; drawing every table as a grid shows a document that is not the file.

Precedence per side, lowest first: the table style's w:tblBorders (its w:basedOn chain; the
default table style when the table names none: Word's "Normal Table" has no borders) → the
table's own w:tblBorders → a row's exception (w:tblPrEx/w:tblBorders, whose top and bottom are
that row's own edges, as Word and LibreOffice draw them) → the cell's w:tcBorders. An outer side
of the table takes top/left/bottom/right, a side between cells insideH/insideV.
"""

from __future__ import annotations

from lxml import etree

from app.model import Border, Table, TableLook
from app.readers.docx_look import LookReader, hex_color
from app.readers.docx_safety import W_NS

W = f"{{{W_NS}}}"
_VAL = W + "val"
_SIDES = ("top", "right", "bottom", "left", "insideH", "insideV")
_ALIASES = {"start": "left", "end": "right"}
_NO_LINE = ("none", "nil")

Sides = dict[str, Border | None]  # a side present: the level says it (None: no line)


def border_sides(container: etree._Element | None) -> Sides:
    """The sides a w:tblBorders / w:tcBorders says, by name (start/end read as left/right)."""
    out: Sides = {}
    if container is None:
        return out
    for child in container:
        name = etree.QName(child).localname
        name = _ALIASES.get(name, name)
        if name not in _SIDES:
            continue
        val = (child.get(_VAL) or "").strip()
        if not val or val in _NO_LINE:
            out[name] = None
            continue
        try:
            eighths = float(child.get(W + "sz") or "4")
        except ValueError:
            eighths = 4.0
        out[name] = Border(min(max(eighths / 8, 0.25), 12.0), hex_color(child.get(W + "color")))
    return out


def _tbl_borders(tblpr: etree._Element | None) -> Sides:
    return border_sides(tblpr.find(W + "tblBorders")) if tblpr is not None else {}


def grid_widths(tbl: etree._Element) -> tuple[float, ...]:
    """The widths (pt) of the table's grid columns (w:tblGrid/w:gridCol/@w:w, twentieths of a
    point); empty when a column gives none or an unreadable one."""
    grid = tbl.find(W + "tblGrid")
    widths = []
    for col in grid.findall(W + "gridCol") if grid is not None else ():
        try:
            twips = float(col.get(W + "w") or "")
        except ValueError:
            return ()
        if not 0 < twips < 1e6:
            return ()
        widths.append(twips / 20)
    return tuple(widths)


def table_look(looks: LookReader, tbl: etree._Element, table: Table,
               rows: list[etree._Element], cells: dict[tuple[int, int], etree._Element],
               ) -> TableLook:  # fmt: skip
    """The borders of ``table`` (read from ``tbl``): ``rows`` are its w:tr in model row order,
    ``cells`` its w:tc by the model cell's (row, col)."""
    tblpr = tbl.find(W + "tblPr")
    style = tblpr.find(W + "tblStyle") if tblpr is not None else None
    sides: Sides = {}
    for style_pr in looks.table_style(style.get(_VAL) if style is not None else None):
        sides.update(_tbl_borders(style_pr))
    sides.update(_tbl_borders(tblpr))
    row_sides = []
    for tr in rows:
        ex = tr.find(W + "tblPrEx")
        row_sides.append({**sides, **_tbl_borders(ex)} if ex is not None else None)
    out = TableLook(col_widths_pt=grid_widths(tbl))
    for cell in table.cells:
        own = row_sides[cell.row] if cell.row < len(row_sides) else None
        s = own or sides
        last_row = cell.row + cell.row_span - 1
        below = row_sides[last_row] if last_row < len(row_sides) else None
        top = s.get("top") if cell.row == 0 or own else s.get("insideH")
        bottom = ((below or sides).get("bottom")
                  if last_row == table.rows - 1 or below else sides.get("insideH"))  # fmt: skip
        left = s.get("left") if cell.col == 0 else s.get("insideV")
        right = s.get("right") if cell.col + cell.col_span >= table.cols else s.get("insideV")
        found: list[Border | None] = [top, right, bottom, left]
        tc = cells.get((cell.row, cell.col))
        tcpr = tc.find(W + "tcPr") if tc is not None else None
        if tcpr is not None:
            shd = tcpr.find(W + "shd")
            fill = hex_color(shd.get(W + "fill")) if shd is not None else None
            if fill is not None and fill != "#FFFFFF":
                out.shading[(cell.row, cell.col)] = fill
            mine = border_sides(tcpr.find(W + "tcBorders"))
            for k, name in enumerate(("top", "right", "bottom", "left")):
                if name in mine:
                    found[k] = mine[name]
        if any(found):
            out.cells[(cell.row, cell.col)] = tuple(found)
    return out
