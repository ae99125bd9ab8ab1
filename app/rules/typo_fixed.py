"""typo/char's search for a fixed formulation written with one character of its sound typed for
its own: 筑牢中华民族共同体意识 (铸牢: zhù), 形式主义 written 形势主义, 全面依法制国.

The formulation checks (app/rules/formulation.py) compare enumerations and fixed wordings
letter for letter, and run without the lexicon's readings, so a homophone typed by an input
method inside a fixed formulation is no enumeration they can read and no left-out word they look
for. The unigram model does not see it either where the typed word is a word of its own (筑牢 is
one). The formulations themselves are the evidence: every Chinese string of four characters or
more that app/data/formulations.json fixes (its fixed wordings, the right forms of its phrases,
the spellings of its lists' members) is looked for with one character replaced by a character of
the same sound and tone (pypinyin's main reading, as the lexicon holds it). No new data: the
strings and their sources are the formulation family's.

Cost: one scan per paragraph for the strings' first and last two characters (a plain alternation
of two-character literals, which the regex engine skips through at C speed), then a comparison at
each hit; a slip in any one character leaves one of the two intact.
"""

from __future__ import annotations

import json
import re
from functools import cache

from app import DATA_DIR
from app.lexicon import lexicon
from app.textcache import text_cache

MIN_LEN = 4  # shorter strings (创新, 法治, 稳就业) sit inside too many ordinary words
# a list member is looked for from five characters (人民当家作主, 全面依法治国): the members of
# four (经济建设, 创新发展, 形式主义) end on the commonest pairs of official prose (建设, 发展,
# 主义), which would triple the scan's work, and in an enumeration formulation/member reads them
MIN_MEMBER = 5
_ALL_HAN = re.compile("[\u4e00-\u9fff]+")


@cache
def _strings() -> tuple[frozenset[str], frozenset[str]]:
    """The formulation family's fixed Chinese strings of MIN_LEN characters or more: (its fixed
    wordings and the right forms of its phrases, the spellings of its lists' members)."""
    data = json.loads((DATA_DIR / "formulations.json").read_text("utf-8"))
    whole = {e["text"] for e in data.get("fixed", [])}
    whole |= {e["right"] for e in data.get("phrases", []) if isinstance(e.get("right"), str)}
    members = {s for e in data.get("lists", []) for m in e["members"] for s in m}

    def keep(found: set[str], shortest: int) -> frozenset[str]:
        return frozenset(s for s in found if len(s) >= shortest and _ALL_HAN.fullmatch(s))

    return keep(whole, MIN_LEN), keep(members, MIN_MEMBER) - keep(whole, MIN_LEN)


def fixed_strings() -> tuple[str, ...]:
    """Every string looked for, sorted."""
    whole, members = _strings()
    return tuple(sorted(whole | members))


def _in_enumeration(text: str, a: int, b: int) -> bool:
    """A list member standing in an enumeration (a 、 or a 和 beside it): formulation/member
    compares it with the list, and one finding is enough (党的领导、人民当家做主、依法治国;
    享乐主义和奢糜之风)."""
    return text[a - 1:a] in _JOINS or text[b:b + 1] in _JOINS


_JOINS = frozenset("、和与及")


def _anchor(s: str) -> int:
    """How many characters at each end of ``s`` the scan looks for: three from six characters
    on (one slip leaves three at one end; 建设 or 人民 alone open too many stretches), else two."""
    return 3 if len(s) >= 6 else 2


@cache
def _index() -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, bool], ...]]]:
    """A scan for the strings' first and last two characters, and each such pair → the strings
    it opens (True) or closes (False)."""
    by: dict[str, list[tuple[str, bool]]] = {}
    for s in fixed_strings():
        w = _anchor(s)
        by.setdefault(s[:w], []).append((s, True))
        by.setdefault(s[-w:], []).append((s, False))
    scan = re.compile("|".join(map(re.escape, sorted(by))) if by else "(?!)")
    return scan, {k: tuple(v) for k, v in by.items()}


@text_cache
def fixed_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, the fixed string, 0.0) of each stretch of ``text`` that is a fixed
    formulation with exactly one character replaced by another of the same sound and tone."""
    scan, by = _index()
    tone = lexicon().tone
    out: dict[tuple[int, int], str] = {}
    hits = set()
    for m in scan.finditer(text):  # (a plain alternation: the engine skips at C speed)
        p = m.start()
        # every end at the hit and just after it: two of two and three characters may start
        # there, and ends may overlap (…意识意识…), which one alternation match hides
        for q in (p, p + 1, p + 2):
            for w in (2, 3):
                if text[q:q + w] in by:
                    hits.add((q, text[q:q + w]))
    n_text = len(text)
    for p, end in hits:
        for s, opens in by[end]:
            n = len(s)
            if len(end) != _anchor(s):
                continue
            a = p if opens else p + len(end) - n
            if a < 0 or a + n > n_text:
                continue
            # one slip leaves one of the two characters at the other end as they are: a cheap
            # test that drops nearly every hit of a common pair (意识, 建设) before slicing
            if opens and text[a + n - 1] != s[-1] and text[a + n - 2] != s[-2]:
                continue
            if not opens and text[a] != s[0] and text[a + 1] != s[1]:
                continue
            stretch = text[a:a + n]
            if stretch == s:
                continue
            diff = [i for i in range(n) if stretch[i] != s[i]]
            if len(diff) == 1 and tone.get(stretch[diff[0]]) is not None and \
                    tone.get(stretch[diff[0]]) == tone.get(s[diff[0]]):
                if s in _strings()[1] and _in_enumeration(text, a, a + n):
                    continue
                out.setdefault((a, a + n), s)
    kept: list[tuple[int, int, str, float]] = []
    for (a, b), s in sorted(out.items(), key=lambda kv: kv[0][0] - kv[0][1]):  # longest first
        if not any(x < b and a < y for x, y, _s, _g in kept):  # 全面依法制国, not also 依法制国
            kept.append((a, b, s, 0.0))
    return tuple(sorted(kept))
