"""Translations: zh_CN by default, English on request, every catalogue compiled."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.main_window import MainWindow


def test_catalogues_are_compiled():
    for lang in ("zh_CN", "en"):
        assert (i18n.TRANSLATIONS / f"reportdesk_{lang}.ts").exists()
        assert (i18n.TRANSLATIONS / f"reportdesk_{lang}.qm").exists()


def test_chinese_by_default_then_english(qtbot):
    app = QApplication.instance()
    try:
        assert i18n.install(app) == "zh_CN"
        w = MainWindow()
        qtbot.addWidget(w)
        assert w.windowTitle().endswith("公文审校台")  # FilesController context
        assert w.menuBar().actions()[0].text() == "文件(&F)"
        assert (
            w.problems.model.headerData(3, __import__("PySide6.QtCore").QtCore.Qt.Horizontal)
            == "行:列"
        )
    finally:
        assert i18n.install(app, "en") == "en"
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.menuBar().actions()[0].text() == "&File"
