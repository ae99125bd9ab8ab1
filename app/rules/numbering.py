"""numbering/duplicate, /skip, /order, /start: serial numbers of sibling headings and 一是… items.

One pass over each group (siblings under one parent, or one inline run). After a mistake the
check follows the author's numbering again, so 一二三三四 gives one finding, not three; the fix
renumbers the rest of the group in one step.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document
from app.outline.markers import render_number
from app.outline.numerals import CIRCLED, to_chinese
from app.outline.types import Heading, Marker, MarkerKind, SequenceGroup
from app.rules.base import RuleInfo

if TYPE_CHECKING:
    from app.engine import Analysis

_NORM = "GB/T 9704-2012 7.3.3；GB/T 15834-2011 附录B.3.8"
DUPLICATE = RuleInfo("numbering/duplicate", Severity.ERROR, "序号重复", _NORM)
SKIP = RuleInfo("numbering/skip", Severity.ERROR, "序号跳号", _NORM)
ORDER = RuleInfo("numbering/order", Severity.ERROR, "序号颠倒", _NORM)
START = RuleInfo("numbering/start", Severity.ERROR, "序号起始错误", _NORM)
RULES = [DUPLICATE, SKIP, ORDER, START]


def display(marker: Marker, n: int) -> str:
    """How the marker for number ``n`` is written correctly: 四、 （三） 3. （3） 三是 第三，."""
    kind = marker.kind
    cn = to_chinese(n)
    forms = {
        MarkerKind.CN: f"{cn}、",
        MarkerKind.CN_PAREN: f"（{cn}）",
        MarkerKind.ARABIC: f"{n}.",
        MarkerKind.ARABIC_PAREN: f"（{n}）",
        MarkerKind.CIRCLED: CIRCLED[n - 1] if 0 < n <= len(CIRCLED) else f"（{n}）",
        MarkerKind.INLINE_SHI: f"{cn}是",
        MarkerKind.INLINE_YAO: f"{cn}要",
        MarkerKind.INLINE_DI: f"第{cn}，",
        MarkerKind.ARTICLE: f"第{cn}条",
        MarkerKind.SECTION: f"第{cn}节",
    }
    if kind is MarkerKind.CHAPTER:
        return marker.text.replace(marker.text[marker.number_start - marker.start:
                                               marker.number_end - marker.start], cn, 1)
    if kind is MarkerKind.DECIMAL:
        head = marker.text[:marker.number_start - marker.start]
        return f"{head}{n}"
    return forms[kind]


_STANDARD = (MarkerKind.CN, MarkerKind.CN_PAREN, MarkerKind.ARABIC, MarkerKind.ARABIC_PAREN)


def odd_first(siblings: list[Heading]) -> bool:
    """The first two standard siblings are a deeper marker numbered n and a higher one numbered
    n + 1, the rest as high as the second (1. then （二）（三）): the first item was written in the
    style of a lower level, and the run is one list (recall21). numbering/level reports the first
    item; the run is not read as starting at （二）."""
    std = [h for h in siblings if h.marker.kind in _STANDARD]
    return len(std) >= 2 and std[1].level < std[0].level and \
        std[0].number + 1 == std[1].number and all(h.level == std[1].level for h in std[2:])


def renumber_fix(group: SequenceGroup, from_pos: int, first_number: int) -> Fix | None:
    """Renumber items from ``from_pos`` on as first_number, first_number + 1, … (one fix)."""
    edits = []
    for offset, (index, m) in enumerate(group.items[from_pos:]):
        want = first_number + offset
        if want != m.number and want > 0:
            edits.append(Edit(index, m.number_start, m.number_end, render_number(m, want)))
    if not edits:
        return None
    _first_index, first_marker = group.items[from_pos]
    return Fix(tuple(edits), f"改为“{display(first_marker, first_number)}”"
               + (f"，其后{len(edits) - 1}处顺延" if len(edits) > 1 else ""))


def check_group(group: SequenceGroup) -> list[Finding]:
    """One finding per place where the author's numbering breaks; one fix for the whole group.

    After a break the check follows the author's numbering again, so 一二三三四 gives one
    finding, not three; and after a repeated number the next may be the one the repeat stands
    for plus one (一二二四: the second 二 is 三, and 四 follows it: one finding, not a 跳号 too).
    Every finding of a group shares one fix: renumbering the group from its first break, which
    also settles the later ones. The "应为" of each finding is what that fix
    writes there, so message and fix agree; and sharing keeps a group of thousands of repeated
    （一） linear instead of a fix of the whole tail per finding.
    """
    findings: list[Finding] = []
    expected = group.expected_start
    first_break: tuple[int, int] | None = None  # (position, number it gets)
    fix: Fix | None = None
    after_repeat: int | None = None  # the number a repeat stands for, plus one: accepted next
    for pos, (index, m) in enumerate(group.items):
        n = m.number
        if n in (expected, after_repeat) or (pos == 0 and n == group.also_accepted):
            expected = n + 1
            after_repeat = None
            continue
        after_repeat = None
        if first_break is None:
            first_break = (pos, expected)
            fix = renumber_fix(group, pos, expected)
        target = first_break[1] + pos - first_break[0]
        shown, want = m.text.strip() or display(m, n), display(m, target)
        after = "" if pos == first_break[0] else "（本组重新编号后）"
        severity = None
        if pos == 0:
            what = (START, f"本组序号应从“{want}”开始，此处为“{shown}”")
            if group.kind.is_inline:
                severity = Severity.WARNING  # the run's first item may be written another way
        elif index in group.restarts:
            first_shown = group.items[0][1].text.strip() or display(m, 1)
            what = (DUPLICATE, f"序号重新从“{shown}”开始：同一上级标题下前面已有从“{first_shown}”"
                    f"起的同级序号，中间没有标题把两组分开，{after}应为“{want}”")
            if group.restarts[index] or m.kind in (MarkerKind.ARABIC, MarkerKind.ARABIC_PAREN):
                # A lead sentence may open a list of its own, and item lists (1. （1）) restart
                # inside one section more often than headings do: a judgement call.
                severity = Severity.WARNING
        elif n == group.items[pos - 1][1].number:
            what = (DUPLICATE, f"序号“{shown}”与上一个重复，{after}应为“{want}”")
            after_repeat = n + 2
        elif n > expected:
            missing = "、".join(display(m, k) for k in range(expected, min(n, expected + 3)))
            what = (SKIP, f"序号跳号：缺少“{missing}”，{after}此处应为“{want}”")
        else:
            what = (ORDER, f"序号顺序颠倒：“{shown}”出现在“"
                    f"{display(m, group.items[pos - 1][1].number)}”之后，{after}此处应为“{want}”")
        rule, message = what
        related = [group.items[pos - 1][0]] if pos else []
        findings.append(rule.finding(message, index, m.start, m.end, fix=fix, related=related,
                                     severity=severity))
        expected = n + 1  # follow the author's numbering from here: one mistake, one finding
    return findings


def _in_order(group: SequenceGroup) -> bool:
    """No break in the group's numbering: :func:`check_group` would find nothing (most groups)."""
    expected = group.expected_start
    for pos, (_index, m) in enumerate(group.items):
        n = m.number
        if n != expected and not (pos == 0 and n == group.also_accepted):
            return False
        expected = n + 1
    return True


