"""typo/char: a stray character that is the look-alike of the same sound and tone (or the classic
pair) of a character of a word the dictionary counts UNCOMMON to COMMON times (禁止然放烟花 →
燃放, 47).

The general search (app/rules/typo.py) offers only words counted COMMON (50) times or more: the
lexicon's tables of corrections (``Lexicon.masked``) hold no rarer word, so a slip of such a
word opens no window at all, however much the clause gains (然放 → 燃放: e^14.3). Here the
stray's look-alikes of its own reading (形音皆近, what an input method offers for the syllable
and the eye does not catch: 然/燃 rán) and its classic-pair partners are put beside its
neighbours by direct look-ups, and a twin counted UNCOMMON to COMMON times is proposed at the
general search's bar for such a look-alike (typo.MIN_GAIN_LOOK_SOUND, e^7), where the typed pair
is no word of the dictionary (not even at its floor), the correction leaves no stray
(typo_guards.absorbs) and the guards of the general search let it pass
(typo_quiet.written_on_purpose).

Measured (typo24) with the bar at 0, every guard on, over ../shared's corpus, samples and
realdocx, tests/data's real text and the fixed and raw pages of unseen17–23 (8,906 paragraphs):
five candidates, the highest 银龄人才 → 银铃 (e^5.7, twice), then 投入战位 → 站位 (e^2.6) and
链主型 → 主刑 (e^1.8); in the planted reports' text 产品滞消 → 滞销 (e^8.2), 复恳到位 → 复垦
(e^6.9), and under e^3.3 right uses (双手护头 → 户头, 两定机构 → 两锭).
"""

from __future__ import annotations

from app.lexicon import COMMON, lexicon
from app.rules.typo_guards import absorbs
from app.rules.typo_near import stray_offsets
from app.rules.typo_quiet import written_on_purpose
from app.rules.typo_score import clause_around, strongest
from app.rules.typo_windows import CLASSIC_PARTNERS
from app.textcache import text_cache

UNCOMMON = 20  # the twin's count in jieba's dictionary, at least (under COMMON)
MIN_GAIN_UNCOMMON = 7.0  # typo.MIN_GAIN_LOOK_SOUND


def _partners(c: str) -> tuple[str, ...]:
    """The look-alikes of ``c`` with its reading and tone, and its classic-pair partners."""
    lex = lexicon()
    tone = lex.tone.get(c)
    alike = tuple(n for n in lex.shapes.get(c, ()) if tone and lex.tone.get(n) == tone)
    return alike + tuple(n for n in CLASSIC_PARTNERS.get(c, ()) if n not in alike)


@text_cache
def uncommon_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, twin, gain) of each stray of ``text`` that is a slip for a character of an
    uncommon word (UNCOMMON to COMMON) with its neighbour."""
    strays = stray_offsets(text)
    if not strays:
        return ()
    lex = lexicon()
    freq = lex.freq
    found: dict[tuple[int, int], tuple[str, float]] = {}
    for p in strays:
        partners = _partners(text[p])
        if not partners:
            continue
        for start in (p - 1, p):
            end = start + 2
            if start < 0 or end > len(text) or text[start:end] in freq:
                continue
            i = p - start
            for n in partners:
                twin = text[start:p] + n + text[p + 1:end]
                if not UNCOMMON <= freq.get(twin, 0) < COMMON or lex.known(text[start:end]):
                    continue
                a, b = clause_around(text, start, end)
                after, words = lex.best_split(text[a:start] + twin + text[end:b])
                gain = after - lex.best_logp(text[a:b])
                if gain < MIN_GAIN_UNCOMMON or gain <= found.get((start, end), ("", -1.0))[1]:
                    continue
                if absorbs(words, start - a, end - a, text[start:end], i) and \
                        not written_on_purpose(text, start, end, i, twin):
                    found[(start, end)] = (twin, gain)
    return strongest(found) if found else ()
