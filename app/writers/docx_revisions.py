"""Tracked changes for the Word export: which paragraphs were inserted, deleted or edited.

The edited document is compared with the original one (as read from the .docx). Paragraphs are
matched by :attr:`Paragraph.id`: a paragraph the editor kept (same id, text edited) is compared
with its original; one it cannot match by id (a new id after an edit the editor does not
follow) shows as a deletion plus an insertion, never as a wrong pairing. Within a matched
paragraph the texts are compared character by character with :mod:`difflib`; short equal runs
(one character) between two changes are folded into the change, so that rewriting a
phrase shows as one deletion and one insertion instead of a comb of single characters.

The result is a list of :class:`Entry` in output order: every paragraph of the edited document,
with the deleted paragraphs of the original placed after the paragraph that preceded them there.
Each entry carries :class:`Piece` s: "eq" and "ins" cover [start, end) of the paragraph's new
text; "del" pieces carry the deleted old text at the new-text offset where it used to be.

Without an original to compare with, the pieces come from the revisions the document holds
(``Paragraph.revisions``: read from a .docx, or recorded with 修订 on), each with its own author
and time: one mechanism for the tracked changes of the editor and of the export.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from app.model import Document, Paragraph

EQ, INS, DEL = "eq", "ins", "del"
SAME, CHANGED, INSERTED, DELETED = "same", "changed", "inserted", "deleted"
_FOLD = 1  # equal runs this short between two changes are folded into the change


@dataclass
class Piece:
    kind: str  # EQ, INS or DEL
    start: int  # offsets in the new text; for DEL start == end == where the text was
    end: int
    text: str
    author: str = ""  # "" → the exporting author
    date: str = ""


@dataclass
class Entry:
    paragraph: Paragraph
    index: int | None  # index in the edited document; None for a deleted paragraph
    status: str  # SAME, CHANGED, INSERTED or DELETED
    pieces: list[Piece] = field(default_factory=list)


def diff_pieces(old: str, new: str) -> list[Piece]:
    """The character diff of one paragraph as pieces over the new text."""
    if old == new:
        return [Piece(EQ, 0, len(new), new)] if new else []
    ops = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    # Fold short equal runs sandwiched between changes: [(i1, i2, j1, j2, equal?)]
    merged: list[list[Any]] = []  # [i1, i2, j1, j2, equal]
    for tag, i1, i2, j1, j2 in ops:
        equal = tag == "equal"
        if merged and not equal and not merged[-1][4]:
            merged[-1][1], merged[-1][3] = i2, j2
        else:
            merged.append([i1, i2, j1, j2, equal])
    folded: list[list[Any]] = []
    k = 0
    while k < len(merged):
        seg = merged[k]
        if (
            seg[4]
            and folded
            and not folded[-1][4]
            and k + 1 < len(merged)
            and seg[1] - seg[0] <= _FOLD
        ):
            nxt = merged[k + 1]  # a change (runs alternate)
            folded[-1][1], folded[-1][3] = nxt[1], nxt[3]
            k += 2
            continue
        folded.append(list(seg))
        k += 1
    pieces: list[Piece] = []
    for i1, i2, j1, j2, equal in folded:
        if equal:
            pieces.append(Piece(EQ, j1, j2, new[j1:j2]))
            continue
        if i2 > i1:
            pieces.append(Piece(DEL, j1, j1, old[i1:i2]))
        if j2 > j1:
            pieces.append(Piece(INS, j1, j2, new[j1:j2]))
    return pieces


def revision_pieces(p: Paragraph, text: str) -> list[Piece]:
    """Pieces of ``text`` from the paragraph's own revisions (insertions, moved-to text,
    deletions, moved-away text); equal pieces between them."""
    if text != p.text or not any(r.kind in _TEXT_KINDS for r in p.revisions):
        return [Piece(EQ, 0, len(text), text)] if text else []
    pieces: list[Piece] = []
    pos = 0
    for r in sorted((r for r in p.revisions if r.kind in _TEXT_KINDS),
                    key=lambda r: (r.start, r.kind in (INS, "moveTo"))):  # fmt: skip
        start, end = max(r.start, pos), min(max(r.end, r.start), len(text))
        if start > pos:
            pieces.append(Piece(EQ, pos, start, text[pos:start]))
            pos = start
        if r.kind in (DEL, "moveFrom"):
            if r.text:
                pieces.append(Piece(DEL, pos, pos, r.text, r.author, r.date))
        elif end > pos:
            pieces.append(Piece(INS, pos, end, text[pos:end], r.author, r.date))
            pos = end
    if pos < len(text):
        pieces.append(Piece(EQ, pos, len(text), text[pos:]))
    return pieces


_TEXT_KINDS = frozenset((INS, DEL, "moveTo", "moveFrom"))


def plan(doc: Document, original: Document | None, texts: list[str] | None = None) -> list[Entry]:
    """Entries in output order. ``texts`` overrides the new text written per paragraph (BLANK)."""
    texts = texts if texts is not None else [p.text for p in doc.paragraphs]
    if original is None:
        return [
            Entry(p, i, SAME, revision_pieces(p, t))
            for i, (p, t) in enumerate(zip(doc.paragraphs, texts, strict=True))
        ]
    old_by_id = {p.id: p for p in original.paragraphs}
    new_ids = {p.id for p in doc.paragraphs}
    # Deleted paragraphs follow the last surviving paragraph before them in the original.
    after: dict[int | None, list[Paragraph]] = {}
    anchor: int | None = None
    for p in original.paragraphs:
        if p.id in new_ids:
            anchor = p.id
        else:
            after.setdefault(anchor, []).append(p)

    def deleted(key: int | None) -> list[Entry]:
        return [
            Entry(p, None, DELETED, [Piece(DEL, 0, 0, p.text)] if p.text else [])
            for p in after.get(key, [])
        ]

    entries = deleted(None)
    for i, (p, text) in enumerate(zip(doc.paragraphs, texts, strict=True)):
        old = old_by_id.get(p.id)
        if old is None:
            pieces = [Piece(INS, 0, len(text), text)] if text else []
            entries.append(Entry(p, i, INSERTED, pieces))
        else:
            pieces = diff_pieces(old.text, text)
            status = SAME if old.text == text else CHANGED
            entries.append(Entry(p, i, status, pieces))
        entries.extend(deleted(p.id))
    return entries
