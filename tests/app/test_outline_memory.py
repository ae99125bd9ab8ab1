"""An outline the window replaces is freed at once, without the cyclic collector.

The window holds the collector off while it analyses and then walks only the young objects
(ui/live.py ``collected_once``), and it freezes everything that exists once a report is open
(ui/editor.py): an outline whose headings pointed up to their parent and down to their children
was a reference cycle, freed only by a full collection, or never once frozen. Each typed heading
or 修正全部序号 replaces part of the outline, so the replaced headings piled up (corpus×3, 20
typed headings: Python's heap ~7 MB larger, kept after the collection: bench/bench_memory.py).
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from app.model import Document
from app.outline.parser import parse_outline
from app.outline.parts import PartCache

REPORT = """关于2026年上半年工作情况的报告
一、主要工作
（一）抓好项目建设
1.推进重点项目。完成投资12.5亿元。
2.优化营商环境。
（二）加强队伍建设
二、存在的问题
（一）统筹不够。
（二）保障不足。
三、下一步打算
（一）加快进度。"""


@pytest.fixture
def collector_off() -> Iterator[None]:
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def test_the_tree_reads_as_before() -> None:
    analysis = parse_outline(Document.from_lines(REPORT.split("\n")))
    by_title = {h.title: h for h in analysis.all_headings}
    assert by_title["抓好项目建设"].parent is by_title["主要工作"]
    assert by_title["推进重点项目"].parent is by_title["抓好项目建设"]
    assert by_title["主要工作"].parent is None
    assert [h.title for h in analysis.outline] == ["主要工作", "存在的问题", "下一步打算"]
    moved = by_title["加快进度"]
    moved.parent = by_title["存在的问题"]
    assert moved.parent is by_title["存在的问题"]
    moved.parent = None
    assert moved.parent is None


@pytest.mark.usefixtures("collector_off")
def test_a_dropped_outline_is_freed_without_the_collector() -> None:
    analysis = parse_outline(Document.from_lines(REPORT.split("\n")))
    child = next(h for h in analysis.all_headings if h.parent is not None)
    probes = [weakref.ref(child), weakref.ref(child.parent)]  # type: ignore[arg-type]
    del analysis, child
    assert [p() for p in probes] == [None, None]


@pytest.mark.usefixtures("collector_off")
def test_headings_a_reparse_replaces_are_freed_without_the_collector() -> None:
    lines = REPORT.split("\n") * 3
    parts = PartCache()
    doc = Document.from_lines(lines)
    first = parse_outline(doc, parts)
    probes = [weakref.ref(h) for h in first.all_headings]
    del first
    doc.paragraphs.insert(4, Document.from_lines(["（三）新增一节"]).paragraphs[0])
    second = parse_outline(doc, parts)  # the parts after the new line: moved copies
    assert any(h.title == "新增一节" for h in second.all_headings)
    kept = {id(h) for h in second.all_headings}
    alive = [p() for p in probes if p() is not None]
    # what is still alive is in the new outline (parts reused as they were), nothing else
    assert all(id(h) in kept for h in alive)
    assert len(alive) < len(probes)
