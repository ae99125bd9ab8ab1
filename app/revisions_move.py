"""Tracked moves (修订 on while a section moves in the outline) and resolving a move as one.

Recording (:func:`track_move`, after the editor moved the paragraphs, which keep their ids):
the moved paragraphs get their content in w:moveTo and their marks marked moved here, framed by
w:moveToRangeStart/End; at the old place new paragraphs ("the origin") hold copies in
w:moveFrom framed by w:moveFromRangeStart/End with the same w:name (:mod:`app.docx.revision_move`).
The origin paragraphs are empty in the final view (moved-away text is a point, like deleted
text), so the editor shows them as empty lines with "已移走" balloons, as Word's markup does.
They exist only as overrides (new XML) until Save writes them where the model has them.

Resolving: accepting or rejecting any part of a move decides the whole move — both ranges of
the same w:name, each paragraph's moved text and marks — as Word does. The paragraphs are done
from the last to the first, so joining one (an accepted origin mark, a rejected destination
mark) never disturbs the ones still to do; the range marks of the move go first.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from lxml import etree

from app import revisions as rv
from app import revisions_resolve as rvr
from app.docx.atoms import W
from app.docx.package import ParaOverride
from app.docx.revision_move import (
    W_FROM_END,
    W_FROM_START,
    W_TO_END,
    W_TO_START,
    close_range,
    drop_ranges,
    mark_moved_to,
    move_names,
    open_range,
    origin_copy,
    range_ends,
    range_names,
)
from app.docx.revision_read import W_MOVE_FROM, W_MOVE_TO, paragraph_mark, revision_elements
from app.model import Document, Paragraph

MOVE_KINDS = ("moveFrom", "moveTo")
_CONTENT = frozenset(W + t for t in ("r", "ins", "del", "moveFrom", "moveTo", "hyperlink",
                                     "fldSimple", "smartTag", "sdt", "customXml", "dir", "bdo"))


def move_plan(ids: list[int], moves: Sequence[Any]) -> list[tuple[list[int], int | None]]:
    """For outline moves (``first``, ``last``, ``before`` as in app.outline.change.Move, each on
    the order the previous ones left) over paragraphs ``ids``: per move, the ids it moves and
    the id of the paragraph that followed them (where their origin stays; None: the end)."""
    out: list[tuple[list[int], int | None]] = []
    ids = list(ids)
    for m in moves:
        if not (0 <= m.first <= m.last < len(ids)) or m.first <= m.before <= m.last + 1:
            continue
        moved = ids[m.first : m.last + 1]
        anchor = ids[m.last + 1] if m.last + 1 < len(ids) else None
        rest = ids[: m.first] + ids[m.last + 1 :]
        target = m.before if m.before < m.first else m.before - len(moved)
        ids = rest[:target] + moved + rest[target:]
        out.append((moved, anchor))
    return out


def origins_before(doc: Document, ids: list[int]) -> dict[int, etree._Element]:
    """The XML of paragraphs ``ids`` as it stands, kept before an outline change renumbers them:
    the origin of a move shows what was there."""
    by_id = {p.id: p for p in doc.paragraphs}
    out: dict[int, etree._Element] = {}
    for pid in ids:
        p = by_id.get(pid)
        if p is not None and rv._in_xml(doc, p):
            el = rv.current_element(doc, p)
            if el is not None:
                out[pid] = copy.deepcopy(el)
    return out


def track_move(doc: Document, moved_ids: list[int], anchor_id: int | None, author: str,
               date: str | None = None,
               origins: dict[int, etree._Element] | None = None) -> rv.Undo:  # fmt: skip
    """Record that the paragraphs ``moved_ids`` (already in their new place) came from right
    before paragraph ``anchor_id`` (None: the end of the document). ``origins``: their XML
    from before the change (:func:`origins_before`), else as it stands now."""
    source = rv._source(doc)
    ids = set(moved_ids)
    moved = [p for p in doc.paragraphs if p.id in ids and rv._in_xml(doc, p)]
    undo = rv._undo(doc, moved)
    if not moved:
        return undo
    ctx = rv._context(source)
    stamp = date or rv.now_stamp()

    def next_id() -> int:
        return rv._id_source(ctx)

    taken = move_names(source.document)
    for o in source.overrides.values():
        taken |= move_names(o.element)
    from_id, to_id = next_id(), next_id()
    name = f"move{to_id}"
    while name in taken:
        name += "0"
    ghosts: list[Paragraph] = []
    for k, p in enumerate(moved):
        el = rv.current_element(doc, p)
        assert el is not None
        known = rv._objects_by_element(doc, p, el)
        ghost_el = origin_copy((origins or {}).get(p.id, el), author, stamp, next_id)
        mark_moved_to(el, author, stamp, next_id)
        if k == 0:
            open_range(ghost_el, W_FROM_START, from_id, name, author, stamp)
            open_range(el, W_TO_START, to_id, name, author, stamp)
        if k == len(moved) - 1:
            close_range(ghost_el, W_FROM_END, from_id)
            close_range(el, W_TO_END, to_id)
        rv._reread(doc, p, el, known)
        ghost = Paragraph("", cell=p.cell)
        base = rv._record(source, p.id)
        assert base is not None
        source.overrides[ghost.id] = ParaOverride(ghost_el, replace(
            base, text="", spans=(), objects=(), auto_number_len=0, role=None, role_fixed=False))
        rv._reread(doc, ghost, ghost_el, {})
        ghosts.append(ghost)
    at = next((k for k, q in enumerate(doc.paragraphs) if q.id == anchor_id), len(doc.paragraphs))
    doc.paragraphs[at:at] = ghosts
    return undo


# --- resolving a move as one ----------------------------------------------------------------
def _xml(doc: Document, p: Paragraph) -> etree._Element | None:
    """The paragraph's XML as it stands, to read only."""
    source = rv._source(doc)
    override = source.overrides.get(p.id)
    return override.element if override is not None else source.element(p.id)


