"""Every dialog and menu in every UI language: no string left untranslated.

In zh_CN every visible label, button, check box, group box, tab, header, placeholder, combo box
item, menu action and window title must contain Chinese (or be in a small allow-list: numbers,
"PDF", font names …). In English no Chinese may show except the few Chinese terms the English
strings name on purpose (font faces, heading markers). Every QDialog subclass in ui/ must be
opened here: a new dialog without a factory below fails the test.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QWidget,
)

import ui

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
ALLOWED_ZH = re.compile(
    r"^([\W\d_]*|PDF|Word|OK|B|I|U|English|Qt|PySide6|python-docx|lxml|Python|Noto CJK)$"
)
# Chinese that English strings carry on purpose (font faces, heading markers, examples)
ALLOWED_IN_EN = re.compile(
    r"方正小标宋简体|小标宋|仿宋_GB2312|楷体_GB2312|仿宋|黑体|楷体|中文（简体）|（一）|（三）|一、|三、"
    r"|（1）|一是|二是|公文审校台"
)


def dialog_classes() -> dict[str, type]:
    found = {}
    for info in pkgutil.iter_modules(ui.__path__):
        module = importlib.import_module(f"ui.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__.startswith("ui."):
                found[name] = cls
    return found


FACTORIES = {
    "SettingsDialog": lambda cls, w: cls(w),
    "AboutDialog": lambda cls, w: cls(w),
    "AuthorDialog": lambda cls, w: cls("", "", w),
    "ExportDialog": lambda cls, w: cls("/tmp/报告.docx", 2, 3, True, "张三", w),
    "RecoveryDialog": lambda cls, w: cls([recovery_entry()], w),
    "WordCountDialog": lambda cls, w: cls(["一、总体情况", "正文 text"], ["正文"], ["脚注"], w),
}


def recovery_entry():
    from pathlib import Path

    from app.storage import RecoveryEntry

    return RecoveryEntry(
        key="k", file=Path("/tmp/k.rdrec"), original_path="/tmp/报告.docx",
        saved_at="2026-11-25T10:00:00+08:00", paragraph_count=12, preview=("关于工作的报告",),
        session="s", pid=1, host="h",
    )  # fmt: skip


def clean(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text or "")
    text = re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.replace("[*]", "").strip()


def visible_strings(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of the strings ``root`` shows a person."""
    out = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w.isHidden() and w is not root:
            continue
        kind = type(w).__name__
        if w.isWindow():
            out.append((f"{kind} title", w.windowTitle()))
        is_text_label = isinstance(w, QLabel) and w.pixmap().isNull()
        if is_text_label or isinstance(w, QPushButton | QCheckBox | QRadioButton):
            out.append((kind, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((kind, w.title()))
        elif isinstance(w, QTabWidget):
            out += [(f"{kind} tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append((f"{kind} placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            out += [(f"{kind} item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            model = w.model()
            out += [
                (f"{kind} header", str(model.headerData(c, Qt.Orientation.Horizontal)))
                for c in range(model.columnCount())
            ]
        if isinstance(w, QMenu):
            out += [("QMenu title", w.title())]
    for act in root.findChildren(QAction):
        if act.isVisible() and not act.isSeparator():
            out.append(("QAction", act.text()))
    return [(where, clean(t)) for where, t in out if clean(t) and clean(t) != "None"]


def untranslated(strings, language: str) -> list[tuple[str, str]]:
    fonts = set(QFontDatabase.families())
    bad = []
    for where, text in strings:
        if text in fonts or ("/" in text and text.endswith((".docx", ".pdf", ".txt"))):
            continue
        if language == "zh_CN":
            if not CJK.search(text) and not ALLOWED_ZH.match(text):
                bad.append((where, text))
        elif CJK.search(ALLOWED_IN_EN.sub("", text)):
            bad.append((where, text))
    return bad



def test_every_dialog_class_has_a_factory():
    missing = set(dialog_classes()) - set(FACTORIES)
    assert not missing, f"add a factory for {sorted(missing)} to FACTORIES in {__name__}"


def test_main_window_menus_and_docks(language, qtbot):
    from ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    strings = visible_strings(w)
    for menu in w.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()
        strings += visible_strings(menu)
    assert len(strings) > 50
    assert untranslated(strings, language) == []


def test_every_dialog(language, qtbot):
    from ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    for name, cls in sorted(dialog_classes().items()):
        dlg = FACTORIES[name](cls, w)
        qtbot.addWidget(dlg)
        dlg.show()
        QApplication.processEvents()
        strings = visible_strings(dlg)
        assert strings, name
        assert untranslated(strings, language) == [], name
        dlg.close()


def test_print_preview_dialog(language, sample_window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    seen = []

    def fake_exec(dlg):
        dlg.show()
        seen.extend(visible_strings(dlg))
        dlg.close()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    sample_window.desktop.print_preview()
    assert seen and untranslated(seen, language) == []


def test_the_checks_tab_names_every_rule_in_the_language(language, qtbot):
    """Settings → Checks: each rule's row reads in the window's language (English showed the
    Chinese names 序号重复, 半角标点 … under English family names)."""
    from ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog()
    qtbot.addWidget(dlg)
    tree = dlg.rules_tree
    names = [tree.topLevelItem(i).child(k).text(0) for i in range(tree.topLevelItemCount())
             for k in range(tree.topLevelItem(i).childCount())]  # fmt: skip
    assert len(names) > 20
    if language == "en":
        assert [n for n in names if CJK.search(n)] == []
    else:
        assert [n for n in names if not CJK.search(n)] == []
    # and each family's row (a new family showed its id, "grammar", in both languages)
    families = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [f.text(1) for f in families if f.text(0) == f.text(1)] == []
    assert untranslated([(f.text(1), f.text(0)) for f in families
                         if f.text(1) != "particle"], language) == []  # (its name is 的, 地 and 得)
