"""typo/char: a wrong character in a word (错别字), found by a general method, not a list.

The method (docs/checks.md): segment the paragraph with the lexicon; where the segmentation
falls apart into single characters, or meets a word the dictionary holds only as a rarity (jieba's
dictionary keeps a few attested misspellings such as 膨涨 at its floor frequency), try replacing
one character by one that sounds the same (pypinyin) or looks alike (app/data/similar_shape.txt).
A replacement is proposed only when it makes a common word and the best segmentation of the
surrounding clause becomes far more probable (a unigram model over jieba's frequencies): 部暑 →
部署, 竟争 → 竞争, 己经 → 已经. Left alone, each for a false alarm met on real text: names of
people, places and bodies (a title before or after, a place or body suffix after, a short quoted
phrase, a road or works named before its kind, a surname beginning a name before a title), a
body's abbreviation after its level, a compound of two unit kinds, a stretch across a conjunction
standing between two nouns, a spelling the document uses twice or more, an item of a series built
on one pattern, a rare character, and text that is not prose at all.

Slips that leave no stray are looked up in tables built with the lexicon's cache
(app/lexicon_slips.py): two characters each frequent alone one sound and tone away from a
well-known word (政治生太 → 生态), a word next to another with which its same-sound twin makes a
compound (形式主意 → 形式主义), a noun before 了 whose twin is a verb (部属了 → 部署了); set
phrases are searched beside their halves (一丝不芶, 竞竞业业, 不言而谕); a frequent character
beside a stray may be the slip itself (妥善按置 → 安置: app/rules/typo_pairs.py). The tests that
keep the rule quiet are in app/rules/typo_guards.py; the search windows (where a correction can
exist) are opened by app/rules/typo_windows.py.

The curated list of app/rules/wording.py is the precise first layer; this rule skips what that
rule already reports. It is a warning: a general method is right most of the time, not always.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.lexicon import (
    HEAD,
    SOUND_CHAR,
    TAIL,
    Lexicon,
    available,
    lexicon,
    segments,
)
from app.lexicon_idioms import idioms
from app.lexicon_results import used_again
from app.lexicon_slips import WELL_KNOWN
from app.model import Document
from app.modern_words import attested
from app.rules.base import RuleInfo, data_lines, prose_paragraphs
from app.rules.typo_bars import (
    MIN_GAIN,
    MIN_GAIN_LOOK_SOUND,
    MIN_GAIN_LOOK_SOUND_RARE,
    MIN_GAIN_TONE,
    MIN_GAIN_TONE_COMMON,
    TONE_COMMON,
)
from app.rules.typo_bound import bound_bar
from app.rules.typo_context import context_slips
from app.rules.typo_fixed import fixed_slips
from app.rules.typo_fixed_terms import fixed_term_slips
from app.rules.typo_guards import LEVELS, absorbs, variant
from app.rules.typo_halves import half_slips
from app.rules.typo_joined import joined_slips
from app.rules.typo_kin import kin_slips
from app.rules.typo_listed import listed_bar
from app.rules.typo_modern import MIN_GAIN_TODAY, well_known_today
from app.rules.typo_near import TONE_BAR_LENGTHS, context_vouches, twin_slips
from app.rules.typo_pairs import neighbour_slips
from app.rules.typo_phrases import collocation_slips, near_phrase_slips
from app.rules.typo_quiet import written_on_purpose
from app.rules.typo_set_phrases import set_phrase_slips
from app.rules.typo_strong import strong_slips
from app.rules.typo_terms import term_slips
from app.rules.typo_titles import title_slips
from app.rules.typo_traditional import TRADITIONAL, runs
from app.rules.typo_traditional import paragraph_findings as traditional_findings
from app.rules.typo_uncommon import uncommon_slips
from app.rules.typo_windows import CLASSIC_PAIRS, doubled_corrections, is_verb
from app.rules.typo_windows import search_windows as _windows
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

TYPO = RuleInfo("typo/char", Severity.WARNING, "疑似错别字",
                "《现代汉语词典》第7版词形；jieba 词频词典、pypinyin 读音、"
                "形近字表（docs/checks.md）")
RULES = [TYPO, TRADITIONAL]  # (typo/traditional: app/rules/typo_traditional.py)

MIN_GAIN_RARE = 7.0  # the same when the original is a rarity of the dictionary (e^7 ≈ 1,100×)
CONTEXT = 3  # characters of context on each side for the gain


def _policy_words() -> frozenset[str]:
    """app/data/policy_words.txt and policy_words_cited.txt: words of current official writing
    missing from the lexicon, each attested in a published document (of ../shared/corpus, or
    cited with its address); never taken for a misspelling."""
    cited = [line.split("\t", 1)[0] for line in data_lines("policy_words_cited.txt")]
    return frozenset(w for line in data_lines("policy_words.txt") + cited for w in line.split())


POLICY_WORDS = _policy_words()
MIN_GAIN_CLASSIC = 6.0  # e^6 ≈ 400×: 核心竟争力 → 竞争力 gains e^6.1, 致敬戌边 → 戍边 e^8.1
# A four-character rarity of the dictionary whose one-character change is a common set phrase
# (不言而谕 → 不言而喻, 211 against the floor's 3): the gain is only the frequencies' ratio, e^4.2,
# yet the dictionary keeps such a spelling at its floor because it is a known misspelling; the
# floor's real four-character words seldom sit one sound or shape away from a set phrase (one
# of whose halves is no word: not a compound such as 执业资格, next to the floor's 职业资格).
MIN_GAIN_PHRASE_RARE = 3.0
# … and when the replaced character has the sound and tone of the phrase's (集思广义 → 集思广益:
# yì): what an input method offers for the phrase's syllables; the floor keeps such spellings
# as attested misspellings, so a phrase some seven times more frequent (e^2) is enough
MIN_GAIN_PHRASE_RARE_TONE = 2.0
# … and when the two characters are a classic pair (己/已, 作/做, 象/像: classic_pairs.txt):
# the textbook slips. jieba's floor holds 30 four-character words one classic-pair change from a
# set phrase, and every one is a misspelling or an old variant of it (严于律已, 克已奉公, 身不由已,
# 迫不得己, 本未倒置, 默不做声, 麻粟坡县 …; typo13), so the phrase only has to be no less probable
# than the rarity (严于律己 is 20 in the dictionary: e^1.9 over the floor)
MIN_GAIN_PHRASE_CLASSIC = 0.0
# A word next to another with which its same-sound twin makes a compound (形式主意 → 形式主义,
# lexicon_slips.compound_slips): both are real words, so the unigram model gains little (e^5.3);
# the table is narrow (810 strings, none of them in the corpus)
MIN_GAIN_COMPOUND = 4.0
# A noun before 了 whose same-sound twin is a frequent verb (部属了 → 部署了, _aspect_windows):
# the verb must only be no less probable than the noun (both are common words)
MIN_GAIN_ASPECT = 0.0
# A correction the same paragraph writes elsewhere (涉及拆迁补偿 … 折迁历史遗留问题): the writer
# knows the word, so a slip is likelier than a coinage; the bar is lowered to e^6 for it. Not
# for words every paragraph holds (以上, 实际, 提出: frequent beyond SEEN_MAX), which prove
# nothing; and only the paragraph (a whole report holds 校舍 and 家校社 far apart)
MIN_GAIN_SEEN = 6.0
SEEN_MAX = 5000
# … for floor rarities of two and three characters (typo13): jieba's floor holds 78 words of three
# characters one same-tone look-alike from a common word, and some 65 of them are attested
# misspellings (图书管, 天燃气, 增殖税, 电灯炮, 坐谈会 …); most others are names: a person's before
# a title is left out by the name guards, and a place's (潮阳区 beside 朝阳区, 新州区 beside 新洲区:
# real text has 汕头市潮阳区) ends in a unit of administration that the change keeps
# (_place_rarity), so it keeps the full bar
LOOK_SOUND_RARE_LENGTHS = (2, 3)


@text_cache
def typos(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, gain) of each suspected misspelling in ``text``."""
    windows = _windows(text)
    if not windows:
        return ()
    lex = lexicon()
    freq = lex.freq
    best: dict[tuple[int, int], tuple[str, float, int]] = {}
    for (start, end, run_a, run_b), suspects in windows.items():
        word = text[start:end]
        # a word above the floor: nothing to correct (but a noun before 了, _aspect_windows)
        if (word in freq and text[end:end + 1] != "了") or word in POLICY_WORDS:
            continue
        # a word of today (微博, not a slip of 微波) is corrected only where its twin makes one
        # dictionary word with its neighbours (超过警界水位 → 警戒水位: typo_near.py)
        today = attested(word)
        a, b = _whole_words(text, max(run_a, start - CONTEXT), min(run_b, end + CONTEXT),
                            run_a, run_b)
        before: float | None = None
        rarity: bool | None = None
        tries = [(p - start, cand) for p in sorted(suspects)
                 for cand in lex.corrections(word, p - start)]
        if end - start == 4:  # a doubled half mistyped twice (竞竞业业)
            tries += [(i, cand) for i in (0, 2) if start + i in suspects and
                      start + i + 1 in suspects for cand in doubled_corrections(lex, word, i)]
        for i, cand in tries:
            if i == 0 and _coined_head(lex, word, cand):
                continue
            if before is None:
                before = lex.best_logp(text[a:b])
            after, words = lex.best_split(text[a:start] + cand + text[end:b])
            if today and not context_vouches(words, start - a, end - a):
                continue
            gain = after - before
            if gain < MIN_GAIN:  # the lower bars, worked out only for a candidate near one
                if gain < MIN_GAIN_ASPECT:
                    continue
                if rarity is None:
                    rarity = lex.known(word)
                if gain < _bar(lex, text, start, end, i, cand, rarity) and \
                        not (gain >= MIN_GAIN_SEEN and _seen(text, start, end, cand)):
                    continue
            if gain > best.get((start, end), ("", -math.inf, 0))[1] and \
                    absorbs(words, start - a, end - a, word, i):
                best[(start, end)] = (cand, gain, i)
    # the same edit found in a longer stretch that holds this one (积极姓 → 积极性 and 极姓 →
    # 极性: one slip): the longer word is what the writer meant, whatever the two gains
    if len({(start + k, cand[k]) for (start, _e), (cand, _g, k) in best.items()}) < len(best):
        best = {(start, end): v for (start, end), v in best.items()
                if not _held_in_longer(start, end, v[0], v[2], best)}
    found: list[tuple[int, int, str, float]] = []
    for (start, end), (cand, gain, k) in sorted(best.items(), key=lambda kv: -kv[1][1]):
        if any(s < end and start < e for s, e, _c, _g in found):
            continue  # overlapping windows: keep the strongest
        if written_on_purpose(text, start, end, k, cand):
            continue
        found.append((start, end, cand, gain))
    return tuple(sorted(found))