def _move_refs(el: etree._Element) -> list[int]:
    return [k for k, e in enumerate(revision_elements(el)) if e.tag in (W_MOVE_FROM, W_MOVE_TO)]


def move_group(doc: Document, p: Paragraph) -> tuple[str | None, list[Paragraph]]:
    """The move ``p``'s moved text belongs to: its name and the paragraphs of both of its
    ranges, in document order (just ``p`` when no range names it)."""
    k = doc.paragraphs.index(p)
    el = _xml(doc, p)
    if el is None:
        return None, [p]
    side = "to" if any(e.tag == W_MOVE_TO for e in revision_elements(el)) else "from"
    name = None
    for j in range(k, max(k - 200, -1), -1):  # the nearest start of that side before it
        q_el = _xml(doc, doc.paragraphs[j])
        if q_el is None:
            continue
        starts = [n for s, n, _ in range_names(q_el) if s == side]
        if starts:
            name = starts[-1]
            break
    if name is None:
        return None, [p]
    group: list[Paragraph] = []
    for side_tag in ("from", "to"):
        group += _range(doc, name, side_tag)
    if p not in group:
        group.append(p)
    order = {q.id: j for j, q in enumerate(doc.paragraphs)}
    return name, sorted(group, key=lambda q: order[q.id])


def _range(doc: Document, name: str, side: str) -> list[Paragraph]:
    """The paragraphs from the one holding the range start to the one holding its end (or, an
    end outside any paragraph, the last one that holds moved text of that side)."""
    tag = W_MOVE_FROM if side == "from" else W_MOVE_TO
    out: list[Paragraph] = []
    wid: str | None = None
    for q in doc.paragraphs:
        el = _xml(doc, q)
        if el is None:
            if wid is not None:
                break
            continue
        if wid is None:
            found = [i for s, n, i in range_names(el) if s == side and n == name]
            if not found:
                continue
            wid = found[0]
            out.append(q)
        else:
            has = any(e.tag == tag for e in revision_elements(el))
            if not has and not range_ends(el) & {wid}:
                break
            out.append(q)
        if wid in range_ends(el):
            break
    return out


def resolve_move(doc: Document, p: Paragraph, accept: bool) -> rv.Undo:
    """Accept or reject the whole move ``p``'s moved text belongs to."""
    name, group = move_group(doc, p)
    touched: list[Paragraph] = []
    for q in group:
        touched += [x for x in rvr._with_next(doc, q) if x not in touched]
    undo = rv._undo(doc, touched)
    resolve_group(doc, name, group, accept)
    return undo


def resolve_group(doc: Document, name: str | None, group: list[Paragraph], accept: bool) -> None:
    """:func:`resolve_move` without the undo record (also for a selection holding moves)."""
    ids: set[str] = set()
    for q in group:
        el = _xml(doc, q)
        ids |= {i for _s, n, i in range_names(el) if n == name} if el is not None else set()
    for q in group:
        el = rv.current_element(doc, q)
        if el is not None and name is not None and (
            next(el.iter(W_FROM_START, W_TO_START, W_FROM_END, W_TO_END), None) is not None
        ):
            known = rv._objects_by_element(doc, q, el)
            drop_ranges(el, {name}, ids)
            rv._reread(doc, q, el, known)
    for q in reversed(group):
        if q not in doc.paragraphs:
            continue
        el = _xml(doc, q)
        mark = paragraph_mark(el) if el is not None else None
        gone = W_MOVE_FROM if accept else W_MOVE_TO
        if mark is not None and mark.find(gone) is not None:
            # the whole paragraph goes (the origin once accepted, the destination once
            # rejected): its other revisions too — a renumbering recorded with the move
            work = rv.current_element(doc, q)
            assert work is not None
            for child in list(work):
                if child.tag in _CONTENT:
                    work.remove(child)
            rv._reread(doc, q, work, {})
            el = work
        refs = _move_refs(el) if el is not None else []
        if refs:
            rvr._resolve_in(doc, q, refs, accept, None)


def is_move(doc: Document, p: Paragraph, ref: int) -> bool:
    """Whether revision ``ref`` of ``p`` is part of a move (moved text or a moved mark)."""
    el = _xml(doc, p)
    if el is None:
        return False
    elements = revision_elements(el)
    return 0 <= ref < len(elements) and elements[ref].tag in (W_MOVE_FROM, W_MOVE_TO)


def moves_apart(doc: Document, targets: list[tuple[Paragraph, list[int]]]
                ) -> tuple[list[tuple[Paragraph, list[int]]],
                           list[tuple[str | None, list[Paragraph]]]]:  # fmt: skip
    """Split the moves out of ``targets``: a move is decided as one, all its paragraphs."""
    moves: list[tuple[str | None, list[Paragraph]]] = []
    seen: set[int] = set()
    rest: list[tuple[Paragraph, list[int]]] = []
    for p, refs in targets:
        moving = [r for r in refs if rv._in_xml(doc, p) and is_move(doc, p, r)]
        if moving and p.id not in seen:
            name, group = move_group(doc, p)
            seen |= {q.id for q in group}
            moves.append((name, group))
        others = [r for r in refs if r not in moving]
        if others and p.id not in seen:
            rest.append((p, others))
    return rest, moves
