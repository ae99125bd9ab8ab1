"""Tables of same-sound slips between real characters, built once with the lexicon's cache.

The typo search (app/rules/typo.py) opens a stretch where the segmentation leaves a character
that seldom stands alone. Two kinds of slip leave no such character:

- two characters that are each frequent on their own, one of them written for a character of
  the same sound, tone included (政治生太 → 生态: 生 and 太 both stand alone every day);
- a real word written for another word of the same sound, next to a word with which that other
  word makes a well-known compound (形式主意 → 形式主义: 主意 is a word, 形式主义 a compound).

Both are looked up, not searched for: these tables list every such slip of the dictionary's
well-known words (a few thousand strings), so the paragraph's adjacent words are matched against
a set at C speed. The tone must agree (pypinyin's main reading, with its tone): 提质 is not a slip
for 体质 (tí/tǐ), and the same-sound-any-tone pairs were what made a lower bar cry wolf
(docs/checks.md).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

WELL_KNOWN = 500  # a word this frequent is the one a writer meant when a same-sound slip hits it
COMPOUND_MIN = 100  # a compound this frequent (形式主义) next to a same-sound word (主意)
STANDALONE = 20000  # a character this frequent on its own stands alone in running text
# a pair of strong characters is kept only where the word is this much (natural log) more
# probable than the two characters apart, out of context: the typo search asks e^6 in context,
# and a pair of everyday characters (二是 / 二世, 在有 / 再有) never gains that much
PAIR_MIN_GAIN = 5.0


def main_tones(readings: Mapping[str, str], chars: set[str]) -> dict[str, str]:
    """Character → its main reading with the tone mark (pypinyin's pinyin_dict.json: code →
    "reading,reading…"), for ``chars``."""
    out = {}
    for c in chars:
        value = readings.get(str(ord(c)))
        if value:
            out[c] = value.split(",")[0]
    return out


def _by_tone(tone: Mapping[str, str], chars: set[str] | None = None) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for c, t in tone.items():
        if chars is None or c in chars:
            groups.setdefault(t, []).append(c)
    return groups


def strong_pairs(freq: Mapping[str, int], singles: Mapping[str, int], tone: Mapping[str, str],
                 floor: set[str], total: int) -> dict[str, str]:
    """Two characters each frequent alone (STANDALONE), no word together, that become a
    well-known two-character word (WELL_KNOWN) when one is replaced by a character of the same
    sound and tone: "生太" → "生态". The most frequent word wins a string two words share."""
    strong = {c for c, f in singles.items() if f >= STANDALONE}
    mates = _by_tone(tone, strong)
    out: dict[str, str] = {}
    for w, f in freq.items():
        if len(w) != 2 or f < WELL_KNOWN:
            continue
        for i in (0, 1):
            if w[1 - i] not in strong:
                continue
            for x in mates.get(tone.get(w[i], ""), ()):
                s = w[:i] + x + w[i + 1:]
                if x == w[i] or s in freq or s in floor or \
                        math.log(f * total / (singles[s[0]] * singles[s[1]])) < PAIR_MIN_GAIN:
                    continue
                if f > freq.get(out.get(s, ""), 0):
                    out[s] = w
    return out


def compound_slips(freq: Mapping[str, int], tone: Mapping[str, str],
                   floor: set[str]) -> dict[str, str]:
    """A word and its neighbour, written together, that are a well-known compound (COMPOUND_MIN)
    with one character of the word replaced by a character of the same sound and tone: "形式主意"
    → "形式主义" (形式 + 主意 for 形式 + 主义). Both the neighbour and the wrong word are
    dictionary words (the wrong one at least COMMON-frequent: 50), and the wrong string is no
    word itself. Keyed "neighbour|word" (or "word|neighbour"): the words as the segmentation
    cuts them."""
    mates = _by_tone(tone)
    out: dict[str, str] = {}
    for x, f in freq.items():
        n = len(x)
        if n not in (3, 4) or f < COMPOUND_MIN:
            continue
        for cut in range(1, n - 1):
            # the neighbour first (形式|主义) or last (主义|…), the word at least two characters
            for a, w, first in ((x[:cut], x[cut:], True), (x[n - cut:], x[:n - cut], False)):
                if len(w) < 2 or a not in freq or w not in freq:
                    continue
                for i, c in enumerate(w):
                    for m in mates.get(tone.get(c, ""), ()):
                        wrong = w[:i] + m + w[i + 1:]
                        if m == c or freq.get(wrong, 0) < 50:
                            continue
                        plain = a + wrong if first else wrong + a
                        s = a + "|" + wrong if first else wrong + "|" + a
                        if plain not in freq and plain not in floor and \
                                f > freq.get(out.get(s, ""), 0):
                            out[s] = x
    return out




# A collocation's head: the intended word ends this many more of the dictionary's four-character
# compounds than the typed one does (see :func:`collocation_slips`)
HEAD_RATIO = 2
_HEAD, _TAIL = 1, 2  # app.lexicon.HEAD and TAIL (that module imports this one)


def _toneless(tone: Mapping[str, str], word: str, plain: Mapping[int, str]) -> str | None:
    """The word's main readings without tones ("zhi dao"), or None for a character without one."""
    out = []
    for c in word:
        t = tone.get(c)
        if t is None:
            return None
        out.append(t.translate(plain))
    return " ".join(out)


