"""Autosave: every modified document goes to the recovery folder at least every 30 s.

One :class:`RecoveryHub` per process owns the :class:`~app.storage.RecoveryStore` (its session
lock marks our recovery files as in use, so no other instance offers them) and one writer
thread: a snapshot is taken in the GUI thread (:meth:`RecoveryStore.snapshot`, plain data), the
write runs in the writer, one at a time. A document's next autosave waits until its previous
one is finished, and a document saved or closed while its autosave is in flight has the file
removed again once the write lands, so no stale copy is left behind to be offered later.

Each window has an :class:`Autosaver`: a timer (QSettings ``autosave/seconds``, 10–30 s; the
window's ``autosave_timer``) that writes only when the document is modified and changed since
the last autosave. A failed autosave is shown quietly in the status bar.
"""

from __future__ import annotations

import contextlib
import time
import weakref

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal

from app.errors import WriteError
from app.i18n import tr as pick  # (not "tr": lupdate would take it for a Qt string)
from app.storage import CrashLog, RecoveryStore, Snapshot
from ui import settings as S

crash_log: CrashLog | None = None  # when ui.session installed one

_hub: RecoveryHub | None = None
_windows: weakref.WeakSet = weakref.WeakSet()


def hub() -> RecoveryHub:
    """The process's recovery hub (created on first use, in the GUI thread)."""
    global _hub
    if _hub is None:
        _hub = RecoveryHub()
    return _hub


def reset_hub(store: RecoveryStore | None = None) -> RecoveryHub:
    """Shut the hub down and start a new one (tests: another data folder)."""
    global _hub
    if _hub is not None:
        _hub.shutdown()
    _hub = RecoveryHub(store)
    return _hub


def drop_hub() -> None:
    """Shut the hub down; the next :func:`hub` makes a new one (tests: back to the default)."""
    global _hub
    if _hub is not None:
        _hub.shutdown()
        _hub = None


def register(window) -> None:
    _windows.add(window)


def windows() -> list:
    """The main windows of this process that are still alive."""
    import shiboken6

    return [w for w in list(_windows) if shiboken6.isValid(w)]


class RecoveryHub(QObject):
    written = Signal(str, object)  # doc key, one-line error or None (GUI thread)
    crashed = Signal(str, str)  # summary, log path: from any thread, handled queued
    _done = Signal(str, object)

    def __init__(self, store: RecoveryStore | None = None) -> None:
        super().__init__()
        self.store = store or RecoveryStore()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one write at a time, in order
        self._inflight: set[str] = set()
        self._discard_after: set[str] = set()
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.writes = 0

    def busy(self, key: str) -> bool:
        return key in self._inflight

    def submit(self, snap: Snapshot) -> bool:
        """Write ``snap`` in the writer thread; False if this document's last write is not done."""
        if snap.key in self._inflight:
            return False
        self._inflight.add(snap.key)
        self._discard_after.discard(snap.key)
        store, done = self.store, self._done

        def job() -> None:
            try:
                store.write(snap)
                error = None
            except WriteError as err:
                error = str(err)
            except Exception as err:  # a bug must not kill the writer thread
                if crash_log is not None:
                    crash_log.record(type(err), err, err.__traceback__, "autosave")
                error = internal_error(err)
            done.emit(snap.key, error)

        self.pool.start(job)
        return True

    def _on_done(self, key: str, error) -> None:
        self._inflight.discard(key)
        self.writes += 1
        if key in self._discard_after:
            self._discard_after.discard(key)
            self.store.discard(key)
            return
        self.written.emit(key, error)

    def write_now(self, key: str, doc, path) -> str | None:
        """Autosave in this thread, after any write in flight (crash handling); error or None."""
        self.pool.waitForDone(5000)
        try:
            self.store.write(self.store.snapshot(key, doc, path))
        except WriteError as err:
            return str(err)
        except Exception as err:
            return internal_error(err)
        return None

    def discard(self, key: str | None) -> None:
        """The document was saved or dropped: its recovery file goes (now and after a write in
        flight)."""
        if not key:
            return
        with contextlib.suppress(OSError):
            self.store.discard(key)
        if key in self._inflight:
            self._discard_after.add(key)

    def shutdown(self) -> None:
        """At exit: let the writer finish, drop what was discarded meanwhile, give up the session
        (recovery files still here become "pending" for the next start)."""
        self.pool.waitForDone(10000)
        for key in list(self._discard_after):
            with contextlib.suppress(OSError):
                self.store.discard(key)
        self._discard_after.clear()
        self._inflight.clear()
        self.store.close()


class Autosaver(QObject):
    """Autosave of one window's document under ``key`` (set by the window's DocumentSafety)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.key: str | None = None
        self.path: str | None = None
        self.enabled = True
        self.last_error: str | None = None
        self.last_written: float | None = None
        self.last_snapshot_ms = 0.0
        self._changes = 0
        self._saved = 0
        self._pending: int | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("autosaveTimer")
        self.timer.setInterval(S.autosave_seconds() * 1000)
        self.timer.timeout.connect(self.tick)
        window.autosave_timer = self.timer  # ui.desktop changes its interval with the setting
        window.editor.document().contentsChange.connect(self._on_change)
        window.editor.document().modificationChanged.connect(self._on_modified)
        hub().written.connect(self._on_written)
        self.timer.start()

    def _on_change(self, *_args) -> None:
        self._changes += 1

    def _on_modified(self, modified: bool) -> None:
        """Back to unmodified (saved, or every edit undone): the copy in recovery is stale."""
        if not modified and self.key is not None:
            hub().discard(self.key)
            self._saved = self._changes

    def reset(self, key: str | None, path: str | None) -> None:
        """A document was loaded (or saved): what is on disk or in recovery matches it."""
        self.key = key
        self.path = path
        self._saved = self._changes
        self._pending = None
        self.last_error = None

    @property
    def pending_changes(self) -> bool:
        return self._changes != self._saved

    def tick(self) -> bool:
        """Autosave now if the document is modified and changed since the last autosave."""
        w = self.w
        if not self.enabled or self.key is None or w.loader.busy:
            return False
        if not w.editor.document().isModified() or not self.pending_changes:
            return False
        h = hub()
        if h.busy(self.key):
            return False  # the previous write is not done: next tick
        t0 = time.perf_counter()
        mark = self._changes
        doc = w.current_document(with_spans=True)
        snap = h.store.snapshot(self.key, doc, self.path)
        self.last_snapshot_ms = (time.perf_counter() - t0) * 1000
        if h.submit(snap):
            self._pending = mark
            return True
        return False

    def _on_written(self, key: str, error) -> None:
        if key != self.key:
            return
        if error:
            self.last_error = error
            self.w.statusBar().showMessage(error, 15000)
            return
        self.last_error = None
        self.last_written = time.time()
        if self._pending is not None:
            self._saved = self._pending
            self._pending = None

    def stop(self) -> None:
        self.timer.stop()


def internal_error(err: BaseException) -> str:
    """The one line for an autosave that failed on a bug (the crash log has the rest)."""
    kind = type(err).__name__
    return pick(
        f"自动保存失败（程序内部错误：{kind}）", f"Autosave failed (internal error: {kind})"
    )
