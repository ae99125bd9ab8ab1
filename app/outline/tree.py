"""The heading tree and the numbering groups of one part, from its markers.

Split from :mod:`app.outline.parser`: everything here reads only the part it is given (the
tree's stack, the nested lists and the sibling groups start again at each part), which is
what lets :class:`app.outline.parts.PartCache` keep a part's result while its input stays
the same. Only :func:`numbering_style` (a vote over every part) reads the whole document.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict

from app.model import Role
from app.outline.inline import find_inline_items
from app.outline.roles import CLOSING, clean
from app.outline.types import LEVELS, Heading, Marker, MarkerKind, SequenceGroup
from app.textcache import text_cache

# Marker kinds shown in the outline tree; ① and 第X条 are numbered items, checked but not shown.
TREE_KINDS = {MarkerKind.CHAPTER, MarkerKind.SECTION, MarkerKind.CN, MarkerKind.CN_PAREN,
              MarkerKind.ARABIC, MarkerKind.ARABIC_PAREN, MarkerKind.DECIMAL, MarkerKind.STYLED}
_RUN_IN_END = re.compile("[。！？：:]")
_CLOSING = CLOSING

Family = tuple[MarkerKind] | tuple[MarkerKind, int]  # a numbering system (and a decimal depth)


def nested_runs(seq: list[tuple[int, Marker]], part_of: list[int]) -> set[int]:
    """Indexes of items of a list restarted inside a section at the same level (一、…三、 in 四、).

    A run 1, 2, … at level L counts as nested when the item after it at level L continues the
    numbering from before the run (… 四、 [一、 二、 三、] 五、).
    """
    nested: set[int] = set()
    for pos, (i, m) in enumerate(seq):
        if m.number != 1 or i in nested or m.kind is MarkerKind.DECIMAL:
            continue
        prev = _previous_same_level(seq, pos)
        if prev is None or prev[1].number < 1:
            continue
        k = prev[1].number
        run = [i]
        last = 1
        nxt = None
        for after in range(pos + 1, len(seq)):
            j, mj = seq[after]
            if part_of[j] != part_of[i] or mj.level < m.level:
                break
            if mj.family != m.family:
                continue
            if mj.number == last + 1:
                run.append(j)
                last = mj.number
                continue
            nxt = mj
            break
        # A lone repeated 一、 is a slip, not a list: a nested list has at least two items.
        if nxt is not None and nxt.number == k + 1 and len(run) >= 2 \
                and part_of[i] == part_of[prev[0]]:
            nested.update(run)
    return nested


def _previous_same_level(seq: list[tuple[int, Marker]], pos: int) -> tuple[int, Marker] | None:
    _, m = seq[pos]
    for j in range(pos - 1, -1, -1):
        mj = seq[j][1]
        if mj.level < m.level:
            return None
        if mj.family == m.family:
            return seq[j]
    return None


def build_tree(texts: list[str], seq: list[tuple[int, Marker]], nested: set[int],
                part_of: list[int]) -> list[Heading]:
    headings: list[Heading] = []
    stack: list[Heading] = []
    part = 0
    outer = _outer_levels(seq, nested, part_of)

    ranks: list[float] = []  # rank of each heading on the stack, computed once

    for i, m in seq:
        if i in nested:
            continue
        if part_of[i] != part:
            stack, ranks, part = [], [], part_of[i]
        title, title_end, run_in = split_run_in(texts[i], m.end)
        h = Heading(i, m, title, title_end, run_in=run_in)
        h.level = level = m.level  # (kept: the rules ask it of every heading, often)
        if m.kind in TREE_KINDS:
            # A part that opens with （一） and hangs 一、… beneath it (the 1981 report) keeps
            # its own hierarchy in the tree; numbering/level reports the inversion.
            rank = 0.5 if level == outer.get(part) else level
            while ranks and ranks[-1] >= rank:
                stack.pop()
                ranks.pop()
            if stack:
                h.parent = stack[-1]
                stack[-1].children.append(h)
            stack.append(h)
            ranks.append(rank)
        else:
            parent = next((s for s in reversed(stack) if s.level < h.level), None)
            h.parent = parent  # numbered item: belongs to the section, not shown in the tree
        headings.append(h)
    return headings


_STANDARD = (MarkerKind.CN, MarkerKind.CN_PAREN, MarkerKind.ARABIC, MarkerKind.ARABIC_PAREN)


def _outer_levels(seq: list[tuple[int, Marker]], nested: set[int],
                  part_of: list[int]) -> dict[int, int]:
    """{part: level} for parts whose opening level is really their outermost one.

    The evidence: the part opens with level L (（一）), a shallower level follows (一、…十、), and
    then L goes on with the next number (（三）). Without that evidence the standard order holds.
    """
    outer: dict[int, int] = {}
    first: dict[int, Marker] = {}
    last_top: dict[int, int] = {}
    shallower_seen: set[int] = set()
    for i, m in seq:
        if i in nested or m.kind not in _STANDARD:
            continue
        part = part_of[i]
        if part not in first:
            first[part], last_top[part] = m, m.number
            continue
        opening = first[part]
        if m.level < opening.level:
            shallower_seen.add(part)
        elif m.kind is opening.kind and part not in shallower_seen:
            last_top[part] = m.number
        elif m.kind is opening.kind and m.number == last_top[part] + 1:
            outer[part] = opening.level
    return outer


@text_cache
def split_run_in(text: str, body_start: int) -> tuple[str, int, bool]:
    """(title, where the heading sentence ends, run-in?) — the title is the first sentence."""
    found = _RUN_IN_END.search(text, body_start)
    if found is None or not text[found.end():].strip():
        return text[body_start:].strip().rstrip("。：:"), len(text), False
    return text[body_start:found.start()].strip(), found.end(), True


class Separators:
    """Whether something stands between two runs of sibling items that makes them two lists.

    (一)(二)(三) then (一)(二)(三) under one parent is one list numbered twice (a demoted section
    left its children behind), unless a heading separates them: a numbered one of another kind
    (a run-in 第一，) or an unnumbered one (a short line without closing punctuation). A lead
    sentence ending in "：" right before the restart makes it a judgement call; lead sentences
    before both runs make them two lists.
    """

    def __init__(self, texts: list[str], roles: list[Role], markers: list[Marker | None],
                 part_of: list[int]) -> None:
        self.texts, self.roles, self.markers = texts, roles, markers
        self.part_of = part_of  # a part's groups read its own paragraphs only (app.outline.parts)

    def between(self, first: int, last: int) -> bool:
        for k in range(first + 1, last):
            if self.roles[k] in (Role.TITLE, Role.ATTACHMENT, Role.CHAPTER, Role.SIGNATURE,
                                 Role.DATE, Role.SUBTITLE, Role.MASTHEAD):
                return True
            t = clean(self.texts[k])
            if not t or self.markers[k] is not None:
                continue
            if len(t) <= 30 and t[-1] not in _CLOSING:
                return True  # an unnumbered heading
            if _starts_with_di(self.texts[k]):
                return True  # a run-in 第一，… heading
        return False

    def contents_before(self, first: int, index: int) -> bool:
        """十件大事 1.…10. (bare titles), then 1.中央统战工作会议召开 and its text: the run that
        restarts at ``index`` writes out under their titles again the items the run from
        ``first`` only listed. A list of contents and the body, not one list numbered twice; the
        same list pasted twice (no text under the repeated title) is still a duplicate."""
        m0, m = self.markers[first], self.markers[index]
        if m0 is None or m is None:
            return False
        title = clean(self.texts[first][m0.end:])
        if len(title) < 4 or title[-1] in _CLOSING or \
                not clean(self.texts[index][m.end:]).startswith(title):
            return False
        k, part = index + 1, self.part_of[index]
        while k < len(self.texts) and self.part_of[k] == part and not clean(self.texts[k]):
            k += 1
        return k < len(self.texts) and self.part_of[k] == part and self.markers[k] is None

    def lead_before(self, index: int) -> bool:
        k = index - 1
        while k >= 0 and not clean(self.texts[k]):
            k -= 1
        return k >= 0 and clean(self.texts[k]).endswith(("：", ":"))


def _starts_with_di(text: str) -> bool:
    """The paragraph opens with a run-in 第一，/第二，… heading."""
    items = find_inline_items(text) if "第" in text[:8] else ()
    return bool(items) and items[0].kind is MarkerKind.INLINE_DI \
        and not text[:items[0].start].strip(" \t\u3000\u00a0")


_RESTART_CHECKED = {MarkerKind.CN, MarkerKind.CN_PAREN, MarkerKind.ARABIC,
                    MarkerKind.ARABIC_PAREN}


def heading_groups(headings: list[Heading], markers: list[Marker | None], nested: set[int],
                   part_of: list[int], separators: Separators
                   ) -> tuple[list[SequenceGroup], list[SequenceGroup]]:
    """The numbering groups of the headings given (one part's): the sibling runs in the order
    their first items come, and the nested lists, one group per run (the document lists all
    parts' sibling runs, then all nested ones). Each group expects to start at 1 until
    :func:`numbering_style` has voted."""
    by_key: dict[tuple[object, ...], list[SequenceGroup]] = defaultdict(list)
    order: list[SequenceGroup] = []
    for h in headings:
        m = h.marker
        if m.kind is MarkerKind.STYLED:
            continue  # a styled heading has no number: no numbering group
        if m.kind in _THROUGH_PART:
            parent_key = None  # articles and chapters run through the whole part
        else:
            parent_key = h.parent.index if h.parent else None
        key = (part_of[h.index], parent_key, m.family)
        groups = by_key[key]
        if groups and not (m.number == 1 and groups[-1].items[-1][1].number >= 2):
            groups[-1].items.append((h.index, m))  # the usual case, without a call
            continue
        _append(groups, order, h.index, m, separators)
    # Nested lists: one group per run.
    runs: list[SequenceGroup] = []
    run: SequenceGroup | None = None
    for i in sorted(nested):
        mark = markers[i]
        assert mark is not None  # nested runs are made of marked paragraphs
        if run is None or mark.number == 1 or mark.family != run.items[-1][1].family:
            run = SequenceGroup(mark.kind, [], 1)
            runs.append(run)
        run.items.append((i, mark))
    return order, runs


_THROUGH_PART = frozenset({MarkerKind.ARTICLE, MarkerKind.CHAPTER, MarkerKind.SECTION})


def _append(groups: list[SequenceGroup], order: list[SequenceGroup], i: int, m: Marker,
            separators: Separators) -> None:
    if groups:
        g = groups[-1]
        last = g.items[-1][1].number
        if not (m.number == 1 and last >= 2):
            g.items.append((i, m))
            return
        # A restart under the same parent: the same list numbered twice, unless a heading
        # stands between the two runs, or each run opens after a lead sentence of its own
        # ("主要问题是：" 1. 2. 3. …, then "提出如下改进意见：" 1. 2. …): two lists, each
        # announced, as a writer numbers them.
        if m.kind in _RESTART_CHECKED and not separators.between(g.items[-1][0], i) and \
                not (separators.lead_before(i) and separators.lead_before(g.items[0][0])) and \
                not separators.contents_before(g.items[0][0], i):
            g.items.append((i, m))
            g.restarts[i] = separators.lead_before(i)
            return
    g = SequenceGroup(m.kind, [(i, m)], 1)
    groups.append(g)
    order.append(g)


def numbering_style(groups: list[SequenceGroup], part_of: list[int],
                     nested: set[int]) -> dict[int, str]:
    """Per level: do sub-item numbers restart under each parent, or run on (国务院 style)?

    Sets each group's expected start accordingly and returns {level: "restart"|"continuous"}.
    """
    by_level: dict[tuple[int, Family], list[SequenceGroup]] = defaultdict(list)
    for g in groups:
        first_index, first = g.items[0]
        if first_index in nested or first.kind in (MarkerKind.DECIMAL, MarkerKind.ARTICLE,
                                                   MarkerKind.CHAPTER, MarkerKind.SECTION):
            continue
        by_level[(part_of[first_index], first.family)].append(g)
    votes: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for (_, fam), gs in by_level.items():
        for prev, g in itertools.pairwise(gs):
            start = g.items[0][1].number
            if start == 1:
                votes[_level_of(fam)][0] += 1
            elif start == prev.items[-1][1].number + 1:
                votes[_level_of(fam)][1] += 1
    style = {lvl: ("continuous" if v[1] > v[0] else "restart") for lvl, v in votes.items()}
    by_section = _by_section(by_level, groups)
    for (_, fam), gs in by_level.items():
        lvl = _level_of(fam)
        if style.get(lvl) == "continuous" or lvl in by_section:
            for prev, g in itertools.pairwise(gs):
                if lvl in by_section and _crosses(prev, g, by_section[lvl]):
                    continue  # a new section (四、): its items start again from 1
                # Where the numbering should go on, counting items; the author's own last
                # number + 1 is accepted too, so one slip upstream is reported once, not in
                # every later group.
                g.expected_start = prev.expected_start + len(prev.items)
                g.also_accepted = prev.items[-1][1].number + 1
    return style


def _by_section(by_level: dict[tuple[int, Family], list[SequenceGroup]],
                groups: list[SequenceGroup]) -> dict[int, list[int]]:
    """The levels numbered by section (一、（一）1.–12.（二）13. … 四、（一）1.): the groups run on
    under one heading two or more levels up and restart under the next, every time. For each,
    the paragraph indexes of those higher headings. Neither "restart" nor "continuous" holds
    such a document: each would report a wrong start at every group of the other kind."""
    heads: dict[int, int] = {}  # paragraph index → level, of every numbered heading
    for g in groups:
        for i, m in g.items:
            heads[i] = LEVELS.get(m.kind, 9)
    # the headings two or more levels up, by level: made once a level, not once a (part,
    # family) key (corpus×3 has ~200 keys and ~1,500 headings: ~10 ms a parse)
    aboves: dict[int, list[int]] = {}
    pairs: dict[int, list[tuple[bool, bool]]] = defaultdict(list)  # (runs on, crosses)
    for (_, fam), gs in by_level.items():
        lvl = _level_of(fam)
        above = aboves.get(lvl)
        if above is None:
            above = aboves[lvl] = sorted(i for i, h in heads.items() if h <= lvl - 2)
        for prev, g in itertools.pairwise(gs):
            start = g.items[0][1].number
            runs_on = start == prev.items[-1][1].number + 1
            if runs_on or start == 1:
                pairs[lvl].append((runs_on, _crosses(prev, g, above)))
    return {lvl: aboves[lvl] for lvl, ps in pairs.items()
            if any(r for r, _ in ps) and any(not r for r, _ in ps)
            and all(c != r for r, c in ps)}


def _crosses(prev: SequenceGroup, g: SequenceGroup, above: list[int]) -> bool:
    """A heading of ``above`` (paragraph indexes) stands between the two groups."""
    a, b = prev.items[-1][0], g.items[0][0]
    k = bisect.bisect_right(above, a)
    return k < len(above) and above[k] < b


def _level_of(fam: Family) -> int:
    return LEVELS.get(fam[0], 9)
