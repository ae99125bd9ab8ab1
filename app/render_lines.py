"""How wide a line of a GB/T 9704 page is, in characters, and where a title longer than one
line breaks (回行时词意完整，排列对称：GB/T 9704-2012 7.3.1): a part of the render plan
(:mod:`app.render_plan`, which re-exports these names), kept apart for its size."""

from __future__ import annotations

import math
import unicodedata

from app.model import LINE_BREAK, OBJECT_CHAR
from app.wordbreak import line_break_allowed, word_starts

TEXT_WIDTH_PT = 442.25  # 156 mm
CONDENSE_PT = 0.25  # every character is set 0.25 pt closer (28 body characters a line)
BODY_PT, TITLE_PT = 16.0, 22.0
# 2号 小标宋 characters on one line of the text area: 442.25 / (22 - 0.25) = 20.3
TITLE_CHARS_PER_LINE = int(TEXT_WIDTH_PT // (TITLE_PT - CONDENSE_PT))


def text_width(text: str) -> float:
    """Width in characters of the paragraph's size: CJK and full-width count 1, Latin and digits
    ½, line breaks and objects nothing."""
    return sum(0.0 if c in (LINE_BREAK, OBJECT_CHAR)
               else 0.5 if unicodedata.east_asian_width(c) in ("Na", "H", "N") else 1.0
               for c in text)  # fmt: skip


def title_breaks(text: str, chars_per_line: int = TITLE_CHARS_PER_LINE) -> tuple[int, ...]:
    """Where a title longer than a line breaks: the fewest lines, each cut between two words
    and no line over ``chars_per_line``, with lengths as even as possible (梯形/菱形). A title
    the user broke by hand (a line break in it) or that fits one line is left alone; when no
    split at word boundaries fits, any split that respects the 禁则 is taken."""
    stripped = text.rstrip()
    if LINE_BREAK in text or text_width(stripped) <= chars_per_line:
        return ()
    words = sorted(k for k in word_starts(stripped) if line_break_allowed(stripped, k))
    anywhere = [k for k in range(1, len(stripped)) if line_break_allowed(stripped, k)]
    for candidates in (words, anywhere):
        found = _balanced(stripped, candidates, chars_per_line)
        if found is not None:
            return found
    return ()


def _balanced(text: str, candidates: list[int], limit: int) -> tuple[int, ...] | None:
    """Cuts among ``candidates`` giving the fewest lines of at most ``limit`` characters, each
    as close to the mean as possible (least squares); a cut inside 《》 or （） (a quoted name)
    costs like a line 3 characters off. Dynamic programming over the cut points."""
    widths = [0.0]
    depth = [0]  # brackets open before offset k
    for ch in text:
        widths.append(widths[-1] + text_width(ch))
        depth.append(depth[-1] + (ch in "《（(“") - (ch in "》）)”"))
    points = [0, *sorted(set(candidates)), len(text)]
    last = len(points) - 1
    total = widths[-1]
    fewest = max(2, math.ceil(total / limit - 1e-9))
    for n in range(fewest, fewest + 3):
        mean = total / n
        # best[i][m]: (cost, cuts) of m lines ending at points[i]
        best: list[list[tuple[float, tuple[int, ...]] | None]] = [
            [None] * (n + 1) for _ in points
        ]
        best[0][0] = (0.0, ())
        for i in range(last):
            for m in range(n):
                here = best[i][m]
                if here is None:
                    continue
                for j in range(i + 1, len(points)):
                    size = widths[points[j]] - widths[points[i]]
                    if size > limit:
                        break
                    if (j == last) != (m + 1 == n):
                        continue
                    cost = here[0] + (size - mean) ** 2 + (9 * depth[points[j]] if j < last else 0)
                    cuts = here[1] + ((points[j],) if j < last else ())
                    known = best[j][m + 1]
                    if known is None or cost < known[0]:
                        best[j][m + 1] = (cost, cuts)
        found = best[last][n]
        if found is not None:
            return found[1]
    return None
