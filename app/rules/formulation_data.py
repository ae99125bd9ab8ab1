"""The data of the formulation checks (app/data/formulations.json) and the text helpers they
share: the fixed lists, their member index and patterns, phrase and collocation patterns, and
normalisation of quotes and spaces. Kept apart from app/rules/formulation.py, which holds the
checks themselves, so that each file stays readable."""

from __future__ import annotations

import importlib
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from app import DATA_DIR
from app.regex_prefix import word_alternation
from app.rules.base import Raw

_QUOTES = "“”\"‘’'「」《》"
_SENTENCE_END = re.compile(r"[。！？；!?;\ufffc\u2028\n]")
_CLAUSE_END = re.compile(r"[，,：:（）()]")
_CONJ = re.compile(r"和|与|以及|及")
_NEAR = 8  # how close (characters) a formulation's name must be to its enumeration
# between a name and the enumeration that spells it out: "”，即", "：", "是指"
_INTRO = re.compile(r"^[”\"’]?[，,]?(?:即|也就是|就是|是指|指的是|包括)?[：:]?[“\"]?$")


@dataclass(frozen=True)
class FixedList:
    id: str
    name: str
    members: tuple[tuple[str, ...], ...]  # accepted spellings per position, current first
    anchors: tuple[str, ...]
    closed: bool  # a list whose members alone say which formulation it is
    partial_ok: bool  # partial quotations are normal (the guiding thoughts)
    anchor_required: bool
    source: str
    group: str  # lists that are parts of one formulation (the three levels of 核心价值观)


def _data_text() -> str:
    return (DATA_DIR / "formulations.json").read_text("utf-8")


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_data_text())
    return data


@cache
def _lists() -> tuple[FixedList, ...]:
    return tuple(FixedList(e["id"], e["name"], tuple(tuple(m) for m in e["members"]),
                           tuple(e["anchors"]), bool(e.get("closed")),
                           bool(e.get("partial_ok")), bool(e.get("anchor_required")),
                           e["source"], e.get("group", "")) for e in _data()["lists"])


@cache
def group_parts(group: str) -> tuple[str, ...]:
    """Each list of ``group`` written out in full, members joined by 、 (富强、民主、文明、和谐)."""
    return tuple("、".join(m[0] for m in fl.members) for fl in _lists() if fl.group == group)


@cache
def _member_index() -> dict[str, list[tuple[int, int]]]:
    """Normalised member spelling → [(list number, position)]."""
    index: dict[str, list[tuple[int, int]]] = {}
    for n, fl in enumerate(_lists()):
        for pos, spellings in enumerate(fl.members):
            for s in spellings:
                index.setdefault(_norm(s), []).append((n, pos))
    return index


@cache
def _member_names() -> tuple[frozenset[str], tuple[int, ...]]:
    """The member spellings of :func:`_member_index`, and their lengths, longest first."""
    names = frozenset(_member_index())
    return names, tuple(sorted({len(n) for n in names}, reverse=True))


def _member_at_edge(text: str, at_end: bool) -> str | None:
    """The longest member spelling that ``text`` ends (``at_end``) or starts with, or None.
    (Set lookups, one per length: the alternation of every spelling as a regex took ~9 ms to
    compile in every process.)"""
    names, lengths = _member_names()
    for n in lengths:
        piece = text[-n:] if at_end else text[:n]
        if n <= len(text) and piece in names:
            return piece
    return None


def member_tail(text: str) -> str | None:
    """The member a first item ends with (:func:`_member_at_edge`)."""
    return _member_at_edge(text, True)


def member_head(text: str) -> str | None:
    """The member a last item starts with (:func:`_member_at_edge`)."""
    return _member_at_edge(text, False)


@cache
def _phrase_patterns() -> tuple[tuple[re.Pattern[str], dict[str, Any]], ...]:
    out = []
    for e in _data()["phrases"]:
        pattern = e.get("pattern") or re.escape(e["wrong"])
        out.append((re.compile(pattern), e))
    return tuple(out)


@cache
def _any_phrase() -> re.Pattern[str]:
    """One scan for "could any phrase or collocation pattern match here". It starts with a
    lookahead for the characters a match can start with, when they can be worked out: without
    it the engine tries every alternative at every position (the lookbehinds of some entries
    keep it from finding them itself), ~10× slower over a report."""
    parts = [p.pattern for p, _ in _phrase_patterns()]
    parts += [e["pattern"] for e in _data()["collocations"]]
    alternation = "|".join(f"(?:{p})" for p in parts)
    try:  # (re's own parser: a private module, so anything going wrong only costs the speed)
        parsed = importlib.import_module("re._parser").parse(alternation)
        firsts = None if parsed.state.flags & re.IGNORECASE else _first_chars(parsed)
    except Exception:
        firsts = None
    if firsts:
        alternation = f"(?=[{''.join(map(re.escape, sorted(firsts)))}])(?:{alternation})"
    return re.compile(alternation)


