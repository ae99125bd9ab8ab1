"""typo/char: the character pairs that the curated list of misspellings attests as slips.

Every entry of wording/misused (app/rules/wording.py and app/data/misused_words.txt, each with
its published source) that differs from its right form in one character is evidence that writers
type the one character for the other: 防讯 → 防汛 (讯/汛), 出谋化策 → 出谋划策 (化/划), 旁证博引 →
旁征博引 (证/征). The list itself can only name the words it holds; the pair carries over to the
other words of the two characters, which the general method (typo/char) finds with a window but
rejects under a bar set for any homophone: 讯期 → 汛期 (e^6.8, look-alike bar e^7), 谋化 → 谋划
(e^6.8, bar e^7.5 for a correction counted 100–499 times), 证求 → 征求 (e^8.0, bar e^9 for a
tone that differs). A correction through a listed pair asks MIN_GAIN_LISTED instead.

Measured (typo20): every typo/char candidate that passed all guards but not its bar, logged down
to e^4.5 (typo18's method) over the real text at hand (../shared's corpus, samples and realdocx,
tests/data/clean_prose, the unseen17–19 pages: 336 files). Of 158 such candidates, one goes
through a listed pair: 磷石膏产消动态平衡 (产消 → 产销, e^6.62, 消/销 from 消声匿迹), the
coinage that set the look-alike bar of app/rules/typo.py at e^7. Hence e^6.7, not the classic
pairs' e^6; the margin is thin (e^7 would keep 证求 only).
The planted reports' candidates through a listed pair: 证求 8.0, 谋化 6.8, 讯期 6.8 (found now),
模底 6.6 (wording/misused reports it), 既使 5.9, 饱合 5.0, 既将 4.3 (still under the bar), and
下步打算 4.3 (下步 is right: no finding).

Pairs of 的/地/得 are left to the particle family (目地 → 目的 is a listed word, not a pair to
carry over).
"""

from __future__ import annotations

from functools import cache

MIN_GAIN_LISTED = 6.7
_PARTICLES = frozenset("的地得")


@cache
def listed_pairs() -> frozenset[frozenset[str]]:
    """{wrong character, right character} of each listed misspelling of one character."""
    from app.rules.wording import MISUSED  # the list and its data file, read once

    pairs: set[frozenset[str]] = set()
    for wrong, right in MISUSED.items():
        if len(wrong) != len(right):
            continue
        changed = [frozenset(pair) for pair in zip(wrong, right, strict=True)
                   if pair[0] != pair[1]]
        if len(changed) == 1 and not changed[0] & _PARTICLES:
            pairs.add(changed[0])
    return frozenset(pairs)


def listed_bar(typed: str, right: str, bar: float) -> float:
    """``bar``, lowered to MIN_GAIN_LISTED when the list attests ``typed`` for ``right``."""
    if bar > MIN_GAIN_LISTED and frozenset((typed, right)) in listed_pairs():
        return MIN_GAIN_LISTED
    return bar
