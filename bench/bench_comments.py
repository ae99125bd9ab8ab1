"""Review comments benchmark: 500 comments on the ~4,400-paragraph report.

Same run, same window: keystroke handling (QTest.keyClick + the events it queues, p50/p99/max)
in the middle of the report first without comments, then with 500 comments (one every ~9
paragraphs, some with replies, a tenth resolved), typing outside and inside a commented range.
Also: opening the report with its 500 comments (anchors + panel), the debounced rescan + panel
update after typing stops, one comment operation and its undo, and the comments for a save.

    QT_QPA_PLATFORM=offscreen python bench/bench_comments.py [--keys 400] [--comments 500]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import key_summary, open_report, private_app_dirs, type_keys, write_big_txt


def ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def with_comments(doc, count: int):
    """``doc`` with ``count`` threads spread over its non-empty paragraphs."""
    from app.model import Comment, Position

    bodies = [p for p in doc.paragraphs if len(p.text) >= 12]
    step = max(1, len(bodies) // count)
    comments = []
    for k, p in enumerate(bodies[::step][:count]):
        c = Comment(
            f"批注 {k}：请核实此处表述。", "王科长", "王", "2026-11-25T09:30:00Z",
            Position(p.id, 2), Position(p.id, 10), resolved=k % 10 == 0,
        )  # fmt: skip
        comments.append(c)
        if k % 4 == 0:
            comments.append(Comment("已核实。", "张审核", "张审", "2026-11-25T10:00:00Z",
                                    parent_id=c.id))  # fmt: skip
    doc.comments = comments
    return doc


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keys", type=int, default=400)
    ap.add_argument("--comments", type=int, default=500)
    args = ap.parse_args()
    private_app_dirs()  # before Qt reads the settings

    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    from app.readers import read_document
    from ui.main_window import MainWindow

    python = platform.python_version()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {python}")
    with tempfile.TemporaryDirectory() as tmp:
        path = write_big_txt(Path(tmp))
        w = MainWindow()
        w.resize(1600, 1000)
        w.show()
        t = time.perf_counter()
        open_report(app, w, path)
        print(f"open without comments: {ms(t):.0f} ms")
        blocks = w.editor.document().blockCount()
        print(f"report: {blocks} paragraphs")
        middle = blocks // 2
        while len(w.editor.document().findBlockByNumber(middle).text()) < 12:
            middle += 1

        w.editor.go_to(middle, 1)
        app.processEvents()
        plain = type_keys(app, w.editor, args.keys)
        print(f"keystrokes without comments ({len(plain)}): {key_summary(plain)}")

        doc = with_comments(read_document(str(path)), args.comments)
        t = time.perf_counter()
        w.load_document(doc, str(path))
        app.processEvents()
        store = w.review.store
        threads = len(store.threads())
        print(
            f"open with {threads} threads ({len(store.comments)} comments): {ms(t):.0f} ms "
            f"(editor, anchors, panel, first paint)"
        )
        t = time.perf_counter()
        store.rescan()
        print(f"full rescan of the anchors: {ms(t):.1f} ms")

        w.editor.go_to(middle, 1)  # outside: the comment sits on offsets 2-10 (if any here)
        app.processEvents()
        outside = type_keys(app, w.editor, args.keys)
        print(f"keystrokes with comments, outside a range ({len(outside)}): {key_summary(outside)}")

        tid = store.threads()[len(store.threads()) // 2].id
        start = store.range_of(tid)[0]
        cur = QTextCursor(w.editor.document())
        cur.setPosition(start + 3)
        w.editor.setTextCursor(cur)
        app.processEvents()
        inside = type_keys(app, w.editor, args.keys)
        print(f"keystrokes with comments, inside a range ({len(inside)}): {key_summary(inside)}")

        t = time.perf_counter()
        while store._dirty:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
        print(
            f"highlights + panel up to date {ms(t):.0f} ms after the last key "
            f"(debounce {store._timer.interval()} ms)"
        )
        t = time.perf_counter()
        w.review.refresh()
        print(f"panel refresh ({threads} threads): {ms(t):.1f} ms")

        w.live.flush()  # the re-analysis of the typing is not part of what follows
        app.processEvents()
        w.review.panel.select(tid)
        t = time.perf_counter()
        w.review.toggle_resolved()
        app.processEvents()
        print(f"resolve one thread (one undo step): {ms(t):.1f} ms")
        t = time.perf_counter()
        w.undo()
        app.processEvents()
        print(f"undo it (Edit → Undo, includes the window's analysis check): {ms(t):.1f} ms")
        t = time.perf_counter()
        saved = w.current_document(with_spans=True).comments
        print(f"comments for a save ({len(saved)}): {ms(t):.0f} ms (with paragraph spans)")
        w.editor.document().setModified(False)
        w.close()
    ratio50 = statistics.median(inside) / statistics.median(plain)
    print(f"p50 with comments (inside) / without: {ratio50:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
