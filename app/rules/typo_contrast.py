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

from functools import cache

from app.lexicon import lexicon
from app.rules.base import data_lines
from app.textcache import text_cache


@cache
def frames() -> tuple[tuple[str, str], ...]:
    """The frames' heads in their order (重, 轻), (先, 后)."""
    return tuple((line[0], line[1]) for line in data_lines("contrast_frames.txt"))


_SEPARATORS = ("、", "，", ",", "")


@text_cache
def contrast_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, 0.0) of each contrastive frame's head typed for its sound (the
    stretch is the typed head with its item): looked for from each head of a frame the text
    holds, the other head's place worked out for items of two and three characters."""
    out: set[tuple[int, int, str, float]] = set()
    for first, second in frames():
        for kept, n in ((first, 1), (second, -1)):
            at = text.find(kept)
            while at >= 0:
                out.update(_frame_slips(text, at, n, first, second))
                at = text.find(kept, at + 1)
    return tuple(sorted(out))


def _frame_slips(text: str, at: int, n: int, first: str, second: str
                 ) -> list[tuple[int, int, str, float]]:
    """The slips of the frame whose first (n = 1) or second (n = -1) head stands at ``at``."""
    lex = lexicon()
    freq, tone = lex.freq, lex.tone
    found: list[tuple[int, int, str, float]] = []
    for size in (2, 3):
        for sep in _SEPARATORS:
            if n == 1:  # 重 at ``at``: 重 item sep typed item
                p, q = at, at + 1 + size + len(sep)
            else:  # 轻 at ``at``: typed item sep 轻 item
                p, q = at - 1 - size - len(sep), at
            if p < 0 or q + 1 + size > len(text) or text[p + 1 + size:q] != sep:
                continue
            i1, i2 = text[p + 1:p + 1 + size], text[q + 1:q + 1 + size]
            if i1 not in freq or i2 not in freq:
                continue
            typed, right, item = (q, second, i2) if n == 1 else (p, first, i1)
            if text[typed] == right or tone.get(text[typed], "?") != tone.get(right) or \
                    _in_word(text, at) or _in_word(text, typed) or \
                    text[typed:typed + 2] in freq:
                continue
            found.append((typed, typed + 1 + size, right + item, 0.0))
    return found


def _in_word(text: str, i: int) -> bool:
    """The character at ``i`` ends a word with the one before it (严重问题、清查处理: 严重): it
    is that word's, no head. (The typed head must also make no word with its item's first
    character: 清查.)"""
    return i > 0 and text[i - 1:i + 1] in lexicon().freq