def _first_chars(items: Any) -> set[str] | None:
    """The characters a match of the parsed pattern ``items`` can start with, or None when
    that is not a short list of characters (an empty match, a range, any character, …)."""
    out: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            return out | {chr(arg)}
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue  # zero-width: the match starts at what follows
        if name == "IN":
            if any(str(k) != "LITERAL" for k, _v in arg):
                return None  # a range, a category or a negated set
            return out | {chr(v) for _k, v in arg}
        if name == "SUBPATTERN":
            if arg[1]:  # flags set inside (?i:…): the characters are not the literal ones
                return None
            inner = _first_chars(arg[-1])
            if inner is None:
                return None
            return out | inner
        if name == "BRANCH":
            found: set[str] = set()
            for branch in arg[1]:
                inner = _first_chars(branch)
                if inner is None:
                    return None
                found |= inner
            return out | found
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, _high, body = arg
            inner = _first_chars(body)
            if inner is None:
                return None
            out |= inner
            if low > 0:
                return out
            continue  # it may match nothing: what follows may start the match too
        return None
    return None  # the pattern can match the empty string


@cache
def _member_pattern() -> re.Pattern[str]:
    """Any member spelling (an enumeration needs two of them to be checked at all)."""
    spellings = {s for fl in _lists() for m in fl.members for s in m}
    # longest first; equal lengths by text, so that the pattern is the same in every process
    # (a set's order is not) and app.regex_cache finds it compiled
    names = sorted(spellings | {_norm(s) for s in spellings}, key=lambda s: (-len(s), s))
    return re.compile(word_alternation(names))


@cache
def _collocation_patterns() -> tuple[tuple[re.Pattern[str], dict[str, Any]], ...]:
    return tuple((re.compile(e["pattern"]), e) for e in _data()["collocations"])


@cache
def _count_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(c["noun"]) for c in _data()["counts"])
    return re.compile(f"([一二两三四五六七八九十]+)个[“\"]?({nouns})")


def _has_company(text: str, start: int, end: int, noun: str) -> bool:
    """Another numbered formulation within 15 characters: then a count is the fixed name, not
    a local coinage ("强化三个意识：责任意识、服务意识……")."""
    near = text[max(0, start - 15):start] + "|" + text[end:end + 15]
    others = [c["name"] for c in _data()["counts"] if c["noun"] != noun] + ["五位一体"]
    return any(n in near for n in others)


def _sentence_around(text: str, pos: int) -> str:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    end = _SENTENCE_END.search(text, pos)
    return text[starts[-1] if starts else 0:end.start() if end else len(text)]


def _short(source: str) -> str:
    """The document part of a source ("《准则》（2016年）：“……”" → "《准则》（2016年）"); the quoted
    wording stays in the data file, the message names where to look."""
    return _inner(source.split("：", 1)[0])


def _inner(s: str) -> str:
    """Quotes inside a quoted message become single quotes."""
    return s.replace("“", "‘").replace("”", "’")


def written_as(rule: str, text: str, hits: list[tuple[int, int, str, str]],
               taken: list[tuple[int, int]] | None = None) -> list[Raw]:
    """A finding of ``rule`` for each (start, end, right form, source) of ``hits`` that no span
    of ``taken`` overlaps (another finding there says more): the fixed form, what was written
    and where the form is fixed, with the right form as its fix."""
    return [Raw(rule, a, b, f"规范提法为“{_inner(right)}”，此处写作“{_inner(text[a:b])}”"
                            f"（出处：{_short(source)}）", right)
            for a, b, right, source in hits
            if not any(s < b and a < e for s, e in taken or ())]


_DROP = str.maketrans("", "", _QUOTES + " \t\u3000\u00a0")


def _norm(s: str) -> str:
    """A member spelling or an item without quotes and spaces."""
    return s.translate(_DROP)


# the matching of one enumeration against a list (app/rules/formulation.py), here to keep that
# module small
@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    text: str  # normalised (quotes and spaces removed)


def _affixes(fl: FixedList) -> tuple[str, str]:
    """The prefix and suffix all members share (全面……, ……意识, 政治……力, ……建设), or ""."""
    firsts = [m[0] for m in fl.members]
    pre = firsts[0]
    while pre and not all(f.startswith(pre) for f in firsts):
        pre = pre[:-1]
    suf = firsts[0]
    while suf and not all(f.endswith(suf) for f in firsts):
        suf = suf[1:]
    return pre, suf


