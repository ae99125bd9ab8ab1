"""Review helpers that need no Qt: the original of a document for tracked changes.

The Word writer turns the differences between the document as opened and as edited into tracked
changes, matching paragraphs by :attr:`Paragraph.id`. An editor may give an edited paragraph a
new id (the desktop editor rebuilds the paragraphs it saw change), so before exporting, the
original's ids are re-aligned with the edited document: equal paragraphs keep their pairing, and
inside a run of changed paragraphs each original is paired with the most similar edited one
(in order, when similar enough), so that an edited sentence shows as a change inside its
paragraph instead of a deleted and an inserted paragraph.
"""

from __future__ import annotations

import difflib
from dataclasses import replace

from app.model import Document, Paragraph

SIMILAR = 0.4  # ratio above which a changed paragraph counts as "the same paragraph, edited"


def snapshot(doc: Document) -> Document:
    """A copy of ``doc``'s paragraphs (same ids) that later edits of ``doc`` do not touch."""
    return Document(
        paragraphs=[replace(p, spans=list(p.spans)) for p in doc.paragraphs],
        path=doc.path,
        source_format=doc.source_format,
        properties=dict(doc.properties),
    )


def _pair(old: list[Paragraph], new: list[Paragraph]) -> dict[int, int]:
    """old id → new id for a run of changed paragraphs (order kept, similar enough only)."""
    pairs: dict[int, int] = {}
    j = 0
    for p in old:
        best, best_k = SIMILAR, None
        for k in range(j, len(new)):
            m = difflib.SequenceMatcher(None, p.text, new[k].text, autojunk=False)
            if m.real_quick_ratio() <= best or m.quick_ratio() <= best:
                continue
            r = m.ratio()
            if r > best:
                best, best_k = r, k
        if best_k is not None:
            pairs[p.id] = new[best_k].id
            j = best_k + 1
    return pairs


def align_original(original: Document, edited: Document) -> Document:
    """A copy of ``original`` whose paragraph ids point at their counterparts in ``edited``.

    Paragraphs of the original with no counterpart keep their own id (they were deleted);
    paragraphs of ``edited`` that no original points at were inserted.
    """
    old, new = original.paragraphs, edited.paragraphs
    new_ids = {p.id for p in new}
    matcher = difflib.SequenceMatcher(
        None, [p.text for p in old], [p.text for p in new], autojunk=False
    )
    mapping: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for a, b in zip(old[i1:i2], new[j1:j2], strict=True):
                mapping[a.id] = b.id
        elif tag == "replace":
            mapping.update(_pair(old[i1:i2], new[j1:j2]))
    used = set(mapping.values())
    out = []
    for p in old:
        pid = mapping.get(p.id)
        if pid is None and p.id in new_ids and p.id not in used:
            pid = p.id  # a paragraph that kept its id but moved too far for the matcher
        if pid is None and p.id in new_ids:
            pid = -p.id  # its id now names another paragraph: keep it apart (deleted)
        out.append(replace(p, spans=list(p.spans), id=pid if pid is not None else p.id))
    copy = snapshot(original)
    copy.paragraphs = out
    return copy
