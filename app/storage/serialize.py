"""Document ⇄ JSON-ready dict, every field of :mod:`app.model` (recovery files use it).

``to_json(doc)`` gives plain dicts/lists/str/int/bool (``json.dumps`` it as you like);
``from_json(data)`` rebuilds the Document. Ids are process-wide counters (:func:`new_id`), so a
document written by another process gets fresh ids by default, with comment anchors and reply
links remapped; ``keep_ids=True`` restores them as they were (round trips in one process).

An autosave takes the document in two parts instead (:func:`to_json_parts`): the JSON of
everything but the paragraphs, and one small immutable record a paragraph
(:func:`paragraph_state`, sharing the paragraph's strings and frozen values); :func:`json_chunks`
turns them into the text of ``json.dumps(to_json(doc), ensure_ascii=False, separators=(",",
":"))`` piece by piece. Why: a recovery file of a long report is ~2.4 MB of JSON from ~4,400
paragraph dicts; built whole (2.8 MB of small objects in the GUI thread, then ~7 MB of strings
and bytes in the writer) every 30 s, its short-lived pieces were interleaved with what the
window keeps and fragmented the heap (docs/benchmarks.md, mem11 and mem12).

Anything malformed raises :class:`ReadError`. A role this version does not know becomes None
(the parser decides again) rather than failing a whole recovery.

``Document.source``: a text file's (encoding, BOM, line ends) is written; a .docx package is
not: it is the file on disk itself, and a recovery names that file (``path``).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

from app.errors import ReadError
from app.ignores import IgnoreList
from app.model import (
    CellRef,
    Comment,
    Document,
    InlineObject,
    Paragraph,
    Position,
    Revision,
    Role,
    SidePart,
    Span,
    Table,
    TableCell,
    new_id,
)
from app.storage.looks import (
    para_look_from_json,
    para_look_to_json,
    table_look_from_json,
    table_look_to_json,
)
from app.textsource import TextSource

FORMAT = 1
_ROLES = {r.value: r for r in Role}


# One paragraph as an immutable record: id, text, role, role_fixed, spans, auto_number_len,
# objects, cell, virtual, revisions, look (ints, strs, bools, tuples and frozen model values).
ParagraphState = tuple[Any, ...]
# The paragraphs' dicts encoded per batch: the writer holds one batch's objects at a time.
CHUNK_PARAGRAPHS = 256


def to_json(doc: Document) -> dict[str, Any]:
    frame, states = to_json_parts(doc)
    frame["paragraphs"] = [paragraph_json(s) for s in states]
    return frame


def to_json_parts(doc: Document) -> tuple[dict[str, Any], tuple[ParagraphState, ...]]:
    """:func:`to_json` without the paragraphs' dicts: the frame (its ``"paragraphs"`` is None,
    in its place in the key order) and one :func:`paragraph_state` a paragraph. Shares nothing
    mutable with ``doc``: a later edit of the document does not change what it encodes to."""
    return _frame(doc), tuple(paragraph_state(p) for p in doc.paragraphs)


def json_chunks(
    frame: dict[str, Any], states: tuple[ParagraphState, ...], batch: int = CHUNK_PARAGRAPHS
) -> Iterator[str]:
    """The pieces of ``json.dumps(to_json(doc), ensure_ascii=False, separators=(",", ":"))``
    for ``(frame, states) = to_json_parts(doc)``; joined they are that text, character for
    character (JSON has no state between a dict's items or a list's elements, and the encoder's
    text for a key is that of the same string as a value). At most ``batch`` paragraphs' dicts
    are alive at a time."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    sep = "{"
    for key, value in frame.items():
        if key != "paragraphs":
            yield f"{sep}{encode(key)}:{encode(value)}"
        else:
            yield f"{sep}{encode(key)}:["
            for i in range(0, len(states), batch):
                part = encode([paragraph_json(s) for s in states[i:i + batch]])
                yield part[1:-1] if i == 0 else "," + part[1:-1]
            yield "]"
        sep = ","
    yield "{}" if sep == "{" else "}"


def _frame(doc: Document) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "path": doc.path,
        "source_format": doc.source_format,
        "properties": dict(doc.properties),
        "paragraphs": None,  # to_json: the paragraphs' dicts; json_chunks: encoded per batch
        "comments": [_comment(c) for c in doc.comments],
        "tables": [_table(t) for t in doc.tables.values()],
        "side_parts": [[s.kind, s.label, list(s.paragraphs)] for s in doc.side_parts],
        "ignores": doc.ignores.to_xml().decode("utf-8") if doc.ignores else None,
        "track_revisions": doc.track_revisions,
        # A text file's encoding, BOM and line ends, so that a recovered report saves as it was;
        # for a Word file, where each paragraph came from in it (see app.docx.recovery).
        "source": _source(doc),
    }


def from_json(data: Any, *, keep_ids: bool = False) -> Document:
    try:
        return _document(data, keep_ids)
    except ReadError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise ReadError(f"恢复数据已损坏（{type(err).__name__}）") from None


