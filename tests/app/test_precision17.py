"""False alarms found on an eleventh set of unseen real pages (issue 13, precision17), each cause
on sentences written for this test: the legitimate shape stays quiet (reported before the change),
the look-alike mistake is still reported.
"""

from __future__ import annotations

import pytest

from tests.app.sentences import needs_lexicon, sentence_checks

TITLE = "关于加强制度建设工作情况的报告"

found, fixed = sentence_checks(TITLE)  # (rule, flagged text) of a family's findings


# --- typo/char: the 有……可…… frame filled with the writer's own noun (有规可依) -------------


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    # 有 + a noun + 可 + a verb the dictionary puts in the frame (有法可依): 可依 is no slip of 可以
    "确保各项工作有规可依。",
    # … with 无
    "改变过去无规可依的局面。",
])
def test_a_possibility_frame_is_not_a_slip(sentence):
    assert found(sentence, "typo") == []


@needs_lexicon
@pytest.mark.parametrize(("sentence", "right"), [
    # a slip inside the frame that the correction makes a dictionary phrase
    ("坚决防止不法分子有机可趁。", "坚决防止不法分子有机可乘。"),
    ("做到有法可衣、有法必依。", "做到有法可依、有法必依。"),
    # 可依 outside the frame
    ("我们可依在月底前完成。", "我们可以在月底前完成。"),
])
def test_a_slip_in_or_beside_the_frame_is_still_found(sentence, right):
    assert [rule for rule, _ in found(sentence, "typo")] == ["typo/char"]
    assert fixed(sentence, "typo") == right


# --- typo/char: 暨 joining a meeting to a numbered one (工作会暨三届二次职代会) ---------------


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    # the noun before 暨 is cut to one character (会), a numbered session follows
    "召开全县教育工作会暨三届四次教代会。",
    # … an ordinal
    "会议决定召开年会暨第二届理事会。",
])
def test_a_conjunction_before_a_numbered_name_is_meant(sentence):
    assert found(sentence, "typo") == []


@needs_lexicon
def test_a_slip_of_kuaiji_running_into_its_noun_is_still_found():
    sentence = "财务会暨人员要严格执行制度。"
    assert found(sentence, "typo") == [("typo/char", "会暨")]
    assert fixed(sentence, "typo") == "财务会计人员要严格执行制度。"


# --- typo/char: the noun counted after an approximate number's 多 (7点多钟) ----------------


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    # a numeral, the measure 点, 多 "more than", and 钟
    "会议于下午3点多钟结束。",
    "他每天早上六点多钟就到岗。",
])
def test_the_noun_after_an_approximate_count_is_meant(sentence):
    assert found(sentence, "typo") == []


@needs_lexicon
@pytest.mark.parametrize(("sentence", "right"), [
    # no numeral before 多
    ("为群众提供多钟服务。", "为群众提供多种服务。"),
    # a numeral but no measure word: 钟 stands for the measure 种
    ("全县共有三十多钟特色产品。", "全县共有三十多种特色产品。"),
])
def test_a_slip_of_duozhong_is_still_found(sentence, right):
    assert found(sentence, "typo") == [("typo/char", "多钟")]
    assert fixed(sentence, "typo") == right


# --- typo/char: the head of a three-character abbreviation after its level (县资规局) -------


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    # 县 + 资规局 (自然资源和规划局): 规局 is no slip of 规矩
    "县资规局负责土地审批。",
    "由市资规局牵头办理。",
])
def test_the_head_of_a_body_abbreviation_is_meant(sentence):
    assert found(sentence, "typo") == []


@needs_lexicon
@pytest.mark.parametrize(("sentence", "flagged", "right"), [
    # no level before it: a slip of 规矩
    ("全体党员要守规局。", "规局", "全体党员要守规矩。"),
    # after a level, but the slip is not in the head character
    ("县财正局负责资金拨付。", "正局", "县财政局负责资金拨付。"),
])
def test_a_slip_near_a_body_name_is_still_found(sentence, flagged, right):
    assert found(sentence, "typo") == [("typo/char", flagged)]
    assert fixed(sentence, "typo") == right
