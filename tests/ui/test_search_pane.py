"""The search pane: hits listed with context and a count, highlighted, regex, replace, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import texts, type_text
from ui.search_pane import HIT_PROPERTY, HTML_ROLE

TEXT = "县信访局开展工作\n一、县信访局的做法\n（一）加强领导。第1条、第12条\n其他"


def open_pane(qtbot, window, replace=False):
    window.editor.setFocus()
    key = Qt.Key.Key_H if replace else Qt.Key.Key_F
    qtbot.keyClick(window.editor, key, Qt.KeyboardModifier.ControlModifier)
    pane = window.search
    qtbot.waitUntil(pane.isVisible)
    return pane


def search_for(qtbot, pane, needle):
    pane.find_edit.clear()
    qtbot.keyClicks(pane.find_edit, needle) if needle.isascii() else pane.find_edit.setText(needle)
    qtbot.waitUntil(lambda: not pane._timer.isActive())
    return pane


def hit_highlights(window):
    return [s for s in window.editor.extraSelections() if s.format.hasProperty(HIT_PROPERTY)]


def test_ctrl_f_lists_every_hit_with_context_and_a_count(qtbot, window):
    type_text(window.editor, TEXT)
    pane = open_pane(qtbot, window)
    assert QApplication.focusWidget() is pane.find_edit
    search_for(qtbot, pane, "信访局")
    assert pane.count_label.text() == "2 results"
    rows = [pane.model.index(r, 0).data(HTML_ROLE) for r in range(pane.model.rowCount())]
    assert len(rows) == 2
    # the hit in bold, with the words around it
    assert (
        "<b" in rows[1] and "信访局</b>" in rows[1] and "一、县" in rows[1] and "的做法" in rows[1]
    )
    # every hit highlighted in the text, beside the problem underlines
    assert [h.cursor.selectedText() for h in hit_highlights(window)] == ["信访局", "信访局"]
    window.live.flush()  # a re-analysis redraws the underlines; the hits stay
    assert len(hit_highlights(window)) == 2
    assert len(window.editor.extraSelections()) > 2 or not window.live.analysis.findings


def test_enter_walks_the_hits_and_a_click_selects_one(qtbot, window):
    type_text(window.editor, TEXT)
    window.editor.go_to(0, 0)
    pane = open_pane(qtbot, window)
    search_for(qtbot, pane, "信访局")
    qtbot.keyClick(pane.find_edit, Qt.Key.Key_Return)
    assert window.editor.textCursor().selectedText() == "信访局"
    assert window.editor.cursor_location() == (0, 4)
    qtbot.keyClick(pane.find_edit, Qt.Key.Key_Return)
    assert window.editor.cursor_location() == (1, 6)
    qtbot.keyClick(pane.find_edit, Qt.Key.Key_Return)  # wraps
    assert window.editor.cursor_location() == (0, 4)
    rect = pane.results.visualRect(pane.model.index(1, 0))
    qtbot.mouseClick(pane.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.cursor_location() == (1, 6)


def test_regular_expressions_and_a_bad_pattern(qtbot, window):
    type_text(window.editor, TEXT)
    pane = open_pane(qtbot, window)
    pane.regex_box.setChecked(True)
    search_for(qtbot, pane, r"第\d+条")
    assert pane.count_label.text() == "2 results"
    assert [h.cursor.selectedText() for h in hit_highlights(window)] == ["第1条", "第12条"]
    search_for(qtbot, pane, "第[1-")
    assert pane.count_label.text() == "Invalid regular expression near character 2"
    assert pane.model.rowCount() == 0 and hit_highlights(window) == []
    pane.regex_box.setChecked(False)  # the same text, literally: no hit, no error
    assert pane.count_label.text() == "No results"


def test_match_case(qtbot, window):
    type_text(window.editor, "PDF 和 pdf")
    pane = open_pane(qtbot, window)
    search_for(qtbot, pane, "pdf")
    assert pane.count_label.text() == "2 results"
    pane.case_box.setChecked(True)
    assert pane.count_label.text() == "1 result"


def test_replace_all_is_one_undo_step(qtbot, window):
    type_text(window.editor, TEXT)
    pane = open_pane(qtbot, window, replace=True)
    assert pane.replace_part.isVisible()
    search_for(qtbot, pane, "县信访局")
    pane.replace_edit.setText("市信访局")
    qtbot.mouseClick(pane.replace_all_button, Qt.MouseButton.LeftButton)
    assert texts(window)[:2] == ["市信访局开展工作", "一、市信访局的做法"]
    assert pane.count_label.text() == "Replaced 2"
    window.undo()
    assert texts(window) == TEXT.split("\n")


def test_replace_all_far_apart_is_one_undo_step_and_the_model_follows(qtbot, window):
    from app.model import Document
    from ui.doc_ops import CLUSTER_GAP

    filler = ["其他内容。"] * (CLUSTER_GAP + 3)  # each hit in an edit block of its own
    lines = ["县信访局开展工作", *filler, "县信访局的做法", *filler, "县信访局总结"]
    window.load_document(Document.from_lines(lines), None)
    pane = open_pane(qtbot, window, replace=True)
    search_for(qtbot, pane, "县信访局")
    pane.replace_edit.setText("市信访局")
    assert pane.replace_all() == 3
    assert [t for t in texts(window) if "信访局" in t] == ["市信访局开展工作", "市信访局的做法",
                                                        "市信访局总结"]
    assert [p.text for p in window.live.document.paragraphs] == texts(window)
    window.undo()
    assert texts(window) == lines


def test_regex_replace_with_groups_and_replace_one(qtbot, window):
    type_text(window.editor, TEXT)
    pane = open_pane(qtbot, window, replace=True)
    pane.regex_box.setChecked(True)
    search_for(qtbot, pane, r"第(\d+)条")
    pane.replace_edit.setText(r"第\1款")
    window.editor.go_to(0, 0)
    assert pane.replace_current()  # the first press goes to the first hit, as in Word
    assert window.editor.textCursor().selectedText() == "第1条"
    assert pane.replace_current()
    assert texts(window)[2] == "（一）加强领导。第1款、第12条"
    pane.replace_edit.setText(r"\2")  # no such group: a message, no change
    assert pane.replace_all() == 0
    assert "group" in pane.count_label.text()
    assert texts(window)[2] == "（一）加强领导。第1款、第12条"


def test_hits_follow_edits_and_go_when_the_pane_closes(qtbot, window):
    type_text(window.editor, TEXT)
    pane = open_pane(qtbot, window)
    search_for(qtbot, pane, "信访局")
    window.editor.go_to(3, 2)
    type_text(window.editor, "信访局")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3)
    window.editor.selectAll()
    window.editor.textCursor().removeSelectedText()
    window.live.flush()  # a re-analysis before the pane's re-search: stale hits are skipped
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0)
    assert pane.count_label.text() == "No results"
    window.undo()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3)
    pane.dock.close()
    assert hit_highlights(window) == []


def _face_at(block, position: int):
    """The font families the highlighter draws character ``position`` of ``block`` in."""
    faces = [tuple(r.format.fontFamilies() or ()) for r in block.layout().formats()
             if r.start <= position < r.start + r.length]
    return faces[-1] if faces else None


def test_replace_all_in_a_run_in_heading_draws_its_heading_face_to_the_sentences_new_end(
        qtbot, window):
    """A run-in heading (its first sentence in the heading face, the rest in the body's)
    replaced before and after that sentence's end: as soon as the text is in, the heading face
    ends where the sentence now ends (ui.doc_ops.move_run_in_ends), and the analysis agrees."""
    from app.model import Document

    lines = ["关于工作的报告", "一、总体情况", "（一）加强政府领导。各部门按政府要求推进工作。",
             "其他"]
    window.load_document(Document.from_lines(lines), None)
    qtbot.waitUntil(lambda: not window.live.dirty and not window.live._timer.isActive())
    block = window.editor.document().findBlockByNumber(2)
    heading_face = _face_at(block, 0)
    assert _face_at(block, len("（一）加强政府领导。") - 1) == heading_face
    assert _face_at(block, len("（一）加强政府领导。")) != heading_face  # the body's face
    pane = open_pane(qtbot, window, replace=True)
    search_for(qtbot, pane, "政府")
    pane.replace_edit.setText("人民政府")
    assert pane.replace_all() == 2
    block = window.editor.document().findBlockByNumber(2)
    assert block.text() == "（一）加强人民政府领导。各部门按人民政府要求推进工作。"
    end = len("（一）加强人民政府领导。")

    def drawn_to_the_new_end() -> bool:
        return (_face_at(block, end - 1) == heading_face
                and _face_at(block, end) != heading_face)

    assert drawn_to_the_new_end()  # before the analysis
    qtbot.waitUntil(lambda: not window.live.dirty and not window.live._timer.isActive())
    assert drawn_to_the_new_end()  # and after it
    assert block.userState() == window.editor.highlighter.key_of(block)
    window.undo()
    assert texts(window) == lines
