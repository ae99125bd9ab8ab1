"""typo/char: a slip in a frequent single character beside a stray (docs/checks.md, "Typo
recall, twelfth session (helper typo12)").

typo.py opens its search windows at the strays, the characters the segmentation leaves alone
although they seldom stand alone (typo_near.stray_offsets), and there only the stray itself may
be the wrong character. When the slip turns a word into two characters that each often stand
alone, the wrong one is frequent alone and is never a suspect: 妥善按置 is 按|置, 按 stands
alone 21,008 times (STANDALONE, 20,000) and only the stray 置 is ever replaced, into no word.

:func:`neighbour_slips` lets the frequent neighbour of a stray be the slip: a two-character
stretch of two single-character words, no dictionary word (its floor included) nor a word of
today, whose frequent character replaced by one of its confusables (``Lexicon.replacements``:
same syllable or look-alike) gives a common word. Such a stretch must pass the general bar,
MIN_GAIN (e^9), with no lower bar of any kind: on real text the same shape is a coinage or an
abbreviation (替出的石油 e^8.0, 雷打滩 e^7.9, 引客入赣 e^7.8, 即征即退 e^6.8 under the same-tone
bar; the corpus and the unseen pages hold none above e^8), while a slip joins a well-known word
with its context (按置 → 安置 e^11.6: 妥善安置 is one dictionary word). The guards of typo.py
hold as for any window (app/rules/typo_quiet.py).
"""

from __future__ import annotations

from bisect import bisect_left

from app.lexicon import is_han, lexicon, segments
from app.lexicon_slips import STANDALONE
from app.modern_words import attested
from app.rules.typo_guards import absorbs
from app.rules.typo_near import stray_offsets
from app.rules.typo_quiet import written_on_purpose
from app.textcache import text_cache

MIN_GAIN_NEIGHBOUR = 9.0  # typo.MIN_GAIN: the general bar, no lower one
CONTEXT = 3  # characters of context on each side for the gain (typo.CONTEXT)


@text_cache
def neighbour_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, gain) of each two-character stretch made of a stray and a
    single-character word beside it that stands alone often (STANDALONE), where replacing that
    frequent character gives a common word and the clause gains MIN_GAIN_NEIGHBOUR (妥善按置 →
    安置). Kept cheap: only the strays' neighbours are looked at, and the lexicon's common words
    with one character masked (``masked``) are asked first; the segmentation's offsets only
    where a word is there."""
    strays = stray_offsets(text)
    if not strays:
        return ()
    lex = lexicon()
    words, starts = segments(text)
    freq, masked, singles = lex.freq, lex.masked, lex.singles
    n = len(text)
    found: dict[tuple[int, int], tuple[str, float]] = {}
    for p in strays:
        for q in (p - 1, p + 1):
            if not 0 <= q < n or singles.get(text[q], 0) < STANDALONE:
                continue
            a = min(p, q)
            typed = text[a:a + 2]
            hole = "\0" + text[p] if q < p else text[p] + "\0"
            options = masked.get(hole)
            if not options:
                continue
            conf = lex.replacements(text[q]).intersection(options)
            if not conf:
                continue
            k = bisect_left(starts, q)  # the frequent character is a word of its own
            if k >= len(words) or starts[k] != q or len(words[k]) != 1:
                continue
            if typed in freq or lex.known(typed) or attested(typed):
                continue
            # the context stays inside the run of Chinese characters, as typo.typos's does
            lo, hi = a, a + 2
            while lo > max(0, a - CONTEXT) and is_han(text[lo - 1]):
                lo -= 1
            while hi < min(n, a + 2 + CONTEXT) and is_han(text[hi]):
                hi += 1
            before = lex.best_logp(text[lo:hi])
            for c in sorted(conf):
                right = hole.replace("\0", c)
                after, split = lex.best_split(text[lo:a] + right + text[a + 2:hi])
                gain = after - before
                i = q - a
                if gain < MIN_GAIN_NEIGHBOUR or gain <= found.get((a, a + 2), ("", 0.0))[1] or \
                        not absorbs(split, a - lo, a + 2 - lo):
                    continue
                if written_on_purpose(text, a, a + 2, i, right):
                    continue
                found[(a, a + 2)] = (right, gain)
    return tuple(sorted((a, b, right, gain) for (a, b), (right, gain) in found.items()))
