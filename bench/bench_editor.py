"""Editor benchmark on a ~4,400-paragraph report (../shared/corpus/*.txt concatenated ×3).

Prints: time to an interactive window (open + first analysis + first paint), keystroke handling
(p50/p99/max per key event, QTest.keyClick + the events it queues), time until outline and problems
are up to date after typing stops (includes the 300 ms debounce), and RSS memory.

    QT_QPA_PLATFORM=offscreen python bench/bench_editor.py [--keys 400]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import key_summary, open_report, private_app_dirs, type_keys, write_big_txt


def rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) in MB from /proc/self/status."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, kb = line.split()[:2]
                values[key] = int(kb) / 1024
    return values.get("VmRSS:", 0.0), values.get("VmHWM:", 0.0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keys", type=int, default=400, help="key events to time")
    args = ap.parse_args()
    private_app_dirs()  # before Qt reads the settings

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    from ui.main_window import MainWindow

    rss0, _ = rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        path = write_big_txt(Path(tmp))
        t0 = time.perf_counter()
        w = MainWindow()
        w.resize(1600, 1000)
        w.show()
        open_report(app, w, path)
        t_open = time.perf_counter() - t0
    paragraphs = w.editor.document().blockCount()
    print(f"report: {paragraphs} paragraphs, {w.editor.document().characterCount()} characters")
    print(
        f"open to interactive window: {t_open * 1000:.0f} ms "
        f"(analysis {w.live.last_ms:.0f} ms, {len(w.live.analysis.findings)} findings)"
    )

    # a full re-analysis with one paragraph changed (what the debounce triggers)
    middle = paragraphs // 2
    w.editor.go_to(middle, 3)
    app.processEvents()

    # keystrokes in the middle of the document: type letters, sometimes delete
    times = type_keys(app, w.editor, args.keys)
    runs_before = w.live.runs
    print(
        f"keystrokes ({len(times)}): {key_summary(times)}; "
        f"analyses during typing: {runs_before - 1}"
    )

    t = time.perf_counter()
    while w.live.runs == runs_before:
        app.processEvents()
        time.sleep(0.002)
    settle = (time.perf_counter() - t) * 1000
    print(
        f"outline + problems up to date {settle:.0f} ms after the last key "
        f"(debounce 300 ms; re-analysis {w.live.last_ms:.0f} ms)"
    )

    t = time.perf_counter()
    w.live.run(force=True)
    app.processEvents()
    print(f"forced re-analysis + view update: {(time.perf_counter() - t) * 1000:.0f} ms")

    rss, peak = rss_mb()
    print(f"RSS: {rss:.0f} MB now, {peak:.0f} MB peak ({rss0:.0f} MB before opening)")

    # Baselines in the same run, same keys at the same place: a QTextEdit showing a clone of the
    # editor's document (same formats and layout, none of our code), and one with plain text.
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QTextEdit

    for label, fill in (("QTextEdit, clone of the styled document", "clone"),
                        ("QTextEdit, same text unstyled", "plain")):
        other = QTextEdit()
        other.resize(w.editor.size())
        if fill == "clone":
            clone = w.editor.document().clone(other)
            other.setDocument(clone)
        else:
            other.setPlainText(w.editor.toPlainText())
        other.show()
        app.processEvents()
        # laid out to the end as the window's document is (Qt lays out lazily; a keystroke
        # moves every laid-out line below it): see bench_live.laid_out
        other.document().documentLayout().documentSize()
        cursor = QTextCursor(other.document().findBlockByNumber(middle))
        cursor.movePosition(QTextCursor.MoveOperation.Right, n=3)
        other.setTextCursor(cursor)
        app.processEvents()
        print(f"baseline, {label}: {key_summary(type_keys(app, other, len(times)))}")
        other.close()
    w.editor.document().setModified(False)
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
