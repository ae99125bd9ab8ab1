"""的/地/得 where jieba's tags hide the verb (app/rules/dedide_verbs.py, and the verbal nouns of
app/data/particle_words.txt): a verbal noun before a pronoun, a word after 逐一/逐项, a lone
one-character verb, an "X性" adverbial before a verb with its object, a verb pair ending in a
verbal noun jieba tags n, and a complement before a half-width clause mark. Sentences of our
own; the look-alikes keep their 的: noun phrases after a verb, a noun after the verbal noun, an
X性 attribute of a verb with no object, a verbal noun heading a noun phrase."""

from __future__ import annotations

import pytest

from tests.app.sentences import needs_lexicon, sentence_checks

pytestmark = needs_lexicon

flagged, fixed = sentence_checks("关于2026年机关作风建设情况的报告")


@pytest.mark.parametrize(("sentence", "right"), [
    # a verbal noun (vn) with a pronoun after it: the pronoun is its object
    ("党员干部要时刻自觉的监督自己。", "党员干部要时刻自觉地监督自己。"),
    ("他总是耐心的教育我们。", "他总是耐心地教育我们。"),
    # 逐 + a measure word is an adverbial only, whatever jieba tags the verb (核实 n)
    ("工作组对台账逐项的核实，确保数据准确。", "工作组对台账逐项地核实，确保数据准确。"),
    ("对困难群众逐户的走访摸底。", "对困难群众逐户地走访摸底。"),
    ("班子成员逐条的对照检查。", "班子成员逐条地对照检查。"),      # 对照检查: a rare word
    # a one-character verb left alone by the segmenter, with what follows it
    ("大家热情的帮他搬家。", "大家热情地帮他搬家。"),
    ("志愿者耐心的教老人使用手机。", "志愿者耐心地教老人使用手机。"),
    # X性 before a plain verb that has its object
    ("各支部要创新性的开展主题党日活动。", "各支部要创新性地开展主题党日活动。"),
])
def test_hidden_verb_after_an_adverbial_takes_di(sentence, right):
    assert fixed(sentence, "particle") == right


@pytest.mark.parametrize("sentence", [
    "在老师耐心的指导下完成了论文。",       # 指导 heads a noun phrase (n)
    "这是一次根本性的转变。",               # X性 + a verb with no object: a noun phrase
    "我们缺乏系统性的思考和谋划。",         # the X性 phrase is 缺乏's object
    "严格的管理制度是关键。",               # 管理 (vn) before a noun, not a pronoun
    "这是他认真的态度决定的。",             # 的 + a noun
    "他对工作热情的一面大家都看到了。",      # 一 is no verb
])
def test_a_noun_phrase_keeps_its_de(sentence):
    assert flagged(sentence, "particle") == []


@pytest.mark.parametrize(("sentence", "right"), [
    # a verb pair kept as one rare word, its last half a verbal noun jieba tags n (交流)
    ("部门之间协调交流的不够及时。", "部门之间协调交流得不够及时。"),
    ("对数据的来源核实的还不够仔细。", "对数据的来源核实得还不够仔细。"),
    # the clause ends at a half-width mark typed by mistake
    ("整改任务落实的不够到位;下一步要加强督导。", "整改任务落实得不够到位;下一步要加强督导。"),
])
def test_a_verb_jieba_tags_a_noun_takes_de2_before_its_complement(sentence, right):
    assert fixed(sentence, "particle") == right


@pytest.mark.parametrize("sentence", [
    "我们之间的交流很好。",                 # 的 + the noun 交流, the complement after it
    "他的核实工作很到位。",                 # 核实 qualifies 工作
    "会后的交流座谈不够充分。",             # no 的 after the verb
])
def test_the_noun_before_a_predicate_keeps_its_de(sentence):
    assert flagged(sentence, "particle") == []