def collocation_slips(freq: Mapping[str, int], tone: Mapping[str, str], floor: set[str],
                      plain: Mapping[int, str], tags: Mapping[str, str]) -> dict[str, str]:
    """Two words written side by side where the dictionary holds a four-character collocation of
    the first with a word of the same sound, any tone (an input method's pick for the syllables):
    "检查|知道" → "检查指导", "良好|分为" → "良好氛围", "理想|新年" → "理想信念", "长效|机智" →
    "长效机制". jieba's dictionary keeps thousands of such collocations at its floor (长效机制,
    密切联系, 检查指导 at 3): a floor word is still a dictionary word, which no coinage is.

    Kept only where the decision is safe without counts of word pairs (which we do not have):
    - the second word is the one replaced: the first sets the context the second must fit (the
      corpus's false alarms of the other direction were legitimate pairs: 有力|措施 beside the
      dictionary's 有利措施, 结合|起来 beside 接合起来);
    - the intended word is a collocation's head: it ends HEAD_RATIO times more of the
      dictionary's four-character compounds (two words of two characters) than the typed word
      (指导 16, 知道 0; 氛围 2, 分为 0). A typed word that itself ends many compounds makes a
      normal pair with the first (年度|任务 next to 年度人物: 任务 25, 人物 41; 完全|统一, 完全
      同意: 6 / 9; 城市|设计 …) and is left alone;
    - the typed word is no verb after a word without a verb's or an adjective's tag: that is a
      subject and its predicate (全社会|注意 beside 社会主义, 个人|注意 beside 个人主义);
    - the two words are not both well-known (WELL_KNOWN) with a character in common: such a pair
      is a classic confusable used in both senses (民主|法治 beside 民主法制, 形式/形势), which
      app/rules/confusable.py decides by context, not a table;
    - both words are common (freq ≥ 50) and the typed pair is no dictionary word.
    Keyed "first|typed" as the segmentation cuts them (the same shape as :func:`compound_slips`)."""
    tails: dict[str, int] = {}
    words4 = [w for w in (*freq, *floor) if len(w) == 4 and w[:2] in freq and w[2:] in freq]
    for w in words4:
        tails[w[2:]] = tails.get(w[2:], 0) + 1
    sounds: dict[str, list[str]] = {}
    reading: dict[str, str | None] = {}  # two-character word → its toneless readings
    for w, f in freq.items():
        if len(w) == 2 and f >= 50:
            s = reading[w] = _toneless(tone, w, plain)
            if s is not None:
                sounds.setdefault(s, []).append(w)
    out: dict[str, str] = {}
    for x in words4:
        first, head = x[:2], x[2:]
        s = reading[head] if head in reading else _toneless(tone, head, plain)
        mates = sounds.get(s, ()) if s is not None else ()
        if len(mates) < 1 + (head in reading):
            continue  # no other common word of that sound
        n = tails[head]
        for typed in mates:
            if typed == head or n < HEAD_RATIO * tails.get(typed, 0) + 1:
                continue
            if first + typed in freq or first + typed in floor:
                continue
            if tags.get(typed) == "v" and first not in tags:
                continue  # a subject and its verb
            if set(typed) & set(head) and min(freq[typed], freq[head]) >= WELL_KNOWN:
                continue  # a classic confusable pair
            key = first + "|" + typed
            old = out.get(key)
            # the most frequent collocation; of equals the first in code point order (the
            # floor is a set: its order must not decide)
            if old is None or (freq.get(x, 0), old) > (freq.get(old, 0), x):
                out[key] = x
    return out


def half_slips(freq: Mapping[str, int], tone: Mapping[str, str], floor: set[str],
               halves: Mapping[str, int]) -> dict[str, str]:
    """A set phrase (one of its halves no word at all: 未雨绸缪, not the compound 社会主义; at
    least COMMON-frequent: 50) written with a half replaced by another dictionary word of the
    same sound, tones included: an input method's pick for the half's syllables (未雨|筹谋 →
    未雨绸缪: chóu móu). The typed word may be rare (筹谋 is 23): the input method offers it all
    the same. The wrong four characters are no word. Keyed "half|typed" or "typed|half" as the
    text holds them (the kept half may be no word, so the segmentation may cut it anywhere;
    app/rules/typo_halves.py looks it up by the typed word's neighbours)."""
    by_reading: dict[str, list[str]] = {}
    for w in freq:
        if len(w) == 2 and w[0] in tone and w[1] in tone:
            by_reading.setdefault(tone[w[0]] + " " + tone[w[1]], []).append(w)
    out: dict[str, str] = {}
    for x, f in freq.items():
        if len(x) != 4 or f < 50:
            continue
        head, tail = x[:2], x[2:]
        if head in freq and tail in freq:
            continue  # a compound of two words (美国公司, 社会主义), no set phrase
        for kept, other, first in ((head, tail, True), (tail, head, False)):
            if not halves.get(kept, 0) & (_HEAD if first else _TAIL) or \
                    other[0] not in tone or other[1] not in tone:
                continue
            for typed in by_reading.get(tone[other[0]] + " " + tone[other[1]], ()):
                wrong = kept + typed if first else typed + kept
                if typed == other or wrong in freq or wrong in floor:
                    continue
                key = kept + "|" + typed if first else typed + "|" + kept
                if f > freq.get(out.get(key, ""), 0):
                    out[key] = x
    return out
