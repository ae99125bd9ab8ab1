"""修订 on and the paragraph structure, as Word records it: Enter inside a paragraph is an
inserted paragraph mark (no text deleted or inserted), Backspace at a paragraph's start a
deleted one; accepting or rejecting them splits or joins. Expected values come from the XML,
never from the app."""

from __future__ import annotations

import shutil

import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app import revisions as rv
from tests.app.test_docx_reader import make_docx, p, r
from tests.app.test_revisions import document_xml, validate_issues
from tests.app.test_revisions_move import walk
from tests.ui.test_track_changes import REAL, action, block_texts, ctrl_s, key_at, open_tracking

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_enter_inside_a_paragraph_is_an_inserted_paragraph_mark(qtbot, window, tmp_path):
    body = "<w:p>" + r("第一段") + r("加粗", "<w:b/>") + r("文字") + "</w:p>" + p("第二段")
    path = make_docx(tmp_path, body)
    opened = tmp_path / "as-opened.docx"
    shutil.copyfile(path, opened)
    window.settings().setValue("author/name", "王审校")
    open_tracking(window, path)
    key_at(qtbot, window, 0, 4, Qt.Key.Key_Return)  # inside the bold run
    assert block_texts(window) == ["第一段加", "粗文字", "第二段"]
    kinds = [[x.kind for x in q.revisions] for q in window.live.document.paragraphs]
    assert kinds == [["para_ins"], [], []]  # no deleted tail, no inserted paragraph text
    ctrl_s(qtbot, window)
    xml = document_xml(path)
    paras = etree.fromstring(xml).find(W + "body").findall(W + "p")
    assert len(paras) == 3
    mark = paras[0].find(f"{W}pPr/{W}rPr/{W}ins")
    assert mark is not None and mark.get(W + "author") == "王审校"
    assert next(etree.fromstring(xml).iter(W + "del"), None) is None
    assert [e.getparent().tag for e in etree.fromstring(xml).iter(W + "ins")] == [W + "rPr"]
    # the split bold run stays bold on both sides
    bold = ["".join(t.text for t in run.iter(W + "t")) for q in paras[:2]
            for run in q.iter(W + "r") if run.find(f"{W}rPr/{W}b") is not None]  # fmt: skip
    assert bold == ["加", "粗"]
    assert walk(xml, accept=True) == ["第一段加", "粗文字", "第二段"]
    assert walk(xml, accept=False) == ["第一段加粗文字", "第二段"]
    assert validate_issues(path) <= validate_issues(opened)
    # rejecting the mark joins the two again, in the window
    window.editor.setTextCursor(QTextCursor(window.editor.document().findBlockByNumber(0)))
    action(window, "rejectAllChangesAction").trigger()
    assert block_texts(window) == ["第一段加粗文字", "第二段"]
    assert not rv.has_revisions(window.live.document)


def test_enter_then_accept_keeps_two_paragraphs(qtbot, window, tmp_path):
    path = make_docx(tmp_path, p("第一段文字") + p("第二段"))
    open_tracking(window, path)
    key_at(qtbot, window, 0, 3, Qt.Key.Key_Return)
    action(window, "acceptAllChangesAction").trigger()
    assert block_texts(window) == ["第一段", "文字", "第二段"]
    ctrl_s(qtbot, window)
    xml = document_xml(path)
    assert next(etree.fromstring(xml).iter(W + "ins", W + "del"), None) is None
    assert walk(xml, accept=False) == ["第一段", "文字", "第二段"]


def test_backspace_join_is_a_deleted_mark_and_reject_keeps_both(qtbot, window, tmp_path):
    path = make_docx(tmp_path, p("第一段") + p("第二段"))
    open_tracking(window, path)
    key_at(qtbot, window, 1, 0, Qt.Key.Key_Backspace)
    ctrl_s(qtbot, window)
    xml = document_xml(path)
    first = etree.fromstring(xml).find(W + "body").find(W + "p")
    assert first.find(f"{W}pPr/{W}rPr/{W}del") is not None
    assert walk(xml, accept=True) == ["第一段第二段"]
    assert walk(xml, accept=False) == ["第一段", "第二段"]
    action(window, "rejectAllChangesAction").trigger()
    assert block_texts(window) == ["第一段", "第二段"]
    assert not rv.has_revisions(window.live.document)


def test_deleting_a_picture_is_a_tracked_deletion_and_undo_puts_it_back(qtbot, window,
                                                                        tmp_path):  # fmt: skip
    source = REAL / "en09_poi_VariousPictures.docx"
    if not source.is_file():
        pytest.skip("../shared/realdocx/en09 is absent (third-party file)")
    path = tmp_path / source.name
    shutil.copyfile(source, path)
    open_tracking(window, path)
    editor = window.editor
    qdoc = editor.document()
    block = next(b for b in (qdoc.findBlockByNumber(k) for k in range(qdoc.blockCount()))
                 if b.text().count("\ufffc") >= 3)  # fmt: skip
    shown = block.text()
    editor.setFocus()
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + 1)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # the second picture
    assert qdoc.findBlockByNumber(block.blockNumber()).text().count("\ufffc") == shown.count(
        "\ufffc") - 1  # fmt: skip
    ctrl_s(qtbot, window)
    root = etree.fromstring(document_xml(path))
    deleted = [e for e in root.iter(W + "del") if e.find(f"{W}r/{W}drawing") is not None]
    assert len(deleted) == 1
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert qdoc.findBlockByNumber(block.blockNumber()).text() == shown
    assert not rv.has_revisions(window.live.document)
