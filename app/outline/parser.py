"""Build the outline: which paragraphs are headings, their tree, and the numbering groups.

Order of work: find markers (cached per text) → front/back matter roles and parts → nested lists
(一、二、三、 inside section 四、 of the 1981 report) → the heading tree → sibling groups, split at
restarts → per level, whether sub-items restart under each parent or run on through the part.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from functools import lru_cache

from app.engine import Analysis
from app.model import Document, Role
from app.outline.inline import find_inline_items
from app.outline.markers import find_marker, find_marker_before_number
from app.outline.roles import assign_front_and_back, junk_indexes
from app.outline.types import LEVELS, Heading, Marker, MarkerKind, SequenceGroup

# Marker kinds shown in the outline tree; ① and 第X条 are numbered items, checked but not shown.
TREE_KINDS = {MarkerKind.CHAPTER, MarkerKind.SECTION, MarkerKind.CN, MarkerKind.CN_PAREN,
              MarkerKind.ARABIC, MarkerKind.ARABIC_PAREN, MarkerKind.DECIMAL}
_RUN_IN_END = re.compile("[。！？：:]")


def parse_outline(doc: Document) -> Analysis:
    texts = doc.texts
    n = len(texts)
    junk = junk_indexes(texts)
    markers: list[Marker | None] = [None if i in junk else find_marker(t)
                                    for i, t in enumerate(texts)]
    _drop_lone_decimals(markers)
    _items_before_numbers(texts, markers, junk)
    for i, p in enumerate(doc.paragraphs):
        if p.role_fixed and p.role is not None and p.role.heading_level is None \
                and p.role is not Role.CHAPTER:
            markers[i] = None  # the user said this is not a heading

    roles: list[Role | None] = [None] * n
    for i, p in enumerate(doc.paragraphs):
        if p.role_fixed and p.role is not None:
            roles[i] = p.role
    is_heading = [m is not None for m in markers]
    parts = assign_front_and_back(texts, roles, junk, is_heading)
    for i, m in enumerate(markers):
        if m is not None and roles[i] in (Role.TITLE, Role.SUBTITLE, Role.DATE):
            markers[i] = None  # "1 总则"-like title lines are not headings

    part_of = [bisect.bisect_right(parts, i) - 1 for i in range(n)]
    nested = _nested_runs(markers, part_of)
    headings = _build_tree(texts, markers, nested, part_of)
    for h in headings:
        if roles[h.index] is None:
            if h.marker.kind in (MarkerKind.CHAPTER, MarkerKind.SECTION):
                roles[h.index] = Role.CHAPTER
            elif h.marker.kind in TREE_KINDS:
                roles[h.index] = Role.for_heading_level(min(max(h.level, 1), 4))
    final_roles = [r if r is not None else Role.BODY for r in roles]

    groups, style = _heading_groups(headings, markers, nested, part_of)
    groups += _inline_groups(texts, markers, final_roles, headings)
    tree_headings = [h for h in headings if h.marker.kind in TREE_KINDS]
    outline = [h for h in tree_headings if h.parent is None]
    return Analysis(roles=final_roles, headings=tree_headings, outline=outline, groups=groups,
                    numbering_style=style, markers=markers, parts=parts, all_headings=headings)


def _drop_lone_decimals(markers: list[Marker | None]) -> None:
    """"1 总则" is a heading only in documents that also number "1.1"; elsewhere it is text."""
    if any(m and m.kind is MarkerKind.DECIMAL and m.depth > 1 for m in markers):
        return
    for i, m in enumerate(markers):
        if m and m.kind is MarkerKind.DECIMAL:
            markers[i] = None


def _items_before_numbers(texts: list[str], markers: list[Marker | None], junk: set[int]) -> None:
    """Accept "20.2026年…" / "21.5+2就业之家" as items 20 and 21 when they continue a 1. 2. … run.

    On its own such a line reads as the number 20.2026; in the middle of a list it is an item.
    """
    last = 0
    for i, m in enumerate(markers):
        if m is not None:
            last = m.number if m.kind is MarkerKind.ARABIC else (0 if m.level < 3 else last)
            continue
        if last and i not in junk:
            loose = find_marker_before_number(texts[i])
            if loose is not None and loose.number == last + 1:
                markers[i] = loose
                last = loose.number


def _family(m: Marker) -> tuple:
    return (m.kind,) if m.kind is not MarkerKind.DECIMAL else (m.kind, m.depth)


def _nested_runs(markers: list[Marker | None], part_of: list[int]) -> set[int]:
    """Indexes of items of a list restarted inside a section at the same level (一、…三、 in 四、).

    A run 1, 2, … at level L counts as nested when the item after it at level L continues the
    numbering from before the run (… 四、 [一、 二、 三、] 五、).
    """
    nested: set[int] = set()
    seq = [(i, m) for i, m in enumerate(markers) if m is not None]
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
        for j, mj in seq[pos + 1:]:
            if part_of[j] != part_of[i] or mj.level < m.level:
                break
            if _family(mj) != _family(m):
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
        if _family(mj) == _family(m):
            return seq[j]
    return None


def _build_tree(texts: list[str], markers: list[Marker | None], nested: set[int],
                part_of: list[int]) -> list[Heading]:
    headings: list[Heading] = []
    stack: list[Heading] = []
    part = 0
    outer = _outer_levels(markers, nested, part_of)

    def rank(h: Heading) -> float:
        # A part that opens with （一） and hangs 一、… beneath it (the 1981 report) keeps its
        # own hierarchy in the tree; numbering/level reports the inversion.
        return 0.5 if h.level == outer.get(part_of[h.index]) else h.level

    for i, m in enumerate(markers):
        if m is None or i in nested:
            continue
        if part_of[i] != part:
            stack, part = [], part_of[i]
        h = _make_heading(i, texts[i], m)
        if m.kind in TREE_KINDS:
            while stack and rank(stack[-1]) >= rank(h):
                stack.pop()
            if stack:
                h.parent = stack[-1]
                stack[-1].children.append(h)
            stack.append(h)
        else:
            parent = next((s for s in reversed(stack) if s.level < h.level), None)
            h.parent = parent  # numbered item: belongs to the section, not shown in the tree
        headings.append(h)
    return headings


_STANDARD = (MarkerKind.CN, MarkerKind.CN_PAREN, MarkerKind.ARABIC, MarkerKind.ARABIC_PAREN)


def _outer_levels(markers: list[Marker | None], nested: set[int],
                  part_of: list[int]) -> dict[int, int]:
    """{part: level} for parts whose opening level is really their outermost one.

    The evidence: the part opens with level L (（一）), a shallower level follows (一、…十、), and
    then L goes on with the next number (（三）). Without that evidence the standard order holds.
    """
    outer: dict[int, int] = {}
    first: dict[int, Marker] = {}
    last_top: dict[int, int] = {}
    shallower_seen: set[int] = set()
    for i, m in enumerate(markers):
        if m is None or i in nested or m.kind not in _STANDARD:
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


def _make_heading(i: int, text: str, m: Marker) -> Heading:
    title, title_end, run_in = _split_run_in(text, m.end)
    return Heading(i, m, title, title_end, run_in=run_in)


@lru_cache(maxsize=65536)
def _split_run_in(text: str, body_start: int) -> tuple[str, int, bool]:
    """(title, where the heading sentence ends, run-in?) — the title is the first sentence."""
    found = _RUN_IN_END.search(text, body_start)
    if found is None or not text[found.end():].strip():
        return text[body_start:].strip().rstrip("。：:"), len(text), False
    return text[body_start:found.start()].strip(), found.end(), True


def _heading_groups(headings: list[Heading], markers: list[Marker | None], nested: set[int],
                    part_of: list[int]) -> tuple[list[SequenceGroup], dict[int, str]]:
    by_key: dict[tuple, list[SequenceGroup]] = defaultdict(list)
    order: list[SequenceGroup] = []
    for h in headings:
        m = h.marker
        if m.kind in (MarkerKind.ARTICLE, MarkerKind.CHAPTER, MarkerKind.SECTION):
            parent_key = None  # articles and chapters run through the whole part
        else:
            parent_key = h.parent.index if h.parent else None
        key = (part_of[h.index], parent_key, _family(m))
        _append(by_key[key], order, h.index, m)
    # Nested lists: one group per run.
    run: SequenceGroup | None = None
    for i in sorted(nested):
        m = markers[i]
        if run is None or m.number == 1 or _family(m) != _family(run.items[-1][1]):
            run = SequenceGroup(m.kind, [], 1)
            order.append(run)
        run.items.append((i, m))
    style = _numbering_style(order, part_of, nested)
    return order, style


def _append(groups: list[SequenceGroup], order: list[SequenceGroup], i: int, m: Marker) -> None:
    if groups:
        g = groups[-1]
        last = g.items[-1][1].number
        if not (m.number == 1 and last >= 2):
            g.items.append((i, m))
            return
    g = SequenceGroup(m.kind, [(i, m)], 1)
    groups.append(g)
    order.append(g)


def _numbering_style(groups: list[SequenceGroup], part_of: list[int],
                     nested: set[int]) -> dict[int, str]:
    """Per level: do sub-item numbers restart under each parent, or run on (国务院 style)?

    Sets each group's expected start accordingly and returns {level: "restart"|"continuous"}.
    """
    by_level: dict[tuple, list[SequenceGroup]] = defaultdict(list)
    for g in groups:
        first_index, first = g.items[0]
        if first_index in nested or first.kind in (MarkerKind.DECIMAL, MarkerKind.ARTICLE,
                                                   MarkerKind.CHAPTER, MarkerKind.SECTION):
            continue
        by_level[(part_of[first_index], _family(first))].append(g)
    votes: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for (_, fam), gs in by_level.items():
        for prev, g in itertools.pairwise(gs):
            start = g.items[0][1].number
            if start == 1:
                votes[_level_of(fam)][0] += 1
            elif start == prev.items[-1][1].number + 1:
                votes[_level_of(fam)][1] += 1
    style = {lvl: ("continuous" if v[1] > v[0] else "restart") for lvl, v in votes.items()}
    for (_, fam), gs in by_level.items():
        if style.get(_level_of(fam)) == "continuous":
            for prev, g in itertools.pairwise(gs):
                # Where the numbering should go on, counting items; the author's own last
                # number + 1 is accepted too, so one slip upstream is reported once, not in
                # every later group.
                g.expected_start = prev.expected_start + len(prev.items)
                g.also_accepted = prev.items[-1][1].number + 1
    return style


def _level_of(fam: tuple) -> int:
    return LEVELS.get(fam[0], 9)


def _inline_groups(texts: list[str], markers: list[Marker | None], roles: list[Role],
                   headings: list[Heading]) -> list[SequenceGroup]:
    """一是/二是… runs: within a paragraph, and on across paragraphs that each start with one."""
    heading_at = {h.index: h for h in headings}
    groups: list[SequenceGroup] = []
    # Open runs since the last heading: a paragraph that starts with 三是 continues the run even
    # when body paragraphs stand between its items (the 2026 Guangdong report does this).
    open_groups: dict[MarkerKind, SequenceGroup] = {}
    for i, text in enumerate(texts):
        if roles[i] is Role.BLANK:
            continue
        if roles[i] in (Role.JUNK, Role.TITLE, Role.SUBTITLE, Role.DATE, Role.SIGNATURE):
            open_groups.clear()
            continue
        h = heading_at.get(i)
        skip = h.marker.end if h else 0
        if h is not None:
            open_groups.clear()
        seen_here: set[MarkerKind] = set()
        for m in find_inline_items(text, skip):
            g = open_groups.get(m.kind)
            if m.kind not in seen_here:
                lead = not text[skip:m.start].strip()
                continues = g is not None and lead and m.number != 1
                seen_here.add(m.kind)
            else:
                continues = g is not None and m.number != 1
            if continues:
                g.items.append((i, m))
            else:
                g = SequenceGroup(m.kind, [(i, m)], 1)
                groups.append(g)
                open_groups[m.kind] = g
    return groups
