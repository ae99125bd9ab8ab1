"""Opening a report without freezing the window.

Reading and analysing are pure Python and Qt-free: for a big file (:data:`BACKGROUND_BYTES` or
more) :func:`read_report` runs in a worker thread while a progress dialog with Cancel is up.
Reading cannot be interrupted (the readers have no cancellation points), so Cancel only means
"discard the result when it arrives"; the dialog says so. Filling the editor must happen in the
GUI thread and is the slowest part for a long report (QTextDocument lays out every paragraph:
~0.5 s for the 4,400-paragraph corpus, ~2–5 s for 20,000), so a long document goes in
:data:`FILL_BATCH` paragraphs at a time, the event loop running in between
(:meth:`ui.main_window.MainWindow.load_steps`).

Anything the engine refuses arrives as one line (:func:`failure_message`); the window's current
document is only replaced once a result is complete.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

from app.errors import ReportDeskError
from app.i18n import tr as pick  # (not "tr": lupdate would take it for a Qt string)
from app.model import Document, Paragraph
from app.storage import FileFingerprint
from ui.virtual_blocks import with_virtuals
from ui.warm_up import warm_up_later

BACKGROUND_BYTES = 256 * 1024  # files this big or bigger are read and analysed in a worker
STEPPED_FROM = 2500  # documents with more paragraphs go into the editor in steps
FILL_BATCH = 200  # paragraphs per step (~25 ms of layout each)
SLICE_MS = 40  # steps run back to back for at most this long before the event loop runs
SHOW_AFTER_MS = 300  # the progress dialog appears only for loads that take longer

_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """The loading threads (two: a cancelled load may still be running when the next starts)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


@dataclass
class Loaded:
    """A document read and analysed, ready to be shown."""

    doc: Document
    analysis: object
    fingerprint: FileFingerprint | None  # of the file as read (None: not from a file)
    read_ms: float = 0.0
    analyze_ms: float = 0.0


def read_report(path: str, analyze: Callable[[Document], object]) -> Loaded:
    """Fingerprint, read, check and analyse ``path`` (any thread). The fingerprint is taken
    *before* reading: a save by another program while we read then counts as a change."""
    from ui.files import read_document  # (the engine's reader; tests replace it there)

    t0 = time.perf_counter()
    try:
        fingerprint = FileFingerprint.of(path)
    except OSError:
        fingerprint = None  # read_document says what is wrong with the file
    doc = read_document(path)
    from app.ignores import attach_stored

    attach_stored(doc, path)  # what the reviewer ignored in this text file before
    return analysed(doc, fingerprint, analyze, t0)


def analysed(doc: Document, fingerprint, analyze, t0: float | None = None) -> Loaded:
    """``doc`` (at least one paragraph) with its analysis."""
    t1 = time.perf_counter()
    if not doc.paragraphs:
        doc.paragraphs.append(Paragraph(""))
    with_virtuals(doc)  # the blocks Qt needs around tables: block number == paragraph index
    analysis = analyze(doc)
    t2 = time.perf_counter()
    return Loaded(doc, analysis, fingerprint, (t1 - (t0 or t1)) * 1000, (t2 - t1) * 1000)


def failure_message(err: BaseException, name: str) -> str:
    """One line for anything opening can raise."""
    if isinstance(err, ReportDeskError):
        return " ".join(str(err).split())
    if isinstance(err, MemoryError):
        return pick(
            f"{name} 太大，内存不足，无法打开", f"{name} is too large: not enough memory to open it"
        )
    if isinstance(err, OSError):
        why = err.strerror or err
        return pick(f"无法打开 {name}：{why}", f"Cannot open {name}: {why}")
    kind = type(err).__name__
    return pick(
        f"无法打开 {name}（程序内部错误：{kind}）", f"Cannot open {name} (internal error: {kind})"
    )


def runs_in_background(path: str) -> bool:
    """Big files, and files LibreOffice converts (it takes seconds to start)."""
    from app.readers.convert import CONVERTED_SUFFIXES

    if os.path.splitext(path)[1].lower() in CONVERTED_SUFFIXES:
        return True
    try:
        return os.path.getsize(path) >= BACKGROUND_BYTES
    except OSError:
        return False  # the reader gives the message at once


class _Task(QObject):
    """Carries one worker's result to the GUI thread (queued signal)."""

    finished = Signal(object, object)  # Loaded | None, error message | None


