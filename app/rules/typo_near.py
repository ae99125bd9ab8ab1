"""typo/char: two tests of the general window search that the misses of the blind sets showed
too narrow (docs/checks.md, "Typo recall by mechanism").

- A word of today (app/modern_words.py: 微博, 客服, 警界) was never corrected, whatever its
  neighbours: the attested list is a list of words, and a word can be real and still the wrong
  one in its place. 警界 (police circles) is a word; 超过警界水位 is not: its same-sound twin
  makes a dictionary compound with the next word (警戒水位). When the best segmentation after
  the correction joins the corrected word with its neighbours into one longer dictionary word,
  the context vouches for the correction, and the word of today is corrected like any other
  stretch (on the full bar, which the compound's probability provides). Without such a
  compound a word of today stays untouched, as before (微博 beside 微波: 官方微博发布).
- The lower bar of a same-sound, same-tone correction into a well-known word (typo.MIN_GAIN_TONE:
  效律 → 效率) held for two-character words only. An input method's slip of one syllable is
  as likely inside a three-character word (近一步 → 进一步, 党支布 → 党支部), and jieba counts
  the well-known three-character words (WELL_KNOWN, 500) as such as reliably.
"""

from __future__ import annotations

from collections.abc import Sequence

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
