"""Numbers typed with the wrong character: a look-alike letter in a number
(hygiene/letter-digit), a full-width comma grouping thousands (hygiene/number-comma), and a
hyphen for the 连接号 of a range (punctuation/range-dash; GB/T 15834-2011 4.13.3)."""

from __future__ import annotations

import pytest

from tests.app.sentences import sentence_checks

TITLE = "关于2024年重点项目推进情况的报告"
RULES = ("hygiene/letter-digit", "hygiene/number-comma", "punctuation/range-dash")
flagged, fixed_family = sentence_checks(TITLE)


def found(text: str) -> list[str]:
    return [rule for family in ("hygiene", "punctuation") for rule, _ in flagged(text, family)
            if rule in RULES]


@pytest.mark.parametrize(("text", "rule", "right"), [
    ("力争2O27年底前全面完成改造。", "hygiene/letter-digit", "力争2027年底前全面完成改造。"),
    ("游客平均停留l.3天。", "hygiene/letter-digit", "游客平均停留1.3天。"),
    ("新增投资5O0万元。", "hygiene/letter-digit", "新增投资500万元。"),
    ("版本升级到2.O版。", "hygiene/letter-digit", "版本升级到2.0版。"),
    ("全年兑现奖补资金3，860万元。", "hygiene/number-comma", "全年兑现奖补资金3860万元。"),
    ("累计完成1，234，567吨。", "hygiene/number-comma", "累计完成1234567吨。"),
    ("落实《规划（2021-2025年）》要求。", "punctuation/range-dash",
     "落实《规划（2021—2025年）》要求。"),
    ("2027-2029年分三步实施。", "punctuation/range-dash", "2027—2029年分三步实施。"),
    ("1-6月份全市完成投资。", "punctuation/range-dash", "1—6月份全市完成投资。"),
    ("收入90-100万元的村有2个。", "punctuation/range-dash", "收入90～100万元的村有2个。"),
    ("每村培育1-2个主导产业。", "punctuation/range-dash", "每村培育1～2个主导产业。"),
    ("办理时限压缩到3-5天。", "punctuation/range-dash", "办理时限压缩到3～5天。"),
    ("室温保持在18-22℃。", "punctuation/range-dash", "室温保持在18～22℃。"),
])  # fmt: skip
def test_reported_and_fixed(text, rule, right):
    assert found(text) == [rule]
    assert fixed_family(text, rule.split("/")[0]) == right


@pytest.mark.parametrize("text", [
    "推广O2O模式，发展B2B电商。",  # names that begin with a letter
    "升级到Win10系统，支持I2C总线。",
    "有效防控COVID-19疫情。",
    "加快5G基站和IPv6部署。",
    "全年完成3860万元，同比增长12%，300家企业受益。",  # a sentence's comma after a %
    "一是加强领导，二是压实责任。",
    "2024-01-05发布的通知。",  # a date
    "按照GB/T 9704-2012执行。",  # a standard's number and year
    "咨询电话0571-88888888。",
    "住在3-2号楼。",  # a building and its unit
    "比赛以3-2获胜。",
    "2025-2021年",  # not a range: the second year is earlier
    "落实《规划（2021—2025年）》要求。",  # already right
    "室温保持在18～22℃。",
])  # fmt: skip
def test_left_alone(text):
    assert found(text) == []
