"""Apply fixes to paragraph texts. A fix never changes anything but the ranges it names.

Edits are applied on the text joined with "\n" (so an edit may delete whole paragraphs), from the
end backwards so earlier offsets stay valid. Edits that overlap an edit already taken are left
out and reported, never merged: the caller re-analyses and tries again (see :func:`fix_all`).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

from app.findings import Edit, Finding, Fix
from app.model import Document, Paragraph

if TYPE_CHECKING:
    from app.engine import Analysis


def _absolute(starts: list[int], edit: Edit) -> tuple[int, int]:
    return starts[edit.index] + edit.start, starts[edit.last_index] + edit.end


def _starts(texts: list[str]) -> list[int]:
    """Where each paragraph starts in the texts joined with "\n"."""
    starts = []
    pos = 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    return starts


def choose_fixes(texts: list[str], fixes: Iterable[Fix]) -> tuple[list[tuple[int, int, str]], int]:
    """The spans (start, end, replacement in the joined text, sorted) of as many fixes as fit
    without overlapping, and how many fixes they are.

    A fix is taken whole or not at all. The same fix offered by several findings (every
    finding of a numbering group shares one) counts once, and so does an edit two fixes share.
    Overlaps are looked up in a sorted list, so a fix of thousands of edits stays fast.
    """
    return _choose(_starts(texts), fixes)


Span = TypeVar("Span", tuple[int, int, str], tuple[int, int, int, str])


def _take(fixes: Iterable[list[Span]], fits: Callable[[Span, list[Span]], bool]
          ) -> tuple[list[Span], int]:
    """The spans of as many fixes as fit, in order: a fix whole or not at all; a span two fixes
    share counts once. Returns the spans taken (sorted) and how many fixes they come from."""
    taken: list[Span] = []  # sorted
    taken_set: set[Span] = set()
    applied = 0
    for spans in fixes:
        if any(span not in taken_set and not fits(span, taken) for span in spans):
            continue
        for span in spans:
            if span not in taken_set:
                bisect.insort(taken, span)
                taken_set.add(span)
        applied += 1
    return taken, applied


def _choose(starts: list[int], fixes: Iterable[Fix]) -> tuple[list[tuple[int, int, str]], int]:
    """:func:`choose_fixes`, given where each paragraph starts in the joined text."""
    # Each fix object once, in order (by identity: hashing a fix of 20,000 edits per finding
    # that shares it would cost as much as applying it).
    return _take((sorted({(*_absolute(starts, e), e.replacement) for e in fix.edits})
                  for fix in {id(f): f for f in fixes}.values()), _fits)


def apply_fixes(texts: list[str], fixes: Iterable[Fix]) -> tuple[list[str], int]:
    """Apply as many fixes as fit without overlapping (:func:`choose_fixes`); return (new
    texts, fixes applied). Paragraphs no fix touches keep their very string objects (a
    renumbering of 219 headings in 4,400 paragraphs rebuilds those 219, not the whole text)."""
    unique = list({id(f): f for f in fixes}.values())
    keyed = _in_paragraph_spans(texts, unique)
    if keyed is not None:
        return _apply_keyed(texts, keyed)
    starts = _starts(texts)
    fixes = unique
    taken, applied = _choose(starts, fixes)
    inside = _within_paragraphs(texts, starts, taken)
    if inside is not None:
        out = list(texts)
        for k, spans in inside.items():
            text = out[k]
            for start, end, replacement in reversed(spans):  # last first: offsets stay valid
                text = text[:start] + replacement + text[end:]
            out[k] = text
        return out, applied
    joined = "\n".join(texts)
    pieces: list[str] = []
    cursor = 0
    for start, end, replacement in taken:
        pieces += [joined[cursor:start], replacement]
        cursor = end
    pieces.append(joined[cursor:])
    return "".join(pieces).split("\n") if texts else [], applied


def _in_paragraph_spans(texts: list[str], fixes: list[Fix]
                        ) -> list[list[tuple[int, int, int, str]]] | None:
    """Each fix's spans as (paragraph, start, end, replacement), sorted, when every edit stays
    inside one paragraph and writes no paragraph break (a renumbering: always); else None.

    Such spans order and overlap exactly as their joined-text spans do (a paragraph's spans
    lie between its start and its end, and the "\n" after it keeps the next paragraph's apart,
    so even an insertion at its end and one at the next's start differ), so choosing on them
    gives :func:`_choose`'s choice without working out where all 4,400 paragraphs start in the
    joined text, twice a renumbering (corpus×3: ~3 ms of the plan)."""
    count = len(texts)
    out = []
    for fix in fixes:
        spans = set()
        for e in fix.edits:
            k = e.index
            if (e.end_index is not None and e.end_index != k) or not 0 <= k < count \
                    or not 0 <= e.start <= e.end <= len(texts[k]) or "\n" in e.replacement:
                return None
            spans.add((k, e.start, e.end, e.replacement))
        out.append(sorted(spans))
    return out


def _apply_keyed(texts: list[str], fixes: list[list[tuple[int, int, int, str]]]
                 ) -> tuple[list[str], int]:
    """:func:`apply_fixes` on in-paragraph spans (:func:`_in_paragraph_spans`): the same choice
    (a fix whole or not at all, in order; a span two fixes share counts once; touching is
    fine, two insertions at one point are not), the same texts."""
    taken, applied = _take(fixes, _fits_keyed)
    out = list(texts)
    for k, start, end, replacement in reversed(taken):  # last first: offsets stay valid
        text = out[k]
        out[k] = text[:start] + replacement + text[end:]
    return out, applied


def _fits_keyed(span: tuple[int, int, int, str], taken: list[tuple[int, int, int, str]]
                ) -> bool:
    """:func:`_fits` for (paragraph, start, end, replacement) spans."""
    index, start, end, _ = span
    k = bisect.bisect_left(taken, (index, start, -1, ""))
    for t_index, t_start, t_end, _ in taken[max(k - 1, 0):k + 1]:
        if t_index != index:
            continue
        if start < t_end and t_start < end:
            return False
        if start == end == t_start == t_end:
            return False  # order would be arbitrary
    return True


def _within_paragraphs(texts: list[str], starts: list[int], taken: list[tuple[int, int, str]]
                       ) -> dict[int, list[tuple[int, int, str]]] | None:
    """``taken`` (joined-text spans, sorted) as in-paragraph spans by paragraph index, or None
    when one crosses a paragraph break or writes one (then the joined text is edited)."""
    out: dict[int, list[tuple[int, int, str]]] = {}
    for start, end, replacement in taken:
        k = bisect.bisect_right(starts, start) - 1
        base = starts[k]
        if end > base + len(texts[k]) or "\n" in replacement:
            return None
        out.setdefault(k, []).append((start - base, end - base, replacement))
    return out


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


def renumbering_fixes(analysis: Analysis, findings: Sequence[Finding]) -> list[Fix]:
    """The fixes that renumber everything (修正全部序号), from the analysis of the text as it
    stands and its numbering findings, in document order.

    A continuously numbered group ("国务院 style": 一、二、 under one part, 三、四、 under the
    next) is checked against where the groups before it *should* end, counting their items.
    The numbering rule also accepts where the author's previous group ended + 1, so that a slip
    upstream is reported once (:attr:`~app.outline.types.SequenceGroup.also_accepted`): right
    for showing findings, but renumbering everything then fixes one group of a chain per
    analysis of the whole text (corpus×3: 3 extra analyses, ~20 ms each, one group each).
    Here the rest of the chain is renumbered at once. Where no group has a break, each group
    starts where the one before it ends, so the counted start and the author's end + 1 are the
    same number and both ways stop at the same text. Used after a first round of the rule's
    own fixes (:func:`app.outline.edits.renumber_all_plan`): the parser decides per level
    whether numbering runs on or restarts by a vote over the groups, and the first fixes can
    turn it (a perturbed corpus report whose （一）（二） looked continuous restarts under each
    heading once fixed; renumbering every group from its counted start in the first round
    numbered them on). Same result as the rule's fixes round by round on 736 documents (the
    corpus, and corpus reports with 30–60 % of their markers renumbered at random).
    The other numbering findings (level, marker form) give their own fixes.
    """
    from app.rules import numbering

    own = {rule.id for rule in numbering.RULES}
    placed: list[tuple[int, int, Fix]] = [(f.index, f.start, f.fix) for f in findings
                                          if f.fix is not None and f.rule not in own]
    for group in analysis.groups:
        if group.also_accepted is not None:
            group = dataclasses.replace(group, also_accepted=None)
        first = next(iter(numbering.check_group(group)), None)  # one fix shared by them all
        if first is not None and first.fix is not None:
            placed.append((first.index, first.start, first.fix))
    placed.sort(key=lambda item: (item[0], item[1]))
    return [fix for _, _, fix in placed]


def fix_document(doc: Document, analyse: Callable[[Document], list[Finding]],
                 max_rounds: int = 100) -> int:
    """Apply every mechanical fix to ``doc`` itself, re-analysing until none is left; returns the
    number of fixes applied. The edits land in the paragraphs they name, so every paragraph
    keeps its id (and with it, for a .docx, its XML, cell and objects): no matching of old and
    new texts afterwards."""
    total = 0
    for _ in range(max_rounds):
        fixes = [f.fix for f in analyse(doc) if f.fix is not None]
        if not fixes:
            break
        taken, applied = choose_fixes(doc.texts, fixes)
        if not applied:
            break
        _apply_spans(doc, taken)
        total += applied
    return total


def _apply_spans(doc: Document, taken: list[tuple[int, int, str]]) -> None:
    """Apply joined-text spans to the paragraphs, last first. A span inside one paragraph edits
    it; one across paragraph breaks joins them into the first (the others go, and comments
    anchored there become orphans, so that none is lost silently); a replacement holding "\n"
    opens new paragraphs after it, in the same table cell."""
    paragraphs = list(doc.paragraphs)
    starts = _starts([p.text for p in paragraphs])
    gone: set[int] = set()
    for start, end, replacement in reversed(taken):
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_right(starts, end) - 1
        head = paragraphs[first].text[: start - starts[first]]
        tail = paragraphs[last].text[end - starts[last]:]
        pieces = (head + replacement + tail).split("\n")
        p = paragraphs[first]
        _retext(p, pieces[0])
        gone.update(q.id for q in paragraphs[first + 1:last + 1])
        fresh = [Paragraph(text=t, cell=p.cell) for t in pieces[1:]]
        paragraphs[first + 1:last + 1] = fresh
        starts[first + 1:last + 1] = [starts[first]] * len(fresh)  # never looked up again
    for c in doc.comments:
        if c.start is not None and (c.start.paragraph_id in gone or c.end is None
                                    or c.end.paragraph_id in gone):  # fmt: skip
            c.start = c.end = None
    doc.paragraphs = paragraphs


def _retext(p: Paragraph, text: str) -> None:
    """Give ``p`` its fixed text; formatting spans are kept where they still fit."""
    p.text = text
    for s in p.spans:
        s.start, s.end = min(s.start, len(text)), min(s.end, len(text))
    p.spans = [s for s in p.spans if s.end > s.start]
