"""修正全部序号's plan starts from the window's last parse (issue 15: the fix ≤ 200 ms).

Several reports bound together, each a part of its own; only some have a slip. The plan's rounds
parse the renumbered draft: given a copy of the live analyzer's parts
(:meth:`app.incremental.IncrementalAnalyzer.parts`), a round does again only the parts it
renumbered, the plan and its outline stay what a plan from nothing gives, and the parts come
back with the outline, so the next typed heading redoes only its own part.
"""

from __future__ import annotations

import pytest

import app.outline.parser as parser
from app.engine import analyze
from app.incremental import IncrementalAnalyzer
from app.model import Document, Paragraph
from app.outline.edits import renumber_all_plan
from tests.app.test_incremental import _shape
from tests.app.test_outline_parts import REPORT


def report(k: int, slip: bool) -> list[str]:
    """One report (test_outline_parts' REPORT: its 附件 block and signature end a part);
    with ``slip`` its last chapter is 四、 after 二、 (the plan renumbers it 三、)."""
    lines = [t.replace("2026年上半年", f"2026年第{k + 1}季度") for t in REPORT]
    return lines if slip else [t.replace("四、下一步打算", "三、下一步打算") for t in lines]


SLIPS = (1, 3)  # the reports with slips, of 0..4


def bound() -> Document:
    lines: list[str] = []
    for k in range(5):
        lines += report(k, k in SLIPS)
    return Document.from_lines(lines)


def _apply(doc: Document, change) -> None:
    for e in change.edits:  # (each inside one paragraph, as the editor applies them)
        p = doc.paragraphs[e.index]
        p.text = p.text[:e.start] + e.replacement + p.text[e.end:]


@pytest.fixture
def trees(monkeypatch) -> list[int]:
    """The first paragraph of each part whose tree the parser builds (not taken from a cache)."""
    built: list[int] = []
    real = parser.build_tree

    def counting(texts, chunk, nested, part_of):
        built.extend(sorted({part_of[i] for i, _ in chunk}))
        return real(texts, chunk, nested, part_of)

    monkeypatch.setattr(parser, "build_tree", counting)
    return built


def test_the_plan_from_the_windows_parse_redoes_only_the_renumbered_parts(trees) -> None:
    doc = bound()
    live = IncrementalAnalyzer()
    live.analyze(doc)
    cold_change, cold_result = renumber_all_plan(doc, live.analysis)
    assert cold_change is not None and cold_result is not None
    trees.clear()
    parts = live.parts()
    change, result = renumber_all_plan(doc, live.analysis, parts=parts)
    assert change is not None and result is not None
    assert change.edits == cold_change.edits  # the same plan
    assert _shape(result[1]) == _shape(cold_result[1])
    # hand count: the last chapter of each report with a slip, 四、→三、
    assert [(e.index, doc.paragraphs[e.index].text, e.replacement) for e in change.edits] == [
        (25 * k + 19, "四、下一步打算", "三") for k in SLIPS]
    # the plan's parse built the trees of the two renumbered reports' parts only (its first
    # round takes the live analysis' findings; the second parses the draft and finds no more)
    assert len(set(trees)) == 2, trees
    _apply(doc, change)
    assert [p.text for p in doc.paragraphs] == [t for k in range(5) for t in report(k, False)]


def test_the_parts_come_back_with_the_outline_and_the_next_heading_redoes_one_part(
        trees) -> None:
    doc = bound()
    live = IncrementalAnalyzer()
    live.analyze(doc)
    parts = live.parts()
    change, result = renumber_all_plan(doc, live.analysis, parts=parts)
    assert change is not None and result is not None
    _apply(doc, change)
    delta = live.update(doc, outline=result, parts=parts)
    assert delta.analysis.headings is result[1].headings  # taken, not parsed again
    trees.clear()
    # a heading typed in the first report (no slip, not renumbered), after its last chapter
    doc.paragraphs.insert(21, Paragraph(text="四、保障措施"))
    delta = live.update(doc, [doc.paragraphs[21].id])
    assert len(set(trees)) == 1, trees  # its own part only
    assert "保障措施" in [h.title for h in delta.analysis.outline]
    fresh = analyze(doc)
    assert _shape(delta.analysis) == _shape(fresh)


def test_without_the_parts_back_the_next_parse_redoes_the_renumbered_parts_too(trees) -> None:
    """The look-alike: an outline offered without its parts is still taken (and right), but the
    analyzer's own parts are of the text before the renumbering."""
    doc = bound()
    live = IncrementalAnalyzer()
    live.analyze(doc)
    change, result = renumber_all_plan(doc, live.analysis, parts=live.parts())
    assert change is not None and result is not None
    _apply(doc, change)
    live.update(doc, outline=result)
    trees.clear()
    doc.paragraphs.insert(21, Paragraph(text="四、保障措施"))
    delta = live.update(doc, [doc.paragraphs[21].id])
    assert len(set(trees)) == 3, trees  # its part and the two renumbered ones
    assert _shape(delta.analysis) == _shape(analyze(doc))
