"""Tracked changes (修订) on a Document read from a .docx: list them, and record the reviewer's
own edits as revisions (accepting and rejecting them: :mod:`app.revisions_resolve`).

How it fits the lossless save: an operation takes the paragraph's XML as it stands (the opened
w:p, or the result of an earlier operation, with the user's later edits patched in), changes it
(:mod:`app.docx.revision_xml`), keeps it as the paragraph's override in ``Document.source`` and
reads the paragraph again from it, so the model's text (the final view), spans, objects and
revisions say exactly what the XML says. Save puts the override where the w:p was; paragraphs
no operation touched stay as they were. Joining two paragraphs (accepting a deleted paragraph
mark, rejecting an inserted one) removes the second from the model; Save removes its w:p.

A paragraph with no Word XML behind it (a .txt document, a paragraph typed in the editor)
keeps its revisions in the model only (:mod:`app.revisions_model`); the Word export writes them.

Every operation returns an :class:`Undo` that puts the document back as it was before it.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from lxml import etree

from app import revisions_fast, revisions_model
from app.docx.atoms import RunFormat, W, paragraph_atoms
from app.docx.body_changes import content_changed, spans_key
from app.docx.body_patch import BodyPatcher
from app.docx.objects import describe
from app.docx.package import DocxSource, ParaOverride, ParaRecord
from app.docx.props import RunFormatter, spans_from
from app.docx.revision_read import read_revisions
from app.docx.revision_xml import (
    max_revision_id,
    record_delete,
    record_insert,
    record_mark_deleted,
    record_props_change,
)
from app.errors import WriteError
from app.model import OBJECT_CHAR, Document, InlineObject, Paragraph, Position, Revision, Role
from app.readers.docx_safety import parse_xml
from app.readers.docx_styles import Styles

KIND_LABELS = {
    "ins": "插入", "del": "删除", "moveTo": "移入", "moveFrom": "移出", "format": "格式",
    "para_ins": "插入段落标记", "para_del": "删除段落标记", "para_props": "段落格式",
}  # fmt: skip


_stamp: tuple[int, str] = (-1, "")


def now_stamp() -> str:
    """The time a recorded revision carries (UTC, as Word writes it; made once a second, not
    at every key)."""
    global _stamp
    second = int(time.time())
    if _stamp[0] != second:
        _stamp = (second, datetime.fromtimestamp(second, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    return _stamp[1]


@dataclass
class _Context:
    styles: Styles
    run_format: RunFormat
    next_id: int
    side: list[object] | None = None  # the revisions of headers, footers, notes (read once)


@dataclass
class Undo:
    """What an operation changed, to put back (the editor's undo stack calls :meth:`restore`)."""

    doc: Document
    paragraphs: list[Paragraph]
    states: dict[int, tuple[str, list[object], list[InlineObject], list[Revision], Role | None]]
    overrides: dict[int, ParaOverride]
    comments: dict[int, tuple[Position | None, Position | None]]
    table_decisions: list[tuple[str, str | None]] = field(default_factory=list)

    def restore(self) -> None:
        self.doc.paragraphs[:] = self.paragraphs
        by_id = {p.id: p for p in self.paragraphs}
        for pid, (text, spans, objects, revisions, role) in self.states.items():
            p = by_id[pid]
            p.text, p.spans, p.objects, p.revisions = text, spans, objects, revisions  # type: ignore[assignment]
            p.role = role
        if isinstance(self.doc.source, DocxSource):
            self.doc.source.overrides = dict(self.overrides)
            self.doc.source.table_decisions = list(self.table_decisions)
        for c in self.doc.comments:
            if c.id in self.comments:
                c.start, c.end = self.comments[c.id]


def _source(doc: Document) -> DocxSource:
    if not isinstance(doc.source, DocxSource):
        raise WriteError("只有从 Word 文件打开的文档才能处理修订")
    return doc.source


def _context(source: DocxSource) -> _Context:
    ctx = source.revision_context
    if isinstance(ctx, _Context):
        return ctx
    name = _styles_part(source)
    styles = Styles(parse_xml(source.data[name], source.path, name) if name else None)
    ctx = _Context(styles, RunFormatter(styles), max_revision_id(source.document))
    source.revision_context = ctx
    return ctx


def _styles_part(source: DocxSource) -> str | None:
    for lower, name in source.names.items():
        if lower.endswith("word/styles.xml") or lower.endswith("/styles.xml"):
            return name
    return None


def _undo(doc: Document, touched: Iterable[Paragraph]) -> Undo:
    source = doc.source if isinstance(doc.source, DocxSource) else None
    for override in source.overrides.values() if source else ():
        override.shared = True  # kept as it is for the undo: never changed in place again
    return Undo(
        doc, list(doc.paragraphs),
        {p.id: (p.text, list(p.spans), list(p.objects),
                [replace(r) for r in p.revisions], p.role) for p in touched},
        dict(source.overrides) if source else {},
        {c.id: (c.start, c.end) for c in doc.comments},
        list(source.table_decisions) if source else [],
    )  # fmt: skip


def _in_xml(doc: Document, p: Paragraph) -> bool:
    """Whether ``p`` has Word XML behind it (else its revisions live in the model only)."""
    return isinstance(doc.source, DocxSource) and _record(doc.source, p.id) is not None


# --- the paragraph's XML as it stands -------------------------------------------------------------
def _record(source: DocxSource, pid: int) -> ParaRecord | None:
    override = source.overrides.get(pid)
    return override.record if override is not None else source.paragraphs.get(pid)


def current_element(doc: Document, p: Paragraph) -> etree._Element | None:
    """The w:p that Save would write for ``p`` now, to change and then keep with
    :func:`_reread` (None for a paragraph the file does not have yet)."""
    source = _source(doc)
    rec = _record(source, p.id)
    if rec is None:
        return None
    override = source.overrides.get(p.id)
    base = override.element if override is not None else source.element(p.id)
    assert base is not None
    # The opened XML is never changed; an override of ours no undo record holds is worked on
    # in place (typing with 修订 on does not copy the paragraph at every key).
    edited = content_changed(p, rec)
    in_place = override is not None and not override.shared and not edited
    el = base if in_place else copy.deepcopy(base)
    if edited:
        ctx = _context(source)
        root = etree.Element(W + "document")
        etree.SubElement(root, W + "body").append(el)
        patcher = BodyPatcher(doc, source, root, ctx.styles, ctx.run_format)
        patcher._patch(el, p, rec)
        if patcher.shifts[p.id] == 0:  # edited inside the rendered number: numbering is off
            p.auto_number_len = 0  # in ``el`` and the prefix is its text (as Save does it)
    return el


def _reread(doc: Document, p: Paragraph, el: etree._Element,
            known: dict[etree._Element, InlineObject]) -> None:  # fmt: skip
    """Read ``p`` again from its new XML and keep that XML as its override."""
    source = _source(doc)
    ctx = _context(source)
    shift = p.auto_number_len
    prefix = p.text[:shift]
    atoms = paragraph_atoms(el, ctx.run_format)
    objects = list(p.objects[: prefix.count(OBJECT_CHAR)])
    for atom in atoms:
        if atom.kind == "object":
            obj = known.get(atom.el)
            if obj is None:
                obj = describe(atom.el, lambda _rid: None, lambda kind, _nid: (kind, ""))
            objects.append(obj)
    p.text = prefix + "".join(a.text for a in atoms)
    p.spans = spans_from([(a.fmt, len(a.text)) for a in atoms], shift)
    p.objects = objects
    p.revisions = read_revisions(el, atoms, shift)
    base = _record(source, p.id)
    assert base is not None
    record = replace(base, text=p.text, spans=spans_key(p), objects=tuple(p.objects),
                     auto_number_len=shift)  # fmt: skip
    source.overrides[p.id] = ParaOverride(el, record)


def _objects_by_element(doc: Document, p: Paragraph, el: etree._Element
                        ) -> dict[etree._Element, InlineObject]:  # fmt: skip
    if not p.objects:
        return {}
    ctx = _context(_source(doc))
    atoms = [a for a in paragraph_atoms(el, ctx.run_format) if a.kind == "object"]
    mine = p.objects[p.text[: p.auto_number_len].count(OBJECT_CHAR):]
    return {a.el: o for a, o in zip(atoms, mine, strict=False)}


def _next_in_container(doc: Document, p: Paragraph) -> Paragraph | None:
    k = doc.paragraphs.index(p)
    for q in doc.paragraphs[k + 1 :]:
        if q.cell == p.cell:
            return q if _in_xml(doc, q) else None
        return None
    return None


def follow_edit(doc: Document, p: Paragraph, old_text: str) -> None:
    """An ordinary edit (修订 off) changed the text of a paragraph with revisions: bring its
    revisions' offsets along (from its XML when it has one, else by shifting them)."""
    if _in_xml(doc, p):
        el = current_element(doc, p)
        if el is not None:
            _reread(doc, p, el, _objects_by_element(doc, p, el))
        return
    revisions_model.follow_edit(p, old_text)


def reread_revisions(doc: Document) -> None:
    """Read the revisions of every paragraph with Word XML again from that XML (after a
    recovery: the model's copies do not know where in the XML they are)."""
    for p in doc.paragraphs:
        if _in_xml(doc, p) and (p.revisions or p.id in _source(doc).overrides):
            el = current_element(doc, p)
            if el is not None:
                _reread(doc, p, el, _objects_by_element(doc, p, el))


def all_revisions(doc: Document) -> list[tuple[Paragraph, Revision]]:
    """Every revision in document order (for the 修订 pane, previous/next change)."""
    return [(p, r) for p in doc.paragraphs for r in p.revisions]


def authors(doc: Document) -> list[str]:
    seen: dict[str, None] = {}
    for p in doc.paragraphs:
        for r in p.revisions:
            seen.setdefault(r.author, None)
    return list(seen)


def has_revisions(doc: Document) -> bool:
    return any(p.revisions for p in doc.paragraphs)


# --- recording ----------------------------------------------------------------------------------
_Recording = tuple[etree._Element, "_Context", dict[etree._Element, InlineObject]]


def _recording(doc: Document, p: Paragraph) -> _Recording:
    el = current_element(doc, p)
    if el is None:
        raise WriteError("新段落中的修订暂不支持记录")
    return el, _context(_source(doc)), _objects_by_element(doc, p, el)


def _id_source(ctx: _Context) -> int:
    ctx.next_id += 1
    return ctx.next_id


def track_insert(doc: Document, paragraph_id: int, offset: int, text: str, author: str,
                 date: str | None = None) -> Undo:  # fmt: skip
    """Insert ``text`` at ``offset`` of the paragraph as the reviewer's tracked insertion."""
    p = next(q for q in doc.paragraphs if q.id == paragraph_id)
    undo = _undo(doc, [p])
    insert_into(doc, p, offset, text, author, date or now_stamp())
    return undo


def insert_into(doc: Document, p: Paragraph, offset: int, text: str, author: str,
                date: str) -> None:  # fmt: skip
    """:func:`track_insert` for a paragraph in hand, without an undo record (the recorder's
    path: the editor's own undo takes the edit back)."""
    if not _in_xml(doc, p):
        revisions_model.insert(p, offset, text, author, date)
        return
    if revisions_fast.fast_insert(doc, p, offset, text, author):
        return
    el, ctx, known = _recording(doc, p)
    record_insert(el, max(offset - p.auto_number_len, 0), text, author, date,
                  lambda: _id_source(ctx), ctx.run_format)  # fmt: skip
    _reread(doc, p, el, known)


def track_delete(doc: Document, paragraph_id: int, start: int, end: int, author: str,
                 date: str | None = None) -> Undo:  # fmt: skip
    """Mark [start, end) of the paragraph deleted by the reviewer (the text leaves the final
    view; the reviewer's own insertion is simply removed)."""
    p = next(q for q in doc.paragraphs if q.id == paragraph_id)
    undo = _undo(doc, [p])
    delete_from(doc, p, start, end, author, date or now_stamp())
    return undo


def delete_from(doc: Document, p: Paragraph, start: int, end: int, author: str,
                date: str) -> None:  # fmt: skip
    """:func:`track_delete` for a paragraph in hand, without an undo record."""
    if not _in_xml(doc, p):
        revisions_model.delete(p, start, end, author, date)
        return
    if revisions_fast.fast_delete(doc, p, start, end, author):
        return
    el, ctx, known = _recording(doc, p)
    shift = p.auto_number_len
    record_delete(el, max(start - shift, 0), max(end - shift, 0), author, date,
                  lambda: _id_source(ctx), ctx.run_format)  # fmt: skip
    _reread(doc, p, el, known)


def track_replace(doc: Document, paragraph_id: int, start: int, end: int, text: str,
                  author: str, date: str | None = None) -> Undo:  # fmt: skip
    """A replacement (a quick fix, replace-all): deletion of [start, end), then insertion."""
    stamp = date or now_stamp()
    undo = track_delete(doc, paragraph_id, start, end, author, stamp)
    if text:
        track_insert(doc, paragraph_id, start, text, author, stamp)
    return undo


def track_join(doc: Document, paragraph_id: int, author: str, date: str | None = None) -> Undo:
    """The reviewer deleted the paragraph mark: it stays, marked deleted (accepting joins)."""
    p = next(q for q in doc.paragraphs if q.id == paragraph_id)
    undo = _undo(doc, [p])
    if not _in_xml(doc, p):
        n = len(p.text)
        p.revisions.append(Revision("para_del", author, date or now_stamp(), n, n))
        return undo
    el, ctx, known = _recording(doc, p)
    record_mark_deleted(el, author, date or now_stamp(), lambda: _id_source(ctx))
    _reread(doc, p, el, known)
    return undo


def track_new_paragraph(doc: Document, paragraph_id: int, author: str,
                        date: str | None = None) -> Undo:  # fmt: skip
    """A paragraph the reviewer added (Enter, a paste) with 修订 on: its paragraph mark is an
    insertion, and so is its text (rejecting it takes the paragraph away)."""
    p = next(q for q in doc.paragraphs if q.id == paragraph_id)
    undo = _undo(doc, [p])
    stamp = date or now_stamp()
    if not any(r.kind == "para_ins" for r in p.revisions):
        n = len(p.text)
        if n and not any(r.kind == "ins" for r in p.revisions):
            p.revisions.append(Revision("ins", author, stamp, 0, n))
        p.revisions.append(Revision("para_ins", author, stamp, n, n))
    return undo


def track_props_change(doc: Document, paragraph_id: int, author: str,
                       date: str | None = None) -> Undo:  # fmt: skip
    """Call before changing a paragraph's role with 修订 on: its properties as they are become
    the recorded old ones (w:pPrChange); Save then applies the new role on top."""
    p = next(q for q in doc.paragraphs if q.id == paragraph_id)
    undo = _undo(doc, [p])
    if not _in_xml(doc, p):
        n = len(p.text)
        p.revisions.append(Revision("para_props", author, date or now_stamp(), n, n, "段落格式"))
        return undo
    el, ctx, known = _recording(doc, p)
    record_props_change(el, author, date or now_stamp(), lambda: _id_source(ctx))
    _reread(doc, p, el, known)
    return undo