def paragraph_state(p: Paragraph) -> ParagraphState:
    """What :func:`paragraph_json` needs of ``p``, copied out of its mutable parts (spans,
    objects, revisions: tuples of their values); the strings, the role, the frozen cell and
    look are shared, not copied. A plain paragraph costs one tuple (its empty lists become the
    one empty tuple)."""
    return (
        p.id,
        p.text,
        p.role.value if p.role is not None else None,
        p.role_fixed,
        tuple((s.start, s.end, s.bold, s.italic, s.underline) for s in p.spans),
        p.auto_number_len,
        tuple((o.kind, o.label, o.text, o.image, o.width_pt, o.height_pt, o.stroke)
              for o in p.objects),
        p.cell,
        p.virtual,
        tuple((r.kind, r.author, r.date, r.start, r.end, r.text) for r in p.revisions),
        p.look,
    )  # fmt: skip


def paragraph_json(state: ParagraphState) -> dict[str, Any]:
    """A paragraph's JSON dict from its :func:`paragraph_state`."""
    pid, text, role, role_fixed, spans, auto_number_len, objects, cell, virtual, revs, look = state
    return {
        "id": pid,
        "text": text,
        "role": role,
        "role_fixed": role_fixed,
        "spans": [list(s) for s in spans],
        "auto_number_len": auto_number_len,
        "objects": [_object(*o) for o in objects],
        "cell": None if cell is None else [cell.table_id, cell.row, cell.col],
        "virtual": virtual,
        "revisions": [list(r) for r in revs],
        "look": para_look_to_json(look, text),
    }


def _object(
    kind: str, label: str, text: str, image: bytes | None, width_pt: float | None,
    height_pt: float | None, stroke: tuple[float, str | None] | None,
) -> dict[str, Any]:
    return {
        "kind": kind,
        "label": label,
        "text": text,
        "image": None if image is None else base64.b64encode(image).decode("ascii"),
        "size": [width_pt, height_pt],
        "stroke": None if stroke is None else list(stroke),
    }


def _table(t: Table) -> dict[str, Any]:
    return {
        "id": t.id,
        "rows": t.rows,
        "cols": t.cols,
        "cells": [[c.row, c.col, c.row_span, c.col_span] for c in t.cells],
        "parent": None if t.parent is None else [t.parent.table_id, t.parent.row, t.parent.col],
        "look": table_look_to_json(t.look),
    }


def _comment(c: Comment) -> dict[str, Any]:
    return {
        "id": c.id,
        "text": c.text,
        "author": c.author,
        "initials": c.initials,
        "date": c.date,
        "start": _position(c.start),
        "end": _position(c.end),
        "resolved": c.resolved,
        "parent_id": c.parent_id,
        "rule": c.rule,
    }


def _position(pos: Position | None) -> list[int] | None:
    return None if pos is None else [pos.paragraph_id, pos.offset]


def _document(data: Any, keep_ids: bool) -> Document:
    if not isinstance(data, dict):
        raise ReadError("恢复数据已损坏（不是文档）")
    if _int(data.get("format", FORMAT)) > FORMAT:
        raise ReadError("恢复数据来自更新版本的公文审校台，请升级后再打开")
    tmap: dict[int, int] = {}
    tables: dict[int, Table] = {}
    raw_tables = _list(data.get("tables", []))
    for raw in raw_tables:
        old = _int(raw["id"])
        tmap[old] = old if keep_ids else new_id()
    for raw in raw_tables:
        rows, cols = _int(raw["rows"]), _int(raw["cols"])
        cells = [TableCell(*(_int(v) for v in _list(c))) for c in _list(raw["cells"])]
        table = Table(rows, cols, cells, _cell(raw.get("parent"), tmap), id=tmap[_int(raw["id"])],
                      look=table_look_from_json(raw.get("look")))  # fmt: skip
        tables[table.id] = table
    pmap: dict[int, int] = {}
    paragraphs = []
    for raw in _list(data["paragraphs"]):
        old = _int(raw["id"])
        pid = old if keep_ids else new_id()
        pmap.setdefault(old, pid)
        role = raw.get("role")
        unknown = isinstance(role, str) and role not in _ROLES
        paragraphs.append(
            Paragraph(
                text=_str(raw["text"]),
                role=_ROLES.get(role) if isinstance(role, str) else None,
                role_fixed=bool(raw.get("role_fixed", False)) and not unknown,
                spans=[_span(s) for s in _list(raw.get("spans", []))],
                id=pid,
                auto_number_len=_int(raw.get("auto_number_len", 0)),
                objects=[_inline(o) for o in _list(raw.get("objects", []))],
                cell=_cell(raw.get("cell"), tmap),
                virtual=bool(raw.get("virtual", False)),
                revisions=[_revision(r) for r in _list(raw.get("revisions", []))],
                look=para_look_from_json(raw.get("look"), _str(raw["text"])),
            )
        )
    raws = _list(data.get("comments", []))
    cmap = {_int(c["id"]): (_int(c["id"]) if keep_ids else new_id()) for c in raws}
    comments = []
    for raw in raws:
        parent = raw.get("parent_id")
        comments.append(
            Comment(
                text=_str(raw["text"]),
                author=_str(raw["author"]),
                initials=_str(raw.get("initials", "")),
                date=_str(raw.get("date", "")),
                start=_pos(raw.get("start"), pmap, keep_ids),
                end=_pos(raw.get("end"), pmap, keep_ids),
                resolved=bool(raw.get("resolved", False)),
                parent_id=_ref(parent, cmap, keep_ids),
                id=cmap[_int(raw["id"])],
                rule=None if raw.get("rule") is None else _str(raw["rule"]),
            )
        )
    props = data.get("properties") or {}
    if not isinstance(props, dict):
        raise ReadError("恢复数据已损坏（properties）")
    path = data.get("path")
    doc = Document(
        paragraphs=paragraphs,
        comments=comments,
        path=None if path is None else _str(path),
        source_format=_str(data.get("source_format", "txt")),
        properties={_str(k): _str(v) for k, v in props.items()},
        tables=tables,
        side_parts=[
            SidePart(_str(kind), _str(label), [_str(t) for t in _list(texts)])
            for kind, label, texts in (_list(r) for r in _list(data.get("side_parts", [])))
        ],
        ignores=_ignores(data.get("ignores")),
        track_revisions=bool(data.get("track_revisions", False)),
        source=_text_source(data.get("source"), pmap),
    )
    raw_source = data.get("source")
    if isinstance(raw_source, dict) and raw_source.get("kind") == "docx":
        from app.docx.recovery import rebind_source

        doc.source = rebind_source(raw_source, doc, pmap, tmap, cmap)
        if doc.source is not None and any(p.revisions for p in doc.paragraphs):
            from app.revisions import reread_revisions

            reread_revisions(doc)  # their places in the XML (the file's and the session's)
    return doc


