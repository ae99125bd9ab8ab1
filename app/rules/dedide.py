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
from app.lexicon import available, lexicon, segments, word_indices, words
from app.model import Document
from app.rules.base import RuleInfo, data_lines, prose_paragraphs
from app.rules.dedide_contrast import contrast_complements, locative_verb
from app.rules.dedide_joined import (
    adjective_verb_pair,
    before_attribute_run,
    before_joined_attribute,
    joined_to_noun,
    manner_verb,
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
from app.rules.dedide_verbs import distributive, hidden_verb, property_adverbial, verb_pair
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

# Manner words that jieba does not tag "ad" but that only ever stand before a verb with 地 here.
MANNER = words("""积极 认真 切实 扎实 全面 深入 稳步 有效 大力 坚决 严格 主动 广泛 持续 逐步
充分 及时 彻底 科学 有序 稳妥 精准 密切 紧紧 牢牢 深刻 集中 统筹 创造性 有力 快速 迅速
高效 务实 合理 依法 妥善 热情 耐心 细致 悄悄 默默 静静 慢慢 轻轻 狠狠 努力 自觉 不断
坚定不移 毫不动摇 不折不扣 实事求是 有条不紊 一以贯之 持之以恒 锲而不舍 创造性 全方位 高质量
""")
# Nouns that a verb may modify (the 推进 of 推进作用): then 的 belongs to the noun phrase.
VERB_AS_MODIFIER = words("""作用 效果 意义 过程 方式 方法 力度 速度 机制 措施 成果 经验 态度
工作 情况 时候 时间 方面 问题 能力 水平 动力 基础 目标 任务 举措 行动 精神 力量 人 者""")
DEGREE = (r"(?:很|非常|十分|特别|比较|较为|较|不够|不太|不很|不大|过于|过分|太过|太|更加|更|"
          r"极为|极|相当|还不够|还不|还|越来越|不)")
EVALUATION = r"(?:好|到位|扎实|快|慢|深入|彻底|及时|充分|有效|明显|突出|出色|规范|严格|认真|全面|" \
             r"细致|顺利|圆满|不错|好看|清楚|透彻|积极|主动|实|细|深|透|准|稳|高|低|晚|早|紧|严|牢)"
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


def _words_in_data() -> dict[str, frozenset[str]]:
    """The sections of app/data/particle_words.txt: words jieba does not tag the way they work
    in official writing (verbs, adverbial idioms, complement idioms, one-character verbs)."""
    out: dict[str, frozenset[str]] = {}
    for line in data_lines("particle_words.txt"):
        if ":" in line:
            name, words_ = line.split(":", 1)
            out[name.strip()] = frozenset(words_.split())
    return out


_DATA = _words_in_data()
EXTRA_VERBS = _DATA.get("verbs", frozenset())
MANNER = MANNER | _DATA.get("manner", frozenset())
COMPLEMENT_IDIOMS = _DATA.get("complements", frozenset())
SINGLE_VERBS = _DATA.get("single_verbs", frozenset())
NOT_VERBS = _DATA.get("nouns", frozenset())
VERBAL_NOUNS = _DATA.get("verbal_nouns", frozenset())
PREPOSITIONS = _DATA.get("prepositions", frozenset())
# aspect particles between a verb and the noun phrase it takes (作出了全面的部署)
ASPECT = ("了", "过")

def _is_manner(word: str) -> bool:
    """An adverbial before 的 + verb: tagged ad, listed, an AABB form (切切实实), or two manner
    words in one token (严肃认真, 切实有效, 深入细致, 科学合理: jieba keeps such pairs as one
    untagged word)."""
    tags = lexicon().tags
    if tags.get(word) == "ad" or word in MANNER or word in ADVERBS_ONLY or manner_adverb(word):
        return True
    if distributive(word):
        return True  # 逐户地走访, 逐项地核对: 逐 + a measure word is an adverbial
        # (《现代汉语词典》 逐 副 "挨着（次序）"), before a verb as 一一 is
    if len(word) == 4 and word[0] == word[1] and word[2] == word[3] and word[0] != word[2]:
        return True  # AABB: 切切实实, 扎扎实实, 认认真真
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
                              split_pair(words[k - 2], prev, MANNER))
        if joined:  # a listed manner word jieba cuts in two: 有 | 针对性, 有 | 计划
            prev = words[k - 2] + prev
        verb = _verb_at(text, start + 1) or \
            hidden_verb(words, k, tags, _is_manner(prev))
        placed = "" if verb else locative_verb(words, k, text, start + 1, _is_manner(prev))
        verb = verb or placed  # 紧密的团结在……周围: the 在-phrase makes 团结 a verb
        if not verb and words[k + 1] in COVERBS and _is_manner(prev):
            verb = words[k + 1]  # 切实的把收益留给农民: 把 opens the verb's phrase
        opener = "" if verb or words[k + 1] not in OPENERS else \
            preposition_after_modal(words, k, _is_manner(prev))  # 严禁随意的对企业
        verb = verb or opener
        aspect = adjective_before_aspect(words, k, verb) if verb else ""
        if verb and not aspect and adjective_before_direction(words, k, verb):
            aspect = "object"  # 很好的发挥出来: a verb with a complement heads no noun phrase
        if opener or (verb and (aspect or placed or _is_manner(prev) or
                                property_adverbial(words, k, verb, tags) or
                                (prev == "程度" and extent_adverbial(words, k)) or
                                adjective_after_modal(words, k, text, start + 1 + len(verb)))
                      and (_adverb_only(words, k, text, start + 1 + len(verb)) or
                           not _attributive(words, k, verb_object=aspect != "object",
                                            prev_words=2 if joined else 1, text=text,
                                            verb_end=start + 1 + len(verb)))
                      and not relative_clause(words, k, tags, EXTRA_VERBS, MODALS)
                      and not _second_conjunct(words, k, kept)
                      and not joined_to_noun(words, k, text, start + 1 + len(verb),
                                             DEGREE_WORDS, tags, lexicon().freq, MANNER)
                      and (verb in COVERBS or
                           not _object_or_modified_noun(words, k, text,
                                                        start + 1 + len(verb)))):
            first = k - 2 if len(prev) == 1 or joined else k - 1  # 较好的完成: from 较
            out.append((start, "地", text[starts[first]:start + 1 + len(verb)]))
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


