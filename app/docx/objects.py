"""What an object atom is: an :class:`~app.model.InlineObject` for each U+FFFC of a paragraph.

Images carry their bytes (the related media part) and their size on the page (wp:extent, EMU →
pt); text boxes and shapes with text carry their paragraphs' text (kind "textbox"); what the editor
cannot draw gets a short label in the user's language (app.i18n). Nothing here is executed or
fetched: an image linked from outside the file (r:link) is labelled, never loaded.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from app.docx.atoms import MC, W_P, M, W, atoms_text, paragraph_atoms
from app.i18n import language
from app.model import InlineObject
from app.readers.docx_look import hex_color

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_V = "urn:schemas-microsoft-com:vml"
_EMU_PER_PT = 12700
_TXBX = W + "txbxContent"
_GRAPHIC_KINDS = (  # graphicData uri suffix → (kind, label)
    ("/picture", ("image", "图片")),
    ("/chart", ("chart", "图表")),
    ("/chartex", ("chart", "图表")),
    ("/diagram", ("smartart", "SmartArt 图形")),
    ("/wordprocessingCanvas", ("shape", "绘图画布")),
    ("/wordprocessingShape", ("shape", "图形")),
    ("/wordprocessingGroup", ("shape", "组合图形")),
    ("/wordprocessingInk", ("shape", "墨迹")),
)

_ENGLISH = {  # the labels above and below, in an English window
    "图片": "Image",
    "图表": "Chart",
    "SmartArt 图形": "SmartArt",
    "绘图画布": "Drawing canvas",
    "图形": "Shape",
    "组合图形": "Group",
    "墨迹": "Ink",
    "分栏符": "Column break",
    "分页符": "Page break",
    "公式": "Equation",
    "嵌入对象": "Embedded object",
    "文本框": "Text box",
    "兼容内容": "Compatibility content",
    "对象": "Object",
    "图片（链接或缺失）": "Image (linked or missing)",
}

ImageLookup = Callable[[str], bytes | None]  # relationship id → media bytes
NoteLookup = Callable[[str, str], tuple[str, str]]  # (kind, w:id) → (label, text)


def textbox_paragraphs(el: etree._Element) -> list[str]:
    """The paragraph texts of the text boxes in ``el`` (the first w:txbxContent of each
    alternative only: mc:Choice and mc:Fallback hold the same box twice)."""
    boxes = [
        b for b in el.iter(_TXBX)
        if not any(a.tag == _TXBX for a in b.iterancestors()) and not _duplicate(b)
    ]  # fmt: skip
    out: list[str] = []
    for box in boxes:
        for p in box.iter(W_P):
            if _owner_box(p) is box:
                out.append(atoms_text(paragraph_atoms(p)))
    return out


def _duplicate(box: etree._Element) -> bool:
    """A text box in an mc:Fallback whose mc:Choice has the text box too (the same box in VML)."""
    for a in box.iterancestors():
        if a.tag == MC + "Fallback":
            alternate = a.getparent()
            choice = alternate.find(MC + "Choice") if alternate is not None else None
            return choice is not None and choice.find(".//" + _TXBX) is not None
    return False


def _in_choice(el: etree._Element) -> bool:
    return any(a.tag == MC + "Choice" for a in el.iterancestors())


def _owner_box(p: etree._Element) -> etree._Element | None:
    for a in p.iterancestors():
        if a.tag == _TXBX:
            return a
    return None


def describe(el: etree._Element, images: ImageLookup, notes: NoteLookup) -> InlineObject:
    """The InlineObject for one object atom's element, labelled in the user's language."""
    obj = _describe(el, images, notes)
    if language() == "en":
        obj.label = _ENGLISH.get(obj.label, obj.label)
    return obj


def _describe(el: etree._Element, images: ImageLookup, notes: NoteLookup) -> InlineObject:
    tag = el.tag
    if tag == W + "br":
        return (InlineObject("columnbreak", "分栏符") if el.get(W + "type") == "column"
                else InlineObject("pagebreak", "分页符"))  # fmt: skip
    if tag in (W + "footnoteReference", W + "endnoteReference"):
        kind = "footnote" if tag.endswith("footnoteReference") else "endnote"
        label, text = notes(kind, el.get(W + "id") or "")
        return InlineObject(kind, label, text)
    if tag in (M + "oMath", M + "oMathPara"):
        return InlineObject("equation", "公式", "".join(t.text or "" for t in el.iter(M + "t")))
    if tag == W + "object":
        width, height = _vml_size(el)
        return InlineObject("ole", "嵌入对象", image=_vml_image(el, images), width_pt=width,
                            height_pt=height)  # fmt: skip
    boxes = textbox_paragraphs(el)
    if boxes:
        return InlineObject("textbox", "文本框", "\n".join(boxes))
    drawing = el if tag == W + "drawing" else el.find(".//" + W + "drawing")
    if tag == MC + "AlternateContent":
        choice = el.find(MC + "Choice")
        if choice is not None and choice.find(".//" + W + "drawing") is not None:
            drawing = choice.find(".//" + W + "drawing")
    if drawing is not None:
        return _drawing(drawing, images)
    pict = el if tag == W + "pict" else el.find(".//" + W + "pict")
    if pict is not None:
        if pict.find(f".//{{{_V}}}imagedata") is not None:
            width, height = _vml_size(pict)
            return InlineObject("image", "图片", image=_vml_image(pict, images), width_pt=width,
                                height_pt=height, stroke=_vml_line_stroke(pict))  # fmt: skip
        return InlineObject("shape", "图形")
    if el.find(".//" + W + "object") is not None:
        return InlineObject("ole", "嵌入对象")
    text = "".join(t.text or "" for t in el.iter(W + "t") if not _in_choice(t))
    return InlineObject("other", "兼容内容", text)


def _drawing(drawing: etree._Element, images: ImageLookup) -> InlineObject:
    kind, label = "other", "对象"
    graphic = drawing.find(".//" + _A + "graphicData")
    uri = (graphic.get("uri") or "") if graphic is not None else ""
    for suffix, found in _GRAPHIC_KINDS:
        if uri.endswith(suffix):
            kind, label = found
            break
    else:
        if drawing.find(".//" + _A + "blip") is not None:
            kind, label = "image", "图片"
    width = height = None
    extent = drawing.find(".//" + _WP + "extent")
    if extent is not None:
        try:
            width = int(extent.get("cx") or "") / _EMU_PER_PT
            height = int(extent.get("cy") or "") / _EMU_PER_PT
        except ValueError:
            width = height = None
    image = None
    if kind == "image":
        blip = drawing.find(".//" + _A + "blip")
        rid = blip.get(_R + "embed") if blip is not None else None
        image = images(rid) if rid else None
        if image is None:
            label = "图片（链接或缺失）"
    stroke = _line_stroke(drawing) if kind == "shape" else None
    return InlineObject(kind, label, image=image, width_pt=width, height_pt=height,
                        stroke=stroke)


def _line_stroke(drawing: etree._Element) -> tuple[float, str | None] | None:
    """(width pt, colour) of a DrawingML straight line (a:prstGeom prst="line"), the way WPS
    and Word draw a red head's separator; None for any other shape."""
    geom = drawing.find(".//" + _A + "prstGeom")
    if geom is None or geom.get("prst") not in ("line", "straightConnector1"):
        return None
    ln = drawing.find(".//" + _A + "ln")
    width = 0.75  # DrawingML's default line: 9,525 EMU
    color: str | None = None
    if ln is not None:
        raw = ln.get("w") or ""
        width = int(raw) / _EMU_PER_PT if raw.isdigit() else width
        rgb = ln.find(_A + "solidFill/" + _A + "srgbClr")
        color = hex_color(rgb.get("val")) if rgb is not None else None
    return (width, color)


