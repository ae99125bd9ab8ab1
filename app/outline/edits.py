"""Outline editing on the real document: move a section, change a heading's level, renumber.

The ``plan_*`` functions take the :class:`~app.model.Document` and its current
:class:`~app.engine.Analysis` and return an :class:`~app.outline.change.OutlineChange` (or None
when the operation does not apply): whole paragraphs move, so they keep their ids, formatting,
comments and original XML; then small text edits rewrite markers; then fixed roles (a Word
heading style) follow their paragraph's new level. A section always travels with its children:
demoting 三、 to （三） turns its （一）（二） into 1. 2.

The text-based functions at the end (:func:`move_section`, :func:`change_level`,
:func:`move_section_to`, :func:`renumber_all`) are thin wrappers over the plans kept for callers
that still work on bare strings; they go once the window applies OutlineChange.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from itertools import compress
from operator import attrgetter, is_not

from app.engine import Analysis, analyze
from app.findings import Edit, Finding
from app.fixes import apply_fixes, renumbering_fixes
from app.model import Document, Paragraph, Role
from app.outline.change import Move, OutlineChange
from app.outline.numerals import to_chinese
from app.outline.parts import PartCache
from app.outline.types import Heading, Marker, MarkerKind

_Keys = set[tuple[str, str]]

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


# --- the working copy a plan edits ------------------------------------------------------------

class _Draft:
    """The document as the planned moves and edits leave it: paragraph order and texts.

    ``order[k]`` is the original index of the paragraph now at k; ``texts`` its planned text;
    ``levels`` the new heading level of original paragraphs whose level changes.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.order = list(range(len(doc.paragraphs)))
        self.texts = doc.texts
        self.moves: list[Move] = []
        self.levels: dict[int, int] = {}
        # The last stand-in document and what it was built for (moves and levels): a plan
        # that analyses its draft round after round changes only a few texts in between.
        self._built: tuple[tuple[int, tuple[tuple[int, int], ...]], Document] | None = None

    def move(self, first: int, last: int, before: int) -> None:
        """Move current paragraphs first..last before current index ``before``."""
        if before in (first, last + 1):
            return
        self.moves.append(Move(first, last, before))
        block = self.order[first:last + 1]
        texts = self.texts[first:last + 1]
        rest = self.order[:first] + self.order[last + 1:]
        rest_texts = self.texts[:first] + self.texts[last + 1:]
        at = before if before < first else before - len(block)
        self.order = rest[:at] + block + rest[at:]
        self.texts = rest_texts[:at] + texts + rest_texts[at:]

    def document(self, texts: list[str] | None = None) -> Document:
        """A stand-in document in the planned order, with each paragraph's fixed role (moved
        to its new level) and table cell, for analysing the result. Built once per order and
        levels; later calls only give changed paragraphs their new text.

        A paragraph whose text and role the plan leaves as they are is the document's own
        Paragraph object, not a copy: the analysis reads a paragraph's text, role and cell and
        writes nothing into it, and a renumbering changes a few hundred paragraphs of 4,400
        (copying the others was ~5 % of the plan). Only the stand-in's own copies are ever
        given a new text."""
        texts = texts if texts is not None else self.texts
        shape = (len(self.moves), tuple(sorted(self.levels.items())))
        originals = self.doc.paragraphs
        if self._built is not None and self._built[0] == shape:
            doc = self._built[1]
            out = doc.paragraphs
            if len(out) != len(texts):
                raise ValueError("document: as many texts as paragraphs")
            # the paragraphs whose text moved on, found in C (a round changes a few hundred)
            for k in compress(range(len(out)), map(is_not, map(_TEXT, out), texts)):
                p, text = out[k], texts[k]
                if p is originals[self.order[k]]:
                    out[k] = self._copy(p, text, p.role)
                else:
                    p.text = text
            return doc
        out = []
        for k, original in enumerate(self.order):
            p = originals[original]
            role = p.role
            if original in self.levels and p.role_fixed and role is not None \
                    and role.heading_level is not None:
                role = Role.for_heading_level(self.levels[original])
            text = texts[k]
            out.append(p if text is p.text and role is p.role else self._copy(p, text, role))
        doc = Document(paragraphs=out, ignores=self.doc.ignores)
        self._built = (shape, doc)
        return doc

    @staticmethod
    def _copy(p: Paragraph, text: str, role: Role | None) -> Paragraph:
        """What the analysis reads of ``p``, with the plan's text and role."""
        return Paragraph(text=text, role=role, role_fixed=p.role_fixed, cell=p.cell)

    def fix_new_numbering(self, before: _Keys, region: tuple[int, int], rounds: int = 3) -> None:
        """Apply the fixes of numbering findings inside ``region`` that were not there before."""
        for _ in range(rounds):
            findings = [f for f in analyze(self.document(), ("numbering",)).findings
                        if f.fix is not None and region[0] <= f.index < region[1]
                        and (f.rule, self.texts[f.index]) not in before]
            if not findings:
                return
            new, applied = apply_fixes(self.texts, [f.fix for f in findings if f.fix])
            if not applied:
                return
            self.texts = new

    def change(self, description: str) -> OutlineChange | None:
        paragraphs = self.doc.paragraphs
        texts = self.texts
        if self.moves:
            moved = [paragraphs[o].text for o in self.order]
            edits = [_edit(k, old, new) for k, (old, new) in enumerate(zip(moved, texts,
                                                                          strict=True))
                     if old != new]
        else:  # a paragraph no fix touched still holds its very string (apply_fixes)
            if len(paragraphs) != len(texts):
                raise ValueError("change: as many texts as paragraphs")
            edits = [_edit(k, paragraphs[k].text, texts[k]) for k in compress(
                range(len(texts)), map(is_not, map(_TEXT, paragraphs), texts))
                if texts[k] != paragraphs[k].text]
        roles: dict[int, Role] = {}
        for k, original in enumerate(self.order if self.levels else ()):
            p = self.doc.paragraphs[original]
            if original in self.levels and p.role_fixed and p.role is not None \
                    and p.role.heading_level is not None:
                roles[k] = Role.for_heading_level(self.levels[original])
        change = OutlineChange(list(self.moves), edits, roles, description)
        return change or None


