"""Settings, look, PDF/print from the window, About, window state, the GUI's --help."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app import __version__
from ui import settings as S
from ui import theme


@pytest.fixture(autouse=True)
def clean_settings():
    """Each test starts from the defaults and leaves them (and a light palette) behind."""
    store = S.store()
    for key in S.DEFAULTS:
        store.remove(key)
    yield
    for key in [*S.DEFAULTS, "window/geometry", "window/state"]:
        store.remove(key)
    from ui import fonts

    fonts.set_overrides({})
    theme.apply(QApplication.instance(), "light")


def test_menus_hold_pdf_print_settings_about(window):
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu()}
    file_menu = next(m for t, m in menus.items() if "File" in t)
    acts = file_menu.actions()
    quit_at = acts.index(window.act_quit)
    for act in (window.act_export_pdf, window.act_print_preview, window.act_print):
        assert acts.index(act) < quit_at
    edit_menu = next(m for t, m in menus.items() if "Edit" in t)
    assert window.act_settings in edit_menu.actions()
    assert window.act_about in window.help_menu.actions()


def test_settings_dialog_round_trip_and_defaults(qtbot):
    from ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog()
    qtbot.addWidget(dlg)
    dlg.name_edit.setText("张三")
    dlg.initials_edit.setText("ZS")
    dlg.autosave_spin.setValue(99)  # clamped to 30
    dlg.family_items["wording"].setCheckState(0, Qt.CheckState.Unchecked)
    dlg.export_findings.setChecked(True)
    changed = dlg.save()
    assert S.get("author/name") == "张三" and S.get("author/initials") == "ZS"
    assert S.get("autosave/seconds") == 30 and S.autosave_seconds() == 30
    assert S.get("rules/disabled") == ["wording"]
    assert S.get("export/findingsAsComments") is True
    assert set(changed) == {
        "author/name", "author/initials", "rules/disabled", "export/findingsAsComments"
    }  # fmt: skip
    assert S.enabled_rules() is not None and "wording" not in S.enabled_rules()
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.name_edit.text() == "张三"
    assert again.family_items["wording"].checkState(0) == Qt.CheckState.Unchecked
    again.findChild(type(again.tabs)).setCurrentIndex(2)
    from PySide6.QtWidgets import QDialogButtonBox

    box = again.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert again.values()["rules/disabled"] == [] and again.values()["author/name"] == ""


def test_rule_families_listed_from_the_engine():
    from app.rules import ALL_RULES

    families = S.rule_families()
    assert sum(len(v) for v in families.values()) == len(ALL_RULES)
    assert {"numbering", "wording", "placeholder"} <= set(families)


def test_disabled_rule_family_leaves_the_problems_list(sample_window):
    w = sample_window
    assert any(f.rule.startswith("wording/") for f in w.live.analysis.findings)
    S.put("rules/disabled", ["wording", "placeholder"])
    w.desktop.apply_settings({"rules/disabled": ["wording", "placeholder"]})
    rules = {f.rule for f in w.live.analysis.findings}
    assert not any(r.startswith(("wording/", "placeholder")) for r in rules)
    assert any(r.startswith("numbering/") for r in rules)
    assert w.problems.row_of(lambda f: f.rule.startswith("wording/")) is None
    S.put("rules/disabled", [])
    w.desktop.apply_settings({"rules/disabled": []})
    assert any(f.rule.startswith("wording/") for f in w.live.analysis.findings)


def test_screen_font_and_size_settings(sample_window):
    w = sample_window
    S.put("fonts/fangsong", "Noto Sans CJK SC")
    S.put("editor/fontSize", 20.0)
    w.desktop.apply_settings({"fonts/fangsong": "Noto Sans CJK SC", "editor/fontSize": 20.0})
    from ui.fonts import Face

    fmt = w.editor.highlighter.char_format(Face.FANGSONG, 16.0)
    assert fmt.fontFamilies() == ["Noto Sans CJK SC"]
    body = w.editor.document().defaultFont()  # body text is drawn in the document's font
    assert body.families() == ["Noto Sans CJK SC"]
    assert body.pointSizeF() == pytest.approx(20.0)
    assert w.zoom == pytest.approx(1.25)
    assert fmt.fontPointSize() == pytest.approx(20.0)
    w.act_zoom_in.trigger()
    w.act_zoom_reset.trigger()  # back to the size in the settings, not to 16 pt
    assert w.zoom == pytest.approx(1.25)


def test_dark_mode_keeps_a_paper_page_unless_asked(window):
    S.put("ui/theme", "dark")
    window.desktop.apply_settings({"ui/theme": "dark"})
    assert window.desktop.dark
    app_window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    assert app_window.lightness() < 80
    page = window.editor.viewport().palette().color(QPalette.ColorRole.Base)
    assert page.name() == theme.PAGE_DIMMED[0]
    S.put("ui/darkPage", True)
    window.desktop.apply_settings({"ui/darkPage": True})
    page = window.editor.viewport().palette().color(QPalette.ColorRole.Base)
    ink = window.editor.viewport().palette().color(QPalette.ColorRole.Text)
    assert page.lightness() < 60 and ink.lightness() > 180
    S.put("ui/theme", "light")
    window.desktop.apply_settings({"ui/theme": "light"})
    assert not window.desktop.dark
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180


def test_window_layout_persists(qtbot):
    from ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.problems_dock.hide()
    w.resize(640, 480)  # (the offscreen screen is 800 × 600)
    w.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.problems_dock.isHidden()
    assert again.size().width() == 640


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_export_pdf_from_the_window(sample_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "报告"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "PDF"))
    )
    S.put("author/name", "张三")
    assert sample_window.exports.export_pdf_dialog()
    pdf = tmp_path / "报告.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "Author:          张三" in info
    # the page count depends on the machine's fonts: the message must give the PDF's own
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    message = sample_window.statusBar().currentMessage()
    assert pages > 1 and re.search(rf"\b{pages}\s*(页|page)", message), message


def test_print_preview_paints_every_page(sample_window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    seen = {}

    def fake_exec(dlg):
        dlg.show()
        widget = dlg.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        seen["pages"] = widget.pageCount()
        dlg.close()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    sample_window.desktop.print_preview()
    assert seen["pages"] == 7


def test_about_shows_version_qt_and_licences(qtbot):
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QLabel

    from ui.about_dialog import AboutDialog

    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    assert __version__ in dlg.findChild(QLabel, "versionLabel").text()
    rows = {
        dlg.table.topLevelItem(i).text(0): dlg.table.topLevelItem(i)
        for i in range(dlg.table.topLevelItemCount())
    }
    assert rows["Qt"].text(1) == qVersion() and rows["Qt"].text(2) == "LGPLv3"
    assert rows["PySide6"].text(2) == "LGPLv3"
    assert rows["python-docx"].text(2) == "MIT" and rows["lxml"].text(2).startswith("BSD")


def test_application_icon_from_resources(qapp):
    from ui.icons import app_icon

    sizes = {s.width() for s in app_icon().availableSizes()}
    assert {16, 24, 32, 48, 256} <= sizes


@pytest.mark.parametrize(("lang", "words"), [("zh", "用法"), ("en", "usage:")])
def test_gui_help_follows_the_language(lang, words, monkeypatch, capsys):
    from ui.app import parse_args

    monkeypatch.setenv("REPORTDESK_LANG", lang)
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    out = capsys.readouterr().out
    assert words in out and "--theme" in out
    with pytest.raises(SystemExit):
        parse_args(["--version"])
    assert capsys.readouterr().out.strip() == f"reportdesk {__version__}"


def test_arrow_icons_follow_the_palette(qapp):
    from PySide6.QtWidgets import QStyle

    style = theme.make_style()
    icon = style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp)

    def darkest_and_lightest() -> tuple[int, int]:
        image = icon.pixmap(32, 32).toImage()
        seen = [image.pixelColor(x, y) for x in range(32) for y in range(32)]
        opaque = [c.lightness() for c in seen if c.alpha() > 200]
        return min(opaque), max(opaque)

    theme.apply(qapp, "light")
    assert darkest_and_lightest()[1] < 80  # dark arrow on a light toolbar
    theme.apply(qapp, "dark")
    assert darkest_and_lightest()[0] > 180  # light arrow on a dark toolbar
    image = icon.pixmap(16, 16).toImage()
    assert image.pixelColor(0, 0).alpha() == 0  # transparent around the arrow
