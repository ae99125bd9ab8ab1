"""Screenshot of the window with a real file open, as a reviewer sees it (e.g. a red-head 公文
template from ../shared/realdocx, which is third-party and stays out of the repository).
``QT_QPA_PLATFORM=offscreen python docs/make_file_screenshot.py FILE.docx OUT.png [PARAGRAPH]``
PARAGRAPH: the paragraph to scroll to (default 0)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="reportdesk-shot-")
os.environ.setdefault("REPORTDESK_DATA_DIR", tempfile.mkdtemp(prefix="reportdesk-shot-data-"))


def main(path: str, out: str, paragraph: int = 0) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.readers import read_document
    from ui import i18n
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["reportdesk"])
    app.setStyle("Fusion")
    i18n.install(app, "zh_CN")
    w = MainWindow()
    w.resize(1500, 960)
    w.show()
    w.load_document(read_document(path), path)
    w.side_parts.raise_()
    w.resizeDocks([w.problems_dock], [150], Qt.Orientation.Vertical)
    w.editor.go_to(paragraph)
    app.processEvents()
    block = w.editor.document().findBlockByNumber(paragraph)
    w.editor.verticalScrollBar().setValue(int(block.layout().position().y()))
    app.processEvents()
    w.grab().save(out)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0))
