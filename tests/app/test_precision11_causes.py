"""False alarms found on a sixth set of unseen real pages (issue 13, precision11), each cause on
sentences written for this test: the legitimate shape stays quiet (each of these was reported
before the change), the look-alike mistake is still reported.
"""

from __future__ import annotations

import pytest

from tests.app.sentences import needs_lexicon, sentence_checks

TITLE = "关于2025年重点工作推进情况的报告"


found, _ = sentence_checks(TITLE)  # (rule, flagged text) of a family's findings


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    # the last half of a set phrase (相济 of 刚柔相济) after an adjective pair that fills the
    # phrase's first half as the dictionary's own phrase does: 宽严相济, not 相继
    "坚持宽严相济的刑事政策，依法从严惩处黑恶势力犯罪。",
    "推行宽严相济的柔性执法机制，推动治理模式向事前预防转型。",
    # a one-character verb and the object the paragraph gives to its other one-character verbs
    # in words of its own (治队 twice): 建队 is one more of them, not 舰队
    "严格落实“两严两准”建队要求，坚持依法治队、从严治队不放松。",
])
def test_phrase_frames_and_paragraph_objects_are_meant(sentence):
    assert found(sentence, "typo") == []


@needs_lexicon
@pytest.mark.parametrize(("sentence", "slip"), [
    # a subject before 相济 (各地, no adjective): the adverb 相继 was meant
    ("今年以来，各地相济出台了一批实施方案。", "相济"),
    # 队 stands after another verb only in a dictionary word (带队): no coinage of the paragraph
    ("东海建队开展联合演练，带队领导全程指挥。", "建队"),
    # 队 after another verb once only
    ("东海建队开展联合演练，坚持从严治队。", "建队"),
])
def test_the_look_alike_slips_are_still_found(sentence, slip):
    flagged = found(sentence, "typo")
    assert len(flagged) == 1 and flagged[0][0] == "typo/char" and slip in flagged[0][1]


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    # a unit and the title of its head (长): 一中队|中队长, the segmentation reads two words
    "消防救援一中队中队长带领队员开展夜间巡查。",
    # a surname and a doubled given name standing alone in a byline
    "本报讯（记者 李娜娜）全县防汛工作会议昨日召开。",
])
def test_a_head_title_and_a_doubled_given_name_are_no_repeats(sentence):
    assert found(sentence, "repeat") == []


@needs_lexicon
@pytest.mark.parametrize(("sentence", "rule", "extra"), [
    # the second 中队 begins no longer word
    ("全县各中队中队要加强夜间巡查。", "repeat/word", "中队"),
    # 水平|平: no name, inside a clause
    ("各乡镇要切实提升服务水平平。", "repeat/char", "平"),
    # 着力|着力点: a longer word, but no head of a unit (长)
    ("部分单位着力着力点不够精准。", "repeat/word", "着力"),
])
def test_the_look_alike_repeats_are_still_found(sentence, rule, extra):
    assert found(sentence, "repeat") == [(rule, extra)]
