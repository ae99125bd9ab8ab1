"""Guards of typo/char for words official prose makes by a pattern, not slips (each met on
real text, docs/precision.md "ninth set", docs/checks.md "Typo recall, fifteenth session"):

- a numbered lane or street of a named road (烟草一巷3号, 中山二路, 解放三街): a numeral and a
  kind of road, where the correction would change the kind (一巷 → 一项) and leave the house
  number after it with nothing to number; a 巷 that a noun follows (完成了一巷重要工作) is still
  the slip of 一项;
- a one-character verb and the grade it raises or lowers (生态文明提级, 提级管辖, 服务提档, 机构
  升格): the verb-object coinage of "level" (级, 档, 格, 等, 标), where the correction would turn
  the grade into a function character (提级 → 提及: 及 is a conjunction). The coinage ends its
  clause or a verb follows it (提级管辖, 提级审查调查); followed by a noun, 的 or a demonstrative
  (文中提级的问题, 多次提级这一情况) it is the verb 提及 mistyped, and is still reported;
- a noun closed by a localizer in a 在……上 frame (把功夫下在实绩上): :func:`locative_frame`;
- a noun and a verb in the 有……可…… / 无……可…… frame (有规可依, 无规可依):
  :func:`possibility_frame`;
- the thing counted after an approximate number's 多 (7点多钟, 两个多钟头):
  :func:`approximate_count`;
- an ordinal and its measure word (第三十期）): :func:`ordinal_measure`.
"""

from __future__ import annotations

import re

from app.lexicon import FLOOR, lexicon, segments

NUMERALS = frozenset("一二三四五六七八九十")
# The digits of a Chinese numeral (第三十, 第十二): the characters an ordinal is written with.
CN_DIGITS = frozenset("〇零一二两三四五六七八九十百千")
_ORDINAL_END = re.compile("第[〇零一二两三四五六七八九十百千]*$")
_HAN = re.compile("[\u4e00-\u9fff]")
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
    if len(words[j]) < 2:
        return False
    # a verbal noun used as a verb: another verb or the clause's end after it (提级审查调查。),
    # not a noun (多次提级工作情况 is still 提及: precision18)
    return tags.get(words[j]) == "v" or (
        tags.get(words[j]) == "vn" and
        (j + 1 == len(words) or words[j + 1][:1] in _CLAUSE_END or
         tags.get(words[j + 1]) in ("v", "vn")))


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


def ordinal_measure(text: str, start: int, end: int, k: int, cand: str) -> bool:
    """The stretch is the last digit of an ordinal (第 + a Chinese numeral) and the measure word
    after it, with no Chinese character after that (（第三十期）展播): the correction would make
    the measure word a digit (十期 → 十七) and leave 第三十七 counting nothing. A slip of a
    digit runs on into the measure word it needs (第十期届 is still 十七届)."""
    return end - start == 2 and k == 1 and cand[1] in CN_DIGITS and \
        text[start] in CN_DIGITS and text[end - 1] not in CN_DIGITS and \
        _ORDINAL_END.search(text, max(0, start - 6), start + 1) is not None and \
        not _HAN.match(text, end)


def count_alone(text: str, start: int, end: int, k: int, cand: str) -> bool:
    """The stretch is a count standing alone, a numeral and its measure word with no Chinese
    character after it (首行空两格，另一格。), and the correction makes the measure the generic
    个: the writer chose the measure (a 格 of space, a 项, a 档), which 个 only makes vaguer; a
    slip of 个 counts the noun that follows it (这是一格好办法 is still 一个)."""
    return end - start == 2 and k == 1 and cand[1] == "个" and text[start] in CN_DIGITS and \
        text[end - 1] not in CN_DIGITS and not _HAN.match(text, end)


# 有法可依, 有章可循, 有机可乘, 无计可施: 有/无 + a noun + 可 + a one-character verb, a frame the
# dictionary fills with many words (《现代汉语词典》) and official prose with its own nouns
FRAME_HEADS = frozenset("有无")


