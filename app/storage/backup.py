"""One backup generation: the version of a file that the last save replaced.

Backups live in the app data folder (``<data dir>/backups/<stem>.<key><suffix>``), not next to
the report: shared and synced folders stay clean, colleagues never open a stale ``.bak`` by
mistake, and a folder where we may replace the file but not add one (or a name already at the
255-byte limit) still gets a backup. When the data folder cannot be written (home disk full,
quota), the backup falls back to ``<name>.bak`` next to the file; when that fails too, the save
goes on without one (the save itself is atomic either way; see docs/data-safety.md).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from app.storage.paths import BACKUPS, app_data_dir, data_subdir, host_tag, path_key, stale_temp

KEEP_DAYS = 90
"""Backups made longer ago than this are removed (checked once per process, at a backup).
A backup's modification time is when it was made (the copy does not keep the old one)."""

_pruned = False
_PREFIX = ".~rd-bak-"


def backup_path(
    path: str | os.PathLike[str], data_dir: str | os.PathLike[str] | None = None
) -> Path:
    """Where the backup of ``path`` goes in the data folder (the folder may not exist yet)."""
    p = Path(path)
    base = Path(data_dir) if data_dir is not None else app_data_dir()
    stem = p.stem[:60]  # keep the name readable but well under 255 bytes
    return base / BACKUPS / f"{stem}.{path_key(p, 10)}{p.suffix[:16]}"


def beside_backup_path(path: str | os.PathLike[str]) -> Path:
    """The fallback: ``<name>.bak`` in the file's own folder."""
    p = Path(path)
    return p.with_name(p.name + ".bak")


def make_backup(
    path: str | os.PathLike[str], data_dir: str | os.PathLike[str] | None = None
) -> Path | None:
    """Copy the current ``path`` to its backup place (atomically); the copy's path or None."""
    source = Path(path)
    if not source.is_file():
        return None
    try:
        data_subdir(BACKUPS, data_dir)
        dest = backup_path(source, data_dir)
        copy_atomic(source, dest)
        _prune_once(dest.parent)
        return dest
    except OSError:
        pass
    dest = beside_backup_path(source)
    try:
        copy_atomic(source, dest)
        return dest
    except OSError:
        return None


def copy_atomic(source: Path, dest: Path) -> None:
    """Copy ``source`` to ``dest`` via a temp file + fsync + os.replace (dest: old or new)."""
    _remove_stale_temps(dest.parent)
    fd, tmp = tempfile.mkstemp(prefix=f"{_PREFIX}{host_tag()}-{os.getpid()}-", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(dest.parent)


def _remove_stale_temps(folder: Path) -> None:
    """Temp copies a killed backup left: ``.~rd-bak-<host tag>-<pid>-<random>``."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            parts = entry.name[len(_PREFIX) :].split("-")
            ours = entry.name.startswith(_PREFIX) and len(parts) == 3
            if ours and stale_temp(entry.path, parts[0], parts[1]):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Make a rename in ``folder`` durable (best effort: Windows and some file systems can't)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _prune_once(folder: Path) -> None:
    global _pruned
    if _pruned:
        return
    _pruned = True
    limit = time.time() - KEEP_DAYS * 86400
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            with contextlib.suppress(OSError):
                if entry.is_file() and entry.stat().st_mtime < limit:
                    os.unlink(entry.path)
