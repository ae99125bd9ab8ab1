"""One lock per document ("this report is already open"), held while a window shows it.

The lock file is ``<data dir>/locks/<path key>.lock`` (key: hash of the real path), held with an
OS lock (see :mod:`app.storage.oslock`): a second window or instance on this computer gets None
from :func:`acquire_lock` and :func:`lock_owner` says who has it; a lock left by a crashed or
killed instance is taken over silently. It does not see colleagues on other computers (their
data folders are theirs); :func:`office_lock_file` finds the owner files Word, WPS and
LibreOffice leave next to a document they have open.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.storage.oslock import HeldFile, is_held, read_info, try_hold
from app.storage.paths import LOCKS, app_data_dir, data_subdir, host_name, path_key, real_path


@dataclass(frozen=True)
class LockOwner:
    """Who holds a document's lock (as its lock file says)."""

    pid: int
    host: str
    user: str
    started: str  # ISO 8601 with offset: when that instance started
    path: str  # the document

    def describe(self) -> str:
        """One line for the warning: "该文件已在另一个窗口中打开（…）"."""
        try:
            since = datetime.fromisoformat(self.started).strftime("%m-%d %H:%M")
        except ValueError:
            since = "?"
        where = f"进程 {self.pid}，{since} 起"
        if self.host != host_name():
            where = f"电脑 {self.host} 上的用户 {self.user}，{where}"
        name = os.path.basename(self.path) or self.path
        return f"{name} 已在另一个公文审校台窗口中打开（{where}）"


class Lock:
    """A document lock we hold; release it when the document's window closes."""

    def __init__(self, path: Path, held: HeldFile | None):
        self.path = path  # the document (real path)
        self._held = held

    @property
    def held(self) -> bool:
        """False when the data folder could not be written: nothing protects this document."""
        return self._held is not None and self._held.held

    def release(self) -> None:
        if self._held is not None:
            self._held.release()

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_file(path: str | os.PathLike[str], data_dir: str | os.PathLike[str] | None = None) -> Path:
    base = Path(data_dir) if data_dir is not None else app_data_dir()
    return base / LOCKS / f"{path_key(path)}.lock"


def acquire_lock(
    path: str | os.PathLike[str], *, data_dir: str | os.PathLike[str] | None = None
) -> Lock | None:
    """Lock ``path`` for this process → Lock, or None if a live instance (or window) has it.

    If the data folder cannot be written, a Lock with ``held == False`` is returned: opening
    must not fail because of our own bookkeeping.
    """
    doc = real_path(path)
    try:
        data_subdir(LOCKS, data_dir)
        held = try_hold(lock_file(doc, data_dir), {"path": os.fspath(doc)})
    except OSError:
        return Lock(doc, None)
    return None if held is None else Lock(doc, held)


def lock_owner(
    path: str | os.PathLike[str], *, data_dir: str | os.PathLike[str] | None = None
) -> LockOwner | None:
    """Who holds the lock of ``path`` now, or None if nobody alive does."""
    file = lock_file(path, data_dir)
    if not is_held(file):
        return None
    info = read_info(file) or {}
    pid = info.get("pid")
    return LockOwner(
        pid=pid if isinstance(pid, int) else 0,
        host=str(info.get("host", "?")),
        user=str(info.get("user", "?")),
        started=str(info.get("started", "")),
        path=str(info.get("path", os.fspath(real_path(path)))),
    )


def office_lock_file(path: str | os.PathLike[str]) -> Path | None:
    """The owner file Word/WPS (``~$name``) or LibreOffice (``.~lock.name#``) keeps while it
    has ``path`` open, if there is one: a hint that saving here will fight with that program."""
    p = Path(path)
    name = p.name
    candidates = [f"~${name}", f"~${name[2:]}", f"~${name[1:]}", f".~lock.{name}#"]
    for candidate in candidates:
        owner = p.with_name(candidate)
        if owner.is_file():
            return owner
    return None
