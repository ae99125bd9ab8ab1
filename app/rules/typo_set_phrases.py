"""typo/char: a set phrase (成语) written with one character of the same sound or a similar shape,
whatever the segmentation makes of the slip.

The window search of app/rules/typo_windows.py opens a stretch only where the pieces the
segmentation leaves look like a cut phrase (a half that is no word, four single characters …).
A slip whose pieces are all ordinary words or frequent characters is never opened there:
鞠躬 | 尽 | 粹 (鞠躬尽瘁), 防患 | 于 | 未 | 燃 (防患于未然). This search starts from the phrases
instead: jieba's dictionary tags its set phrases ``i`` (成语), and those it counts above its
floor (5,163 of four to seven characters) are the ones a writer reaches for. Where a word of
the segmentation is a phrase's intact part (its first or last two characters, or, in a phrase
of five or more, all but its last or first) and the phrase's other characters stand as single
characters beside it, the stretch the phrase would cover is a slip of it when it differs from
the phrase in exactly one character and

- the two characters are confusable (the same main syllable, or a look-alike of the shape
  table: :meth:`app.lexicon_model.Lexicon.confusables`), and the one written is a character of
  common words (``Lexicon.sound``): a character found in none was chosen on purpose (勠力同心 is
  the standard form beside the dictionary's 戮力同心);
- the stretch is no word of its own (above the dictionary's floor, or a word of today's
  official writing); a stretch at the floor is no proof of a word, as the floor keeps attested
  misspellings (按步就班);
- the slot is no frame: the phrases that differ only there are one (因地制宜 and 因时制宜 make
  因…制宜 a frame a writer fills as well: 因村制宜, 因企制宜);
- the segmentation cuts the paragraph at both ends of the stretch, so the stretch is not half
  of a longer word (以便 | 进一步 is no slip of 更进一步: 更进一步 is not tagged ``i`` anyway,
  but a set phrase may begin with a word's last character).

Its sibling for the formulations and for the set phrases jieba lacks (app/data/set_phrases.txt)
is app/rules/typo_fixed.py, which anchors on a rare word in each half and takes the same sound
and tone only; the dictionary's 5,163 phrases would open too many stretches by such anchors (their
halves are common words: 发展, 精神), so they are found here by their intact part, with look-alikes
too.

Only set phrases (tag ``i``) are used: the dictionary's 习用语 (tag ``l``) include
compositional phrases such as 社会活动 and 活动中心, one sound away from 社会活力 and 活力中心,
which are right.
Measured on every real text at hand (../shared's corpus and samples, the clean prose set, the
unseen pages of precision17–19, ~1 MB): no stretch is taken for a slip; on the planted reports
every stretch found is a planted slip. Made-up slips (400 phrases of the list, one character
replaced by a common one of the same syllable, in one sentence frame): typo/char found 347
before, 371 with this search. Cost: about a hundredth of the check (one map call per paragraph
over words already segmented, the phrase index read back from the data folder's cache).
"""

from __future__ import annotations

import functools
import re
from itertools import compress, count
from typing import cast

from app.lexicon import FLOOR, lexicon, segments
from app.textcache import text_cache

FORMAT = 1  # of the cache file
_SHORTEST, _LONGEST = 4, 7
# a line of jieba's dict.txt for a set phrase of 4–7 characters (12–21 bytes of UTF-8)
_IDIOM_LINE = re.compile(rb"^(\S{12,21}) (\d+) i\r?$", re.M)
_HAN = re.compile("[\u4e00-\u9fff]+")


@functools.cache
def set_phrases() -> frozenset[str]:
    """The set phrases of jieba's dictionary (tag ``i``) of four to seven characters that it
    counts above its floor; kept in the data folder's cache (empty without the packages)."""
    from app.lexicon import CACHE_FORMAT, _package_file, _sources, cache_file_for
    from app.lexicon_pack import cached_set

    try:
        sources = _sources()
        source = _package_file("jieba", "dict.txt")
    except RuntimeError:
        return frozenset()
    cache = cache_file_for("set-phrases", [FORMAT, CACHE_FORMAT, FLOOR], sources)

    def build() -> frozenset[str]:
        found = set()
        for m in _IDIOM_LINE.finditer(source.read_bytes()):
            phrase = m.group(1).decode("utf-8")
            if int(m.group(2)) > FLOOR and _SHORTEST <= len(phrase) <= _LONGEST and \
                    _HAN.fullmatch(phrase):
                found.add(phrase)
        return frozenset(found)

    return cached_set(cache, build)


# how a word of the segmentation stands in a set phrase it may be the intact part of
_BEGINS, _ENDS, _ALL_BUT_LAST, _ALL_BUT_FIRST = range(4)


