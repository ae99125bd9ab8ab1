"""typo/char: a fixed name of current policy written with its first word replaced by another
word that shares a character with it (整体国家安全观 → 总体国家安全观).

A slip of this kind is no slip of sound or shape (整/总 are neither), so no confusion set holds
it; and 整体 and 国家安全观 are each good words, so the segmentation shows nothing. The names of
app/data/fixed_names.txt are never varied by official writing; their tail (the name less its
first two characters, four characters or more) is looked for, and where it is led by a word of
the dictionary that is not the name's head but shares one of its characters in the same place,
the name is proposed. A head that shares nothing (海洋命运共同体, a name of its own) is left.
"""

from __future__ import annotations

from functools import cache

from app.lexicon import lexicon
from app.lexicon_model import is_han
from app.rules.base import data_lines
from app.textcache import text_cache


@cache
def fixed_names() -> tuple[str, ...]:
    """The names of app/data/fixed_names.txt."""
    return tuple(line.split("\t")[0] for line in data_lines("fixed_names.txt"))


@text_cache
def fixed_head_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, name, 0.0) of each fixed name whose head word is replaced."""
    out: list[tuple[int, int, str, float]] = []
    for name in fixed_names():
        head, tail = name[:2], name[2:]
        at = text.find(tail)
        while at >= 2:
            typed = text[at - 2:at]
            if typed != head and all(map(is_han, typed)) and typed in lexicon().freq and \
                    (typed[0] == head[0]) != (typed[1] == head[1]):
                out.append((at - 2, at + len(tail), name, 0.0))
            at = text.find(tail, at + 1)
    return tuple(sorted(out))
