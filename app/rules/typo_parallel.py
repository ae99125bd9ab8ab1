"""typo/char: a verb of one character typed as a look-alike of its sound and tone that is no
verb, in a list of verb-object items (挂横幅、帖标语、出动宣传车 → 贴标语).

帖 is a frequent single character (a measure word, 请帖's 帖), so the general search opens no
window at it, and 贴标语 is no dictionary word, so the clause gains nothing. The list tells it:
items set side by side with 、 are built alike, and where the item next to it is a verb of one
character with a noun of two (挂横幅), an item of the same shape whose first character is no
verb (jieba's tag) but the look-alike of a verb of its sound and tone (帖/贴 tiē, the shape
table) that stands alone MIN_RATIO times as often had that verb in mind (an adjective made a
verb in a slogan, 优服务, is not: 忧 is barely commoner than 优). A character that makes a
word with the noun's first character or with the character before it is read as that word.
"""

from __future__ import annotations

from app.lexicon import lexicon
from app.lexicon_model import is_han
from app.textcache import text_cache

# the verb stands alone at least this many times as often as the typed character (贴 5,204,
# 帖 1,530: 3.4×). Measured (typo22) on the real text at hand (../shared, tests/data's real
# text, unseen17–21 fixed and raw pages) without it: 优服务、优供给 (优 used as a verb in
# slogans, 忧 1.2× as frequent), 多交流 (哆), 长才干 (涨, rarer): all under 2×
MIN_RATIO = 2.0


@text_cache
def parallel_verb_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, 0.0) of each item of a 、 list whose one-character verb is typed
    as a look-alike that is no verb (the stretch is the item: 帖标语 → 贴标语)."""
    at = text.find("、")
    if at < 0:
        return ()
    tags = lexicon().tags
    n = len(text)
    out: set[tuple[int, int, str, float]] = set()
    while at >= 0:
        # the item before 、 and the one after it, each a character and a word of two
        if at >= 3 and at + 4 <= n:
            before, after = tags.get(text[at - 3]), tags.get(text[at + 1])
            if (before == "v") != (after == "v"):  # one leads with a verb, the other not
                typed, other = (at + 1, at - 3) if before == "v" else (at - 3, at + 1)
                slip = _slip(text, typed, other)
                if slip is not None:
                    out.add(slip)
        at = text.find("、", at + 1)
    return tuple(sorted(out))


def _slip(text: str, typed: int, other: int) -> tuple[int, int, str, float] | None:
    """The item at ``typed`` with its first character corrected into a verb, where the item at
    ``other`` leads with a verb of one character; None if it is no such slip."""
    lex = lexicon()
    freq, tags = lex.freq, lex.tags
    item, model = text[typed:typed + 3], text[other:other + 3]
    if item[1:] not in freq or model[1:] not in freq or not all(map(is_han, item + model)):
        return None
    c = item[0]
    if item[:2] in freq or model[:2] in freq or (typed > 0 and text[typed - 1:typed + 1] in freq):
        return None
    alone = lex.singles.get(c, 0)
    verbs = [v for v in lex.same_tone(c) if v != c and tags.get(v) == "v" and
             lex.similar_shape(c, v) and lex.singles.get(v, 0) >= MIN_RATIO * alone]
    if len(verbs) != 1:
        return None
    return (typed, typed + 3, verbs[0] + item[1:], 0.0)
