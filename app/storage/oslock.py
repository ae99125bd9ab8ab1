"""Lock files held by the operating system for as long as the process lives.

A lock file holds one line of JSON (pid, host, user, start time) for people and messages, but
whether it is *held* is decided by an OS lock on it (``flock`` on POSIX, ``LockFile`` on
Windows). The kernel drops that lock when the process ends, however it ends (crash, SIGKILL,
power loss), so a lock left behind by a dead process is simply taken over: there is no pid to
guess and no pid reuse to be fooled by. Where the file system cannot lock (some network
mounts), we fall back to "the pid in the file is alive on this host".

Never fork while holding one: a POSIX ``flock`` is shared with the child.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from pathlib import Path

from app.storage.paths import host_name, owner_info, pid_alive

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

_WIN_LOCK_OFFSET = 1 << 30  # Windows locks are mandatory: lock a byte far past the JSON
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
_BUSY = {errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK}


class HeldFile:
    """A lock file we hold; :meth:`release` (or process exit) lets others take it."""

    def __init__(self, path: Path, fd: int | None, info: dict[str, object]):
        self.path = path
        self.info = info
        self._fd = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Remove the lock file and drop the lock (idempotent)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":
            _unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):  # another process may have it open to read
                os.unlink(self.path)
        else:  # unlink while still locked: whoever opened the old inode re-checks it
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            os.close(fd)


def try_hold(
    path: str | os.PathLike[str], extra: dict[str, object] | None = None
) -> HeldFile | None:
    """Take the lock file at ``path`` (creating it) → :class:`HeldFile`, or None if it is held.

    OSError when the file cannot be created at all (the caller decides what that means).
    """
    path = Path(path)
    info = {**owner_info(), **(extra or {})}
    for _ in range(10):  # retried only while the file is replaced under us
        fd = os.open(path, os.O_RDWR | os.O_CREAT | _BINARY, 0o600)
        try:
            locked = _lock(fd)
            if locked is None and not _fallback_free(path):
                locked = False
            if locked is False:
                os.close(fd)
                return None
            try:
                st = os.stat(path)
            except FileNotFoundError:
                os.close(fd)
                continue
            fst = os.fstat(fd)
            if (st.st_dev, st.st_ino) != (fst.st_dev, fst.st_ino):
                os.close(fd)
                continue
            _write_info(fd, info)
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(fd)
            raise
        return HeldFile(path, fd, info)
    return None


def is_held(path: str | os.PathLike[str]) -> bool:
    """True while a live process holds the lock file at ``path``."""
    try:
        fd = os.open(path, os.O_RDWR | _BINARY)
    except FileNotFoundError:
        return False
    except OSError:
        return _fallback_alive(Path(path))
    try:
        locked = _lock(fd)
        if locked is None:
            return _fallback_alive(Path(path))
        if locked:
            _unlock(fd)
        return not locked
    finally:
        os.close(fd)


def read_info(path: str | os.PathLike[str]) -> dict[str, object] | None:
    """The JSON a lock file holds, or None (missing, empty, half-written)."""
    try:
        with open(path, "rb") as f:
            data = json.loads(f.read(64 * 1024).decode("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_info(fd: int, info: dict[str, object]) -> None:
    data = json.dumps(info, ensure_ascii=False).encode("utf-8") + b"\n"
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    with contextlib.suppress(OSError):
        os.fsync(fd)


def _lock(fd: int) -> bool | None:
    """Try the OS lock: True taken, False held by someone else, None not supported here."""
    try:
        if sys.platform == "win32":
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            os.lseek(fd, 0, os.SEEK_SET)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as err:
        if err.errno in _BUSY:
            return False
        return None
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)


def _fallback_alive(path: Path) -> bool:
    """No OS locks here: held if the file names a live process on this host (not us)."""
    info = read_info(path)
    if not info:
        return False
    pid = info.get("pid")
    if not isinstance(pid, int) or info.get("host") != host_name():
        return bool(info)  # another machine: we cannot tell, so assume it is alive
    return pid != os.getpid() and pid_alive(pid)


def _fallback_free(path: Path) -> bool:
    return not _fallback_alive(path)