_TEXT = attrgetter("text")


def _edit(index: int, old: str, new: str) -> Edit:
    """The smallest single edit turning ``old`` into ``new`` (common prefix and suffix kept)."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return Edit(index, start, end_old, new[start:end_new])


def _numbering_keys(findings: list[Finding], texts: list[str]) -> _Keys:
    return {(f.rule, texts[f.index]) for f in findings if f.rule.startswith("numbering/")}


def _title(doc: Document, heading: Heading) -> str:
    return doc.paragraphs[heading.index].text[heading.marker.end:][:20].strip()


# --- plans ------------------------------------------------------------------------------------

def plan_move_section(doc: Document, analysis: Analysis, heading_index: int,
                      direction: int) -> OutlineChange | None:
    """Swap the section at ``heading_index`` with its previous (-1) or next (+1) sibling.

    The two headings exchange their numbers, so the sibling group keeps its numbering; numbering
    problems the move creates inside the two sections (continuous sub-numbering) are then fixed.
    """
    heading = analysis.heading_at(heading_index)
    if heading is None or direction not in (-1, 1):
        return None
    sibs = siblings_of(analysis, heading)
    pos = next((i for i, h in enumerate(sibs) if h is heading), None)
    if pos is None or not 0 <= pos + direction < len(sibs):
        return None
    count = len(doc.paragraphs)
    first, second = (sibs[pos - 1], heading) if direction < 0 else (heading, sibs[pos + 1])
    a0, a1 = first.index, section_end(analysis, first, count)
    b0, b1 = second.index, section_end(analysis, second, count)
    before = _numbering_keys(analysis.findings, doc.texts)
    draft = _Draft(doc)
    na, nb = first.marker, second.marker
    texts = draft.texts
    if MarkerKind.STYLED not in (na.kind, nb.kind):  # headings by style alone have no numbers
        texts[b0] = _with_number(texts[b0], nb, number_text(nb.kind, na.number))
        texts[a0] = _with_number(texts[a0], na, number_text(na.kind, nb.number))
    draft.move(b0, b1 - 1, a0)  # B gap A … : B now stands first
    len_b = b1 - b0
    draft.move(a0 + len_b, a0 + len_b + (a1 - a0) - 1, b1)  # A after the gap
    draft.fix_new_numbering(before, (a0, b1))
    verb = "上移" if direction < 0 else "下移"
    return draft.change(f"将“{_title(doc, heading)}”{verb}")


def _with_number(text: str, marker: Marker, numeral: str) -> str:
    return text[: marker.number_start] + numeral + text[marker.number_end :]


def _with_marker(text: str, marker: Marker, level: int, number: int) -> str:
    return text[: marker.start] + marker_text(level, number) + text[marker.end :]


def _section_headings(analysis: Analysis, heading: Heading, count: int) -> list[Heading]:
    end = section_end(analysis, heading, count)
    return [h for h in analysis.headings if heading.index <= h.index < end]


def plan_change_level(doc: Document, analysis: Analysis, heading_index: int,
                      delta: int) -> OutlineChange | None:
    """Promote (delta -1: （三）→ 三、) or demote (+1: 三、→（三）) a heading with its section.

    Every heading inside the section moves by the same step (三、's （一）（二） become 1. 2.);
    the heading takes the number that follows its new previous sibling, and numbering problems
    the change creates (the old siblings after it, the group it joins) are fixed. None when a
    heading of the section would leave the four levels 一、…（1）.
    """
    heading = analysis.heading_at(heading_index)
    if heading is None or delta not in (-1, 1):
        return None
    moved = _section_headings(analysis, heading, len(doc.paragraphs))
    if any(h.marker.kind not in _LEVEL_KINDS.values() or h.level + delta not in _LEVEL_KINDS
           for h in moved):
        return None
    level = heading.level + delta
    number = 1
    for h in analysis.headings:
        if h.index >= heading.index:
            break
        if h.level < level:
            number = 1
        elif h.level == level:
            number = h.number + 1
    before = _numbering_keys(analysis.findings, doc.texts)
    draft = _Draft(doc)
    for h in moved:
        n = number if h is heading else h.number
        draft.texts[h.index] = _with_marker(draft.texts[h.index], h.marker, h.level + delta, n)
        draft.levels[h.index] = h.level + delta
    draft.fix_new_numbering(before, (heading_index, len(doc.paragraphs)))
    verb = "降级" if delta > 0 else "升级"
    return draft.change(f"将“{_title(doc, heading)}”{verb}")


def plan_move_section_to(doc: Document, analysis: Analysis, heading_index: int,
                         target_parent_index: int | None, target_position: int
                         ) -> OutlineChange | None:
    """Move the section at ``heading_index`` to become child ``target_position`` (0-based, counted
    without the section itself) of the heading at ``target_parent_index`` (None: top level).

    The section's headings change level to fit the new parent (一、 under a 一、 becomes （一）, its
    （一） become 1. …); the group the section leaves and the group it joins are renumbered. None
    when the move is impossible: not a heading, into its own subtree, a level beyond （1）, or no
    change at all.
    """
    heading = analysis.heading_at(heading_index)
    if heading is None or target_position < 0:
        return None
    count = len(doc.paragraphs)
    start, end = heading.index, section_end(analysis, heading, count)
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
    draft = _Draft(doc)
    texts = draft.texts
    if delta:
        if any(h.marker.kind not in _LEVEL_KINDS.values() or h.level + delta not in _LEVEL_KINDS
               for h in moved):
            return None
        for h in moved:
            n = target_position + 1 if h is heading else h.number
            texts[h.index] = _with_marker(texts[h.index], h.marker, h.level + delta, n)
            draft.levels[h.index] = h.level + delta
    elif heading.marker.kind is not MarkerKind.STYLED:
        m = heading.marker
        texts[start] = _with_number(texts[start], m, number_text(m.kind, target_position + 1))
    if target_position < len(siblings):
        at = siblings[target_position].index
    elif parent is not None:
        at = section_end(analysis, parent, count)
    elif siblings:
        at = section_end(analysis, siblings[-1], count)
    else:
        at = start
    if start < at < end:
        return None
    draft.move(start, end - 1, at)
    if draft.texts == doc.texts and not draft.moves:
        return None
    before = _numbering_keys(analysis.findings, doc.texts)
    draft.fix_new_numbering(before, (0, count))
    if [doc.paragraphs[o].text for o in draft.order] == doc.texts and draft.texts == doc.texts:
        return None
    return draft.change(f"移动“{_title(doc, heading)}”")


def plan_renumber_all(doc: Document, analysis: Analysis | None = None,
                      rounds: int = 100) -> OutlineChange | None:
    """Apply every numbering fix the analysis proposes (rules "numbering/…"), until stable —
    including a list restarted under one parent, which continues its first run. ``analysis``
    (of ``doc``, as it is now) saves the first round's analysis."""
    return renumber_all_plan(doc, analysis, rounds)[0]


