"""typo/char: fixed terms of official writing (app/data/fixed_terms.txt: the statistical
indicators of a 政府工作报告, the duty formulas) written with a character moved, or, for the
terms of three characters, with a character typed as another of its sound and tone.

app/rules/typo_fixed.py looks for the fixed strings of four characters and more with one
character of the same sound and tone typed for its own (the fixed terms among them). Two slips
escape it:
- a character moved one or two places (社会消费零售品总额 for 社会消费品零售总额): every character
  is right, so no replacement and no unigram gain finds it (the stretch segments into words:
  社会|消费|零售|品|总额);
- a three-character term (负总则 for 负总责): its MIN_LEN of 4 is for the formulations' short
  strings (创新, 法治), which sit inside too many ordinary words, and its anchor words need two
  characters (负|总则 holds none of 负总责's). A fixed term of three characters is rarer: it is
  looked for from its first character and from its last two.

Cost: a substring test per term and paragraph (at C speed); a comparison at each place found.
"""

from __future__ import annotations

import re
from functools import cache

from app.lexicon import lexicon
from app.rules.base import data_lines
from app.textcache import text_cache

MOVE_MAX = 2  # a character moved this many places at most (品 of 消费品零售: two)
MOVE_MIN_LEN = 6  # shorter terms: a moved character makes another word too often (总额/额总)
SHORT_LEN = 3


@cache
def fixed_terms() -> tuple[str, ...]:
    """The terms of app/data/fixed_terms.txt (the first field of each line)."""
    return tuple(line.split("\t", 1)[0] for line in data_lines("fixed_terms.txt"))


def moved_to(stretch: str, term: str) -> bool:
    """``stretch`` is ``term`` with one character moved one to MOVE_MAX places."""
    if stretch == term or len(stretch) != len(term) or sorted(stretch) != sorted(term):
        return False
    first = next(i for i in range(len(term)) if stretch[i] != term[i])
    last = max(i for i in range(len(term)) if stretch[i] != term[i])
    if last - first > MOVE_MAX:
        return False
    a, b = stretch[first:last + 1], term[first:last + 1]
    return a[1:] + a[0] == b or a[-1] + a[:-1] == b


def _short_slip(stretch: str, term: str) -> bool:
    """``stretch`` is the three-character ``term`` with one character of the same sound and
    tone typed for its own (the lexicon's main readings)."""
    diff = [i for i in range(len(term)) if stretch[i] != term[i]]
    if len(diff) != 1:
        return False
    tone = lexicon().tone
    t = tone.get(stretch[diff[0]])
    return t is not None and t == tone.get(term[diff[0]])


@cache
def _heads() -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, int], ...]]]:
    """A pattern finding where a head starts (overlapping ones too) and head → ((term, side),
    …): a moved character leaves a long term's first two or last two characters in place (side
    0, 1); a slip in a three-character term leaves its first character or its last two.

    The pattern matches a head's first character alone, the rest in a lookahead (社(?=会),
    总(?=[值责额]), 负): it starts with an alternation of single characters, from which ``re``
    makes a first-character set and skips every other position at C speed (an alternation of
    the heads inside one lookahead made it try each head at every character)."""
    by: dict[str, list[tuple[str, int]]] = {}
    for term in fixed_terms():
        if len(term) >= MOVE_MIN_LEN:
            heads = (term[:2], term[-2:])
        elif len(term) == SHORT_LEN:
            heads = (term[:1], term[1:])
        else:
            continue
        for side, head in enumerate(heads):
            by.setdefault(head, []).append((term, side))
    rests: dict[str, set[str]] = {}  # a head's first character → the rests of its heads
    for head in by:
        rests.setdefault(head[0], set()).add(head[1:])
    alternatives = "|".join(
        re.escape(first) if "" in rest else  # (a one-character head: the place is one)
        f"{re.escape(first)}(?=[{''.join(map(re.escape, sorted(rest)))}])"
        for first, rest in sorted(rests.items()))
    return re.compile(alternatives), {k: tuple(v) for k, v in by.items()}


@text_cache
def fixed_term_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, the fixed term, 0.0) of each stretch of ``text`` that is a fixed term with a
    character moved, or a three-character term with a character of its sound typed."""
    pattern, by = _heads()
    found: dict[tuple[int, int], str] = {}
    n = len(text)
    for p in map(re.Match.start, pattern.finditer(text)):
        head = text[p:p + 2] if text[p:p + 2] in by else text[p]  # (the longer head first)
        for h in {head, head[:1]} if len(head) == 2 else {head}:  # (a shorter head there too)
            for term, side in by.get(h, ()):
                size = len(term)
                a = p if side == 0 else p + len(h) - size
                check = moved_to if size >= MOVE_MIN_LEN else _short_slip
                if a >= 0 and a + size <= n and check(text[a:a + size], term):
                    found.setdefault((a, a + size), term)
    if not found:
        return ()
    freq = lexicon().freq
    return tuple((a, b, term, 0.0) for (a, b), term in sorted(found.items())
                 if freq.get(text[a:b], 0) == 0)  # (a word of its own is written on purpose)
