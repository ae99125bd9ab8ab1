"""Opening a big report: all in the GUI thread (as before ui.loader) vs worker + stepped fill.

Two files: every ../shared/corpus/*.txt concatenated ×3 (~4,400 paragraphs, 1.7 MB, as
bench/bench_editor.py) and its lines repeated to 20,000 paragraphs (7.8 MB). For each, best of
--runs in a fresh window each time:

- "at once": read_report + MainWindow.load_document in the GUI thread, i.e. one stall as long as
  the whole load (what the window did before);
- "worker": MainWindow.open_path (read + analyse in a worker, editor filled in steps): time until
  the document is shown, and the longest pause of a 10 ms QTimer in the GUI thread meanwhile
  (= how long the window could not react), and how many times that timer ran.

    QT_QPA_PLATFORM=offscreen python bench/bench_open.py [--runs 3]
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import corpus_lines, private_app_dirs, write_big_txt


def build(folder: Path) -> list[Path]:
    """The big report (as bench_editor opens it) and its lines repeated to 20,000 paragraphs."""
    big = write_big_txt(folder, "corpus-x3.txt")
    return [big, write_big_txt(folder, "20000.txt", (corpus_lines() * 5)[:20_000])]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    private_app_dirs("bench-open-")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    from ui.loader import read_report
    from ui.main_window import MainWindow

    def window() -> MainWindow:
        w = MainWindow()
        w.show()
        app.processEvents()
        return w

    def close(w) -> None:
        w.editor.document().setModified(False)
        w.close()
        w.deleteLater()
        app.processEvents()

    folder = Path(tempfile.mkdtemp(prefix="bench-open-files-"))
    print(f"{'file':<16}{'paragraphs':>11}{'at once (stall)':>17}{'worker: shown':>15}"
          f"{'longest pause':>15}{'timer runs/s':>14}")  # fmt: skip
    for path in build(folder):
        at_once, shown, pause, rate = [], [], [], []
        for _ in range(args.runs):
            w = window()
            t0 = time.perf_counter()
            loaded = read_report(str(path), w.live.analyze_now)
            w.load_document(loaded.doc, str(path), loaded.analysis)
            app.processEvents()
            at_once.append(time.perf_counter() - t0)
            n = len(loaded.doc.paragraphs)
            close(w)

            w = window()
            times = [time.perf_counter()]
            timer = QTimer()
            timer.setInterval(10)
            timer.timeout.connect(lambda times=times: times.append(time.perf_counter()))
            timer.start()
            t0 = time.perf_counter()
            w.files.open_path(str(path), ask=False)
            while w.loader.busy:
                app.processEvents()
                time.sleep(0.001)
            app.processEvents()
            total = time.perf_counter() - t0
            timer.stop()
            times.append(time.perf_counter())
            shown.append(total)
            pause.append(max(b - a for a, b in itertools.pairwise(times)))
            rate.append((len(times) - 2) / total)
            close(w)
        print(
            f"{path.name:<16}{n:>11,}{min(at_once):>15.2f} s{min(shown):>13.2f} s"
            f"{min(pause) * 1000:>12.0f} ms{max(rate):>14.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
