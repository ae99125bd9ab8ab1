"""Desktop editor entry point: ``python -m ui.app [FILE] [--sample] [--screenshot OUT.png]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "xinfang-dangjian-2020h1.txt"


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="reportdesk-gui", description="ReportDesk desktop editor")
    p.add_argument("file", nargs="?", help="report to open (.txt or .docx)")
    p.add_argument("--sample", action="store_true", help="open the bundled sample report")
    p.add_argument("--screenshot", metavar="OUT.png", help="open, check, save a PNG, exit")
    p.add_argument("--lang", default=None, help="user interface language: zh_CN (default) or en")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["reportdesk"])
    app.setOrganizationName("ReportDesk")
    app.setApplicationName("ReportDesk")
    app.setStyle("Fusion")
    i18n.install(app, args.lang)
    window = MainWindow()
    path = str(SAMPLE) if args.sample else args.file
    if path and not window.open_path(path, ask=False) and args.screenshot:
        return 1
    window.show()
    if args.screenshot:
        out = args.screenshot

        def shoot() -> None:
            window.live.flush()
            window.show_overview()
            app.processEvents()
            ok = window.grab().save(out)
            app.exit(0 if ok else 1)

        QTimer.singleShot(600, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
