"""A guard of typo/char: an item of a list of coined short phrases is meant as written.

Official prose packs a situation into a 、-list of two- or three-character phrases that are no
dictionary words (点多、线长、面广; 人少、事多、任务重; 底子薄、基础弱): one of them one sound away
from a common word (线长 → 县长) is no slip when its neighbours in the list are coinages of the
same length too. A slip in a list of real words (加强部暑、落实、推进) keeps its finding: there the
neighbours are words. Found on real pages of local government (docs/checks.md, precision6).
"""

from __future__ import annotations

from collections.abc import Container

_HAN = ("\u4e00", "\u9fff")


def _han(s: str) -> bool:
    return all(_HAN[0] <= c <= _HAN[1] for c in s)


def in_coined_list(text: str, start: int, end: int, words: Container[str]) -> bool:
    """The stretch ``text[start:end]`` stands between 、 (or a clause edge) as one item of a
    list, and a neighbouring item's nearest characters of the same length are Chinese and no
    word of ``words``."""
    n = end - start
    if n not in (2, 3):
        return False
    before, after = text[start - 1:start], text[end:end + 1]
    neighbours = []
    if before == "、":
        neighbours.append(text[max(0, start - 1 - n):start - 1])
    if after == "、":
        neighbours.append(text[end + 1:end + 1 + n])
    return any(len(w) == n and _han(w) and w not in words for w in neighbours)
