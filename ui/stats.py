"""Character counts as Chinese users count them (WPS/Word 字数 style).

``chars``: every character except whitespace; ``chars_no_punct``: the same less punctuation
(Unicode categories P*: ，。、；：？！“”‘’（）《》【】…—· and ASCII .,;:!?"'()[]-).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Counts:
    chars: int = 0
    chars_no_punct: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.chars + other.chars, self.chars_no_punct + other.chars_no_punct)


@lru_cache(maxsize=4096)
def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


@lru_cache(maxsize=16384)
def count_text(text: str) -> Counts:
    chars = punct = 0
    for ch in text:
        if ch.isspace() or ch == "\u3000":
            continue
        chars += 1
        if _is_punct(ch):
            punct += 1
    return Counts(chars, chars - punct)


def count_paragraphs(texts: Iterable[str]) -> Counts:
    total = Counts()
    for t in texts:
        total = total + count_text(t)
    return total
