"""typo/char: a head of a contrastive frame typed as another character of its sound and tone
(重生产、清安全 → 轻安全: the frame 重……轻……, what was weighted and what was neglected).

Neither head is a slip the unigram model can see: 清 and 轻 are both frequent single characters,
清安全 is no word but neither is 轻安全, and the clause gains nothing. What gives it away is the
frame: two items of the same length, each a word, side by side (with 、 or ， between them or
nothing), one led by a head of a frame of app/data/contrast_frames.txt and the other by a
character of the same main reading and tone as the frame's other head. A character that makes a
word with its neighbour is read as that word, not as a head (严重问题、清查处理: 严重 and 清查).
"""

from __future__ import annotations

import re
from functools import cache

from app.lexicon import lexicon
from app.rules.base import data_lines
from app.textcache import text_cache


@cache
def frames() -> tuple[tuple[str, str], ...]:
    """The frames' heads in their order (重, 轻), (先, 后)."""
    return tuple((line[0], line[1]) for line in data_lines("contrast_frames.txt"))


@cache
def _frame() -> re.Pattern[str]:
    # head, item (2 or 3 characters), separator, head, item of the same length (a lookahead:
    # two frames may overlap)
    return re.compile(r"(?=(.)([\u4e00-\u9fff]{2,3}?)([、，,]?)(.)([\u4e00-\u9fff]{2,3}))")


@text_cache
def contrast_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, 0.0) of each contrastive frame's head typed for its sound (the
    stretch is the typed head with its item)."""
    heads = frames()
    if not any(a in text or b in text for a, b in heads):
        return ()
    lex = lexicon()
    freq, tone = lex.freq, lex.tone
    out: set[tuple[int, int, str, float]] = set()
    for m in _frame().finditer(text):
        h1, i1, sep, h2, i2 = m.groups()
        i2 = i2[:len(i1)]
        if len(i2) != len(i1) or i1 not in freq or i2 not in freq:
            continue
        p = m.start()
        q = p + 1 + len(i1) + len(sep)  # where the second head stands
        for first, second in heads:
            if h1 == first and h2 != second:  # the second head typed (重生产、清安全)
                kept, typed, right, item = p, q, second, i2
            elif h2 == second and h1 != first:  # the first (众生产、轻安全)
                kept, typed, right, item = q, p, first, i1
            else:
                continue
            if tone.get(text[typed], "?") != tone.get(right) or \
                    _in_word(text, kept) or _in_word(text, typed) or \
                    text[typed:typed + 2] in freq:
                continue
            out.add((typed, typed + 1 + len(item), right + item, 0.0))
    return tuple(sorted(out))


def _in_word(text: str, i: int) -> bool:
    """The character at ``i`` ends a word with the one before it (严重问题、清查处理: 严重): it
    is that word's, no head. (The typed head must also make no word with its item's first
    character: 清查.)"""
    return i > 0 and text[i - 1:i + 1] in lexicon().freq
