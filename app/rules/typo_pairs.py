"""typo/char: a slip in a frequent single character beside a stray (docs/checks.md, "Typo
recall, twelfth session (helper typo12)").

typo.py opens its search windows at the strays, the characters the segmentation leaves alone
although they seldom stand alone (typo_near.stray_offsets), and there only the stray itself may
be the wrong character. When the slip turns a word into two characters that each often stand
alone, the wrong one is frequent alone and is never a suspect: 妥善按置 is 按|置, 按 stands
alone 21,008 times (STANDALONE, 20,000) and only the stray 置 is ever replaced, into no word.

:func:`neighbour_slips` lets the frequent neighbour of a stray be the slip: a two-character
stretch of two single-character words, no dictionary word (its floor included) nor a word of
today, whose frequent character replaced by one of its confusables (``Lexicon.replacements``:
same syllable or look-alike) gives a common word. Such a stretch must pass the general bar,
MIN_GAIN (e^9): on real text the same shape is a coinage or an abbreviation (替出的石油 e^8.0,
雷打滩 e^7.9, 引客入赣 e^7.8, 即征即退 e^6.8 under the same-tone bar; the corpus and the unseen
pages hold none above e^8), while a slip joins a well-known word with its context (按置 → 安置
e^11.6: 妥善安置 is one dictionary word). One lower bar (typo15): a look-alike of the same sound
and tone (MIN_GAIN_NEIGHBOUR_LOOK_SOUND, e^4: 网上办里 → 办理), where the stray makes no word
with its other neighbour (一做题才发现: 做题, :func:`_held_by_other_side`). And (typo23) the
same-tone bars of typo.py's own windows (e^6 into a word of WELL_KNOWN, e^7.5 of TONE_COMMON):
the stray search tries only the stray, so 驾使 (驾 the stray, 使 frequent alone), 却定, 笑率 were
never asked what typo.py asks of 生太 → 生态. The guards of typo.py hold as for any window
(app/rules/typo_quiet.py).
"""

from __future__ import annotations

from bisect import bisect_left

from app.lexicon import Lexicon, is_han, lexicon, segments
from app.lexicon_slips import STANDALONE, WELL_KNOWN
from app.modern_words import attested
from app.rules.typo_bars import MIN_GAIN, MIN_GAIN_TONE, MIN_GAIN_TONE_COMMON, TONE_COMMON
from app.rules.typo_guards import absorbs
from app.rules.typo_near import stray_offsets
from app.rules.typo_quiet import written_on_purpose
from app.textcache import text_cache

MIN_GAIN_NEIGHBOUR = MIN_GAIN  # the general bar
# … except for a look-alike of the same sound and tone (形音皆近: 里/理 lǐ, 站/占 zhàn), the
# textbook 错别字 that typo.py's windows also ask less of (MIN_GAIN_LOOK_SOUND): over the corpus,
# samples, realdocx and the unseen pages no such neighbour stretch passing the guards gains even
# e^3 (typo15), while a slip does (网上办里 → 办理 e^5.1, 挤站挪用 → 挤占 e^4.1)
MIN_GAIN_NEIGHBOUR_LOOK_SOUND = 4.0
# … and for the same sound and tone into a frequent word (typo.MIN_GAIN_TONE and
# MIN_GAIN_TONE_COMMON, the bars the stray's own windows ask: 驾使 → 驾驶 e^6.1, 职则 → 职责
# e^6.4). Measured (typo23) with every guard on over ../shared's corpus, samples and realdocx,
# tests/data and the fixed and raw pages of unseen17–22: the best such real-text stretch gains
# e^4.8 (局属各股 → 个股), the next e^4.4 (可及性, 均需)
MIN_GAIN_NEIGHBOUR_TONE = MIN_GAIN_TONE
MIN_GAIN_NEIGHBOUR_TONE_COMMON = MIN_GAIN_TONE_COMMON
CONTEXT = 3  # characters of context on each side for the gain (typo.CONTEXT)