class Loader(QObject):
    """Reads and shows one document at a time for a window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.progress: QProgressDialog | None = None
        self._task: _Task | None = None
        self._cancel: Callable[[], None] | None = None
        self._steps = None
        self._total = 0
        self._then: Callable[[], None] | None = None
        self._fill_timer = QTimer(self)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_some)
        self.last: dict[str, float] = {}  # timings of the last load (for the status bar, bench)

    @property
    def busy(self) -> bool:
        return self._task is not None or self._steps is not None

    @property
    def filling(self) -> bool:
        return self._steps is not None

    def cancel(self) -> None:
        """Drop the read in progress, as its Cancel button does (the window is closing)."""
        if self._cancel is not None:
            self._cancel()

    # ---- reading ------------------------------------------------------------------------------
    def run(
        self,
        name: str,
        work: Callable[[], Loaded],
        done: Callable[[Loaded], None],
        failed: Callable[[str], None],
        background: bool,
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        """``work()`` (in a worker thread when ``background``), then ``done(loaded)`` or
        ``failed(one line)`` in the GUI thread. Cancel in the progress dialog calls
        ``cancelled()`` and drops the result when it arrives."""
        t0 = time.perf_counter()
        if not background:
            try:
                loaded = work()
            except Exception as err:  # every failure becomes one line
                _log(err)
                failed(failure_message(err, name))
                return
            self.last = {"work_ms": (time.perf_counter() - t0) * 1000}
            done(loaded)
            return
        task = _Task()
        self._task = task

        def finished(loaded, error) -> None:
            if not shiboken6.isValid(self) or self._task is not task:  # cancelled: discard
                return
            self._task = None
            self._cancel = None
            self._close_progress()
            self.last = {"work_ms": (time.perf_counter() - t0) * 1000}
            if error is not None:
                failed(error)
            else:
                done(loaded)

        task.finished.connect(finished, Qt.ConnectionType.QueuedConnection)

        def cancel() -> None:
            if self._task is task:
                self._task = None
                self._cancel = None
                self._close_progress()
                if cancelled is not None:
                    cancelled()

        self._cancel = cancel

        self._open_progress(
            self.tr("Opening %1…").replace("%1", name)
            + "\n"
            + self.tr("Reading cannot be interrupted: Cancel discards the result when it arrives."),
            self.tr("Cancel"),
            cancel,
        )

        def job() -> None:
            try:
                result, error = work(), None
            except Exception as err:  # reported in the window, one line
                _log(err)
                result, error = None, failure_message(err, name)
            task.finished.emit(result, error)

        pool().start(job)

    # ---- showing ------------------------------------------------------------------------------
    def show(self, loaded: Loaded, path: str | None, then: Callable[[], None]) -> None:
        """Put ``loaded`` into the window's editor, in steps when it is long; then ``then()``."""
        n = len(loaded.doc.paragraphs)
        t0 = time.perf_counter()
        if n < STEPPED_FROM:
            self.w.load_document(loaded.doc, path, loaded.analysis)
            self.last["fill_ms"] = (time.perf_counter() - t0) * 1000
            then()
            warm_up_later()  # (the first 修正全部序号's imports, once the report is drawn)
            return
        self._fill_started = t0
        self._max_slice = 0.0
        self._total = n
        self._then = then
        self._steps = self.w.load_steps(loaded.doc, path, loaded.analysis, FILL_BATCH)
        self.w.editor.setReadOnly(True)
        name = os.path.basename(path) if path else self.tr("Untitled")
        label = self.tr("Showing %1 (%2 paragraphs)…").replace("%1", name)
        self._open_progress(label.replace("%2", f"{n:,}"), None, None, maximum=n)
        self._fill_timer.start()

    def _fill_some(self) -> None:
        start = time.perf_counter()
        deadline = start + SLICE_MS / 1000
        try:
            while True:
                assert self._steps is not None  # filling: the steps are there
                done = next(self._steps)
                if time.perf_counter() >= deadline:
                    break
        except StopIteration:
            self._fill_finished()
            return
        finally:
            self._max_slice = max(self._max_slice, time.perf_counter() - start)
        if self.progress is not None:
            self.progress.setValue(done)

    def _fill_finished(self) -> None:
        self._fill_timer.stop()
        self._steps = None
        self.w.editor.setReadOnly(False)
        self._close_progress()
        self.last["fill_ms"] = (time.perf_counter() - self._fill_started) * 1000
        self.last["max_fill_slice_ms"] = self._max_slice * 1000
        then, self._then = self._then, None
        if then is not None:
            then()
        warm_up_later()  # (the first 修正全部序号's imports, once the report is drawn)

    # ---- the dialog ---------------------------------------------------------------------------
    def _open_progress(self, text, cancel_text, on_cancel, maximum: int = 0) -> None:
        self._close_progress()
        dlg = QProgressDialog(text, cancel_text or "", 0, maximum, self.w)
        dlg.setObjectName("loadProgress")
        dlg.setWindowTitle(self.tr("Opening"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        if on_cancel is None:
            dlg.setCancelButton(None)
        else:
            dlg.canceled.connect(on_cancel)
        dlg.setMinimumDuration(SHOW_AFTER_MS)
        dlg.setValue(0)
        self.progress = dlg

    def _close_progress(self) -> None:
        dlg, self.progress = self.progress, None
        if dlg is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                dlg.canceled.disconnect()
            dlg.reset()
            dlg.hide()
            dlg.deleteLater()


def _log(err: BaseException) -> None:
    """Unexpected errors (reader bugs) go to the crash log when there is one; no dialog."""
    if isinstance(err, ReportDeskError | OSError | MemoryError):
        return
    from ui import autosave

    log = autosave.crash_log
    if log is not None:
        log.record(type(err), err, err.__traceback__, f"open ({threading.current_thread().name})")
