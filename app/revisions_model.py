"""Tracked changes kept in the model only: for a document with no Word package behind it (a .txt
being revised with 修订 on). The same rules as in the XML (:mod:`app.docx.revision_xml`):
text typed inside or right after the reviewer's own insertion joins it, deleting the reviewer's
own inserted text removes it, anything else deleted becomes a deletion point carrying its text.
The Word export writes these revisions (:func:`app.writers.docx_revisions.revision_pieces`).
"""

from __future__ import annotations

from app.model import Paragraph, Revision


def insert(p: Paragraph, offset: int, text: str, author: str, date: str) -> None:
    """Insert ``text`` at ``offset`` as ``author``'s insertion."""
    n = len(text)
    own = next((r for r in p.revisions if r.kind == "ins" and r.author == author
                and r.start <= offset <= r.end), None)  # fmt: skip
    for r in p.revisions:
        if r is own:
            r.end += n
        elif r.start >= offset:
            r.start += n
            r.end += n
        elif r.end > offset:
            r.end += n  # inside a colleague's insertion or format change: it grows
    p.text = p.text[:offset] + text + p.text[offset:]
    if own is None:
        p.revisions.append(Revision("ins", author, date, offset, offset + n))
    _sort(p)


def delete(p: Paragraph, start: int, end: int, author: str, date: str) -> None:
    """Delete [start, end): the reviewer's own inserted text goes, the rest is marked deleted."""
    if end <= start:
        return
    removed: list[tuple[int, int]] = []  # pieces of the reviewer's own insertions
    for r in p.revisions:
        if r.kind == "ins" and r.author == author:
            a, b = max(r.start, start), min(r.end, end)
            if a < b:
                removed.append((a, b))
    kept_text = "".join(ch for k, ch in enumerate(p.text[start:end], start)
                        if not any(a <= k < b for a, b in removed))  # fmt: skip
    n = end - start
    survivors = []
    for r in p.revisions:
        if r.end <= start and not (r.start == r.end == start and r.kind in ("del", "moveFrom")):
            survivors.append(r)
            continue
        if r.start >= end:
            r.start -= n
            r.end -= n
            survivors.append(r)
            continue
        # overlaps the deleted range: it keeps what is outside it
        r.end = start + max(r.end - end, 0) if r.end > start else r.end
        r.start = min(r.start, start)
        if r.end > r.start or r.kind in ("del", "moveFrom", "para_ins", "para_del", "para_props"):
            survivors.append(r)
    p.revisions = survivors
    p.text = p.text[:start] + p.text[end:]
    if kept_text:
        p.revisions.append(Revision("del", author, date, start, start, kept_text))
    _sort(p)


def resolve(p: Paragraph, rev: Revision, accept: bool) -> None:
    """Accept or reject one model-only revision."""
    p.revisions.remove(rev)
    if rev.kind in ("ins", "moveTo") and not accept:
        n = rev.end - rev.start
        p.text = p.text[: rev.start] + p.text[rev.end :]
        for r in p.revisions:
            if r.start >= rev.end:
                r.start, r.end = r.start - n, r.end - n
            elif r.end > rev.start:
                r.end = max(rev.start, r.end - n)
    elif rev.kind in ("del", "moveFrom") and not accept:
        n = len(rev.text)
        p.text = p.text[: rev.start] + rev.text + p.text[rev.start :]
        for r in p.revisions:
            if r.start > rev.start or (r.start == rev.start and r.kind not in ("del", "moveFrom")
                                       and r.start != r.end):  # fmt: skip
                r.start, r.end = r.start + n, r.end + n
            elif r.end > rev.start:
                r.end += n
    _sort(p)


def follow_edit(p: Paragraph, old_text: str) -> None:
    """Shift the revisions over an ordinary edit from ``old_text`` to the paragraph's text."""
    from app.revisions_record import edit_ops

    for _tag, i1, i2, j1, j2 in reversed(edit_ops(old_text, p.text)):
        delta = (j2 - j1) - (i2 - i1)
        for r in p.revisions:
            r.start = r.start if r.start <= i1 else (r.start + delta if r.start >= i2 else i1)
            r.end = r.end if r.end <= i1 else (r.end + delta if r.end >= i2 else j1)
            r.end = max(r.end, r.start)
    p.revisions = [r for r in p.revisions if r.end > r.start or r.kind not in ("ins", "moveTo",
                                                                               "format")]
    _sort(p)


def _sort(p: Paragraph) -> None:
    p.revisions.sort(key=lambda r: (r.start, r.end))