# Verbs of providing and laying down, whose object is a noun phrase only (《现代汉语词典》: 提供
# 动 "供给（意见、资料、物资、条件等）", 奠定 "使稳固安定", 打下, 营造, 创造, 搭建): after them
# "adjective + 地 + word ending the clause" is that noun phrase (提供了有力地保障, 奠定了坚实地
# 基础), never an adverbial and its verb.
GIVE_NOUN = words("提供 奠定 打下 营造 创造 搭建 筑牢 夯实 增添 注入")
# Conjunctions that join noun phrases (反复的学习与深入的思考); not 并, which joins predicates.
COORDINATORS = words("与 和 及 以及 或 或者 同")


def _second_conjunct(words: tuple[str, ...], k: int, kept: set[int]) -> bool:
    """The phrase is the second of two joined by a conjunction whose first, "… 的 + word", keeps
    its 的 (通过反复的学习与深入的思考, 良好的环境和积极的参与): the two are noun phrases alike,
    so this 的 stays too. When the first is a 的 that must be 地 (要认真的学习和深入的思考),
    so is this one."""
    if k >= 4 and words[k - 2] in COORDINATORS and words[k - 4] == "的" and (k - 4) in kept:
        return True
    # an item of an enumeration whose item before it keeps its 的 (最严谨的标准、最严格的监管、
    # 最严厉的处罚: the 四个最严 are noun phrases alike, whatever jieba tags 处罚)
    j = k - 2
    while j >= 0 and words[j] in DEGREE_WORDS:
        j -= 1
    if j < 1 or words[j] != "、":
        return False
    i = j - 1
    while i >= 0 and words[i] not in _ITEM_END and words[i] != "的":
        i -= 1
    return i >= 0 and words[i] == "的" and i in kept


_ITEM_END = frozenset("、，。；：！？")


def _verb_at(text: str, pos: int) -> str:
    """The verb that begins at ``pos`` (推进 in 推进改革), or "": a plain verb (tag v), or a verbal
    noun used as a verb (研究了)."""
    tags = lexicon().tags
    for n in (4, 3, 2):
        w = text[pos:pos + n]
        if len(w) < n:
            continue
        tag = tags.get(w)
        if (tag == "v" and w not in NOT_VERBS) or w in EXTRA_VERBS or \
                (tag == "vn" and text[pos + n:pos + n + 1] in ("了", "着", "过")
                 and text[pos + n:pos + n + 2] not in lexicon().freq):
            return w  # not 了解, 过程, 着力: 一次认真的检查了解情况 has no 了 after 检查
    return _single_verb_list(text, pos)


# One-character verbs listed with 、 (收、转、发; 查、改、建): a series of actions, the short
# form official prose gives a routine (文件的收、转、发). After a manner word and 的 the series
# is the predicate as one two-character verb would be (有效的收、转、发各类材料); two items
# at least, each a verb alone (tag v, or a listed single verb), and the series a whole word run
# (not 收支: a word of two characters begins no item).
_SINGLE_VERB_LIST = re.compile(r"[\u4e00-\u9fff](?:、[\u4e00-\u9fff])+")


