"""Make the screenshots of issue 14's panes: docs/screenshot-search.png (the search pane with
its hits, regular expressions on, zh_CN) and docs/screenshot-word-count.png (字数统计 with a
selection). ``python docs/make_habits_screenshots.py``"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SAMPLE = ROOT / "resources/samples/xinfang-dangjian-2020h1.txt"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="reportdesk-shot-")


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui import i18n, theme
    from ui.fonts import ui_font_family
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["reportdesk"])
    app.setStyle(theme.make_style())
    font = app.font()
    font.setFamilies([ui_font_family(), *font.families()])
    app.setFont(font)
    i18n.install(app, "zh_CN")
    w = MainWindow()
    w.resize(1400, 900)
    assert w.files.open_path(str(SAMPLE), ask=False)
    w.review.dock.hide()
    w.show()
    app.processEvents()
    w.live.flush()
    w.act_replace.trigger()  # Ctrl+H: the pane with its replace part
    pane = w.search
    pane.regex_box.setChecked(True)
    pane.find_edit.setText("信访[局工]")
    pane.replace_edit.setText("信访局")
    pane.search()
    w.resizeDocks([pane.dock], [420], Qt.Orientation.Horizontal)
    pane.step(1)
    pane.step(1)
    for _ in range(5):
        app.processEvents()
    ok = w.grab().save(str(DOCS / "screenshot-search.png"))

    w.editor.go_to(3, 0, 60)  # part of the first paragraph selected
    dlg = w.word_count.show_dialog()
    for _ in range(5):
        app.processEvents()
    ok = dlg.grab().save(str(DOCS / "screenshot-word-count.png")) and ok
    print("wrote docs/screenshot-search.png and docs/screenshot-word-count.png")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
