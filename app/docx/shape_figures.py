"""Simple shapes of a .docx read as figures a painter can draw (the PDF: ui/print_shapes.py):
a line (with arrowheads), a rectangle, a rounded rectangle, an ellipse, in their stroke and fill,
from DrawingML (wps:wsp with a:prstGeom line, straightConnector1, rect, roundRect, ellipse) or
VML (v:line, v:rect, v:roundrect, v:oval; a v:rect o:hr horizontal rule), and where they sit:
in the line (inline), or floating at an offset from the text column and the paragraph's top.

Anything else (a group, a canvas, a block arrow, a theme colour, a picture fill, a shape placed
against the page) is None here: the PDF draws a framed place and names it in a notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from app.readers.docx_look import hex_color

_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_V = "{urn:schemas-microsoft-com:vml}"
_O = "{urn:schemas-microsoft-com:office:office}"
EMU_PER_PT = 12700
PRESETS = {"line": "line", "straightConnector1": "line", "rect": "rect", "roundRect": "roundRect",
           "ellipse": "ellipse"}  # fmt: skip
_VML = {_V + "line": "line", _V + "rect": "rect", _V + "roundrect": "roundRect",
        _V + "oval": "ellipse"}  # fmt: skip
_NAMED = {"black": "#000000", "white": "#FFFFFF", "red": "#FF0000", "green": "#008000",
          "blue": "#0000FF", "yellow": "#FFFF00", "gray": "#808080", "silver": "#C0C0C0"}
_LENGTH = re.compile(r"^\s*(-?[\d.]+)\s*(pt|in|cm|mm|px|pc|emu)?\s*$")
_UNITS = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75, "pc": 12.0,
          "emu": 1 / EMU_PER_PT, None: 0.75}  # fmt: skip


@dataclass
class Figure:
    """One shape: ``kind`` (line, rect, roundRect, ellipse) in a ``w`` × ``h`` pt box; a line
    runs from the box's top-left to its bottom-right corner (``flip``: from top-right to
    bottom-left). ``stroke``: (width pt, "#RRGGBB"), None for none; ``fill``: "#RRGGBB" or
    None; ``head``/``tail``: an arrowhead at the line's start/end. ``rule``: a horizontal rule
    across the text width (VML o:hr, its width 0)."""

    kind: str
    w: float
    h: float
    stroke: tuple[float, str] | None = (0.75, "#000000")
    fill: str | None = None
    head: bool = False
    tail: bool = False
    flip: bool = False
    rule: bool = False


@dataclass
class Placed:
    """A figure and where it sits: ``floating`` at (``x``, ``y``) pt from the text column's
    left and the paragraph's top (``in_cell``: measured from its table cell), else in the
    line."""

    figure: Figure
    floating: bool = False
    x: float = 0.0
    y: float = 0.0
    in_cell: bool = True


def read_shape(el: etree._Element) -> Placed | None:
    """The figure of the object atom ``el`` (w:drawing, w:pict, mc:AlternateContent, a run
    holding one), None when it is not one simple shape."""
    if el.tag == _MC + "AlternateContent":
        choice = el.find(_MC + "Choice")
        found = _drawingml(choice) if choice is not None else None
        if found is not None:
            return found
        fallback = el.find(_MC + "Fallback")
        return _vml(fallback) if fallback is not None else None
    return _drawingml(el) or _vml(el)


def _drawingml(el: etree._Element) -> Placed | None:
    frames = [f for f in el.iter(_WP + "inline", _WP + "anchor")]
    shapes = list(el.iter(_WPS + "wsp"))
    if len(frames) != 1 or len(shapes) != 1 or shapes[0].find(_WPS + "txbx") is not None:
        return None
    holder = shapes[0].getparent()
    if holder is None or holder.tag != _A + "graphicData":
        return None  # (a shape in a group or a canvas: the PDF does not draw those)
    frame, sp = frames[0], shapes[0]
    pr = sp.find(_WPS + "spPr")
    geom = pr.find(_A + "prstGeom") if pr is not None else None
    extent = frame.find(_WP + "extent")
    if pr is None or geom is None or geom.get("prst") not in PRESETS or extent is None:
        return None
    kind = PRESETS[geom.get("prst") or ""]
    fill = _fill(pr)
    ln = pr.find(_A + "ln")
    stroke: tuple[float, str] | None = (0.75, "#000000")
    head = tail = False
    if ln is not None:
        width = _int(ln.get("w"), 9525) / EMU_PER_PT
        line_fill = _fill(ln, "#000000")
        if line_fill is None:
            return None
        stroke = (width, line_fill) if line_fill else None
        head = _arrow(ln.find(_A + "headEnd"))
        tail = _arrow(ln.find(_A + "tailEnd"))
    if fill is None:
        return None  # (a theme colour, a picture or pattern fill)
    xfrm = pr.find(_A + "xfrm")
    flip = xfrm is not None and (xfrm.get("flipH") == "1") != (xfrm.get("flipV") == "1")
    figure = Figure(kind, _int(extent.get("cx")) / EMU_PER_PT, _int(extent.get("cy")) / EMU_PER_PT,
                    stroke, fill or None, head, tail, flip)  # fmt: skip
    if frame.tag == _WP + "inline":
        return Placed(figure)
    pos_h, pos_v = frame.find(_WP + "positionH"), frame.find(_WP + "positionV")
    if (pos_h is None or pos_v is None or pos_h.get("relativeFrom") not in ("column", "character")
            or pos_v.get("relativeFrom") not in ("paragraph", "line")
            or pos_h.find(_WP + "posOffset") is None):
        return None  # (aligned, or placed against the page or the margin)
    x = _int(pos_h.findtext(_WP + "posOffset")) / EMU_PER_PT
    y = _int(pos_v.findtext(_WP + "posOffset")) / EMU_PER_PT
    return Placed(figure, True, x, y, frame.get("layoutInCell") in ("1", "true", "on"))


def _fill(pr: etree._Element, unsaid: str = "") -> str | None:
    """ "#RRGGBB" of a solid fill, "" for a:noFill, ``unsaid`` when no fill is given, None
    otherwise (a theme colour, a picture, gradient or pattern fill)."""
    if pr.find(_A + "noFill") is not None:
        return ""
    solid = pr.find(_A + "solidFill")
    if solid is None:
        return None if pr.find(_A + "blipFill") is not None or pr.find(_A + "gradFill") \
            is not None or pr.find(_A + "pattFill") is not None else unsaid  # fmt: skip
    rgb = solid.find(_A + "srgbClr")
    return hex_color(rgb.get("val")) if rgb is not None else None


def _arrow(end: etree._Element | None) -> bool:
    return end is not None and (end.get("type") or "none") != "none"


def _vml(el: etree._Element) -> Placed | None:
    shapes = [s for s in el.iter() if s.tag in _VML or s.tag in (_V + "shape", _V + "group")]
    if len(shapes) != 1 or shapes[0].tag not in _VML or shapes[0].find(".//" + _V + "textbox") \
            is not None:  # fmt: skip
        return None
    shape = shapes[0]
    kind = _VML[str(shape.tag)]
    style = css_declarations(shape.get("style") or "")
    stroke_el = shape.find(_V + "stroke")
    stroked = shape.get("stroked") not in ("f", "false") and (
        stroke_el is None or stroke_el.get("on") not in ("f", "false"))
    color = _color((stroke_el.get("color") if stroke_el is not None else None)
                   or shape.get("strokecolor") or "black")  # fmt: skip
    weight = vml_length((stroke_el.get("weight") if stroke_el is not None else None)
                     or shape.get("strokeweight") or "0.75pt")  # fmt: skip
    fill_el = shape.find(_V + "fill")
    filled = kind != "line" and shape.get("filled") not in ("f", "false") and (
        fill_el is None or fill_el.get("on") not in ("f", "false"))
    fill = _color(shape.get("fillcolor") or "white") if filled else ""
    if color is None or fill is None or weight is None:
        return None
    stroke = (weight, color) if stroked else None
    head = (stroke_el is not None and (stroke_el.get("startarrow") or "none") != "none")
    tail = (stroke_el is not None and (stroke_el.get("endarrow") or "none") != "none")
    left = (vml_length(style.get("margin-left", "0")) or 0.0) + (vml_length(style.get("left", "0"))
                                                                or 0.0)
    top = (vml_length(style.get("margin-top", "0")) or 0.0) + \
        (vml_length(style.get("top", "0")) or 0.0)
    flip = False
    if kind == "line" and (shape.get("from") or shape.get("to")):
        (x1, y1), (x2, y2) = (vml_point(shape.get("from") or "0,0"),
                              vml_point(shape.get("to") or "0,0"))  # fmt: skip
        w, h = abs(x2 - x1), abs(y2 - y1)
        left, top = left + min(x1, x2), top + min(y1, y2)
        flip = (x2 - x1) * (y2 - y1) < 0
        head, tail = (tail, head) if x2 < x1 or (x2 == x1 and y2 < y1) else (head, tail)
    else:
        w = vml_length(style.get("width", "0")) or 0.0
        h = vml_length(style.get("height", "0")) or 0.0
    rule = shape.get(_O + "hr") in ("t", "true") and w == 0
    figure = Figure(kind, w, h, stroke, fill or None, head, tail, flip, rule)
    if "position:absolute" not in (shape.get("style") or "").replace(" ", ""):
        return Placed(figure)
    if style.get("mso-position-horizontal-relative", "text") not in ("text", "char") or \
            style.get("mso-position-vertical-relative", "text") not in ("text", "line") or \
            "mso-position-horizontal" in style:  # fmt: skip
        return None
    return Placed(figure, True, left, top, shape.get(_O + "allowincell") not in ("f", "false"))


def css_declarations(style: str) -> dict[str, str]:
    """A VML shape's ``style`` attribute (CSS declarations) as lower-case names → values."""
    out: dict[str, str] = {}
    for item in style.split(";"):
        key, sep, value = item.partition(":")
        if sep and key.strip():
            out[key.strip().lower()] = value.strip()
    return out


