"""Character counts as Chinese users count them (WPS/Word 字数 style).

``chars``: every character except whitespace; ``chars_no_punct``: the same less punctuation
(Unicode categories P*: ，。、；：？！“”‘’（）《》【】…—· and ASCII .,;:!?"'()[]-).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache


@dataclass(frozen=True)
class Counts:
    chars: int = 0
    chars_no_punct: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.chars + other.chars, self.chars_no_punct + other.chars_no_punct)


@cache
def _tables() -> tuple[dict[int, None], dict[int, None]]:
    """str.translate tables deleting whitespace, and whitespace plus punctuation (BMP)."""
    space: dict[int, None] = {}
    both: dict[int, None] = {}
    for cp in range(0x10000):
        ch = chr(cp)
        if ch.isspace():
            space[cp] = both[cp] = None
        elif unicodedata.category(ch).startswith("P"):
            both[cp] = None
    return space, both


@lru_cache(maxsize=16384)
def count_text(text: str) -> Counts:
    space, both = _tables()
    return Counts(len(text.translate(space)), len(text.translate(both)))


LONG_TEXT = 4000


def count_long(text: str) -> Counts:
    """:func:`count_text`, between the 。 marks of a long paragraph: typing in a 150,000-
    character paragraph counts one sentence again, not the paragraph (~50 ms after each
    analysis). Every character counts on its own, so the split changes nothing; a 。 is a
    character and a punctuation mark."""
    if len(text) < LONG_TEXT:
        return count_text(text)
    pieces = text.split("。")
    chars = no_punct = 0
    for piece in pieces:
        c = count_text(piece)
        chars += c.chars
        no_punct += c.chars_no_punct
    return Counts(chars + len(pieces) - 1, no_punct)


def count_paragraphs(texts: Iterable[str]) -> Counts:
    """The counts of all ``texts`` (cached per text: the status bar asks after every edit)."""
    counts = [count_long(t) for t in texts]
    return Counts(sum(c.chars for c in counts), sum(c.chars_no_punct for c in counts))


class ParagraphTally:
    """:func:`count_paragraphs` kept up to date: the status bar asks after every analysis, and
    looking 4,400 paragraphs up in the text cache costs ~3 ms when one of them changed. Texts
    that are the same objects as last time at the start and at the end of the list (an edit
    keeps the other paragraphs' strings) keep their part of the totals; the rest in between is
    taken out as it was and counted in as it is."""

    def __init__(self) -> None:
        self._texts: list[str] = []
        self._chars = 0
        self._no_punct = 0

    def update(self, texts: list[str]) -> Counts:
        old, n, m = self._texts, len(self._texts), len(texts)
        limit = min(n, m)
        head = 0
        while head < limit and old[head] is texts[head]:
            head += 1
        tail = 0
        while tail < limit - head and old[n - 1 - tail] is texts[m - 1 - tail]:
            tail += 1
        for text in old[head:n - tail]:
            c = count_long(text)
            self._chars -= c.chars
            self._no_punct -= c.chars_no_punct
        for text in texts[head:m - tail]:
            c = count_long(text)
            self._chars += c.chars
            self._no_punct += c.chars_no_punct
        self._texts = list(texts)
        return Counts(self._chars, self._no_punct)
