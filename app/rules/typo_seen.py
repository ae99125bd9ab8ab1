"""typo/char's search for a slip into a word the same paragraph writes correctly elsewhere.

The unigram model corrects a stray character only into a common word (COMMON, frequency 50):
the terms of a trade that jieba's dictionary of 2012 keeps low or at its floor (销号 of 对账销号,
办结, 界别) can never be the correction, so 对账消号 stays unseen although the writer types 销号
two clauses later. The paragraph is the evidence the dictionary lacks: where a character the
segmentation leaves alone (one that seldom stands alone, as typo.py's strays), together with a
neighbour, is no word at all, and one of its characters of the same sound and tone (pypinyin's
main reading: what an input method offers for the syllable) makes with that neighbour a word of
the dictionary (any frequency, the floor's included) that the same paragraph writes elsewhere,
the writer knows the word and slipped. Only the paragraph counts, as for typo.py's
``MIN_GAIN_SEEN``: a report's other paragraphs hold too many words to prove anything, and the
findings of typo are cached per paragraph (app/lexicon_results.py).

Kept quiet as every typo/char finding: a name (looks_like_name), an item of a series on one
pattern (in_series: 政务公开、厂务公开 writes both on purpose); and a character rarer than
SOUND_CHAR is no stray here: it was chosen (蔚来 beside 未来, a car maker's name).
"""

from __future__ import annotations

from itertools import compress, count

from app.lexicon import SOUND_CHAR, Lexicon, lexicon, segments
from app.lexicon_slips import STANDALONE
from app.rules.typo_guards import in_series, looks_like_name
from app.textcache import text_cache


def _strays(lex: Lexicon) -> frozenset[str]:
    """The characters that seldom stand alone (rarer alone than STANDALONE) and are no rarity
    (SOUND_CHAR or more), made once per lexicon."""
    global _STRAYS
    if _STRAYS[0] is not lex:
        _STRAYS = (lex, frozenset(c for c, f in lex.singles.items()
                                  if SOUND_CHAR <= f < STANDALONE))
    return _STRAYS[1]


_STRAYS: tuple[Lexicon | None, frozenset[str]] = (None, frozenset())


@text_cache
def seen_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, 0.0) of each two-character stretch of ``text`` that is no word
    and becomes, by one same-sound same-tone character, a word ``text`` writes elsewhere
    (对账消号 … 销号一个 → 销号)."""
    lex = lexicon()
    words, starts = segments(text)
    found: list[tuple[int, int, str, float]] = []
    # the single-character words that seldom stand alone, picked at C speed
    lone = list(compress(count(), map(_strays(lex).__contains__, words)))
    if not lone:
        return ()
    chars = set(text)  # a mate the paragraph never writes cannot make a word it writes
    by_sound, sound, tone, empty = lex.by_sound, lex.sound, lex.tone, frozenset[str]()
    n = len(words)
    for k in lone:
        p = starts[k]
        c = text[p]
        # the characters of the paragraph with c's syllable, then its tone (few to look at)
        mates = [m for m in by_sound.get(sound.get(c, ""), empty).intersection(chars)
                 if m != c and tone.get(m) == tone.get(c)]
        if not mates:
            continue
        # the stray with its left, then its right neighbour, where that neighbour is a word of
        # one character too (对账|消|号): one inside a longer word belongs to it (主动|立起来)
        for other in (k - 1, k + 1):
            if not 0 <= other < n or len(words[other]) != 1 or \
                    not "\u4e00" <= words[other] <= "\u9fff":
                continue
            o = words[other]
            first = other < k
            hits = [o + m if first else m + o for m in mates]
            hits = [h for h in hits if h in text and lex.known(h)]
            a = p - 1 if first else p
            if len(hits) != 1 or lex.known(text[a:a + 2]):
                continue
            if looks_like_name(text, a, a + 2) or in_series(text, a, a + 2, p - a):
                continue
            found.append((a, a + 2, hits[0], 0.0))
            break
    return tuple(found)
