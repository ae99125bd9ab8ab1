"""typo/char's search for a fixed formulation written with one character of its sound typed for
its own: 筑牢中华民族共同体意识 (铸牢: zhù), 以经济建设为中新, 全面依法制国.

The formulation checks (app/rules/formulation.py) compare enumerations and fixed wordings
letter for letter, and run without the lexicon's readings, so a homophone typed by an input
method inside a fixed formulation is no enumeration they can read and no left-out word they look
for. The unigram model does not see it either where the typed word is a word of its own (筑牢 is
one). The formulations themselves are the evidence: every Chinese string of four characters or
more that app/data/formulations.json fixes (its fixed wordings, the right forms of its phrases,
the spellings of its lists' members of five characters or more) is looked for with one character
replaced by a character of the same sound and tone (pypinyin's main reading, as the lexicon holds
it). The strings and their sources are the formulation family's, and the set phrases of today's
official writing that jieba's dictionary lacks (app/data/set_phrases.txt, each with where it is
published: 踔厉奋发, 笃行不怠, 久久为功), which typo's own set-phrase search therefore never offers
(踔励奋发 → 踔厉奋发, 笃行不殆 → 笃行不怠: typo19).

Cost: the paragraph's words (its segmentation, made for every lexicon family) intersected with
two words of each string, one in each half, which a slip in one character cannot both break;
then a comparison at each place of the few words found.
"""

from __future__ import annotations

import json
import re
from functools import cache
from operator import ne
from typing import cast

from app import DATA_DIR
from app.lexicon import (
    Lexicon,
    _package_file,
    code_files,
    derived_cache_file,
    lexicon,
    segments,
)
from app.lexicon_pack import read_cached, write_cache_file
from app.rules.base import data_lines
from app.rules.typo_fixed_terms import fixed_terms
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
    whole |= set(set_phrases())
    whole |= set(fixed_terms())  # (app/data/fixed_terms.txt: 社会消费品零售总额, 党政同责)
    members = {s for e in data.get("lists", []) for m in e["members"] for s in m}

    def keep(found: set[str], shortest: int) -> frozenset[str]:
        return frozenset(s for s in found if len(s) >= shortest and _ALL_HAN.fullmatch(s))

    return keep(whole, MIN_LEN), keep(members, MIN_MEMBER) - keep(whole, MIN_LEN)


def set_phrases() -> tuple[str, ...]:
    """The set phrases of app/data/set_phrases.txt (the first field of each line)."""
    return tuple(line.split("\t", 1)[0] for line in data_lines("set_phrases.txt"))


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


INDEX_FORM = 1  # the stored index's format (its file's stamp holds it, and this module's file)


@cache
def _index() -> dict[str, tuple[tuple[str, int], ...]]:
    """:func:`make_index`, kept in the data folder's cache beside the lexicon's file it was
    made from (made, ~5 ms, the lexicon worker's time before its fork on a cold check). Its
    sources: the data files of the strings, rjieba's package (the segmentation) and the code
    that makes it."""
    lex = lexicon()
    try:
        sources = [DATA_DIR / "formulations.json", DATA_DIR / "set_phrases.txt",
                   DATA_DIR / "fixed_terms.txt", _package_file("rjieba", ""),
                   *code_files(__name__, "app.rules.typo_fixed_terms")]
    except RuntimeError:
        sources = []
    cache_file = derived_cache_file(lex, "typo-fixed", [INDEX_FORM, MIN_LEN, MIN_MEMBER],
                                    sources) if sources else None
    stored = read_cached(cache_file, dict)
    if stored is not None:
        return cast(dict[str, tuple[tuple[str, int], ...]], stored)
    index = make_index(lex)
    write_cache_file(cache_file, index)
    return index


