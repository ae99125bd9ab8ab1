"""What a user does with the sample report: outline, problems, quick fix, undo, typing, moving."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

import ui.ask
from app.model import Role
from tests.ui.helpers import click_row, index_starting, outline_item, texts, type_text


def test_sample_outline_has_four_sections_and_subsections(sample_window):
    labels = sample_window.outline.top_level_labels()
    assert [label[:2] for label in labels] == ["一、", "二、", "三、", "三、"]
    root = sample_window.outline.model_.invisibleRootItem()
    assert [root.child(r).rowCount() for r in range(root.rowCount())] == [2, 2, 2, 3]
    assert root.child(0).child(0).text().startswith("（一）坚持党组核心作用")


def test_duplicate_three_listed_click_selects_fix_and_undo(qtbot, sample_window):
    w = sample_window
    panel = w.problems
    row = panel.row_of(lambda f: f.rule == "numbering/duplicate")
    assert row is not None
    click_row(qtbot, panel.view, row)
    dup = index_starting(w, "三、", nth=1)
    cursor = w.editor.textCursor()
    assert cursor.block().blockNumber() == dup
    assert cursor.selectedText().startswith("三")
    # quick fix from the panel
    panel.view.selectRow(row)
    panel.fix_button.click()
    assert texts(w)[dup].startswith("四、坚持号令责任意识")
    assert [label[:2] for label in w.outline.top_level_labels()] == ["一、", "二、", "三、", "四、"]
    assert panel.row_of(lambda f: f.rule == "numbering/duplicate") is None
    w.act_undo.trigger()
    assert texts(w)[dup].startswith("三、坚持号令责任意识")
    w.act_redo.trigger()
    assert texts(w)[dup].startswith("四、")


def test_quick_fix_shortcut_at_cursor(qtbot, sample_window):
    w = sample_window
    dup = index_starting(w, "三、", nth=1)
    w.editor.go_to(dup, 1)
    w.act_quick_fix.trigger()
    assert texts(w)[dup].startswith("四、")


def test_context_menu_offers_quick_fix(sample_window):
    w = sample_window
    dup = index_starting(w, "三、", nth=1)
    fixes = w.fixes.fixes_at(dup, 0)
    assert fixes and "四" in fixes[0][0]


def test_typing_a_heading_adds_an_outline_node(qtbot, sample_window):
    w = sample_window
    before = len(w.outline.top_level_labels())
    w.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(w.editor, Qt.Key.Key_Return)
    type_text(w.editor, "五、新的一节")
    assert len(w.outline.top_level_labels()) == before  # debounced, not per keystroke
    qtbot.waitUntil(lambda: len(w.outline.top_level_labels()) == before + 1, timeout=3000)
    assert w.outline.top_level_labels()[-1] == "五、新的一节"
    assert w.live.analysis.roles[-1] is Role.HEADING_1


def test_move_section_down_renumbers_in_one_undo_step(qtbot, sample_window):
    w = sample_window
    original = texts(w)
    w.outline.setCurrentIndex(outline_item(w, "二、"))
    assert w.headings.move_section(1)
    new = texts(w)
    two = index_starting(w, "二、")
    assert new[two].startswith("二、坚持服务人民意识")
    assert new[index_starting(w, "三、")].startswith("三、坚持政治引领意识")
    assert new[two + 1].startswith("（一）坚持以维护群众合法权益为根本")
    assert sorted(new) != sorted(original)  # numbers changed, not only order
    labels = w.outline.top_level_labels()
    assert [label[:2] for label in labels] == ["一、", "二、", "三、", "三、"]
    w.act_undo.trigger()
    assert texts(w) == original


def test_move_first_section_up_is_refused(sample_window):
    w = sample_window
    w.outline.setCurrentIndex(outline_item(w, "一、"))
    assert not w.headings.move_section(-1)


def test_demote_and_promote_heading(sample_window):
    w = sample_window
    original = texts(w)
    w.outline.setCurrentIndex(outline_item(w, "二、"))
    index = index_starting(w, "二、")
    assert w.headings.change_level(1)
    assert texts(w)[index].startswith("（三）坚持政治引领意识")
    w.act_undo.trigger()
    assert texts(w) == original


def test_fix_all_numbering(sample_window):
    w = sample_window
    assert w.headings.fix_all_numbering()
    assert [label[:2] for label in w.outline.top_level_labels()] == ["一、", "二、", "三、", "四、"]
    w.act_undo.trigger()
    assert [label[:2] for label in w.outline.top_level_labels()] == ["一、", "二、", "三、", "三、"]


def test_outline_click_jumps_and_cursor_follows(qtbot, sample_window):
    w = sample_window
    idx = outline_item(w, "二、")
    rect = w.outline.visualRect(idx)
    qtbot.mouseClick(w.outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.editor.textCursor().block().blockNumber() == index_starting(w, "二、")
    w.editor.go_to(index_starting(w, "（二）坚持丰富党建活动"), 5)
    assert w.outline.currentIndex().data().startswith("（二）坚持丰富党建活动")


def test_close_with_unsaved_changes_asks(qtbot, sample_window, monkeypatch):
    w = sample_window
    w.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(w.editor, "改")
    assert w.isWindowModified()
    answers = ["cancel", "discard"]
    asked = []

    def choose(parent, title, text, options, default=None, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(ui.ask, "choose", choose)
    assert not w.close()
    assert w.isVisible() and len(asked) == 1
    assert w.close()
    assert len(asked) == 2


def test_role_chooser_fixes_role(sample_window):
    w = sample_window
    index = index_starting(w, "上半年，我局党建工作")
    w.editor.go_to(index)
    row = w.role_box.findData(Role.HEADING_2.value)
    w.role_box.activated.emit(row)
    para = w.live.document.paragraphs[index]
    assert para.role is Role.HEADING_2 and para.role_fixed
    assert w.live.analysis.roles[index] is Role.HEADING_2
    w.act_undo.trigger()
    w.live.flush()
    assert not w.live.document.paragraphs[index].role_fixed


def test_typing_keeps_every_id_and_paragraph_object(qtbot, sample_window):
    w = sample_window
    before = list(w.live.document.paragraphs)
    index = index_starting(w, "二是继续抓好")
    w.editor.go_to(index, 2)
    type_text(w.editor, "要")
    w.live.flush()
    after = w.live.document.paragraphs
    assert [p.id for p in after] == [p.id for p in before]
    assert all(a is b for a, b in zip(before, after, strict=True))
    assert after[index].text.startswith("二是要继续抓好")


def test_underlines_tooltips_and_outline_icons(sample_window):
    w = sample_window
    findings = w.live.analysis.findings
    assert len(w.editor.extraSelections()) >= len([f for f in findings if f.end > f.start]) - 1
    dup = index_starting(w, "三、", nth=1)
    messages = [m.message for m in w.editor.marks_at(dup, 1)]
    assert any("四、" in m for m in messages)
    item = w.outline._items[dup]
    assert not item.icon().isNull() and item.icon().availableSizes()


def test_problem_filters(sample_window):
    w = sample_window
    panel = w.problems
    total = panel.proxy.rowCount()
    panel.severity_box.setCurrentIndex(panel.severity_box.findData("warning"))
    warnings = panel.proxy.rowCount()
    assert 0 < warnings < total
    panel.severity_box.setCurrentIndex(0)
    panel.rule_box.setCurrentIndex(panel.rule_box.findData("numbering"))
    rows = [panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount())]
    assert rows and all(rule.startswith("numbering") for rule in rows)


def test_screenshot_command_opens_the_sample_and_writes_a_png(tmp_path):
    """``python -m ui.app --sample --screenshot OUT`` (the README's screenshot) runs end to end:
    the window opens the sample, scrolls to its title and saves the picture."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               REPORTDESK_DATA_DIR=str(tmp_path / "data"))  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "ui.app", "--sample", "--screenshot", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,  # a hang guard
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    # the rules' compiled patterns are kept for the next start (app/regex_cache.py)
    from app import regex_cache

    kept = list((tmp_path / "data" / "cache").glob("regex-window-*.marshal"))
    assert len(kept) == 1 and len(regex_cache._read(str(kept[0]))) > 100


def test_without_a_display_the_window_says_why_in_one_line(tmp_path):
    """On Linux with neither DISPLAY nor WAYLAND_DISPLAY (an ssh session) Qt would abort with a
    screenful of plugin messages: the user gets one line in their language and exit code 2."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    if not sys.platform.startswith("linux"):
        pytest.skip("the display variables are Linux's")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env.update(XDG_CONFIG_HOME=str(tmp_path / "cfg"), REPORTDESK_DATA_DIR=str(tmp_path / "data"),
               REPORTDESK_LANG="zh_CN")  # fmt: skip
    done = subprocess.run([sys.executable, "-m", "ui.app", "--sample"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "没有可用的图形显示" in lines[0], done.stderr[-2000:]


def test_a_screenshot_needs_no_display(monkeypatch):
    """--screenshot draws offscreen when there is no display, instead of refusing."""
    from ui.app import no_display

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert no_display(screenshot=True) is None
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    monkeypatch.delenv("QT_QPA_PLATFORM")
    assert no_display(screenshot=False)  # the window itself cannot open
    monkeypatch.setattr("sys.platform", "win32")
    assert no_display(screenshot=False) is None  # Windows has no DISPLAY and needs none
