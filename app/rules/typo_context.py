"""typo/char: the searches of the twenty-second session (docs/checks.md, typo22), where the
context, not the stretch, tells the slip: the word after a compound's head (typo_compound_head),
a contrastive frame's other head (typo_contrast), a fixed name's tail (typo_fixed_heads), a rare
verb whose common twin of the same syllables is what a writer types (typo_rare_verb), a unit of
measurement after a number (typo_units), and a verb of a 、 list typed as its look-alike
(typo_parallel)."""

from __future__ import annotations

from app.rules.typo_compound_head import compound_head_slips
from app.rules.typo_contrast import contrast_slips
from app.rules.typo_fixed_heads import fixed_head_slips
from app.rules.typo_parallel import parallel_verb_slips
from app.rules.typo_rare_verb import rare_verb_slips
from app.rules.typo_units import unit_slips


def context_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, gain) of the slips these searches find in ``text``; of two on
    the same characters only the first (the searches in the order above)."""
    found = (*compound_head_slips(text), *contrast_slips(text), *fixed_head_slips(text),
             *rare_verb_slips(text), *unit_slips(text), *parallel_verb_slips(text))
    if len(found) < 2:
        return found
    out: list[tuple[int, int, str, float]] = []
    for c in found:
        if not any(s < c[1] and c[0] < e for s, e, _c, _g in out):
            out.append(c)
    return tuple(out)
