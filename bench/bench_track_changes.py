"""Keystroke cost with 修订 (track changes) on vs off, on ../shared/corpus ×3 (~4,400 paragraphs).

The report is opened twice: as a .docx written from the corpus text (the recorded revisions go
into the paragraph's Word XML: app.revisions) and as the .txt (revisions kept in the model:
app.revisions_model). In each, the same keys are typed at the same place (every fifth a
Backspace: deleting the reviewer's own insertion) with 修订 off, then again with 修订 on, in the
same run, in rounds that alternate which goes first (the machine is shared: a ratio is only
worth something side by side). Times are per key event (QTest.keyClick + the events it
queues), as bench_editor.py.

    QT_QPA_PLATFORM=offscreen python bench/bench_track_changes.py [--keys 400] [--rounds 3]
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


CPU = False  # --cpu: the main thread's CPU time per key instead of the wall clock


def cpu_keys(app, editor, n: int) -> list[float]:
    """:func:`bench.common.type_keys` timed by the main thread's CPU time (ms): on a machine
    shared with other work, waiting for a core does not count (the editor, the recorder and
    the painting all run on this thread)."""
    return type_keys(app, editor, n, time.thread_time)


def measure(app, path: Path, keys: int, track: bool,
            view: str = "markup") -> tuple[list[float], int, int]:  # fmt: skip
    """Open ``path`` in a fresh window and type at the same place (the middle paragraph)."""
    from PySide6.QtGui import QAction

    from ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    open_report(app, window, path)
    if track:
        window.findChild(QAction, "trackChangesAction").trigger()
    window.track.set_view(view)
    middle = window.editor.document().blockCount() // 2
    window.editor.go_to(middle, 3)
    app.processEvents()
    times = cpu_keys(app, window.editor, keys) if CPU else type_keys(app, window.editor, keys)
    revisions = sum(len(p.revisions) for p in window.live.document.paragraphs)
    blocks = window.editor.document().blockCount()
    window.editor.document().setModified(False)
    window.close()
    return times, revisions, blocks


def measure_interleaved(app, path: Path, keys: int, swap: bool, stint: int = 20
                        ) -> tuple[list[float], list[float]]:  # fmt: skip
    """One window, 修订 switched off and on every ``stint`` keys, typing at the end of the same
    paragraph text: the report is the corpus three times, so off types in a paragraph of the
    second copy and on in the same paragraph of the third, or (``swap``) the other way round:
    where a paragraph stands changes a key's cost by up to 40 % here, so main() runs both and
    takes the geometric mean of the two ratios. Off stays the plain editor (its paragraph gets
    no revisions). Window-to-window differences (layout, caches) drop out."""
    from PySide6.QtGui import QAction

    from ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    open_report(app, window, path)
    switch = window.findChild(QAction, "trackChangesAction")
    qdoc = window.editor.document()
    third = qdoc.blockCount() // 3
    k = third // 2
    while qdoc.findBlockByNumber(third + k).text() != qdoc.findBlockByNumber(2 * third + k).text() \
            or len(qdoc.findBlockByNumber(third + k).text()) < 20:  # fmt: skip
        k += 1
    where = {swap: third + k, not swap: 2 * third + k}
    times: dict[bool, list[float]] = {False: [], True: []}
    typer = cpu_keys if CPU else type_keys
    for n in range(2 * keys // stint):
        track = n % 2 == 1
        if switch.isChecked() != track:
            switch.trigger()
        block = window.editor.document().findBlockByNumber(where[track])
        window.editor.go_to(where[track], len(block.text()))
        app.processEvents()
        times[track] += typer(app, window.editor, stint)
    window.editor.document().setModified(False)
    window.close()
    return times[False], times[True]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keys", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=3, help="off/on pairs, order alternating")
    ap.add_argument("--txt", action="store_true", help="also the .txt (model-only revisions)")
    ap.add_argument("--cpu", action="store_true", help="CPU time per key, not wall clock")
    ap.add_argument("--interleaved", action="store_true",
                    help="off and on alternating every 20 keys in one window")  # fmt: skip
    args = ap.parse_args()
    global CPU
    CPU = args.cpu
    private_app_dirs()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    print(machine(), "CPU time" if CPU else "wall clock")
    lines = corpus_lines()  # already ×3
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = [("docx", write_big_docx(folder, lines))]
        if args.txt:
            files.append(("txt", write_big_txt(folder, lines=lines)))
        for label, path in files:
            if args.interleaved:
                means = []
                for k in range(args.rounds):
                    ratios = []
                    for swap in (False, True):
                        off, on = measure_interleaved(app, path, args.keys, swap)
                        ratios.append(statistics.median(on) / statistics.median(off))
                        print(f"  {label} round {k + 1}{' swapped' if swap else ''}: off "
                              f"{key_summary(off)}; on {key_summary(on)}; on/off p50 "
                              f"{ratios[-1]:.3f}")
                    means.append((ratios[0] * ratios[1]) ** 0.5)
                    print(f"  {label} round {k + 1}: on/off p50, both places: {means[-1]:.3f}")
                print(f"  {label}: on/off best {min(means):.3f}, "
                      f"median {statistics.median(means):.3f}")
                continue
            t = time.perf_counter()
            offs: list[float] = []
            ons: list[float] = []
            ratios: list[float] = []
            revisions = blocks = 0
            measure(app, path, args.keys // 4, track=True)  # warm-up (caches, first window)
            for k in range(args.rounds):  # side by side: off then on, on then off, …
                order = (False, True) if k % 2 == 0 else (True, False)
                got = {}
                for track in order:
                    got[track], n, b = measure(app, path, args.keys, track=track)
                    if track:
                        revisions = n
                    else:
                        blocks = b
                off_p50, on_p50 = statistics.median(got[False]), statistics.median(got[True])
                offs += got[False]
                ons += got[True]
                ratios.append(on_p50 / off_p50)
                print(f"  round {k + 1}: off p50 {off_p50:.2f} ms, on p50 {on_p50:.2f} ms, "
                      f"on/off {ratios[-1]:.3f}")
            print(f"{label}: {blocks} paragraphs ({(time.perf_counter() - t):.1f} s in all)")
            print(f"  修订 off: {key_summary(offs)}")
            print(f"  修订 on:  {key_summary(ons)}  ({revisions} revisions recorded)")
            print(f"  on/off p50 per round: best {min(ratios):.3f}, "
                  f"median {statistics.median(ratios):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
