"""Where ReportDesk keeps its own files, and who "we" are (process, host, user).

Everything the storage layer writes for itself (backups, recovery files, locks, the crash log)
lives under one folder, :func:`app_data_dir`:

- ``REPORTDESK_DATA_DIR`` when set (tests, portable installs),
- Windows: ``%APPDATA%\\ReportDesk``,
- macOS: ``~/Library/Application Support/ReportDesk``,
- elsewhere: ``$XDG_DATA_HOME/reportdesk`` (default ``~/.local/share/reportdesk``).

The folder is created private (0700): recovery files and backups hold the reports' text.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from app.digests import sha256
from app.storage.datadir import app_data_dir as app_data_dir

BACKUPS = "backups"
RECOVERY = "recovery"
LOCKS = "locks"
SESSIONS = "sessions"
LOGS = "logs"

PROCESS_STARTED = datetime.now(UTC).astimezone()
"""When this process imported the storage layer (close enough to its start for a lock's owner)."""


def data_subdir(name: str, data_dir: str | os.PathLike[str] | None = None) -> Path:
    """``<data dir>/<name>``, created (0700) if missing; raises OSError when it cannot be."""
    folder = (Path(data_dir) if data_dir is not None else app_data_dir()) / name
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def real_path(path: str | os.PathLike[str]) -> Path:
    """The absolute path with symlinks resolved: the file a save really replaces."""
    return Path(os.path.realpath(os.path.abspath(os.fspath(path))))


def path_key(path: str | os.PathLike[str], length: int = 16) -> str:
    """A short stable hex key for a document path (case-folded where file names are)."""
    text = os.fspath(real_path(path))
    if sys.platform in ("win32", "darwin"):
        text = text.casefold()
    return sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def host_name() -> str:
    import socket  # (here: ~15 M instructions of every `check` that never asks)

    try:
        return socket.gethostname() or "?"
    except OSError:
        return "?"


def user_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no USER/LOGNAME and no passwd entry (containers)
        return "?"


def owner_info() -> dict[str, object]:
    """What a lock or recovery file says about the process that wrote it."""
    return {
        "pid": os.getpid(),
        "host": host_name(),
        "user": user_name(),
        "started": PROCESS_STARTED.isoformat(timespec="seconds"),
    }


def pid_alive(pid: int) -> bool:
    """True if a process with this id runs on this machine (or we may not ask: assume yes)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _win_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


def _win_pid_alive(pid: int) -> bool:
    # Never os.kill(pid, 0) on Windows: any signal but CTRL_* events terminates the process.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # ERROR_ACCESS_DENIED: exists, not ours
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def host_tag() -> str:
    """4 hex digits naming this host in temp file names (no hyphen, no personal data)."""
    return sha256(host_name().encode("utf-8", "replace")).hexdigest()[:4]


def stale_temp(path: str | os.PathLike[str], host: str, pid: str) -> bool:
    """A temp file/folder named with ``host``/``pid`` is garbage: its process (here) is gone,
    or it is a day old (another host's: we cannot ask that host about its pid)."""
    dead = host == host_tag() and pid.isdigit() and not pid_alive(int(pid))
    return dead or age_seconds(path) > 24 * 3600


def now_iso() -> str:
    """The local time with its UTC offset, to the second (what files and lists show)."""
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def age_seconds(path: str | os.PathLike[str]) -> float:
    """Seconds since ``path`` was last modified (inf if it cannot be stat-ed)."""
    try:
        return time.time() - os.stat(path).st_mtime
    except OSError:
        return float("inf")


KEEP_CACHE_FILES = 3
"""Cache files kept per kind (lexicon, results, regex …): each key is one install or version of
the engine, so two copies of the program sharing a data folder (an installed one and a portable
one, or two versions during an upgrade) each keep their own file instead of deleting the other's
and rebuilding it on every alternate run (the lexicon's takes seconds)."""


def prune_cache_files(folder: str | os.PathLike[str], kind: str, current: str,
                      keep: int = KEEP_CACHE_FILES) -> None:
    """Delete the files ``<kind>-*.marshal`` of ``folder`` beyond the ``keep`` most recently
    written, never ``current`` (the file just written). Errors are the caller's to ignore."""
    folder = Path(folder)
    files = [p for p in folder.glob(f"{kind}-*.marshal") if p.name != current]
    files.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in files[max(keep - 1, 0):]:
        old.unlink(missing_ok=True)
