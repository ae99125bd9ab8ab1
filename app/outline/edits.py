"""Outline editing on paragraph texts: move a section, change a heading's level, renumber.

Pure functions: they take the texts, run :func:`app.engine.analyze` on them, and return new texts
(or None when the operation does not apply). The editor applies the difference as one undo step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.engine import Analysis, analyze
from app.findings import Finding
from app.fixes import fix_all
from app.model import Document, Role
from app.outline.numerals import to_chinese
from app.outline.types import Heading, MarkerKind

_LEVEL_KINDS = {
    1: MarkerKind.CN,
    2: MarkerKind.CN_PAREN,
    3: MarkerKind.ARABIC,
    4: MarkerKind.ARABIC_PAREN,
}
_TRAILING = {Role.BLANK, Role.JUNK, Role.SIGNATURE, Role.DATE, Role.ATTACHMENT}


def marker_text(level: int, number: int) -> str:
    """The GB/T 9704 marker of ``level`` (1–4) for ``number``: 一、 （一） 1. （1）."""
    if level == 1:
        return f"{to_chinese(number)}、"
    if level == 2:
        return f"（{to_chinese(number)}）"
    if level == 3:
        return f"{number}."
    if level == 4:
        return f"（{number}）"
    raise ValueError(level)


def number_text(kind: MarkerKind, number: int) -> str:
    """The numeral alone as a marker of ``kind`` writes it."""
    if kind in (MarkerKind.CN, MarkerKind.CN_PAREN, MarkerKind.CHAPTER, MarkerKind.SECTION):
        return to_chinese(number)
    return str(number)


def analyze_texts(texts: Sequence[str]) -> Analysis:
    return analyze(Document.from_lines(list(texts)))


def section_end(analysis: Analysis, heading: Heading, count: int) -> int:
    """End (exclusive) of ``heading``'s section: the next heading of the same or a higher level,
    or the end of the document less trailing blank lines, signature, date and attachment note."""
    end = count
    for h in analysis.headings:
        if h.index > heading.index and h.level <= heading.level:
            end = h.index
            break
    while end > heading.index + 1 and analysis.roles[end - 1] in _TRAILING:
        end -= 1
    return end


def siblings_of(analysis: Analysis, heading: Heading) -> list[Heading]:
    if heading.parent is not None:
        return heading.parent.children
    return analysis.outline


def _finding_keys(findings: Iterable[Finding], texts: Sequence[str], prefix: str) -> set:
    return {(f.rule, texts[f.index]) for f in findings if f.rule.startswith(prefix)}


def _fix_new_numbering(before: set, texts: list[str], region: tuple[int, int]) -> list[str]:
    """Apply the fixes of numbering findings inside ``region`` that did not exist before."""

    def new_numbering_findings(current: list[str]) -> list[Finding]:
        return [f for f in analyze_texts(current).findings
                if f.rule.startswith("numbering/") and region[0] <= f.index < region[1]
                and (f.rule, current[f.index]) not in before]

    return fix_all(texts, new_numbering_findings, max_rounds=3)[0]


def move_section(texts: Sequence[str], heading_index: int, direction: int) -> list[str] | None:
    """Swap the section at ``heading_index`` with its previous (-1) or next (+1) sibling.

    The two headings exchange their numbers, so the sibling group keeps its numbering; numbering
    problems the move creates inside the two sections (continuous sub-numbering) are then fixed.
    """
    texts = list(texts)
    analysis = analyze_texts(texts)
    heading = analysis.heading_at(heading_index)
    if heading is None or direction not in (-1, 1):
        return None
    sibs = siblings_of(analysis, heading)
    pos = next((i for i, h in enumerate(sibs) if h is heading), None)
    if pos is None or not 0 <= pos + direction < len(sibs):
        return None
    first, second = (sibs[pos - 1], heading) if direction < 0 else (heading, sibs[pos + 1])
    a0, a1 = first.index, section_end(analysis, first, len(texts))
    b0, b1 = second.index, section_end(analysis, second, len(texts))
    before = _finding_keys(analysis.findings, texts, "numbering/")
    block_a, gap, block_b = texts[a0:a1], texts[a1:b0], texts[b0:b1]
    # exchange the numerals so the group reads as before
    na, nb = first.marker, second.marker
    block_b[0] = _with_number(block_b[0], nb, number_text(nb.kind, na.number))
    block_a[0] = _with_number(block_a[0], na, number_text(na.kind, nb.number))
    new = texts[:a0] + block_b + gap + block_a + texts[b1:]
    return _fix_new_numbering(before, new, (a0, b1))


def _with_number(text: str, marker, numeral: str) -> str:
    return text[: marker.number_start] + numeral + text[marker.number_end :]


def change_level(texts: Sequence[str], heading_index: int, delta: int) -> list[str] | None:
    """Promote (delta -1: （三）→ 三、) or demote (+1: 三、→（三）) one heading.

    The new marker gets the number that follows its new previous sibling; numbering problems the
    change creates are fixed (pre-existing ones are left alone).
    """
    texts = list(texts)
    analysis = analyze_texts(texts)
    heading = analysis.heading_at(heading_index)
    if heading is None or heading.marker.kind not in _LEVEL_KINDS.values():
        return None
    level = heading.level + delta
    if level not in _LEVEL_KINDS:
        return None
    number = 1
    for h in analysis.headings:
        if h.index >= heading.index:
            break
        if h.level < level:
            number = 1
        elif h.level == level:
            number = h.number + 1
    before = _finding_keys(analysis.findings, texts, "numbering/")
    texts[heading_index] = _with_marker(texts[heading_index], heading.marker, level, number)
    return _fix_new_numbering(before, texts, (heading_index, len(texts)))


def _with_marker(text: str, marker, level: int, number: int) -> str:
    return text[: marker.start] + marker_text(level, number) + text[marker.end :]


def move_section_to(
    texts: Sequence[str], heading_index: int, target_parent_index: int | None, target_position: int
) -> list[str] | None:
    """Move the section at ``heading_index`` to become child ``target_position`` (0-based, counted
    without the section itself) of the heading at ``target_parent_index`` (None: top level).

    The section's headings change level to fit the new parent (一、 under a 一、 becomes （一）, its
    （一） become 1. …); the group the section leaves and the group it joins are renumbered. None
    when the move is impossible: not a heading, into its own subtree, a level beyond （1）, or no
    change at all.
    """
    texts = list(texts)
    analysis = analyze_texts(texts)
    heading = analysis.heading_at(heading_index)
    if heading is None or target_position < 0:
        return None
    start, end = heading.index, section_end(analysis, heading, len(texts))
    parent = None
    if target_parent_index is not None:
        parent = analysis.heading_at(target_parent_index)
        if parent is None or start <= parent.index < end:
            return None
    siblings = [h for h in (parent.children if parent else analysis.outline) if h is not heading]
    if siblings:
        level = siblings[0].level
    else:
        level = parent.level + 1 if parent else heading.level
    delta = level - heading.level
    moved = [h for h in analysis.headings if start <= h.index < end]
    block = texts[start:end]
    if delta:
        if any(
            h.marker.kind not in _LEVEL_KINDS.values() or h.level + delta not in _LEVEL_KINDS
            for h in moved
        ):
            return None
        for h in moved:
            number = target_position + 1 if h is heading else h.number
            k = h.index - start
            block[k] = _with_marker(block[k], h.marker, h.level + delta, number)
    else:
        m = heading.marker
        block[0] = _with_number(block[0], m, number_text(m.kind, target_position + 1))
    if target_position < len(siblings):
        at = siblings[target_position].index
    elif parent is not None:
        at = section_end(analysis, parent, len(texts))
    elif siblings:
        at = section_end(analysis, siblings[-1], len(texts))
    else:
        at = start
    if start < at < end:
        return None
    if at >= end:
        at -= end - start
    rest = texts[:start] + texts[end:]
    new = rest[:at] + block + rest[at:]
    if new == texts:
        return None
    before = _finding_keys(analysis.findings, texts, "numbering/")
    new = _fix_new_numbering(before, new, (0, len(new)))
    return None if new == texts else new


def renumber_all(texts: Sequence[str]) -> list[str]:
    """Apply every numbering fix the analysis proposes (rules "numbering/…"), until stable."""

    def numbering_findings(current: list[str]) -> list[Finding]:
        return [f for f in analyze_texts(current).findings if f.rule.startswith("numbering/")]

    return fix_all(list(texts), numbering_findings)[0]
