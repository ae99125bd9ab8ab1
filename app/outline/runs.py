"""Inline runs across paragraphs: 一是/二是… and 第一，/第二，… numbered as one list.

Split from the parser because the pass is the costliest of a warm parse: it used to read every
paragraph (role, heading, items, last character) at every analysis. Most paragraphs are body text
without items that neither end nor start a list; what each paragraph's text says for the runs is
cached by text (:func:`_body_items`, :func:`_body_breaks`), and only paragraphs with items are
visited.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from itertools import compress

from app.model import Role
from app.outline.inline import find_inline_items
from app.outline.numerals import to_chinese
from app.outline.roles import CLOSING, clean, edge
from app.outline.types import Heading, Marker, MarkerKind, SequenceGroup
from app.textcache import sized_text_cache

# Roles at which every open run ends (the paragraph itself is not read for items).
_STOPS = frozenset({Role.JUNK, Role.TITLE, Role.SUBTITLE, Role.DATE, Role.SIGNATURE,
                    Role.ATTACHMENT, Role.MASTHEAD})


def _breaks(text: str) -> bool:
    """A paragraph without items ends the open runs: a new lead sentence ("…如下：") or an
    unnumbered heading (short, no closing punctuation)."""
    last = edge(text, -1)
    return last in ("：", ":") or (len(text) <= 40 and last not in CLOSING
                                   and len(clean(text)) <= 30)


@sized_text_cache(131072)
def _body_items(text: str) -> tuple[Marker, ...]:
    """The items of a paragraph read from its start (cached by text alone: the usual lookup)."""
    return find_inline_items(text) if text else ()


@sized_text_cache(131072)
def _body_breaks(text: str) -> bool:
    """A paragraph read from its start that has no items and ends the runs (:func:`_breaks`)."""
    return not _body_items(text) and _breaks(text)


_IS_BLANK = frozenset({Role.BLANK}).__contains__


def inline_groups(texts: list[str], markers: list[Marker | None], roles: list[Role],
                  headings: list[Heading], cells: set[int]) -> list[SequenceGroup]:
    """一是/二是… and 第一，/第二，… runs: within a paragraph, and on across paragraphs.

    A paragraph that opens with 三是 continues an open run even when body paragraphs stand
    between the items (the 2026 Guangdong report does this); of several open runs (a list inside
    an item's paragraph) it continues the one its number follows. A run ends at a heading, at a
    run-in 第X， heading (for the 一是 kinds) and at a new lead: a paragraph that ends in "："
    without items of its own, or one whose items start after a lead sentence and restart at 一.

    Blank lines and table cells are passed over. Only the paragraphs with items are visited;
    of the rest, all that matters is whether one that ends the runs (a heading, a lead line, a
    title, date, signature or attachment line) stands before an item since the last one, which
    a bisection in their sorted indexes tells.
    """
    n = len(texts)
    every = range(n)
    passed_over = cells.union(compress(every, map(_IS_BLANK, roles)))
    stops = set(compress(every, map(_STOPS.__contains__, roles)))
    heading_at = {h.index: h for h in headings}
    ends = stops.union(heading_at, compress(every, map(_body_breaks, texts)))
    ends.difference_update(passed_over)
    ending = sorted(ends)
    found: dict[int, tuple[Marker, ...]] = {}
    for i in compress(every, map(_body_items, texts)):
        if i not in passed_over and i not in stops and i not in heading_at:
            found[i] = _body_items(texts[i])
    for i, heading in heading_at.items():
        if i not in passed_over and i not in stops and texts[i]:
            items = find_inline_items(texts[i], heading.marker.end)
            if items:
                found[i] = items
    groups: list[SequenceGroup] = []
    open_runs: dict[MarkerKind, list[SequenceGroup]] = defaultdict(list)
    previous = -1
    for i in sorted(found):
        if bisect_right(ending, i) > bisect_right(ending, previous):
            open_runs.clear()  # a heading, a new lead sentence, …: a new list
        previous = i
        text = texts[i]
        items = found[i]
        h = heading_at.get(i)
        skip = h.marker.end if h is not None else 0
        first = items[0]
        if first.kind is MarkerKind.INLINE_DI and not text[skip:first.start].strip():
            for kind in (MarkerKind.INLINE_SHI, MarkerKind.INLINE_YAO):
                open_runs.pop(kind, None)  # a run-in 第X， section starts its own lists
        current: dict[MarkerKind, SequenceGroup] = {}
        enclosing: dict[int, SequenceGroup] = {}  # id of a sub-list -> the run it sits in
        for m in items:
            g = current.get(m.kind)
            runs = open_runs[m.kind]
            if g is not None and m.number != 1:
                outer = enclosing.get(id(g))
                if outer is not None and _resumes(outer, g, m.number) \
                        and _after_sentence(text, skip, m):
                    # the sub-list is over: later paragraphs go on with the outer run
                    runs[:] = [r for r in runs if r is not g]
                    g = current[m.kind] = outer
                g.items.append((i, m))
                continue
            enclosed_by = g
            lead = g is None and not text[skip:m.start].strip()
            if lead and m.number != 1 and runs:
                g = _run_to_continue(runs, m.number)
                del runs[runs.index(g) + 1:]
                g.items.append((i, m))
            else:
                g = SequenceGroup(m.kind, [(i, m)], 1)
                if m.number > 1 and _written_before(text, skip, m):
                    g.expected_start = m.number  # "…正文一是甲，二是乙": 一是 not at a clause start
                groups.append(g)
                if lead and m.number == 1:
                    runs.clear()
                runs.append(g)
                if enclosed_by is not None and m.number == 1 and _after_colon(text, skip, m):
                    enclosing[id(g)] = enclosed_by
            current[m.kind] = g
    return groups


def _mark_before(text: str, skip: int, m: Marker) -> str:
    """The character before ``m`` past any spaces ("" at the paragraph's start or ``skip``); read
    in place, not on a copy of the text before it (a paragraph may hold thousands of items)."""
    j = m.start - 1
    while j >= skip and text[j] in " \u3000":
        j -= 1
    return text[j] if j >= skip else ""


def _after_colon(text: str, skip: int, m: Marker) -> bool:
    """``m`` stands right after a "：" in its paragraph: a lead that announces a list of its own
    inside the item before it (规模企业有2家：一是……二是……)."""
    return _mark_before(text, skip, m) in ("：", ":")


def _after_sentence(text: str, skip: int, m: Marker) -> bool:
    """``m`` opens a sentence: the sub-list's items stand in one sentence, split by "；" or "，"
    (一是甲；二是乙；二是丙 is still the sub-list's duplicate), and the outer run's next item opens
    the sentence after it."""
    return _mark_before(text, skip, m) in ("。", "！", "？", "!", "?")


def _resumes(outer: SequenceGroup, sub: SequenceGroup, number: int) -> bool:
    """An item numbered ``number`` after a sub-list (opened by a colon inside one of the outer
    run's items) goes on with the outer run: it does not follow the sub-list's last number but
    follows the outer run's (有2家：一是甲；二是乙。二是……). The same rule the runs across
    paragraphs follow (:func:`_run_to_continue`): an item continues the list its number follows.
    Otherwise the sub-list goes on, and a repeated or skipped number is reported there."""
    return number != sub.items[-1][1].number + 1 and number == outer.items[-1][1].number + 1


_INLINE_FORMS = {MarkerKind.INLINE_SHI: "{}是", MarkerKind.INLINE_YAO: "{}要",
                 MarkerKind.INLINE_DI: "第{}"}


def _written_before(text: str, skip: int, m: Marker) -> bool:
    """The item before ``m`` (一是 before 二是) is in the paragraph, where it was not read as an
    item (not at a clause start): the run does start there."""
    form = _INLINE_FORMS.get(m.kind)
    return form is not None and form.format(to_chinese(m.number - 1)) in text[skip:m.start]


def _run_to_continue(runs: list[SequenceGroup], number: int) -> SequenceGroup:
    """The open run an item numbered ``number`` continues: the latest one it follows, else the
    latest one it repeats or skips ahead of (a real slip), else the latest."""
    for want in (number - 1, number, number - 2):
        for g in reversed(runs):
            if g.items[-1][1].number == want:
                return g
    return runs[-1]
