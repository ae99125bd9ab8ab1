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
    by 和/与/及 (完整性和及时性): those are items too, the conjunction staying in its place. The
    copy is as long as the phrase and holds every item, so it does not come up by chance."""
    items = text.split("、")
    seps = ["、"] * (len(items) - 1)
    last = _JOINED.fullmatch(items[-1]) if len(items) >= 2 else None
    if last:
        items[-1:] = [last.group(1), last.group(3)]
        seps.append(last.group(2))
    out = []
    for i in range(len(items) - 1):
        if items[i] != items[i + 1] and _HAN.search(items[i]) and _HAN.search(items[i + 1]):
            swapped = [*items[:i], items[i + 1], items[i], *items[i + 2:]]
            out.append(swapped[0] + "".join(s + w for s, w in zip(seps, swapped[1:], strict=True)))
    return out
