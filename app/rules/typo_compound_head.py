"""typo/char: the first word of a dictionary compound written as a word (or two characters) of
the same sound, where the word after it selects the compound (复原军人 → 复员军人, 优扶对象 →
优抚对象).

Both slips leave the general search nothing to open: 复原 is a word of its own (a window is
opened only at a stray or a rarity) and 优|扶 are two strong single characters one tone off the
head (typo_strong.py asks the same tone and a common word; 优抚对象 is counted 9). What gives
the slip away is the word after it: 军人 is what 复员 is said of, 复原 (of an injury, a relic)
makes no compound with it, and the dictionary holds 复员军人 (22) as a word. Where a two-character
word N follows two characters X, X + N is no word, and the dictionary holds a compound H + N
whose head H differs from X in one character of the same main reading (any tone: 扶/抚 fú/fǔ,
an input method's pick for the syllable), H + N is proposed when

- the compound is a large share of its head's uses (``MIN_SHARE``): the head is said mostly of
  that noun (复员军人 is 22 of 复员's 133), so a writer who wrote the noun after the head's sound
  meant the compound; a head said of anything (有利, 有力 beside the floor's 有利措施) is not;
- the clause's best segmentation with the compound gains MIN_GAIN_HEAD (the unigram model);
  where the typed X is itself a word (复原), the writer may have meant it (示范学校 beside
  师范学校, 保洁公司 beside 宝洁公司: real text), so the head must be of the same tone too and
  the gain MIN_GAIN_HEAD_WORD;
- the general search's guards let it pass (typo_quiet.written_on_purpose).

Measured (typo22) with every guard on and both bars lowered to e^3 and the share to 0, over
../shared's corpus, samples and realdocx, tests/data's real text and the fixed and raw pages of
unseen17–21 (7,262 paragraphs): every candidate's typed X is a word: 示范学校 → 师范学校 e^6.72
(another tone), 保洁公司 → 宝洁公司 e^6.17 (same tone), 应急反应 → 应激反应 e^4.87, 本质工作 →
本职工作 e^4.09 (a real slip, under the bar), 联系会议 → 联席会议 e^3.40. The planted 复原军人
gains e^7.29, 优扶对象 e^14.3.
"""

from __future__ import annotations

import math
from functools import cache
from itertools import compress, count

from app.lexicon import lexicon, segments
from app.lexicon_model import is_han
from app.rules.base import data_lines
from app.rules.typo_quiet import written_on_purpose
from app.rules.typo_score import clause_gain, strongest
from app.textcache import text_cache

MIN_GAIN_HEAD = 6.0  # the typed two characters are no word (优扶)
MIN_GAIN_HEAD_WORD = 7.0  # they are a word (复原): same tone, and e^7
MIN_SHARE = 0.1  # (packaging/make_context_tables.py keeps the compounds of this share)


@cache
def heads() -> dict[str, tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]]:
    """noun → (its heads by their second character, its heads by their first): the compounds of
    app/data/compound_heads.txt (by packaging/make_context_tables.py: the dictionary's
    four-character words of two words that are MIN_SHARE of their head's uses). A typed head
    whose second character is kept may have its first slipped, and the other way round."""
    out: dict[str, tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]] = {}
    for line in data_lines("compound_heads.txt"):
        noun, listed = line.split("\t")
        by_second: dict[str, tuple[str, ...]] = {}
        by_first: dict[str, tuple[str, ...]] = {}
        for head in listed.split():
            by_second[head[1]] = (*by_second.get(head[1], ()), head)
            by_first[head[0]] = (*by_first.get(head[0], ()), head)
        out[noun] = (by_second, by_first)
    return out


@text_cache
def compound_head_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, gain) of each head slip before the noun that selects it."""
    lex = lexicon()
    freq, sound = lex.freq, lex.sound
    table = heads()
    words, starts = segments(text)
    found: dict[tuple[int, int], tuple[str, float]] = {}
    for k in compress(count(), map(table.__contains__, words)):
        start = starts[k] - 2  # (every noun of the table has two characters)
        if start < 0:
            continue
        noun, end = words[k], start + 4
        by_second, by_first = table[noun]
        kept_second, kept_first = by_second.get(text[start + 1]), by_first.get(text[start])
        if kept_second is None and kept_first is None:
            continue
        typed = text[start:start + 2]
        for i, options in ((0, kept_second), (1, kept_first)):
            for head in options or ():
                if head == typed or sound.get(typed[i], "?") != sound.get(head[i]) or \
                        not all(map(is_han, typed)) or lex.known(typed + noun):
                    continue
                bar = MIN_GAIN_HEAD
                if typed in freq:
                    if lex.tone.get(typed[i]) != lex.tone.get(head[i]):
                        continue
                    bar = MIN_GAIN_HEAD_WORD
                cand = head + noun
                gain = clause_gain(text, start, end, cand)
                if gain >= bar and gain > found.get((start, end), ("", -math.inf))[1] and \
                        not written_on_purpose(text, start, end, i, cand):
                    found[(start, end)] = (cand, gain)
    return strongest(found) if found else ()
