"""Tracked changes (修订) through the window: a colleague's revisions shown and resolved, the
reviewer's own edits recorded with 修订 on. Expected texts come from the original XML (the
independent walk of tests/app/test_revisions.py), never from the app."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor

from app import revisions as rv
from tests.app.test_docx_reader import make_docx, p
from tests.app.test_revisions import REVISION_TAGS, document_xml, texts_after, validate_issues
from tests.ui.helpers import type_text

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "realdocx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def real_copy(name: str, tmp_path: Path) -> Path:
    source = REAL / name
    if not source.is_file():
        pytest.skip(f"../shared/realdocx/{name} is absent (third-party file)")
    path = tmp_path / name
    shutil.copyfile(source, path)
    return path


def action(window, name: str) -> QAction:
    act = window.findChild(QAction, name)
    assert act is not None, name
    return act


def ctrl_s(qtbot, window) -> None:
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.editor.document().isModified()


def open_tracking(window, path: Path) -> None:
    """Open ``path`` in the window and switch 修订 on, as a reviewer starts."""
    assert window.files.open_path(str(path), ask=False)
    action(window, "trackChangesAction").trigger()


def key_at(qtbot, window, block: int, offset: int, key: Qt.Key) -> None:
    """Press ``key`` in the editor with the cursor ``offset`` characters into line ``block``."""
    editor = window.editor
    editor.setFocus()
    cursor = QTextCursor(editor.document().findBlockByNumber(block))
    cursor.setPosition(cursor.position() + offset)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, key)


def block_texts(window) -> list[str]:
    doc = window.editor.document()
    return [doc.findBlockByNumber(k).text() for k in range(doc.blockCount())]


def body_texts(window) -> list[str]:
    return [q.text[q.auto_number_len :] for q in window.live.document.paragraphs]


def test_action_names(window):
    for name in ("trackChangesAction", "acceptChangeAction", "rejectChangeAction",
                 "acceptAllChangesAction", "rejectAllChangesAction", "nextChangeAction",
                 "previousChangeAction"):  # fmt: skip
        assert action(window, name) is not None
    assert action(window, "trackChangesAction").isCheckable()
    assert action(window, "trackChangesAction").shortcut().toString() == "Ctrl+Shift+E"


@pytest.mark.parametrize("name", ["en01_poi_delins.docx", "en16_pandoc_track_changes_move.docx"])
def test_markup_shows_deleted_text_and_accept_all_saves(qtbot, window, tmp_path, name):
    path = real_copy(name, tmp_path)
    original = document_xml(path)
    assert window.files.open_path(str(path), ask=False)
    deleted = [e for e in etree.fromstring(original).iter(W + "del", W + "moveFrom")
               if e.getparent().tag != W + "rPr"]  # fmt: skip
    removed = {"".join(t.text or "" for t in e.iter(W + "delText", W + "t")) for e in deleted}
    listed = window.track.panel.row_texts()
    for text in removed:  # every deletion is in the pane with its text
        assert any(text[:80] in row for row in listed)
    first = "".join(x.text or "" for x in deleted[0].iter(W + "delText", W + "t"))
    row = next(k for k, t in enumerate(listed)
               if first[:80] in t and ("Deleted: " in t or "Moved away: " in t))  # (not moved-to)
    window.track.panel.activate_row(row)
    qtbot.waitUntil(lambda: any(
        b.revision.text and b.revision.text in removed for b in window.track.marks.balloons))
    assert window.track.marks.overlay.isVisible()  # drawn: in the margin, or under the line
    window.resize(1900, 1000)  # room right of the page: the balloons are in the margin
    qtbot.waitUntil(lambda: window.track.marks.strip.isVisible())
    action(window, "acceptAllChangesAction").trigger()
    expected = texts_after(original, accept=True)
    assert body_texts(window) == expected
    assert [t for t in block_texts(window)] == [q.text for q in window.live.document.paragraphs]
    ctrl_s(qtbot, window)
    saved = document_xml(path)
    assert next(etree.fromstring(saved).iter(*REVISION_TAGS), None) is None
    assert texts_after(saved, accept=True) == expected


@pytest.mark.parametrize("name", ["en01_poi_delins.docx", "en16_pandoc_track_changes_move.docx"])
def test_reject_all_gives_the_original_and_undo_brings_the_revisions_back(qtbot, window,
                                                                         tmp_path, name):
    path = real_copy(name, tmp_path)
    original = document_xml(path)
    assert window.files.open_path(str(path), ask=False)
    count = len(rv.all_revisions(window.live.document))
    action(window, "rejectAllChangesAction").trigger()
    assert body_texts(window) == texts_after(original, accept=False)
    assert window.track.panel.row_texts() == []
    window.undo()
    assert len(rv.all_revisions(window.live.document)) == count
    assert body_texts(window) == texts_after(original, accept=True, join=False)
    assert block_texts(window) == [q.text for q in window.live.document.paragraphs]
    window.redo()
    assert body_texts(window) == texts_after(original, accept=False)
    ctrl_s(qtbot, window)
    saved = document_xml(path)
    assert texts_after(saved, accept=True) == texts_after(original, accept=False)


def test_accept_one_at_the_cursor_and_next_change(qtbot, window, tmp_path):
    path = real_copy("en01_poi_delins.docx", tmp_path)
    assert window.files.open_path(str(path), ask=False)
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    before = len(rv.all_revisions(window.live.document))
    action(window, "nextChangeAction").trigger()
    _pid, r_id = window.track.panel.current_ids()
    action(window, "acceptChangeAction").trigger()
    left = rv.all_revisions(window.live.document)
    assert len(left) < before
    assert all(r.id != r_id for _, r in left)


def test_recording_typing_and_deleting(qtbot, window, tmp_path):
    path = make_docx(tmp_path, p("关于开展安全检查的通知") + p("各部门：现将有关事项通知如下。")
                     + p("一、检查范围"))  # fmt: skip
    window.settings().setValue("author/name", "王审校")
    opened = tmp_path / "as-opened.docx"
    shutil.copyfile(path, opened)
    open_tracking(window, path)
    assert window.live.document.track_revisions
    editor = window.editor
    editor.setFocus()
    cursor = QTextCursor(editor.document().findBlockByNumber(1))
    editor.setTextCursor(cursor)
    type_text(editor, "请")
    cursor = editor.textCursor()
    cursor.setPosition(cursor.block().position() + 5)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.document().findBlockByNumber(1).text() == "请各部门：有关事项通知如下。"
    second = window.live.document.paragraphs[1]
    assert [(r.kind, r.author) for r in second.revisions] == [("ins", "王审校"), ("del", "王审校")]
    ctrl_s(qtbot, window)
    root = etree.fromstring(document_xml(path))
    para = list(root.iter(W + "p"))[1]
    ins, dele = para.find(W + "ins"), para.find(W + "del")
    assert ins.get(W + "author") == dele.get(W + "author") == "王审校"
    assert "".join(t.text for t in dele.iter(W + "delText")) == "现将"
    with zipfile.ZipFile(path) as z:
        assert b"trackRevisions" in z.read("word/settings.xml")
    assert texts_after(etree.tostring(root), accept=False)[1] == "各部门：现将有关事项通知如下。"
    assert validate_issues(path) <= validate_issues(opened)  # nothing Word would refuse


def test_backspace_at_paragraph_start_marks_the_mark_deleted(qtbot, window, tmp_path):
    path = make_docx(tmp_path, p("第一段") + p("第二段"))
    open_tracking(window, path)
    key_at(qtbot, window, 1, 0, Qt.Key.Key_Backspace)
    assert block_texts(window) == ["第一段", "第二段"]  # both stay, the mark is marked
    first = window.live.document.paragraphs[0]
    assert [r.kind for r in first.revisions] == ["para_del"]
    action(window, "acceptAllChangesAction").trigger()
    assert block_texts(window) == ["第一段第二段"]


def test_views_final_and_original(qtbot, window, tmp_path):
    path = real_copy("en01_poi_delins.docx", tmp_path)
    assert window.files.open_path(str(path), ask=False)
    window.track.set_view("original")
    assert window.track.original_view.isVisible()
    shown = window.track.original_view.toPlainText()
    original = document_xml(path)
    for text in texts_after(original, accept=False):
        assert text.strip() in shown
    window.track.set_view("final")
    assert not window.track.original_view.isVisible()
    assert not window.track.marks.overlay.isVisible()
    assert window.track.marks.balloons == []
    window.track.set_view("markup")
    assert window.track.marks.overlay.isVisible()
    q, dele = next((q, r) for q, r in rv.all_revisions(window.live.document) if r.kind == "del")
    window.track._jump(q, dele)  # scrolled to it: its deleted text is drawn
    qtbot.waitUntil(lambda: any(b.revision is dele for b in window.track.marks.balloons))


def test_text_save_with_pending_revisions_asks(qtbot, window, tmp_path, monkeypatch):
    path = real_copy("en16_pandoc_track_changes_move.docx", tmp_path)
    assert window.files.open_path(str(path), ask=False)
    monkeypatch.setattr(window.track, "confirm_text_save", lambda: "cancel")
    assert window.files.save_to(str(tmp_path / "out.txt")) is False
    assert not (tmp_path / "out.txt").exists()


def test_enter_with_tracking_rejects_back_to_one_paragraph(qtbot, window, tmp_path):
    path = make_docx(tmp_path, p("第一段文字") + p("第二段"))
    open_tracking(window, path)
    key_at(qtbot, window, 0, 3, Qt.Key.Key_Return)
    assert block_texts(window) == ["第一段", "文字", "第二段"]
    ctrl_s(qtbot, window)
    xml = document_xml(path)
    assert texts_after(xml, accept=True) == ["第一段", "文字", "第二段"]
    assert texts_after(xml, accept=False) == ["第一段文字", "第二段"]


def test_fix_all_numbering_is_recorded(qtbot, window, tmp_path):
    path = make_docx(tmp_path, p("关于检查的通知") + p("一、检查范围") + p("本次检查覆盖全系统。")
                     + p("三、检查要求") + p("各单位要高度重视。"))  # fmt: skip
    window.settings().setValue("author/name", "王审校")
    open_tracking(window, path)
    assert window.headings.fix_all_numbering()
    assert block_texts(window)[3] == "二、检查要求"
    revised = window.live.document.paragraphs[3]
    assert sorted((r.kind, r.author, r.text) for r in revised.revisions) == [
        ("del", "王审校", "三"), ("ins", "王审校", "")]  # fmt: skip
    ctrl_s(qtbot, window)
    xml = document_xml(path)
    assert texts_after(xml, accept=False)[3] == "三、检查要求"
    assert texts_after(xml, accept=True)[3] == "二、检查要求"


def test_official_export_writes_the_held_revisions(qtbot, window, tmp_path):
    from ui.review_dialogs import ExportOptions

    path = real_copy("en16_pandoc_track_changes_move.docx", tmp_path)
    assert window.files.open_path(str(path), ask=False)
    marked, clean = tmp_path / "marked.docx", tmp_path / "clean.docx"
    assert window.review.export(ExportOptions(str(marked), tracked=True))
    assert window.review.export(ExportOptions(str(clean), tracked=False))
    root = etree.fromstring(document_xml(marked))
    moved = "Here is the text to be moved."
    ins = [e for e in root.iter(W + "ins") if moved in "".join(t.text or "" for t in e.iter())]
    dele = [e for e in root.iter(W + "del") if moved in "".join(t.text or "" for t in e.iter())]
    assert ins and dele  # the move, as an insertion and a deletion, by its author
    assert {e.get(W + "author") for e in ins + dele} == {"Jesse Rosenthal"}
    assert next(etree.fromstring(document_xml(clean)).iter(*REVISION_TAGS), None) is None


def test_undo_of_an_accept_all_that_changes_no_text_brings_the_revisions_back(qtbot, window,
                                                                             tmp_path):
    """Accepting insertions leaves every character in place: the step must still be one undo
    step of its own, not fall through to the edit before it."""
    path = tmp_path / "draft.txt"
    path.write_text("第一段。\n第二段。\n", encoding="utf-8")
    open_tracking(window, path)
    editor = window.editor
    editor.setFocus()
    cursor = QTextCursor(editor.document().findBlockByNumber(1))
    editor.setTextCursor(cursor)
    type_text(editor, "新增")
    qtbot.waitUntil(lambda: rv.all_revisions(window.live.document) != [])
    typed = block_texts(window)
    assert typed[1] == "新增第二段。"
    count = len(rv.all_revisions(window.live.document))
    action(window, "acceptAllChangesAction").trigger()
    assert rv.all_revisions(window.live.document) == []
    assert block_texts(window) == typed
    window.undo()
    assert len(rv.all_revisions(window.live.document)) == count  # the marks are back …
    assert block_texts(window) == typed  # … and the typing is still there
    window.redo()
    assert rv.all_revisions(window.live.document) == []
    assert block_texts(window) == typed


def underlined(window) -> set[int]:
    """Blocks drawn with a revision's underline (what the reader sees as marked)."""
    from PySide6.QtGui import QTextCharFormat

    doc = window.editor.document()
    single = QTextCharFormat.UnderlineStyle.SingleUnderline
    return {k for k in range(doc.blockCount())
            if any(f.format.underlineStyle() == single
                   for f in doc.findBlockByNumber(k).layout().formats())}


