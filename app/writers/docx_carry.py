"""Objects the Word export carries over from the opened .docx with every part they need: a text
box in a line of text (wps:wsp with wps:txbx, or v:textbox), a chart (c:chart → the chart part,
its embedded workbook, style and colours), a SmartArt (dgm:relIds → data, layout, quick style,
colours, and the drawing the data part names in its dsp:dataModelExt), an OLE object (w:object →
o:OLEObject's embedding and the v:imagedata preview).

The export used to leave these out without a word: "图表如下：" came out with no chart. Here the
object's XML is copied from the document it was read from (found like an equation, through
``DocxSource.objects``); each relationship id it uses is followed to its part, which is copied
with its own relationships, recursively, under a name no part of the export has (the original
name when it is free), and registered with the original's content type. Relationship ids of the
document part are new ("rIdObj1" …), so they cannot collide with the export's own.

What the copy must not take along: style references the export's styles.xml does not define,
numbering (the export has no numbering part), comment marks and note references (their parts are
the export's own), w14 paragraph ids (unique per document), and drawing ids (wp:docPr/@id,
unique per document: renumbered). Revision and bookmark ids are moved out of the export's range.

An object that cannot be carried (its source is no .docx, a part is missing, it links to a file
outside the package, the file is in ISO 29500 Strict) is left out and said so in one Chinese
line (``notices``): the export never drops content silently.
"""

from __future__ import annotations

import copy
import posixpath
import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.etree import _Element

from app.docx.package import DocxSource
from app.docx.source_atoms import SourceAtoms
from app.model import Document, InlineObject
from app.render_plan import is_rule
from app.writers import docx_styles as S
from app.writers.docx_fit import CellFit, fit_in_cell, fit_width

CARRIED_KINDS = {"textbox": "文本框", "chart": "图表", "smartart": "SmartArt 图形",
                 "ole": "嵌入对象", "shape": "图形", "image": "图片"}  # fmt: skip
# what a drawing without text is, by the element that draws it (the notice names it)
_SHAPE_NAMES = (("wordprocessingCanvas", "绘图画布"), ("wordprocessingGroup", "组合图形"),
                ("}group", "组合图形"))  # fmt: skip
_W = f"{{{S.W_NS}}}"
_R = f"{{{S.R_NS}}}"
_O_RELID = "{urn:schemas-microsoft-com:office:office}relid"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_DSP_EXT = "{http://schemas.microsoft.com/office/drawing/2008/diagram}dataModelExt"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DROPPED = {_W + t for t in ("numPr", "commentRangeStart", "commentRangeEnd", "commentReference",
                             "footnoteReference", "endnoteReference", "annotationRef")}  # fmt: skip
_STYLE_REFS = {_W + t for t in ("pStyle", "rStyle", "tblStyle")}
_ID_MOVED = {_W + t for t in ("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange",
                              "bookmarkStart", "bookmarkEnd", "moveFromRangeStart",
                              "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
                              "cellIns", "cellDel", "tblPrChange", "trPrChange", "tcPrChange",
                              "sectPrChange", "numberingChange", "customXmlInsRangeStart",
                              "customXmlInsRangeEnd", "customXmlDelRangeStart",
                              "customXmlDelRangeEnd", "permStart", "permEnd")}  # fmt: skip
# the namespaces of the export's document root when it holds carried objects, as Word writes them
ROOT_NAMESPACES = {
    "wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "o": "urn:schemas-microsoft-com:office:office",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "v": "urn:schemas-microsoft-com:vml",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
}
IGNORABLE = "w14 wp14"
ID_OFFSET = 1_000_000  # revision/bookmark ids of carried content: above the export's own
FIRST_DRAWING_ID = 10_000  # wp:docPr ids of carried drawings: above the export's pictures'
# relationships an object may keep pointing outside the package: a hyperlink; a linked picture
# (a:blip r:link, v:imagedata's r:id to an external target), kept as Word keeps it: the export
# copies the link, never the file, and nothing here fetches it; inside a chart's part, the link
# to its data, read only when the user asks Word to update it. A linked OLE object shows
# another file's content as its own: refused.
_EXTERNAL_OK = ("/hyperlink", "/image")
_EXTERNAL_DATA = ("/oleObject", "/package")
# names the export gives its own parts (docx_package, docx_headfoot, docx_images, docx_notes) and
# what it may give them later: a carried part named like one is renamed
_RESERVED = re.compile(
    r"^(word/(document|styles|settings|fontTable|footnotes|endnotes|comments\w*|numbering|theme"
    r"|webSettings|people)\.xml|word/(header|footer)\d*\.xml|word/media/(image|headfoot)\d+\..*"
    r"|word/_rels/.*|docProps/.*|customXml/.*|_rels/.*|[^/]*)$", re.IGNORECASE)


