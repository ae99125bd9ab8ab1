"""Variants of the fixed phrases of app/data/formulations.json made of whole 、-items (split
from app/rules/formulation_data.py, which builds the other variants; recall20, the nineteenth
blind set)."""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u4e00-\u9fff]")
# an item of two words joined by a conjunction, each of two characters or more
_JOINED = re.compile(r"([\u4e00-\u9fff]{2,}?)(和|与|及)([\u4e00-\u9fff]{2,})")


def item_swaps(text: str) -> list[str]:
    """A fixed phrase that is a 、-enumeration with two neighbouring items swapped, whole items
    of any length (真实性、准确性 → 准确性、真实性; 矛盾不上交、平安不出事 → 平安不出事、
    矛盾不上交): the parts the character swaps of :func:`swapped_forms` take are one or two
    characters long, and an item of three or more is no such part. The last item may join two
    by 和/与/及 (完整性和及时性): those are items too, the conjunction staying in its place. Two
    neighbouring items of one length may also have their heads swapped instead. The copy is as
    long as the phrase and holds every item's characters, so it does not come up by chance."""
    items = text.split("、")
    seps = ["、"] * (len(items) - 1)
    last = _JOINED.fullmatch(items[-1]) if len(items) >= 2 else None
    if last:
        items[-1:] = [last.group(1), last.group(3)]
        seps.append(last.group(2))
    out = []
    for i in range(len(items) - 1):
        a, b = items[i], items[i + 1]
        if a == b or not (_HAN.search(a) and _HAN.search(b)):
            continue
        pairs = [(b, a)]
        # two items built alike, their heads swapped (社区为依托、机构为支撑 → 机构为依托、
        # 社区为支撑): items of one length, cut at one place into two different heads and tails
        if len(a) == len(b):
            pairs += [(b[:k] + a[k:], a[:k] + b[k:]) for k in range(1, len(a))
                      if a[:k] != b[:k] and a[k:] != b[k:]]
        for x, y in pairs:
            swapped = [*items[:i], x, y, *items[i + 2:]]
            out.append(swapped[0] + "".join(s + w for s, w in zip(seps, swapped[1:], strict=True)))
    return out