def test_accept_all_over_a_long_report_redraws_every_mark_and_one_undo_brings_them_back(
        qtbot, window, tmp_path):
    """Renumbered headings far apart (each its own layout pass: ui.doc_ops.redraw_joined):
    accepting all takes the underline off each, one Undo puts every revision and its
    underline back, Redo takes them off again."""
    filler = "".join(p(f"第{k}段正文，说明有关情况。") for k in range(120))
    body = (p("关于检查的通知") + p("一、检查范围") + filler + p("三、检查要求") + filler
            + p("五、工作安排") + filler + p("七、有关说明") + p("结束。"))
    path = make_docx(tmp_path, body)
    window.settings().setValue("author/name", "王审校")
    open_tracking(window, path)
    assert window.headings.fix_all_numbering()
    action(window, "trackChangesAction").trigger()  # 修订 off: resolving records nothing
    texts = block_texts(window)
    headings = [k for k, t in enumerate(texts) if t in ("二、检查要求", "三、工作安排",
                                                        "四、有关说明")]  # fmt: skip
    assert len(headings) == 3
    assert underlined(window) == set(headings)  # the inserted numerals, drawn
    count = len(rv.all_revisions(window.live.document))
    assert count == 6  # a deletion and an insertion for each
    action(window, "acceptAllChangesAction").trigger()
    assert rv.all_revisions(window.live.document) == []
    assert underlined(window) == set()
    assert block_texts(window) == texts
    window.undo()
    assert len(rv.all_revisions(window.live.document)) == count
    assert underlined(window) == set(headings)
    assert block_texts(window) == texts
    window.redo()
    assert rv.all_revisions(window.live.document) == []
    assert underlined(window) == set()
    window.undo()
    window.undo()  # the renumbering itself, in one step
    assert [block_texts(window)[k][:2] for k in headings] == ["三、", "五、", "七、"]
