"""The red head (版头) of a .docx kept in the Word export, and tables drawn as the file draws them.

Why: the export lays a report out in the house GB/T 9704 look by role, which is right for the
text a drafter writes (仿宋 3号, 黑体 and 楷体 headings, 小标宋 title, all black) but wrong for
the 发文机关标志 of a red-head template: GB/T 9704-2012 7.2.4 wants it red, centred, in the size
the unit chose, and the template's red rule under it is usually a table border. Drawn black in
the house title style with a gridded table, an exported 公文 loses the very part that makes it
one.

So the export keeps, from the file's own look (:class:`app.model.ParaLook`, read by
:mod:`app.readers.docx_look`):
- for each paragraph of the masthead, that is the red paragraphs among the first lines, above
  the first numbered heading and the first sentence of running text, their runs' colour, size,
  character width, bold and East-Asian font, and the paragraph's alignment
  (:func:`masthead_looks`);
- for every table whose borders the file says (:class:`app.model.TableLook`), those borders and
  cell shadings instead of the house grid (:func:`cell_borders`): a layout table with no lines
  stays without lines, as the editor shows it.
Red anywhere else in the text is not kept: the official layout has black text.

A paragraph the outline reads as the 发文机关标志 (:attr:`app.model.Role.MASTHEAD`) that the
file does not print red (a .txt draft, a black line in Word) gets the house look of one: red
小标宋 at :func:`app.render_plan.masthead_size`, centred (:func:`house_look`), through the same
path, so the Word export and the PDF draw it alike.
"""

from __future__ import annotations

from lxml import etree
from lxml.etree import _Element

from app.model import Border, Document, ParaLook, Role, RunLook, TableLook
from app.outline.head import head_box_text
from app.outline.lines import pictures_only
from app.render_plan import RED, masthead_size
from app.writers import docx_styles as S

_W = f"{{{S.W_NS}}}"
# w:tcBorders' children in the schema's order, each with its index in TableLook's
# (top, right, bottom, left) sides
_SIDES = (("top", 0), ("left", 3), ("bottom", 2), ("right", 1))


def is_red(color: str | None) -> bool:
    """Whether ``color`` ("#RRGGBB") is a red a masthead is printed in: a strong red channel
    well above green and blue (FF0000, C00000, E60012 …), not an orange or a pink."""
    if not color or len(color) != 7 or not color.startswith("#"):
        return False
    try:
        r, g, b = (int(color[k:k + 2], 16) for k in (1, 3, 5))
    except ValueError:
        return False
    return r >= 0x99 and g <= 0x40 and b <= 0x40


def _all_red(look: ParaLook) -> bool:
    """Every run of ``look`` that holds visible text is red (and there is one)."""
    visible = [(a, b, run) for a, b, run in look.runs if look.text[a:b].strip()]
    return bool(visible) and all(is_red(run.color) for _, _, run in visible)


# The 版头 holds at most 份号, 密级, 紧急程度, 发文机关标志, 发文字号 and 签发人 (GB/T 9704
# 7.2), a few lines more in a template: a red paragraph further down is the writer's.
MASTHEAD_LINES = 12


def masthead_looks(doc: Document, roles: list[Role]) -> dict[int, ParaLook]:
    """The file's look of each masthead paragraph, by paragraph index: a paragraph among the
    document's first :data:`MASTHEAD_LINES` lines with text, above the first numbered heading
    and the first sentence of body text (outside a table), whose text is all red in the file
    and unchanged since it was read."""
    out: dict[int, ParaLook] = {}
    lines = 0
    for k, p in enumerate(doc.paragraphs):
        role = roles[k] if k < len(roles) else (p.role or Role.BODY)
        if role.heading_level is not None and role is not Role.TITLE:
            break
        if _running_text(role, p.text) and p.cell is None:
            break  # the body has begun: a red note in it is the writer's (cn11)
        if p.text.strip():
            lines += 1
            if lines > MASTHEAD_LINES:
                break
        look = p.look
        if look is not None and look.text == p.text and _all_red(look):
            out[k] = look
        elif role is Role.MASTHEAD and p.text.strip():
            # (one drawn in a text box: the box's words, as the render plan prints them)
            words = head_box_text(p.objects) if pictures_only(p.text) else p.text
            out[k] = house_look(words or p.text)
    return out


def _running_text(role: Role, text: str) -> bool:
    """A paragraph of the body's running text: a BODY line that reads as a sentence (over 30
    characters, or ending in 。！？；). The 版头's lines (份号, 密级, 紧急程度, 发文机关标志,
    发文字号, 签发人) are short and never end so."""
    t = text.strip()
    return role is Role.BODY and (len(t) > 30 or t.endswith(("。", "！", "？", "；")))


