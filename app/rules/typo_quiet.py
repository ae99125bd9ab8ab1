"""Every guard a typo/char correction found in a search window must pass (app/rules/typo.py's
windows and app/rules/typo_pairs.py's neighbour search alike), asked in one place so that a
guard added for one search holds for the other: the two lists had drifted apart once
(official_form, added to typo.py's list while the neighbour search was written with a copy).
"""

from __future__ import annotations

from app.lexicon import lexicon
from app.rules.typo_coined import grade_verb, locative_frame, numbered_lane
from app.rules.typo_forms import official_form
from app.rules.typo_guards import (
    body_or_seam,
    coined_verb,
    in_series,
    looks_like_name,
    name_before_title,
    topical,
)
from app.rules.typo_series import in_coined_list


def written_on_purpose(text: str, start: int, end: int, k: int, cand: str) -> bool:
    """``text[start:end]``, whose character ``k`` the correction ``cand`` would change, is a
    name, a series, a coinage, a unit's title, a body or seam, a verb the paragraph coins, the
    paragraph's topic, a shape of official text or a word made by a pattern (a numbered lane, a
    verb and its grade, a noun in a 在……上 frame) (app/rules/typo_guards.py, typo_series.py,
    typo_forms.py, typo_coined.py): the writer meant it."""
    return looks_like_name(text, start, end) or in_series(text, start, end, k) or \
        in_coined_list(text, start, end, lexicon().freq) or \
        name_before_title(text, start, end) or body_or_seam(text, start, end, k, cand) or \
        coined_verb(text, start, end, k) or topical(text, start, end, k, cand) or \
        official_form(text, start, end, k) or numbered_lane(text, start, end, k) or \
        grade_verb(text, start, end, k) or locative_frame(text, start, end, k)