def _whole_words(text: str, a: int, b: int, run_a: int, run_b: int) -> tuple[int, int]:
    """[a, b) widened to the paragraph's words (its segmentation) inside the run: a context cut
    inside a word makes a word of its last character with the next (开展现场堪查: 展|现场 → 展现|场,
    a stray beside the correction)."""
    _words, starts = segments(text)
    i = bisect_right(starts, a) - 1
    j = bisect_left(starts, b)
    return max(run_a, starts[i]), min(run_b, starts[j] if j < len(starts) else len(text))


def _held_in_longer(start: int, end: int, cand: str, k: int,
                    best: dict[tuple[int, int], tuple[str, float, int]]) -> bool:
    """Another stretch of ``best``, longer and holding [start, end), makes the same edit (the
    character at ``start + k`` replaced by ``cand[k]``)."""
    at, new = start + k, cand[k]
    return any(s <= start and end <= e and e - s > end - start and
               s + i == at and c[i] == new
               for (s, e), (c, _g, i) in best.items())


def _bar(lex: Lexicon, text: str, start: int, end: int, i: int, cand: str, rarity: bool
         ) -> float:
    """The gain a correction of character ``i`` needs: MIN_GAIN, or one of the lower bars of
    its kind (a look-alike for a rarity, a classic pair, the same sound and tone, a noun before
    了, a compound slip, a set phrase for a rarity)."""
    word = text[start:end]
    c, new = word[i], cand[i]
    # a rarity of the dictionary replaced by a common word gains its frequency ratio only;
    # the rarities are mostly real words (市际, 厂务), so only a look-alike may replace one on
    # that lower bar (侯选人 → 候选人); so may a character too rare for a sound slip (纂改 → 篡改)
    if lex.singles.get(c, 0) < SOUND_CHAR and not lex.similar_shape(c, new):
        return MIN_GAIN  # a rare character's same-tone slip (懈殆 → 懈怠): no lower bar
    bar = MIN_GAIN_RARE if (rarity or lex.singles.get(c, 0) < SOUND_CHAR) and \
        lex.similar_shape(c, new) else MIN_GAIN
    if frozenset((c, new)) in CLASSIC_PAIRS:
        bar = min(bar, MIN_GAIN_CLASSIC)
    bar = listed_bar(c, new, bar)  # a pair the curated list attests (讯期 → 汛期: 防讯)
    same_tone = lex.tone.get(c, "?") == lex.tone.get(new)
    if same_tone and lex.similar_shape(c, new):  # 耗财 → 耗材, 塘塞 → 搪塞 (MIN_GAIN_LOOK_SOUND)
        bar = min(bar, MIN_GAIN_LOOK_SOUND_RARE if rarity and len(word) in LOOK_SOUND_RARE_LENGTHS
                  and not _place_rarity(word, i) else MIN_GAIN_LOOK_SOUND)
    common = lex.freq.get(cand, 0) if len(cand) in TONE_BAR_LENGTHS and same_tone else 0
    if common >= WELL_KNOWN:
        bar = min(bar, MIN_GAIN_TONE)  # 效律 → 效率, 生太 → 生态, 党支布 → 党支部
    elif common >= TONE_COMMON and len(cand) == 2:
        bar = min(bar, MIN_GAIN_TONE_COMMON)  # 协商议证 → 议政
    if common < WELL_KNOWN and len(cand) == 2 and same_tone and well_known_today(cand):
        bar = min(bar, MIN_GAIN_TODAY)  # 舆晴 → 舆情 (app/rules/typo_modern.py)
    if text[end:end + 1] == "了" and same_tone and word not in lex.tags and \
            is_verb(lex, cand) and not is_verb(lex, word):
        bar = min(bar, MIN_GAIN_ASPECT)  # 部属了 → 部署了
    if len(cand) == 2 and (bound := bound_bar(lex, c, new, cand)) is not None:
        bar = min(bar, bound)  # 深遂 → 深邃, 精随 → 精髓 (app/rules/typo_bound.py)
    if len(word) > 2 and any(lex.compound_slips.get(word[:j] + "|" + word[j:]) == cand
                             for j in range(1, len(word))):
        bar = min(bar, MIN_GAIN_COMPOUND)  # 形式主意 → 形式主义
    if rarity and len(cand) == 4 and (lex.halves.get(cand[:2], 0) & HEAD or
                                      lex.halves.get(cand[2:], 0) & TAIL):
        bar = min(bar, MIN_GAIN_PHRASE_RARE_TONE if same_tone else MIN_GAIN_PHRASE_RARE)
    elif rarity and len(cand) == 4 and same_tone and cand in idioms():
        bar = min(bar, MIN_GAIN_PHRASE_RARE_TONE)  # 真知卓见 → 真知灼见 (both halves words)
    if rarity and len(cand) == 4 and frozenset((c, new)) in CLASSIC_PAIRS:
        bar = min(bar, MIN_GAIN_PHRASE_CLASSIC)  # 严于律已 → 严于律己
    return bar


