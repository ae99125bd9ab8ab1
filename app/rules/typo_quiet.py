"""Every guard a typo/char correction found in a search window must pass (app/rules/typo.py's
windows and app/rules/typo_pairs.py's neighbour search alike), asked in one place so that a
guard added for one search holds for the other: the two lists had drifted apart once
(official_form, added to typo.py's list while the neighbour search was written with a copy).
"""

from __future__ import annotations

from app.lexicon import COMMON, HEAD, TAIL, lexicon
from app.lexicon_idioms import idioms
from app.rules.kin_words import chosen_half, level_kin
from app.rules.typo_coined import (
    approximate_count,
    four_single_block,
    grade_verb,
    locative_frame,
    numbered_lane,
    possibility_frame,
)
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
    verb and its grade, a noun in a 在……上 or 有……可…… frame, the noun counted after 多)
    (app/rules/typo_guards.py, typo_series.py, typo_forms.py, typo_coined.py): the writer meant
    it."""
    return looks_like_name(text, start, end, cand) or \
        (in_series(text, start, end, k) and not _set_phrase_echo(text[start:end], k, cand)) or \
        in_coined_list(text, start, end, lexicon().freq) or \
        name_before_title(text, start, end) or body_or_seam(text, start, end, k, cand) or \
        coined_verb(text, start, end, k) or topical(text, start, end, k, cand) or \
        official_form(text, start, end, k) or numbered_lane(text, start, end, k) or \
        grade_verb(text, start, end, k) or locative_frame(text, start, end, k) or \
        possibility_frame(text, start, end, k, cand) or approximate_count(text, start, end, k) or \
        level_kin(text, start, end, k) or chosen_half(text, start, end, k, cand) or \
        four_single_block(text, start, end)


def _set_phrase_echo(typed: str, k: int, cand: str) -> bool:
    """The correction is a set phrase (成语) of four characters, reached by a character of the
    same sound and tone: a series does not build its items on a set phrase's frame with one
    character swapped for its homophone (同心同行、同心同得 → 同心同德), while the series the
    frame test is for are coinages (先行先试, 赋权、赋能、赋责) no dictionary holds as a phrase."""
    lex = lexicon()
    if len(cand) != 4 or lex.freq.get(cand, 0) < COMMON or \
            lex.tone.get(typed[k], "?") != lex.tone.get(cand[k]):
        return False
    return bool(lex.halves.get(cand[:2], 0) & HEAD or lex.halves.get(cand[2:], 0) & TAIL) or \
        cand in idioms()
