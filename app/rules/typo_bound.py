"""typo/char: a bound character written as a commoner one of its syllable (深遂 → 深邃,
精随 → 精髓, 骨随 → 骨髓, 病弃 → 摒弃), the lower bar of app/rules/typo.py's ``_bar``.

Some characters hardly ever stand alone: 邃 is written alone 16 times in jieba's counts and
深邃 227 times, 髓 287 and 精髓 186 + 骨髓 …; a writer who does not know one reaches for a
character of its syllable that is common (遂, 随: the 错别字 of not knowing the character, not of
a slip of the input method, which would give the whole word). The general search opens its
window at the common character (a stray: it stands alone seldom enough) and offers the word, but
the unigram model gains little there, because the typed character is a frequent single and the
word meant only moderately common: 深遂 → 深邃 gains e^5.7, under the bars of its kind (e^7.5 for
the same tone, e^9 across tones).

What tells the slip is the character meant: bound (alone fewer than SOUND_CHAR times), it is
written in its words, and a correction into one of them (two characters, TONE_COMMON or more)
from a character of the same syllable (any tone: 随/髓 suí/suǐ) that is common but no everyday
single (SOUND_CHAR to STANDALONE) asks MIN_GAIN_BOUND. Measured (typo23) with every guard on,
the bar lowered to 0, over ../shared's corpus, samples and realdocx, tests/data's real text and
the fixed and raw pages of unseen17–22 (8,080 paragraphs): no candidate at all; in the planted
reports' text, one right use (紧盯不放 → 不妨, e^2.8) and the planted 精随 (e^5.7, twice).
"""

from __future__ import annotations

from app.lexicon import SOUND_CHAR, Lexicon
from app.lexicon_slips import STANDALONE

MIN_GAIN_BOUND = 5.0
BOUND_COMMON = 100  # typo.TONE_COMMON: the word meant is at least this frequent


def bound_home(lex: Lexicon, typed: str, meant: str, word: str) -> bool:
    """``meant`` (in ``word``, a correction of two characters) is a bound character of the
    syllable of ``typed``, a common character that is no everyday single."""
    singles = lex.singles
    return singles.get(meant, 0) < SOUND_CHAR <= singles.get(typed, 0) < STANDALONE and \
        lex.freq.get(word, 0) >= BOUND_COMMON and lex.sound.get(typed) is not None and \
        lex.sound.get(typed) == lex.sound.get(meant)
