"""particle/de: 的, 地 and 得 where the grammar leaves no choice.

- 地 marks an adverbial before a verb: 积极的推进 → 积极地推进. Flagged only when the word
  before 的 is an adverbial adjective (jieba's tag ``ad``, or one of the manner words listed
  below) and the word after is a plain verb (tag ``v``, not a verbal noun ``vn``) that is not
  itself followed by a noun it modifies (积极的推进作用 is left alone).
- 得 links a verb to its complement: 落实的不够到位 → 落实得不够到位. Flagged only when a verb
  is followed by 的, a degree word (很, 不够, 非常 …) and an evaluation (好, 到位, 扎实 …) that
  ends the clause; 做的很多工作 (the many jobs done) is not a complement and stays.
- 的 links an attribute to a noun phrase: 取得了显著地成效 → 显著的成效 (``particle/attr``).
  Flagged only after a verb whose object is a noun phrase (取得, 实现, 发生 …), with the word
  after 地 ending the clause.
- 地 and 得 swapped (``particle/swap``): an adverbial + 得 + a verb (认真得研究 → 地), a verb +
  地 + a complement of degree ending the clause (完成地很好 → 得).

Source: 《现代汉语词典》第7版 “的”“地”“得” entries; GB/T 15834 does not cover it. Positions where
both readings are possible (认真的研究 may be a noun phrase) are never reported.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.lexicon import available, lexicon, segments, word_indices
from app.model import Document
from app.rules.base import RuleInfo, prose_paragraphs
from app.rules.dedide_contrast import contrast_complements, locative_verb
from app.rules.dedide_joined import (
    joined_to_noun,
)
from app.rules.dedide_phrases import (
    ADVERBS_ONLY,
    COMPLEMENT_IDIOMS,
    COVERBS,
    DEGREE_WORDS,
    EXTRA_VERBS,
    MANNER,
    MODALS,
    SINGLE_VERBS,
    VERBAL_NOUNS,
    adverb_only,
    attributive,
    modifies_noun,
    object_or_modified_noun,
    second_conjunct,
    verb_at,
)
from app.rules.dedide_relative import relative_clause
from app.rules.dedide_slots import (
    CLAUSE_ENDS,
    OPENERS,
    PREPOSITION_OPENERS,
    adjective_after_modal,
    adjective_before_aspect,
    adjective_before_direction,
    bare_complement,
    extent_adverbial,
    manner_adverb,
    preposition_after_modal,
    split_pair,
)
from app.rules.dedide_verbs import DISTRIBUTIVE as DISTRIBUTIVE
from app.rules.dedide_verbs import (
    distributive,
    hidden_verb,
    property_adverbial,
    shaped_adverbial,
    verb_pair,
)
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

DI = RuleInfo("particle/di", Severity.WARNING, "“的”应为“地”",
              "《现代汉语词典》第7版：状语与动词之间用“地”")
DE = RuleInfo("particle/de", Severity.WARNING, "“的”应为“得”",
              "《现代汉语词典》第7版：动词与补语之间用“得”")
ATTR = RuleInfo("particle/attr", Severity.WARNING, "“地”应为“的”",
                "《现代汉语词典》第7版：定语与中心语（名词性成分）之间用“的”")
SWAP = RuleInfo("particle/swap", Severity.WARNING, "“地”“得”混用",
                "《现代汉语词典》第7版：状语与动词之间用“地”，动词与补语之间用“得”")
RULES = [DI, DE, ATTR, SWAP]


DEGREE = (r"(?:很|非常|十分|特别|比较|较为|较|不够|不太|不很|不大|过于|过分|太过|太|更加|更|"
          r"极为|极|相当|还不够|还不|还|越来越|不)")
EVALUATION = r"(?:好|到位|扎实|快|慢|深入|彻底|及时|充分|有效|明显|突出|出色|规范|严格|认真|全面|" \
             r"细致|顺利|圆满|不错|好看|清楚|透彻|积极|主动|实|细|深|透|准|稳|高|低|晚|早|紧|严|牢|短|长)"
# one complement of degree, or two in a row (做得更细更实, 完成得又快又好): the second repeats
# the first's pattern, so the pair ends the clause as one complement does
# (ending the clause: CLAUSE_ENDS)
_COMPLEMENT = re.compile(f"(?:{DEGREE}{EVALUATION}){{1,2}}" + CLAUSE_ENDS)
# two evaluations side by side with no degree word, ending the clause (开展得规范有序, 落实得扎实
#到位): after a plain verb + 的 they can only be its complement. The second half tells how a
# thing is done (有序, 到位, 有力), never what a thing is (有效, 合理: 制定的规范有效 is a noun
# phrase, "the rules made are effective")
_TWO_EVALUATIONS = re.compile(
    r"(?:规范|扎实|深入|细致|严格|认真|全面|及时|充分|彻底|顺利|圆满|到位)"
    r"(?:有序|有力|到位|扎实|细致|深入|有方|得当|彻底|及时|顺畅|高效)"
    r"(?=[，。；！？：,;:!?]|$)")
# a one-character complement of possibility or direction after a one-character verb (拿得出,
# 用得上, 靠得住, 看得出来), followed by punctuation: 拿的出、用得上 has no reading with 的
_POTENTIAL = re.compile(r"[出上下起住动完到]来?" + CLAUSE_ENDS)
# 很 alone ending the clause after a verb or an adjective (满意的很, 好的很, 多的很): a
# complement of degree, "very much so", that 的 cannot introduce (《现代汉语词典》第7版 很:
# 用在“得”后，表示程度高 “好得很”)
_HEN_ALONE = re.compile("很" + CLAUSE_ENDS)
# one-character states jieba leaves untagged that take 得很 (多得很, 少得很)
_ONE_CHAR_STATES = frozenset("多少")
# one-character verbs whose 的 + 上/下/到 is a noun phrase or a set form (有的上了, 是的)
_NOT_POTENTIAL = frozenset("有是在为叫让使要")
# a negated complement inside a noun phrase: 整改的不彻底的单位 → 整改得不彻底的 (two-character
# evaluations only: 反映的不实的问题 is 不实, "untrue")
# … or a negated complement that is the subject of a verb of causing (措施落实的不到位造成人员
# 伤亡 → 落实得不到位: what causes is the doing "done not well enough", no noun phrase)
_COMPLEMENT_REL = re.compile(r"(?:还不够|不够|不太|不很|不)(?:到位|扎实|深入|彻底|及时|充分|规范|"
                             r"严格|认真|全面|细致|透彻)(?=的|造成|导致|引发|致使|酿成)")


def _is_manner(word: str) -> bool:
    """An adverbial before 的 + verb: tagged ad, listed, an AABB form (切切实实), or two manner
    words in one token (严肃认真, 切实有效, 深入细致, 科学合理: jieba keeps such pairs as one
    untagged word)."""
    tags = lexicon().tags
    if tags.get(word) == "ad" or word in MANNER or word in ADVERBS_ONLY or manner_adverb(word):
        return True
    if distributive(word) or shaped_adverbial(word):
        return True  # 逐户地走访, 逐项地核对: 逐 + a measure word is an adverbial
        # (《现代汉语词典》 逐 副 "挨着（次序）"), before a verb as 一一 is
    if len(word) == 4 and word[0] == word[1] and word[2] == word[3] and word[0] != word[2]:
        return True  # AABB: 切切实实, 扎扎实实, 认认真真
    if len(word) == 2 and word[0] == word[1] and tags.get(word[0]) == "a":
        return True  # AA of an adjective (稳稳, 深深, 大大): before a verb it is its manner
    return len(word) == 4 and all(
        half in MANNER or tags.get(half) in ("a", "ad") for half in (word[:2], word[2:]))


def _complement_at(text: str, pos: int) -> re.Match[str] | None:
    """A complement of degree or result right after 的 (很好, 不够到位, 有声有色, 不够具体), ending
    the clause, or a negated one inside a noun phrase (不彻底的). After a degree word other than
    不, any two-character word ending the clause is the complement (推进的比较缓慢: 缓慢 has
    no tag in jieba's dictionary)."""
    m = _COMPLEMENT.match(text, pos) or _COMPLEMENT_REL.match(text, pos)
    if m:
        return m
    if _plain_verb_before(text, pos - 1) and (m := _TWO_EVALUATIONS.match(text, pos)):
        return m
    m = _COMPLEMENT_WORD.match(text, pos)
    if m and ((m.group(1) or "") + m.group(2) in COMPLEMENT_IDIOMS or
              m.group(2) in COMPLEMENT_IDIOMS or
              (m.group(1) and lexicon().tags.get(m.group(2)) == "a") or
              (m.group(1) not in (None, "不") and len(m.group(2)) == 2) or
              (m.group(1) not in (None, "不") and _two_evaluations(m.group(2)))):
        return m
    return None


# prepositions whose object is a noun phrase running to the clause's end (随着城乡发展的不平衡，
# 面对工作的不到位，): a 的 inside it heads that phrase, no verb takes a complement there
# (precision24: a 村积分制管理实施方案 of unseen24). 由于 takes a clause too, and stays out.
_NOUN_PHRASE_OPENERS = re.compile(r"(?:伴随着|随着|面对|鉴于)[^，。；！？：,;:!?]*$")
_CLAUSE_MARK = re.compile(r"[，。；！？：,;:!?]")


def _nominal_clause(text: str, pos: int) -> bool:
    """The clause holding ``text[pos]`` (a 的) opens with a preposition of
    :data:`_NOUN_PHRASE_OPENERS` and no mark comes between it and ``pos``."""
    begin = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, pos)), default=0)
    return _NOUN_PHRASE_OPENERS.match(text, begin, pos) is not None