def _revision(raw: Any) -> Revision:
    """A tracked change kept in the model (recovered without the Word XML it came from)."""
    kind, author, date, start, end, text = _list(raw)
    return Revision(_str(kind), _str(author), _str(date), _int(start), _int(end), _str(text))


def _inline(raw: Any) -> InlineObject:
    image = raw.get("image")
    width, height = _list(raw.get("size", [None, None]))
    return InlineObject(
        kind=_str(raw["kind"]),
        label=_str(raw.get("label", "")),
        text=_str(raw.get("text", "")),
        image=None if image is None else base64.b64decode(_str(image), validate=True),
        width_pt=None if width is None else float(width),
        height_pt=None if height is None else float(height),
        stroke=_stroke(raw.get("stroke")),
    )


def _stroke(raw: Any) -> tuple[float, str | None] | None:
    """A line shape's stroke; None when absent or unreadable (the line is then not drawn)."""
    if not isinstance(raw, list) or len(raw) != 2:
        return None
    width, color = raw
    if not isinstance(width, int | float) or not (color is None or isinstance(color, str)):
        return None
    return (float(width), color)


def _cell(raw: Any, tables: dict[int, int]) -> CellRef | None:
    """A table cell reference; one naming a table the data does not hold is dropped."""
    if raw is None:
        return None
    table_id, row, col = (_int(v) for v in _list(raw))
    return CellRef(tables[table_id], row, col) if table_id in tables else None

def _source(doc: Document) -> dict[str, Any] | None:
    if isinstance(doc.source, TextSource):
        return doc.source.to_json()
    if type(doc.source).__name__ == "DocxSource":  # not imported up front: it is heavy
        from app.docx.package import DocxSource
        from app.docx.recovery import source_state

        assert isinstance(doc.source, DocxSource)
        return source_state(doc.source)
    return None


def _text_source(value: Any, pmap: dict[int, int]) -> TextSource | None:
    """A text file's source (other kinds, written by later versions, are left out)."""
    if isinstance(value, dict) and value.get("kind") == "text":
        return TextSource.from_json(value, pmap)
    return None


def _ignores(raw: Any) -> IgnoreList:
    """The document's ignore list (app.ignores XML); an unreadable one is dropped, not fatal."""
    if raw is None:
        return IgnoreList()
    try:
        return IgnoreList.from_xml(_str(raw).encode("utf-8"))
    except ValueError:
        return IgnoreList()


def _span(raw: Any) -> Span:
    start, end, bold, italic, underline = _list(raw)
    return Span(_int(start), _int(end), bool(bold), bool(italic), bool(underline))


def _pos(raw: Any, pmap: dict[int, int], keep_ids: bool) -> Position | None:
    if raw is None:
        return None
    pid, offset = _list(raw)
    pid = _ref(pid, pmap, keep_ids)
    return None if pid is None else Position(pid, _int(offset))


def _ref(old: Any, ids: dict[int, int], keep_ids: bool) -> int | None:
    """An id pointing at a paragraph/comment; a dangling one is dropped when ids are renewed
    (kept, it could name an unrelated object of this process)."""
    if old is None:
        return None
    old = _int(old)
    return old if keep_ids else ids.get(old)


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("list expected")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("str expected")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("int expected")
    return value