def _single_verb_list(text: str, pos: int) -> str:
    m = _SINGLE_VERB_LIST.match(text, pos)
    if m is None:
        return ""
    tags = lexicon().tags
    items = m.group().split("、")
    if all(tags.get(c) == "v" or c in SINGLE_VERBS for c in items):
        return m.group()
    return ""


# 把 and 将 as words of their own bring the object before the verb (处置式, 《现代汉语八百词》):
# "manner word + 的 + 把 …" is an adverbial before that verb phrase (切实的把收益留给农民);
# 把握, 将来, 将士 are other words and never stand here as 把 or 将
COVERBS = ("把", "将")


# After a modal (要因地制宜的开展工作) these nouns are the verb's object, not a noun it modifies.
OBJECT_AFTER_MODAL = ("工作", "情况", "问题")


def _object_or_modified_noun(words: tuple[str, ...], k: int, text: str, pos: int) -> bool:
    """The verb after 的 modifies a noun (推进作用), unless a modal before the adverbial makes
    the whole a predicate: 要实事求是的反映情况 (反映 takes 情况 as its object)."""
    if not _modifies_noun(text, pos):
        return False
    after_modal = k >= 2 and _is_modal(words[k - 2])
    return not (after_modal and text.startswith(OBJECT_AFTER_MODAL, pos))


def _modifies_noun(text: str, pos: int) -> bool:
    """推进作用 / 推进的过程: the verb modifies what follows, so 的 belongs to a noun phrase."""
    return text[pos:pos + 1] == "的" or any(text.startswith(n, pos) for n in VERB_AS_MODIFIER)


# A numeral or demonstrative and a measure word (一次, 这种, 两项, 每个): what follows is a noun it
# counts, so "adjective + 的 + verb" after it is a noun phrase (这是一次难得的学习机会)
COUNTED = re.compile("[一二两三四五六七八九十几每这那该此][个次场项种批份堂件位名条届期轮回]")
MODALS = words("要 应 应当 应该 必须 需要 能 能够 会 将 可以 须 务必 要求 坚持 继续 进一步 更加 "
                   "切实 并 还 也 都 就 又 已 已经 正在 不断")
DEGREE_WORDS = words("更加 更为 更 十分 非常 很 最 较 比较 极为 特别 越来越")
# where the walk back over attributes side by side stops (dedide_joined.before_attribute_run)
_RUN_STOPS = MODALS | EXTRA_VERBS


def _attributive(words: tuple[str, ...], k: int, verb_object: bool = True,
                 prev_words: int = 1, text: str = "", verb_end: int = 0) -> bool:
    """The adjective before 的 belongs to a noun phrase, not to the verb after it: it is a
    predicate or an attribute (是积极的, 这种积极的, 一次难得的), or the object of a verb (or of a
    listed verb jieba tags otherwise: 珍惜难得的学习机会) before it
    (采取更加有力的举措, 加以有效的解决, 建立有效的节能管理), also with an aspect particle
    between (作出了全面的部署, 得到了有效的解决), or of a preposition (经过认真的讨论).
    ``verb_object`` False: the verb after 的 has an aspect particle (成功的举办了), so the phrase
    is no verb's object, whatever jieba tags the word before (展会 is tagged v). ``prev_words``:
    how many words the adjective before 的 spans (2 for 有 | 针对性). ``text``, ``verb_end``: the
    paragraph and the end of the verb after 的 (an adjective + verbal noun pair before the phrase
    takes it as its object where a noun follows that verb: dedide_joined item 5)."""
    j = k - 1 - prev_words
    while j >= 0 and (words[j] in DEGREE_WORDS or words[j] in ASPECT):
        j -= 1
    # an earlier attribute of the same noun, after its degree word (实现更加充分更高质量的就业:
    # 更加充分 and 更高质量 both qualify 就业, the object of 实现); what a degree word qualifies
    # is no verb here (jieba tags few adjectives: 公平 has no tag)
    tags = lexicon().tags
    while True:  # … and a first attribute joined by 和/、 (更加充分和更高质量的就业)
        while j >= 1 and words[j - 1] in DEGREE_WORDS and tags.get(words[j]) not in ("v", "vn"):
            j -= 2
        if (joined := before_joined_attribute(words, j, DEGREE_WORDS, tags)) == j:
            break
        j = joined
    j = before_attribute_run(words, j, tags, MANNER, _RUN_STOPS)  # 提供坚实有力的保障
    before = words[j] if j >= 0 else ""
    if before in PRONOUNS and j >= 1 and words[j - 1] in GIVE:
        return True  # the second object of a verb of giving: 带给我们深刻的启示
    if before in ("是", "种", "的") or before in PREPOSITIONS or \
            before == "把":  # 把最好的发挥出来: 把 takes the phrase with 的 (将 is also "will")
        return True
    # a numeral or demonstrative and a measure word count a noun (一次难得的学习机会), unless
    # the verb takes an aspect particle (一次认真的讨论了: 一次 is "once") or the count is
    # doubled (一项一项认真的落实: one by one)
    if COUNTED.fullmatch(before) and verb_object and not (j >= 1 and words[j - 1] == before):
        return True
    # a plain verb only: a verbal noun (tag vn: 培训, 监管, 服务) before the adverbial is the
    # subject's head (职工培训有序的推进), and the verbs that take "adjective + 的 + verb" as
    # their object (进行, 给予, 作出, 加以, 受到) are tagged v
    return verb_object and (tags.get(before) == "v" or before in EXTRA_VERBS or
                            manner_verb(before, tags, MANNER) or
                            (bool(text) and adjective_verb_pair(  # 丰富发展积极的就业政策
                                words, j, text, verb_end, tags, lexicon().freq, MANNER))
                            ) and not _is_modal(before)


