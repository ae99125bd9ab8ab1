"""typo/char: a stray character typed for one of its reading and tone (a look-alike above all) or
its classic-pair partner, in a word the dictionary counts UNCOMMON to COMMON times (禁止然放烟花
→ 燃放, 47).

The general search (app/rules/typo.py) offers only words counted COMMON (50) times or more: the
lexicon's tables of corrections (``Lexicon.masked``) hold no rarer word, so a slip of such a
word opens no window at all, however much the clause gains (然放 → 燃放: e^14.3). Here the
stray's characters of its own reading and tone are put beside its neighbours by direct look-ups,
and a twin counted UNCOMMON to COMMON times is proposed at the bar the general search sets for the
kind of change (typo._bar): a look-alike (形音皆近, what an input method offers for the syllable
and the eye does not catch: 然/燃 rán) or a classic-pair partner at e^7 (MIN_GAIN_LOOK_SOUND),
any other character of the reading and tone at e^9 (MIN_GAIN: 嫁取 → 嫁娶); where the typed pair
is no word of the dictionary (not even at its floor), the correction leaves no stray
(typo_guards.absorbs) and the guards of the general search let it pass
(typo_quiet.written_on_purpose).

Measured (typo24) with the bars at 0, every guard on, over ../shared's corpus, samples and
realdocx, tests/data's real text and the fixed and raw pages of unseen17–23 (8,906 paragraphs):
look-alikes and classic partners give five candidates, the highest 银龄人才 → 银铃 (e^5.7,
twice), then 投入战位 → 站位 (e^2.6); the other same-tone characters 84, the highest 牧春民宿 →
暮春 (e^6.3, a name), 稻菜轮作 → 道菜 (e^6.2), 孙浩强调 → 孙皓 (e^6.1). In the planted reports'
text: 产品滞消 → 滞销 (e^8.2), 婚丧嫁取 → 嫁娶 (e^25.3), 默默无文 → 无闻 (e^14.1) over their bars
(the last two found already by the set-phrase search); under them 筛察 → 筛查 (e^8.0), 复恳 →
复垦 (e^6.9), and right uses under e^3.3 (双手护头 → 户头, 两定机构 → 两锭).
严瑾细致 → 严紧 (e^8.4, where 严谨 was meant) is left out as the general search leaves it: 瑾 is
rarer than SOUND_CHAR.
"""

from __future__ import annotations

import re
from itertools import compress

from app.lexicon import COMMON, SOUND_CHAR, Lexicon, code_files, derived_cache_file, lexicon
from app.lexicon_model import RARE_CHAR
from app.lexicon_pack import read_cached, write_cache_file
from app.rules.typo_bars import MIN_GAIN, MIN_GAIN_LOOK_SOUND
from app.rules.typo_guards import absorbs
from app.rules.typo_near import stray_offsets
from app.rules.typo_quiet import written_on_purpose
from app.rules.typo_score import clause_around, strongest
from app.rules.typo_windows import CLASSIC_PARTNERS, MAX_STRAY_SHARE
from app.textcache import text_cache

UNCOMMON = 20  # the twin's count in jieba's dictionary, at least (under COMMON)
MIN_GAIN_UNCOMMON = MIN_GAIN_LOOK_SOUND  # a look-alike or classic partner
MIN_GAIN_UNCOMMON_TONE = MIN_GAIN  # any other character of the reading and tone
_HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")


_holes: dict[str, frozenset[str]] = {}
_holes_of: list[Lexicon] = []  # the lexicon _holes were made from


def _tables(lex: Lexicon) -> dict[str, frozenset[str]]:
    """The uncommon words of two characters with one masked (燃放: 燃 and a hole → 放 …, a hole
    and 放 → 燃 …, the hole written NUL as in Lexicon.masked), once per lexicon: kept in the data
    folder's cache beside the lexicon's file it was made from (made, ~26 ms in the lexicon
    worker's first check; read back, a few ms)."""
    if not _holes_of or _holes_of[0] is not lex:
        _holes_of[:] = [lex]
        _partner_memo.clear()
        cache_file = derived_cache_file(lex, "typo-uncommon", [TABLE_FORM, UNCOMMON, COMMON],
                                        code_files(__name__))
        stored = read_cached(cache_file, dict)
        if stored is None:
            stored = make_table(lex)
            write_cache_file(cache_file, stored)
        _holes.clear()
        _holes.update(stored)
    return _holes


