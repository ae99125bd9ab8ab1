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


# --- misses: a fixed name with one character changed (习近平新世代中国特色社会主义思想) --------


@needs_lexicon
@pytest.mark.parametrize(("sentence", "typed"), [
    ("深入学习了习近平新世代中国特色社会主义思想和党的二十届四中全会精神。",
     "习近平新世代中国特色社会主义思想"),
    # the head of another fixed phrase (以习近平同志……) overlaps this one's
    ("坚持以习近平新时期中国特色社会主义思想为指导。", "习近平新时期中国特色社会主义思想"),
])
def test_a_long_fixed_phrase_with_one_character_changed_is_found(sentence, typed):
    assert found(sentence, "formulation") == [("formulation/wording", typed)]
    assert "习近平新时代中国特色社会主义思想" in fixed(sentence, "formulation")


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    # the change is within three characters of the phrase's head: a wording of its own
    "开创新时期中国特色社会主义事业新局面。",
    # … or of its tail
    "坚持以人民为中心的发展思路。",
    # two characters changed: another phrase
    "推进市域治理体系和治理水平现代化。",
    "深入学习习近平新时代中国特色社会主义思想。",
])
def test_other_wordings_near_a_fixed_phrase_are_left_alone(sentence):
    assert found(sentence, "formulation") == []


# --- misses: the year of a 发文字号 in other brackets than 〔〕 (许政办 [2021] 15号) ---------


@pytest.mark.parametrize(("sentence", "right"), [
    ("许政办 [2021] 15号", "许政办〔2021〕15号"),
    ("根据《国务院办公厅关于做好就业工作的通知》（国办发„2009‟3号）精神，现通知如下。",
     "根据《国务院办公厅关于做好就业工作的通知》（国办发〔2009〕3号）精神，现通知如下。"),
    ("按照财科教【2017】6号文件要求执行。", "按照财科教〔2017〕6号文件要求执行。"),
])
def test_a_document_number_year_in_the_wrong_brackets_is_found(sentence, right):
    assert [rule for rule, _ in found(sentence, "hygiene")] == ["hygiene/docnum-bracket"]
    assert fixed(sentence, "hygiene") == right


@pytest.mark.parametrize("sentence", [
    "按照国发〔2024〕5号文件要求执行。",
    # a court's case number opens with a round bracket
    "本院作出（2021）京01民初15号判决。",
    # no organ's code and 号: not a document number
    "详见附件[2021]第3批名单。",
])
def test_other_bracketed_years_are_left_alone(sentence):
    assert [r for r, _ in found(sentence, "hygiene") if r == "hygiene/docnum-bracket"] == []


# --- misses: a "?" for the ² or ³ of a unit of length (50km?的河流) ---------------------------


@pytest.mark.parametrize(("sentence", "lost"), [
    ("全市流域面积大于50km?的河流共36条。", "?"),
    ("新建标准化厂房3000m?，总投资200万元。", "?"),
])
def test_a_lost_superscript_after_a_unit_is_found(sentence, lost):
    assert found(sentence, "hygiene") == [("hygiene/lost-char", lost)]


def test_a_question_after_a_unit_is_left_alone():
    assert found("请问是否达到50km?", "hygiene") == []


# --- particle/di: "adjective 的 verb noun" counted by a measure word or taken by 珍惜 ---------


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    # a numeral and a measure word count the noun phrase (学习 qualifies 机会)
    "这是一次难得的学习机会。",
    "会后召开了一次认真的讨论会。",
    # the object of 珍惜, a verb jieba tags as an adjective
    "全体学员要珍惜难得的学习机会。",
])
def test_a_counted_or_governed_noun_phrase_keeps_de(sentence):
    assert found(sentence, "particle") == []


@needs_lexicon
@pytest.mark.parametrize(("sentence", "right"), [
    # 一次 is "once" when the verb takes 了
    ("他们一次认真的讨论了方案。", "他们一次认真地讨论了方案。"),
    # a doubled count is "one by one", an adverbial
    ("要一项一项认真的落实。", "要一项一项认真地落实。"),
    ("要一个一个认真的落实。", "要一个一个认真地落实。"),
    # no verb or count before the adjective
    ("要认真的学习文件精神。", "要认真地学习文件精神。"),
])
def test_an_adverbial_near_a_count_is_still_found(sentence, right):
    assert found(sentence, "particle") == [("particle/di", "的")]
    assert fixed(sentence, "particle") == right


# --- misses: 更好 as an adverbial before a preposition (更好的为群众服务) -----------------------


@needs_lexicon
@pytest.mark.parametrize(("sentence", "right"), [
    ("要不断学习，更好的为群众服务。", "要不断学习，更好地为群众服务。"),
    ("推动机关干部更好的向基层一线倾斜。", "推动机关干部更好地向基层一线倾斜。"),
])
def test_genghao_before_a_preposition_is_an_adverbial(sentence, right):
    assert found(sentence, "particle") == [("particle/di", "的")]
    assert fixed(sentence, "particle") == right


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    "为群众提供更好的服务。",  # a noun, the object of 提供
    "使技术条件得到更好的利用。",  # the object of 得到
    "让群众过上更好的生活。",
])
def test_genghao_in_a_noun_phrase_keeps_de(sentence):
    assert found(sentence, "particle") == []


# --- misses: 途经 (pass through) for 途径 (a way) after a word that qualifies a way -----------


@needs_lexicon
@pytest.mark.parametrize(("sentence", "right"), [
    ("通过宣传教育、设备改造等方法途经，提高了节能水平。",
     "通过宣传教育、设备改造等方法途径，提高了节能水平。"),
    ("这是化解矛盾的有效途经。", "这是化解矛盾的有效途径。"),
])
def test_tujing_as_a_way_is_found(sentence, right):
    assert found(sentence, "confusable") == [("confusable/word", "途经")]
    assert fixed(sentence, "confusable") == right


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    "该线路主要途经北京、天津等地。",  # the verb: the line passes through
    "这里是候鸟迁徙的重要途经地。",  # a place passed through
    "列车途经郑州站。",
])
def test_tujing_as_passing_through_is_left_alone(sentence):
    assert found(sentence, "confusable") == []
