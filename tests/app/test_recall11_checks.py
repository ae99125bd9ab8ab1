"""Causes found by the eleventh blind set (recall11): each test is what a reader of the report
would mark, beside the look-alike a reader would leave alone."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document

TITLE = "关于2026年重点工作推进情况的报告"


def marked(sentence: str, family: str) -> list[tuple[str, str]]:
    """(rule, marked text) of each finding of ``family`` in ``sentence`` (after a title)."""
    a = analyze(Document.from_lines([TITLE, sentence]), [family])
    return [(f.rule, sentence[f.start:f.end]) for f in a.findings if f.index == 1]


def titled(*lines: str) -> list[tuple[str, str]]:
    """(rule, marked text) of the title findings of a document of ``lines``."""
    a = analyze(Document.from_lines(list(lines)), ["title"])
    return [(f.rule, lines[f.index][f.start:f.end]) for f in a.findings]


# --- a year in Chinese digits with 零 (GB/T 15835-2011: 〇 for a number used as a label) -------

def test_a_year_written_with_ling_is_marked():
    assert marked("（二零二六年五月十二日）", "hygiene") == [("hygiene/year-zero", "二零二六")]
    assert marked("早在一九九零年就已建成。", "hygiene") == [("hygiene/year-zero", "一九九零")]


@pytest.mark.parametrize("text", [
    "（二〇二六年五月十二日）",  # the right form
    "到两千零五十年基本实现。",  # a quantity in words, with 千
    "共有三千零五十二人参加。",
    "第二零二六号文件。",  # no 年 after it
])  # fmt: skip
def test_years_and_quantities_that_are_right_stay_silent(text):
    assert [r for r, _ in marked(text, "hygiene") if r == "hygiene/year-zero"] == []


# --- a time range with its unit on both ends, a half-width tilde (GB/T 15834-2011 4.13.3) -------

@pytest.mark.parametrize(("text", "span"), [
    ("摸底调查阶段（2026年1月-2月）。", "1月-2月"),
    ("主汛期为6月1日-8月31日。", "1日-8月"),
    ("规划期为2021年-2025年。", "2021年-2025年"),
    ("部分审批事项仍需3~5个工作日。", "3~5"),
])  # fmt: skip
def test_range_written_with_a_hyphen_or_tilde_is_marked(text, span):
    assert marked(text, "punctuation") == [("punctuation/range-dash", span)]


@pytest.mark.parametrize("text", [
    "摸底调查阶段（2026年1—2月）。",  # 一字线: right
    "评估于2026年6月～7月开展。",  # 浪纹线: right
    "截至2026年-3月的数字有误。",  # the end in a finer unit: no range
    "从5月-3月倒排工期。",  # a later time first: no range
    "标准编号为GB 50180-2018。",
])  # fmt: skip
def test_ranges_written_right_or_no_ranges_stay_silent(text):
    assert [r for r, _ in marked(text, "punctuation") if r == "punctuation/range-dash"] == []


# --- 文种 belied by the document, 的 missing, 《》 around an activity ---------------------------

def test_a_notice_that_reports_up_and_a_letter_that_notifies_are_marked():
    assert titled("丰阳县卫生健康局关于医共体建设进展情况的通知", "县人民政府：",
                  "现将全县医共体建设进展情况报告如下。") == [("title/wrong-type", "通知")]
    assert titled("丰阳县人民政府关于做好统计执法检查工作的函", "各乡镇人民政府：",
                  "现将有关事项通知如下。") == [("title/wrong-type", "函")]
    assert titled("关于2026年防汛工作情况的报告", "县人民政府：",
                  "现就有关事项请示如下。") == [("title/wrong-type", "报告")]


def test_a_letter_that_notifies_is_told_not_warned():
    # a 函 slipping into 通知如下 is common usage (info); a 通知 that reports up is a warning
    lines = ["关于做好统计执法检查工作的函", "各乡镇：", "现将有关事项通知如下。"]
    (f,) = analyze(Document.from_lines(lines), ["title"]).findings
    assert f.severity == "info"
    lines = ["关于医共体建设进展情况的通知", "县人民政府：", "现将有关情况报告如下。"]
    (f,) = analyze(Document.from_lines(lines), ["title"]).findings
    assert f.severity == "warning"


def test_openings_that_fit_their_wenzhong_stay_silent():
    assert titled("关于做好统计执法检查工作的通知", "各乡镇：", "现将有关事项通知如下。") == []
    # a 请示 may report the situation before it asks
    assert titled("关于拨付防汛抢险资金的请示", "县人民政府：", "现将有关情况报告如下。") == []
    assert titled("关于2026年统计执法检查情况的通报", "各乡镇：", "现将检查情况通报如下。") == []


def test_a_resolution_issued_by_an_office_is_marked():
    assert titled("丰阳县应急管理局关于调整应急物资储备标准的决议", "局机关各股室：",
                  "经研究，决定调整储备标准。") == [("title/wrong-type", "决议")]
    assert titled("丰阳县人民政府关于设立生态保护基金的决议", "各乡镇：", "经研究，决定设立。") == \
        [("title/wrong-type", "决议")]


@pytest.mark.parametrize("title", [
    "丰阳县第十八届人民代表大会第五次会议关于政府工作报告的决议",
    "中共丰阳县委关于制定国民经济和社会发展第十五个五年规划的建议的决议",
    "丰阳县应急管理局关于调整应急物资储备标准的决定",
])  # fmt: skip
def test_resolutions_of_meetings_and_decisions_of_offices_stay_silent(title):
    found = titled(title, "各乡镇：", "经研究，决定如下。")
    assert [r for r, _ in found if r == "title/wrong-type"] == []


def test_a_title_without_de_before_its_wenzhong_is_marked():
    assert titled("丰阳县人民政府办公室关于加强老旧小区改造施工安全管理工作通知", "各街道办事处：",
                  "现将有关事项通知如下。") == [("title/no-de", "通知")]


@pytest.mark.parametrize("title", [
    "关于加强老旧小区改造施工安全管理工作的通知",
    "关于加强汛期值班值守的紧急通知",
    "关于全县防汛工作会议纪要",
    "关于印发《老旧小区改造实施方案》的通知",
])  # fmt: skip
def test_titles_with_de_or_of_a_kind_without_it_stay_silent(title):
    found = titled(title, "各单位：", "现将有关事项通知如下。")
    assert [r for r, _ in found if r == "title/no-de"] == []


def test_book_title_marks_around_an_activity_are_marked():
    assert titled("丰阳县发展和改革局关于开展《2026年上半年营商环境评估》工作的通知", "各单位：",
                  "现将有关事项通知如下。") == \
        [("title/punctuation", "《2026年上半年营商环境评估》")]


@pytest.mark.parametrize("title", [
    "关于开展《中华人民共和国民法典》学习宣传活动的通知",  # a law
    "关于印发《2026年上半年营商环境评估方案》的通知",  # a document
    "关于开展2026年上半年营商环境评估工作的通知",  # no marks
])  # fmt: skip
def test_book_title_marks_around_documents_stay_silent(title):
    assert [r for r, _ in titled(title, "各单位：", "现将有关事项通知如下。")
            if r == "title/punctuation"] == []


# --- confusable words: 既……又……, 截留, 权力清单 ---------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("坚持即要立足当前解决具体问题，又要着眼长远完善制度。", "即"),
    ("个别单位截流挪用专项资金。", "截流"),
    ("全面公开行政权利清单和责任清单。", "权利"),
    ("公开权利清单和责任清单。", "权利"),
])  # fmt: skip
def test_confused_words_in_a_deciding_context_are_marked(text, word):
    assert marked(text, "confusable") == [("confusable/word", word)]


@pytest.mark.parametrize("text", [
    "这即要求我们既要抓发展，又要抓安全。",  # 即 = 就, then 既……又……
    "会后随即要开会，又要出差。",
    "已将截留的养护资金归还原渠道。",
    "工程截流顺利完成，又要抓紧导流。",
    "依法保障公民权利，公开权利清单和义务清单。",
])  # fmt: skip
def test_the_right_member_of_each_pair_stays_silent(text):
    assert marked(text, "confusable") == []


# --- formulations: a slogan half with the same ending, a whole list reordered, a kept half -------

def test_a_changed_half_with_the_slogans_own_ending_is_marked():
    assert marked("我们必须坚持人民至上、安全至上，宁可十防九空。", "formulation") == \
        [("formulation/member", "安全至上")]


@pytest.mark.parametrize("text", [
    "坚持人民至上、生命至上。",
    "坚持敢于斗争、敢于胜利。",  # another slogan beside the half
    "发扬不怕疲劳、连续作战的作风。",
])  # fmt: skip
def test_slogans_written_right_or_beside_others_stay_silent(text):
    assert marked(text, "formulation") == []


def test_a_whole_list_reordered_with_its_name_later_in_the_sentence_is_marked():
    text = "坚持法治化、市场化、国际化方向，对标全国营商环境评价先进城市。"
    assert marked(text, "formulation") == [("formulation/order", "法治化、市场化、国际化")]


def test_another_list_sharing_two_members_stays_silent():
    assert marked("推进市场化、法治化、专业化改革，优化营商环境。", "formulation") == []


def test_a_member_changed_but_half_kept_is_marked_without_the_name():
    assert marked("深化简政放权、放管并重、优化服务改革。", "formulation") == \
        [("formulation/member", "放管并重")]


@pytest.mark.parametrize("text", [
    "鼓励、扶持、引导农民工返乡创业。",  # two-character members: another list
    "推进简政放权、减税降费、优化服务。",  # the odd item keeps no half of 放管结合
    "深化简政放权、放管结合、优化服务改革。",
])  # fmt: skip
def test_lists_that_need_their_name_stay_silent_without_it(text):
    assert marked(text, "formulation") == []


# --- sourced formulations (formulations.json: 审计监督体系, 分级诊疗, 藏粮于地, 老旧小区三类) ---

@pytest.mark.parametrize(("text", "rule", "span"), [
    ("按照构建全面覆盖、集中统一、权威高效的审计监督体系的要求。", "formulation/order",
     "全面覆盖、集中统一、权威高效"),
    ("按照基层首诊、双向转诊、上下联动、急慢分治的要求。", "formulation/order",
     "基层首诊、双向转诊、上下联动、急慢分治"),
    ("深入实施藏粮于田、藏粮于技战略。", "formulation/member", "藏粮于田"),
    ("改造内容分为基础类、提升类、完善类三类。", "formulation/order", "基础类、提升类、完善类"),
])  # fmt: skip
def test_sourced_formulations_written_wrong_are_marked(text, rule, span):
    assert marked(text, "formulation") == [(rule, span)]


@pytest.mark.parametrize("text", [
    "构建集中统一、全面覆盖、权威高效的审计监督体系。",
    "构建党统一指挥、全面覆盖、权威高效的监督体系。",  # 十九届四中全会's own 监督体系 wording
    "做好全面覆盖、集中统一的工作。",
    "逐步实现基层首诊、双向转诊。",  # a partial quotation
    "深入实施藏粮于地、藏粮于技战略。",
    "改造内容分为基础类、完善类和提升类。",
    "培训课程分为基础类、提升类、完善类三个模块。",  # another list, without the name
])  # fmt: skip
def test_sourced_formulations_written_right_or_elsewhere_stay_silent(text):
    assert marked(text, "formulation") == []
