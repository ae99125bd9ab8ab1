"""grammar/plan-year (app/rules/grammar_years.py): a year's summary followed by a plan given the
same year, in one phrase or against the title; our own text, beside right ones."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.model import Document


def found(lines: list[str]) -> list:
    return analyze(Document.from_lines(lines), ["grammar/plan-year"]).findings


def fixed(lines: list[str]) -> list[str]:
    out, _ = apply_fixes(lines, [f.fix for f in found(lines) if f.fix is not None])
    return out


@pytest.mark.parametrize("sentence, right", [
    ("现就2020年工作总结和2020年工作计划报告如下：",
     "现就2020年工作总结和2021年工作计划报告如下："),
    ("现将2025年度工作总结及2025年度工作打算报告如下。",
     "现将2025年度工作总结及2026年度工作打算报告如下。"),
    ("县应急管理局2024年安全生产工作总结暨2024年工作思路",
     "县应急管理局2024年安全生产工作总结暨2025年工作思路"),
])
def test_the_same_year_for_a_summary_and_its_plan(sentence, right):
    lines = ["县应急管理局", "", sentence]
    fs = found(lines)
    assert [(f.rule, f.index) for f in fs] == [("grammar/plan-year", 2)]
    assert "应为" in fs[0].message
    assert fixed(lines)[2] == right


@pytest.mark.parametrize("sentence", [
    "现就2020年工作总结和2021年工作计划报告如下：",
    "现将2024年上半年工作总结和2024年下半年工作计划报告如下：",  # the year's halves
    "2024年一季度工作总结及2024年二季度工作安排",
    "现将2024年工作总结报告如下，2024年工作计划完成情况附后。",  # no 和 between
    "2026年工作安排",
])
def test_years_that_are_right(sentence):
    assert found(["县应急管理局", "", sentence]) == []


SUMMARY = ["××县应急管理局2024年工作总结", "", "一、2024年工作开展情况",
           "全年共检查企业120家。", "二、存在的问题", "部分企业主体责任落实不到位。"]


def test_a_plan_heading_under_a_title_that_sums_up_the_same_year():
    lines = [*SUMMARY, "三、2024年工作打算", "一是继续抓好隐患排查。"]
    fs = found(lines)
    assert [(f.rule, f.index) for f in fs] == [("grammar/plan-year", 6)]
    assert "2025年" in fs[0].message
    assert fixed(lines)[6] == "三、2025年工作打算"


@pytest.mark.parametrize("heading", [
    "三、2025年工作打算",  # the next year: right
    "三、下一步工作打算",
    "三、2024年工作计划完成情况",  # the plan of the year summed up
    "三、2024年下半年工作计划",
])
def test_plan_headings_that_are_right(heading):
    assert found([*SUMMARY, heading, "一是继续抓好隐患排查。"]) == []


@pytest.mark.parametrize("title", [
    "2026年政府工作报告",  # reviews last year, plans this one under its own year
    "××县应急管理局2024年上半年工作总结",
    "××县应急管理局2024年工作总结及2025年工作计划",  # the title names the plan's year
])
def test_titles_that_set_no_summary_year(title):
    lines = [title, "", "一、2024年工作开展情况", "全年共检查企业120家。", "二、2024年工作安排",
             "一是继续抓好隐患排查。"]
    assert found(lines) == []


def test_a_goal_reached_before_the_year_it_is_forecast_for():
    sentence = "生猪养殖项目2023年预计完成年出栏3.2万头，2014年实现年出栏量满产10万头。"
    fs = analyze(Document.from_lines(["××镇2023年工作报告", "", sentence]),
                 ["grammar/year-order"]).findings
    assert [(f.rule, f.index) for f in fs] == [("grammar/year-order", 2)]
    assert sentence[fs[0].start:fs[0].end] == "2014年"
    assert "2024年" in fs[0].message


@pytest.mark.parametrize("sentence", [
    "2023年预计完成年出栏3.2万头，2024年实现满产10万头。",
    "2023年完成投资5亿元，2022年完成投资4亿元。",  # years listed, no forecast
    "2023年预计完成年出栏3.2万头，比2014年增长两倍。",
    "2023年预计完成年出栏3.2万头，2014年以来累计完成20万头。",
    "全县计划2030年建成示范区。2020年已完成规划编制。",  # two sentences
])
def test_years_in_an_order_that_is_right(sentence):
    fs = analyze(Document.from_lines(["××镇2023年工作报告", "", sentence]),
                 ["grammar/year-order"]).findings
    assert fs == []


def current(lines: list[str]) -> list:
    return analyze(Document.from_lines(lines), ["grammar/current-year"]).findings


REPORT = ["××县应急管理局2024年工作总结", ""]


@pytest.mark.parametrize("sentence, year", [
    ("今年，全局2014年共检查企业120家。", "2014"),
    ("下一步，我们将在2015年全面完成整改任务。", "2015"),
])
def test_a_year_far_from_the_documents_in_a_clause_about_the_current_work(sentence, year):
    fs = current([*REPORT, sentence])
    assert [(f.rule, f.index) for f in fs] == [("grammar/current-year", 2)]
    assert sentence[fs[0].start:fs[0].end] == f"{year}年"
    assert "2024" in fs[0].message


def test_the_dateline_gives_the_documents_year_too():
    lines = ["××县应急管理局工作总结", "", "今年，全局2014年共检查企业120家。", "",
             "××县应急管理局", "2024年12月20日"]
    assert [f.index for f in current(lines)] == [2]


@pytest.mark.parametrize("sentence", [
    "今年，全局共检查企业120家，比2014年增加一倍。",  # a comparison, its own clause anyway
    "今年共检查企业120家，较2014年同期增长一倍。",
    "今年是《安全生产法》2014年修正后实施的第十年。",  # history: 实施
    "今年以来，全局共检查企业120家。",
    "明年，即2025年，全面完成整改任务。",  # the next year: right
    "2014年，全县被评为省级安全生产示范县。",  # history with no current-time word
    "2014年建成的县城水厂今年完成提标改造。",  # history: 建成
])
def test_years_that_fit_the_clause(sentence):
    assert current([*REPORT, sentence]) == []


def test_no_document_year_no_finding():
    assert current(["××县应急管理局工作总结", "", "今年，全局2014年共检查企业120家。"]) == []