def make_index(lex: Lexicon) -> dict[str, tuple[tuple[str, int], ...]]:
    """Two words of each string as the segmentation cuts it, one in each half (a slip changes
    one character, so it leaves one of them whole) → (the string, the word's offset in it). The
    word taken in a half is the least frequent (中华民族 rather than 意识): the paragraph's own
    words are matched against these, so a common one would open many stretches."""
    by: dict[str, list[tuple[str, int]]] = {}
    phrases = frozenset(set_phrases())
    for s in fixed_strings():
        words, starts = segments(s)
        if len(words) == 1 and s in phrases:  # a set phrase held whole (踔厉奋发): its halves'
            # words (not for a formulation's name: 马克思主义 would be looked for at every 主义)
            head, tail = segments(s[:len(s) // 2]), segments(s[len(s) // 2:])
            words = head[0] + tail[0]
            starts = head[1][:-1] + tuple(a + len(s) // 2 for a in tail[1])
        half = len(s) / 2
        for side in (0, 1):
            cut = [(lex.freq.get(w, 0), a, w) for w, a in zip(words, starts, strict=False)
                   if len(w) >= 2]
            chosen = [c for c in cut if (c[1] + len(c[2]) <= half if side == 0 else
                                         c[1] >= half)] or cut  # else the word across it
            if chosen:
                _f, a, w = min(chosen)
                if (s, a) not in by.get(w, []):
                    by.setdefault(w, []).append((s, a))
    return {k: tuple(v) for k, v in by.items()}


@cache
def _anchors() -> frozenset[str]:
    return frozenset(_index())


def _neighbour_kept(text: str, p: int, q: int, s: str, off: int) -> bool:
    """A character of ``s`` next to its word ``text[p:q]`` (at ``off`` in s), or the one beyond
    it, stands in ``text`` as in ``s``: one slip cannot change both."""
    end = off + q - p
    return (off > 0 and (text[p - 1:p] == s[off - 1] or
                         (off > 1 and p > 1 and text[p - 2] == s[off - 2]))) or \
        (end < len(s) and (text[q:q + 1] == s[end] or
                           (end + 1 < len(s) and text[q + 1:q + 2] == s[end + 1])))


@text_cache
def fixed_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, the fixed string, 0.0) of each stretch of ``text`` that is a fixed
    formulation with exactly one character replaced by another of the same sound and tone."""
    by = _index()
    # the anchor words the paragraph's segmentation holds: its words are existing strings with
    # their hashes kept, so this set operation costs next to nothing
    present = _anchors().intersection(segments(text)[0])
    if not present:
        return ()
    tone = lexicon().tone
    out: dict[tuple[int, int], str] = {}
    n_text = len(text)
    for word in present:
        p = text.find(word)
        while p >= 0:
            q = p + len(word)
            for s, off in by[word]:
                n = len(s)
                a = p - off
                # one slip leaves a neighbour of the word as it stands in s, or the one beyond it
                # where the slip is the neighbour (踔励|奋发: 踔 of 踔厉奋发); nearly every other
                # 建设 or 人民 of the paragraph fails this at once
                if not _neighbour_kept(text, p, q, s, off):
                    continue
                stretch = text[a:a + n] if a >= 0 and a + n <= n_text else s
                if stretch == s or sum(map(ne, stretch, s)) != 1:  # (counted at C speed)
                    continue
                i = next(j for j in range(n) if stretch[j] != s[j])
                if tone.get(stretch[i]) is not None and tone.get(stretch[i]) == tone.get(s[i]) \
                        and not (s in _strings()[1] and _in_enumeration(text, a, a + n)):
                    out.setdefault((a, a + n), s)
            p = text.find(word, p + 1)
    kept: list[tuple[int, int, str, float]] = []
    for (a, b), s in sorted(out.items(), key=lambda kv: kv[0][0] - kv[0][1]):  # longest first
        if not any(x < b and a < y for x, y, _s, _g in kept):  # 全面依法制国, not also 依法制国
            kept.append((a, b, s, 0.0))
    return tuple(sorted(kept))
