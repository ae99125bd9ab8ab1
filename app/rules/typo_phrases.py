"""Two searches of typo/char (app/rules/typo.py) for slips in set phrases and collocations.

- :func:`phrase_windows`: a four-character set phrase with one character mistyped that the
  segmentation cuts into a single character, a word across the phrase's two halves and another
  single character (相|得益|章 → 相得益彰, 众|志成|诚 → 众志成城), a shape typo.py's own
  set-phrase search (``_idiom_windows``) does not look at. The stretches found here go through
  the same gain and bars as every other window.
- :func:`collocation_slips`: two real words side by side where the dictionary holds a
  collocation of the first with a same-sound word (检查|知道 → 检查指导, 长效|机智 → 长效机制):
  both words are common, so the unigram model cannot see the slip (a floor collocation is less
  probable than its two words apart); the decision is the table of
  :func:`app.lexicon_slips.collocation_slips`, built with the lexicon's cache, looked up here
  for each adjacent pair of two-character words; not where the typed word is a count in a
  frame or takes a noun suffix (app/rules/typo_pair_guards.py).
"""

from __future__ import annotations

import bisect
import re
from itertools import compress, count

from app.lexicon import HEAD, TAIL, Lexicon, lexicon, segments
from app.lexicon_derived import HALF_MAX as HALF_MAX  # (an intact half this frequent: left)
from app.lexicon_derived import derived, phrase_heads_tails, second_words
from app.lexicon_slips import WELL_KNOWN
from app.rules.typo_guards import looks_like_name
from app.rules.typo_pair_guards import (
    count_frame,
    modifies_next,
    takes_suffix,
    written_elsewhere,
)
from app.textcache import text_cache

Window = tuple[int, int, int, int]

# in the words' lengths as bytes: single, word, single (相|得益|章); a lookahead, since two
# places may overlap (相|得益|章|生效|力). (typo.py's own search takes the other shapes.)
_CROSSING = re.compile(rb"(?=\x01\x02\x01)")
_HAN4 = re.compile("[\u4e00-\u9fff]{4}")


def phrase_windows(text: str, words: tuple[str, ...], starts: tuple[int, ...],
                   runs: list[tuple[int, int]], run_starts: list[int], lex: Lexicon
                   ) -> list[tuple[Window, set[int]]]:
    """Four-character stretches one character from a common set phrase, cut as above: (the
    stretch with its run of Chinese characters, the offsets of the characters that may be the
    slip). A stretch is opened only where one half is a half of a set phrase (``lex.halves``:
    set phrases one of whose halves is no word, so not compounds such as 社会主义) and a
    character of the other half can be replaced by one of its sound or shape into the phrase."""
    try:
        lens = bytes(map(len, words))
    except ValueError:  # a token of 256 characters or more
        return []
    halves, masked, freq = lex.halves, lex.masked, lex.freq
    out: list[tuple[Window, set[int]]] = []
    for m in _CROSSING.finditer(lens):
        a = starts[m.start()]
        stretch = text[a:a + 4]
        broken = ([2, 3] if halves.get(stretch[:2], 0) & HEAD else []) + \
            ([0, 1] if halves.get(stretch[2:], 0) & TAIL else [])
        if not broken or stretch in freq or not _HAN4.fullmatch(stretch):
            continue
        suspects = set()
        for i in broken:
            options = masked.get(stretch[:i] + "\0" + stretch[i + 1:])
            if options and not lex.phrase_replacements(stretch[i]).isdisjoint(options):
                suspects.add(a + i)
        if suspects:
            ra, rb = runs[bisect.bisect_right(run_starts, a) - 1]
            if ra <= a and a + 4 <= rb:
                out.append(((a, a + 4, ra, rb), suspects))
    return out


@text_cache
def collocation_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, 0.0) of each pair of words of ``text`` that the lexicon's
    collocation table turns into a collocation (检查知道 → 检查指导), in typo's shape. Not for a
    name (a title or a body's kind word beside it, a short quoted phrase)."""
    lex = lexicon()
    table, freq = lex.collocation_slips, lex.freq
    if not table:
        return ()
    words, starts = segments(text)
    out: list[tuple[int, int, str, float]] = []
    # the words that may be the typed one (picked at C speed), then the pair ending there
    for k in compress(count(), map(_typed_words(table).__contains__, words)):
        right = table.get(words[k - 1] + "|" + words[k]) if k else None
        if right is not None:
            start = starts[k - 1]
            if not looks_like_name(text, start, start + 4) and \
                    not count_frame(text, starts[k], start + 4) and not takes_suffix(words, k) \
                    and not written_elsewhere(text, starts[k], start + 4, right[2:], freq) \
                    and not modifies_next(words, k, right[2:], lex.tags):
                out.append((start, start + 4, right, 0.0))
    return tuple(out)


def _typed_words(table: dict[str, str]) -> frozenset[str]:
    """The second words of the collocation table's keys (~8,000 words: read with the lexicon's
    cache, or made once per table, app/lexicon_derived.py)."""
    global _TYPED
    if _TYPED[0] is not table:
        stored = derived(lexicon(), "second_words", table)
        _TYPED = (table, second_words(table) if stored is None else stored)
    return _TYPED[1]


_TYPED: tuple[dict[str, str] | None, frozenset[str]] = (None, frozenset())


# Initials, longest first, and the pairs an input method's fuzzy settings (模糊音) or a
# speaker's accent merge: flat and retroflex (z/zh, c/ch, s/sh), n/l, f/h, l/r, and the
# aspirated pairs (b/p, d/t, g/k, j/q, z/c, zh/ch); finals: front and back nasals.
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q",
             "x", "r", "z", "c", "s", "y", "w")
