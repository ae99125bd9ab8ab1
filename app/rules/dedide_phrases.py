"""The word lists of the 的/地/得 checks (app/rules/dedide.py) and its tests of a noun phrase:
whether "adjective + 的 + word" belongs to a noun phrase (the object of a verb before it, a
counted noun, an attribute of the noun after it) rather than being an adverbial before a verb.
Shared with dedide_attr (地 that should be 的) and the typo search's verb list."""

from __future__ import annotations

import re

from app.lexicon import lexicon, words
from app.rules.base import data_lines
from app.rules.dedide_joined import (
    adjective_verb_pair,
    before_attribute_run,
    before_joined_attribute,
    manner_verb,
)
from app.rules.dedide_slots import CLAUSE_ENDS

# Manner words that jieba does not tag "ad" but that only ever stand before a verb with 地 here.
MANNER = words("""积极 认真 切实 扎实 全面 深入 稳步 有效 大力 坚决 严格 主动 广泛 持续 逐步
充分 及时 彻底 科学 有序 稳妥 精准 密切 紧紧 牢牢 深刻 集中 统筹 创造性 有力 快速 迅速
高效 务实 合理 依法 妥善 热情 耐心 细致 悄悄 默默 静静 慢慢 轻轻 狠狠 努力 自觉 不断
坚定不移 毫不动摇 不折不扣 实事求是 有条不紊 一以贯之 持之以恒 锲而不舍 创造性 全方位 高质量
""")
# Nouns that a verb may modify (the 推进 of 推进作用): then 的 belongs to the noun phrase.
VERB_AS_MODIFIER = words("""作用 效果 意义 过程 方式 方法 力度 速度 机制 措施 成果 经验 态度
工作 情况 时候 时间 方面 问题 能力 水平 动力 基础 目标 任务 举措 行动 精神 力量 人 者""")
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
OBJECT_VERBS = _DATA.get("object_verbs", frozenset())
# aspect particles between a verb and the noun phrase it takes (作出了全面的部署)
ASPECT = ("了", "过")


# Verbs of providing and laying down, whose object is a noun phrase only (《现代汉语词典》: 提供
# 动 "供给（意见、资料、物资、条件等）", 奠定 "使稳固安定", 打下, 营造, 创造, 搭建): after them
# "adjective + 地 + word ending the clause" is that noun phrase (提供了有力地保障, 奠定了坚实地
# 基础), never an adverbial and its verb.
GIVE_NOUN = words("提供 奠定 打下 营造 创造 搭建 筑牢 夯实 增添 注入")
# Conjunctions that join noun phrases (反复的学习与深入的思考); not 并, which joins predicates.
COORDINATORS = words("与 和 及 以及 或 或者 同")


def second_conjunct(words: tuple[str, ...], k: int, kept: set[int]) -> bool:
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


def verb_at(text: str, pos: int) -> str:
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
# The nouns of VERB_AS_MODIFIER that an object verb (particle_words.txt) takes as its object:
# not those that name how or when (方法, 方式, 过程, 时间, 速度), a report on it (情况) or a doer
# (人, 者), which also follow such a verb inside a noun compound (完成情况, 提高方法).
VO_NOUNS = tuple(VERB_AS_MODIFIER - words("方法 方式 过程 时候 时间 方面 速度 情况 人 者"))


def object_or_modified_noun(words: tuple[str, ...], k: int, text: str, pos: int,
                            verb: str = "") -> bool:
    """The verb after 的 modifies a noun (推进作用), unless a modal before the adverbial makes
    the whole a predicate: 要实事求是的反映情况 (反映 takes 情况 as its object), or the verb is
    one that takes the noun as its object and modifies none (积极的发挥作用, 认真的开展工作)."""
    if not modifies_noun(text, pos):
        return False
    if verb in OBJECT_VERBS and text.startswith(VO_NOUNS, pos):
        return False
    after_modal = k >= 2 and _is_modal(words[k - 2])
    return not (after_modal and text.startswith(OBJECT_AFTER_MODAL, pos))


def modifies_noun(text: str, pos: int) -> bool:
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


def attributive(words: tuple[str, ...], k: int, verb_object: bool = True,
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


def adverb_only(words: tuple[str, ...], k: int, text: str, end: int) -> bool:
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