@text_cache
def neighbour_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, gain) of each two-character stretch made of a stray and a
    single-character word beside it that stands alone often (STANDALONE), where replacing that
    frequent character gives a common word and the clause gains MIN_GAIN_NEIGHBOUR (妥善按置 →
    安置). Kept cheap: only the strays' neighbours are looked at, and the lexicon's common words
    with one character masked (``masked``) are asked first; the segmentation's offsets only
    where a word is there."""
    strays = stray_offsets(text)
    if not strays:
        return ()
    lex = lexicon()
    words, starts = segments(text)
    freq, masked, singles = lex.freq, lex.masked, lex.singles
    n = len(text)
    found: dict[tuple[int, int], tuple[str, float]] = {}
    for p in strays:
        for q in (p - 1, p + 1):
            if not 0 <= q < n or singles.get(text[q], 0) < STANDALONE:
                continue
            a = min(p, q)
            typed = text[a:a + 2]
            hole = "\0" + text[p] if q < p else text[p] + "\0"
            options = masked.get(hole)
            if not options:
                continue
            conf = lex.replacements(text[q]).intersection(options)
            if not conf:
                continue
            k = bisect_left(starts, q)  # the frequent character is a word of its own
            if k >= len(words) or starts[k] != q or len(words[k]) != 1:
                continue
            if typed in freq or lex.known(typed) or attested(typed):
                continue
            # the context stays inside the run of Chinese characters, as typo.typos's does
            lo, hi = a, a + 2
            while lo > max(0, a - CONTEXT) and is_han(text[lo - 1]):
                lo -= 1
            while hi < min(n, a + 2 + CONTEXT) and is_han(text[hi]):
                hi += 1
            before = lex.best_logp(text[lo:hi])
            i = q - a
            tone = lex.tone.get(text[q])
            for c in sorted(conf):
                right = hole.replace("\0", c)
                after, split = lex.best_split(text[lo:a] + right + text[a + 2:hi])
                gain = after - before
                bar = _bar(lex, text, p, q, c, right, starts, words) if tone is not None and \
                    lex.tone.get(c) == tone else MIN_GAIN_NEIGHBOUR
                if gain < bar or gain <= found.get((a, a + 2), ("", 0.0))[1] or \
                        not absorbs(split, a - lo, a + 2 - lo):
                    continue
                if written_on_purpose(text, a, a + 2, i, right):
                    continue
                found[(a, a + 2)] = (right, gain)
            if (a, a + 2) in found:
                right, gain = found[(a, a + 2)]
                found[(a, a + 2)] = (_written_elsewhere(lex, text, a, right), gain)
    return tuple(sorted((a, b, right, gain) for (a, b), (right, gain) in found.items()))


def _written_elsewhere(lex: Lexicon, text: str, a: int, right: str) -> str:
    """The correction of the two characters at ``a`` that the paragraph writes elsewhere, where
    ``right`` (the model's pick) is not: either character replaced by one of its confusables
    (对账消号管理，做到整改一个、销号一个 → 销号, not 消耗: 销号 is under COMMON, so it is never
    offered, yet the writer's own word tells the slip)."""
    rest = text[:a] + "\n" + text[a + 2:]
    if right in rest:
        return right
    typed = text[a:a + 2]
    for i in (0, 1):
        for c in sorted(lex.replacements(typed[i])):
            other = typed[:i] + c + typed[i + 1:]
            if other in rest and lex.known(other):
                return other
    return right


def _bar(lex: Lexicon, text: str, p: int, q: int, c: str, right: str,
         starts: tuple[int, ...], words: tuple[str, ...]) -> float:
    """The gain a same-tone replacement ``c`` of the frequent neighbour at ``q`` needs: e^4 for a
    look-alike (MIN_GAIN_NEIGHBOUR_LOOK_SOUND), and the same-tone bars of typo.py's own windows
    for a ``right`` word frequent enough (MIN_GAIN_NEIGHBOUR_TONE, _COMMON: 驾使 → 驾驶 e^6.1,
    where the stray search never tries 使, frequent alone); the general bar where the stray
    makes a word with its other neighbour (一做题才发现: 做题)."""
    if _held_by_other_side(lex, text, p, q, starts, words):
        return MIN_GAIN_NEIGHBOUR
    if lex.similar_shape(text[q], c):
        return MIN_GAIN_NEIGHBOUR_LOOK_SOUND
    common = lex.freq.get(right, 0)
    if common >= WELL_KNOWN:
        return MIN_GAIN_NEIGHBOUR_TONE
    return MIN_GAIN_NEIGHBOUR_TONE_COMMON if common >= TONE_COMMON else MIN_GAIN_NEIGHBOUR


def _held_by_other_side(lex: Lexicon, text: str, p: int, q: int,
                        starts: tuple[int, ...], words: tuple[str, ...]) -> bool:
    """The stray at ``p`` makes a dictionary word (its floor included) with its neighbour on the
    side away from ``q``, itself a character left alone: it is that word's, which the model split
    (一做题才发现: 做题, so 题才 is no slip of 题材), not a stray the frequent neighbour ``q`` was
    mistyped beside. A neighbour the segmentation gave to a word of its own is not (疲劳驾使: 劳
    is 疲劳's, whatever 劳驾 is)."""
    other = p - 1 if q > p else p + 1
    if not 0 <= other < len(text):
        return False
    k = bisect_left(starts, other)
    return k < len(words) and starts[k] == other and len(words[k]) == 1 and \
        lex.known(text[min(p, other):max(p, other) + 1])