@functools.cache
def _index() -> dict[str, tuple[tuple[str, ...], ...]]:
    """For each word that may be the intact part of a set phrase, the phrases by the part it
    is (see the constants above): the phrase's first two characters (鞠躬 of 鞠躬尽瘁), its last
    two, or, for a phrase of five characters or more, all of it but the last or the first
    character (jieba holds 防患于未 as a word: 防患于未 | 燃). Kept in the data folder's cache:
    made anew it costs a process ~10 ms, read back ~3 ms."""
    from app.lexicon import CACHE_FORMAT, _sources, cache_file_for
    from app.lexicon_pack import read_cached, write_cache_file

    try:
        cache = cache_file_for("set-phrase-parts", [FORMAT, CACHE_FORMAT, FLOOR], _sources())
    except RuntimeError:
        return {}
    cached = read_cached(cache, dict)
    if cached is not None:
        return cast(dict[str, tuple[tuple[str, ...], ...]], cached)
    parts: dict[str, tuple[list[str], ...]] = {}
    for phrase in set_phrases():
        roles = [(_BEGINS, phrase[:2]), (_ENDS, phrase[-2:])]
        if len(phrase) >= 5:
            roles += [(_ALL_BUT_LAST, phrase[:-1]), (_ALL_BUT_FIRST, phrase[1:])]
        for role, part in roles:
            parts.setdefault(part, ([], [], [], []))[role].append(phrase)
    index = {part: tuple(map(tuple, lists)) for part, lists in parts.items()}
    if index:
        write_cache_file(cache, index)
    return index


@functools.lru_cache(maxsize=4096)
def _masked(part: str, role: int) -> dict[str, tuple[str, ...]]:
    """The phrases of ``part`` in ``role``, by each character outside the part masked
    (鞠躬尽\0 → 鞠躬尽瘁); made on first need, for the parts a text holds."""
    out: dict[str, list[str]] = {}
    for phrase in _index()[part][role]:
        for k in _outside(role, len(phrase)):
            out.setdefault(f"{phrase[:k]}\0{phrase[k + 1:]}", []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def _outside(role: int, n: int) -> range:
    """The offsets of a phrase of ``n`` characters outside its part in ``role``."""
    return (range(2, n), range(n - 2), range(n - 1, n), range(1))[role]


@text_cache
def set_phrase_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, phrase, 0.0) for each stretch of ``text`` that is a set phrase with one
    character mistyped (see the module's docstring). The slip leaves the rest of the phrase a
    word of the segmentation and the mistyped part single characters: 鞠躬 | 尽 | 粹 (the first
    two characters, then two singles), 防患于未 | 燃 (all but the last, then one). The words that
    are a phrase's part are found at C speed (one map over the words the other rules have
    segmented already); only they are looked at in Python, the characters outside the part
    looked up one masked at a time."""
    parts = _index()
    if not parts or len(text) < _SHORTEST:
        return ()
    words, starts = segments(text)
    n_words = len(words)
    tries: list[tuple[int, int, str, int]] = []  # (start, length, the intact part, its role)
    for k in compress(count(), map(parts.__contains__, words)):
        word = words[k]
        begins, ends, all_but_last, all_but_first = parts[word]
        if begins and k + 2 < n_words and len(words[k + 1]) == len(words[k + 2]) == 1:
            tries += ((starts[k], n, word, _BEGINS) for n in {len(p) for p in begins})
        if ends and k >= 2 and len(words[k - 1]) == len(words[k - 2]) == 1:
            tries += ((starts[k + 1] - n, n, word, _ENDS) for n in {len(p) for p in ends})
        if all_but_last and k + 1 < n_words and len(words[k + 1]) == 1:
            tries.append((starts[k], len(word) + 1, word, _ALL_BUT_LAST))
        if all_but_first and k >= 1 and len(words[k - 1]) == 1:
            tries.append((starts[k - 1], len(word) + 1, word, _ALL_BUT_FIRST))
    if not tries:
        return ()
    lex = lexicon()
    cuts = set(starts)
    found: dict[int, tuple[int, int, str, float]] = {}
    for start, n, part, role in tries:
        if start in found or start not in cuts or start + n not in cuts:
            continue
        stretch = text[start:start + n]
        if stretch in lex.freq or stretch in _words_of_today():
            continue
        masked = _masked(part, role)
        for k in _outside(role, n):
            phrases = masked.get(f"{stretch[:k]}\0{stretch[k + 1:]}", ())
            if len(phrases) > 1:
                continue  # a frame the dictionary fills several ways (因地制宜, 因时制宜): the
                # writer may fill it too (因村制宜, 因企制宜)
            for phrase in phrases:
                typed = stretch[k]
                if typed in lex.sound and phrase[k] in lex.confusables(typed):
                    found[start] = (start, start + n, phrase, 0.0)
    return tuple(found[k] for k in sorted(found))


@functools.cache
def _words_of_today() -> frozenset[str]:
    """app.rules.typo's POLICY_WORDS (imported late: typo.py imports this module)."""
    from app.rules.typo import POLICY_WORDS

    return POLICY_WORDS
