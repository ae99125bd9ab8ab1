"""Causes found by the thirteenth blind set (recall13): each test is what a reader of the report
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


def texts_of(sentence: str, family: str) -> list[str]:
    return [t for _r, t in marked(sentence, family)]


def title_rules(title: str) -> list[tuple[str, str]]:
    a = analyze(Document.from_lines([title, "", "正文。"]), ["title"])
    return [(f.rule, title[f.start:f.end]) for f in a.findings if f.index == 0]


# --- a closed list with a member changed, the item running on into the sentence ---------------

def test_a_changed_last_member_of_a_three_member_list_is_marked():
    # 《安全生产法》第三条: 安全第一、预防为主、综合治理
    assert marked("始终坚持安全第一、预防为主、综合整治的方针。", "formulation") == \
        [("formulation/member", "综合整治")]


def test_two_members_with_their_heads_swapped_are_both_marked():
    # 四个最严: 最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责
    assert texts_of("为落实“最严格的标准、最严谨的监管、最严厉的处罚、最严肃的问责”要求。",
                    "formulation") == ["最严格的标准", "最严谨的监管"]


@pytest.mark.parametrize("text", [
    "始终坚持安全第一、预防为主、综合治理的方针。",  # the law's words
    "坚持预防为主、防治结合、综合治理的方针。",  # another law's 方针: no member in its place
    "落实最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责。",
    "坚持安全第一、预防为主，全面加强监管。",  # two members only
])  # fmt: skip
def test_the_right_lists_and_other_lists_stay_silent(text):
    assert marked(text, "formulation") == []


def test_two_parts_swapped_across_he_in_a_fixed_phrase_are_marked():
    # 党中央权威和集中统一领导 (《关于加强党的政治建设的意见》, 2019): 权威 and 集中 swapped
    assert [r for r, _t in marked("坚决维护党中央集中和权威统一领导。", "formulation")] == \
        ["formulation/order"]
    assert marked("坚决维护党中央权威和集中统一领导。", "formulation") == []


# --- a phrase or a clause pasted twice ---------------------------------------------------------

def test_two_words_written_twice_are_marked():
    assert marked("部分指标部分指标量化程度不高。", "repeat") == [("repeat/word", "部分指标")]
    assert marked("各地普遍高度重视高度重视，严格落实。", "repeat") == \
        [("repeat/word", "高度重视")]


def test_a_clause_pasted_twice_is_marked():
    text = "建立县级项目库，没有入库的项目一律不得安排资金，没有入库的项目一律不得安排资金。"
    assert marked(text, "repeat") == [("repeat/word", "，没有入库的项目一律不得安排资金")]


@pytest.mark.parametrize("text", [
    "一步一步地推进，一点一点地积累。",  # 一 + measure word doubled
    "要研究研究，讨论讨论。",  # ABAB of trying
    "好好学习，天天向上。",  # AABB
    "没有入库的项目不得安排资金，入库的项目也要严格审核。",  # two clauses alike, not the same
    "加强监管，加强服务。",  # short parallel clauses
])  # fmt: skip
def test_reduplication_and_parallel_clauses_stay_silent(text):
    assert marked(text, "repeat") == []


# --- 的 before a verb: a comparison, 把, a negated modal, a complement of direction ------------

@pytest.mark.parametrize(("text", "phrase"), [
    ("监测对象风险消除率比上年明显的提高。", "的"),  # 比 + what is compared needs a predicate
    ("要切实的把产业增值收益更多留给农民。", "的"),  # 把 opens the verb's phrase
    ("实时监控作用没有很好的发挥出来。", "的"),  # a verb with 出来 heads no noun phrase
    ("校园周边治安隐患未能及时的发现和处置。", "的"),  # 未能 is a modal
])  # fmt: skip
def test_de_before_a_verb_phrase_is_marked(text, phrase):
    assert marked(text, "particle") == [("particle/di", phrase)]


@pytest.mark.parametrize("text", [
    "比上年有明显的提高。",  # 有 takes the noun phrase
    "要把最好的发挥出来。",  # 把 takes 最好的
    "要有切实的把握。",  # 把握 is a noun
    "没有很好的办法。",  # a noun after 的
    "他未能取得明显的成效。",  # 取得 takes the noun phrase
])  # fmt: skip
def test_noun_phrases_with_de_stay_silent(text):
    assert marked(text, "particle") == []


# --- a year with an Arabic 0 or a Latin O among Chinese digits -----------------------------------

def test_a_year_with_an_arabic_zero_is_marked():
    assert marked("二0二六年五月十二日", "hygiene") == [("hygiene/year-zero", "二0二六")]
    assert marked("二O二五年十二月", "hygiene") == [("hygiene/year-zero", "二O二五")]


@pytest.mark.parametrize("text", ["二〇二六年五月十二日", "2026年5月12日", "第1000年", "一0一年"])
def test_right_years_stay_silent(text):
    assert "hygiene/year-zero" not in [r for r, _t in marked(text, "hygiene")]


# --- confusable words read by their grammar ------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("按照管行业必需管安全的原则。", "必需"),  # 必需 before a verb
    ("这是完成任务所必需具备的条件。", "必需"),
    ("新修订的补助办法既将出台。", "既将"),  # 既将 with no 又/也
    ("城西片区养老服务中心，已于今年3月正式起用。", "起用"),  # a thing's 起用
])  # fmt: skip
def test_confused_words_are_marked(text, word):
    assert texts_of(text, "confusable") == [word]


@pytest.mark.parametrize("text", [
    "保障群众生活必需品供应。",
    "学校食堂必需的消毒设备要配备到位。",
    "这是必需的。",
    "生产必需设备要提前储备。",
    "既将党建纳入考核，又将其作为评优依据。",
    "该同志在中心工作多年，后被重新起用。",
    "中心主任被正式起用。",
])  # fmt: skip
def test_right_uses_stay_silent(text):
    assert marked(text, "confusable") == []


# --- a 文种 with 件 after it ----------------------------------------------------------------

def test_a_type_with_jian_is_marked():
    assert title_rules("××局关于商请提供矿山修复资料的函件") == [("title/no-type", "函件")]


@pytest.mark.parametrize("title", ["××局关于商请提供矿山修复资料的函",
                                   "关于规范来往函件管理的通知"])
def test_right_titles_stay_silent(title):
    assert title_rules(title) == []
