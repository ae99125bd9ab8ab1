"""Pictures in the Word export: an inline image of the model (InlineObject kind "image" with its
bytes) becomes a w:drawing in its run, its bytes a word/media part.

Formats Word shows are written (PNG, JPEG, GIF, BMP, and the Windows metafiles EMF and WMF that
Word and WPS files carry, en09, told by their first bytes); a picture in any other format, or
without bytes (linked to a file outside the package, WPS's empty dot), is carried over as the
file has it (:mod:`app.writers.docx_carry`), or named in a notice when it cannot be. The size
is the one the reader found on the page, else the picture's own pixels at 96 dpi (a metafile
without a size on the page is carried as the file has it), scaled down to the 156 mm text
width when wider. A paragraph holding a picture gets automatic line height: the body's exact
28.95 pt would cut the picture to one line.
"""

from __future__ import annotations

import copy
import struct
from dataclasses import dataclass, field

from lxml import etree
from lxml.etree import _Element

from app.model import InlineObject
from app.writers import docx_styles as S
from app.writers.docx_carry import Carrier, carried_kind
from app.writers.docx_equations import Equations
from app.writers.docx_fit import CellFit
from app.writers.docx_notes import Notes

_W = f"{{{S.W_NS}}}"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
RT_IMAGE = S.RT + "image"
EMU_PER_PT = 12700
MAX_WIDTH_PT = (S.PAGE_W - S.MARGIN_LEFT - S.MARGIN_RIGHT) / 20  # the text width, 442 pt
CONTENT_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "bmp": "image/bmp",
                 "emf": "image/x-emf", "wmf": "image/x-wmf"}


def image_format(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data.startswith(b"BM"):
        return "bmp"
    if data.startswith(b"\x01\x00\x00\x00") and data[40:44] == b" EMF":
        return "emf"  # EMR_HEADER and its signature
    if data.startswith((b"\xd7\xcd\xc6\x9a", b"\x01\x00\x09\x00", b"\x02\x00\x09\x00")):
        return "wmf"  # placeable header, or a memory/disk metafile's header
    return None


def pixel_size(data: bytes, fmt: str) -> tuple[int, int] | None:
    """Width and height in pixels from the picture's header (None if it cannot be read)."""
    try:
        if fmt == "png":
            w, h = struct.unpack(">II", data[16:24])
            return w, h
        if fmt == "gif":
            w, h = struct.unpack("<HH", data[6:10])
            return w, h
        if fmt == "bmp":
            w, h = struct.unpack("<ii", data[18:26])
            return w, abs(h)
        if fmt in ("emf", "wmf"):
            return None  # a metafile's frame is in its own units: the page's size only
        k = 2  # JPEG: walk the segments to the first start-of-frame
        while k + 9 < len(data):
            if data[k] != 0xFF:
                return None
            marker, length = data[k + 1], struct.unpack(">H", data[k + 2 : k + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                h, w = struct.unpack(">HH", data[k + 5 : k + 9])
                return w, h
            k += 2 + length
    except struct.error:
        return None
    return None


@dataclass
class Media:
    """The pictures written so far: their parts, relationships and content types; and the
    notes (:class:`app.writers.docx_notes.Notes`), the other objects written in runs of their
    own."""

    parts: list[tuple[str, bytes]] = field(default_factory=list)
    rels: list[tuple[str, str, str]] = field(default_factory=list)
    formats: set[str] = field(default_factory=set)
    notes: Notes = field(default_factory=Notes)
    equations: Equations | None = None  # a .docx's equations, copied as the file has them
    carrier: Carrier | None = None  # a .docx's charts, SmartArt, OLE objects, text boxes
    where: str = ""  # the paragraph being written ("第 3 段"), for the carrier's notices
    ruled: bool = False  # the paragraph being written draws a rule (its line shape is that rule)
    cell_fit: CellFit | None = None  # the table cell it sits in (floating shapes: docx_fit)

    def drawing(self, run: _Element, obj: InlineObject | None) -> bool:
        """Put ``obj``'s picture, or a note's reference mark, in ``run``; False (nothing
        written) if it cannot be."""
        if self.notes.reference(run, obj):
            return True
        if self.equations is not None and (math := self.equations.element(obj)) is not None:
            parent = run.getparent()  # Office Math sits in the paragraph, not in a run
            if parent is not None:
                parent.replace(run, copy.deepcopy(math))
                return True
        if self.carrier is not None and carried_kind(obj) is not None:
            return self.carrier.carry(run, obj, self.where, self.ruled, self.cell_fit)
        if obj is None or obj.kind != "image" or not obj.image:
            return False
        fmt = image_format(obj.image)
        size = _size_pt(obj, fmt) if fmt is not None else None
        if fmt is None or size is None:  # (a format or size of its own: the file's XML)
            return self.carrier is not None and self.carrier.carry(
                run, obj, self.where, self.ruled, self.cell_fit, kind="image")
        n = len(self.parts) + 1
        name, rid = f"image{n}.{fmt}", f"rIdImage{n}"
        self.parts.append((f"word/media/{name}", obj.image))
        self.rels.append((rid, RT_IMAGE, f"media/{name}"))
        self.formats.add(fmt)
        run.append(etree.fromstring(_drawing_xml(n, name, rid, *size)))
        return True

    def content_type_defaults(self) -> list[tuple[str, str]]:
        return [(fmt, CONTENT_TYPES[fmt]) for fmt in sorted(self.formats)]


def _size_pt(obj: InlineObject, fmt: str) -> tuple[float, float] | None:
    if obj.width_pt and obj.height_pt and obj.width_pt > 0 and obj.height_pt > 0:
        w, h = obj.width_pt, obj.height_pt
    else:
        pixels = pixel_size(obj.image or b"", fmt)
        if pixels is None or pixels[0] <= 0 or pixels[1] <= 0:
            return None
        w, h = pixels[0] * 0.75, pixels[1] * 0.75  # 96 dpi
    if w > MAX_WIDTH_PT:
        w, h = MAX_WIDTH_PT, h * MAX_WIDTH_PT / w
    return w, h


def _drawing_xml(n: int, name: str, rid: str, w_pt: float, h_pt: float) -> str:
    cx, cy = round(w_pt * EMU_PER_PT), round(h_pt * EMU_PER_PT)
    return (
        f'<w:drawing xmlns:w="{S.W_NS}" xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" '
        f'xmlns:pic="{PIC_NS}" xmlns:r="{S.R_NS}">'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name="图片 {n}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="{PIC_NS}"><pic:pic>'
        f'<pic:nvPicPr><pic:cNvPr id="{n}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
    )
