"""placeholder: template masks written with * or × before a unit (*镇, ×年, ×%, 20**年) are
blanks like XX; the same marks elsewhere (带*号, Markdown bold, 3×4, 数据要素×) are not."""

from __future__ import annotations

import pytest

from app.rules.placeholder import placeholders


@pytest.mark.parametrize("line, masks", [
    ("*镇**村位于***县东北部。", ["*镇", "**村", "***县"]),
    ("截至×年×月，救助标准提高×%，预计发放资金×亿元。", ["×年×月", "×%", "×亿"]),
    ("20**年工作总结和20xx年工作计划", ["20**", "20xx"]),
])
def test_masks_of_asterisks_and_multiplication_signs_before_a_unit(line, masks):
    assert [line[s:e] for s, e in placeholders(line)] == masks


@pytest.mark.parametrize("line", [
    "带*号的为必填项。",              # the mark itself
    "**加强组织领导**，压实工作责任。",  # Markdown bold pasted in
    "会议室面积为3×4米。",            # a product
    "实施“数据要素×”三年行动，推进数据要素×人工智能应用。",
    "注*：数据来源于县统计局。",
    "2025年增长5%，2026年目标为6%。",
])
def test_marks_that_are_no_mask_are_left_alone(line):
    assert placeholders(line) == ()
