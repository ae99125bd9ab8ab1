"""Build the outline: which paragraphs are headings, their tree, and the numbering groups.

Order of work: find markers (cached per text) → front/back matter roles and parts → nested lists
(一、二、三、 inside section 四、 of the 1981 report) → the heading tree → sibling groups, split at
restarts → per level, whether sub-items restart under each parent or run on through the part.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_right
from collections import defaultdict
from itertools import compress, repeat
from operator import attrgetter, is_not
from typing import cast

from app.engine import Analysis
from app.model import Document, Role
from app.outline.inline import find_inline_items
from app.outline.markers import (
    find_marker,
    find_marker_before_number,
    find_marker_before_numeral,
)
from app.outline.roles import (
    CLOSING,
    assign_front_and_back,
    clean,
    is_appendix_start,
    junk_indexes,
)
from app.outline.roles import edge as _edge
from app.outline.runs import inline_groups
from app.outline.types import LEVELS, Heading, Marker, MarkerKind, SequenceGroup
from app.textcache import sized_text_cache, text_cache

# Marker kinds shown in the outline tree; ① and 第X条 are numbered items, checked but not shown.
TREE_KINDS = {MarkerKind.CHAPTER, MarkerKind.SECTION, MarkerKind.CN, MarkerKind.CN_PAREN,
              MarkerKind.ARABIC, MarkerKind.ARABIC_PAREN, MarkerKind.DECIMAL, MarkerKind.STYLED}
_RUN_IN_END = re.compile("[。！？：:]")


def parse_outline(doc: Document) -> Analysis:
    """The outline of ``doc``. Each pass visits only the paragraphs it can change: the marked
    ones, the few the user or the file gave a role, table cells (found without a Python-level
    loop over all paragraphs); a warm parse of a long report is mostly cache lookups."""
    texts = doc.texts
    n = len(texts)
    paragraphs = doc.paragraphs
    junk = junk_indexes(texts)
    markers: list[Marker | None] = list(map(find_marker, texts))
    for i in junk:
        markers[i] = None
    _drop_lone_decimals(markers)
    _first_item_on_label_line(texts, markers)
    _items_before_numbers(texts, markers, junk)
    _headings_before_numerals(texts, markers, junk)
    cells = set(compress(range(n), map(is_not, map(_CELL, paragraphs), repeat(None))))
    roles: list[Role | None] = [None] * n
    for i in sorted(cells.union(compress(range(n), map(_ROLE_FIXED, paragraphs)))):
        p = paragraphs[i]
        if p.cell is not None:
            markers[i] = None  # a table cell is data, never outline material
        elif p.role_fixed and p.role is not None and p.role.heading_level is None \
                and p.role is not Role.CHAPTER:
            markers[i] = None  # the user said this is not a heading
        if p.role_fixed and p.role is not None:
            roles[i] = p.role
            if markers[i] is None and p.cell is None and texts[i].strip():
                markers[i] = _styled(p.role)
    is_heading = list(map(is_not, markers, repeat(None)))
    parts = assign_front_and_back(texts, roles, junk, is_heading, cells)
    for i in compress(range(n), map(_NOT_HEADINGS.__contains__, roles)):
        markers[i] = None  # "1 总则"-like title lines are not headings
    appendices = _appendix_starts(texts, markers, parts)
    parts = sorted(set(parts) | set(appendices))

    part_of = _part_of(parts, n)
    seq = cast("list[tuple[int, Marker]]", [(i, markers[i]) for i in compress(range(n), markers)])
    nested = _nested_runs(seq, part_of)
    headings = _build_tree(texts, seq, nested, part_of)
    for h in headings:
        i = h.index
        if roles[i] is None:
            m = h.marker
            if m.kind is MarkerKind.CHAPTER or m.kind is MarkerKind.SECTION:
                roles[i] = Role.CHAPTER
            elif m.kind in TREE_KINDS:
                roles[i] = _LEVEL_ROLES[min(max(m.level, 1), 4)]
    final_roles: list[Role] = list(map(_BODY_FOR_NONE.get, roles, roles))  # type: ignore[arg-type]

    groups, style = _heading_groups(headings, markers, nested, part_of,
                                    _Separators(texts, final_roles, markers))
    groups += inline_groups(texts, markers, final_roles, headings, cells)
    tree_headings = [h for h in headings if h.marker.kind in TREE_KINDS]
    outline = [h for h in tree_headings if h.parent is None]
    return Analysis(roles=final_roles, headings=tree_headings, outline=outline, groups=groups,
                    numbering_style=style, markers=markers, parts=parts, all_headings=headings,
                    appendix_parts=appendices)


_LEVEL_ROLES = {level: Role.for_heading_level(level) for level in range(1, 5)}
_CELL = attrgetter("cell")
_ROLE_FIXED = attrgetter("role_fixed")
_NOT_HEADINGS = frozenset({Role.TITLE, Role.SUBTITLE, Role.DATE})
_BODY_FOR_NONE: dict[Role | None, Role] = {None: Role.BODY}


def _part_of(parts: list[int], n: int) -> list[int]:
    """For each paragraph, the index in ``parts`` (sorted starts) of the part it lies in."""
    out = [-1] * min(parts[0], n) if parts else [-1] * n
    for k, start in enumerate(parts):
        end = parts[k + 1] if k + 1 < len(parts) else n
        out += [k] * max(0, min(end, n) - max(start, 0))
    return out


_LABEL_ITEM = re.compile(r"^[ \t\u3000\u00a0]*(?:附\s*件|注\s*释|注)[ \u3000]*[：:][ \u3000]*")


_CLOSING = CLOSING


def _numbered(marker: Marker | None, n: int) -> bool:
    return marker is not None and marker.number == n


def _first_item_on_label_line(texts: list[str], markers: list[Marker | None]) -> None:
    """"附件：1.……" holds item 1 of the list that goes on below it: read it as that item.

    The item's words may start with a number ("附件：1．2026年培训日程"): when item 2 follows
    on the next line, "1．2026" is read as item 1 and its words, as in a running list (without
    that item 2 it may be a value, "注：1.5万元为预计数", and is left alone)."""
    for i in compress(range(len(texts)), map(_label_first, texts)):
        t = texts[i]
        if markers[i] is not None:
            continue
        label = _LABEL_ITEM.match(t)
        if label is None:
            continue
        found = find_marker(t[label.end():])
        if found is None and i + 1 < len(texts) and _numbered(markers[i + 1], 2):
            found = find_marker_before_number(t[label.end():])
        if found is None or found.number != 1:
            continue
        k = label.end()
        markers[i] = dataclasses.replace(
            found, start=found.start + k, end=found.end + k, number_start=found.number_start + k,
            number_end=found.number_end + k)


def _appendix_starts(texts: list[str], markers: list[Marker | None],
                     parts: list[int]) -> list[int]:
    """Lines opening a notes / glossary / appendix / attachment-list block after the body.

    Such a block is a part of its own (its items are not the last section's sub-items). It is
    "after the body" when none of the body's upper levels (chapters, 一、, （一）) come after it in
    the same part: a "注：" under a table in the middle of the report stays in its section.
    """
    n = len(texts)
    out: list[int] = []
    for i in compress(range(n), map(_is_appendix_start, texts)):
        m = markers[i]
        if i == 0 or (m is not None and _edge(texts[i], 1) not in ("附", "注")):
            continue  # a marked line that is not 附…/注… opens no block (nor does the first)
        # After the body: no upper level between it and the next part's start, looked for
        # from here on (the block is near the end of its part: a short walk).
        k = bisect_right(parts, i)
        end = parts[k] if k < len(parts) else n
        if not any(_is_upper(markers[j], texts[j]) for j in range(i + 1, end)):
            out.append(i)
    return out


def _is_upper(m: Marker | None, text: str) -> bool:
    """A chapter, 一、 or （一） of the body (not a 附…/注… line read as one)."""
    return m is not None and m.level <= 2 and m.kind is not MarkerKind.DECIMAL \
        and _edge(text, 1) not in ("附", "注")


_is_appendix_start = sized_text_cache(131072)(is_appendix_start)
_LABEL_FIRST = frozenset("附注")


@sized_text_cache(131072)
def _label_first(text: str) -> bool:
    """The paragraph opens with 附 or 注 (a label line "附件：1.…" / "注：" may)."""
    return _edge(text, 1) in _LABEL_FIRST


def _marked(markers: list[Marker | None]) -> list[int]:
    """Indexes of the marked paragraphs, found without a Python-level loop."""
    return list(compress(range(len(markers)), markers))


def _drop_lone_decimals(markers: list[Marker | None]) -> None:
    """"1 总则" is a heading only in documents that also number "1.1"; elsewhere it is text."""
    if any(m and m.kind is MarkerKind.DECIMAL and m.depth > 1 for m in markers):
        return
    for i, m in enumerate(markers):
        if m and m.kind is MarkerKind.DECIMAL:
            markers[i] = None


_SUB_ITEM = re.compile(r"[ \t\u3000\u00a0]*([0-9]{1,3})[-－–—]([0-9]{1,2})[.．、 \u3000]")


def _items_before_numbers(texts: list[str], markers: list[Marker | None], junk: set[int]) -> None:
    """Accept "20.2026年…" / "21.5+2就业之家" as items 20 and 21 when they continue a 1. 2. … run.

    On its own such a line reads as the number 20.2026; in the middle of a list it is an item.
    "6-1." "6-2." after item 5 are the parts of item 6 (attachment lists do this): the first
    stands for item 6, the others continue it.
    """
    last = 0  # the number of the item before, 0 after a higher level
    looked = -1  # the last candidate looked at: ``last`` is the state right after it
    for i in compress(range(len(texts)), map(_may_be_item, texts)):
        if markers[i] is not None:
            continue
        # The state here: the nearest marker back that sets it (an item 1. or a higher level),
        # else as it was after the candidate before.
        for j in range(i - 1, looked, -1):
            m = markers[j]
            if m is not None and (m.kind is MarkerKind.ARABIC or m.level < 3):
                last = m.number if m.kind is MarkerKind.ARABIC else 0
                break
        looked = i
        if last and i not in junk:
            loose = _loose_item(texts[i])
            if loose is not None and loose.number == last + 1:
                markers[i] = loose
                last = loose.number
                continue
            sub = _SUB_ITEM.match(texts[i])
            if sub is not None and int(sub.group(1)) == last + 1 and sub.group(2) == "1":
                text = sub.group(0).strip()
                markers[i] = Marker(MarkerKind.ARABIC, last + 1, sub.start(1), sub.end(),
                                    sub.start(1), sub.end(1), text, text)
                last += 1


@sized_text_cache(131072)
def _loose_item(text: str) -> Marker | None:
    """:func:`find_marker_before_number`, cached by text (asked of the same lines every parse)."""
    return find_marker_before_number(text)


@sized_text_cache(131072)
def _may_be_item(text: str) -> bool:
    """Whether :func:`_items_before_numbers` could read ``text`` as an item: either form."""
    return _loose_item(text) is not None or _SUB_ITEM.match(text) is not None


_SENTENCE_END = re.compile("[。；;！？]")


@sized_text_cache(131072)
def heading_before_numeral(text: str) -> Marker | None:
    """The "一、" of a heading-shaped "一、二级标题" (short, no sentence in it), which
    :func:`_headings_before_numerals` may accept; None for anything else."""
    if text.lstrip(" \t\u3000\u00a0")[:1] not in _CN_FIRST:
        return None  # (most paragraphs: settled without a pattern)
    loose = find_marker_before_numeral(text)
    if loose is None or len(text.strip()) > 40 or _SENTENCE_END.search(text):
        return None
    return loose


def _headings_before_numerals(texts: list[str], markers: list[Marker | None],
                              junk: set[int]) -> None:
    """Accept "一、二级标题" as heading 一 where the outline needs it there.

    On its own "一、二季度" is a list of numerals ("the first and second quarters"), not a
    heading. It is one when it is heading-shaped (short, no sentence in it), continues the
    一、二、… headings (or starts them), and the next heading is its first child "（一）" or
    the next 一、-level heading is the one after it: without it that "（一）" would have no
    parent, or "二、" no "一、", and the outline would lose a level or report a false skip.
    """
    last = 0  # the number of the last 一、 heading
    candidates = list(compress(range(len(texts)), map(heading_before_numeral, texts)))
    if not candidates:
        return  # (most documents: no line is heading-shaped so)
    visit = set(_marked(markers))
    visit.update(candidates)
    for i in sorted(visit):
        m = markers[i]
        if m is not None:
            if m.kind is MarkerKind.CN:
                last = m.number
            continue
        if i in junk:
            continue
        loose = heading_before_numeral(texts[i])
        if loose is None or loose.number != last + 1:
            continue
        following = [n for n in markers[i + 1:] if n is not None]
        child = bool(following) and following[0].kind is MarkerKind.CN_PAREN \
            and following[0].number == 1
        sibling = next((n for n in following if n.kind is MarkerKind.CN), None)
        if child or (sibling is not None and sibling.number == loose.number + 1):
            markers[i] = loose
            last = loose.number


_CN_FIRST = frozenset("一二三四五六七八九十")


Family = tuple[MarkerKind] | tuple[MarkerKind, int]  # a numbering system (and a decimal depth)


def _nested_runs(seq: list[tuple[int, Marker]], part_of: list[int]) -> set[int]:
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


def _build_tree(texts: list[str], seq: list[tuple[int, Marker]], nested: set[int],
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
        title, title_end, run_in = _split_run_in(texts[i], m.end)
        h = Heading(i, m, title, title_end, run_in=run_in)
        if m.kind in TREE_KINDS:
            # A part that opens with （一） and hangs 一、… beneath it (the 1981 report) keeps
            # its own hierarchy in the tree; numbering/level reports the inversion.
            level = m.level
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


def _styled(role: Role) -> Marker | None:
    """The marker of a heading the file gives by style alone (Word's 标题 1…4 with no typed
    number): its level, nothing to renumber. None for roles that are not headings."""
    level = 0 if role is Role.CHAPTER else role.heading_level
    if level is None:
        return None
    return Marker(MarkerKind.STYLED, 0, 0, 0, 0, 0, "", "", depth=level)


@text_cache
def _split_run_in(text: str, body_start: int) -> tuple[str, int, bool]:
    """(title, where the heading sentence ends, run-in?) — the title is the first sentence."""
    found = _RUN_IN_END.search(text, body_start)
    if found is None or not text[found.end():].strip():
        return text[body_start:].strip().rstrip("。：:"), len(text), False
    return text[body_start:found.start()].strip(), found.end(), True


class _Separators:
    """Whether something stands between two runs of sibling items that makes them two lists.

    (一)(二)(三) then (一)(二)(三) under one parent is one list numbered twice (a demoted section
    left its children behind), unless a heading separates them: a numbered one of another kind
    (a run-in 第一，) or an unnumbered one (a short line without closing punctuation). A lead
    sentence ending in "：" right before the restart makes it a judgement call; lead sentences
    before both runs make them two lists.
    """

    def __init__(self, texts: list[str], roles: list[Role], markers: list[Marker | None]
                 ) -> None:
        self.texts, self.roles, self.markers = texts, roles, markers

    def between(self, first: int, last: int) -> bool:
        for k in range(first + 1, last):
            if self.roles[k] in (Role.TITLE, Role.ATTACHMENT, Role.CHAPTER, Role.SIGNATURE,
                                 Role.DATE, Role.SUBTITLE):
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
        k = index + 1
        while k < len(self.texts) and not clean(self.texts[k]):
            k += 1
        return k < len(self.texts) and self.markers[k] is None

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


def _heading_groups(headings: list[Heading], markers: list[Marker | None], nested: set[int],
                    part_of: list[int], separators: _Separators
                    ) -> tuple[list[SequenceGroup], dict[int, str]]:
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
    run: SequenceGroup | None = None
    for i in sorted(nested):
        mark = markers[i]
        assert mark is not None  # nested runs are made of marked paragraphs
        if run is None or mark.number == 1 or mark.family != run.items[-1][1].family:
            run = SequenceGroup(mark.kind, [], 1)
            order.append(run)
        run.items.append((i, mark))
    style = _numbering_style(order, part_of, nested)
    return order, style


_THROUGH_PART = frozenset({MarkerKind.ARTICLE, MarkerKind.CHAPTER, MarkerKind.SECTION})


def _append(groups: list[SequenceGroup], order: list[SequenceGroup], i: int, m: Marker,
            separators: _Separators) -> None:
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


def _numbering_style(groups: list[SequenceGroup], part_of: list[int],
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
    for (_, fam), gs in by_level.items():
        if style.get(_level_of(fam)) == "continuous":
            for prev, g in itertools.pairwise(gs):
                # Where the numbering should go on, counting items; the author's own last
                # number + 1 is accepted too, so one slip upstream is reported once, not in
                # every later group.
                g.expected_start = prev.expected_start + len(prev.items)
                g.also_accepted = prev.items[-1][1].number + 1
    return style


def _level_of(fam: Family) -> int:
    return LEVELS.get(fam[0], 9)
