"""formulation/order and formulation/member: the 、-enumerations of a paragraph held against the
fixed lists of app/data/formulations.json (see app/rules/formulation.py, which runs them and
holds the other formulation checks). Kept apart so that each file stays readable."""

from __future__ import annotations

import bisect
import re

from app.rules.base import Raw
from app.rules.formulation_data import (
    _CLAUSE_END,
    _CONJ,
    _INTRO,
    _NEAR,
    _SENTENCE_END,
    FixedList,
    _aligned_odd,
    _half_kept,
    _inner,
    _Item,
    _lists,
    _looks_like,
    _member_index,
    _norm,
    _short,
    _stands_alone,
    group_parts,
    member_head,
    member_tail,
    odd_word,
)

ORDER_ID = "formulation/order"
MEMBER_ID = "formulation/member"


def enumerations(text: str, hits: list[int]) -> list[Raw]:
    """Lists in the clauses that hold two or more member spellings (``hits``: their starts)."""
    out: list[Raw] = []
    hits = sorted(hits)

    def inside(start: int, end: int) -> int:  # hits in [start, end), by bisection: a long
        return bisect.bisect_left(hits, end) - bisect.bisect_left(hits, start)  # paragraph has
        # thousands of sentences and hits, and counting by scanning was quadratic

    for sentence in _spans(text, _SENTENCE_END, 0, len(text)):
        s_start, s_end = sentence
        if inside(s_start, s_end) < 2 or "、" not in text[s_start:s_end]:
            continue
        for c_start, c_end in _spans(text, _CLAUSE_END, s_start, s_end):
            if inside(c_start, c_end) >= 2 and "、" in text[c_start:c_end]:
                items = _items(text, c_start, c_end)
                out += _check_list(text, items, s_start, s_end)
    return out