def house_look(text: str) -> ParaLook:
    """The look of a 发文机关标志 the file gives none to: red 小标宋, centred, sized to fit."""
    run = RunLook(color=RED, size_pt=masthead_size(text))
    return ParaLook(align="center", runs=((0, len(text), run),), text=text)


def run_look_at(look: ParaLook, offset: int) -> RunLook | None:
    """The file's look of the run holding ``offset``."""
    for a, b, run in look.runs:
        if a <= offset < b:
            return run
    return None


def look_cuts(look: ParaLook) -> set[int]:
    """Where the file's runs begin and end: the export's runs split there too."""
    return {k for a, b, _ in look.runs for k in (a, b)}


def paragraph_layout(ppr: _Element, look: ParaLook) -> None:
    """The masthead paragraph's alignment, and a line tall enough for its type: the house
    exact 28.95 pt line would cut a 42 pt 发文机关标志 in half."""
    jc = {"center": "center", "right": "right", "justify": "both"}.get(look.align, "left")
    spacing = ppr.find(_W + "spacing")
    if spacing is None:
        spacing = etree.SubElement(ppr, _W + "spacing")
    spacing.set(_W + "line", "240")
    spacing.set(_W + "lineRule", "auto")
    # no first-line or right indent (the body style's two characters would push a centred
    # 发文机关标志 two characters right of the middle); w:ind follows w:spacing in w:pPr
    ind = ppr.find(_W + "ind")
    if ind is None:
        ind = etree.Element(_W + "ind")
    spacing.addnext(ind)
    for attr in ("firstLine", "firstLineChars", "right", "rightChars"):
        ind.set(_W + attr, "0")
    etree.SubElement(ppr, _W + "jc", {_W + "val": jc})


def run_props(rpr: _Element, run: RunLook, fmt: tuple[bool, bool, bool]) -> None:
    """The file's look of a masthead run as direct formatting, with the run's own bold, italic
    and underline (``fmt``: the model's spans), in the schema's order (rFonts, b, i, color, w,
    sz, u): a direct property wins over the role's style."""
    if run.font:
        etree.SubElement(rpr, _W + "rFonts", {_W + "eastAsia": run.font})
    if run.bold or fmt[0]:
        etree.SubElement(rpr, _W + "b")
        etree.SubElement(rpr, _W + "bCs")
    if fmt[1]:
        etree.SubElement(rpr, _W + "i")
        etree.SubElement(rpr, _W + "iCs")
    if run.color:
        etree.SubElement(rpr, _W + "color", {_W + "val": run.color[1:].upper()})
    if run.scale and run.scale != 100:
        etree.SubElement(rpr, _W + "w", {_W + "val": str(run.scale)})
    if run.size_pt:
        half = str(round(run.size_pt * 2))
        etree.SubElement(rpr, _W + "sz", {_W + "val": half})
        etree.SubElement(rpr, _W + "szCs", {_W + "val": half})
    if fmt[2]:
        etree.SubElement(rpr, _W + "u", {_W + "val": "single"})


def _side(parent: _Element, name: str, border: Border | None) -> None:
    if border is None:
        etree.SubElement(parent, _W + name, {_W + "val": "nil"})
        return
    eighths = max(2, min(96, round(border.width_pt * 8)))  # ST_EighthPointMeasure's range
    color = border.color[1:].upper() if border.color else "auto"
    etree.SubElement(parent, _W + name, {_W + "val": "single", _W + "sz": str(eighths),
                                         _W + "space": "0", _W + "color": color})


def table_without_grid(borders: _Element) -> None:
    """Empty the house grid of a table whose own borders are written per cell."""
    for side in borders:
        side.attrib.clear()
        side.set(_W + "val", "nil")


def cell_borders(tcpr: _Element, look: TableLook, row: int, col: int) -> None:
    """The borders and shading the file gives the cell at (``row``, ``col``): appended to its
    w:tcPr after w:tcW/w:gridSpan/w:vMerge, as the schema orders them."""
    sides = look.cells.get((row, col))
    borders = etree.SubElement(tcpr, _W + "tcBorders")
    for name, k in _SIDES:
        _side(borders, name, sides[k] if sides is not None and k < len(sides) else None)
    fill = look.shading.get((row, col))
    if fill:
        etree.SubElement(tcpr, _W + "shd", {_W + "val": "clear", _W + "color": "auto",
                                            _W + "fill": fill.lstrip("#").upper()})
