"""The parser's passes that look only at candidate lines (issue 15, warm parse): the state each
candidate depends on (the item before it, what follows it in its part, the lines between two
inline items) is the one a reader sees. Written as the reader would judge the lines."""

from __future__ import annotations

from app.engine import Analysis
from app.model import Document
from app.outline.parser import parse_outline
from app.outline.types import MarkerKind


def _outline(lines: list[str]) -> Analysis:
    return parse_outline(Document.from_lines(lines))


_BODY = "这是正文内容，用来说明有关工作情况，字数足够长以免被当作标题或者其他特殊行来处理。"


def test_a_number_line_continues_a_running_list_but_not_after_a_higher_heading() -> None:
    lines = ["一、重点任务", "18.完成道路改造。", "19.新建公园两处。", "20.2026年完成学校建设。",
             "二、保障措施", "20.2026年再建学校。"]
    a = _outline(lines)
    item = a.markers[3]
    assert item is not None and item.kind is MarkerKind.ARABIC and item.number == 20
    assert a.markers[5] is None  # after 二、 the list is over: "20.2026" is a value


def test_a_note_opens_a_block_only_after_the_body() -> None:
    lines = ["关于工作情况的报告", "一、基本情况", _BODY, "注：数据截至年底。", "二、下一步打算",
             _BODY, "注释：", "1.第一条注释。", "2.第二条注释。"]
    a = _outline(lines)
    assert a.appendix_parts == [6]  # the 注 under 一、 stays in its section
    assert 6 in a.parts


def test_inline_items_run_on_across_body_paragraphs_and_blank_lines() -> None:
    lines = ["一、主要做法", "一是加强领导，健全机制。", "", _BODY, "二是落实责任，压实任务。",
             "二、存在问题", "一是投入不足。", "工作措施如下：", "一是加大投入。", "二是强化考核。"]
    a = _outline(lines)
    runs = [[i for i, _ in g.items] for g in a.groups if g.kind is MarkerKind.INLINE_SHI]
    # a heading and a lead sentence each start a new list; a blank line or body text does not
    assert runs == [[1, 4], [6], [8, 9]]


def test_a_heading_with_items_after_its_marker_starts_its_own_list() -> None:
    lines = ["一、总体要求", "一是提高认识。", "（一）主要任务。一是抓落实，二是重实效。",
             "三是勤总结。"]
    a = _outline(lines)
    runs = [[(i, m.number) for i, m in g.items] for g in a.groups
            if g.kind is MarkerKind.INLINE_SHI]
    assert runs == [[(1, 1)], [(2, 1), (2, 2), (3, 3)]]
