"""Sizes and places of the objects the Word export carries over (app/writers/docx_carry.py), in
the export's GB/T text width (156 mm, 442 pt) rather than the original's.

- An object in the line wider than the text width is scaled down to it, as pictures are
  (:func:`fit_width`: a chart from a landscape page would run into the margin).
- A floating shape anchored in a table cell (wp:anchor, a VML shape with position:absolute) is
  placed and sized by the table's scale in the export (:func:`fit_in_cell`): the export sets a
  table's columns in the file's proportions across the text width, so a shape kept at the
  original's offsets lands elsewhere. en03, a form 532 pt wide: its four fill-in lines (v:line
  from 252 pt to 525.6 pt) ran past the table's right border and off the page. Its horizontal
  offset and its size take the table's ratio (the export's width over the file's grid); when the
  shape would still reach past the table's right edge (a 版记 line 449 pt long in a table of
  426 pt, cn02), the ratio is lowered until it ends there. Vertical offsets stay: the export's
  rows are no shorter than the file's. A shape placed against the page or the margin is left
  where the file puts it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.etree import _Element

from app.docx.shape_figures import EMU_PER_PT, css_declarations, vml_length, vml_point
from app.model import CellRef, Table
from app.writers import docx_styles as S
from app.writers.docx_tables import TEXT_WIDTH, column_widths, outer_cell

S_MAX_WIDTH_PT = TEXT_WIDTH / 20  # the text width, 442 pt
_W = f"{{{S.W_NS}}}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_V = "{urn:schemas-microsoft-com:vml}"
_O_ALLOWINCELL = "{urn:schemas-microsoft-com:office:office}allowincell"
_TEXT_FRAMES = ("column", "character")  # DrawingML positionH frames measured from the text
_VML_TEXT_FRAMES = ("", "text", "char")  # mso-position-horizontal-relative (default: text)

@dataclass(frozen=True)
class CellFit:
    """How the export sets the table holding an anchor paragraph: ``scale``, its width over the
    file's; ``width_pt``, its width in the export; ``cell_left_pt``, the left edge of the
    (outermost) cell holding the paragraph, from the table's left edge."""

    scale: float
    width_pt: float
    cell_left_pt: float


def cell_fit(tables: dict[int, Table], cell: CellRef | None) -> CellFit | None:
    """The fit of a paragraph in ``cell`` (None outside a table the export rebuilds)."""
    outer = outer_cell(cell, tables)
    if outer is None:
        return None
    table = tables[outer.table_id]
    cols = max(table.cols, 1)
    found = list(table.look.col_widths_pt) if table.look is not None else []
    widths = column_widths(table, cols)
    scale = 1.0
    if len(found) == cols and sum(found) > 0 and min(found) >= 0:
        scale = S_MAX_WIDTH_PT / sum(found)  # (column_widths scales the file's grid so)
    left = sum(widths[: max(0, min(outer.col, cols))]) / 20
    return CellFit(scale, sum(widths) / 20, left)


def fit_width(el: _Element) -> None:
    """An object in the line wider than the text width is scaled down to it."""
    limit = round(S_MAX_WIDTH_PT * EMU_PER_PT)
    for inline in el.iter(_WP + "inline"):
        extent = inline.find(_WP + "extent")
        cx, cy = (extent.get("cx") or "", extent.get("cy") or "") if extent is not None \
            else ("", "")
        if extent is not None and cx.isdigit() and cy.isdigit() and int(cx) > limit:
            extent.set("cx", str(limit))
            extent.set("cy", str(round(int(cy) * limit / int(cx))))
    if el.tag == _W + "object":
        for shape in el.iter(_V + "shape"):
            style = shape.get("style") or ""
            width = re.search(r"width:\s*([\d.]+)pt", style)
            height = re.search(r"height:\s*([\d.]+)pt", style)
            if width and height and float(width.group(1)) > S_MAX_WIDTH_PT:
                factor = S_MAX_WIDTH_PT / float(width.group(1))
                style = style.replace(width.group(0), f"width:{S_MAX_WIDTH_PT:.2f}pt")
                style = style.replace(height.group(0),
                                      f"height:{float(height.group(1)) * factor:.2f}pt")
                shape.set("style", style)