_NEAR_INITIALS = frozenset(frozenset(p) for p in (
    ("z", "zh"), ("c", "ch"), ("s", "sh"), ("n", "l"), ("f", "h"), ("l", "r"), ("b", "p"),
    ("d", "t"), ("g", "k"), ("j", "q"), ("z", "c"), ("zh", "ch")))
_NEAR_FINALS = frozenset(frozenset(p) for p in (
    ("in", "ing"), ("en", "eng"), ("an", "ang"), ("ian", "iang"), ("uan", "uang")))
# a near-sound correction must make a set phrase at least this frequent (PHRASE_RARE_MIN's
# level: a rarer phrase may be a variant) and gain as much as any typo (MIN_GAIN, e^9)
NEAR_PHRASE_MIN = 30
NEAR_GAIN = 9.0
CONTEXT = 3


def _split(reading: str) -> tuple[str, str]:
    for initial in _INITIALS:
        if reading.startswith(initial):
            return initial, reading[len(initial):]
    return "", reading


def near_sound(a: str, b: str) -> bool:
    """Two toneless syllables one fuzzy step apart (jing/qing, shen/sheng, lan/nan), not equal."""
    if a == b:
        return False
    (ia, fa), (ib, fb) = _split(a), _split(b)
    if ia == ib:
        return frozenset((fa, fb)) in _NEAR_FINALS
    return fa == fb and frozenset((ia, ib)) in _NEAR_INITIALS


def _half_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The heads and the tails of ``lex.halves`` as two sets (made once per lexicon), so that a
    paragraph's words that are such a half are picked at C speed; without the everyday words
    (HALF_MAX: 发展, 服务, 全国 end or begin some set phrase, and stood at 60 % of the corpus's
    places, none of them a slip; 坚持 of 坚持不懈 is left out with them)."""
    global _HALVES
    if _HALVES[0] is not lex:
        heads = derived(lex, "phrase_heads", lex.halves, lex.freq)
        tails = derived(lex, "phrase_tails", lex.halves, lex.freq)
        if heads is None or tails is None:  # (read with the cache, or made here)
            heads, tails = phrase_heads_tails(lex.halves, lex.freq)
        _HALVES = (lex, heads, tails)
    return _HALVES[1], _HALVES[2]


_HALVES: tuple[Lexicon | None, frozenset[str], frozenset[str]] = (None, frozenset(), frozenset())


@text_cache
def near_phrase_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, set phrase, gain) where a four-character stretch that is no dictionary word
    becomes a common set phrase when one character of its broken half is replaced by a character
    of a near sound (精益求情 → 精益求精: qing/jing; the same sound and the look-alikes are
    typo.py's). Guards against ordinary text one character from a set phrase: the other half is
    intact, a word of the segmentation and a half of a set phrase one of whose halves is no word
    (``lex.halves``: not compounds such as 社会主义), the broken half is no everyday word
    (WELL_KNOWN: 办实事就是 stays), the phrase is frequent (NEAR_PHRASE_MIN),
    the clause's best segmentation gains e^9 with it, and it is no name or item of a series."""
    from app.rules.typo_guards import in_series

    lex = lexicon()
    words, starts = segments(text)
    heads, tails = _half_words(lex)
    # the intact half is a word of the segmentation (精益|求情): a head, the stretch starting
    # there, or a tail, the stretch ending there; found at C speed
    places = sorted({*(starts[j] for j in compress(count(), map(heads.__contains__, words))),
                     *(starts[j] - 2 for j in compress(count(), map(tails.__contains__, words))
                       if starts[j] >= 2)})
    masked, freq = lex.masked, lex.freq
    found: list[tuple[int, int, str, float]] = []
    for a in places:
        stretch = text[a:a + 4]
        if stretch in freq or not _HAN4.fullmatch(stretch):
            continue
        broken = ([2, 3] if stretch[:2] in heads else []) + \
            ([0, 1] if stretch[2:] in tails else [])
        best: tuple[float, str, int] | None = None
        for i in broken:
            if freq.get(stretch[2:] if i >= 2 else stretch[:2], 0) >= WELL_KNOWN:
                continue  # the other half is an everyday word (办实事|就是 is not 实事求是)
            c = stretch[i]
            s = lex.sound.get(c) or lex.rare_sound(c)
            if not s:
                continue
            same = lex.phrase_replacements(c)
            for n in masked.get(stretch[:i] + "\0" + stretch[i + 1:], ""):
                phrase = stretch[:i] + n + stretch[i + 1:]
                if n in same or freq.get(phrase, 0) < NEAR_PHRASE_MIN or \
                        not near_sound(s, lex.sound.get(n, "")):
                    continue
                if lex.known(stretch):
                    break
                lo = max(0, a - CONTEXT)
                hi = min(len(text), a + 4 + CONTEXT)
                gain = lex.best_logp(text[lo:a] + phrase + text[a + 4:hi]) - \
                    lex.best_logp(text[lo:hi])
                if gain >= NEAR_GAIN and (best is None or gain > best[0]):
                    best = (gain, phrase, i)
        if best is not None and not looks_like_name(text, a, a + 4) and \
                not in_series(text, a, a + 4, best[2]):
            found.append((a, a + 4, best[1], best[0]))
    return tuple(sorted(found))
