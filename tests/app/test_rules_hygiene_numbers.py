"""Numbers written twice approximate, words mixed with digits, and stray spaces around numbers
(app/rules/hygiene_numbers.py): our own sentences, each beside look-alikes that are right."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.model import Document

TITLE = "关于2025年民生实事办理情况的报告"
RULES = ["hygiene/approx-twice", "hygiene/mixed-numeral", "hygiene/number-gap"]


def found(sentence: str) -> list:
    a = analyze(Document.from_lines([TITLE, "", sentence]), RULES)
    return [f for f in a.findings if f.index == 2]


def fixed(sentence: str) -> str:
    fixes = [f.fix for f in found(sentence) if f.fix is not None]
    out, _ = apply_fixes([TITLE, "", sentence], fixes)
    return out[2]


@pytest.mark.parametrize("sentence, right", [
    ("全镇约有30余户群众参与了评议。", "全镇有30余户群众参与了评议。"),
    ("项目总投资近8亿元左右。", "项目总投资近8亿元。"),
    ("共走访大约200多户困难家庭。", "共走访200多户困难家庭。"),
    ("受益人口约占全县户籍人口的40%左右。", "受益人口约占全县户籍人口的40%。"),
    ("培训持续大概两周上下。", "培训持续大概两周。"),
    ("参训人员60余名左右。", "参训人员60余名。"),
    ("近百余名志愿者参加。", "近百名志愿者参加。"),
    # an approximate number given as a bound
    ("全年新增就业岗位1200余个以上。", "全年新增就业岗位1200余个。"),
    ("民生支出比重达到80%左右以上。", "民生支出比重达到80%左右。"),
    ("培训党员三百多人以上。", "培训党员三百多人。"),
])
def test_an_approximate_number_marked_twice(sentence, right):
    (f,) = found(sentence)
    assert f.rule == "hygiene/approx-twice"
    assert fixed(sentence) == right


@pytest.mark.parametrize("sentence", [
    "今年节约办公经费50余万元。",           # 节约: a word, not the 约 of a number
    "全年签约项目30多个，总投资约120亿元。",  # one approximation each
    "近5年来，全县新建学校12所左右。",       # 近 (recent) does not mark the number
    "最近3个月，累计接待来访群众200余人次。",
    "本次受理投诉约300件，办结率98%左右。",   # two numbers, one approximation each
    "预约挂号比例达到60%。",
    "近十多年来，全县教育投入逐年增加。",      # 近: the last ten-odd years
    "近3个多月来，共办结信访事项120件。",
    "近20年左右的时间里，城区面积扩大一倍。",
    "参会人员50人以上，车辆10辆左右。",  # a bound and an approximation, two numbers
    "对年满60周岁以上、收入在3000元左右的老人给予补贴。",
])
def test_one_approximation_is_left_alone(sentence):
    assert [f for f in found(sentence) if f.rule == "hygiene/approx-twice"] == []


def test_percent_written_with_chinese_words_and_digits():
    s = "城镇登记失业率控制在百分之4.5以内，下降千分之3。"
    assert [f.rule for f in found(s)] == ["hygiene/mixed-numeral"] * 2
    assert fixed(s) == "城镇登记失业率控制在4.5%以内，下降3‰。"
    assert found("城镇登记失业率控制在百分之四点五以内。") == []


def test_stray_spaces_around_numbers():
    s = "2024 年，全区 86 个社区完成改造。"
    gaps = found(s)
    assert [f.rule for f in gaps] == ["hygiene/number-gap"] * 2  # one per number
    assert s[gaps[1].start:gaps[1].end] == " 86 "  # both its spaces, one fix
    assert fixed(s) == "2024年，全区86个社区完成改造。"
    # a dateline lets its own space pass, not a gap later in the item
    assert [f.rule for f in found("本报讯 5月20日上午，全县召开会议，共 86 人参加。")] == [
        "hygiene/number-gap"]


@pytest.mark.parametrize("indent", ["　　", "    ", "\t"])
def test_a_paragraphs_own_indent_does_not_make_it_a_laid_out_line(indent):
    """Text files indent each paragraph with 　　 or spaces: the indent lays out nothing inside
    the paragraph, whose stray spaces are still found (a table row's inner spaces are not)."""
    s = indent + "全年城镇新增就业1.2万人，完成目标任务的 112%。"
    assert [f.rule for f in found(s)] == ["hygiene/number-gap"]
    assert fixed(s) == indent + "全年城镇新增就业1.2万人，完成目标任务的112%。"


def test_a_paragraph_spacing_every_number_gets_one_finding():
    """Text pasted from a PDF spaces every number: one finding for the paragraph, whose fix
    removes every such space, instead of a wall of findings."""
    s = "2024 年，全区 86 个社区完成改造，惠及居民1.2 万户，投入资金 3 亿元。"
    (gap,) = found(s)
    assert gap.rule == "hygiene/number-gap" and "4个数字" in gap.message
    assert (gap.start, gap.end) == (4, s.index("亿"))
    assert fixed(s) == "2024年，全区86个社区完成改造，惠及居民1.2万户，投入资金3亿元。"


@pytest.mark.parametrize("sentence", [
    "新购置的电脑均预装Windows 10 系统，PM2.5 浓度同比下降。",  # a Latin name's number
    "咨询电话 0351-4567890 ，工作日接听。",                      # a phone number
    "序号  单位  完成数",                                        # a table row laid out by spaces
    "1 总则",                                                    # no sentence: a heading line
    "该馆始建于1 9 5 8年，是全省最早的图书馆之一。",              # letter-spaced digits: hygiene's
    "本报讯 5月20日上午，全县安全生产工作会议召开。",              # a news item's dateline
    "新华社北京5月20日电 20日，国务院召开常务会议。",
])
def test_spaces_that_lay_out_or_belong_to_a_name_are_left_alone(sentence):
    assert [f for f in found(sentence) if f.rule == "hygiene/number-gap"] == []


def test_a_heading_number_keeps_its_space():
    doc = Document.from_lines([TITLE, "", "5 保障措施", "5.1 组织领导",
                               "5.1.1 成立领导小组，统筹推进。", "5.1.2 明确责任分工，压实责任。"])
    a = analyze(doc, RULES)
    assert [f for f in a.findings if f.rule == "hygiene/number-gap"] == []
