"""Make the desktop screenshots: docs/screenshot-settings.png (Settings, zh_CN),
docs/screenshot-dark.png (the sample in dark mode) and docs/pdf-sample-page1.png (page 1 of the
sample's PDF at 70 dpi, needs pdftoppm). ``python docs/make_desktop_screenshots.py``"""

from __future__ import annotations

import os
import subprocess
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
    from PySide6.QtWidgets import QApplication

    import ui  # noqa: F401  (PySide6 workarounds)
    from ui import i18n, theme
    from ui.main_window import MainWindow
    from ui.pdf_export import export_pdf
    from ui.settings_dialog import SettingsDialog

    app = QApplication.instance() or QApplication(["reportdesk"])
    app.setStyle(theme.make_style())
    i18n.install(app, "zh_CN")
    w = MainWindow()
    w.resize(1400, 900)
    assert w.files.open_path(str(SAMPLE), ask=False)
    w.review.dock.hide()  # the page and its dark surround, not the (empty) comments dock
    w.desktop.apply_theme("dark")
    w.show()
    app.processEvents()
    w.live.flush()
    w.show_overview()
    app.processEvents()
    ok = w.grab().save(str(DOCS / "screenshot-dark.png"))

    w.desktop.apply_theme("light")
    dlg = SettingsDialog(w)
    dlg.name_edit.setText("张三")
    dlg.initials_edit.setText("ZS")
    dlg.show()
    app.processEvents()
    ok &= dlg.grab().save(str(DOCS / "screenshot-settings.png"))
    dlg.close()

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "sample.pdf"
        export_pdf(w.current_document(with_spans=True), w.live.analysis, pdf)
        subprocess.run(
            ["pdftoppm", "-r", "70", "-f", "1", "-l", "1", "-png", "-singlefile", str(pdf),
             str(DOCS / "pdf-sample-page1")],
            check=True,
        )  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
