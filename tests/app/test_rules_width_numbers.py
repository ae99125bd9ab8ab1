"""Half-width commas among numbers in Chinese text, and an ellipsis typed as periods
(punctuation/width, punctuation/ellipsis; GB/T 15834-2011 3.1, 4.5, 4.11)."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.model import Document

TITLE = "关于2024年统计工作的报告"


def found(text: str) -> list:
    return [f for f in analyze(Document.from_lines([TITLE, text]), ["punctuation"]).findings
            if f.index == 1 and f.rule in ("punctuation/width", "punctuation/ellipsis")]


def fixed(text: str) -> str:
    out, _ = apply_fixes([TITLE, text], [f.fix for f in found(text) if f.fix])
    return out[1]


@pytest.mark.parametrize(("text", "right"), [
    # after a percentage, before the next number: a comma of the Chinese sentence
    ("三项指标分别增长22.2%,28.6%和15%。", "三项指标分别增长22.2%，28.6%和15%。"),
    ("占党员总数的27%,50岁以上党员12人。", "占党员总数的27%，50岁以上党员12人。"),
    # integers listed one after another: the pause between coordinate items is 、
    ("依照第3,5,7条的规定办理。", "依照第3、5、7条的规定办理。"),
    ("2019,2020年连续两年获评先进。", "2019、2020年连续两年获评先进。"),
    ("分别是12,15,18个。", "分别是12、15、18个。"),
    ("这是一个问题...需要认真解决。", "这是一个问题……需要认真解决。"),
    ("开展了学习......等活动。", "开展了学习……等活动。"),
    ("标明转移路线和安置地点...", "标明转移路线和安置地点……"),
])  # fmt: skip
def test_reported_and_fixed(text, right):
    assert found(text)
    assert fixed(text) == right


@pytest.mark.parametrize("text", [
    "全年共有1,200人参加培训。",  # thousands separators
    "完成投资1,234,567元，同比增长3.5%。",
    "全年收入12,345.6万元。",
    "会议定于8:30开始，比例为3:2。",
    "GDP grew 5%,6% and 7% in three years.",  # English text: no Chinese touches the run
    "坐标为(12,15)处。",  # the brackets are width's finding, not the comma
    "the list goes on etc... and on",
    "第1...10项",  # a range between digits
    "人民当家作主……等十五个方面。",  # the right ellipsis
])  # fmt: skip
def test_left_alone(text):
    assert [(f.rule, text[f.start:f.end]) for f in found(text)
            if text[f.start:f.end] in (",", "...", "......")] == []
