"""Run under a real X server (xvfb-run): open a report with a known problem, move the real
pointer over its wavy underline with xdotool, wait for the tool tip, print what it said as JSON.

Used by tests/ui/test_problem_tips.py; not a test module itself.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time


def main() -> int:
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QToolTip

    app = QApplication(sys.argv[:1])
    from app.model import Document
    from ui.main_window import MainWindow

    w = MainWindow()
    w.resize(1200, 800)
    w.move(0, 0)
    w.load_document(Document.from_lines(["关于工作的报告", "正文内容，请填写XX"]), None)
    w.show()
    w.live.flush()
    deadline = time.monotonic() + 10
    while not w.isActiveWindow() and time.monotonic() < deadline:
        app.processEvents()
        w.activateWindow()
    app.processEvents()
    f = next(f for f in w.live.analysis.findings if f.index == 1)
    editor = w.editor
    block = editor.document().findBlockByNumber(f.index)
    cur = QTextCursor(block)
    cur.setPosition(block.position() + f.start)
    left = editor.cursorRect(cur)
    cur.setPosition(block.position() + f.start + 1)
    right = editor.cursorRect(cur)
    on_mark = QPoint((left.x() + right.x()) // 2, left.center().y())
    beside = QPoint(editor.viewport().width() - 5, left.center().y())  # blank, right of the line
    result = {"expected": f.message}

    def probe(point, key, then):
        if QToolTip.isVisible():  # the last tip fades out (Qt hides it after 300 ms)
            QTimer.singleShot(50, lambda: probe(point, key, then))
            return
        g = editor.viewport().mapToGlobal(point)
        subprocess.run(["xdotool", "mousemove", str(g.x()), str(g.y())], check=True)
        start = time.monotonic()

        def poll():
            if QToolTip.isVisible() and QToolTip.text():
                result[key] = QToolTip.text()
                QToolTip.hideText()
                QTimer.singleShot(200, then)
            elif time.monotonic() - start > 3:
                result[key] = ""
                then()
            else:
                QTimer.singleShot(50, poll)

        QTimer.singleShot(50, poll)

    def done():
        print(json.dumps(result, ensure_ascii=False))
        app.exit(0)

    probe(on_mark, "on_mark", lambda: probe(beside, "beside", done))
    QTimer.singleShot(20000, lambda: app.exit(1))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
