"""Apply fixes to paragraph texts. A fix never changes anything but the ranges it names.

Edits are applied on the text joined with "\n" (so an edit may delete whole paragraphs), from the
end backwards so earlier offsets stay valid. Edits that overlap an edit already taken are left
out and reported, never merged: the caller re-analyses and tries again (see :func:`fix_all`).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from app.findings import Edit, Finding, Fix
from app.model import Document


def _absolute(starts: list[int], edit: Edit) -> tuple[int, int]:
    return starts[edit.index] + edit.start, starts[edit.last_index] + edit.end


def apply_fixes(texts: list[str], fixes: Iterable[Fix]) -> tuple[list[str], int]:
    """Apply as many fixes as fit without overlapping; return (new texts, fixes applied).

    A fix is applied whole or not at all. The same fix offered by several findings (every
    finding of a numbering group shares one) counts once, and so does an edit two fixes share.
    Overlaps are looked up in a sorted list, so a fix of thousands of edits stays fast.
    """
    starts = []
    pos = 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    taken: list[tuple[int, int, str]] = []  # sorted by (start, end)
    taken_set: set[tuple[int, int, str]] = set()
    applied = 0
    # Each fix object once, in order (by identity: hashing a fix of 20,000 edits per finding
    # that shares it would cost as much as applying it).
    for fix in {id(f): f for f in fixes}.values():
        spans = sorted({(*_absolute(starts, e), e.replacement) for e in fix.edits})
        if any(span not in taken_set and not _fits(span, taken) for span in spans):
            continue
        for span in spans:
            if span not in taken_set:
                bisect.insort(taken, span)
                taken_set.add(span)
        applied += 1
    joined = "\n".join(texts)
    pieces: list[str] = []
    cursor = 0
    for start, end, replacement in taken:
        pieces += [joined[cursor:start], replacement]
        cursor = end
    pieces.append(joined[cursor:])
    return "".join(pieces).split("\n") if texts else [], applied


def _fits(span: tuple[int, int, str], taken: list[tuple[int, int, str]]) -> bool:
    """No overlap with a taken span (touching is fine; two insertions at one point are not)."""
    start, end, _ = span
    k = bisect.bisect_left(taken, (start, -1, ""))
    for t_start, t_end, _ in taken[max(k - 1, 0):k + 1]:
        if start < t_end and t_start < end:
            return False
        if start == end == t_start == t_end:
            return False  # order would be arbitrary
    return True


def fix_all(texts: list[str], analyse: Callable[[list[str]], list[Finding]],
            max_rounds: int = 100) -> tuple[list[str], int]:
    """Apply every mechanical fix, re-analysing until none is left (or ``max_rounds``).

    Returns the fixed texts and the number of fixes applied. Rounds are needed because one fix
    can make another finding appear or disappear (renumbering a group shifts the next group's
    expected start in continuously numbered documents).
    """
    total = 0
    for _ in range(max_rounds):
        fixes = [f.fix for f in analyse(texts) if f.fix is not None]
        if not fixes:
            break
        texts, applied = apply_fixes(texts, fixes)
        total += applied
        if applied == 0:
            break
    return texts, total


def update_document(doc: Document, texts: list[str]) -> None:
    """Put fixed ``texts`` into ``doc``, keeping the ids (and comments) of unchanged paragraphs.

    Paragraphs a fix deleted disappear with their ids; comments anchored there become orphans
    (start/end None) so that no comment is silently lost.
    """
    import difflib

    from app.model import Paragraph

    old = doc.paragraphs
    matcher = difflib.SequenceMatcher(a=[p.text for p in old], b=texts, autojunk=False)
    new: list[Paragraph] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            new.extend(old[a0:a1])
            continue
        # Changed paragraphs keep their identity (and so their XML, cell and objects in a .docx)
        # pairwise; extra new ones sit in the cell of the paragraph before them.
        pairs = min(a1 - a0, b1 - b0) if tag == "replace" else 0
        for p, t in zip(old[a0:a0 + pairs], texts[b0:b0 + pairs], strict=True):
            p.text = t
            for s in p.spans:
                s.start, s.end = min(s.start, len(t)), min(s.end, len(t))
            p.spans = [s for s in p.spans if s.end > s.start]
            new.append(p)
        for t in texts[b0 + pairs:b1]:
            cell = new[-1].cell if new else None
            new.append(Paragraph(text=t, cell=cell))
    kept = {p.id for p in new}
    for c in doc.comments:
        if c.start is not None and (c.start.paragraph_id not in kept or
                                    c.end is None or c.end.paragraph_id not in kept):
            c.start = c.end = None
    doc.paragraphs = new