GroupKey = tuple[MarkerKind, int, int | None, tuple[tuple[int, Marker], ...],
                 tuple[tuple[int, bool], ...]]
# The findings of each group with a break, by what check_group reads of the group with its
# paragraph indexes counted from its first item (paragraph index of that item, findings). After
# a typed heading the outline is parsed again and every group is a new object, but most read
# the same, only moved down a line: their findings are the cached ones, moved.
_FOUND: dict[GroupKey, tuple[int, list[Finding]]] = {}
_FOUND_MAX = 2048  # groups with a break remembered (a report has tens)


def _group_key(group: SequenceGroup) -> tuple[int, GroupKey]:
    base = group.items[0][0]
    return base, (group.kind, group.expected_start, group.also_accepted,
                  tuple((i - base, m) for i, m in group.items),
                  tuple(sorted((i - base, v) for i, v in group.restarts.items())))


def _moved(found: list[Finding], d: int) -> list[Finding]:
    """Fresh copies of ``found`` ``d`` paragraphs further down (a shared fix stays shared)."""
    fixes: dict[int, Fix] = {}
    out: list[Finding] = []
    for f in found:
        fix = f.fix
        if fix is not None and d:
            moved = fixes.get(id(fix))
            if moved is None:
                moved = fixes[id(fix)] = Fix(tuple(
                    replace(e, index=e.index + d,
                            end_index=e.end_index + d if e.end_index is not None else None)
                    for e in fix.edits), fix.description)
            fix = moved
        out.append(replace(f, index=f.index + d, fix=fix, related=[r + d for r in f.related]))
    return out


def _starts_after_odd_first(group: SequenceGroup, analysis: Analysis) -> bool:
    """The group's first item is the second of :func:`odd_first` siblings (（二） after 1.)."""
    first = group.items[0][0]
    h = next((h for h in analysis.all_headings if h.index == first), None)
    if h is None or group.kind.is_inline or group.items[0][1].number != group.expected_start + 1:
        return False
    siblings = h.parent.children if h.parent is not None else \
        [r for r in analysis.outline if r.marker.kind in _STANDARD]
    std = [s for s in siblings if s.marker.kind in _STANDARD]
    return len(std) >= 2 and std[1] is h and odd_first(siblings)


# a short label and its colon opening a paragraph: 会议内容：, 议题：, 主要任务:
_LABEL = re.compile(r"[^。；！？，、：:\s]{1,12}[：:][ \u3000]*")


def _opened_after_label(group: SequenceGroup, doc: Document) -> bool:
    """The items before the group's first are written in the paragraph right before it, the
    first after a label that opens that paragraph (会议内容：一、全面贯彻……。 then 二、 and 三、
    as paragraphs of their own, precision23: a meeting record of unseen23): the list starts
    where the label is, not at 二、. An 一、 elsewhere in the paragraph, or none, still leaves
    the 二、 reported."""
    first, m = group.items[0]
    if group.kind.is_inline or first == 0 or m.number <= group.expected_start:
        return False
    text = doc.paragraphs[first - 1].text
    label = _LABEL.match(text)
    pos = label.end() if label else -1
    for n in range(group.expected_start, m.number):
        want = display(m, n)
        if n == group.expected_start:
            if not text.startswith(want, pos):
                return False
            pos += len(want)
        else:
            pos = text.find(want, pos)
            if pos < 0:
                return False
    return True


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    for g in analysis.groups:
        if _in_order(g):
            continue
        if _starts_after_odd_first(g, analysis) and \
                _in_order(replace(g, expected_start=g.expected_start + 1)):
            continue  # 1. （二） （三）: numbering/level reports the 1.
        if _opened_after_label(g, doc) and \
                _in_order(replace(g, expected_start=g.items[0][1].number)):
            continue  # 会议内容：一、…… then 二、 三、
        base, key = _group_key(g)
        known = _FOUND.get(key)
        if known is None:
            if len(_FOUND) >= _FOUND_MAX:
                _FOUND.clear()
            known = _FOUND[key] = (base, check_group(g))
        out.extend(_moved(known[1], base - known[0]))  # (copies: findings are marked later)
    return out