def _two_evaluations(word: str) -> bool:
    """Four characters that are two adjectives side by side (积极主动, 具体细致) after a degree
    word: one complement (参与的不够积极主动 → 参与得), as 不够积极 alone would be."""
    tags = lexicon().tags
    return len(word) == 4 and all(
        re.fullmatch(EVALUATION, half) or tags.get(half) in ("a", "ad")
        for half in (word[:2], word[2:]))


def _ends_in_verb(word: str) -> bool:
    """A subject and its verb kept as one dictionary word (群众反映, jieba's idiom-tagged 群众反映
    in 群众反映的很强烈): its last two characters are the verb a complement can follow."""
    tags = lexicon().tags
    return len(word) >= 4 and tags.get(word) not in ("v", "vn", "a", "n") and \
        (tags.get(word[-2:]) == "v" or verb_pair(word, tags, lexicon().freq, VERBAL_NOUNS))


def _plain_verb_before(text: str, de: int) -> bool:
    """The word ending right before the 的 at ``de`` is a plain verb (tag v or a listed verb):
    not a verbal noun (发展的规范 may be a noun phrase) nor an adjective."""
    tags = lexicon().tags
    return any(tags.get(text[de - n:de]) == "v" or text[de - n:de] in EXTRA_VERBS
               for n in (2, 3) if de >= n)


