"""Two searches of typo/char (app/rules/typo.py) for slips in set phrases and collocations.

- :func:`phrase_windows`: a four-character set phrase with one character mistyped that the
  segmentation cuts into a single character, a word across the phrase's two halves and another
  single character (相|得益|章 → 相得益彰, 众|志成|诚 → 众志成城), or into two single characters
  and a word that is the phrase's intact half (攻|艰|克难). typo.py's own set-phrase search
  (``_idiom_windows``) expects the intact half at a word's edge of the other shapes only. The
  stretches found here go through the same gain and bars as every other window.
- :func:`collocation_slips`: two real words side by side where the dictionary holds a
  collocation of the first with a same-sound word (检查|知道 → 检查指导, 长效|机智 → 长效机制):
  both words are common, so the unigram model cannot see the slip (a floor collocation is less
  probable than its two words apart); the decision is the table of
  :func:`app.lexicon_slips.collocation_slips`, built with the lexicon's cache, looked up here
  for each adjacent pair of two-character words.
"""

from __future__ import annotations

import bisect
import re
from itertools import compress, count, pairwise

from app.lexicon import HEAD, TAIL, Lexicon, lexicon, segments
from app.rules.typo_guards import looks_like_name
from app.textcache import text_cache

Window = tuple[int, int, int, int]

# in the words' lengths as bytes: single, word, single (相|得益|章) and the shapes whose intact
# half may stand on either side (攻|艰|克难: the tail intact; 一股|作|气: the head intact);
# lookaheads, since two places of one shape may overlap (相|得益|章|生效|力)
_SHAPES = (re.compile(rb"(?=\x01\x02\x01)"), re.compile(rb"\x01\x01\x02"),
           re.compile(rb"\x02\x01\x01"))
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
    seen: set[int] = set()
    for shape in _SHAPES:
        for m in shape.finditer(lens):
            a = starts[m.start()]
            if a in seen:
                continue
            seen.add(a)
            stretch = text[a:a + 4]
            if stretch in freq or not _HAN4.fullmatch(stretch):
                continue
            broken = []
            if halves.get(stretch[:2], 0) & HEAD:
                broken += [2, 3]  # the head is intact: the slip is in the tail
            if halves.get(stretch[2:], 0) & TAIL:
                broken += [0, 1]
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
    table = lexicon().collocation_slips
    if not table:
        return ()
    words, starts = segments(text)
    out: list[tuple[int, int, str, float]] = []
    # every adjacent pair of words joined as the table's keys and looked up at C speed
    pairs = list(map("|".join, pairwise(words)))
    for j in compress(count(), map(table.__contains__, pairs)):
        right = table[pairs[j]]
        start = starts[j]
        if not looks_like_name(text, start, start + 4):
            out.append((start, start + 4, right, 0.0))
    return tuple(out)


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


_NEAR_SHAPES = (*_SHAPES, re.compile(rb"(?=\x01\x01\x01\x01)"), re.compile(rb"(?=\x02\x02)"))


@text_cache
def near_phrase_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, set phrase, gain) where a four-character stretch that is no dictionary word
    becomes a common set phrase when one character of its broken half is replaced by a character
    of a near sound (精益求情 → 精益求精: qing/jing; the same sound and the look-alikes are
    typo.py's). Guards against ordinary text one character from a set phrase: the other half is
    intact and a half of a set phrase (``lex.halves``), the phrase is frequent (NEAR_PHRASE_MIN),
    the clause's best segmentation gains e^9 with it, and it is no name or item of a series."""
    from app.rules.typo_guards import in_series

    lex = lexicon()
    words, starts = segments(text)
    try:
        lens = bytes(map(len, words))
    except ValueError:
        return ()
    halves, masked, freq = lex.halves, lex.masked, lex.freq
    found: list[tuple[int, int, str, float]] = []
    seen: set[int] = set()
    for shape in _NEAR_SHAPES:
        for m in shape.finditer(lens):
            a = starts[m.start()]
            stretch = text[a:a + 4]
            if a in seen or stretch in freq or not _HAN4.fullmatch(stretch):
                continue
            seen.add(a)
            broken = ([2, 3] if halves.get(stretch[:2], 0) & HEAD else []) + \
                ([0, 1] if halves.get(stretch[2:], 0) & TAIL else [])
            best: tuple[float, str, int] | None = None
            for i in broken:
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
