"""typo/char: where the misses of the blind sets showed the general window search too narrow
(docs/checks.md, "Typo recall by mechanism (helper typo11)"): two of its tests, and one search.

- A word of today (app/modern_words.py: 微博, 客服, 警界) was never corrected, whatever its
  neighbours: the attested list is a list of words, and a word can be real and still the wrong
  one in its place. 警界 (police circles) is a word; 超过警界水位 is not: its same-sound twin
  makes a dictionary compound with the next word (警戒水位). When the best segmentation after
  the correction joins the corrected word with its neighbours into one longer dictionary word,
  the context vouches for the correction, and the word of today is corrected like any other
  stretch, on the same bars (the compound's probability gives the gain). Without such a
  compound a word of today stays untouched, as before (微博 beside 微波: 官方微博发布).
- The lower bar of a same-sound, same-tone correction into a well-known word (typo.MIN_GAIN_TONE:
  效律 → 效率) held for two-character words only. An input method's slip of one syllable is
  as likely inside a three-character word (近一步 → 进一步, 积极姓 → 积极性), and jieba counts
  the well-known three-character words (WELL_KNOWN, 500) as such as reliably.
- Near sounds were never searched: confusables share the syllable. :func:`twin_slips` takes a
  flat/retroflex sibilant (z/zh, c/ch, s/sh) for a slip only where the paragraph itself writes
  the word right (诉求 … 合理述求).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count

from app.lexicon import FLOOR, Lexicon, lexicon, segments
from app.lexicon_slips import STANDALONE
from app.modern_words import attested
from app.rules.typo_guards import in_series, looks_like_name
from app.textcache import text_cache

# the lengths of the corrections the same-sound, same-tone bar applies to
TONE_BAR_LENGTHS = frozenset({2, 3})


def context_vouches(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the best segmentation ``words`` (of a clause in which ``[start, end)`` is the
    corrected stretch) holds one word that covers the whole stretch and reaches beyond it: the
    correction and a neighbour make one dictionary word (警戒|水位 → 警戒水位)."""
    at = 0
    for w in words:
        nxt = at + len(w)
        if at <= start and end <= nxt:
            return nxt - at > end - start
        if nxt > start:
            return False  # the stretch is cut across words
        at = nxt
    return False


def weak_singles(lex: Lexicon) -> frozenset[str]:
    """The characters that seldom stand alone (a single-character word rarer than STANDALONE):
    where the segmentation leaves one alone, the text may hold a typo. Punctuation and digits
    are not in ``singles``: they are never strays."""
    global _WEAK
    if _WEAK[0] is not lex:
        _WEAK = (lex, frozenset(c for c, f in lex.singles.items() if f < STANDALONE))
    return _WEAK[1]


_WEAK: tuple[Lexicon | None, frozenset[str]] = (None, frozenset())


@text_cache
def stray_offsets(text: str) -> tuple[int, ...]:
    """The offsets of the characters the segmentation left alone although they seldom stand
    alone (:func:`weak_singles`), picked at C speed (map, compress): typo.py's windows open
    around them, and :func:`twin_slips` reads the same tuple."""
    words, starts = segments(text)
    return tuple(starts[k] for k in compress(count(), map(weak_singles(lexicon()).__contains__,
                                                          words)))


# Initials an input method's fuzzy-pinyin options (模糊音) and the speech of much of the south
# do not tell apart: the flat and the retroflex sibilants, z/zh, c/ch, s/sh. 诉求 (sù qiú) typed
# as 述求 (shù): two readings no same-syllable search joins.
_RETROFLEX = (("zh", "z"), ("ch", "c"), ("sh", "s"))
# the paragraph's own words a near-sound twin is looked for: no everyday word (typo.SEEN_MAX)
TWIN_MAX = 5000
MIN_GAIN_TWIN = 6.0  # the bar of a correction the paragraph writes elsewhere (typo.MIN_GAIN_SEEN)
CONTEXT = 3


