"""What changed in a paragraph since the reader handed it out, and which paragraphs stayed put.

The save (:mod:`.body_patch`) and the revision writers (:mod:`app.revisions`) both ask the same
questions of a paragraph and its :class:`ParaRecord`: did its content change, was only its Word
number counted again, did its fixed role change. Kept apart from the patcher so that the
revision code can ask them without the patching machinery.
"""

from __future__ import annotations

from app.docx.package import DocxSource, ParaRecord
from app.docx.renumber_view import counted_prefix
from app.model import Paragraph


def spans_key(p: Paragraph) -> tuple[tuple[int, int, bool, bool, bool], ...]:
    """Spans normalised: sorted, empty ones dropped, adjacent equal ones merged."""
    out: list[list[object]] = []
    for s in sorted(p.spans, key=lambda s: (s.start, s.end)):
        if s.end <= s.start or not (s.bold or s.italic or s.underline):
            continue
        if out and out[-1][1] == s.start and out[-1][2:] == [s.bold, s.italic, s.underline]:
            out[-1][1] = s.end
        else:
            out.append([s.start, s.end, s.bold, s.italic, s.underline])
    return tuple(tuple(x) for x in out)  # type: ignore[misc]


def content_changed(p: Paragraph, rec: ParaRecord) -> bool:
    return (
        p.text != rec.text
        or p.auto_number_len != rec.auto_number_len
        or spans_key(p) != rec.spans
        or len(p.objects) != len(rec.objects)
        or any(a is not b and a != b for a, b in zip(p.objects, rec.objects, strict=False))
    )


def number_typed_into(source: DocxSource, p: Paragraph, rec: ParaRecord) -> bool:
    """The text is as read but the number it shows is not (the window re-counted it, then the
    reader's number was typed back): an edit inside the number, which turns numbering off."""
    return (p.id in source.rendered and rec.auto_number_len > 0
            and counted_prefix(source, p) is None)  # fmt: skip


def renumbered_only(source: DocxSource, p: Paragraph, rec: ParaRecord) -> str | None:
    """The prefix ``p`` shows when the only change since ``rec`` is its Word number, counted
    again (:mod:`app.docx.renumber_view`); None when anything else changed too."""
    shown = counted_prefix(source, p)
    n = rec.auto_number_len
    if shown is None or n == 0 or shown == rec.text[:n] or p.text[len(shown) :] != rec.text[n:]:
        return None
    if len(p.objects) != len(rec.objects) or any(
        a is not b and a != b for a, b in zip(p.objects, rec.objects, strict=False)
    ):
        return None
    d = len(shown) - n
    moved = tuple((s + d, e + d, b, i, u) for s, e, b, i, u in rec.spans)
    return shown if spans_key(p) == moved else None


def role_changed(p: Paragraph, rec: ParaRecord) -> bool:
    return p.role_fixed and (p.role != rec.role or not rec.role_fixed)


def stable_ids(pars: list[Paragraph], recs: dict[int, ParaRecord]) -> set[int]:
    """Ids of the paragraphs that stay where they are: the longest run of the file's paragraphs
    that the model still has in file order (and in the same cell); the others moved."""
    seq = [(recs[p.id].index, p.id) for p in pars if p.id in recs and p.cell == recs[p.id].cell]
    tails: list[int] = []  # tails[k]: position in seq ending the best run of length k + 1
    back: list[int] = [-1] * len(seq)
    for i, (index, _pid) in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]][0] < index:
                lo = mid + 1
            else:
                hi = mid
        back[i] = tails[lo - 1] if lo else -1
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out: set[int] = set()
    i = tails[-1] if tails else -1
    while i != -1:
        out.add(seq[i][1])
        i = back[i]
    return out
