"""Accepting and rejecting revisions (修订): one, those under the cursor or selection, all.

Resolving works on the paragraph's Word XML as Save would write it (:mod:`app.revisions` keeps
it): the chosen w:ins/w:del/…Change elements are resolved in place, a resolved paragraph mark
joins the paragraph with the next one in the same container, and the paragraph is read again.
Paragraphs without Word XML (typed in this session) resolve their model revisions
(:mod:`app.revisions_model`). A move is decided as one (:mod:`app.revisions_move`, which builds
on this module and is therefore imported where it is used).
"""

from __future__ import annotations

from app import revisions as rv
from app import revisions_model
from app.docx.atoms import W
from app.docx.package import DocxSource
from app.docx.revision_read import revision_elements
from app.docx.revision_xml import join, resolve
from app.model import Document, Paragraph, Position


def _resolve_in(doc: Document, p: Paragraph, refs: list[int] | None, accept: bool,
                author: str | None) -> bool:  # fmt: skip
    """Resolve the revisions ``refs`` of ``p`` (None: all, of ``author`` when given). True when
    something changed."""
    el = rv.current_element(doc, p)
    if el is None:
        return False
    known = rv._objects_by_element(doc, p, el)
    elements = revision_elements(el)
    chosen = [e for k, e in enumerate(elements)
              if (refs is None or k in refs)
              and (author is None or e.get(W + "author") == author)]  # fmt: skip
    if not chosen:
        return False
    # Formatting first (its old properties may hold marks), the paragraph mark last.
    chosen.sort(key=lambda e: 0 if str(e.tag).endswith("Change") else 1)
    must_join = False
    for e in chosen:
        must_join |= resolve(e, accept)
    nxt = rv._next_in_container(doc, p) if must_join else None
    if nxt is not None:
        second = rv.current_element(doc, nxt)
        assert second is not None
        known.update(rv._objects_by_element(doc, nxt, second))
        _join_model(doc, p, nxt)
        join(el, second)
    rv._reread(doc, p, el, known)
    return True


def _join_model(doc: Document, first: Paragraph, second: Paragraph) -> None:
    """Model side of joining: comments anchored in ``second`` move to ``first``; ``second``
    leaves the document (its w:p is removed on Save)."""
    shift = len(first.text)
    for c in doc.comments:
        for attr in ("start", "end"):
            pos = getattr(c, attr)
            if pos is not None and pos.paragraph_id == second.id:
                setattr(c, attr, Position(first.id, shift + pos.offset))
    first.objects = list(first.objects)
    doc.paragraphs.remove(second)


def resolve_revision(doc: Document, paragraph_id: int, revision_id: int, accept: bool) -> rv.Undo:
    """Accept or reject one revision (``Revision.id``) of one paragraph."""
    p = next(q for q in doc.paragraphs if q.id == paragraph_id)
    rev = next(r for r in p.revisions if r.id == revision_id)
    if rv._in_xml(doc, p):
        from app import revisions_move

        if revisions_move.is_move(doc, p, rev.ref):  # a move is decided as one
            return revisions_move.resolve_move(doc, p, accept)
    undo = rv._undo(doc, _with_next(doc, p))
    if not rv._in_xml(doc, p):
        revisions_model.resolve(p, rev, accept)
        return undo
    _resolve_in(doc, p, [rev.ref], accept, None)
    return undo


def resolve_range(doc: Document, start: Position, end: Position, accept: bool) -> rv.Undo:
    """Accept or reject every revision touching [start, end] (the cursor: start == end)."""
    ids = [p.id for p in doc.paragraphs]
    k1, k2 = ids.index(start.paragraph_id), ids.index(end.paragraph_id)
    targets: list[tuple[Paragraph, list[int]]] = []
    for k in range(k1, k2 + 1):
        p = doc.paragraphs[k]
        lo = start.offset if k == k1 else 0
        hi = end.offset if k == k2 else len(p.text)
        refs = [r.ref for r in p.revisions if r.start <= hi and r.end >= lo]
        if refs:
            targets.append((p, refs))
    from app import revisions_move  # (it builds on this module)

    targets, moves = revisions_move.moves_apart(doc, targets)
    touched = [q for p, _ in targets for q in _with_next(doc, p)]
    touched += [q for _name, group in moves for p in group for q in _with_next(doc, p)]
    undo = rv._undo(doc, touched)
    for name, group in moves:
        revisions_move.resolve_group(doc, name, group, accept)
    for p, refs in targets:
        if p not in doc.paragraphs:
            continue
        if not rv._in_xml(doc, p):
            for r in [r for r in p.revisions if r.ref in refs or r.ref == -1]:
                revisions_model.resolve(p, r, accept)
            continue
        _resolve_in(doc, p, refs, accept, None)
    return undo


def resolve_all(doc: Document, accept: bool, author: str | None = None) -> rv.Undo:
    """Accept or reject every revision (only ``author``'s when given), tables' included."""
    undo = rv._undo(doc, list(doc.paragraphs))
    k = 0
    while k < len(doc.paragraphs):
        p = doc.paragraphs[k]
        before = len(doc.paragraphs)
        if not rv._in_xml(doc, p):
            for r in [r for r in p.revisions if author is None or r.author == author]:
                revisions_model.resolve(p, r, accept)
            k += 1
            continue
        if (_count(p, author) and _resolve_in(doc, p, None, accept, author)
                and len(doc.paragraphs) < before and _count(p, author)):  # fmt: skip
            continue  # joined with the next one, whose revisions now are p's: once more
        k += 1
    if isinstance(doc.source, DocxSource):
        doc.source.table_decisions.append(("accept" if accept else "reject", author))
    return undo


def _count(p: Paragraph, author: str | None) -> int:
    return sum(1 for r in p.revisions if author is None or r.author == author)


def _with_next(doc: Document, p: Paragraph) -> list[Paragraph]:
    nxt = rv._next_in_container(doc, p)
    return [p] if nxt is None else [p, nxt]
