"""Causes found by the fourteenth blind set (recall15): each test is what a reader of the report
would mark, beside the look-alike a reader would leave alone. The sentences are new ones, not
the set's."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document
from tests.app.test_rules_blind13 import TITLE, marked, texts_of, title_rules

# --- hygiene: a percentage range without its first %, a weekday the calendar denies -----------

@pytest.mark.parametrize(("text", "span"), [
    ("全市空气优良天数比例提高15～20%。", "15～20%"),
    ("预计增幅在3.5-4.5%之间。", "3.5-4.5%"),
    ("出生率下降2至3‰。", "2至3‰"),
])  # fmt: skip
def test_a_percentage_range_missing_its_first_sign_is_marked(text, span):
    assert marked(text, "hygiene") == [("hygiene/percent-range", span)]


@pytest.mark.parametrize("text", [
    "全市空气优良天数比例提高15%～20%。",  # both signs
    "执行《2021－2025年规划》，完成率90%。",  # a year span, no %
    "依据GB/T 15834-2011，合格率98%。",  # a code
    "同比增长-3%的说法不规范。",  # a sign, no range (another rule's)
])  # fmt: skip
def test_whole_ranges_and_other_dashes_stay_silent(text):
    assert [r for r, _t in marked(text, "hygiene") if r == "hygiene/percent-range"] == []


def test_a_weekday_the_date_does_not_have_is_marked():
    # 2027-01-04 is a Monday
    assert marked("定于2027年1月4日（星期二）上午召开。", "hygiene") == \
        [("hygiene/weekday", "星期二")]
    assert marked("定于2027年1月4日周五下午报到。", "hygiene") == [("hygiene/weekday", "周五")]


@pytest.mark.parametrize("text", [
    "定于2027年1月4日（星期一）上午召开。",
    "定于2027年1月10日（星期日）报到。",
    "定于2027年1月10日（星期天）报到。",
    "定于1月4日（星期二）召开。",  # no year: not known
    "2027年2月30日（星期二）",  # no such date: not this check's
])  # fmt: skip
def test_right_weekdays_and_unknown_years_stay_silent(text):
    assert [r for r, _t in marked(text, "hygiene") if r == "hygiene/weekday"] == []


def test_a_question_mark_between_a_character_and_a_digit_is_a_lost_character():
    assert marked("配备救生?20件、抽水泵6台。", "hygiene") == [("hygiene/lost-char", "?")]
    assert marked("储备沙袋5000条?铁锹300把。", "hygiene") == [("hygiene/lost-char", "?")]
    assert marked("你知道吗?2026年起施行。", "hygiene") == []  # the clause asks


# --- title: 关于 + a second preposition, the event named twice before the 文种 ----------------

@pytest.mark.parametrize(("title", "span"), [
    ("××县人民政府关于按照省里部署开展林长制督查的通知", "关于按照"),
    ("关于依据新修订条例调整收费标准的通知", "关于依据"),
    ("关于针对汛期地质灾害加强巡查的通知", "关于针对"),
])  # fmt: skip
def test_about_with_a_second_preposition_is_marked(title, span):
    assert title_rules(title) == [("title/preposition", span)]


def test_the_event_named_twice_before_the_type_is_marked():
    assert title_rules("关于召开全县林长制工作推进会议的会议通知") == \
        [("title/repeated-type", "的会议通知")]


@pytest.mark.parametrize("title", [
    "关于召开全县林长制工作推进会议的通知",
    "关于在全县开展林长制督查的通知",  # 关于在 stands in the State Council's own titles
    "关于按期报送统计数据的通知",  # 按期, not 按照
    "××县会议中心关于会议室使用安排的通知",
])  # fmt: skip
def test_right_titles_stay_silent(title):
    assert title_rules(title) == []


# --- particle: a degree word makes an adjective; a modal's adverbial before a preposition; ----
# --- an extent (不同程度) before a verb ---------------------------------------------------------

@pytest.mark.parametrize(("text", "phrase"), [
    ("干部较系统的掌握了业务知识。", "系统的掌握"),
    ("不得擅自的向社会发布预警信息。", "擅自的向"),
    ("严禁随意的对经营户罚款。", "随意的对"),
    ("以上问题在各县都不同程度的存在。", "程度的存在"),
])  # fmt: skip
def test_de_before_a_predicate_is_marked(text, phrase):
    a = analyze(Document.from_lines([TITLE, text]), ["particle"])
    found = [(f.rule, text[f.start:f.end]) for f in a.findings if f.index == 1]
    assert found == [("particle/di", "的")]
    assert phrase in a.findings[0].message  # the message quotes the adverbial and what follows


@pytest.mark.parametrize("text", [
    "各项指标取得了一定程度的提高。",  # object of 取得
    "部分企业存在不同程度的问题。",  # a noun after 的
    "服务质量有较大程度的提升。",  # after 有
    "组织开展了较系统的培训。",  # object of 开展
    "严禁领导干部的亲属经商。",  # a noun phrase after 的, no preposition
])  # fmt: skip
def test_noun_phrases_with_de_stay_silent(text):
    assert marked(text, "particle") == []


# --- repeat: 请 typed twice ---------------------------------------------------------------------

def test_qing_typed_twice_is_marked():
    assert marked("请请各乡镇于月底前报送。", "repeat") == [("repeat/char", "请")]


@pytest.mark.parametrize("text", [
    "请请示分管领导后再答复。", "申请请假须提前一天。", "邀请请柬已发出。",
])  # fmt: skip
def test_qing_before_its_own_words_stays_silent(text):
    assert marked(text, "repeat") == []


# --- confusable: contexts that decide ------------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("今年森林防火形式复杂严峻。", "形式"),
    ("确保水库安全渡汛。", "渡"),
    ("问题线索移交区纪律检察委员会。", "检察"),
    ("少数干部存在畏难心里。", "心里"),
    ("第一时间相应群众诉求。", "相应"),
    ("积极相应上级号召。", "相应"),
    ("要给行政权利立规矩。", "权利"),
])  # fmt: skip
def test_confused_words_are_marked(text, word):
    assert texts_of(text, "confusable") == [word]


@pytest.mark.parametrize("text", [
    "宣传形式灵活多样。",
    "轮渡假日照常运行。",
    "检察机关依法开展法律监督。",
    "他心里很清楚这件事。",
    "根据情况及时相应调整措施。",
    "依法保障公民的各项权利。",
    "确保水库安全度汛。",
])  # fmt: skip
def test_right_uses_stay_silent(text):
    assert marked(text, "confusable") == []


# --- formulation: the seven aims of 法治政府 (纲要 2021－2025) and the six of 2015 ---------------

def test_a_changed_member_of_the_law_based_government_is_marked():
    text = "建设职能科学、权责法定、执法严明、公开公开、智能高效、廉洁诚信、人民满意的法治政府。"
    assert marked(text, "formulation") == [("formulation/member", "公开公开")]


@pytest.mark.parametrize("text", [
    "建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
    "加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。",  # 2015
])  # fmt: skip
def test_both_official_forms_stay_silent(text):
    assert marked(text, "formulation") == []