class CannotCarry(Exception):
    """Why an object cannot be carried over (Chinese, for the notice)."""


@dataclass
class _Stage:
    """What one object adds to the package, kept apart until the whole object is carried."""

    parts: list[tuple[str, bytes]] = field(default_factory=list)
    overrides: list[tuple[str, str]] = field(default_factory=list)
    rels: list[tuple[str, str, str, str]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # source part → new name
    rids: dict[str, str] = field(default_factory=dict)  # source document rId → new rId


class Carrier:
    """Copies objects of ``doc``'s .docx into the export (see the module docstring)."""

    def __init__(self, doc: Document, shift: int, notices: list[str] | None) -> None:
        self.source = doc.source if isinstance(doc.source, DocxSource) else None
        self.shift = shift  # the export's heading shift: which styles its styles.xml defines
        self._style_ids: set[str] | None = None
        self.notices = notices if notices is not None else []
        self.parts: list[tuple[str, bytes]] = []
        self.overrides: list[tuple[str, str]] = []
        self.rels: list[tuple[str, str, str, str]] = []  # rId, type, target, mode
        self.count = 0
        self._names: dict[str, str] = {}
        self._rids: dict[str, str] = {}
        self._taken: set[str] = set()
        self._next_drawing = FIRST_DRAWING_ID
        self._atoms = SourceAtoms(self.source)
        self._doc_rels: dict[str, tuple[str, str, str]] | None = None
        self._types: tuple[dict[str, str], dict[str, str]] | None = None

    # --- finding the object ---------------------------------------------------------------------
    def element(self, obj: InlineObject | None) -> _Element | None:
        """The element ``obj`` was read from (None: not from this .docx)."""
        atom = self._atoms.atom(obj)
        return atom.el if atom is not None and atom.kind == "object" else None

    def tall(self, obj: InlineObject) -> bool:
        """Whether ``obj`` is carried and sits in the line (wp:inline, an OLE object): its
        paragraph needs automatic line height, as a picture's does."""
        if carried_kind(obj) is None:
            return False
        el = self.element(obj)
        if el is None:
            return False
        return el.tag == _W + "object" or el.find(f".//{_WP}inline") is not None

    # --- carrying -------------------------------------------------------------------------------
    def carry(self, run: _Element, obj: InlineObject | None, where: str,
              ruled: bool = False, fit: CellFit | None = None, kind: str | None = None) -> bool:
        """Put a copy of ``obj``'s XML in ``run``, its parts in the package; False (and a notice
        naming ``where``, e.g. "第 3 段") when it is not one of the carried kinds or cannot be
        carried. ``ruled``: the paragraph draws a rule of its own (a red head's separator, a
        版记's rules); a line shape there is that rule, drawn already: False, no notice.
        ``fit``: the table cell the paragraph sits in (:mod:`app.writers.docx_fit`); ``kind``:
        carry ``obj`` as this kind (a picture the export cannot write itself)."""
        kind = kind or carried_kind(obj)
        if obj is None or kind is None:
            return False
        if kind == "shape" and ruled and is_rule(obj):
            return False
        what = CARRIED_KINDS[kind]
        el = self.element(obj)
        if kind == "shape" and el is not None:
            what = _shape_name(el)
        try:
            if el is None:
                raise CannotCarry("原文件中找不到它")
            if self.source is not None and self.source.strict:
                raise CannotCarry("原文件是 Strict 格式")
            stage = _Stage()
            made = copy.deepcopy(el)
            self._relink(made, stage)
        except CannotCarry as why:
            self.notices.append(f"导出时未能带入{where}的{what}（{why}），请对照原文件补上。")
            return False
        self._clean(made)
        fit_width(made)
        if fit is not None:
            fit_in_cell(made, fit)
        run.append(made)
        self._commit(stage)
        self.count += 1
        return True

    def relate(self, rid: str) -> str:
        """The export's relationship id for the source document's ``rid``, its part (and what
        that relates to) carried; raises :class:`CannotCarry`."""
        if self.source is None:
            raise CannotCarry("原文件中找不到它")
        stage = _Stage()
        new = self._doc_rid(rid, stage)
        self._commit(stage)
        return new

    def _commit(self, stage: _Stage) -> None:
        self.parts += stage.parts
        self.overrides += stage.overrides
        self.rels += stage.rels
        self._names.update(stage.names)
        self._rids.update(stage.rids)

    def _relink(self, el: _Element, stage: _Stage) -> None:
        for node in el.iter():
            for attr, value in node.attrib.items():
                if attr.startswith(_R) or attr == _O_RELID:
                    node.set(attr, self._doc_rid(value, stage))

    def _doc_rid(self, rid: str, stage: _Stage) -> str:
        """The export's relationship id for the source document's ``rid`` (its part carried)."""
        done = self._rids.get(rid) or stage.rids.get(rid)
        if done is not None:
            return done
        rel = self._document_rels().get(rid)
        if rel is None:
            raise CannotCarry("它引用的部件不存在")
        rtype, target, mode = rel
        new = f"rIdObj{len(self._rids) + len(stage.rids) + 1}"
        stage.rids[rid] = new
        if mode == "External":
            if not rtype.endswith(_EXTERNAL_OK):  # a linked OLE object, a linked picture
                raise CannotCarry("它链接到文件之外的内容")
            stage.rels.append((new, rtype, target, "External"))
            return new
        name = self._part(target, stage)
        stage.rels.append((new, rtype, posixpath.relpath(name, "word"), ""))
        return new

    def _part(self, src: str, stage: _Stage) -> str:
        """Copy the source part ``src`` (and what it relates to); its name in the export."""
        done = self._names.get(src) or stage.names.get(src)
        if done is not None:
            return done
        assert self.source is not None
        data = self.source.part(src)
        ctype = self._content_type(src)
        if data is None or ctype is None:
            raise CannotCarry("它引用的部件不存在")
        name = self._fresh_name(src, stage)
        stage.names[src] = name
        folder, base = posixpath.split(src)
        new_folder = posixpath.dirname(name)
        rels_src = posixpath.join(folder, "_rels", base + ".rels")
        rels = self.source.part(rels_src)
        if rels is not None:
            out_rels = []
            for rel in etree.fromstring(rels):
                rtype, target = rel.get("Type") or "", rel.get("Target") or ""
                if rel.get("TargetMode") == "External":
                    if not rtype.endswith(_EXTERNAL_OK + _EXTERNAL_DATA):
                        raise CannotCarry("它链接到文件之外的内容")
                    out_rels.append((rel.get("Id") or "", rtype, target, "External"))
                    continue
                path = target.split("#", 1)[0]
                path = (posixpath.normpath(path.lstrip("/")) if path.startswith("/")
                        else posixpath.normpath(posixpath.join(folder, path)))  # fmt: skip
                carried = self._part(path, stage)
                out_rels.append((rel.get("Id") or "", rtype,
                                 posixpath.relpath(carried, new_folder), ""))  # fmt: skip
            stage.parts.append((posixpath.join(new_folder, "_rels", posixpath.basename(name)
                                               + ".rels"), rels_xml(out_rels)))  # fmt: skip
        if b"dataModelExt" in data:  # a SmartArt's data names its drawing by a document rId
            data = self._diagram_data(data, stage)
        stage.parts.append((name, data))
        stage.overrides.append(("/" + name, ctype))
        return name

    def _diagram_data(self, data: bytes, stage: _Stage) -> bytes:
        root = etree.fromstring(data)
        for ext in root.iter(_DSP_EXT):
            rid = ext.get("relId")
            if rid:
                ext.set("relId", self._doc_rid(rid, stage))
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                    standalone=True))  # fmt: skip

    def _fresh_name(self, src: str, stage: _Stage) -> str:
        """``src`` itself when the export has no such part, else a numbered name beside it."""
        taken = self._taken | set(stage.names.values())
        if not _RESERVED.match(src) and src not in taken:
            self._taken.add(src)
            return src
        folder, base = posixpath.split(src)
        if folder != "word" and not folder.startswith("word/"):
            folder = "word/embeddings"  # (a part outside word/: docProps, the package root)
        stem, ext = posixpath.splitext(base)
        n = 1
        while True:
            name = posixpath.join(folder, f"obj{n}_{stem}{ext}")
            if name not in taken:
                self._taken.add(name)
                return name
            n += 1

    def _document_rels(self) -> dict[str, tuple[str, str, str]]:
        if self._doc_rels is None:
            assert self.source is not None
            main = self.source.main
            folder, base = posixpath.split(main)
            raw = self.source.part(posixpath.join(folder, "_rels", base + ".rels"))
            out: dict[str, tuple[str, str, str]] = {}
            for rel in etree.fromstring(raw) if raw else ():
                mode = rel.get("TargetMode") or "Internal"
                target = rel.get("Target") or ""
                if mode != "External":
                    target = target.split("#", 1)[0]
                    target = (posixpath.normpath(target.lstrip("/")) if target.startswith("/")
                              else posixpath.normpath(posixpath.join(folder, target)))
                out[rel.get("Id") or ""] = (rel.get("Type") or "", target, mode)
            self._doc_rels = out
        return self._doc_rels

    def _content_type(self, name: str) -> str | None:
        if self._types is None:
            assert self.source is not None
            raw = self.source.part("[Content_Types].xml")
            overrides: dict[str, str] = {}
            defaults: dict[str, str] = {}
            for item in etree.fromstring(raw) if raw else ():
                if item.tag == _CT_NS + "Override":
                    overrides[(item.get("PartName") or "").lstrip("/").lower()] = (
                        item.get("ContentType") or "")
                elif item.tag == _CT_NS + "Default":
                    defaults[(item.get("Extension") or "").lower()] = item.get("ContentType") or ""
            self._types = (overrides, defaults)
        overrides, defaults = self._types
        ext = posixpath.splitext(name)[1].lstrip(".").lower()
        return overrides.get(name.lower()) or defaults.get(ext) or None

    # --- cleaning the copy ----------------------------------------------------------------------
    def _styles(self) -> set[str]:
        if self._style_ids is None:
            self._style_ids = export_style_ids(self.shift)
        return self._style_ids

    def _clean(self, el: _Element) -> None:
        for node in list(el.iter()):
            tag = node.tag
            if tag in _DROPPED:
                parent = node.getparent()
                if parent is not None:
                    parent.remove(node)
                continue
            if tag in _STYLE_REFS and node.get(_W + "val") not in self._styles():
                parent = node.getparent()
                if parent is not None:
                    parent.remove(node)
                continue
            if tag in _ID_MOVED and (node.get(_W + "id") or "").isdigit():
                node.set(_W + "id", str(int(node.get(_W + "id") or 0) + ID_OFFSET))
            elif tag == _WP + "docPr":
                node.set("id", str(self._next_drawing))
                self._next_drawing += 1
            for attr in (_W14 + "paraId", _W14 + "textId"):
                if attr in node.attrib:
                    del node.attrib[attr]


