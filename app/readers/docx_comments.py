"""Word comments: word/comments.xml (text, author, date) + word/commentsExtended.xml (resolved
state, replies). The anchors (w:commentRangeStart/End in the body) are collected by the body walk in
:mod:`app.readers.docx` and handed to :func:`attach_anchors` as positions in OUR paragraph texts.

python-docx offers none of this (no anchored text, no resolved flag, no replies) and reading its
``document.comments`` creates an empty comments part; we read the XML directly and never write.
"""

from __future__ import annotations

from lxml import etree

from app.model import Comment, Position
from app.readers.docx_safety import W_NS, Package

W = f"{{{W_NS}}}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
MC_CHOICE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Choice"

_SKIP = frozenset(
    W + t for t in ("del", "moveFrom", "rPr", "pPr", "drawing", "pict", "object", "instrText")
) | {MC_CHOICE}


def _paragraph_text(p: etree._Element) -> str:
    parts: list[str] = []
    walker = etree.iterwalk(p, events=("start",))
    for _, el in walker:
        tag = el.tag
        if tag == W + "t":
            if el.text:
                parts.append(el.text)
        elif tag in _SKIP:
            walker.skip_subtree()
        elif tag == W + "tab":
            parts.append("\t")
        elif tag == W + "br" or tag == W + "cr":
            parts.append(" ")
    return "".join(parts)


def read_comments(pkg: Package) -> list[tuple[str, Comment]]:
    """(w:id, Comment) in comments.xml order, with resolved flags and parent ids set."""
    part = pkg.related(pkg.main, "/comments")
    if part is None:
        return []
    root = pkg.xml(part)
    out: list[tuple[str, Comment]] = []
    by_para: dict[str, Comment] = {}
    for el in root.iter(W + "comment"):
        cid = el.get(W + "id")
        if cid is None:
            continue
        paras = el.findall(W + "p")
        text = "\n".join(_paragraph_text(p) for p in paras)
        c = Comment(
            text=text,
            author=el.get(W + "author") or "",
            initials=el.get(W + "initials") or "",
            date=el.get(W + "date") or "",
        )
        out.append((cid, c))
        if paras:
            pid = paras[-1].get(W14 + "paraId")
            if pid:
                by_para[pid.upper()] = c
    ext = pkg.related(pkg.main, "/commentsExtended")
    if ext is not None and by_para:
        for ex in pkg.xml(ext).iter(W15 + "commentEx"):
            found = by_para.get((ex.get(W15 + "paraId") or "").upper())
            if found is None:
                continue
            c = found
            done = (ex.get(W15 + "done") or "0").lower()
            c.resolved = done in ("1", "true", "on")
            parent = by_para.get((ex.get(W15 + "paraIdParent") or "").upper())
            if parent is not None and parent is not c:
                c.parent_id = parent.id
    _break_cycles(out)
    return out


def _break_cycles(comments: list[tuple[str, Comment]]) -> None:
    """A hostile file can make replies point at each other; such a loop becomes top-level."""
    by_id = {c.id: c for _, c in comments}
    for _, c in comments:
        seen = {c.id}
        p = c.parent_id
        while p is not None:
            if p in seen:
                c.parent_id = None
                break
            seen.add(p)
            parent = by_id.get(p)
            p = parent.parent_id if parent else None


def attach_anchors(
    comments: list[tuple[str, Comment]],
    starts: dict[str, tuple[int, Position]],
    ends: dict[str, tuple[int, Position]],
) -> None:
    """Set start/end of top-level comments from the range markers found in the body.

    ``starts``/``ends`` map the w:id to (paragraph index, Position). A comment without a start
    marker is an orphan (start = end = None); a missing end closes at the start; an end before
    the start (malformed) collapses to the start. Replies keep no anchor of their own.
    """
    for cid, c in comments:
        if c.parent_id is not None:
            continue
        s = starts.get(cid)
        if s is None:
            continue
        e = ends.get(cid)
        if e is None or (e[0], e[1].offset) < (s[0], s[1].offset):
            e = s
        c.start, c.end = s[1], e[1]
