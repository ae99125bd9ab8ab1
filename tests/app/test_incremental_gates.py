"""Whole-document rules kept while typing by their text gates (app/incremental_scope.py
TEXT_GATES): hygiene/percent-width reads the document's count of "5%" against "5％" again only
when an edited paragraph holds a percent sign; grammar_years only when it holds 年 or is a title
line."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import app.rules.percent_width as percent_width
from app.engine import analyze
from app.incremental import IncrementalAnalyzer
from app.model import Document
from tests.app.test_incremental import _check_sequence

PERCENT_TEXT = [
    "关于某某工作的报告",
    "一、主要指标",
    "全年增长5%，政策解读率达到100％。",
    "群众满意率达到98％。",
    "城镇新增就业2万人，失业率控制在4%以内。",
    "二、下一步工作",
    "继续抓好各项工作落实。",
    "确保覆盖率达到90%。",
]

SNIPPETS = ["%", "％", "5", "率达到3％", "增长6%", "百分之", "。", "，", "三、", "（一）"]
OPS = st.tuples(st.sampled_from(["type", "type", "type", "backspace", "split", "join", "delete",
                                 "move", "replace"]),
                st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(SNIPPETS))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, min_size=1, max_size=10))
def test_incremental_equals_cold_when_percentages_are_typed(ops: list[tuple]) -> None:
    """Percent signs of both widths typed, deleted and moved: each update equals a cold
    analysis (the count of each width flips the finding on and off)."""
    _check_sequence(PERCENT_TEXT, ops)


def _flagged(doc: Document, findings: list) -> list[str]:
    return [doc.paragraphs[f.index].text for f in findings if f.rule == "hygiene/percent-width"]


def test_typing_a_sentence_keeps_the_finding_without_reading_the_percentages_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document.from_lines(PERCENT_TEXT)
    live = IncrementalAnalyzer()
    assert _flagged(doc, live.analyze(doc).findings) == ["群众满意率达到98％。"]
    reads = []
    counted = percent_width.lone_wide_percents
    monkeypatch.setattr(percent_width, "lone_wide_percents",
                        lambda paragraphs: reads.append(1) or counted(paragraphs))
    plain = doc.paragraphs[6]
    plain.text = "继续抓好各项工作的落实。"  # no percent sign before or after
    found = live.update(doc, [plain.id]).analysis.findings
    assert _flagged(doc, found) == ["群众满意率达到98％。"]
    assert reads == []
    plain.text = "继续抓好落实，力争增长7％、8％。"  # now ％ outnumbers %: nothing is flagged
    found = live.update(doc, [plain.id]).analysis.findings
    assert reads == [1]
    assert _flagged(doc, found) == [] == _flagged(doc, analyze(doc).findings)
    plain.text = "继续抓好落实。"
    found = live.update(doc, [plain.id]).analysis.findings
    assert _flagged(doc, found) == ["群众满意率达到98％。"]


YEARS_TEXT = [
    "某某局2024年",
    "工作总结",
    "一、主要工作",
    "今年，全局2014年完成投资。",
    "2023年、2021年、2022年先后开展专项行动。",
    "二、2024年工作计划",
    "继续抓好各项工作落实。",
    "2024年12月30日",
]
YEAR_SNIPPETS = ["年", "2024年", "2025年", "今年", "明年", "总结", "计划", "上半年", "3月", "。",
                 "，", "三、"]
YEAR_OPS = st.tuples(st.sampled_from(["type", "type", "type", "backspace", "split", "join",
                                      "delete", "move", "replace"]),
                     st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(YEAR_SNIPPETS))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(YEAR_OPS, min_size=1, max_size=10))
def test_incremental_equals_cold_when_years_are_typed(ops: list[tuple]) -> None:
    """Years, 今年/明年, 总结 and 计划 typed into the title, the headings, the body and the
    dateline: each update equals a cold analysis (grammar_years' text gate)."""
    _check_sequence(YEARS_TEXT, ops)