def _place_rarity(word: str, i: int) -> bool:
    """A rarity of three characters ending in a unit of administration that the change keeps
    (潮阳区 → 朝阳区): the dictionary keeps many real places at its floor, and one place's name is
    no slip of another's (a changed suffix is: 自治洲 → 自治州)."""
    return len(word) == 3 and i < 2 and word[-1] in LEVELS


def _coined_head(lex: Lexicon, word: str, cand: str) -> bool:
    """The first character of ``word``, rarer than SOUND_CHAR, would be replaced by one that only
    sounds like it (Lexicon.same_tone): a name or brand coined from a rare character puts it
    first (蔚来 beside 未来, 昇腾 beside 升腾: real text), while the slips met put it last
    (懈殆, 堡磊, 壁磊, 攻艰)."""
    return lex.singles.get(word[0], 0) < SOUND_CHAR and not lex.similar_shape(word[0], cand[0])


def _seen(text: str, start: int, end: int, cand: str) -> bool:
    """The paragraph writes the correction elsewhere, and it is no everyday word (MIN_GAIN_SEEN)."""
    return lexicon().freq.get(cand, 0) <= SEEN_MAX and (
        cand in text[:start] or cand in text[end:])


def _variant_pair(text: str, slip: tuple[int, int, str, float]) -> bool:
    """A collocation slip whose changed half is another spelling of the same word (文艺汇演 →
    文艺会演: typo_guards.variant), not a slip."""
    wrong, right = text[slip[0]:slip[1]], slip[2]
    return variant(wrong[2:], right[2:]) or variant(wrong[:2], right[:2])


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    searched = available()
    texts: list[str] | None = None  # the document's, made at the first suspect (not at each)
    for i, text in prose_paragraphs(doc, analysis):
        out += traditional_findings(i, text)  # typo/traditional (also without the lexicon)
        if not searched:
            continue
        found = typos(text)  # and the collocations that no typo overlaps (typo_phrases.py)
        suspects = found + tuple(
            c for c in (*(c for c in collocation_slips(text) if not _variant_pair(text, c)),
                        *near_phrase_slips(text), *half_slips(text), *title_slips(text),
                        *fixed_slips(text), *twin_slips(text),
                        *neighbour_slips(text), *term_slips(text),
                        *fixed_term_slips(text), *kin_slips(text),
                        *strong_slips(text))
            if not any(s < c[1] and c[0] < e for s, e, _c, _g in found))
        # a rare word joined by its twin (typo_joined.py) is the last resort: it gives way to
        # any finding above on the same characters (不切实绩, a set phrase's half); so does a set
        # phrase found from the phrase's side (typo_set_phrases.py), the second net for 成语,
        # and the context searches of typo22 (typo_context.py), and a stray's slip for a word
        # rarer than the search's corrections (typo_uncommon.py)
        for later in (joined_slips(text), set_phrase_slips(text), context_slips(text),
                      uncommon_slips(text)):
            suspects += tuple(c for c in later
                              if not any(s < c[1] and c[0] < e for s, e, _c, _g in suspects))
        # a traditional-only character is typo/traditional's (裏面: not typo/char's 里面 too)
        if traditional := runs(text):
            suspects = tuple(c for c in suspects
                             if not any(s < c[1] and c[0] < e for s, e in traditional))
        # (a word another rule names more precisely, wording's misused words or a confusable
        # word in its context, gives way to that rule's finding: app.rules.drop_superseded)
        for start, end, cand, _gain in suspects:
            wrong = text[start:end]
            if texts is None:
                texts = doc.texts
            # a spelling the writer uses more than once is deliberate (a coinage, a name), not
            # a slip (`check`'s cache applies the same test to cached findings)
            if used_again(texts, wrong):
                continue
            # report only the changed character(s), with the word as context
            diff = [j for j in range(len(cand)) if cand[j] != wrong[j]]
            k, last = diff[0], diff[-1] + 1
            fix = Fix((Edit(i, start + k, start + last, cand[k:last]),), f"改为“{cand}”")
            out.append(TYPO.finding(f"疑似错别字：“{wrong}”应为“{cand}”", i, start, end, fix=fix))
    return out