def counterpart(syllable: str) -> str | None:
    """The syllable one sibilant away: shu → su, su → shu; None for a syllable with no
    sibilant initial."""
    for retroflex, plain in _RETROFLEX:
        if syllable.startswith(retroflex):
            return plain + syllable[2:]
    if syllable[:1] in ("z", "c", "s"):
        return syllable[0] + "h" + syllable[1:]
    return None


def _near_memo(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Character → the characters of common words read one sibilant away (述 → 诉, 数, 速 …;
    empty for a reading with no sibilant initial): filled per character as the strays meet
    them (:func:`_near`), emptied with a new lexicon."""
    global _NEAR
    if _NEAR[0] is not lex:
        _NEAR = (lex, {})
    return _NEAR[1]


def _near(lex: Lexicon, c: str) -> frozenset[str]:
    other = counterpart(lex.sound.get(c, ""))
    return lex.by_sound.get(other, frozenset()) if other else frozenset()


_NEAR: tuple[Lexicon | None, dict[str, frozenset[str]]] = (None, {})


@text_cache
def twin_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, gain) of each stretch of two characters that is a word the
    paragraph writes elsewhere, with one character replaced by one whose reading differs only in
    a flat or retroflex initial (合理述求 … 诉求: sù / shù).

    The writer who spells 诉求 right in the same paragraph knows the word; a non-word one
    sibilant away from it is a slip, not a coinage. Only this evidence opens a near-sound
    correction: a general search of z/zh, c/ch, s/sh would meet every coinage of today
    (数智化 beside 数字化), and so does a three-character twin in the same paragraph (推进数字化
    转型，建设数智化工厂): only words of two characters are taken, and no everyday word
    (TWIN_MAX). The stretch holds a character the segmentation left alone although it seldom
    stands alone (typo.py's strays), is no dictionary word (the floor included) nor a word of
    today, gains MIN_GAIN_TWIN with the correction and is no name nor item of a series.
    Kept cheap: only the strays read with a sibilant whose neighbour occurs twice in the
    paragraph are looked at (the strays are typo.py's own, a C-speed count), and for each the
    lexicon's common words with one character masked (``masked``) give the candidates, which
    must then be words of the paragraph's own segmentation (数字 inside 数字化 is not the
    writer's word 数字)."""
    lex = lexicon()
    words, _starts = segments(text)
    found: list[tuple[int, int, str, float]] = []
    n = len(text)
    freq, masked = lex.freq, lex.masked
    memo = _near_memo(lex)
    for p in stray_offsets(text):
        near = memo.get(text[p])
        if near is None:
            near = memo[text[p]] = _near(lex, text[p])
        if not near:
            continue  # no sibilant in its reading
        for a in (p - 1, p):  # the stray second, then first
            # the twin holds the other character too: it is in the paragraph twice (C speed)
            if a < 0 or a + 2 > n or text.count(text[a] if a < p else text[a + 1]) < 2:
                continue
            options = masked.get(text[a:p] + "\0" + text[p + 1:a + 2])
            if not options:
                continue
            for c in near.intersection(options):
                right = text[a:p] + c + text[p + 1:a + 2]
                if not FLOOR < freq.get(right, 0) <= TWIN_MAX or right not in words:
                    continue
                typed = text[a:a + 2]
                if lex.known(typed) or attested(typed):
                    break
                lo, hi = max(0, a - CONTEXT), min(n, a + 2 + CONTEXT)
                gain = lex.best_logp(text[lo:a] + right + text[a + 2:hi]) - \
                    lex.best_logp(text[lo:hi])
                if gain >= MIN_GAIN_TWIN and not looks_like_name(text, a, a + 2) and \
                        not in_series(text, a, a + 2, p - a):
                    found.append((a, a + 2, right, gain))
    return tuple(sorted(set(found)))
