"""A recovered Word document gets its original package back, so that saving it still patches
the file instead of rebuilding it.

A recovery file (app.storage.serialize) cannot hold the package itself: it holds where each
paragraph, table and comment came from in the file (the position of its w:p / w:tbl, its w:id)
and a digest of document.xml. On restore the original file is read again; if its document part
is still the one the session had opened, the fresh package's records are handed to the restored
paragraphs (whose ids are new) and the document saves exactly as it would have before the crash.
If the file is gone or was changed in the meantime, the document has no source: Save then writes
it as a new Word file from the text under a name the user confirms (it is marked like a
converted document, so Save asks instead of writing over the file): nothing typed is lost; the
file's extras are, and the notice says so.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

from lxml import etree

from app.docx.package import DocxSource, ParaOverride, ParaRecord
from app.errors import ReadError
from app.model import CellRef, Document, Position

NOTICE_LOST = ("原 Word 文件已不在或已被改动：恢复的文字只能另存为新的 Word 文件，"
               "原文件中的表格、图片、页眉等不会带入")


def _digest(source: DocxSource) -> str:
    return hashlib.sha256(source.data[source.names[source.main.lower()]]).hexdigest()


def source_state(source: DocxSource) -> dict[str, Any]:
    """What a recovery file keeps of a DocxSource (JSON-ready)."""
    return {
        "kind": "docx",
        "path": source.path,
        "document_sha256": _digest(source),
        "paragraphs": [[pid, rec.index] for pid, rec in source.paragraphs.items()],
        "tables": [[tid, rec.index] for tid, rec in source.tables.items()],
        "comments": [[cid, rec.wid] for cid, rec in source.comments.items()],
        # paragraphs whose XML a revision operation replaced (accepted, rejected, recorded
        # changes): that XML and the text it holds
        "overrides": [[pid, etree.tostring(o.element, encoding="unicode"), o.record.text,
                       [list(s) for s in o.record.spans]]
                      for pid, o in source.overrides.items()],
        "table_decisions": [list(d) for d in source.table_decisions],
    }


def rebind_source(state: dict[str, Any], doc: Document, pmap: dict[int, int],
                  tmap: dict[int, int], cmap: dict[int, int]) -> DocxSource | None:
    """The original package for the restored ``doc`` (``pmap``/``tmap``/``cmap``: the ids in the
    recovery file → the restored ids), or None (with a notice) when the file cannot serve."""
    from app.docx.read import read_docx

    path = state.get("path")
    try:
        fresh = read_docx(str(path)) if isinstance(path, str) else None
    except ReadError:
        fresh = None
    source = fresh.source if fresh is not None else None
    if not isinstance(source, DocxSource) or _digest(source) != state.get("document_sha256"):
        doc.properties["notice"] = NOTICE_LOST
        if isinstance(path, str):
            doc.properties["converted_from"] = path  # Save asks for a name, never overwrites
        return None
    para_at = {rec.index: pid for pid, rec in source.paragraphs.items()}
    table_at = {rec.index: tid for tid, rec in source.tables.items()}
    comment_of = {rec.wid: cid for cid, rec in source.comments.items()}
    p_new = _pairs(state.get("paragraphs"), pmap, para_at)  # fresh id → restored id
    t_new = _pairs(state.get("tables"), tmap, table_at)
    c_new = _pairs(state.get("comments"), cmap, comment_of)

    def cell(ref: CellRef | None) -> CellRef | None:
        if ref is None or ref.table_id not in t_new:
            return ref
        return CellRef(t_new[ref.table_id], ref.row, ref.col)

    def position(pos: object) -> object:
        if isinstance(pos, Position) and pos.paragraph_id in p_new:
            return Position(p_new[pos.paragraph_id], pos.offset)
        return pos

    paragraphs = {p_new[pid]: replace(rec, cell=cell(rec.cell))
                  for pid, rec in source.paragraphs.items() if pid in p_new}  # fmt: skip
    tables = {t_new[tid]: rec for tid, rec in source.tables.items() if tid in t_new}
    comments = {}
    for cid, crec in source.comments.items():
        if cid in c_new:
            text, author, initials, date, resolved, parent, start, end = crec.snapshot
            parent = c_new.get(parent, parent) if isinstance(parent, int) else parent
            snapshot = (text, author, initials, date, resolved, parent, position(start),
                        position(end))  # fmt: skip
            comments[c_new[cid]] = replace(crec, snapshot=snapshot)
    objects = {}
    for p in doc.paragraphs:  # the restored objects are new objects: point them at their XML
        prec = paragraphs.get(p.id)
        if prec is None:
            continue
        for k, obj in enumerate(p.objects):
            if k < len(prec.objects) and obj == prec.objects[k]:
                found = source.objects.get(id(prec.objects[k]))
                if found is not None:
                    objects[id(obj)] = (obj, found[1], found[2])
    overrides = _overrides(state.get("overrides"), pmap, paragraphs, doc)
    decisions = [(str(d[0]), None if d[1] is None else str(d[1]))
                 for d in state.get("table_decisions") or [] if isinstance(d, list) and len(d) == 2]
    return replace(source, paragraphs=paragraphs, tables=tables, comments=comments,
                   objects=objects, overrides=overrides, table_decisions=decisions,
                   _ps=None)  # fmt: skip


def _overrides(kept: object, pmap: dict[int, int], paragraphs: dict[int, ParaRecord],
               doc: Document) -> dict[int, ParaOverride]:  # fmt: skip
    """The replaced paragraph XML the session had (``pmap``: session id → restored id)."""
    restored = {p.id: p for p in doc.paragraphs}
    out: dict[int, ParaOverride] = {}
    for item in kept if isinstance(kept, list) else []:
        if not (isinstance(item, list) and len(item) == 4):
            continue
        old, xml, text, spans = item
        new = pmap.get(old) if isinstance(old, int) else None
        if new is None or not isinstance(xml, str):
            continue
        rec, p = paragraphs.get(new), restored.get(new)
        if rec is None or p is None:
            continue
        try:
            element = etree.fromstring(xml, etree.XMLParser(resolve_entities=False,
                                                            no_network=True))
        except etree.XMLSyntaxError:
            continue
        objects = tuple(p.objects) if p.text == text else rec.objects
        record = replace(rec, text=str(text), objects=objects,
                         spans=tuple(tuple(s) for s in spans if isinstance(s, list)))
        out[new] = ParaOverride(element, record)
    return out


def _pairs(kept: object, renewed: dict[int, int], fresh_at: dict[Any, int]) -> dict[int, int]:
    """fresh id → restored id, for the items the recovery file says came from a place."""
    out: dict[int, int] = {}
    for item in kept if isinstance(kept, list) else []:
        if not (isinstance(item, list) and len(item) == 2):
            continue
        old, where = item
        fresh = fresh_at.get(where)
        if fresh is not None and old in renewed:
            out[fresh] = renewed[old]
    return out