def _spans(text: str, sep: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for m in sep.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return [s for s in spans if s[1] > s[0]]


def _items(text: str, start: int, end: int) -> list[_Item]:
    """The items of a 、-enumeration in [start, end); the first and last are cut down to a
    member when one ends/begins them ("坚持创新" → "创新", "共享的新发展理念" → "共享")."""
    raw: list[tuple[int, int]] = []
    pos = start
    for m in re.finditer("、", text[start:end]):
        raw.append((pos, start + m.start()))
        pos = start + m.end()
    raw.append((pos, end))
    # the last item may join two: "社会建设和生态文明建设"
    last_s, last_e = raw[-1]
    index = _member_index()
    for m in _CONJ.finditer(text, last_s, last_e):
        before, after = _norm(text[last_s:m.start()]), _norm(text[m.end():last_e])
        if (before in index and 0 < len(after) <= 8) or \
                (0 < len(before) <= 8 and member_head(after) is not None):
            raw[-1:] = [(last_s, m.start()), (m.end(), last_e)]
            break
        slip = _next_member_slip(before, text[m.end():last_e])
        if slip:  # 享乐主义和奢侈之风开展自查自纠: the slip for 奢靡之风, the clause going on
            raw[-1:] = [(last_s, m.start()), (m.end(), m.end() + len(slip))]
            break
    items = [_Item(s, e, _norm(text[s:e])) for s, e in raw]
    # a list that starts inside an item after other words: "完整、准确、全面贯彻创新、协调……"
    # (the verb before the member opens the list; the items before it are another list)
    for k in range(1, len(items) - 1):
        if items[k].text not in index and all(it.text not in index for it in items[:k]):
            tail = member_tail(items[k].text)
            if tail and _shares_list(tail, items[k + 1:]):
                items = items[k:]
                break
    first, last = items[0], items[-1]
    if first.text not in index:
        tail = member_tail(first.text)
        if tail and _shares_list(tail, items[1:]):
            items[0] = _locate(text, first, tail, at_end=True)
    if last.text not in index:
        head = member_head(last.text)
        if head and _shares_list(head, items[:-1]):
            items[-1] = _locate(text, last, head, at_end=False)
    return items


def _next_member_slip(before: str, after: str) -> str:
    """The start of ``after`` that stands for the member following ``before`` in one of its
    lists with half of it changed (奢侈之风 for 奢靡之风 after 享乐主义和), or "": the last item
    of a list joined by 和 may run on into the sentence, and only the member's length of it is
    the item (《现代汉语词典》: a slip keeps the member's length and half of its characters)."""
    lists = _lists()
    for n, pos in _member_index().get(before, ()):
        fl = lists[n]
        for spelling in fl.members[pos + 1] if pos + 1 < len(fl.members) else ():
            word = after[:len(spelling)]
            if _half_kept(fl, word, spelling):
                return word
    return ""


def _shares_list(member: str, others: list[_Item]) -> bool:
    """An edge item is cut down to ``member`` only when another item belongs to a list that
    member belongs to: "……制度自信、文明自信" keeps 文明自信 whole (文明 is a member of the
    core values, not of the 四个自信 the other items name), so it can be seen as a wrong member."""
    index = _member_index()
    lists = {n for n, _pos in index.get(member, ())}
    for it in others:
        found = [it.text] + [m for m in (member_tail(it.text), member_head(it.text)) if m]
        if any(n in lists for w in found for n, _pos in index.get(w, ())):
            return True
    return False


def _locate(text: str, item: _Item, member: str, at_end: bool) -> _Item:
    """The item cut down to ``member``, with its offsets in the original (quoted) text."""
    chunk = text[item.start:item.end]
    # find the shortest raw stretch at the right end whose normalised text is the member
    if at_end:
        for k in range(len(chunk) - 1, -1, -1):
            if _norm(chunk[k:]) == member:
                return _Item(item.start + k, item.end, member)
    else:
        for k in range(1, len(chunk) + 1):
            if _norm(chunk[:k]) == member:
                end = item.start + k
                while end < item.end and text[end] in "”’\"'":
                    end += 1
                return _Item(item.start, end, member)
    return item


def _check_list(text: str, items: list[_Item], s_start: int, s_end: int) -> list[Raw]:
    index = _member_index()
    lists = _lists()
    candidates: dict[int, list[int | None]] = {}
    for k, item in enumerate(items):
        for n, pos in index.get(item.text, ()):
            candidates.setdefault(n, [None] * len(items))[k] = pos
    best: tuple[int, int, int] | None = None  # (matched, anchored, list number)
    for n, positions in candidates.items():
        matched = len({p for p in positions if p is not None})
        if matched < 2:
            continue
        anchored = _anchored(text, lists[n], items, positions, s_start, s_end)
        if lists[n].anchor_required and not anchored and \
                not _aligned_odd(lists[n], items, positions):
            continue
        if not anchored and not _stands_alone(lists[n], positions, matched) and \
                not _aligned_odd(lists[n], items, positions):
            continue
        key = (matched, int(anchored), -n)
        if best is None or key > best:
            best = key
    if best is None:
        return []
    n = -best[2]
    return _compare(text, lists[n], items, candidates[n], bool(best[1]))


def _anchored(text: str, fl: FixedList, items: list[_Item], positions: list[int | None],
              s_start: int, s_end: int) -> bool:
    """The formulation's name stands right before or right after the matched enumeration."""
    ks = [k for k, p in enumerate(positions) if p is not None]
    first, last = items[ks[0]].start, items[ks[-1]].end
    # one odd item after the matched ones (a wrong last member: "文明、和睦的……核心价值观")
    # pushes the name as far as that item is long
    extra = min(4, items[-1].end - items[-1].start) if ks[-1] == len(items) - 2 else 0
    after = text[last:min(s_end, last + _NEAR + 4 + extra)]
    after = re.split(r"[，,：:；;]", after, maxsplit=1)[0]  # the name in the same clause
    if any(a in after for a in fl.anchors):
        return True
    before = text[max(s_start, first - _NEAR - 6):first]
    for a in fl.anchors:  # "“四个意识”，即政治意识……", "四个意识：政治意识……"
        at = before.rfind(a)
        if at >= 0 and _INTRO.match(before[at + len(a):]):
            return True
    # every member of a closed list of three or more, its name further on in the same sentence
    # ("坚持法治化、市场化、国际化方向，对标……营商环境"): the whole list is that formulation
    matched = {p for p in positions if p is not None}
    if fl.closed and len(fl.members) >= 3 and len(matched) == len(fl.members) and \
            any(a in text[s_start:s_end] for a in fl.anchors):
        return True
    # every member of a closed list, counted right after it ("基础类、提升类、完善类三类"): the
    # list is given as the whole formulation, its number and all (recall21); a list of common
    # words (anchor_required) also needs its name in the paragraph (a run-in heading: （二）改造
    # 内容。按照……三类; 培训课程分为基础类、提升类、完善类三个模块 is another list)
    if fl.closed and len(fl.members) >= 3 and len(matched) == len(fl.members) and \
            _counted(text, last, len(fl.members)) and \
            (not fl.anchor_required or any(a in text for a in fl.anchors)):
        return True
    # one part of a formulation quoted in full, the name in the same sentence: the other parts
    # are that formulation too ("倡导富强、民主、文明、和谐，倡导自由、平等、法治……核心价值观")
    # (only a level short of one member: "营造民主、和谐的氛围" beside it is another list)
    if not fl.group or len({p for p in positions if p is not None}) < len(fl.members) - 1:
        return False
    sentence, own = text[s_start:s_end], "、".join(m[0] for m in fl.members)
    others = [part for part in group_parts(fl.group) if part != own]
    # every other part quoted in full says which formulation this is as well as its name does
    # (富强、民主、文明、和谐，自由、平等、法治，爱国、敬业、诚信、友善: recall18)
    return (any(a in sentence for a in fl.anchors) and any(p in sentence for p in others)) or \
        (bool(others) and all(p in sentence for p in others))


_CHINESE_COUNT = "零一二三四五六七八九十"


def _counted(text: str, end: int, n: int) -> bool:
    """The enumeration ending at ``end`` is followed by its own count: n + a measure word."""
    count = f"(?:{n}|{_CHINESE_COUNT[n]})" if n <= 10 else str(n)
    return re.match(count + r"(?:类|个|项|种|条|大|方面)", text[end:end + 4]) is not None


def _compare(text: str, fl: FixedList, items: list[_Item], positions: list[int | None],
             anchored: bool) -> list[Raw]:
    ks = [k for k, p in enumerate(positions) if p is not None]
    lo, hi = ks[0], ks[-1]
    inner = positions[lo:hi + 1]
    matched = [p for p in inner if p is not None]
    canon = _inner("、".join(m[0] for m in fl.members))
    span_start, span_end = items[lo].start, items[hi].end
    out: list[Raw] = []
    # out of order; a list with another item among the members is only checked next to the
    # name ("从组织建设、制度建设、思想建设、作风建设四个方面": work areas, not the 总布局)
    if matched != sorted(matched) and len(set(matched)) == len(matched) and \
            (anchored or None not in inner):
        replacement = None
        if None not in inner:
            ordered = sorted(range(lo, hi + 1), key=lambda k: positions[k] or 0)
            replacement = _reorder(text, items, lo, hi, ordered)
        out.append(Raw(ORDER_ID, span_start, span_end,
                       f"“{fl.name}”的固定顺序是“{canon}”（出处：{_short(fl.source)}）",
                       replacement))
        return out
    if fl.partial_ok:
        return out
    odds = _aligned_odd(fl, items, positions)
    for odd in odds:
        right, word = fl.members[odd][0], odd_word(fl, items, odd)
        start, end = items[odd].start, items[odd].end
        at = text.find(word, start, end) if word != items[odd].text else -1
        if at >= 0:  # the run-on item cut to the member's length
            start, end = at, at + len(word)
        out.append(Raw(MEMBER_ID, start, end,
                       f"“{fl.name}”中此项应为“{right}”，此处写作“{word}”"
                       f"（{canon}；出处：{_short(fl.source)}）", right))
    if odds:
        return out
    wrong = [k for k in range(lo, hi + 1) if positions[k] is None]
    present = set(matched)
    missing = [p for p in range(len(fl.members)) if p not in present]
    # without the name: a list recited from its first member to its last, in order, with one
    # inside member left out (形式主义、官僚主义、奢靡之风): a recital from end to end is the
    # formulation, and a gap inside it is a slip. A closed list of four or more, or an open one
    # of five or more (four members then stand: 经济建设、政治建设、文化建设、生态文明建设)
    recited = len(fl.members) >= (4 if fl.closed else 5) and len(missing) == 1 and \
        not wrong and matched[0] == 0 and matched[-1] == len(fl.members) - 1
    if not (anchored or fl.closed or recited):
        return out
    if len(wrong) == 1 and len(missing) == 1 and matched == sorted(matched):
        k = wrong[0]
        right = fl.members[missing[0]][0]
        expected_between = (positions[k - 1] or 0) + 1 == missing[0]
        if expected_between and (anchored or len(items[k].text) >= 2):
            return [Raw(MEMBER_ID, items[k].start, items[k].end,
                        f"“{fl.name}”中此项应为“{right}”，此处写作“{items[k].text}”"
                        f"（{canon}；出处：{_short(fl.source)}）", right)]
    edge = _edge_member(text, fl, items, positions, lo, hi, missing, anchored)
    if edge is not None:
        return [edge]
    if not wrong and missing and (anchored or recited) and matched == sorted(matched) and \
            len(items) == hi - lo + 1 and len(missing) < len(fl.members) - 1:
        names = "、".join(fl.members[p][0] for p in missing)
        out.append(Raw(MEMBER_ID, span_start, span_end,
                       f"“{fl.name}”缺少“{names}”（完整表述：{canon}；出处：{_short(fl.source)}）"))
    return out


def _edge_member(text: str, fl: FixedList, items: list[_Item], positions: list[int | None],
                 lo: int, hi: int, missing: list[int], anchored: bool) -> Raw | None:
    """A wrong first or last member: "政治意识、大局意识、核心意识、服从意识" (the list has as
    many items as the formulation, one is missing, and the odd item looks like a member)."""
    if len(items) != len(fl.members) or len(missing) != 1 or hi - lo + 2 != len(items):
        return None
    k = hi + 1 if lo == 0 else lo - 1 if hi == len(items) - 1 else None
    if k is None or missing[0] != (len(fl.members) - 1 if k > hi else 0):
        return None
    right = fl.members[missing[0]][0]
    word = items[k].text
    suffix = right[-2:]
    if k > hi:  # the item may run on: "服从意识的要求", "共赢的新发展理念"
        cut = word.find(suffix)
        if _looks_like(fl, word, right):
            pass  # "全面从严管党" for 全面从严治党: built like the members
        elif cut > 0 and cut + 2 <= len(right) + 2:  # (at 0 the suffix opens another word:
            word = word[:cut + 2]  # "廉洁自律" for 清正廉洁 is not "廉洁")
        elif anchored:
            word = re.split("的|" + "|".join(map(re.escape, fl.anchors)), word)[0]
            if not 0 < len(word) <= len(right) + 2:
                return None
        else:
            return None
    else:
        if len(word) < len(right):
            return None
        word = word[-len(right):]
        if not word.endswith(suffix) and not _looks_like(fl, word, right):
            return None
    if word == right or not (anchored or fl.closed) or (len(right) < 3 and not anchored):
        return None
    start = text.find(word, items[k].start, items[k].end + 2)
    if start < 0:
        return None
    return Raw(MEMBER_ID, start, start + len(word),
               f"“{fl.name}”中此项应为“{right}”，此处写作“{word}”"
               f"（{_inner('、'.join(m[0] for m in fl.members))}；"
               f"出处：{_short(fl.source)}）", right)


def _reorder(text: str, items: list[_Item], lo: int, hi: int, ordered: list[int]) -> str:
    """The span items[lo..hi] with the items in ``ordered`` order and the separators kept. A
    closing quote the last item carries (“为党管档、为民服务、为国守史”) stays at the span's end:
    it closes the quotation, not the item that happened to stand last."""
    pieces = []
    for slot, k in zip(range(lo, hi + 1), ordered, strict=True):
        pieces.append(_unquoted(text, items[k])[0])
        if slot < hi:
            pieces.append(text[items[slot].end:items[slot + 1].start])
    return "".join(pieces) + _unquoted(text, items[hi])[1]


def _unquoted(text: str, item: _Item) -> tuple[str, str]:
    """The item without a closing quote it does not open (为国守史” of “……、为国守史”), and that
    quote; an item quoted on its own (“文化自信”, its opening quote just before it) is whole."""
    raw = text[item.start:item.end]
    core = raw.rstrip("”’")
    opened = raw.count("“") + raw.count("‘") + (item.start > 0 and text[item.start - 1] in "“‘")
    if opened < raw.count("”") + raw.count("’"):
        return core, raw[len(core):]
    return raw, ""
