"""Outline editing on paragraph texts: move a section, change a heading's level, renumber.

Pure functions: they take the texts, run :func:`app.engine.analyze` on them, and return new texts
(or None when the operation does not apply). The editor applies the difference as one undo step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.engine import Analysis, analyze
from app.findings import Edit, Finding
from app.model import Document, Role
from app.outline.types import Heading, MarkerKind

_CN_DIGITS = "零一二三四五六七八九"
_LEVEL_KINDS = {
    1: MarkerKind.CN,
    2: MarkerKind.CN_PAREN,
    3: MarkerKind.ARABIC,
    4: MarkerKind.ARABIC_PAREN,
}
_TRAILING = {Role.BLANK, Role.JUNK, Role.SIGNATURE, Role.DATE, Role.ATTACHMENT}


def cn_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 99 → 九十九 (1 ≤ n < 100; others stay digits)."""
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CN_DIGITS[ones]
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[ones] if ones else "")


def marker_text(level: int, number: int) -> str:
    """The GB/T 9704 marker of ``level`` (1–4) for ``number``: 一、 （一） 1. （1）."""
    if level == 1:
        return f"{cn_numeral(number)}、"
    if level == 2:
        return f"（{cn_numeral(number)}）"
    if level == 3:
        return f"{number}."
    if level == 4:
        return f"（{number}）"
    raise ValueError(level)


def number_text(kind: MarkerKind, number: int) -> str:
    """The numeral alone as a marker of ``kind`` writes it."""
    if kind in (MarkerKind.CN, MarkerKind.CN_PAREN, MarkerKind.CHAPTER, MarkerKind.SECTION):
        return cn_numeral(number)
    return str(number)


def analyze_texts(texts: Sequence[str]) -> Analysis:
    return analyze(Document.from_lines(list(texts)))


def apply_edits(texts: Sequence[str], edits: Iterable[Edit]) -> list[str]:
    """Apply edits (code points; ``end_index`` spans paragraphs); overlapping ones apply once.

    Edits are applied from the end of the document backwards so earlier offsets stay valid; a
    newline in a replacement splits the paragraph.
    """
    out = list(texts)
    done: tuple[int, int] | None = None  # start of the last edit applied
    order = sorted(set(edits), key=lambda e: (e.index, e.start, e.last_index, e.end), reverse=True)
    for e in order:
        if done is not None and (e.last_index, e.end) > done:
            continue
        if e.last_index >= len(out) or e.end > len(out[e.last_index]):
            continue
        merged = out[e.index][: e.start] + e.replacement + out[e.last_index][e.end :]
        out[e.index : e.last_index + 1] = merged.split("\n")
        done = (e.index, e.start)
    return out


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
    for _ in range(3):
        analysis = analyze_texts(texts)
        edits: list[Edit] = []
        for f in analysis.findings:
            if not f.rule.startswith("numbering/") or f.fix is None:
                continue
            if not region[0] <= f.index < region[1] or (f.rule, texts[f.index]) in before:
                continue
            edits.extend(f.fix.edits)
        if not edits:
            break
        new = apply_edits(texts, edits)
        if new == texts:
            break
        texts = new
    return texts


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
    m = heading.marker
    texts[heading_index] = (
        texts[heading_index][: m.start] + marker_text(level, number) + texts[heading_index][m.end :]
    )
    return _fix_new_numbering(before, texts, (heading_index, len(texts)))


def renumber_all(texts: Sequence[str]) -> list[str]:
    """Apply every numbering fix the analysis proposes (rules "numbering/…"), until stable."""
    texts = list(texts)
    for _ in range(5):
        analysis = analyze_texts(texts)
        edits = [
            e
            for f in analysis.findings
            if f.rule.startswith("numbering/") and f.fix is not None
            for e in f.fix.edits
        ]
        if not edits:
            break
        new = apply_edits(texts, edits)
        if new == texts:
            break
        texts = new
    return texts