def _looks_like(fl: FixedList, word: str, right: str) -> bool:
    """``word`` is written where ``right`` belongs and looks like a member of ``fl``: about as
    long (two characters either way: 生态建设 for 生态文明建设), and built like the others
    (全面从严管党 among 全面……; 满足感 among ……感). For a list without a shared affix (创新、
    协调……; 自由、平等……) only a word of the same length counts."""
    if word == right or not word or abs(len(word) - len(right)) > 2:
        return False
    if any(word in spellings for spellings in fl.members):
        return False
    pre, suf = _affixes(fl)
    if pre or suf:  # a word built like the members may be a little shorter (生态建设)
        return word.startswith(pre) and word.endswith(suf) and \
            len(word) > len(pre) + len(suf)
    # (a list of three may say it by a member of four or more characters kept half in place:
    # 安全第一、预防为主、综合整治 for 综合治理)
    return len(word) == len(right) and (len(fl.members) >= 4 or _half_kept(fl, word, right))


def _half_kept(fl: FixedList, word: str, right: str) -> bool:
    """``word`` keeps half of ``right`` (four or more characters) in place, the other half
    changed, and is no member itself: 放管并重 for 放管结合, 最严格的标准 for 最严谨的标准.
    Such a word is a slip for that member, not another list's word."""
    mid = len(right) // 2
    return len(right) >= 4 and len(word) == len(right) and \
        not any(word in spellings for spellings in fl.members) and \
        (word[:mid] == right[:mid] or word[mid:] == right[mid:])


def odd_word(fl: FixedList, items: list[_Item], k: int) -> str:
    """The odd item ``k`` as far as it replaces its member: a last item runs on into the
    sentence ("综合整治的方针"), so it is cut at a 的 right after the member's length; a first
    item runs in from it ("落实食品安全最严格的标准"), so it keeps the member's length at its end
    (whether that is a slip for the member, the caller decides)."""
    word, right = items[k].text, fl.members[k][0]
    if k == len(items) - 1 and len(word) > len(right):
        # (the 的 where a word up to two characters shorter or longer would end: 管生产必须管安全
        # ”的要求 for 管生产经营必须管安全; recall18)
        for j in (len(right), len(right) - 1, len(right) - 2, len(right) + 1, len(right) + 2):
            if 0 < j < len(word) and word[j] == "的":
                return word[:j]
    if k == 0 and len(word) > len(right):
        return word[-len(right):]
    return word


def _aligned_odd(fl: FixedList, items: list[_Item], positions: list[int | None]) -> list[int]:
    """The odd items of an enumeration that is the formulation with members changed: as many
    items as members, every other item in its own place, the odd one looking like the member
    it replaces ("自由、平等、公平、法治"; "政治判断力、政治领导力、政治执行力"). Needs no name
    nearby: n - 1 members in their fixed places are the formulation. Two or more odd items
    (two members' heads swapped: 最严格的标准、最严谨的监管、最严厉的处罚、最严肃的问责) count
    only in a list of four or more with two members in place, each odd item keeping half of
    its member in place. Empty when the enumeration is no such list."""
    n = len(fl.members)
    odd = [k for k, p in enumerate(positions) if p is None]
    if len(items) != n or n < 3 or not odd or fl.partial_ok:
        return []
    if any(p is not None and p != k for k, p in enumerate(positions)):
        return []
    if len(odd) > 1:
        if n < 4 or n - len(odd) < 2:
            return []
        ok = all(_half_kept(fl, odd_word(fl, items, k), fl.members[k][0]) for k in odd)
        return odd if ok else []
    k = odd[0]
    word, right = odd_word(fl, items, k), fl.members[k][0]
    if fl.anchor_required:
        # a list whose members also make other lists (鼓励、扶持、引导……) needs its name, unless
        # the odd word keeps half of a member of four or more characters in its place (简政放权、
        # 放管并重、优化服务): the writer meant that member
        return odd if _half_kept(fl, word, right) else []
    return odd if _looks_like(fl, word, right) else []


def _stands_alone(fl: FixedList, positions: list[int | None], matched: int) -> bool:
    """Without its name nearby, an enumeration is taken for the formulation only when its
    members say so: three members of a closed list, or four of an open one with nothing else
    in the list ("绿色、共享、开放、廉洁的办赛理念" is another list)."""
    if fl.closed:
        return matched >= 3
    return matched >= 4 and None not in positions
