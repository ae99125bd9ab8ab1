"""typo/char: a four-character word of the dictionary written with one of its first (or last)
two characters typed as another of its sound and tone, where both typed characters stand alone
at ease, so the segmentation leaves no stray (连|席|会议 for 联席会议: 连 and 席 are frequent
single words).

The general search (app/rules/typo.py) opens its windows around strays, the characters that
seldom stand alone, and the narrower searches of typo_windows.py around set phrases, classic
pairs and well-known two-character words; two strong characters before (or after) a word open
none of them, though the clause gains e^13 with the right word. Here, where two single-character
segments stand next to a word of two characters, the four characters with one of the two singles
masked are looked up in the lexicon's index of common words by one masked character
(``Lexicon.masked``, the table the general search uses); a correction of the same main reading and
tone that makes a common four-character word is scored like the general search's (the clause's
best segmentation, MIN_GAIN_STRONG) and passes its guards (typo_quiet.written_on_purpose).
"""

from __future__ import annotations

import math
import re

from app.lexicon import lexicon, segments
from app.rules.typo_quiet import written_on_purpose
from app.rules.typo_score import clause_gain, strongest
from app.textcache import text_cache

# e^9, the general bar of typo.MIN_GAIN: the two typed characters are frequent, so a coinage
# reads as well as a slip. Measured (typo21) over the real text at hand: docs/checks.md, typo21.
MIN_GAIN_STRONG = 9.0
_SHAPES = re.compile(b"(?=\\x01\\x01\\x02|\\x02\\x01\\x01)")  # word lengths 1 1 2, or 2 1 1
_HAN4 = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]{4}")  # (lexicon_model.is_han, at C speed)


@text_cache
def word_lengths(text: str) -> bytes:
    """The lengths of the segmentation's words as bytes (255 for longer tokens), for the
    searches of the typo family to find shapes of words (single, single, pair) at C speed."""
    words = segments(text)[0]
    try:
        return bytes(map(len, words))
    except ValueError:  # (a token of 256 characters or more)
        return bytes(min(len(w), 255) for w in words)


@text_cache
def strong_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, gain) of each four-character stretch of two single characters
    and a word (or a word and two single characters) that is a common word with one of the
    singles replaced by a character of its sound and tone."""
    words, starts = segments(text)
    lex = lexicon()
    masked, tone, freq, han4 = lex.masked, lex.tone, lex.freq, _HAN4.fullmatch
    found: dict[tuple[int, int], tuple[str, float]] = {}
    for j in map(re.Match.start, _SHAPES.finditer(word_lengths(text))):
        start = starts[j]
        stretch = text[start:start + 4]
        if stretch in freq or not han4(stretch):
            continue
        changeable = (0, 1) if len(words[j]) == 1 else (2, 3)
        for i in changeable:
            options = masked.get(stretch[:i] + "\0" + stretch[i + 1:])
            if not options or tone.get(stretch[i]) is None:
                continue
            for new in options:
                if new == stretch[i] or tone.get(new) != tone.get(stretch[i]):
                    continue
                cand = stretch[:i] + new + stretch[i + 1:]
                gain = clause_gain(text, start, start + 4, cand)
                if gain >= MIN_GAIN_STRONG and \
                        gain > found.get((start, start + 4), ("", -math.inf))[1] and \
                        not written_on_purpose(text, start, start + 4, i, cand):
                    found[(start, start + 4)] = (cand, gain)
    return strongest(found)