# degree word (optional) + a 2–5 character word ending the clause: checked by _complement_at
_COMPLEMENT_WORD = re.compile(DEGREE.replace("(?:", "(", 1) + r"?([\u4e00-\u9fff]{2,5}?)"
                              + CLAUSE_ENDS)


@text_cache
def particle_errors(text: str) -> tuple[tuple[int, str, str], ...]:
    """(offset of a 的, the right particle, the phrase it stands in) for each 的 that must be 地
    or 得; the phrase runs from the word before 的 to the verb or the complement after it."""
    if "的" not in text:
        return ()
    tags = lexicon().tags
    words, starts = segments(text)
    out: list[tuple[int, str, str]] = []
    kept: set[int] = set()  # the 的 left as they are (a second conjunct follows the first)
    for k in word_indices(words, ("的",)):  # each 的 standing as a word, not first nor last
        if k == 0:
            continue
        if k + 1 >= len(words):
            break
        start, prev = starts[k], words[k - 1]
        joined = k >= 2 and (words[k - 2] + prev in MANNER or
                              split_pair(words[k - 2], prev, MANNER) or
                              shaped_adverbial(words[k - 2] + prev))  # 一件|一件
        if joined:  # a listed manner word jieba cuts in two: 有 | 针对性, 有 | 计划
            prev = words[k - 2] + prev
        manner = _is_manner(prev)  # (a pure test of the word: made once per 的)
        verb = verb_at(text, start + 1) or hidden_verb(words, k, tags, manner)
        placed = "" if verb else locative_verb(words, k, text, start + 1, manner)
        verb = verb or placed  # 紧密的团结在……周围: the 在-phrase makes 团结 a verb
        if not verb and words[k + 1] in COVERBS and manner:
            verb = words[k + 1]  # 切实的把收益留给农民: 把 opens the verb's phrase
        opener = "" if verb or words[k + 1] not in OPENERS else \
            preposition_after_modal(words, k, manner)  # 严禁随意的对企业
        verb = verb or opener
        aspect = adjective_before_aspect(words, k, verb) if verb else ""
        if verb and not aspect and adjective_before_direction(words, k, verb):
            aspect = "object"  # 很好的发挥出来: a verb with a complement heads no noun phrase
        if opener or (verb and (aspect or placed or manner or
                                property_adverbial(words, k, verb, tags) or
                                (prev == "程度" and extent_adverbial(words, k)) or
                                adjective_after_modal(words, k, text, start + 1 + len(verb)))
                      and (adverb_only(words, k, text, start + 1 + len(verb)) or
                           not attributive(words, k, verb_object=aspect != "object",
                                            prev_words=2 if joined else 1, text=text,
                                            verb_end=start + 1 + len(verb)))
                      and not relative_clause(words, k, tags, EXTRA_VERBS, MODALS)
                      and not second_conjunct(words, k, kept)
                      and not joined_to_noun(words, k, text, start + 1 + len(verb),
                                             DEGREE_WORDS, tags, lexicon().freq, MANNER)
                      and (verb in COVERBS or
                           not object_or_modified_noun(words, k, text,
                                                        start + 1 + len(verb), verb))):
            first = k - 2 if len(prev) == 1 or joined else k - 1  # 较好的完成: from 较
            out.append((start, "地", text[starts[first]:start + 1 + len(verb)]))
            continue
        if _nominal_clause(text, start):  # 随着城乡发展的不平衡，: the 的 heads the
            kept.add(k)  # preposition's noun phrase
            continue
        if ((len(prev) >= 2 and tags.get(prev) in ("v", "vn", "a")) or prev in SINGLE_VERBS
              or prev in EXTRA_VERBS or prev in VERBAL_NOUNS or _ends_in_verb(prev)) \
                and (complement := _complement_at(text, start + 1)):
            out.append((start, "得", text[starts[k - 1]:complement.end()]))
        elif complement := bare_complement(text, words, k, SINGLE_VERBS, EXTRA_VERBS,
                                           start + 1):
            out.append((start, "得", text[starts[k - 1]:complement.end()]))  # 处置的及时
        elif len(prev) == 1 and tags.get(prev) == "v" and prev not in _NOT_POTENTIAL \
                and (complement := _POTENTIAL.match(text, start + 1)):
            out.append((start, "得", text[starts[k - 1]:complement.end()]))  # 拿的出、用得上
        elif (tags.get(prev) in ("v", "a") or prev in SINGLE_VERBS or prev in _ONE_CHAR_STATES) \
                and (complement := _HEN_ALONE.match(text, start + 1)):
            out.append((start, "得", text[starts[k - 1]:complement.end()]))  # 满意的很。
        else:
            kept.add(k)
    done = {pos for pos, _r, _e in out}
    for c in contrast_complements(text, SINGLE_VERBS | EXTRA_VERBS | VERBAL_NOUNS):
        if c[0] not in done:  # 学的多、用的少 (app/rules/dedide_contrast.py)
            done.add(c[0])
            out.append(c)
    return tuple(sorted(out))


