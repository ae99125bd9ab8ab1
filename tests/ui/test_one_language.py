"""One language at a time: the Chinese window with a report open shows no English (rule names,
status bar, search pane, word count, messages), Qt's own dialogs are Chinese, the English window
shows English fix labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtWidgets import QLabel

from app.fix_text import english
from tests.ui.conftest import SAMPLE
from tests.ui.test_dialog_translations import untranslated, visible_strings
from ui import i18n


@pytest.fixture
def chinese(qapp):
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def zh_window(chinese, window):
    """The conftest window (no real dialog can block), made after the Chinese catalogue."""
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert window.files.open_path(str(SAMPLE), ask=False)
    window.live.flush()
    return window


def table_strings(view) -> list[tuple[str, str]]:
    model = view.model()
    out = []
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, col).data(role)
                if value:
                    out.append((f"row {row} col {col}", str(value)))
    return out


def test_the_problems_list_speaks_chinese(zh_window):
    w = zh_window
    strings = table_strings(w.problems.view)
    assert len(strings) > 20
    rules = {w.problems.view.model().index(r, 1).data() for r in range(w.problems.proxy.rowCount())}
    assert "序号重复" in rules and not any("/" in r for r in rules)
    items = [w.problems.rule_box.itemText(i) for i in range(w.problems.rule_box.count())]
    assert "序号（全部）" in items and not any("/" in i for i in items)
    assert untranslated(strings + [("rule box", i) for i in items], "zh_CN") == []


def test_status_bar_search_pane_and_word_count_speak_chinese(zh_window, qtbot):
    w = zh_window
    w.act_find.trigger()
    w.search.find_edit.setText("信访")
    w.search.search()
    w.search.dock.show()
    w.word_count.recount()
    strings = visible_strings(w)
    strings += [("status", lbl.text()) for lbl in w.statusBar().findChildren(QLabel)]
    assert ("status", "字数：" + f"{w.word_count._document.words:,}") in strings
    assert untranslated(strings, "zh_CN") == []
    dlg = w.word_count.show_dialog()
    qtbot.addWidget(dlg)
    assert untranslated(visible_strings(dlg), "zh_CN") == []
    assert dlg.windowTitle() == "字数统计"
    w.search.regex_box.setChecked(True)
    w.search.find_edit.setText("(")
    w.search.search()
    assert w.search.count_label.text() == "正则表达式有误（第 1 个字符附近）"  # the unclosed "("


def test_plural_messages_of_the_window_are_chinese(zh_window, tmp_path, monkeypatch):
    w = zh_window
    # "A text file cannot keep the %n comment(s)": a comment, then save as .txt
    w.settings().setValue("author/name", "张审核")
    try:
        f = w.live.analysis.findings[0]
        assert w.review.comment_finding(f) is not None
        assert not w.files.save_to(str(tmp_path / "a.txt"))
    finally:
        w.settings().remove("author")
    assert w.asked and "纯文本文件无法保存 1 条批注" in w.asked[-1]
    # the PDF status message
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "报告.pdf"
    pick = staticmethod(lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    assert w.exports.export_pdf_dialog()
    message = w.statusBar().currentMessage()
    assert message.startswith("已导出") and "页" in message and "page" not in message


def test_comment_cards_name_the_rule_in_chinese(zh_window):
    w = zh_window
    w.settings().setValue("author/name", "张审核")
    try:
        f = next(f for f in w.live.analysis.findings if f.rule == "numbering/duplicate")
        c = w.review.comment_finding(f)
    finally:
        w.settings().remove("author")
    html = w.review.panel._items[c.id].data(Qt.ItemDataRole.UserRole + 2)
    assert "序号重复" in html and "numbering/" not in html and "[" not in html
    assert c.author == "张审核"


def test_qt_catalogue_ships_and_translates_qt_dialogs(chinese, qtbot, tmp_path):
    from pathlib import Path

    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert (Path(folder) / "qtbase_zh_CN.qm").is_file()  # in the PySide6 wheel
    spec = (Path(__file__).resolve().parents[2] / "packaging" / "reportdesk.spec").read_text()
    assert '"qtbase_zh_CN.qm"' in spec  # and kept in the bundle
    # Qt's own file dialog (as on Linux desktops without a native one) and print dialog
    shown = []
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dlg = QFileDialog(None, "打开报告", str(tmp_path), "报告 (*.txt *.docx)")
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog)
        dlg.setAcceptMode(mode)
        qtbot.addWidget(dlg)
        dlg.show()
        shown += [s for s in visible_strings(dlg) if s[1] != str(tmp_path)]  # (the folder)
    printer = QPrinter()
    dlg = QPrintDialog(printer)
    qtbot.addWidget(dlg)
    dlg.show()
    shown += visible_strings(dlg)
    assert ("QLabel", "查找范围：") in shown  # one that Qt's catalogue lacks (qt_extra_zh_CN)
    assert ("QPushButton", "取消") in shown
    assert untranslated(shown, "zh_CN") == []


def test_english_window_shows_english_fix_labels(window):
    window.load_document(__import__("app.model").model.Document.from_lines(
        ["关于工作的报告", "一、总体情况", "三、主要做法"]), None)  # fmt: skip
    window.live.flush()
    f = next(f for f in window.live.analysis.findings if f.fix is not None)
    labels = [label for label, _ in window.fixes.fixes_at(f.index, f.start)]
    assert labels == ["Quick fix: Change to “二、”"]
    row = window.problems.row_of(lambda x: x is f or x.rule == f.rule)
    tip = window.problems.view.model().index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "Quick fix: Change to “二、”" in tip
    assert window.problems.view.model().index(row, 1).data() == f.rule  # ids in English


def test_english_renderings_of_fix_descriptions():
    assert english("改为“四、”") == "Change to “四、”"
    assert english("改为“（二）”，其后3处顺延") == "Change to “（二）” and renumber the 3 after it"
    assert english("改为全角“，”") == "Change to full-width “，”"
    assert english("删除第3–5行") == "Delete lines 3–5"
    assert english("某个新的说明") == "某个新的说明"  # unknown: shown as written


def test_every_rule_family_has_a_chinese_name():
    # the filter's family entries: a family shown by the name of its first rule would read as
    # that one rule (全角数字字母（全部）for every number and character check)
    from app.rules import ALL_RULES
    from ui.rule_labels import FAMILY_NAMES

    families = {rule_id.split("/")[0] for rule_id in ALL_RULES}
    assert families <= FAMILY_NAMES.keys(), families - FAMILY_NAMES.keys()
