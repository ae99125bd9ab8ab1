"""Build the outline: which paragraphs are headings, their tree, and the numbering groups.

Order of work: find markers (cached per text) → front/back matter roles and parts → nested lists
(一、二、三、 inside section 四、 of the 1981 report) → the heading tree → sibling groups, split at
restarts → per level, whether sub-items restart under each parent or run on through the part.
The first three passes read the whole document; the tree and the groups are made part by part
(:mod:`app.outline.tree`), which lets a parse keep the parts an edit left as they were
(:mod:`app.outline.parts`).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from itertools import compress, repeat
from operator import attrgetter, contains, is_not
from typing import cast

from app.engine import Analysis
from app.model import OBJECT_CHAR, Document, Role
from app.outline.head import head_box_text
from app.outline.lines import set_right_indexes, toc_leader
from app.outline.markers import (
    find_marker,
    find_marker_before_number,
    find_marker_before_numeral,
)
from app.outline.parts import PartCache, PartParse
from app.outline.roles import (
    CLOSING,
    assign_front_and_back,
    is_appendix_start,
    junk_indexes,
)
from app.outline.roles import edge as _edge
from app.outline.runs import inline_groups
from app.outline.tree import (
    TREE_KINDS,
    Separators,
    build_tree,
    heading_groups,
    nested_runs,
    numbering_style,
)
from app.outline.types import Heading, Marker, MarkerKind, SequenceGroup
from app.textcache import sized_text_cache


def parse_outline(doc: Document, cache: PartCache | None = None) -> Analysis:
    """The outline of ``doc``. Each pass visits only the paragraphs it can change: the marked
    ones, the few the user or the file gave a role, table cells (found without a Python-level
    loop over all paragraphs); a warm parse of a long report is mostly cache lookups.
    ``cache``: the last parse's parts (:class:`~app.outline.parts.PartCache`, brought up to
    date here): a part whose input is unchanged is taken from it instead of being done again;
    the result is the same."""
    texts = doc.texts
    n = len(texts)
    paragraphs = doc.paragraphs
    junk = junk_indexes(texts)
    markers: list[Marker | None] = list(map(find_marker, texts))
    for i in junk:
        markers[i] = None
    _drop_lone_decimals(markers)
    _drop_contents_lines(texts, markers)
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
    boxes = {i: words for i in compress(range(n), map(contains, texts, repeat(OBJECT_CHAR)))
             if (words := head_box_text(paragraphs[i].objects))}
    right = {i for i in set_right_indexes(paragraphs) if len(texts[i]) <= 40}
    parts = assign_front_and_back(texts, roles, junk, is_heading, cells, boxes, right)
    for i in compress(range(n), map(_NOT_HEADINGS.__contains__, roles)):
        markers[i] = None  # "1 总则"-like title lines are not headings
    appendices = _appendix_starts(texts, markers, parts)
    parts = sorted(set(parts) | set(appendices))

    part_of = _part_of(parts, n)
    seq = cast("list[tuple[int, Marker]]", [(i, markers[i]) for i in compress(range(n), markers)])
    spans = _spans(parts, n)
    # The second half, part by part (app.outline.tree): kept from the last parse where the
    # part's input is the same (app.outline.parts), else done here.
    done: list[PartParse | set[int]] = []  # a kept part, or a new part's nested lists
    separators = Separators(texts, cast("list[Role]", roles), markers,  # (roles filled below)
                            part_of)
    phase_roles = list(roles) if cache is not None else roles
    at = 0
    marked = [i for i, _ in seq]
    headings: list[Heading] = []
    for start, end in spans:
        first, at = at, bisect_left(marked, end, at)
        found = cache.find(start, end, texts, markers, phase_roles,
                           separators.lead_before(start)) if cache is not None else None
        if found is not None:
            done.append(found)
            headings += found.headings
            continue
        chunk = seq[first:at]
        nested = nested_runs(chunk, part_of)
        done.append(nested)
        headings += build_tree(texts, chunk, nested, part_of)
    for h in headings:
        i = h.index
        if roles[i] is None:
            kind = h.marker.kind
            if kind is MarkerKind.CHAPTER or kind is MarkerKind.SECTION:
                roles[i] = Role.CHAPTER
            elif kind in TREE_KINDS:
                roles[i] = _LEVEL_ROLES[min(max(h.level, 1), 4)]
    final_roles: list[Role] = list(map(_BODY_FOR_NONE.get, roles, roles))  # type: ignore[arg-type]
    separators.roles = final_roles
    parsed = _finish_parts(spans, done, headings, markers, part_of, separators)
    siblings: list[SequenceGroup] = []
    runs: list[SequenceGroup] = []
    nested_all: set[int] = set()
    for part in parsed:
        more, nested_groups = part.groups()
        siblings += more
        runs += nested_groups
        nested_all.update(part.nested)
    groups = siblings + runs
    style = numbering_style(groups, part_of, nested_all)
    if cache is not None:
        cache.keep(texts, markers, phase_roles, parsed)
    groups += inline_groups(texts, markers, final_roles, headings, cells)
    tree_headings = [h for h in headings if h.marker.kind in TREE_KINDS]
    outline = [h for h in tree_headings if h.parent is None]
    return Analysis(roles=final_roles, headings=tree_headings, outline=outline, groups=groups,
                    numbering_style=style, markers=markers, parts=parts, all_headings=headings,
                    appendix_parts=appendices)


def _spans(parts: list[int], n: int) -> list[tuple[int, int]]:
    """The paragraphs of each part as (start, end), in order, with the lines before the first
    part start as a part of their own: what :func:`_part_of` gives one number."""
    starts = [0, *(s for s in parts if 0 < s < n)]
    return [(a, b) for a, b in zip(starts, [*starts[1:], n], strict=True) if a < b]


def _finish_parts(spans: list[tuple[int, int]], done: list[PartParse | set[int]],
                  headings: list[Heading], markers: list[Marker | None], part_of: list[int],
                  separators: Separators) -> list[PartParse]:
    """Each part's result: the kept ones as found, the others' groups made now (they read the
    final roles, which the tree's headings complete)."""
    out: list[PartParse] = []
    at = 0
    for (start, end), found in zip(spans, done, strict=True):
        if isinstance(found, PartParse):
            out.append(found)
            at += len(found.headings)
            continue
        first = at
        while at < len(headings) and headings[at].index < end:
            at += 1
        mine = headings[first:at]
        siblings, runs = heading_groups(mine, markers, found, part_of, separators)
        out.append(PartParse(start, end, separators.lead_before(start), mine, sorted(found),
                             [(g.kind, list(g.items), dict(g.restarts)) for g in siblings],
                             [(g.kind, list(g.items)) for g in runs]))
    return out


_LEVEL_ROLES = {level: Role.for_heading_level(level) for level in range(1, 5)}
_CELL = attrgetter("cell")
_ROLE_FIXED = attrgetter("role_fixed")
_NOT_HEADINGS = frozenset({Role.TITLE, Role.SUBTITLE, Role.DATE, Role.MASTHEAD})
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


def _drop_contents_lines(texts: list[str], markers: list[Marker | None]) -> None:
    """A line of a table of contents (一、基本职能及主要工作........ 3: a dot leader ends it,
    :func:`~app.outline.lines.toc_leader`) names a heading of the body, it is none itself: its
    marker would open a list the body's headings then "repeat" (numbering/duplicate)."""
    for i, m in enumerate(markers):
        if m is not None and toc_leader(texts[i]) is not None:
            markers[i] = None


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


def _styled(role: Role) -> Marker | None:
    """The marker of a heading the file gives by style alone (Word's 标题 1…4 with no typed
    number): its level, nothing to renumber. None for roles that are not headings."""
    level = 0 if role is Role.CHAPTER else role.heading_level
    if level is None:
        return None
    return Marker(MarkerKind.STYLED, 0, 0, 0, 0, 0, "", "", depth=level)
