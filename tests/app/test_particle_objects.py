"""的/地 before a verb and its object (app/rules/dedide_phrases.object_or_modified_noun): after
"认真的", "积极的" a verb that takes 作用, 工作, 措施, 任务, 力度 … as its object is the predicate
(积极的发挥作用 → 积极地发挥作用), while a verb that also modifies such a noun keeps the noun
phrase (积极的推动作用, 很好的示范作用). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.app.sentences import needs_lexicon, sentence_checks

flagged, fixed = sentence_checks("关于2026年度基层治理工作情况的报告")

pytestmark = needs_lexicon


@pytest.mark.parametrize("sentence, right", [
    ("社区党委积极的发挥作用，群众满意度明显提高。",
     "社区党委积极地发挥作用，群众满意度明显提高。"),
    ("各村认真的开展工作，按时完成了年度目标。", "各村认真地开展工作，按时完成了年度目标。"),
    ("面对汛情，各部门迅速的采取措施，确保了群众安全。",
     "面对汛情，各部门迅速地采取措施，确保了群众安全。"),
    ("全体干部认真的完成任务，没有一项工作拖后腿。",
     "全体干部认真地完成任务，没有一项工作拖后腿。"),
    ("执法大队持续的加大力度，违法建设明显减少。", "执法大队持续地加大力度，违法建设明显减少。"),
    ("各单位要主动的承担责任，不得推诿扯皮。", "各单位要主动地承担责任，不得推诿扯皮。"),
])
def test_an_adverbial_before_a_verb_and_its_object_takes_di(sentence, right):
    assert [rule for rule, _text in flagged(sentence, "particle")] == ["particle/di"]
    assert fixed(sentence, "particle") == right


@pytest.mark.parametrize("sentence", [
    "这一做法对周边乡镇起到了积极的推动作用。",  # a verb before: the phrase is its object
    "示范户发挥了很好的示范作用。",
    "这种积极的推进作用不可低估。",  # a demonstrative: a noun phrase
    "取得的成绩离不开各级党委积极的推动作用。",  # the object of 离不开
    "今年的完成情况良好，明年的提高方法还要研究。",  # 情况, 方法 follow such verbs in compounds
    "我们对这次认真的完成过程作了记录。",
    "他是认真的，开展工作一丝不苟。",  # 是…的: no adverbial at all
])
def test_a_noun_phrase_keeps_its_de(sentence):
    assert flagged(sentence, "particle") == []


@pytest.mark.parametrize("sentence, rule", [
    ("年终各股室认真的总结了经验，查找了不足。", "particle/di"),
    ("全年工作总结的还不够深入，问题查找不准。", "particle/de"),
])
def test_zongjie_is_a_verb_jieba_leaves_untagged(sentence, rule):
    """总结 (现汉 动 "把一段时间内的工作等加以回顾、分析"): jieba gives it no tag."""
    assert [r for r, _text in flagged(sentence, "particle")] == [rule]


@pytest.mark.parametrize("sentence", [
    "通过认真的总结，我们找到了差距。",
    "年终对全年工作进行了全面的总结。",
])
def test_zongjie_as_a_noun_keeps_its_de(sentence):
    assert flagged(sentence, "particle") == []


@pytest.mark.parametrize("sentence", [
    "调研中我们深深的感到，基层减负任务依然艰巨。",
    "全年招商引资额远远的超过了年初确定的目标。",
])
def test_a_doubled_adjective_before_a_verb_takes_di(sentence):
    """AA of an adjective (深深, 远远) before a verb is its manner (现汉: 深深 "形容程度很深")."""
    assert [r for r, _text in flagged(sentence, "particle")] == ["particle/di"]


@pytest.mark.parametrize("sentence", [
    "这是一条长长的路，需要一代代人接力奋斗。",
    "沙滩上留下了深深的脚印。",
    "我们要给予违法犯罪分子重重的打击。",
])
def test_a_doubled_adjective_before_a_noun_keeps_de(sentence):
    assert flagged(sentence, "particle") == []