# After an adverbial + 得 these begin a complement of degree, not the verb the adverbial
# modifies: 认真得让人感动, 积极得令人钦佩.
_CAUSATIVE = ("让", "使", "令", "叫", "像", "出奇", "要命", "不得了", "很", "多")


@text_cache
def swapped_particles(text: str) -> tuple[tuple[int, str, str], ...]:
    """(offset, the right particle, the phrase) where 地 and 得 are swapped: an adverbial + 得 +
    a verb (认真得研究 → 认真地研究), and a verb + 地 + a complement of degree ending the clause
    (完成地很好 → 完成得很好). The same word lists and complement test as the 的 checks."""
    if "得" not in text and "地" not in text:
        return ()
    tags = lexicon().tags
    words, starts = segments(text)
    out: list[tuple[int, str, str]] = []
    for particle in ("得", "地"):
        for k in word_indices(words, (particle,)):
            if k == 0:
                continue
            if k + 1 >= len(words):
                break
            prev, pos = words[k - 1], starts[k]
            if particle == "得":  # a verbal noun is a verb here too (认真得研究: 得 takes no noun)
                verb = verb_at(text, pos + 1) or next(
                    (w for w in (text[pos + 1:pos + 3],) if tags.get(w) == "vn"), "")
                if not verb and words[k + 1] in PREPOSITION_OPENERS:
                    verb = words[k + 1]  # 严格得按照程序: a preposition opens the verb's phrase
                if len(prev) >= 2 and _is_manner(prev) and len(verb) >= 2 \
                        and not text.startswith(_CAUSATIVE, pos + 1) \
                        and not modifies_noun(text, pos + 1 + len(verb)):
                    out.append((pos, "地", text[starts[k - 1]:pos + 1 + len(verb)]))
            elif ((len(prev) >= 2 and tags.get(prev) == "v") or prev in SINGLE_VERBS) \
                    and (complement := _COMPLEMENT.match(text, pos + 1)):
                out.append((pos, "得", text[starts[k - 1]:complement.end()]))
    return tuple(sorted(out))


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    # (imported here: dedide_attr reads this module's word lists)
    from app.rules.dedide_attr import attributive_di, possessive_di

    out: list[Finding] = []
    if not available():
        return out
    for i, text in prose_paragraphs(doc, analysis):
        for pos, right, excerpt in particle_errors(text):
            rule = DI if right == "地" else DE
            what = "状语修饰动词" if right == "地" else "动词带补语"
            fix = Fix((Edit(i, pos, pos + 1, right),), f"改为“{right}”")
            out.append(rule.finding(f"“{excerpt}”中{what}，“的”应为“{right}”", i, pos, pos + 1,
                                    fix=fix))
        for pos, right, excerpt in swapped_particles(text):
            wrong = text[pos]
            fix = Fix((Edit(i, pos, pos + 1, right),), f"改为“{right}”")
            out.append(SWAP.finding(f"“{excerpt}”中“{wrong}”应为“{right}”", i, pos, pos + 1,
                                    fix=fix))
        for pos, excerpt in attributive_di(text):
            fix = Fix((Edit(i, pos, pos + 1, "的"),), "改为“的”")
            out.append(ATTR.finding(f"“{excerpt}”中形容词修饰名词性成分，“地”应为“的”", i, pos,
                                    pos + 1, fix=fix))
        for pos, excerpt in possessive_di(text):
            fix = Fix((Edit(i, pos, pos + 1, "的"),), "改为“的”")
            out.append(ATTR.finding(f"“{excerpt}”中表示领属，“地”应为“的”", i, pos, pos + 1,
                                    fix=fix))
    return out
