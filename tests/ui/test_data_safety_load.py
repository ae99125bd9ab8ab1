"""Big reports open without freezing the window: read and analysed in a worker thread behind a
progress dialog with Cancel, then shown in steps while the event loop keeps running."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QPushButton

from app.storage import acquire_lock
from tests.ui.conftest import SAMPLE
from tests.ui.helpers import texts
from ui import loader


@pytest.fixture(scope="module")
def big_text() -> str:
    """The bundled sample report 110 times over: ~4,500 paragraphs, 1.2 MB (the size of
    bench/bench_editor.py's report, built from the team's own data)."""
    report = SAMPLE.read_text(encoding="utf-8").rstrip("\n")
    return "\n".join([report] * 110) + "\n"


@pytest.fixture
def big_file(tmp_path, big_text):
    path = tmp_path / "大报告.txt"
    path.write_text(big_text, encoding="utf-8")
    return path


class Ticks:
    """A 10 ms timer in the GUI thread: how often it ran, and the longest pause between runs."""

    def __init__(self, window) -> None:
        self.times: list[float] = [time.perf_counter()]
        self.progress_seen: list[str] = []
        self.w = window
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        self.times.append(time.perf_counter())
        dlg = self.w.loader.progress
        if dlg is not None and dlg.isVisible():
            self.progress_seen.append(dlg.labelText())

    def stop(self) -> float:
        self.timer.stop()
        self.times.append(time.perf_counter())
        return max(b - a for a, b in zip(self.times, self.times[1:], strict=False))


def test_big_report_opens_in_the_background(qtbot, data_dir, window, big_file, big_text):
    w = window
    path = big_file
    expected = len(big_text.rstrip("\n").split("\n"))
    assert expected > loader.STEPPED_FROM
    ticks = Ticks(w)
    t0 = time.perf_counter()
    assert w.files.open_path(str(path), ask=False)
    assert w.loader.busy and w.path is None  # still reading: nothing replaced yet
    assert "大报告.txt" in w.loader.progress.labelText()  # (shown if reading takes > 0.3 s)
    qtbot.waitUntil(lambda: not w.loader.busy, timeout=60_000)
    total = time.perf_counter() - t0
    longest = ticks.stop()
    print(
        f"\n{expected} paragraphs: {total:.2f} s in all, {len(ticks.times)} timer runs, "
        f"longest pause {longest * 1000:.0f} ms, loader {w.loader.last}"
    )
    assert len(texts(w)) == expected
    assert w.path == str(path) and not w.editor.document().isModified()
    assert w.outline.top_level_labels()
    # the event loop kept running while the file was read (the pauses are measured, with a
    # baseline, in bench/bench_open.py: no wall-clock limit here)
    assert len(ticks.times) >= 2
    assert not w.editor.isReadOnly()


def test_cancel_while_reading_discards_the_result(qtbot, data_dir, window, big_file):
    w = window
    assert w.files.open_path(str(big_file), ask=False)
    assert w.loader.progress is not None
    assert "取消" in w.loader.progress.labelText() or "Cancel" in w.loader.progress.labelText()
    w.loader.progress.findChild(QPushButton).click()  # Cancel
    assert not w.loader.busy
    loader.pool().waitForDone(60_000)  # the read goes on to its end …
    QCoreApplication.sendPostedEvents()  # its result, queued to this thread, is delivered
    QCoreApplication.processEvents()
    assert texts(w) == [""] and w.path is None  # … and its result is dropped
    assert acquire_lock(big_file) is not None  # its lock was let go
    assert w.files.open_path(str(big_file), ask=False)  # and it can be opened again
    qtbot.waitUntil(lambda: not w.loader.busy, timeout=60_000)
    assert w.path == str(big_file)


def test_twenty_thousand_paragraphs_shown_in_steps(qtbot, data_dir, window, tmp_path, big_text):
    lines = (big_text.split("\n") * 6)[:20_000]
    path = tmp_path / "两万段.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    w = window
    ticks = Ticks(w)
    assert w.files.open_path(str(path), ask=False)
    qtbot.waitUntil(lambda: not w.loader.busy, timeout=120_000)
    longest = ticks.stop()
    print(f"\n20,000 paragraphs: longest pause {longest * 1000:.0f} ms, loader {w.loader.last}")
    assert len(texts(w)) == 20_000
    assert texts(w)[-1] == lines[-1]
    assert len(ticks.times) >= 2  # events were processed between the steps (timed in bench/)
    # typing still works at the end
    w.editor.moveCursor(w.editor.textCursor().MoveOperation.End)
    w.editor.insertPlainText("末尾")
    assert texts(w)[-1].endswith("末尾")


def test_small_files_open_at_once(data_dir, window, tmp_path):
    path = tmp_path / "小.txt"
    path.write_text("一、小报告\n", encoding="utf-8")
    assert not loader.runs_in_background(str(path))
    assert window.files.open_path(str(path), ask=False)
    assert not window.loader.busy and texts(window) == ["一、小报告"]


def test_closing_the_window_while_reading_drops_the_read(qtbot, data_dir, window, big_file):
    w = window
    assert w.files.open_path(str(big_file), ask=False)
    w.close()
    assert not w.loader.busy
    loader.pool().waitForDone(60_000)
    QCoreApplication.sendPostedEvents()  # the result arrives and is dropped (no error from a
    QCoreApplication.processEvents()  # closed window)
    assert acquire_lock(big_file) is not None


def test_steps_give_the_same_document_as_one_go(qtbot, data_dir, window, big_file):
    """Block layout, drawing state and bold runs are the same however the text went in (a run
    at the end of one step must not leak into the next)."""
    from app.model import Span
    from ui.loader import FILL_BATCH, read_report

    lines = big_file.read_text(encoding="utf-8").split("\n")

    def with_text(k: int) -> int:  # (a span needs text to lie on)
        return next(i for i in range(k, len(lines)) if len(lines[i].strip()) > 2)

    first, last, after = with_text(5), with_text(FILL_BATCH - 1), with_text(FILL_BATCH + 1)
    assert first < FILL_BATCH - 1 <= last < FILL_BATCH <= after < 2 * FILL_BATCH

    def shown(batch: int):
        loaded = read_report(str(big_file), window.live.analyze_now)
        for i, p in enumerate(loaded.doc.paragraphs[: 3 * FILL_BATCH]):
            if i in (first, last, after):
                p.spans = [Span(0, len(p.text) if i == last else 2, bold=True)]
        for _ in window.load_steps(loaded.doc, str(big_file), loaded.analysis, batch):
            pass
        out, block = [], window.editor.document().begin()
        while block.isValid():
            f = block.blockFormat()
            out.append((block.text(), int(f.alignment()), f.textIndent(), block.userState()))
            block = block.next()
        spans = [window.editor.spans_of(i) for i in range(3 * FILL_BATCH)]
        return out, spans

    at_once, stepped = shown(0), shown(FILL_BATCH)
    assert at_once == stepped
    assert [i for i, s in enumerate(stepped[1]) if s] == [first, last, after]
