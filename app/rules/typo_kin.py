"""typo/char: a rare character typed for a commoner one of its reading and tone that shares a
component with it (湎怀 → 缅怀, 嵇核 → 稽核, 清淤疏竣 → 疏浚).

The general search (app/rules/typo.py) leaves a character rarer than SOUND_CHAR alone unless the
shape table names a look-alike for it: a rare character beside a common word is more often a
name or a brand chosen on purpose (蔚来, 昇腾) than a slip. The shape table's glyph tests miss
the pairs that share a component but not a right half drawn alike (湎/缅: 氵面 and 纟面, 竣/浚:
立夋 and 氵夋). app/data/component_kin.txt (by packaging/make_component_kin.py, from the
decompositions of 漢語拆字字典) lists, for each rare character, the commoner characters of the same
reading and tone that share a component with it: the candidates an input method shows together
for the syllable, alike to the eye.

A rare character of the list is tried in the two-character stretches around it that are no word
above the dictionary's floor; a kin character in its place must make a common word, and the
clause's best segmentation must gain MIN_GAIN_KIN (e^8), and the
guards of the general search (typo_quiet.written_on_purpose) must let it pass.
"""

from __future__ import annotations

import math
import re
from functools import cache

from app.lexicon import COMMON, lexicon
from app.lexicon_model import is_han
from app.rules.base import data_lines
from app.rules.typo_quiet import written_on_purpose
from app.rules.typo_score import clause_gain, strongest
from app.textcache import text_cache

# e^8 ≈ 3,000×: between the look-alike bar of a rarity (typo.MIN_GAIN_RARE, e^7) and the general
# bar (e^9). Measured (typo21) with every guard on, over ../shared's corpus, samples and realdocx,
# tests/data and the fixed and raw pages of unseen17–20: the best real-text candidate gains e^5.1
# (警诫 → 警戒), the planted slips e^8.8 (门疹) to e^15.8 (严励).
MIN_GAIN_KIN = 8.0


@cache
def kin() -> dict[str, str]:
    """rare character → its kin characters (app/data/component_kin.txt)."""
    return dict(line.split("\t")[:2] for line in data_lines("component_kin.txt"))


@cache
def _rare() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(kin())) + "]")


@text_cache
def kin_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, gain) of each two-character stretch of ``text`` whose rare
    character is a slip for its kin (湎怀 → 缅怀)."""
    lex = lexicon()
    freq = lex.freq
    table = kin()
    n = len(text)
    found: dict[tuple[int, int], tuple[str, float]] = {}
    for m in _rare().finditer(text):
        p = m.start()
        for start in (p - 1, p):
            end = start + 2
            if start < 0 or end > n:
                continue
            stretch = text[start:end]
            if freq.get(stretch, 0) > 0 or not all(map(is_han, stretch)):
                continue
            i = p - start
            for right in table[text[p]]:
                cand = stretch[:i] + right + stretch[i + 1:]
                if freq.get(cand, 0) < COMMON:
                    continue
                gain = clause_gain(text, start, end, cand)
                if gain >= MIN_GAIN_KIN and \
                        gain > found.get((start, end), ("", -math.inf))[1] and \
                        not written_on_purpose(text, start, end, i, cand):
                    found[(start, end)] = (cand, gain)
    return strongest(found)