def vml_length(value: str | None) -> float | None:
    """A VML/CSS length in points (``12pt``, ``1.5cm``, ``635emu``; a bare number is pixels), or
    None when it is none."""
    match = _LENGTH.match(value or "")
    if match is None:
        return None
    try:
        return float(match.group(1)) * _UNITS[match.group(2)]
    except ValueError:
        return None


def vml_point(value: str) -> tuple[float, float]:
    """A VML point ``x,y`` (a line's ``from``/``to``) in points; a missing half is 0."""
    x, _, y = value.partition(",")
    return (vml_length(x) or 0.0, vml_length(y) or 0.0)


def _color(raw: str) -> str | None:
    word = raw.split(" ")[0].strip().lower()
    if word in _NAMED:
        return _NAMED[word]
    if word.startswith("#") and len(word) == 4:
        word = "#" + "".join(c * 2 for c in word[1:])
    found = hex_color(word.removeprefix("#")) if word.startswith("#") else None
    return found.upper() if found else None


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value or default)
    except ValueError:
        return default


def is_invisible(placed: Placed) -> bool:
    """Nothing to draw: no stroke and no fill (WPS's empty dot), or a shape of no size."""
    f = placed.figure
    return (f.stroke is None and f.fill is None) or (not f.rule and f.w <= 0 and f.h <= 0)

