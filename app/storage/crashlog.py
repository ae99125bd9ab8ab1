"""Crashes leave a trace: ``<data dir>/logs/crash.log``.

:func:`install_crash_logging` (once, first thing at start) turns on :mod:`faulthandler` into the
log (a segfault in Qt or lxml still dumps every thread's stack) and chains ``sys.excepthook``
and ``threading.excepthook`` so that any uncaught exception is appended with a header (time,
version, pid, platform) before the previous hook runs. ``on_error(summary, log_path)`` is called
after that, from the thread that raised: the UI's dialog goes there (marshal it to the GUI
thread). The log is rotated to ``crash.log.1`` past :data:`MAX_LOG_BYTES`, so both together stay
around 1 MB. A ``running-<pid>`` flag, removed at a clean exit, tells the next start that a run
ended abnormally (:attr:`CrashLog.previous_run_crashed`).
"""

from __future__ import annotations

import atexit
import contextlib
import faulthandler
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from app import __version__
from app.storage.paths import LOGS, data_subdir, now_iso, pid_alive

MAX_LOG_BYTES = 512 * 1024
LOG_NAME = "crash.log"

_installed: CrashLog | None = None


class CrashLog:
    """The installed crash log (see :func:`install_crash_logging`)."""

    def __init__(self, folder: Path, on_error: Callable[[str, Path], object] | None):
        self.folder = folder
        self.path = folder / LOG_NAME
        self.on_error = on_error
        self.previous_run_crashed = _previous_run_crashed(folder)
        self._flag = folder / f"running-{os.getpid()}"
        self._lock = threading.Lock()
        self._fault_file: IO[str] | None = None
        self._prev_hook = sys.excepthook
        self._prev_thread_hook = threading.excepthook

    def record(
        self, exc_type: type[BaseException], exc: BaseException | None,
        tb: TracebackType | None, where: str = "",
    ) -> None:  # fmt: skip
        """Append one traceback to the log (never raises)."""
        try:
            entry = _entry(exc_type, exc, tb, where)
            with self._lock:
                self._rotate_if_big()
                with open(self.path, "a", encoding="utf-8", errors="replace") as f:
                    f.write(entry)
        except Exception:
            pass

    def _excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if not issubclass(exc_type, KeyboardInterrupt):
            self.record(exc_type, exc, tb, "main")
            self._notify(exc_type, exc)
        self._prev_hook(exc_type, exc, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if not issubclass(args.exc_type, SystemExit):
            name = getattr(args.thread, "name", "?")
            self.record(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")
            self._notify(args.exc_type, args.exc_value)
        self._prev_thread_hook(args)

    def _notify(self, exc_type: type[BaseException], exc: BaseException | None) -> None:
        if self.on_error is None:
            return
        summary = " ".join(f"{exc_type.__name__}: {exc}".split())[:300]
        with contextlib.suppress(Exception):
            self.on_error(summary, self.path)

    def _open_fault_file(self) -> None:
        old, self._fault_file = self._fault_file, open(self.path, "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(file=self._fault_file, all_threads=True)
        if old is not None:
            old.close()

    def _rotate_if_big(self) -> None:
        try:
            if self.path.stat().st_size <= MAX_LOG_BYTES:
                return
            os.replace(self.path, self.folder / (LOG_NAME + ".1"))
        except OSError:
            return
        with contextlib.suppress(OSError):
            self._open_fault_file()  # faulthandler must follow to the new file

    def _clean_exit(self) -> None:
        with contextlib.suppress(OSError):
            self._flag.unlink()


def _entry(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
    where: str,
) -> str:  # fmt: skip
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    head = f"=== {now_iso()} ReportDesk {__version__} pid {os.getpid()}"
    head += f" Python {platform.python_version()} {platform.platform()}"
    head += f" {where} ===\n" if where else " ===\n"
    return head + text + "\n"


def log_exception(
    exc: BaseException, where: str = "", data_dir: str | os.PathLike[str] | None = None
) -> Path | None:
    """Append ``exc`` with its traceback to the crash log, without installing any hook: for a
    program that catches its own internal errors (the command line prints one line and exits 2;
    the traceback must not be lost). Returns the log's path, None if it cannot be written."""
    if _installed is not None:
        _installed.record(type(exc), exc, exc.__traceback__, where)
        return _installed.path
    try:
        path = data_subdir(LOGS, data_dir) / LOG_NAME
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            os.replace(path, path.with_name(LOG_NAME + ".1"))
        with open(path, "a", encoding="utf-8", errors="replace") as f:
            f.write(_entry(type(exc), exc, exc.__traceback__, where))
    except OSError:
        return None
    return path


def install_crash_logging(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    on_error: Callable[[str, Path], object] | None = None,
) -> CrashLog | None:
    """Log crashes into ``<data dir>/logs``; returns the CrashLog (None if the folder cannot be
    written: the app runs on without a log). A second call only replaces ``on_error``."""
    global _installed
    if _installed is not None:
        _installed.on_error = on_error or _installed.on_error
        return _installed
    try:
        folder = data_subdir(LOGS, data_dir)
        log = CrashLog(folder, on_error)
        log._rotate_if_big()
        log._open_fault_file()
        log._flag.write_text(now_iso() + "\n", encoding="ascii")
    except OSError:
        return None
    sys.excepthook = log._excepthook
    threading.excepthook = log._thread_hook
    atexit.register(log._clean_exit)
    _installed = log
    return log


def _previous_run_crashed(folder: Path) -> bool:
    """A run left its ``running-<pid>`` flag and that process is gone: it crashed or was killed.
    The flags of such runs are removed (each crash is reported once)."""
    crashed = False
    with contextlib.suppress(OSError):
        for flag in folder.glob("running-*"):
            pid = flag.name.partition("-")[2]
            if pid.isdigit() and int(pid) != os.getpid() and pid_alive(int(pid)):
                continue
            crashed = True
            with contextlib.suppress(OSError):
                flag.unlink()
    return crashed
