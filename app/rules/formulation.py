"""formulation/*: the fixed formulations (规范提法) of party and state documents.

The formulations live in ``app/data/formulations.json`` with, for each, the document that fixes
it and where its wording was checked (see that file's "about"). Four checks:

- ``formulation/order``: the members of a fixed list in another order ("道路自信、制度自信、理论
  自信、文化自信"). Needs three members in one enumeration, or two next to the formulation's
  name, so that a free list that happens to share two words is left alone.
- ``formulation/member``: a wrong member ("政治意识、大局意识、核心意识、服从意识") or a missing
  one ("创新、协调、绿色、开放的新发展理念"). Only where the enumeration is tied to the
  formulation (its name right before or after the list) or the list is a closed one whose
  members say what it is, because a partial quotation ("坚持创新、协调发展") is legitimate.
- ``formulation/count``: a wrong number in a numbered name ("三个意识"); older official counts
  ("三个自信", 2012) are reported as info only, and not at all in a sentence about the older
  form itself ("党的十八大报告提出“三个自信”").
- ``formulation/wording``: a fixed name or phrase written wrongly ("以习近平总书记为核心的党中央",
  "国际国内双循环"); ``formulation/collocation``: the verb that goes with a numbered name
  (增强“四个意识”、坚定“四个自信”、做到“两个维护”).

Everything is computed per paragraph text and cached, so re-checking after an edit only looks
at the paragraphs that changed.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document
from app.outline.numerals import parse_chinese
from app.rules.base import Raw, RuleInfo, prose_paragraphs
from app.rules.formulation_changed import changed_forms
from app.rules.formulation_data import (
    _CLAUSE_END,
    _CONJ,
    _INTRO,
    _NEAR,
    _SENTENCE_END,
    FixedList,
    _aligned_odd,
    _any_phrase,
    _collocation_patterns,
    _count_pattern,
    _data,
    _has_company,
    _inner,
    _Item,
    _lists,
    _looks_like,
    _member_index,
    _member_pattern,
    _norm,
    _pair_pattern,
    _pairs,
    _phrase_patterns,
    _sentence_around,
    _short,
    _stands_alone,
    group_parts,
    looks_like_half,
    member_head,
    member_tail,
    odd_word,
    short_form_hits,
    swapped_form_hits,
)
from app.rules.formulation_names import misspelt_names
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

_NORM = "党和国家重要文件的固定提法（每条提示注明出处文件）"
ORDER = RuleInfo("formulation/order", Severity.WARNING, "提法顺序", _NORM)
MEMBER = RuleInfo("formulation/member", Severity.WARNING, "提法缺项或错项", _NORM)
COUNT = RuleInfo("formulation/count", Severity.WARNING, "提法数字", _NORM)
WORDING = RuleInfo("formulation/wording", Severity.WARNING, "提法用词", _NORM)
COLLOCATION = RuleInfo("formulation/collocation", Severity.INFO, "提法搭配", _NORM)
RULES = [ORDER, MEMBER, COUNT, WORDING, COLLOCATION]
_BY_KEY = {r.id: r for r in RULES}

@text_cache
def paragraph_findings(text: str) -> tuple[Raw, ...]:
    """Every formulation finding in one paragraph's text."""
    out: list[Raw] = []
    if _any_phrase().search(text):
        out += _phrases(text)
        out += _collocations(text)
    out += _counts(text)
    out += _slogan_halves(text)
    # a swap before a word left out: 做强做大做优 also holds the short form 做强做大
    out += _swapped_forms(text, [(r.start, r.end) for r in out])
    out += _short_forms(text, [(r.start, r.end) for r in out])
    if "“" in text:
        out += [Raw(WORDING.id, a, b, f"规范提法为“{right}”，此处写作“{text[a:b]}”"
                    f"（出处：{_short(source)}）", right)
                for a, b, right, source in misspelt_names(text)]
    out += changed_forms(text, [(r.start, r.end) for r in out], WORDING.id)  # 新世代 for 新时代
    if "、" in text:
        hits = [m.start() for m in _member_pattern().finditer(text)]
        if len(hits) >= 2:
            out += _enumerations(text, hits)
    return tuple(sorted(out, key=lambda r: (r.start, r.rule)))


def _phrases(text: str) -> list[Raw]:
    out = []
    for pattern, e in _phrase_patterns():
        for m in pattern.finditer(text):
            if m.group() == e["right"]:
                continue
            sev = Severity(e.get("severity", "warning"))
            out.append(Raw(WORDING.id, m.start(), m.end(),
                           f"规范提法为“{_inner(e['right'])}”，此处写作“{_inner(m.group())}”"
                           f"（出处：{_short(e['source'])}）",
                           e["right"], sev))
    return out


def _short_forms(text: str, taken: list[tuple[int, int]]) -> list[Raw]:
    """A fixed phrase with a word left out inside it (:func:`short_form_hits`); where another
    finding already covers the place (a listed wrong phrase), that one is kept."""
    return [Raw(WORDING.id, a, b, f"规范提法为“{right}”，此处缺字（出处：{_short(source)}）", right)
            for a, b, right, source in short_form_hits(text)
            if not any(s < b and a < e for s, e in taken)]


def _swapped_forms(text: str, taken: list[tuple[int, int]]) -> list[Raw]:
    """A fixed phrase with two neighbouring parts swapped (:func:`swapped_form_hits`):
    做强做大做优 → 做强做优做大; where another finding covers the place, that one is kept."""
    return [Raw(ORDER.id, a, b, f"规范提法为“{right}”，此处顺序有误（出处：{_short(source)}）",
                right)
            for a, b, right, source in swapped_form_hits(text)
            if not any(s < b and a < e for s, e in taken)]


