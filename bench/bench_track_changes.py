"""Keystroke cost with 修订 (track changes) on vs off, on ../shared/corpus ×3 (~4,400 paragraphs).

The report is opened twice: as a .docx written from the corpus text (the recorded revisions go
into the paragraph's Word XML: app.revisions) and as the .txt (revisions kept in the model:
app.revisions_model). In each, the same keys are typed at the same place (every fifth a
Backspace: deleting the reviewer's own insertion) with 修订 off, then again with 修订 on, in the
same run. Times are per key event (QTest.keyClick + the events it queues), as bench_editor.py.

    QT_QPA_PLATFORM=offscreen python bench/bench_track_changes.py [--keys 400]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import (
    corpus_lines,
    key_summary,
    machine,
    open_report,
    private_app_dirs,
    type_keys,
    write_big_txt,
)


def write_big_docx(folder: Path, lines: list[str]) -> Path:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    path = folder / "big.docx"
    d.save(path)
    return path


def measure(app, window, path: Path, keys: int) -> tuple[list[float], list[float], int]:
    from PySide6.QtGui import QAction

    open_report(app, window, path)
    middle = window.editor.document().blockCount() // 2
    window.editor.go_to(middle, 3)
    app.processEvents()
    off = type_keys(app, window.editor, keys)
    window.findChild(QAction, "trackChangesAction").trigger()
    window.editor.go_to(middle + 2, 3)
    app.processEvents()
    on = type_keys(app, window.editor, keys)
    revisions = sum(len(p.revisions) for p in window.live.document.paragraphs)
    window.findChild(QAction, "trackChangesAction").trigger()
    window.editor.document().setModified(False)
    return off, on, revisions


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keys", type=int, default=400)
    args = ap.parse_args()
    private_app_dirs()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    from ui.main_window import MainWindow

    print(machine())
    lines = corpus_lines()  # already ×3
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for label, path in (("docx", write_big_docx(folder, lines)),
                            ("txt", write_big_txt(folder, lines=lines))):  # fmt: skip
            w = MainWindow()
            w.resize(1600, 1000)
            w.show()
            t = time.perf_counter()
            off, on, revisions = measure(app, w, path, args.keys)
            print(f"{label}: {w.editor.document().blockCount()} paragraphs "
                  f"({(time.perf_counter() - t):.1f} s in all)")  # fmt: skip
            print(f"  修订 off: {key_summary(off)}")
            print(f"  修订 on:  {key_summary(on)}  ({revisions} revisions recorded)")
            ratio = statistics.median(on) / statistics.median(off)
            print(f"  on/off p50: {ratio:.2f}")
            w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
