"""百分点 and % (hygiene/percent-point): the change of a rate is told in 百分点, the change of an
amount in %. Sentences of our own in the style of a 统计公报; the look-alikes are right."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.model import Document

TITLE = "关于2025年全县经济运行情况的报告"


def found(text: str) -> list:
    return [f for f in analyze(Document.from_lines([TITLE, text]), ["hygiene"]).findings
            if f.index == 1 and f.rule == "hygiene/percent-point"]


@pytest.mark.parametrize(("text", "right"), [
    ("固定资产投资增长8.2%，增速比上年同期提高了1.5%。",
     "固定资产投资增长8.2%，增速比上年同期提高了1.5个百分点。"),
    ("第三产业比重较上年提高2.1%，达到45%。", "第三产业比重较上年提高2.1个百分点，达到45%。"),
    ("全县城镇化率提高0.8%。", "全县城镇化率提高0.8个百分点。"),
    ("森林覆盖率达到65.8%，较上年提高0.5%。", "森林覆盖率达到65.8%，较上年提高0.5个百分点。"),
    ("税收收入占比78.8%，比上年下降1.2%。", "税收收入占比78.8%，比上年下降1.2个百分点。"),
    ("实现地区生产总值120亿元，同比增长6.5个百分点。", "实现地区生产总值120亿元，同比增长6.5%。"),
    ("粮食产量8.6万吨，比上年减少2.3个百分点。", "粮食产量8.6万吨，比上年减少2.3%。"),
])  # fmt: skip
def test_reported_and_fixed(text, right):
    (f,) = found(text)
    assert f.severity == "warning"
    out, _ = apply_fixes([TITLE, text], [f.fix])
    assert out[1] == right


def test_both_units_at_once_are_reported_without_a_guess():
    (f,) = found("全年共接待信访群众1500人次，同比下降了30%个百分点。")
    assert f.fix is None and "只保留其一" in f.message


@pytest.mark.parametrize("text", [
    "占比提高到35%，合格率由90%提高到95%。",  # a rate rising to a value
    "职工工资按比例提高10%。",  # a change in proportion
    "生产效率提高了20%，汇率下降了2%。",  # quantities of their own, changed relatively
    "城镇化率提高1.2个百分点，增速回落0.5个百分点。",
    "实现地区生产总值120亿元，同比增长6.5%。",
    "城镇新增就业1.2万人，失业率下降0.3个百分点。",  # the points belong to the rate
    "项目完成率达到95%，资金增加10%。",  # after the comma, another thing's change
    "常住人口城镇化率54.9%，比上年提高1.5个百分点。",
])  # fmt: skip
def test_right_uses_are_quiet(text):
    assert found(text) == []