def fit_in_cell(el: _Element, fit: CellFit) -> None:
    """Place and size the floating shapes of ``el`` (a carried copy) by ``fit``, the table
    their paragraph sits in (see the module docstring)."""
    for anchor in el.iter(_WP + "anchor"):
        _fit_anchor(anchor, fit)
    for shape in el.iter():
        if (isinstance(shape.tag, str) and shape.tag.startswith(_V)
                and "position:absolute" in (shape.get("style") or "").replace(" ", "")
                and not any(str(a.tag).startswith(_V) for a in shape.iterancestors())):
            _fit_vml(shape, fit)


def ratio(fit: CellFit, in_cell: bool, left_pt: float, width_pt: float) -> float:
    """The scale for a shape ``left_pt`` from its frame's left and ``width_pt`` wide: the
    table's, lowered so that the shape ends at the table's right edge at the latest."""
    limit = fit.width_pt - (fit.cell_left_pt if in_cell else 0.0)
    scale = fit.scale
    reach = max(left_pt, 0.0) + width_pt
    if reach > 0 and reach * scale > limit > 0:
        scale = limit / reach
    return scale


def _fit_anchor(anchor: _Element, fit: CellFit) -> None:
    pos = anchor.find(_WP + "positionH")
    extent = anchor.find(_WP + "extent")
    if pos is None or extent is None or pos.get("relativeFrom") not in _TEXT_FRAMES:
        return
    offset = pos.find(_WP + "posOffset")
    x = _int(offset.text if offset is not None else "0")
    cx, cy = _int(extent.get("cx")), _int(extent.get("cy"))
    in_cell = anchor.get("layoutInCell") in ("1", "true", "on")
    scale = ratio(fit, in_cell, x / EMU_PER_PT, cx / EMU_PER_PT)
    if abs(scale - 1.0) < 1e-3:
        return
    if offset is not None:
        offset.text = str(round(x * scale))
    extent.set("cx", str(round(cx * scale)))
    extent.set("cy", str(round(cy * scale)))
    graphic = anchor.find(_A + "graphic")
    xfrm = next(graphic.iter(_A + "xfrm"), None) if graphic is not None else None
    size = xfrm.find(_A + "ext") if xfrm is not None else None
    if size is not None:  # the shape's own size (a group's children keep theirs: chExt)
        for attr in ("cx", "cy"):
            size.set(attr, str(round(_int(size.get(attr)) * scale)))


def _fit_vml(shape: _Element, fit: CellFit) -> None:
    style = css_declarations(shape.get("style") or "")
    if style.get("mso-position-horizontal-relative", "") not in _VML_TEXT_FRAMES:
        return
    left = (vml_length(style.get("margin-left")) or 0.0) + (vml_length(style.get("left")) or 0.0)
    in_cell = shape.get(_O_ALLOWINCELL) not in ("f", "false")
    ends = None
    if shape.tag == _V + "line" and (shape.get("from") or shape.get("to")):
        ends = [vml_point(shape.get("from") or "0,0"), vml_point(shape.get("to") or "0,0")]
        xs = [p[0] for p in ends]
        left, width = left + min(xs), max(xs) - min(xs)
    else:
        width = vml_length(style.get("width")) or 0.0
    scale = ratio(fit, in_cell, left, width)
    if abs(scale - 1.0) < 1e-3:
        return
    for key in ("margin-left", "left", "width", "height"):
        value = vml_length(style.get(key))
        if value is not None and value != 0:
            style[key] = f"{value * scale:.2f}pt"
    shape.set("style", ";".join(f"{k}:{v}" for k, v in style.items()))
    if ends is not None:  # the line's ends: their x by the ratio, their y where they are
        for attr, (px, py) in zip(("from", "to"), ends, strict=True):
            shape.set(attr, f"{px * scale:.2f}pt,{py:.2f}pt")


def _int(value: str | None) -> int:
    try:
        return int(value or "0")
    except ValueError:
        return 0