def possibility_frame(text: str, start: int, end: int, k: int, cand: str) -> bool:
    """The changed character is the noun or the verb of a 有X可Y frame (有规可依: 可依 → 可以),
    the verb one the dictionary puts in that frame with another noun (有法可依), and the
    correction makes no dictionary word of the frame: the writer filled the frame's noun slot
    with a noun of their own (规 for 法), which no slip explains. A correction that makes the
    frame a dictionary phrase is a slip of it (有机可趁 → 有机可乘, 有法可衣 → 有法可依)."""
    at = start + k
    lex = lexicon()
    for p in (at - 1, at - 3):
        if p < 0 or p + 4 > len(text) or text[p] not in FRAME_HEADS or text[p + 2] != "可":
            continue
        frame = text[p:p + 4]
        if not all("\u4e00" <= c <= "\u9fff" for c in frame):
            continue
        if not any(lex.masked.get(h + "\0可" + frame[3]) for h in FRAME_HEADS):
            continue  # a verb the frame does not take (可以, 可能 begin other words)
        fixed = frame[:at - p] + cand[k] + frame[at - p + 1:]
        if not lex.known(fixed):
            return True
    return False


# 7点多钟, 两个多钟头, 一年多时间: a numeral, a measure word and 多 "more than"; what follows 多
# is the thing counted, and 多 + it is no word of the writer's (多钟 is no slip of 多种). With no
# measure word between (三十多种), the character after 多 is the measure, which a slip may hit.
_COUNT_BEFORE = re.compile("(?:[0-9０-９]|[〇零一二两三四五六七八九十百千万])[点个年天周倍]$")


def approximate_count(text: str, start: int, end: int, k: int) -> bool:
    """``text[start:end]`` opens with the 多 of an approximate number after its numeral and
    measure word, and the correction changes what follows it (7点多钟 → 多种): the count needs
    the noun it counts. 提供多钟服务 (no numeral) and 三十多钟产品 (no measure word: 钟 stands
    for the measure 种) are still 多种."""
    return k >= 1 and text[start] == "多" and _COUNT_BEFORE.search(text, 0, start) is not None


# what stands in a verb's place (精, 减 of 精文减会) or a noun's (文, 会) of such a coinage never:
# prepositions, conjunctions, adverbs, particles, localizers (a clause's function characters)
_NOT_VERB = frozenset("在于与和及或对把被将为从向以之其而且也都就还又不没未别要是有这那"
                      "的地得了着过所")
_NOT_NOUN = frozenset("的地得了着过中上下里内外前后间之们等者所")


def four_single_block(text: str, start: int, end: int) -> bool:
    """The two characters [start, end) are the middle of a block of four characters each of
    which the segmentation leaves alone, with no single character on either side: a coinage of
    two verb-object halves side by side (精文|减会: 精简文件、减少会议; 压文减会), which the unigram
    model reads across the seam (文减 → 文件) and whose correction would leave both halves'
    outer characters alone (精|文件|会). A slip inside a word breaks that word into two or three
    single characters (部|暑 of 部署), not four standing between words."""
    if end - start != 2 or start == 0:
        return False
    words, starts = segments(text)
    try:
        i = starts.index(start - 1)
    except ValueError:
        return False
    block = words[i:i + 4]
    if len(block) < 4 or any(len(w) != 1 or not _HAN.match(w) for w in block):
        return False
    if block[0] in _NOT_VERB or block[2] in _NOT_VERB or block[1] in _NOT_NOUN or \
            block[3] in _NOT_NOUN:
        return False  # 在|使|践|中, 在|广|貌|的: a preposition, a particle, a localizer
    before = words[i - 1] if i > 0 else ""
    after = words[i + 4] if i + 4 < len(words) else ""
    return not (len(before) == 1 and _HAN.match(before)) and \
        not (len(after) == 1 and _HAN.match(after))
