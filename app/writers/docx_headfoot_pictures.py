"""Pictures in the original's headers and footers, carried into the Word export's parts.

A header often carries a picture: a company's logo beside the document's name (cn12), a unit's
emblem. :mod:`app.writers.docx_headfoot` kept the words and left the pictures out. Here each
picture (a w:drawing whose graphic is a pic:pic with an embedded image) is kept as its file had
it, inline or floating at its offset, with:

- only the WordprocessingML, DrawingML and relationship namespaces (the export's parts declare
  no markup-compatibility rules, so wp14/a14 extensions and w14 ids would be unknown markup);
- a drawing id (wp:docPr/@id) of its own, above the body's pictures' ids;
- its image as a part of the export (``word/media/headfoot{n}.{ext}``), related from every
  header or footer part that shows it.

A picture whose image is linked rather than embedded, missing, or in a format the export does not
write is left out, as before. :func:`placement` reads where the file put a kept picture, for the
painted pages (:mod:`ui.print_headfoot`), which draw it there.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree
from lxml.etree import _Element

from app.writers import docx_styles as S
from app.writers.docx_images import A_NS, CONTENT_TYPES, PIC_NS, RT_IMAGE, WP_NS, image_format

_KEPT_NS = {S.W_NS, S.R_NS, WP_NS, A_NS, PIC_NS}
_EMBED = f"{{{S.R_NS}}}embed"
_MARK = re.compile(r"__headfoot_picture_(\d+)__")
FIRST_ID = 5000  # drawing ids above the body's (app.writers.docx_images counts from 1)


EMU_PER_PT = 12700


@dataclass(frozen=True)
class Axis:
    """Where an anchored picture sits along one axis: from which box (wp:positionH/V's
    relativeFrom: "margin", "page", "paragraph" …), by an offset (points) or an alignment
    ("left", "center", "right", "top", "bottom" …; "" with an offset)."""

    box: str
    offset_pt: float = 0.0
    align: str = ""


@dataclass(frozen=True)
class Placement:
    """A kept picture's image, its size (points) and, when it floats, its two axes."""

    image: bytes
    width_pt: float
    height_pt: float
    horizontal: Axis | None = None  # None: inline, in the line's flow
    vertical: Axis | None = None


def placement(drawing: _Element, image: bytes) -> Placement | None:
    """Where ``drawing`` (a kept picture) sits: inline, or anchored by its wp:positionH and
    wp:positionV; None when its size is not given."""
    holder = next((c for c in drawing if c.tag in (f"{{{WP_NS}}}inline", f"{{{WP_NS}}}anchor")),
                  None)  # fmt: skip
    extent = holder.find(f"{{{WP_NS}}}extent") if holder is not None else None
    try:
        cx = int(extent.get("cx") or "") if extent is not None else 0
        cy = int(extent.get("cy") or "") if extent is not None else 0
    except ValueError:
        return None
    if holder is None or cx <= 0 or cy <= 0:
        return None
    size = (cx / EMU_PER_PT, cy / EMU_PER_PT)
    if holder.tag == f"{{{WP_NS}}}inline":
        return Placement(image, *size)
    return Placement(image, *size, _axis(holder.find(f"{{{WP_NS}}}positionH"), "column"),
                     _axis(holder.find(f"{{{WP_NS}}}positionV"), "paragraph"))


def _axis(position: _Element | None, default_box: str) -> Axis:
    if position is None:
        return Axis(default_box)
    box = position.get("relativeFrom") or default_box
    align = position.find(f"{{{WP_NS}}}align")
    if align is not None and (align.text or "").strip():
        return Axis(box, 0.0, (align.text or "").strip())
    offset = position.find(f"{{{WP_NS}}}posOffset")
    try:
        return Axis(box, int((offset.text or "0").strip()) / EMU_PER_PT if offset is not None
                    else 0.0)  # fmt: skip
    except ValueError:
        return Axis(box)


def _ns(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


@dataclass
class Pictures:
    """The pictures met in the original's header and footer parts, numbered from 1."""

    images: dict[int, tuple[bytes, str]] = field(default_factory=dict)  # n → (data, format)

    def keep(self, drawing: _Element, image_of: Callable[[str], bytes | None]
             ) -> tuple[str, Placement | None] | None:
        """``drawing`` as XML for the export, its image's relationship id a mark that
        :meth:`relate` resolves, and where the file put it (:func:`placement`); None when it
        is not a picture the export can carry."""
        blips = [b for b in drawing.iter(f"{{{A_NS}}}blip") if b.get(_EMBED)]
        if len(blips) != 1 or next(drawing.iter(f"{{{PIC_NS}}}pic"), None) is None:
            return None
        data = image_of(blips[0].get(_EMBED) or "")
        fmt = image_format(data) if data else None
        if data is None or fmt is None or fmt not in CONTENT_TYPES:
            return None
        n = len(self.images) + 1
        self.images[n] = (data, fmt)
        clean = copy.deepcopy(drawing)
        _strip(clean)
        for blip in clean.iter(f"{{{A_NS}}}blip"):
            blip.set(_EMBED, f"__headfoot_picture_{n}__")
        for doc_pr in clean.iter(f"{{{WP_NS}}}docPr"):
            doc_pr.set("id", str(FIRST_ID + n))
        etree.cleanup_namespaces(clean)
        return etree.tostring(clean, encoding="unicode"), placement(drawing, data)

    def relate(self, name: str, xml: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
        """Part ``name``'s XML with its pictures' marks as relationship ids, and the parts it
        needs besides: its relationships part and its pictures' images."""
        found = sorted({int(k) for k in _MARK.findall(xml.decode("utf-8"))})
        if not found:
            return xml, []
        text = _MARK.sub(lambda m: f"rIdPicture{m.group(1)}", xml.decode("utf-8"))
        rels = [(f"rIdPicture{n}", RT_IMAGE, f"media/{self.media_name(n)}") for n in found]
        folder, base = name.rsplit("/", 1)
        extra = [(f"{folder}/_rels/{base}.rels", S.rels_xml(rels))]
        extra += [(f"word/media/{self.media_name(n)}", self.images[n][0]) for n in found]
        return text.encode("utf-8"), extra

    def media_name(self, n: int) -> str:
        return f"headfoot{n}.{self.images[n][1]}"

    def formats(self) -> set[str]:
        return {fmt for _data, fmt in self.images.values()}


def _strip(el: _Element) -> None:
    """Leave only the kept namespaces' elements and attributes under ``el``."""
    for attr in list(el.attrib):
        if _ns(attr) not in _KEPT_NS and _ns(attr) != "":
            del el.attrib[attr]
    for child in list(el):
        if not isinstance(child.tag, str) or _ns(child.tag) not in _KEPT_NS:
            el.remove(child)
        else:
            _strip(child)
