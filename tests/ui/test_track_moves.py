"""修订 on while a section moves in the outline: recorded as a Word move (w:moveFrom/w:moveTo in
named ranges), shown as a move, decided as one move; the renumbering that follows is recorded
as deletions and insertions of the numbers. Expected texts come from the lists the test builds
and from a walk of the saved XML of its own, never from the app."""

from __future__ import annotations

import shutil
from pathlib import Path

from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app import revisions as rv
from tests.app.test_docx_reader import make_docx, p
from tests.app.test_revisions import document_xml, validate_issues
from tests.app.test_revisions_move import walk
from tests.ui.test_track_changes import action, block_texts, ctrl_s, open_tracking

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXTS = ["关于检查的通知", "一、检查范围", "覆盖全系统。", "二、检查要求", "各单位要高度重视。",
         "三、工作安排", "按期完成。"]  # fmt: skip


def open_tracked(window, tmp_path: Path) -> tuple[Path, Path]:
    path = make_docx(tmp_path, "".join(p(t) for t in TEXTS))
    opened = tmp_path / "as-opened.docx"
    shutil.copyfile(path, opened)
    window.settings().setValue("author/name", "王审校")
    open_tracking(window, path)
    window.live.flush()
    return path, opened


def test_moving_a_section_up_is_a_word_move(qtbot, window, tmp_path):
    path, opened = open_tracked(window, tmp_path)
    window.outline.select_paragraph(3)
    assert window.headings.move_section(-1)
    moved = ["关于检查的通知", "一、检查要求", "各单位要高度重视。", "二、检查范围", "覆盖全系统。",
             "三、工作安排", "按期完成。"]  # fmt: skip
    # the origin stays as empty lines (moved away), the rest is the moved, renumbered text
    shown = block_texts(window)
    assert [t for t in shown if t] == moved
    assert shown[5:7] == ["", ""]
    rows = window.track.panel.row_texts()
    assert any("Moved away: " in r and "二、检查要求" in r for r in rows)
    assert any("Moved here: " in r for r in rows)
    ctrl_s(qtbot, window)
    xml = document_xml(path)
    root = etree.fromstring(xml)
    starts = {e.tag: e for e in root.iter(W + "moveFromRangeStart", W + "moveToRangeStart")}
    assert len(starts) == 2
    from_start, to_start = starts[W + "moveFromRangeStart"], starts[W + "moveToRangeStart"]
    assert from_start.get(W + "name") == to_start.get(W + "name")
    ends = [e.get(W + "id") for e in root.iter(W + "moveFromRangeEnd", W + "moveToRangeEnd")]
    assert sorted(ends) == sorted([from_start.get(W + "id"), to_start.get(W + "id")])
    moved_from = ["".join(t.text for t in e.iter(W + "t")) for e in root.iter(W + "moveFrom")
                  if e.getparent().tag != W + "rPr"]  # fmt: skip
    assert moved_from == ["二、检查要求", "各单位要高度重视。"]
    assert {e.get(W + "author") for e in root.iter(W + "moveTo", W + "moveFrom")} == {"王审校"}
    assert walk(xml, accept=True) == moved
    assert walk(xml, accept=False) == TEXTS
    assert validate_issues(path) <= validate_issues(opened)


def test_a_move_is_accepted_or_rejected_as_one_and_undone(qtbot, window, tmp_path):
    open_tracked(window, tmp_path)
    window.outline.select_paragraph(3)
    assert window.headings.move_section(-1)
    editor = window.editor
    # the cursor on the moved heading: rejecting takes the whole move back (not the renumbering
    # of 二、检查范围, which is a change of its own)
    editor.setTextCursor(QTextCursor(editor.document().findBlockByNumber(2)))
    action(window, "rejectChangeAction").trigger()
    assert block_texts(window) == ["关于检查的通知", "二、检查范围", "覆盖全系统。", "二、检查要求",
                                   "各单位要高度重视。", "三、工作安排", "按期完成。"]  # fmt: skip
    kinds = {r.kind for _, r in rv.all_revisions(window.live.document)}
    assert not kinds & {"moveFrom", "moveTo"}
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "" in block_texts(window)  # the move is back
    editor.setTextCursor(QTextCursor(editor.document().findBlockByNumber(5)))  # an origin line
    action(window, "acceptChangeAction").trigger()
    assert block_texts(window)[:5] == ["关于检查的通知", "一、检查要求", "各单位要高度重视。",
                                       "二、检查范围", "覆盖全系统。"]  # fmt: skip
    assert "" not in block_texts(window)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert block_texts(window) == TEXTS  # the move itself undone in one step
    assert not rv.has_revisions(window.live.document)



def test_dragging_a_section_to_the_end_is_a_word_move(qtbot, window, tmp_path):
    path, opened = open_tracked(window, tmp_path)
    first = window.live.document.paragraphs[1].id  # 一、检查范围 and its text
    assert window.headings.drop_section(first, -1, 3)  # after the last top-level section
    moved = ["关于检查的通知", "一、检查要求", "各单位要高度重视。", "二、工作安排", "按期完成。",
             "三、检查范围", "覆盖全系统。"]  # fmt: skip
    assert [t for t in block_texts(window) if t] == moved
    ctrl_s(qtbot, window)
    xml = document_xml(path)
    assert walk(xml, accept=True) == moved
    assert walk(xml, accept=False) == TEXTS
    root = etree.fromstring(xml)
    names = {e.get(W + "name") for e in root.iter(W + "moveFromRangeStart", W + "moveToRangeStart")}
    assert len(names) == 1
    assert validate_issues(path) <= validate_issues(opened)


def test_moving_the_last_section_up_leaves_its_origin_at_the_end(qtbot, window, tmp_path):
    path, opened = open_tracked(window, tmp_path)
    window.outline.select_paragraph(5)
    assert window.headings.move_section(-1)
    moved = ["关于检查的通知", "一、检查范围", "覆盖全系统。", "二、工作安排", "按期完成。",
             "三、检查要求", "各单位要高度重视。"]  # fmt: skip
    shown = block_texts(window)
    assert [t for t in shown if t] == moved
    assert shown[-2:] == ["", ""]  # moved away from the end
    ctrl_s(qtbot, window)
    xml = document_xml(path)
    assert walk(xml, accept=True) == moved
    assert walk(xml, accept=False) == TEXTS
    assert validate_issues(path) <= validate_issues(opened)
    action(window, "acceptAllChangesAction").trigger()
    assert [t for t in block_texts(window) if t] == moved
    assert not rv.has_revisions(window.live.document)