@functools.cache
def _not_group_rules() -> tuple[str, ...]:
    """The numbering rules whose findings a renumbering round after the first reads (marker
    form, level). The group rules' (app.rules.numbering: skip, start, …) are worked out again,
    group by group, by app.fixes.renumbering_fixes: running them in the round's analysis too
    was done twice."""
    from app.rules import ALL_RULES, numbering

    own = {rule.id for rule in numbering.RULES}
    return tuple(sorted(rule_id for rule_id in ALL_RULES
                        if rule_id.startswith("numbering/") and rule_id not in own))


def renumber_all_plan(doc: Document, analysis: Analysis | None = None, rounds: int = 100,
                      parts: PartCache | None = None
                      ) -> tuple[OutlineChange | None, tuple[Document, Analysis] | None]:
    """:func:`plan_renumber_all`, and the stand-in document of the result with its analysis
    (numbering rules only) when the plan made one: the last round analyses exactly the
    renumbered document, so the editor's next analysis need not parse it again
    (:meth:`app.incremental.IncrementalAnalyzer.update`'s ``outline``).

    ``parts``: the caller's cache of an earlier parse of ``doc`` (a :meth:`PartCache.copy`;
    brought up to date here, so after the call it holds the last round's parse). A round
    parses again only the parts whose paragraphs it changed, the first one too: without it
    the first round parsed all 109 parts of corpus×3 (with it 修正全部序号 costs 18 M of its
    1,701 M instructions less, callgrind: the part trees are the smaller half of a parse).
    Each part taken from the cache is checked against its input, so the plan is the same."""
    draft = _Draft(doc)
    last: tuple[Document, Analysis] | None = None
    if parts is None:
        parts = PartCache()  # a round after the first parses again only the parts it renumbered
    for k in range(rounds):
        findings = [f for f in analysis.findings
                    if f.rule.startswith("numbering/") or f.rule == "numbering"] \
            if k == 0 and analysis is not None else []
        structure = analysis
        if not findings:  # (the caller's analysis may have run without the numbering rules)
            stand_in = draft.document()
            structure = analyze(stand_in, ("numbering",) if k == 0 else _not_group_rules(),
                                parts=parts)
            last = (stand_in, structure)
            findings = structure.findings
        assert structure is not None
        # the rule's own fixes first (the parser may then vote the style anew), the rest of a
        # chain of continuously numbered groups at once after (app.fixes.renumbering_fixes)
        fixes = [f.fix for f in findings if f.fix is not None] if k == 0 else \
            renumbering_fixes(structure, findings)
        if not fixes:
            break
        new, applied = apply_fixes(draft.texts, fixes)
        if not applied:
            break
        draft.texts = new
        last = None  # the texts moved on
    return draft.change("修正全部序号"), last


