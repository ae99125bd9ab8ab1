"""The opened .docx as Save needs it: every zip entry's bytes in order, and what the reader
mapped to the model (paragraph id → its w:p, table id → its w:tbl and cells, comment id → its
w:comment), with a snapshot of what the reader handed out so Save can tell what was edited.

:class:`DocxSource` lives in ``Document.source``. It is never changed by a save: each Save patches
a fresh copy of the opened package, so saving twice gives the same file as saving once.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from typing import BinaryIO

from lxml import etree

from app.model import CellRef, InlineObject, Role
from app.readers.docx_numbering import Numbering
from app.readers.docx_safety import Package

PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W_P = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
_STRICT = [
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main",
     b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
]  # fmt: skip


@dataclass
class ParaRecord:
    """One model paragraph as the reader handed it out."""

    index: int  # position of its w:p in document.xml's iter(w:p)
    text: str
    spans: tuple[tuple[int, int, bool, bool, bool], ...]
    role: Role | None
    role_fixed: bool
    auto_number_len: int
    objects: tuple[InlineObject, ...]
    cell: CellRef | None
    heading_level: int | None  # outline heading level (1–4) the file gave it
    num: tuple[str, int] | None = None  # (numId, ilvl) the reader counted it with, if any


@dataclass
class ParaOverride:
    """A paragraph whose XML a revision operation (accept, reject, a recorded edit) replaced:
    Save puts ``element`` where the paragraph's w:p was, and compares the model with ``record``
    (what the model held right after the operation) to find later edits."""

    element: etree._Element
    record: ParaRecord
    shared: bool = False  # an undo record holds it: the next operation works on a copy


@dataclass
class TableRecord:
    index: int  # position of its w:tbl in iter(w:tbl)
    cells: dict[tuple[int, int], int]  # (row, col) → position of its w:tc in iter(w:tc)


@dataclass
class CommentRecord:
    wid: str  # w:id in comments.xml
    snapshot: tuple[object, ...]
    para_ids: list[str]  # w14:paraId of its paragraphs (links to commentsExtended/Ids)


def comment_snapshot(c: object) -> tuple[object, ...]:
    from app.model import Comment

    assert isinstance(c, Comment)
    return (c.text, c.author, c.initials, c.date, c.resolved, c.parent_id, c.start, c.end)


@dataclass
class DocxSource:
    """What the .docx reader kept for a lossless save (``Document.source``)."""

    path: str
    infos: list[zipfile.ZipInfo]
    data: dict[str, bytes]  # zip name → bytes as opened
    names: dict[str, str]  # lower-case part name → zip name
    main: str
    strict: bool
    document: etree._Element  # parsed main part, as opened (never modified)
    paragraphs: dict[int, ParaRecord] = field(default_factory=dict)
    tables: dict[int, TableRecord] = field(default_factory=dict)
    comments: dict[int, CommentRecord] = field(default_factory=dict)
    # id(InlineObject) → (object, w:p index, atom index): where an object came from, so that an
    # object the editor moves to another paragraph keeps its XML.
    objects: dict[int, tuple[InlineObject, int, int]] = field(default_factory=dict)
    heading_styles: dict[int, str] = field(default_factory=dict)  # level → style id in use
    heading_shift: int = 0  # 1 when outline level 0 holds chapters (第X章)
    custom_xml: dict[str, bytes] = field(default_factory=dict)  # namespace → new item bytes
    # Revision operations (app.revisions): paragraph id → its replaced XML; whether the file
    # records revisions (settings.xml w:trackRevisions) as opened; the decisions on revisions
    # outside paragraphs (table rows, properties), applied on Save: ("accept"|"reject", author).
    overrides: dict[int, ParaOverride] = field(default_factory=dict)
    track_revisions: bool = False
    table_decisions: list[tuple[str, str | None]] = field(default_factory=list)
    revision_context: object | None = field(default=None, repr=False)
    # Word auto-numbering: the definitions the reader counted with (a fresh copy re-counts the
    # model, app.docx.renumber_view), and paragraph id → the prefix the window shows since it
    # re-counted it (absent: as read). Save compares a paragraph's text with that prefix.
    numbering: Numbering | None = field(default=None, repr=False)
    rendered: dict[int, str] = field(default_factory=dict)
    _ps: list[etree._Element] | None = field(default=None, repr=False)

    @classmethod
    def from_package(cls, pkg: Package, document: etree._Element) -> DocxSource:
        data = pkg.data
        strict = any(old in data.get(pkg.names.get(pkg.main.lower(), ""), b"")
                     for old, _ in _STRICT)  # fmt: skip
        return cls(pkg.path, list(pkg.infos), dict(data), dict(pkg.names), pkg.main, strict,
                   document)  # fmt: skip

    def element(self, paragraph_id: int) -> etree._Element | None:
        """The w:p a model paragraph came from, as opened (read it, never change it: every save
        starts from these)."""
        rec = self.paragraphs.get(paragraph_id)
        if rec is None:
            return None
        if self._ps is None:
            self._ps = list(self.document.iter(_W_P))
        return self._ps[rec.index]

    def part(self, name: str) -> bytes | None:
        zname = self.names.get(name.lower())
        return None if zname is None else self.data[zname]

    def set_custom_xml(self, xml: bytes) -> None:
        """Store ``xml`` (a whole XML document) as a custom XML part on the next Save, replacing
        the part whose root element has the same namespace (Word finds custom XML data by its
        namespace). The part is written as Word does: customXml/itemN.xml + itemPropsN.xml,
        related from the document part."""
        root = etree.fromstring(xml)
        self.custom_xml[etree.QName(root).namespace or ""] = xml

    def custom_xml_part(self, namespace: str) -> bytes | None:
        """The custom XML part whose root element is in ``namespace`` (pending or as opened)."""
        if namespace in self.custom_xml:
            return self.custom_xml[namespace]
        for name in custom_items(self.data):
            if root_namespace(self.data[name]) == namespace:
                return self.data[name]
        return None


def custom_items(data: dict[str, bytes]) -> list[str]:
    """customXml/itemN.xml entries (not their props)."""
    return sorted(
        n for n in data
        if n.lower().startswith("customxml/item")
        and not n.lower().startswith("customxml/itemprops")
        and n.lower().endswith(".xml")
    )  # fmt: skip


def root_namespace(data: bytes) -> str | None:
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        return etree.QName(etree.fromstring(data, parser)).namespace or ""
    except etree.XMLSyntaxError:
        return None


def rels_name(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def relative(source_part: str, target: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(source_part) or ".")


def to_strict(data: bytes) -> bytes:
    for old, new in _STRICT:
        data = data.replace(new, old)
    return data


def serialize(root: etree._Element, strict: bool = False) -> bytes:
    out = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return to_strict(out) if strict else out


def write_zip(path: str | BinaryIO, infos: list[zipfile.ZipInfo], data: dict[str, bytes]) -> None:
    """Write the entries of ``infos`` (in that order, then any new ones) with ``data``'s bytes,
    each with the name, date and compression it had."""
    seen = set()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in infos:
            if info.is_dir() or info.filename not in data:
                continue
            seen.add(info.filename)
            new = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            new.compress_type = info.compress_type
            new.external_attr = info.external_attr
            new.create_system = info.create_system
            zf.writestr(new, data[info.filename])
        for name, blob in data.items():
            if name not in seen:
                zf.writestr(name, blob, zipfile.ZIP_DEFLATED)
