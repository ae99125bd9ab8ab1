"""The keys of a Word/WPS user: redo, replace, paragraph selection, F6, Tab, Enter, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import index_starting, texts, type_text


def keys_of(action) -> set[str]:
    return {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()}


def test_redo_on_ctrl_y_and_ctrl_shift_z(qtbot, window):
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= keys_of(window.act_redo)
    type_text(window.editor, "甲乙")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(window) == [""]
    qtbot.keyClick(window.editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert texts(window) == ["甲乙"]


def test_ctrl_h_opens_the_replace_part_of_the_search_pane(qtbot, window):
    type_text(window.editor, "县信访局")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    pane = window.search
    qtbot.waitUntil(lambda: pane.dock.isVisible())
    assert pane.replace_part.isVisible()
    qtbot.keyClick(window.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is pane.find_edit


def test_ctrl_shift_down_extends_the_selection_by_paragraph(qtbot, window):
    type_text(window.editor, "第一段文字\n第二段\n第三段")
    window.editor.go_to(0, 2)
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    # from inside paragraph 1 to the start of paragraph 2: the rest of it and its mark
    assert window.editor.textCursor().selectedText() == "段文字\u2029"
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.editor.textCursor().selectedText() == "段文字\u2029第二段\u2029"
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_Up,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.editor.textCursor().selectedText() == "段文字\u2029"
    # Ctrl+Up without Shift: to the start of the paragraph, then of the previous one
    window.editor.go_to(2, 2)
    qtbot.keyClick(window.editor, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.cursor_location() == (2, 0)
    qtbot.keyClick(window.editor, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.cursor_location() == (1, 0)
    assert texts(window) == ["第一段文字", "第二段", "第三段"]


def test_sections_move_on_alt_shift_arrows(qtbot, sample_window):
    w = sample_window
    assert keys_of(w.act_move_down) == {"Alt+Shift+Down"}
    assert keys_of(w.act_move_up) == {"Alt+Shift+Up"}
    first = texts(w)[index_starting(w, "一、")]
    w.outline.select_paragraph(index_starting(w, "一、"))
    w.outline.setFocus()
    qtbot.keyClick(
        w.outline,
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    w.live.flush()
    # the first section is now the second one, renumbered: its title carries 二、
    moved = [t for t in texts(w) if t.endswith(first[2:])]
    assert moved and moved[0].startswith("二、")


def test_tab_in_the_report_inserts_nothing(qtbot, window):
    type_text(window.editor, "正文")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab)
    qtbot.keyClick(window.editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert texts(window) == ["正文"]
    assert "\t" not in window.editor.toPlainText()
    assert "Tab" in window.statusBar().currentMessage()


def test_f6_cycles_editor_and_panes_both_ways(qtbot, sample_window):
    w = sample_window
    w.review.dock.show()
    w.editor.setFocus()
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen[:3] == [w.outline, w.problems.view, seen[2]]
    assert w.review.dock.isAncestorOf(seen[2])
    assert w.track.dock.isAncestorOf(seen[3])  # the 修订 pane, brought to the front
    assert seen[4] is w.editor  # back round (search closed)
    qtbot.keyClick(w.editor, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert w.track.dock.isAncestorOf(QApplication.focusWidget())
    # a closed pane is left out
    w.problems_dock.close()
    w.editor.setFocus()
    qtbot.keyClick(w.editor, Qt.Key.Key_F6)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert w.review.dock.isAncestorOf(QApplication.focusWidget())


def test_tab_leaves_the_outline_and_problem_lists(qtbot, sample_window):
    w = sample_window
    for view in (w.outline, w.problems.view):
        view.setFocus()
        assert QApplication.focusWidget() is view
        row_before = view.currentIndex().row()
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not view
        assert view.currentIndex().row() == row_before


def test_enter_on_a_row_jumps_and_keeps_the_list(qtbot, sample_window):
    w = sample_window
    view = w.problems.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    f = w.problems.current_finding()
    assert w.editor.cursor_location()[0] == f.index
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    g = w.problems.current_finding()
    assert g is not f and w.editor.cursor_location()[0] == g.index
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)

    outline = w.outline
    outline.setFocus()
    second = index_starting(w, "二、")
    outline.select_paragraph(second)
    qtbot.keyClick(outline, Qt.Key.Key_Return)
    assert w.editor.cursor_location() == (second, 0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is outline)


def test_shortcuts_word_users_look_for(window):
    assert keys_of(window.review.act_reply) == {"Ctrl+Alt+R"}
    assert keys_of(window.review.act_resolve) == {"Ctrl+Alt+S"}
    assert keys_of(window.review.act_export) == {"Ctrl+E"}
    assert "Ctrl+F2" in keys_of(window.act_print_preview)
    assert "Ctrl+," in keys_of(window.act_settings)
    assert keys_of(window.word_count.action) == {"Ctrl+Shift+G"}
    assert keys_of(window.problem_steps.next_action) == {"F8"}
    assert keys_of(window.problem_steps.prev_action) == {"Shift+F8"}


def test_every_shortcut_is_taken_once(window):
    from PySide6.QtGui import QAction

    owners: dict[str, str] = {}
    for act in window.findChildren(QAction):
        for key in keys_of(act):
            assert owners.setdefault(key, act.text()) == act.text(), (key, act.text())


def test_f8_walks_the_problems_in_text_order(qtbot, sample_window):
    w = sample_window
    findings = sorted(w.live.analysis.findings, key=lambda f: (f.index, f.start, f.end))
    w.editor.go_to(0, 0)
    w.editor.setFocus()
    qtbot.keyClick(w.editor, Qt.Key.Key_F8)
    assert w.editor.cursor_location() == (
        findings[0].index,
        max(findings[0].end, findings[0].start + 1),
    )
    assert findings[0].message in w.statusBar().currentMessage()
    qtbot.keyClick(w.editor, Qt.Key.Key_F8)
    second = next(
        f for f in findings if (f.index, f.start) > (findings[0].index, findings[0].start)
    )
    assert w.editor.textCursor().selectionStart() != 0
    assert w.editor.cursor_location()[0] == second.index
    assert w.problems.current_finding().index == second.index
    qtbot.keyClick(w.editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert w.editor.cursor_location()[0] == findings[0].index
    qtbot.keyClick(w.editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # wraps round
    assert w.editor.cursor_location()[0] == findings[-1].index