# --- text-based wrappers (to be removed once the window applies OutlineChange) ---------------

def apply_change(texts: Sequence[str], change: OutlineChange) -> list[str]:
    """``texts`` after ``change``'s moves and edits (roles do not show in bare text)."""
    out = list(texts)
    for mv in change.moves:
        block = out[mv.first:mv.last + 1]
        rest = out[:mv.first] + out[mv.last + 1:]
        at = mv.before if mv.before < mv.first else mv.before - len(block)
        out = rest[:at] + block + rest[at:]
    if change.edits:
        from app.findings import Fix

        out, _ = apply_fixes(out, [Fix(tuple(change.edits), change.description)])
    return out


def _on_texts(texts: Sequence[str], plan: Callable[..., OutlineChange | None],
              *args: object) -> list[str] | None:
    doc = Document.from_lines(list(texts))
    change = plan(doc, analyze(doc), *args)
    return None if change is None else apply_change(texts, change)


def move_section(texts: Sequence[str], heading_index: int, direction: int) -> list[str] | None:
    return _on_texts(texts, plan_move_section, heading_index, direction)


def change_level(texts: Sequence[str], heading_index: int, delta: int) -> list[str] | None:
    return _on_texts(texts, plan_change_level, heading_index, delta)


def move_section_to(texts: Sequence[str], heading_index: int, target_parent_index: int | None,
                    target_position: int) -> list[str] | None:
    return _on_texts(texts, plan_move_section_to, heading_index, target_parent_index,
                     target_position)


def renumber_all(texts: Sequence[str]) -> list[str]:
    return _on_texts(texts, plan_renumber_all) or list(texts)
