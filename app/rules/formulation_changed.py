"""formulation/wording: a long fixed phrase written with one character changed inside it
(习近平新世代中国特色社会主义思想 → 新时代, 习近平新时期中国特色社会主义思想 → 新时代).

The fixed phrases of formulations.json ("fixed", each with its source) of ten characters or more
are searched by their first two characters; a stretch of the phrase's length that differs from
it in exactly one Chinese character, three or more characters from either end, is that phrase
mistyped: ten characters of a fixed phrase with one changed do not come up by chance. The ends
are left alone: a phrase may share its head or tail with another wording that is right of its
own (新时期中国特色社会主义 in texts before 2017 shares eight of the eleven characters of
新时代中国特色社会主义; 以人民为中心的发展思路 ends otherwise than 发展思想). A stretch that is
itself listed (a wrong phrase with its own message, or another right form) is left alone.
"""

from __future__ import annotations

import re
from functools import cache

from app.regex_prefix import word_alternation
from app.rules.base import Raw
from app.rules.formulation_data import _fixed_and_listed, written_as

MIN_LENGTH = 10  # the shortest fixed phrase searched
EDGE = 3  # characters at either end that must be the phrase's own
_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _index() -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, str], ...]], frozenset[str]]:
    """A scan for the phrases' first two characters, the phrases (text, source) by them, and the
    listed stretches to leave alone."""
    fixed, listed = _fixed_and_listed()
    heads: dict[str, list[tuple[str, str]]] = {}
    for text, source in fixed:
        if len(text) >= MIN_LENGTH:
            heads.setdefault(text[:2], []).append((text, source))
    # a lookahead: one phrase's head may overlap another's (以习近平同志… and 习近平新时代…)
    scan = re.compile("(?=(" + word_alternation(sorted(heads)) + "))" if heads else "(?!)")
    return scan, {h: tuple(v) for h, v in heads.items()}, frozenset(listed)


def changed_form_hits(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, right form, source) of each long fixed phrase with one character changed."""
    scan, heads, listed = _index()
    out = []
    for m in scan.finditer(text):
        a = m.start()
        for right, source in heads[m.group(1)]:
            typed = text[a:a + len(right)]
            if len(typed) != len(right) or typed == right or typed in listed:
                continue
            diff = [i for i, (x, y) in enumerate(zip(typed, right, strict=True)) if x != y]
            if len(diff) == 1 and EDGE <= diff[0] < len(right) - EDGE and \
                    _HAN.match(typed[diff[0]]):
                out.append((a, a + len(right), right, source))
                break
    return out


def changed_forms(text: str, taken: list[tuple[int, int]], rule: str) -> list[Raw]:
    """The findings of :func:`changed_form_hits` (rule ``rule``) where no other finding covers
    the place (a listed wrong phrase says more)."""
    return written_as(rule, text, changed_form_hits(text), taken)
