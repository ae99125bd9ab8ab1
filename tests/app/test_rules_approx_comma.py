"""A 顿号 inside an approximate number (punctuation/approx-comma; GB/T 15834-2011, 顿号:
相邻或相近两数字连用表示概数通常不用顿号；若相邻两数字连用为缩略形式，宜用顿号)."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document
from tests.app.sentences import sentence_checks

TITLE = "关于2024年重点工作推进情况的报告"
RULE = "punctuation/approx-comma"
flagged, fixed_family = sentence_checks(TITLE)


def found(text: str) -> list[str]:
    return [rule for rule, _ in flagged(text, "punctuation") if rule == RULE]


def fixed(text: str) -> str:
    return fixed_family(text, "punctuation")


@pytest.mark.parametrize(("text", "right"), [
    ("项目再过三、四个月就能完工。", "项目再过三四个月就能完工。"),
    ("工作组先后三、四次到现场督办。", "工作组先后三四次到现场督办。"),
    ("对面走来一位十五、六岁的青年。", "对面走来一位十五六岁的青年。"),
    ("近二、三十年来面貌变化很大。", "近二三十年来面貌变化很大。"),
    ("全县每年新增三、四万人就业。", "全县每年新增三四万人就业。"),
    ("经过两、三年努力基本建成。", "经过两三年努力基本建成。"),
    ("只需一、两个人值守即可。", "只需一两个人值守即可。"),
    ("一般三、五天就能办结。", "一般三五天就能办结。"),
    ("每年减少百分之二、三的占用。", "每年减少百分之二三的占用。"),
    ("已有一、二百家企业入驻园区。", "已有一二百家企业入驻园区。"),
    ("各乡镇抽调七、八名干部组成专班。", "各乡镇抽调七八名干部组成专班。"),
])  # fmt: skip
def test_reported_and_fixed(text, right):
    assert found(text) == [RULE]
    assert fixed(text) == right


@pytest.mark.parametrize("text", [
    "第三、四季度增长明显加快。",  # two quarters named: the abbreviation keeps 、
    "全省一、二线城市房价平稳。",
    "二、三产业比重持续上升。",
    "大力发展二、三次产业。",
    "三、四月份降雨明显偏多。",
    "上世纪七、八十年代建成的老旧小区。",
    "三、四年级学生参加测试。",
    "一、二、三类问题分别整改。",  # a list of three numerals
    "十一、二月份集中开展检查。",  # months 11 and 12
    "全省共有一、五个试点。",  # not neighbours
    "两支队伍分获一、二名。",  # places in a ranking
    "第十五、六名的成绩接近。",
    "会议强调：三、四个方面的问题要抓紧整改。",  # a sequence marker in running text
    "三四个月来进展顺利。",  # already right
])  # fmt: skip
def test_left_alone(text):
    assert found(text) == []


def test_heading_marker_is_not_a_number():
    doc = Document.from_lines([TITLE, "一、总体情况", "二、主要做法", "三、四个方面的短板",
                               "正文。"])
    assert [f for f in analyze(doc, ["punctuation"]).findings if f.rule == RULE] == []
