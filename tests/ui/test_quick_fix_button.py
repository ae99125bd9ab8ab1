"""快速修复 in the problems pane is clickable only when the selected problem has a fix: with no
problem selected, or one without a fix, it used to be enabled and do nothing."""

from __future__ import annotations


def test_quick_fix_button_follows_the_selected_problem(qtbot, sample_window):
    w = sample_window
    w.live.flush()
    panel = w.problems
    button = panel.fix_button
    panel.view.clearSelection()
    panel.view.setCurrentIndex(panel.proxy.index(-1, 0))
    assert not button.isEnabled()
    with_fix = panel.row_of(lambda f: f.fix is not None)
    without_fix = panel.row_of(lambda f: f.fix is None)
    assert with_fix is not None and without_fix is not None
    panel.view.selectRow(with_fix)
    assert button.isEnabled()
    panel.view.selectRow(without_fix)
    assert not button.isEnabled()
    panel.view.selectRow(with_fix)
    button.click()  # the fix is applied and the list changes under the selection
    w.live.flush()
    f = panel.current_finding()
    assert button.isEnabled() == (f is not None and f.fix is not None)


def test_no_problems_no_quick_fix(qtbot, window, tmp_path):
    path = tmp_path / "干净.txt"
    path.write_text("关于工作情况的报告\n今年以来工作稳步推进。\n", encoding="utf-8")
    assert window.files.open_path(str(path), ask=False)
    window.live.flush()
    assert window.problems.proxy.rowCount() == 0
    assert not window.problems.fix_button.isEnabled()
