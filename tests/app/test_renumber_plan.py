"""修正全部序号's plan: a chain of continuously numbered groups is renumbered to the end, with the
result the numbering rule's own fixes reach round by round."""

from __future__ import annotations

import random

import pytest

import app.outline.edits as edits
from app.engine import analyze
from app.fixes import fix_all
from app.model import Document
from app.outline.numerals import to_chinese


def _chapters(starts: list[list[int]]) -> list[str]:
    """A regulation numbered on across chapters (国务院 style): 第一章 一、二、 第二章 三、…"""
    lines = ["国务院工作规则"]
    for c, numbers in enumerate(starts, 1):
        lines.append(f"第{to_chinese(c)}章　总则{c}")
        lines += [f"{to_chinese(n)}、第{c}章的条目{k}。" for k, n in enumerate(numbers)]
    return lines


def _numbering_only(texts: list[str]):
    return [f for f in analyze(Document.from_lines(texts), ("numbering",)).findings]


def test_a_slip_upstream_renumbers_every_later_chapter():
    # 第二章 starts again at 三: its 三四 becomes 四五, and each later chapter moves on by one
    # (the rule accepts each later chapter while the one before it stands as written)
    lines = _chapters([[1, 2, 3], [3, 4], [5, 6], [7, 8], [9, 10]])
    doc = Document.from_lines(lines)
    change = edits.plan_renumber_all(doc, analyze(doc))
    assert change is not None
    fixed = edits.apply_change(lines, change)
    assert fixed == _chapters([[1, 2, 3], [4, 5], [6, 7], [8, 9], [10, 11]])
    assert not [f for f in _numbering_only(fixed) if f.fix is not None]
    assert fixed == fix_all(lines, _numbering_only)[0]  # where the rule's fixes lead


def test_the_chain_takes_two_analyses_not_one_per_chapter(monkeypatch):
    lines = _chapters([[1, 2, 3], [3, 4], [5, 6], [7, 8], [9, 10]])
    doc = Document.from_lines(lines)
    first = analyze(doc)
    calls = []
    monkeypatch.setattr(edits, "analyze", lambda d, rules=None, **kw: calls.append(1)
                        or analyze(d, rules, **kw))
    assert edits.plan_renumber_all(doc, first) is not None
    assert len(calls) == 2  # the chain renumbered, then the result checked


@pytest.mark.parametrize("seed", range(12))
def test_same_result_as_the_rules_fixes_round_by_round(seed):
    rng = random.Random(seed)
    starts = []
    n = 1
    for _ in range(rng.randint(2, 6)):
        size = rng.randint(1, 4)
        first = rng.choice([1, n, n, n + 1, max(1, n - 1)])  # restart, on, skip, repeat
        starts.append(list(range(first, first + size)))
        n = first + size
    lines = _chapters(starts)
    doc = Document.from_lines(lines)
    change = edits.plan_renumber_all(doc, analyze(doc))
    fixed = edits.apply_change(lines, change) if change else lines
    assert fixed == fix_all(lines, _numbering_only)[0]


def test_a_report_renumbered_reads_as_the_user_numbers_it_and_the_plan_changes_nothing():
    """Skips, a restart counted on, a wrong marker form and a part numbered from 五、: each
    group renumbered from its start, （一）（二） restarting under each heading. The plan only
    plans: the document and its paragraphs are as they were; its stand-in holds the result."""
    lines = ["关于做好安全生产工作的报告",
             "一、总体情况", "（一）基本情况。今年以来全市安全形势平稳。",
             "（三）主要做法。加强检查。",
             "二、存在问题", "1、隐患排查不够深入。", "3.执法力度偏弱。",
             "五、下一步打算", "（二）压实责任。层层落实。", "（三）强化督查。定期通报。"]
    doc = Document.from_lines(lines)
    before = [(p, p.text, p.id) for p in doc.paragraphs]
    change, result = edits.renumber_all_plan(doc, analyze(doc))
    assert change is not None and result is not None
    assert [(p, p.text, p.id) for p in doc.paragraphs] == before
    expected = ["关于做好安全生产工作的报告",
                "一、总体情况", "（一）基本情况。今年以来全市安全形势平稳。",
                "（二）主要做法。加强检查。",
                "二、存在问题", "1.隐患排查不够深入。", "2.执法力度偏弱。",
                "三、下一步打算", "（一）压实责任。层层落实。", "（二）强化督查。定期通报。"]
    assert edits.apply_change(lines, change) == expected
    assert result[0].texts == expected
    assert [h.index for h in result[1].outline] == [1, 4, 7]
    # a second plan on the result has nothing left to do
    done = Document.from_lines(expected)
    assert edits.plan_renumber_all(done, analyze(done)) is None
