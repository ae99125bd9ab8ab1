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
single (SOUND_CHAR to STANDALONE) asks MIN_GAIN_BOUND; into a rarer word (COMMON to
TONE_COMMON: 陋习, 广袤), MIN_GAIN_BOUND_RARER. Measured (typo23) with every guard on, the bars
lowered to 0, over ../shared's corpus, samples and realdocx, tests/data's real text and the fixed
and raw pages of unseen17–22 (8,080 paragraphs): no candidate into a word of TONE_COMMON; into
the rarer words 宜居宜业 → 肄业 e^5.5 (five times), 庸懒散慢 → 慵懒 e^3.1, 设县 → 歙县 e^2.2. In the
planted reports' text one right use (紧盯不放 → 不妨, e^2.8) and the planted 精随 (e^5.7, twice).
Tried and left: a floor word's look-alike into a bound character at e^3 (秸杆 → 秸秆 e^3.78) puts
他力拒诱惑 → 力矩 (e^3.74) beside it.
"""

from __future__ import annotations

from app.lexicon import COMMON, SOUND_CHAR, Lexicon
from app.lexicon_slips import STANDALONE
from app.rules.typo_bars import TONE_COMMON

MIN_GAIN_BOUND = 5.0
BOUND_COMMON = TONE_COMMON  # the word meant is at least this frequent
# … and a word meant rarer than that (COMMON to BOUND_COMMON: 陋习 50, 广袤 76) asks the look-alike
# bar of a rarity (typo.MIN_GAIN_RARE): there the real text holds one candidate, 宜居宜业 → 肄业
# (e^5.5, five times in the corpus), where 革除漏习 → 陋习 gains e^7.8
MIN_GAIN_BOUND_RARER = 7.0


def bound_bar(lex: Lexicon, typed: str, meant: str, word: str) -> float | None:
    """The bar of a correction into ``word`` (two characters) where ``meant`` is a bound
    character of the syllable of ``typed``, a common character that is no everyday single;
    None where it is not."""
    singles = lex.singles
    if not singles.get(meant, 0) < SOUND_CHAR <= singles.get(typed, 0) < STANDALONE:
        return None
    sound = lex.sound.get(typed)
    if sound is None or sound != lex.sound.get(meant):
        return None
    common = lex.freq.get(word, 0)
    return MIN_GAIN_BOUND if common >= BOUND_COMMON else \
        MIN_GAIN_BOUND_RARER if common >= COMMON else None