def carried_kind(obj: InlineObject | None) -> str | None:
    """The kind ``obj`` is carried as (a key of CARRIED_KINDS), None when the export does not
    carry it (it writes a picture with its bytes itself). A line WPS writes as a VML v:line with
    an empty v:imagedata is read as a picture with no bytes and a stroke: it is a shape."""
    if obj is None:
        return None
    if obj.kind == "image":
        if obj.image:
            return None
        # a WPS v:line; else a linked picture (r:link), or WPS's empty dot (v:imagedata
        # without a target): the file's XML is all there is of it
        return "shape" if obj.stroke is not None else "image"
    return obj.kind if obj.kind in CARRIED_KINDS else None


def _shape_name(el: _Element) -> str:
    """组合图形, 绘图画布 or 图形, by what ``el`` holds."""
    xml = "".join(str(node.tag) + (node.get("uri") or "") for node in el.iter())
    return next((name for key, name in _SHAPE_NAMES if key in xml), "图形")


def export_style_ids(shift: int) -> set[str]:
    """The style ids the export's styles.xml defines (a carried copy may refer to these)."""
    root = etree.fromstring(S.styles_xml(shift))
    return {sid for style in root.iter(_W + "style") if (sid := style.get(_W + "styleId"))}


def rels_xml(rels: list[tuple[str, str, str, str]]) -> bytes:
    """A relationships part: [(rId, type, target, "External" or "")]."""
    root = etree.Element(f"{{{_PKG_REL_NS}}}Relationships", nsmap={None: _PKG_REL_NS})
    for rid, rtype, target, mode in rels:
        rel = etree.SubElement(root, f"{{{_PKG_REL_NS}}}Relationship",
                               {"Id": rid, "Type": rtype, "Target": target})  # fmt: skip
        if mode:
            rel.set("TargetMode", mode)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))
