"""typo/char: a unit of measurement after a number typed with a look-alike of one of its
characters, whatever its reading (一千二百公项 → 公顷).

项/顷 (xiàng/qǐng) are neither of one sound nor a pair of the shape table, so the general
search has no candidate, and 公项 is a rarity of the dictionary's floor, not a stray. After a
number, though, a unit is expected, and a string one component away from one is a slip:
app/data/unit_lookalikes.txt (by packaging/make_unit_lookalikes.py from a decomposition table)
lists, for each unit official reports write, the strings its characters' look-alikes make. Such a
string right after a number (digits or Chinese numerals) is reported where its last character
makes no word with the next one (一千二百公项目标: 项目 is the word there), nor does the unit's.
"""

from __future__ import annotations

import re
from functools import cache

from app.lexicon import lexicon
from app.rules.base import data_lines
from app.textcache import text_cache


@cache
def unit_lookalikes() -> dict[str, str]:
    """look-alike string → the unit (app/data/unit_lookalikes.txt)."""
    out: dict[str, str] = {}
    for line in data_lines("unit_lookalikes.txt"):
        unit, typed = line.split("\t")
        out.update(dict.fromkeys(typed.split(), unit))
    return out


@cache
def _firsts() -> frozenset[str]:
    """The first characters of the look-alike strings."""
    return frozenset(typed[0] for typed in unit_lookalikes())


_NUMBER = re.compile("[0-9０-９〇一二三四五六七八九十百千万亿两]+")


@text_cache
def unit_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, unit, 0.0) of each unit's look-alike written after a number."""
    table = unit_lookalikes()
    freq = lexicon().freq
    out: list[tuple[int, int, str, float]] = []
    firsts = _firsts()
    for m in _NUMBER.finditer(text):
        # the number's last character may be the look-alike's first (一千 + 千来 …: 千 counts)
        for start in (m.end(), m.end() - 1):
            if text[start:start + 1] not in firsts:
                continue
            for size in (4, 3, 2):
                typed = text[start:start + size]
                unit = table.get(typed)
                if unit is None or start == m.start():
                    continue
                nxt = text[start + size:start + size + 1]
                if not (nxt and (typed[-1] + nxt in freq or unit[-1] + nxt in freq)):
                    out.append((start, start + size, unit, 0.0))
                break
    return tuple(sorted(set(out)))
