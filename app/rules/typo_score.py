"""What the typo family's narrower searches share (typo_kin, typo_strong, typo_terms): the clause
a candidate is scored in, its gain, and the strongest of overlapping candidates kept."""

from __future__ import annotations

from collections.abc import Mapping

from app.lexicon import lexicon
from app.lexicon_model import is_han

CONTEXT = 3  # characters of Chinese on each side of a stretch, as typo.CONTEXT


def strongest(found: Mapping[tuple[int, int], tuple[str, float]]
              ) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, gain) of the stretches ``found``, in text order, where two
    overlap only the one of the higher gain (the first found on a tie)."""
    kept: list[tuple[int, int, str, float]] = []
    for (a, b), (cand, gain) in sorted(found.items(), key=lambda kv: -kv[1][1]):
        if not any(x < b and a < y for x, y, _c, _g in kept):
            kept.append((a, b, cand, gain))
    return tuple(sorted(kept))


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause scored around [start, end): up to CONTEXT characters of Chinese each side."""
    a = start
    while a > max(0, start - CONTEXT) and is_han(text[a - 1]):
        a -= 1
    b = end
    while b < min(len(text), end + CONTEXT) and is_han(text[b]):
        b += 1
    return a, b


def clause_gain(text: str, start: int, end: int, cand: str) -> float:
    """Log-gain of the clause around [start, end) (CONTEXT characters of Chinese on each side)
    with ``cand`` written there."""
    lex = lexicon()
    a, b = clause_around(text, start, end)
    return lex.best_logp(text[a:start] + cand + text[end:b]) - lex.best_logp(text[a:b])
