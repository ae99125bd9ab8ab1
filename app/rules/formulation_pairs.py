"""formulation/member for two-part slogans (formulations.json "pairs": 不忘初心、牢记使命): one half
written wrongly next to the right other half. Split from :mod:`app.rules.formulation_data` and
:mod:`app.rules.formulation` (recall18), with the pairs that need company: a pair that is one part
of a longer recital (伟大建党精神) or shares a half with another pair (预防为主、防消结合 /
预防为主、积极消灭) is checked only in a sentence that holds one of its company words, each by
its own pattern."""

from __future__ import annotations

import re
from functools import cache

from app.rules.base import Raw
from app.rules.formulation_data import _data, _sentence_around, _short
from app.rules.formulation_lists import MEMBER_ID


@cache
def _pairs() -> tuple[tuple[str, str, str], ...]:
    """(first half, second half, source) of each two-part slogan."""
    return tuple((e["right"][0], e["right"][1], e["source"]) for e in _data().get("pairs", ()))


def _pair_company() -> tuple[tuple[str, ...], ...]:
    """For each pair of :func:`_pairs`, the words one of which its sentence must hold for the
    pair to be checked ("company": a pair that is one part of a longer recital, 对党忠诚、不负人民
    of the 伟大建党精神, whose first half also opens other slogans: 对党忠诚、服务人民、执法公正、
    纪律严明 of the police), or () for a pair checked everywhere."""
    return tuple(tuple(e.get("company", ())) for e in _data().get("pairs", ()))


@cache
def _company_patterns() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """(pair number, its own pattern of :func:`_pair_pattern`'s two alternatives) for each pair
    with company: such pairs may share a half with another, which one alternation would hide."""
    out = []
    for n, (a, b, _source) in enumerate(_pairs()):
        if _pair_company()[n]:
            out.append((n, re.compile(_pair_alternatives(a, b))))
    return tuple(out)


def _pair_alternatives(a: str, b: str) -> str:
    """The second-half slot after ``a``, then the first-half slot before ``b``."""
    sep = "[、，,和]" if min(len(a), len(b)) >= 6 else "[、，,]"
    return (f"(?:{re.escape(a)}){sep}([\u4e00-\u9fff]{{{len(b)}}})"
            f"|([\u4e00-\u9fff]{{{len(a)}}}){sep}(?:{re.escape(b)})")


@cache
def _any_half() -> re.Pattern[str]:
    """Any half of any slogan (one scan instead of a substring test per half)."""
    # (ordered by length, then by text: one pattern string in every process, which the regex
    # cache of app.regex_cache finds again; set order changes with each process's hash seed)
    halves = sorted({h for a, b, _s in _pairs() for h in (a, b)}, key=lambda h: (-len(h), h))
    return re.compile("|".join(map(re.escape, halves)) or "(?!)")


@cache
def _pair_pattern() -> re.Pattern[str]:
    """A half of a slogan, then a separator and four characters, or four characters, a
    separator and a half: the places where the other half may be written wrongly. The
    separator may be 和 between halves of six characters or more, as in the 两个健康 (促进非公有制
    经济健康发展和非公有制经济人士健康成长); four-character words joined by 和 are often a free
    phrase (谦虚谨慎和艰苦朴素)."""
    return re.compile("|".join(_pair_alternatives(a, b) for a, b, _s in _pairs()) or "(?!)")


def looks_like_half(word: str, right: str, second: bool) -> bool:
    """``word`` is written where the slogan half ``right`` belongs: as long, and all but one
    character the same (不改初心 for 不忘初心, 生活至上 for 生命至上) or, after the exact first
    half, its own first half the same (不忘初心、牢记宗旨). Other words are another slogan beside
    the half (不忘初心、砥砺前行; 敢于斗争、敢于胜利); a first half changed more than that is a
    local variation (坚守初心、牢记使命), not a slip."""
    if word == right or len(word) != len(right):
        return False
    if sum(x != y for x, y in zip(word, right, strict=True)) == 1:
        return True
    mid = len(right) // 2
    if second and word[:mid] == right[:mid]:
        return True
    # both halves of the slogan end alike (人民至上、生命至上): a word with that ending in a
    # half's place is that half changed (人民至上、安全至上), not another slogan beside it
    tail = right[mid:]
    return second and word.endswith(tail) and \
        any(right == b and a.endswith(tail) for a, b, _s in _pairs())


def slogan_halves(text: str) -> list[Raw]:
    """A two-part slogan with one half written wrongly next to the right other half:
    不忘初心、牢记宗旨 → 牢记使命 (formulations.json "pairs")."""
    out: list[Raw] = []
    pairs = _pairs()
    # every place the pattern matches holds one half exactly: a paragraph with neither half of
    # any slogan (nearly all) skips the pattern, whose leading runs of any characters are slow
    if not _any_half().search(text):
        return out
    # the pairs with company each by its own pattern (two may share a half: 预防为主、防消结合
    # of fire safety, 预防为主、积极消灭 of forest fires), after the others' one alternation
    matches = [(m, m.lastindex) for m in _pair_pattern().finditer(text)]
    matches += [(m, 2 * n + m.lastindex if m.lastindex else None)  # (k as in the alternation)
                for n, pattern in _company_patterns() if pairs[n][0] in text or pairs[n][1] in text
                for m in pattern.finditer(text)]
    for m, k in matches:
        if k is None:
            continue
        first, second, source = pairs[(k - 1) // 2]
        is_second = bool(k % 2)  # odd groups hold a second half
        right = second if is_second else first
        word = m.group(m.lastindex or 0)
        company = _pair_company()[(k - 1) // 2]
        if company and m.re is _pair_pattern():
            continue  # checked by its own pattern below the others
        if company and not any(w in _sentence_around(text, m.start()) for w in company):
            continue  # a half of a longer recital: only beside the recital's other words
        if looks_like_half(word, right, is_second) or (company and _shares_half(word, right)):
            name = f"{first}、{second}"
            at = m.lastindex or 0
            out.append(Raw(MEMBER_ID, m.start(at), m.end(at),
                           f"“{name}”中此项应为“{right}”，此处写作“{word}”"
                           f"（出处：{_short(source)}）", right))
    return out


def _shares_half(word: str, right: str) -> bool:
    """As long as ``right`` and one of its halves the same (服务人民 for 不负人民): inside a
    recital whose other words are there, the other half is the slip, not another slogan."""
    mid = len(right) // 2
    return len(word) == len(right) and word != right and \
        (word[:mid] == right[:mid] or word[mid:] == right[mid:])
