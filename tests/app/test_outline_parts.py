"""A parse that keeps the parts an edit left as they were gives what a parse from nothing gives.

The documents are several reports one after another (each report opens a part: its title,
its 附件 block, a signature), as a long report bound from several is; edits type serial
numbers, titles, lead sentences, dates and attachment labels anywhere, split, join, delete and
move paragraphs, so parts appear, vanish, grow and shift. After each edit the outline parsed
with the last parse's parts (:class:`app.outline.parts.PartCache`) is compared field by field
with a cold :func:`app.outline.parser.parse_outline` of the same document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.engine import Analysis
from app.model import Document, Paragraph
from app.outline.parser import parse_outline
from app.outline.parts import PartCache

SHARED_CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"

REPORT = """关于2026年上半年工作情况的报告
市政府办公室：
今年以来，我局认真贯彻落实市委、市政府决策部署，现将有关情况报告如下：
一、主要工作
（一）抓好项目建设。全年共安排三项重点工作：一是加快审批，二是强化服务，三是压实责任。
1.推进重点项目。完成投资12.5亿元，同比增长8%。
2.优化营商环境。
（二）加强队伍建设
一、开展培训
二、完善制度
三、严格考核
（三）强化保障。
二、存在的问题
主要有以下两个方面：
（一）统筹不够。
（二）落实不够。
下一步要做好以下工作：
（一）强化培训。
（二）严格考核。
四、下一步打算
我们将坚持以人民为中心，持续用力。
附件：1.重点项目清单
2.责任分工表
某某市发展和改革委员会
2026年7月1日""".splitlines()

SNIPPETS = ["一、", "二、", "五、", "（一）", "（二）", "（三）", "1.", "2.", "（1）", "第一章",
            "第二章", "第一条", "1.1", "①", "。", "：", "以下两点：", "一是", "二是", "第一，",
            "附件：", "附件：1.", "注：", "2026年7月1日", "关于某某工作的报告", "某某市人民政府",
            "——某某专题", "国办发〔2026〕3号", "", "X", "\u3000"]

OPS = st.tuples(st.sampled_from(["type", "type", "replace", "replace", "split", "join",
                                 "delete", "insert", "move"]),
                st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(SNIPPETS))


def _shape(a: Analysis) -> dict:
    """Everything the parse decides, as comparable values (headings by index)."""
    return {
        "roles": a.roles,
        "headings": [(h.index, h.marker, h.title, h.title_end, h.run_in,
                      h.parent.index if h.parent else None,
                      [c.index for c in h.children]) for h in a.all_headings],
        "tree": [h.index for h in a.headings],
        "outline": [h.index for h in a.outline],
        "groups": [(g.kind, g.items, g.expected_start, g.also_accepted, g.restarts)
                   for g in a.groups],
        "style": a.numbering_style, "markers": a.markers, "parts": a.parts,
        "appendix": a.appendix_parts,
    }


def _apply(doc: Document, op: tuple) -> None:
    kind, a, b, snippet = op
    paras = doc.paragraphs
    i = a % len(paras)
    p = paras[i]
    if kind == "type":
        k = b % (len(p.text) + 1)
        p.text = p.text[:k] + snippet + p.text[k:]
    elif kind == "replace":
        p.text = snippet + p.text[b % (len(p.text) + 1):]
    elif kind == "split":
        k = b % (len(p.text) + 1)
        paras.insert(i + 1, Paragraph(text=p.text[k:]))
        p.text = p.text[:k]
    elif kind == "join" and i + 1 < len(paras):
        p.text += paras.pop(i + 1).text
    elif kind == "delete" and len(paras) > 2:
        del paras[i:i + 1 + b % 3]
    elif kind == "insert":
        paras.insert(i, Paragraph(text=snippet + "新标题"))
    elif kind == "move":
        block = paras[i:i + 1 + b % 8]
        del paras[i:i + len(block)]
        to = (a // 7) % (len(paras) + 1)
        paras[to:to] = block


KEPT = {"parts kept": 0}


def _check(lines: list[str], ops: list[tuple]) -> None:
    doc = Document.from_lines(lines)
    cache = PartCache()
    assert _shape(parse_outline(doc, cache)) == _shape(parse_outline(doc))
    for op in ops:
        _apply(doc, op)
        before = dict(cache._parts)
        got = parse_outline(doc, cache)
        assert _shape(got) == _shape(parse_outline(doc)), op
        KEPT["parts kept"] += sum(1 for h in got.all_headings
                                  for part in before.values() if h in part.headings)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, min_size=1, max_size=10))
def test_parts_kept_equal_a_cold_parse_on_reports_bound_together(ops: list[tuple]) -> None:
    _check(REPORT * 3, ops)


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="../shared/corpus is absent")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(sorted(p.name for p in SHARED_CORPUS.glob("*.txt")) or ["-"]),
                min_size=2, max_size=4),
       st.lists(OPS, min_size=1, max_size=6))
def test_parts_kept_equal_a_cold_parse_on_real_reports(names: list[str],
                                                        ops: list[tuple]) -> None:
    lines: list[str] = []
    for name in names:
        lines += (SHARED_CORPUS / name).read_text(encoding="utf-8").split("\n")
    _check(lines, ops)


def test_a_line_typed_in_one_part_keeps_the_others_and_moves_those_after_it() -> None:
    """Three reports bound together; a heading typed in the second: the first keeps its very
    headings, the third's are the same headings one paragraph further on, and the whole is
    what a cold parse gives."""
    doc = Document.from_lines(REPORT * 3)
    cache = PartCache()
    first = parse_outline(doc, cache)
    n = len(REPORT)
    at = n + REPORT.index("二、存在的问题")
    doc.paragraphs.insert(at, Paragraph(text="（四）新增一节"))
    again = parse_outline(doc, cache)
    assert _shape(again) == _shape(parse_outline(doc))
    old_first = [h for h in first.all_headings if h.index < n]
    new_first = [h for h in again.all_headings if h.index < n]
    assert all(a is b for a, b in zip(old_first, new_first, strict=True))
    old_third = [h for h in first.all_headings if h.index >= 2 * n]
    new_third = [h for h in again.all_headings if h.index > 2 * n]
    assert [(h.index + 1, h.title) for h in old_third] == [(h.index, h.title)
                                                           for h in new_third]
    assert new_third and new_third[0] not in old_third
    fourth = next(h for h in again.all_headings if h.index == at)
    assert fourth.title == "新增一节" and fourth.parent is not None \
        and again.roles[at] is again.roles[n + REPORT.index("（三）强化保障。")]


def test_a_part_is_done_again_when_an_edit_elsewhere_changes_what_its_lines_are() -> None:
    """"1 总则" is a heading only where the document also numbers "1.1": typed in the second
    report, "1.1 目的" makes the first report's "1 总则" a heading, though no line of the first
    report changed."""
    lines = ["1 总则", *REPORT[1:], *REPORT]
    doc = Document.from_lines(lines)
    cache = PartCache()
    assert parse_outline(doc, cache).markers[0] is None
    doc.paragraphs[len(REPORT) + 5].text = "1.1 目的"
    again = parse_outline(doc, cache)
    assert again.markers[0] is not None and again.markers[0].number == 1
    assert _shape(again) == _shape(parse_outline(doc))


def test_a_part_is_done_again_when_the_line_before_it_becomes_a_lead() -> None:
    """An attachment list 1. 2. and, after "另需报送以下材料：", 1. 2. again: one list numbered
    twice, unless the line before the attachment list announces it too ("…如下："): then two
    lists, each announced. That line is the last of the part before."""
    lines = [*REPORT[:23], "另需报送以下材料：", "1.统计报表", "2.工作台账", *REPORT[23:]]
    doc = Document.from_lines(lines)
    cache = PartCache()
    first = parse_outline(doc, cache)
    attachment = lines.index("附件：1.重点项目清单")
    assert attachment in first.parts
    assert [len(g.items) for g in first.groups if g.items[0][0] == attachment] == [4]
    doc.paragraphs[attachment - 1].text = "我们将坚持以人民为中心，报送材料如下："
    again = parse_outline(doc, cache)
    assert [len(g.items) for g in again.groups if g.items[0][0] >= attachment] == [2, 2]
    assert _shape(again) == _shape(parse_outline(doc))


def test_the_property_tests_kept_parts() -> None:
    """(Run after the property tests above: they exercised the kept parts, not only parses
    that found nothing to keep.)"""
    if KEPT["parts kept"] == 0:
        pytest.skip("run with the property tests")
    assert KEPT["parts kept"] > 0
