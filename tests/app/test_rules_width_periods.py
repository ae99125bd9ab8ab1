"""A 句号 typed as a half-width "." at a Chinese sentence's end (punctuation/width), and a number
whose point alone is full width (hygiene/fullwidth-alnum)."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.model import Document

TITLE = "关于2024年森林防火工作的报告"


def found(text: str, family: str) -> list:
    return [f for f in analyze(Document.from_lines([TITLE, text]), [family]).findings
            if f.index == 1]


def fixed(text: str, family: str) -> str:
    out, _ = apply_fixes([TITLE, text], [f.fix for f in found(text, family) if f.fix])
    return out[1]


@pytest.mark.parametrize(("text", "right"), [
    ("群众防火意识明显增强.", "群众防火意识明显增强。"),
    ("这项工作完成较好.下一步将继续推进。", "这项工作完成较好。下一步将继续推进。"),
    ("意识明显增强. 下一步要继续抓好落实。", "意识明显增强。 下一步要继续抓好落实。"),
    ("详见《实施方案》.", "详见《实施方案》。"),
    ("他强调要“守土有责”.“两个维护”必须落实。", "他强调要“守土有责”。“两个维护”必须落实。"),
])  # fmt: skip
def test_a_sentence_ended_by_a_half_width_period(text, right):
    assert [f.rule for f in found(text, "punctuation")] == ["punctuation/width"]
    assert fixed(text, "punctuation") == right


@pytest.mark.parametrize("text", [
    "王某某. 乡村治理研究[J]. 中国行政管理, 2020, (5): 12-15.",  # GB/T 7714 reference entry
    "陈登原. 国史旧闻: 第1卷[M]. 北京: 中华书局, 2000: 29.",
    "登录www.zjzwfw.gov.cn办理。",
    "详见附件报告.docx和统计表.xlsx。",
    "完成率达到100%。第2.3节另有说明。",
    "这是一个问题...需要认真解决。",  # an ellipsis: punctuation/ellipsis, not a period
    "Windows 10.",
    "参加会议的有张三、李四等.Net开发人员。",
])  # fmt: skip
def test_periods_that_are_not_a_chinese_full_stop(text):
    assert [f for f in found(text, "punctuation") if "“.”" in f.message] == []


def test_a_heading_numeral_with_a_period_is_the_numbering_rules_finding():
    findings = analyze(Document.from_lines([TITLE, "一.总体要求", "正文。"])).findings
    assert [f.rule for f in findings if f.index == 1] == ["numbering/marker"]


@pytest.mark.parametrize(("text", "right"), [
    ("受害森林面积0．8公顷。", "受害森林面积0.8公顷。"),
    ("同比增长12．5%。", "同比增长12.5%。"),
    ("依照第3．2．1条办理。", "依照第3.2.1条办理。"),
])  # fmt: skip
def test_a_full_width_point_inside_a_half_width_number(text, right):
    assert [f.rule for f in found(text, "hygiene")] == ["hygiene/fullwidth-alnum"]
    assert fixed(text, "hygiene") == right


@pytest.mark.parametrize("text", [
    "附件：1．2026年全市政务信息工作培训班日程安排",  # a list's marker before a year
    "全市ＧＤＰ增长５．２％。",  # all full width: one finding of its own kind, not two
])  # fmt: skip
def test_full_width_points_reported_once_or_not_at_all(text):
    assert len([f for f in found(text, "hygiene") if "中的点" in f.message]) == 0


def test_a_reference_entry_keeps_its_half_width_marks():
    """GB/T 7714-2015 writes an entry's marks in half width, Chinese entries too."""
    text = "[1] 陈登原. 国史旧闻: 第1卷[M]. 北京: 中华书局, 2000: 29."
    assert found(text, "punctuation") == []
    assert found("陈登原. 国史旧闻: 第1卷, 北京: 中华书局。", "punctuation")  # no type code


# --- a title in ASCII angle brackets (GB/T 15834 4.15: 《》, and 〈〉 inside another's 《》) ---

@pytest.mark.parametrize(("text", "right"), [
    ("县政府办公室《关于印发<柞水县机构改革方案>的通知》已下发。",
     "县政府办公室《关于印发〈柞水县机构改革方案〉的通知》已下发。"),
    ("认真学习<中国共产党纪律处分条例>。", "认真学习《中国共产党纪律处分条例》。"),
])  # fmt: skip
def test_a_title_in_angle_brackets_takes_title_marks(text, right):
    (f,) = [f for f in found(text, "punctuation") if f.rule == "punctuation/width"]
    assert "尖括号" in f.message
    assert fixed(text, "punctuation") == right


@pytest.mark.parametrize("text", [
    "施工期间温度<5℃，湿度>80%时停止作业。",  # numbers compared
    "页面代码中的<br>标签已删除。",  # markup, no Chinese inside
])
def test_angle_brackets_that_mark_no_title_stay(text):
    assert [f for f in found(text, "punctuation") if "尖括号" in f.message] == []