# Words 《现代汉语词典》第7版 gives as adverbs only (副): they never qualify a noun, so after them
# 的 + a verb ending the clause is 地 even where a verb before could take a noun phrase
# (旅游收入稳步的增长: jieba tags 收入 v). Not 进一步, 切实, 大力, whose 的-phrases (进一步的工作,
# 切实的措施, 大力的支持) writers use as noun phrases.
ADVERBS_ONLY = words("稳步 逐步 逐渐 日益 尽快 尽早 逐年 及早 日渐")
# … unless the verb before is one whose object is such a phrase (保持稳步的增长, 实现逐步的提高):
# there the fix is to drop 的, not to change it
_PHRASE_OBJECT_VERBS = words("进行 给予 加以 作出 做出 得到 受到 实现 保持 取得 获得 有 是")
_CLAUSE_END = re.compile(CLAUSE_ENDS)


def _adverb_only(words: tuple[str, ...], k: int, text: str, end: int) -> bool:
    """An adverb-only word before 的 + a verb that ends the clause, no verb taking it as object."""
    return words[k - 1] in ADVERBS_ONLY and bool(_CLAUSE_END.match(text, end)) and \
        not (k >= 2 and words[k - 2] in _PHRASE_OBJECT_VERBS)


def _is_modal(word: str) -> bool:
    """A modal, also negated (未能, 不能, 没能, 不会: 未能及时的发现 is 未能 + an adverbial + a
    verb, not a verb taking a noun phrase)."""
    return word in MODALS or (len(word) >= 2 and word[0] in "未不没" and word[1:] in MODALS)


# Verbs that take two objects (a person, then a thing: 带给我们深刻的启示, 给予群众切实的帮助):
# after the person, "adjective + 的 + word" is the thing, a noun phrase. A closed class
# (《现代汉语八百词》 双宾语动词); the pronouns and collective nouns that stand as the person.
GIVE = words("给 带给 给予 留给 交给 送给 赋予 教给 告诉 提供给 还给 献给 寄予 给了 带给了")
PRONOUNS = words("我们 我 你们 你 他们 他 她们 她 大家 人们 群众 全党 全国人民 人民 后人 自己")
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
                verb = _verb_at(text, pos + 1) or next(
                    (w for w in (text[pos + 1:pos + 3],) if tags.get(w) == "vn"), "")
                if not verb and words[k + 1] in PREPOSITION_OPENERS:
                    verb = words[k + 1]  # 严格得按照程序: a preposition opens the verb's phrase
                if len(prev) >= 2 and _is_manner(prev) and len(verb) >= 2 \
                        and not text.startswith(_CAUSATIVE, pos + 1) \
                        and not _modifies_noun(text, pos + 1 + len(verb)):
                    out.append((pos, "地", text[starts[k - 1]:pos + 1 + len(verb)]))
            elif ((len(prev) >= 2 and tags.get(prev) == "v") or prev in SINGLE_VERBS) \
                    and (complement := _COMPLEMENT.match(text, pos + 1)):
                out.append((pos, "得", text[starts[k - 1]:complement.end()]))
    return tuple(sorted(out))


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    # (imported here: dedide_attr reads this module's word lists)
    from app.rules.dedide_attr import attributive_di

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
    return out
