"""formulation/wording: a long fixed phrase written with one character changed inside it
(习近平新世代中国特色社会主义思想 → 新时代, 习近平新时期中国特色社会主义思想 → 新时代), one
dropped or added (坚持稳中求进工作基调 → 工作总基调), or a long one's last word changed
(……国内国际双循环相互促进的新发展模式 → 新发展格局).

The fixed phrases of formulations.json ("fixed", each with its source) of ten characters or more
are searched by their first two characters; a stretch of the phrase's length that differs from
it in exactly one Chinese character, three or more characters from either end, is that phrase
mistyped: ten characters of a fixed phrase with one changed do not come up by chance. The ends
are left alone: a phrase may share its head or tail with another wording that is right of its
own (新时期中国特色社会主义 in texts before 2017 shares eight of the eleven characters of
新时代中国特色社会主义; 以人民为中心的发展思路 ends otherwise than 发展思想). A stretch that is
itself listed (a wrong phrase with its own message, or another right form) is left alone.
The last word of a phrase of twelve characters or more is no such end: on the corpus and the
unseen pages (~580,000 characters) no fixed phrase's text up to its last word is followed by
another word, and a dropped or added character is looked for only with two of the phrase's own
characters after it.
"""

from __future__ import annotations

import re
from functools import cache

from app.regex_prefix import word_alternation
from app.rules.base import Raw
from app.rules.formulation_data import written_as
from app.rules.formulation_forms import fixed_and_listed

MIN_LENGTH = 10  # the shortest fixed phrase searched
EDGE = 3  # characters at either end that must be the phrase's own
TAIL_MIN = 12  # the shortest fixed phrase whose last word may be the changed part
_HAN = re.compile(r"[\u4e00-\u9fff]")
# a 的 added or dropped changes no term (稳中求进的工作总基调, 以人民为中心发展思想)
_PARTICLES = frozenset("的")


@cache
def _index() -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, str], ...]], frozenset[str]]:
    """A scan for the phrases' first two characters, the phrases (text, source) by them, and the
    listed stretches to leave alone."""
    fixed, listed = fixed_and_listed()
    heads: dict[str, list[tuple[str, str]]] = {}
    for text, source in fixed:
        if len(text) >= MIN_LENGTH:
            heads.setdefault(text[:2], []).append((text, source))
    # a lookahead: one phrase's head may overlap another's (以习近平同志… and 习近平新时代…);
    # a zero-width pattern gets no first-character set (app.regex_prefix), so the heads' first
    # characters are tested first, one class at each place instead of every head's branch
    firsts = "".join(sorted({h[0] for h in heads}))
    scan = re.compile(f"(?=[{re.escape(firsts)}])(?=(" + word_alternation(sorted(heads)) + "))"
                      if heads else "(?!)")
    return scan, {h: tuple(v) for h, v in heads.items()}, frozenset(listed)


def changed_form_hits(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, right form, source) of each long fixed phrase with one character changed,
    one dropped or one added (:func:`_one_change`)."""
    scan, heads, listed = _index()
    out = []
    for m in scan.finditer(text):
        a = m.start()
        for right, source in heads[m.group(1)]:
            n = _one_change(text, a, right)
            if n and text[a:a + n] not in listed:
                out.append((a, a + n, right, source))
                break
    return out


def _one_change(text: str, a: int, right: str) -> int:
    """The length of the stretch at ``a`` that is ``right`` written with one slip, or 0:

    - one Chinese character changed, EDGE or more characters from either end (新世代);
    - in a phrase of TAIL_MIN characters or more, its last word changed (one or two characters:
      ……相互促进的新发展模式, 绿水青山就是金山银山的理论) where the phrase ends the writer's
      words (no Chinese character follows): so long a stretch written exactly up to its last
      word is that phrase, whatever the ending the writer meant; one that runs on says
      something else (绿水青山就是金山银山的发展理念, 2026 北京市政府工作报告);
    - one Chinese character dropped or added after the first EDGE, with at least two of the
      phrase's characters after it (稳中求进工作基调 for 工作总基调); not 的 (稳中求进的工作总
      基调 is the same term)."""
    if not text.startswith(right[:EDGE], a):
        return 0  # every slip below keeps the phrase's first EDGE characters
    n = len(right)
    typed = text[a:a + n]
    if typed == right:
        return 0
    if len(typed) == n:
        diff = [i for i, (x, y) in enumerate(zip(typed, right, strict=True)) if x != y]
        if all(_HAN.match(typed[i]) for i in diff) and (
                (len(diff) == 1 and EDGE <= diff[0] < n - EDGE) or
                (n >= TAIL_MIN and diff[0] >= n - 2 and not _HAN.match(text[a + n:a + n + 1]))):
            return n
    pairs = enumerate(zip(typed, right, strict=False))
    i = next((k for k, (x, y) in pairs if x != y), len(typed))
    if EDGE <= i <= n - 3:
        if right[i] not in _PARTICLES and text[a + i:a + n - 1] == right[i + 1:]:
            return n - 1  # right[i] dropped
        added = text[a + i:a + i + 1]
        if _HAN.match(added) and added not in _PARTICLES and \
                text[a + i + 1:a + n + 1] == right[i:]:
            return n + 1  # a character added before right[i]
    return 0


def changed_forms(text: str, taken: list[tuple[int, int]], rule: str) -> list[Raw]:
    """The findings of :func:`changed_form_hits` (rule ``rule``) where no other finding covers
    the place (a listed wrong phrase says more)."""
    return written_as(rule, text, changed_form_hits(text), taken)
