"""Ignoring problems in the window as in WPS 校对: 忽略 / 全部忽略 / 关闭此规则,
显示已忽略, 撤销忽略, and the list of a .txt kept for the next time the file opens."""

from __future__ import annotations

from app.ignores import load_for_file
from tests.ui.helpers import texts
from ui.problems_view import FINDING_ROLE

LINES = ["关于2024年工作情况的报告", "一、甲", "于X月X日举行，组织兵乓球比赛。", "二、乙",
         "XX县于X月X日报名。", "二、丙"]


def visible(window):
    proxy = window.problems.proxy
    return [proxy.index(r, 0).data(FINDING_ROLE) for r in range(proxy.rowCount())]


def open_lines(window, tmp_path, name="报告.txt"):
    path = tmp_path / name
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    assert window.files.open_path(str(path), ask=False)
    return path


def finding(window, rule, line, text=None):
    ts = texts(window)
    return next(f for f in window.live.analysis.findings if f.rule == rule and f.line == line
                and (text is None or ts[f.index][f.start:f.end] == text))


def test_ignore_hides_one_finding_and_show_ignored_brings_it_back(qtbot, data_dir, window,
                                                                  tmp_path):
    path = open_lines(window, tmp_path)
    panel = window.problems
    target = finding(window, "placeholder", 3, "X月X日")
    before = len(visible(window))
    labels = [label for label, _ in panel.ignore_actions(target)]
    assert labels == ["Ignore", "Ignore All", "Turn Off This Rule for This Document"]
    assert panel.change_ignores(target, "one")
    qtbot.waitUntil(lambda: len(visible(window)) == before - 1)
    assert not any(f.rule == "placeholder" and f.line == 3 for f in visible(window))
    assert any(f.rule == "placeholder" and f.line == 5 for f in visible(window))
    assert "1 ignored" in panel.summary.text()
    panel.show_ignored_box.setChecked(True)
    shown = [f for f in visible(window) if f.rule == "placeholder" and f.line == 3]
    assert len(shown) == 1 and shown[0].ignored
    # the list of a text file is kept in the data folder, so it holds the next time too
    assert load_for_file(path) == window.live.document.ignores
    panel.show_ignored_box.setChecked(False)
    assert panel.undo_ignore()
    qtbot.waitUntil(lambda: len(visible(window)) == before)
    assert not load_for_file(path)


def test_ignore_all_and_rule_off_then_reopen(qtbot, data_dir, window, tmp_path):
    path = open_lines(window, tmp_path)
    panel = window.problems
    target = finding(window, "placeholder", 3, "X月X日")
    assert panel.change_ignores(target, "all")
    qtbot.waitUntil(lambda: not any(texts(window)[f.index][f.start:f.end] == "X月X日"
                                    for f in visible(window)))
    assert any(f.rule == "placeholder" for f in visible(window))  # XX县 is other text
    wording = finding(window, "wording/misused", 3)
    assert panel.change_ignores(wording, "rule")
    qtbot.waitUntil(lambda: not any(f.rule == "wording/misused" for f in visible(window)))
    # open the file again: the same findings stay ignored
    assert window.files.open_path(str(path), ask=False)
    rules = {(f.rule, texts(window)[f.index][f.start:f.end]) for f in visible(window)}
    assert ("placeholder", "X月X日") not in rules and ("wording/misused", "兵乓球") not in rules
    assert ("numbering/duplicate", "二、") in rules
    # 撤销忽略 on an ignored finding, from its context menu entry
    window.problems.show_ignored_box.setChecked(True)
    ignored = next(f for f in visible(window) if f.rule == "wording/misused")
    (label, callback), = panel.ignore_actions(ignored)
    assert label == "Stop Ignoring"
    callback()
    qtbot.waitUntil(lambda: any(f.rule == "wording/misused" and not f.ignored
                                for f in visible(window)))


def test_the_ignore_actions_speak_chinese_by_default(qtbot):
    from PySide6.QtWidgets import QApplication

    from app.model import Document
    from ui import i18n
    from ui.problems_view import ProblemsPanel

    app = QApplication.instance()
    try:
        assert i18n.install(app) == "zh_CN"
        panel = ProblemsPanel()
        qtbot.addWidget(panel)
        doc = Document.from_lines(LINES)
        panel.document_getter = lambda: doc
        from app.engine import analyze

        f = analyze(doc).findings[0]
        assert [label for label, _ in panel.ignore_actions(f)] == [
            "忽略", "全部忽略", "对本文档关闭此规则"]
        assert panel.show_ignored_box.text() == "显示已忽略"
        assert panel.undo_ignore_button.text() == "撤销忽略"
    finally:
        assert i18n.install(app, "en") == "en"
