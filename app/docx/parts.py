"""The package being saved: parts by name, relationships and content types, and adding a part
(with its content type and relationship) only when it is missing."""

from __future__ import annotations

import posixpath

from lxml import etree

from app.docx.package import CT_NS, PKG_RELS, DocxSource, relative, rels_name, serialize

_SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


class PartSet:
    def __init__(self, source: DocxSource) -> None:
        self.source = source
        self.data = dict(source.data)  # zip name → bytes
        self._names = dict(source.names)  # lower-case part name → zip name

    def get(self, part: str | None) -> bytes | None:
        if part is None:
            return None
        zname = self._names.get(part.lower().lstrip("/"))
        return None if zname is None else self.data.get(zname)

    def put(self, part: str, blob: bytes) -> None:
        key = part.lower().lstrip("/")
        zname = self._names.setdefault(key, part.lstrip("/"))
        self.data[zname] = blob

    def rels(self, source: str) -> list[tuple[str, str, str, str]]:
        """(id, type, target part, mode) of ``source``'s relationships."""
        blob = self.get(rels_name(source))
        if blob is None:
            return []
        folder = posixpath.dirname(source)
        out = []
        for rel in etree.fromstring(blob, _SAFE):
            mode = rel.get("TargetMode") or "Internal"
            target = rel.get("Target") or ""
            if mode == "Internal":
                target = (posixpath.normpath(target.lstrip("/")) if target.startswith("/")
                          else posixpath.normpath(posixpath.join(folder, target)))  # fmt: skip
            out.append((rel.get("Id") or "", rel.get("Type") or "", target, mode))
        return out

    def related(self, source: str, type_suffix: str) -> str | None:
        for _rid, rtype, target, mode in self.rels(source):
            if mode == "Internal" and rtype.endswith(type_suffix) and self.get(target) is not None:
                return target
        return None

    def add_relationship(self, source: str, rtype: str, target: str) -> str:
        """Add a relationship from ``source`` to part ``target``; returns its new id."""
        name = rels_name(source)
        blob = self.get(name)
        if blob is not None:
            root = etree.fromstring(blob, _SAFE)
        else:
            root = etree.Element(f"{{{PKG_RELS}}}Relationships", nsmap={None: PKG_RELS})
        ids = {rel.get("Id") for rel in root}
        n = len(ids) + 1
        while f"rId{n}" in ids:
            n += 1
        rel = etree.SubElement(root, f"{{{PKG_RELS}}}Relationship")
        rel.set("Id", f"rId{n}")
        rel.set("Type", rtype)
        rel.set("Target", relative(source, target) if source else target)
        self.put(name, serialize(root))
        return f"rId{n}"

    def add_override(self, part: str, content_type: str) -> None:
        """Declare ``part``'s content type (an Override), unless it is declared already."""
        blob = self.get("[Content_Types].xml")
        assert blob is not None
        root = etree.fromstring(blob, _SAFE)
        for el in root.iter(f"{{{CT_NS}}}Override"):
            if (el.get("PartName") or "").lstrip("/").lower() == part.lower():
                return
        el = etree.SubElement(root, f"{{{CT_NS}}}Override")
        el.set("PartName", "/" + part)
        el.set("ContentType", content_type)
        self.put("[Content_Types].xml", serialize(root))

    def has_default(self, extension: str) -> bool:
        blob = self.get("[Content_Types].xml")
        assert blob is not None
        root = etree.fromstring(blob, _SAFE)
        return any((el.get("Extension") or "").lower() == extension
                   for el in root.iter(f"{{{CT_NS}}}Default"))  # fmt: skip