TABLE_FORM = 1  # the stored table's format (its file's stamp holds it, and this module's file)


def make_table(lex: Lexicon) -> dict[str, frozenset[str]]:
    """:func:`_tables`' table made from the dictionary's counts (picked at C speed)."""
    holes: dict[str, set[str]] = {}
    freq = lex.freq
    for w in compress(freq, map(range(UNCOMMON, COMMON).__contains__, freq.values())):
        if len(w) == 2:
            holes.setdefault(w[0] + "\0", set()).add(w[1])
            holes.setdefault("\0" + w[1], set()).add(w[0])
    return {k: frozenset(v) for k, v in holes.items()}


_partner_memo: dict[str, dict[str, float]] = {}


def _partners(lex: Lexicon, typed: str) -> dict[str, float]:
    """The characters ``typed`` (a stray) may stand for, each with the bar of its correction:
    its look-alikes of its reading and tone and its classic-pair partners MIN_GAIN_UNCOMMON, the
    other characters of its reading and tone MIN_GAIN_UNCOMMON_TONE. As Lexicon.replacements:
    nothing for a character rarer than RARE_CHAR (chosen on purpose), only look-alikes for one
    rarer than SOUND_CHAR (严瑾细致: 瑾 is no slip of 紧). Memoised with the lexicon's tables."""
    found: dict[str, float] = {}
    seen = lex.singles.get(typed, 0)
    if seen >= RARE_CHAR:
        if seen >= SOUND_CHAR:
            found = dict.fromkeys(lex.same_tone(typed), MIN_GAIN_UNCOMMON_TONE)
        tone = lex.tone.get(typed)
        for n in lex.shapes.get(typed, ()):
            if tone and lex.tone.get(n) == tone:
                found[n] = MIN_GAIN_UNCOMMON
        for n in CLASSIC_PARTNERS.get(typed, ()):
            found[n] = MIN_GAIN_UNCOMMON
    _partner_memo[typed] = found
    return found


@text_cache
def uncommon_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, twin, gain) of each stray of ``text`` that is a slip for a character of an
    uncommon word (UNCOMMON to COMMON) with its neighbour."""
    strays = stray_offsets(text)
    if not strays:
        return ()
    lex = lexicon()
    freq = lex.freq
    holes = _tables(lex)
    found: dict[tuple[int, int], tuple[str, float]] = {}
    n_text = len(text)
    prose: bool | None = None  # asked at the first candidate, as typo_windows.search_windows
    memo = _partner_memo
    for p in strays:
        c = text[p]
        before_key = text[p - 1] + "\0" if p > 0 else ""
        after_key = "\0" + text[p + 1] if p + 1 < n_text else ""
        for start, key in ((p - 1, before_key), (p, after_key)):
            # the characters that make an uncommon word with the stray's neighbour
            meant = holes.get(key) if key else None
            if not meant:
                continue
            partners = memo.get(c)
            if partners is None:
                partners = _partners(lex, c)
            hits = meant.intersection(partners)
            if not hits:
                continue
            end = start + 2
            if text[start:end] in freq:
                continue
            i = p - start
            for n in sorted(hits):
                bar = partners[n]
                if lex.known(text[start:end]):
                    break
                if prose is None:
                    han = len(_HAN.findall(text))
                    prose = not (han >= 20 and len(strays) > MAX_STRAY_SHARE * han)
                if not prose:
                    return ()  # classical text, a list of names, garbled input: no model
                twin = text[start:p] + n + text[p + 1:end]
                a, b = clause_around(text, start, end)
                after, words = lex.best_split(text[a:start] + twin + text[end:b])
                gain = after - lex.best_logp(text[a:b])
                if gain < bar or gain <= found.get((start, end), ("", -1.0))[1]:
                    continue
                if absorbs(words, start - a, end - a, text[start:end], i) and \
                        not written_on_purpose(text, start, end, i, twin):
                    found[(start, end)] = (twin, gain)
    return strongest(found) if found else ()
