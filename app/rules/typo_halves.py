"""typo/char's search for a set phrase whose word half was typed as another word of its sound.

An input method turns the syllables of a half into the commonest word of that sound: 未雨绸缪
typed as 未雨筹谋 (chóu móu), the other half (未雨) being no word at all, so that the phrase is
the only reading. Both halves stay real characters, one character's change gives no phrase, and
the unigram model never opens the stretch; the table of such slips
(:func:`app.lexicon_slips.half_slips`, built with the lexicon's cache) is looked up at each of
the paragraph's words that is a typed word of the table (found at C speed), by its neighbours.
A slip is reported when the clause's best segmentation gains the full bar with the phrase and
the stretch is no name nor item of a series, as every typo/char finding.
"""

from __future__ import annotations

from itertools import compress, count

from app.lexicon import Lexicon, lexicon, segments
from app.lexicon_derived import derived, typed_halves
from app.rules.typo_guards import in_series, looks_like_name
from app.textcache import text_cache

MIN_GAIN = 9.0  # the full bar of typo/char (typo.MIN_GAIN; that module imports this one)
CONTEXT = 3


def _typed_words(lex: Lexicon) -> frozenset[str]:
    """The typed words of ``lex.half_slips`` (筹谋 of "未雨|筹谋"), made once per lexicon."""
    global _TYPED
    if _TYPED[0] is not lex:
        stored = derived(lex, "typed_halves", lex.half_slips)  # (read with the cache)
        _TYPED = (lex, typed_halves(lex.half_slips) if stored is None else stored)
    return _TYPED[1]


_TYPED: tuple[Lexicon | None, frozenset[str]] = (None, frozenset())


@text_cache
def half_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, set phrase, gain) of each four-character stretch whose word half is a
    same-sound word typed for the phrase's (未雨筹谋 → 未雨绸缪)."""
    lex = lexicon()
    table = lex.half_slips
    if not table:
        return ()
    words, starts = segments(text)
    typed = _typed_words(lex)
    found: list[tuple[int, int, str, float]] = []
    for k in compress(count(), map(typed.__contains__, words)):
        w, s = words[k], starts[k]
        for a, key in ((s - 2, text[max(0, s - 2):s] + "|" + w),
                       (s, w + "|" + text[s + 2:s + 4])):
            phrase = table.get(key)
            if phrase is None or a < 0:
                continue
            lo, hi = max(0, a - CONTEXT), min(len(text), a + 4 + CONTEXT)
            gain = lex.best_logp(text[lo:a] + phrase + text[a + 4:hi]) - \
                lex.best_logp(text[lo:hi])
            i = next(j for j in range(4) if phrase[j] != text[a + j])
            if gain >= MIN_GAIN and not looks_like_name(text, a, a + 4) and \
                    not in_series(text, a, a + 4, i):
                found.append((a, a + 4, phrase, gain))
    return tuple(sorted(found))
