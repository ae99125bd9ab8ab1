"""Document ⇄ JSON-ready dict, every field of :mod:`app.model` (recovery files use it).

``to_json(doc)`` gives plain dicts/lists/str/int/bool (``json.dumps`` it as you like);
``from_json(data)`` rebuilds the Document. Ids are process-wide counters (:func:`new_id`), so a
document written by another process gets fresh ids by default, with comment anchors and reply
links remapped; ``keep_ids=True`` restores them as they were (round trips in one process).

Anything malformed raises :class:`ReadError`. A role this version does not know becomes None
(the parser decides again) rather than failing a whole recovery.

``Document.source``: a text file's (encoding, BOM, line ends) is written; a .docx package is
not: it is the file on disk itself, and a recovery names that file (``path``).
"""

from __future__ import annotations

import base64
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


def to_json(doc: Document) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "path": doc.path,
        "source_format": doc.source_format,
        "properties": dict(doc.properties),
        "paragraphs": [_paragraph(p) for p in doc.paragraphs],
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


def _paragraph(p: Paragraph) -> dict[str, Any]:
    return {
        "id": p.id,
        "text": p.text,
        "role": p.role.value if p.role is not None else None,
        "role_fixed": p.role_fixed,
        "spans": [[s.start, s.end, s.bold, s.italic, s.underline] for s in p.spans],
        "auto_number_len": p.auto_number_len,
        "objects": [_object(o) for o in p.objects],
        "cell": None if p.cell is None else [p.cell.table_id, p.cell.row, p.cell.col],
        "virtual": p.virtual,
        "revisions": [[r.kind, r.author, r.date, r.start, r.end, r.text] for r in p.revisions],
        "look": para_look_to_json(p.look, p.text),
    }


def _object(o: InlineObject) -> dict[str, Any]:
    return {
        "kind": o.kind,
        "label": o.label,
        "text": o.text,
        "image": None if o.image is None else base64.b64encode(o.image).decode("ascii"),
        "size": [o.width_pt, o.height_pt],
        "stroke": None if o.stroke is None else list(o.stroke),
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
