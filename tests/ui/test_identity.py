"""Paragraph identity in the window: ids live on the blocks and survive every kind of edit; the
model is updated from the editor's change notifications, touched paragraphs only."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor

from app.model import Document, Paragraph
from tests.ui.helpers import type_text
from ui.identity import block_id

TEXTS = ["一、总体情况", "今年以来工作有序推进。", "二、存在问题", "人手不足。", "三、下步打算"]


def load(window, texts=TEXTS) -> Document:
    doc = Document(paragraphs=[Paragraph(t) for t in texts])
    window.load_document(doc, None)
    return doc


def block_ids(window) -> list[int]:
    out, block = [], window.editor.document().begin()
    while block.isValid():
        out.append(block_id(block))
        block = block.next()
    return out


def model(window) -> list[tuple[int, str]]:
    window.live.flush()
    return [(p.id, p.text) for p in window.live.document.paragraphs]


def put_cursor(window, index: int, offset: int) -> None:
    window.editor.go_to(index, offset)


def press_enter(qtbot, window) -> None:
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)


def test_blocks_carry_the_ids_of_the_loaded_paragraphs(window):
    doc = load(window)
    assert block_ids(window) == [p.id for p in doc.paragraphs]


def test_typing_keeps_ids_and_objects_and_undo_redo_too(qtbot, window):
    doc = load(window)
    before = list(doc.paragraphs)
    put_cursor(window, 1, 2)
    type_text(window.editor, "全年")
    assert model(window)[1] == (before[1].id, "今年全年以来工作有序推进。")
    assert all(a is b for a, b in zip(before, window.live.document.paragraphs, strict=True))
    window.undo()
    assert model(window)[1] == (before[1].id, "今年以来工作有序推进。")
    window.redo()
    assert model(window)[1] == (before[1].id, "今年全年以来工作有序推进。")


def test_enter_at_start_leaves_the_id_on_the_text(qtbot, window):
    doc = load(window)
    ids = [p.id for p in doc.paragraphs]
    put_cursor(window, 1, 0)
    press_enter(qtbot, window)
    got = model(window)
    assert got[2] == (ids[1], "今年以来工作有序推进。")
    assert got[1][1] == "" and got[1][0] not in ids
    assert len({i for i, _ in got}) == len(got)
    assert block_ids(window) == [i for i, _ in got]


def test_enter_in_the_middle_and_at_the_end(qtbot, window):
    doc = load(window)
    ids = [p.id for p in doc.paragraphs]
    pid = ids[1]
    put_cursor(window, 1, 7)  # the longer part keeps the id (it kept most of the text)
    press_enter(qtbot, window)
    got = model(window)
    assert got[1] == (pid, "今年以来工作有")
    assert got[2][1] == "序推进。" and got[2][0] != pid
    put_cursor(window, 3, len("二、存在问题"))
    press_enter(qtbot, window)
    got2 = model(window)
    assert got2[3] == (ids[2], "二、存在问题")
    assert got2[4][1] == "" and len({i for i, _ in got2}) == len(got2)


def test_undo_of_enter_is_one_step_and_redo_brings_the_same_ids(qtbot, window):
    load(window)
    original = model(window)
    put_cursor(window, 1, 3)
    press_enter(qtbot, window)
    split = model(window)
    window.undo()
    assert model(window) == original
    assert block_ids(window) == [i for i, _ in original]
    window.redo()
    assert model(window) == split
    assert block_ids(window) == [i for i, _ in split]


def test_paste_of_three_paragraphs(qtbot, window):
    doc = load(window)
    original = [(p.id, p.text) for p in doc.paragraphs]
    pid = original[3][0]
    put_cursor(window, 3, 3)
    mime = QMimeData()
    mime.setText("甲\n乙\n丙")
    window.editor.insertFromMimeData(mime)
    got = model(window)
    assert [t for _, t in got[3:6]] == ["人手不甲", "乙", "丙足。"]
    assert got[3][0] == pid
    assert len({i for i, _ in got}) == len(got) == 7
    assert block_ids(window) == [i for i, _ in got]
    window.undo()
    assert model(window) == original
    window.redo()
    assert model(window) == got


def test_only_touched_paragraphs_are_read_again(qtbot, window):
    load(window, [f"第{i}段内容。" for i in range(200)])
    window.live.flush()
    before = list(window.live.document.paragraphs)
    snapshot = [(p.id, p.text) for p in before]
    put_cursor(window, 100, 1)
    type_text(window.editor, "x")
    assert window.live.sync.touched == 1
    after = window.live.document.paragraphs
    assert all(a is b for a, b in zip(before, after, strict=True))
    assert [(p.id, p.text) for p in after][:100] == snapshot[:100]
    assert after[100].text == "第x100段内容。"


def test_deleted_paragraph_comes_back_as_the_same_object_on_undo(qtbot, window):
    doc = load(window)
    third = doc.paragraphs[3]
    block = window.editor.document().findBlockByNumber(3)
    cur = QTextCursor(block)
    cur.setPosition(block.position() - 1)
    cur.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cur.removeSelectedText()
    assert third not in window.live.document.paragraphs
    window.undo()
    assert window.live.document.paragraphs[3] is third


def test_quick_fix_keeps_ids(qtbot, window):
    doc = load(window, ["一、总体情况", "一、存在问题", "正文。"])
    ids = [p.id for p in doc.paragraphs]
    objects = list(doc.paragraphs)
    window.live.flush()
    fixes = [f for f in window.live.analysis.findings if f.fix is not None and f.index == 1]
    assert fixes, "the duplicated 一、 is a numbering finding with a fix"
    assert window.fixes.apply_fix(fixes[0])
    got = model(window)
    assert [i for i, _ in got] == ids
    assert got[1][1] == "二、存在问题"
    assert all(a is b for a, b in zip(objects, window.live.document.paragraphs, strict=True))
