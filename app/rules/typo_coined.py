"""Guards of typo/char for words official prose makes by a pattern, not slips (each met on
real text, docs/precision.md "ninth set", docs/checks.md "Typo recall, fifteenth session"):

- a numbered lane or street of a named road (烟草一巷3号, 中山二路, 解放三街): a numeral and a
  kind of road, where the correction would change the kind (一巷 → 一项) and leave the house
  number after it with nothing to number; a 巷 that a noun follows (完成了一巷重要工作) is still
  the slip of 一项;
- a one-character verb and the grade it raises or lowers (生态文明提级, 提级管辖, 服务提档, 机构
  升格): the verb-object coinage of "level" (级, 档, 格, 等, 标), where the correction would turn
  the grade into a function character (提级 → 提及: 及 is a conjunction). The coinage ends its
  clause or a verb follows it (提级管辖, 提级审查); followed by a noun, 的 or a demonstrative
  (文中提级的问题, 多次提级这一情况) it is the verb 提及 mistyped, and is still reported;
- a noun closed by a localizer in a 在……上 frame (把功夫下在实绩上): :func:`locative_frame`.
"""

from __future__ import annotations

from app.lexicon import FLOOR, lexicon, segments

NUMERALS = frozenset("一二三四五六七八九十")
ROAD_KINDS = frozenset("路街巷弄道里")
# what follows a numbered lane: its house number, or the end of the item
_AFTER_LANE = frozenset("0123456789０１２３４５６７８９号、，。；：）)")
GRADES = frozenset("级档格等标")
_CLAUSE_END = frozenset("、，。；：！？）)")


def numbered_lane(text: str, start: int, end: int, k: int) -> bool:
    """``text[start:end]`` is a numeral and a kind of road after a name (烟草一巷3号)."""
    word = text[start:end]
    return (len(word) == 2 and k == 1 and word[0] in NUMERALS and word[1] in ROAD_KINDS
            and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"
            and (end == len(text) or text[end] in _AFTER_LANE))


def grade_verb(text: str, start: int, end: int, k: int) -> bool:
    """``text[start:end]`` is a one-character verb and the grade it changes (提级), ending its
    clause or followed by a verb (提级管辖)."""
    word = text[start:end]
    if len(word) != 2 or k != 1 or word[1] not in GRADES:
        return False
    tags = lexicon().tags
    if tags.get(word[0]) != "v":
        return False
    if end == len(text) or text[end] in _CLAUSE_END:
        return True
    words, starts = segments(text)
    try:
        j = starts.index(end)
    except ValueError:
        return False
    return len(words[j]) >= 2 and tags.get(words[j]) == "v"


# 在……上/中/下/里/内/外: a preposition of place opens a noun phrase that a localizer closes
FRAME_OPENERS = frozenset("在于到从")
LOCALIZERS = frozenset("上中下里内外")


def locative_frame(text: str, start: int, end: int, k: int) -> bool:
    """``text[start:end]`` is a dictionary word and a localizer closing a 在……上 frame, and the
    correction changes the word (把功夫下在实绩上 → 实际上: 实绩 + 上 is the frame's noun and its
    localizer, not one word 实际上, which the unigram model favours as a single frequent word).
    Where no preposition of place opens the frame (实绩上，这一问题…, sentence-initial), the
    three characters may be a slip of the adverb and stay open to correction."""
    word = text[start:end]
    if len(word) < 3 or word[-1] not in LOCALIZERS or k >= len(word) - 1 or start == 0:
        return False
    if text[start - 1] not in FRAME_OPENERS:
        return False
    return lexicon().freq.get(word[:-1], 0) > FLOOR