def _slogan_halves(text: str) -> list[Raw]:
    """A two-part slogan with one half written wrongly next to the right other half:
    不忘初心、牢记宗旨 → 牢记使命 (formulations.json "pairs")."""
    out: list[Raw] = []
    pairs = _pairs()
    # every place the pattern matches holds one half exactly: a paragraph with neither half of
    # any slogan (nearly all) skips the pattern, whose leading runs of any characters are slow
    if not any(a in text or b in text for a, b, _s in pairs):
        return out
    for m in _pair_pattern().finditer(text):
        k = m.lastindex
        if k is None:
            continue
        first, second, source = pairs[(k - 1) // 2]
        is_second = bool(k % 2)  # odd groups hold a second half
        right = second if is_second else first
        word = m.group(k)
        if looks_like_half(word, right, is_second):
            name = f"{first}、{second}"
            out.append(Raw(MEMBER.id, m.start(k), m.end(k),
                           f"“{name}”中此项应为“{right}”，此处写作“{word}”"
                           f"（出处：{_short(source)}）", right))
    return out


def _collocations(text: str) -> list[Raw]:
    out = []
    for pattern, e in _collocation_patterns():
        for m in pattern.finditer(text):
            out.append(Raw(COLLOCATION.id, m.start(), m.end(),
                           f"固定搭配为“{e['verb']}‘{e['name']}’”（出处：{_short(e['source'])}）"))
    return out


def _counts(text: str) -> list[Raw]:
    out = []
    by_noun = {c["noun"]: c for c in _data()["counts"]}
    for m in _count_pattern().finditer(text):
        c = by_noun[m.group(2)]
        after = text[m.end():m.end() + 4]
        if c.get("follow_not") and after.startswith(c["follow_not"]):
            continue
        if c.get("follow") and not re.match(c["follow"], after):
            continue
        number = m.group(1)
        if c.get("needs_company") and not _has_company(text, m.start(), m.end(), c["noun"]):
            continue
        before = text[m.start() - 1] if m.start() else ""
        quoted = before in ("“", '"') or "“" in m.group()
        if c.get("needs_quote_or_company") and not quoted and \
                not _has_company(text, m.start(), m.end(), c["noun"]):
            continue
        if number == c["number"] or parse_chinese(number) == parse_chinese(c["number"]):
            continue
        if number in c.get("historical", {}):
            sentence = _sentence_around(text, m.start())
            if any(w in sentence for w in c.get("historical_context", ())):
                continue  # the sentence is about the older form itself
            out.append(Raw(COUNT.id, m.start(1), m.end(1),
                           f"“{number}个{c['noun']}”是旧提法（{c['historical'][number]}），"
                           f"现行为“{c['name']}”（{c['source']}）", c["number"], Severity.INFO))
            continue
        out.append(Raw(COUNT.id, m.start(1), m.end(1),
                       f"应为“{c['name']}”，此处写作“{number}个{c['noun']}”（出处：{_short(c['source'])}）",
                       c["number"]))
    return out


def _enumerations(text: str, hits: list[int]) -> list[Raw]:
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
    # one part of a formulation quoted in full, the name in the same sentence: the other parts
    # are that formulation too ("倡导富强、民主、文明、和谐，倡导自由、平等、法治……核心价值观")
    # (only a level short of one member: "营造民主、和谐的氛围" beside it is another list)
    if not fl.group or len({p for p in positions if p is not None}) < len(fl.members) - 1:
        return False
    sentence, own = text[s_start:s_end], "、".join(m[0] for m in fl.members)
    return any(a in sentence for a in fl.anchors) and \
        any(part in sentence for part in group_parts(fl.group) if part != own)


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
        out.append(Raw(ORDER.id, span_start, span_end,
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
        out.append(Raw(MEMBER.id, start, end,
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
            return [Raw(MEMBER.id, items[k].start, items[k].end,
                        f"“{fl.name}”中此项应为“{right}”，此处写作“{items[k].text}”"
                        f"（{canon}；出处：{_short(fl.source)}）", right)]
    edge = _edge_member(text, fl, items, positions, lo, hi, missing, anchored)
    if edge is not None:
        return [edge]
    if not wrong and missing and (anchored or recited) and matched == sorted(matched) and \
            len(items) == hi - lo + 1 and len(missing) < len(fl.members) - 1:
        names = "、".join(fl.members[p][0] for p in missing)
        out.append(Raw(MEMBER.id, span_start, span_end,
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
    return Raw(MEMBER.id, start, start + len(word),
               f"“{fl.name}”中此项应为“{right}”，此处写作“{word}”"
               f"（{_inner('、'.join(m[0] for m in fl.members))}；"
               f"出处：{_short(fl.source)}）", right)


def _reorder(text: str, items: list[_Item], lo: int, hi: int, ordered: list[int]) -> str:
    """The span items[lo..hi] with the items in ``ordered`` order and the separators kept."""
    pieces = []
    for slot, k in zip(range(lo, hi + 1), ordered, strict=True):
        pieces.append(text[items[k].start:items[k].end])
        if slot < hi:
            pieces.append(text[items[slot].end:items[slot + 1].start])
    return "".join(pieces)


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    for i, text in prose_paragraphs(doc, analysis):
        for r in paragraph_findings(text):
            info = _BY_KEY[r.rule]
            fix = None
            if r.replacement is not None:
                fix = Fix((Edit(i, r.start, r.end, r.replacement),), f"改为“{r.replacement}”")
            out.append(info.finding(r.message, i, r.start, r.end, fix=fix, severity=r.severity))
    return out