def _vml_line_stroke(pict: etree._Element) -> tuple[float, str | None] | None:
    """(width pt, colour) of a VML line (v:line), the way WPS writes a red head's separator
    (``<v:stroke weight="2.5pt" color="#FF0000"/>``, or the line's own strokeweight and
    strokecolor); None when the picture holds no line. VML's default stroke is 0.75 pt."""
    line = pict.find(f".//{{{_V}}}line")
    if line is None:
        return None
    stroke = line.find(f"{{{_V}}}stroke")
    weight = (stroke.get("weight") if stroke is not None else None) or line.get("strokeweight")
    color = (stroke.get("color") if stroke is not None else None) or line.get("strokecolor")
    width = _css_pt(weight.strip()) if weight else None
    return (width if width is not None else 0.75, _vml_color(color))


_VML_NAMED = {"red": "FF0000", "black": "000000", "maroon": "800000"}


def _vml_color(raw: str | None) -> str | None:
    """ "#RRGGBB" for a VML colour ("#FF0000", "#f00", "red", "#FF0000 [3]"), None otherwise."""
    word = (raw or "").split(" ")[0].strip().lower()
    if word.startswith("#") and len(word) == 4:
        word = "#" + "".join(c * 2 for c in word[1:])
    return hex_color(_VML_NAMED.get(word, word.removeprefix("#")))


def _vml_image(el: etree._Element, images: ImageLookup) -> bytes | None:
    data = el.find(f".//{{{_V}}}imagedata")
    rid = data.get(_R + "id") if data is not None else None
    return images(rid) if rid else None


def _vml_size(el: etree._Element) -> tuple[float | None, float | None]:
    """(width, height) in pt from a VML shape's style ("width:120pt;height:3in")."""
    shape = next((s for s in el.iter() if s.get("style")), None)
    out: dict[str, float | None] = {}
    for item in (shape.get("style") or "").split(";") if shape is not None else ():
        key, _, value = item.partition(":")
        out[key.strip().lower()] = _css_pt(value.strip())
    return out.get("width"), out.get("height")


def _css_pt(value: str) -> float | None:
    units = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75, "pc": 12.0}
    for unit, factor in units.items():
        if value.endswith(unit):
            try:
                return float(value[: -len(unit)]) * factor
            except ValueError:
                return None
    try:
        return float(value) * 0.75
    except ValueError:
        return None
