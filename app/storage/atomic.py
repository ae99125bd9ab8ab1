"""Saving without ever leaving a half-written report behind.

:func:`atomic_write` writes the new version next to the target, makes it durable, keeps the
previous version as a backup, and only then swaps it in with one ``os.replace``. Whatever happens
before that swap (disk full, no permission, the writer raising, the process killed, power lost)
the target keeps its old bytes; after it, the new ones. Nothing in between is ever visible.

The writer gets a path inside a private temp folder in the target's folder (same file system, so
the final rename is atomic) named like the target; the writers in :mod:`app.writers` make their
own temp files beside the path they get, and these end up inside that folder too. A temp folder
left by a killed process is removed by the next save of the same file.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import WriteError
from app.filemode import give_mode
from app.i18n import tr
from app.storage.backup import fsync_dir, make_backup
from app.storage.fingerprint import FileFingerprint
from app.storage.paths import host_tag, stale_temp

_SHARING_VIOLATION = {32, 33}  # Windows: the file is open in another program (WPS, Word)


class ChangedOnDiskError(WriteError):
    """The file was changed by another program since it was opened (nothing was written)."""


@dataclass(frozen=True)
class SaveResult:
    path: Path  # the file written (symlinks resolved)
    backup: Path | None  # the previous version, if there was one and it could be kept
    fingerprint: FileFingerprint | None  # of the new file: keep it for the next save's check


def atomic_write(
    path: str | os.PathLike[str],
    write_fn: Callable[[str], object],
    *,
    backup: bool = True,
    verify: Callable[[str], object] | None = None,
    fingerprint: bool = True,
    data_dir: str | os.PathLike[str] | None = None,
) -> SaveResult:
    """Replace ``path`` with what ``write_fn(tmp_path)`` writes, atomically.

    ``verify(tmp_path)`` may raise to refuse the result before it replaces anything. Raises
    :class:`WriteError` with a one-line message in the user's language (app.i18n); the target
    is then untouched.
    """
    target = _resolve(path)
    name = target.name
    folder = target.parent
    existed = target.exists()
    if existed and not target.is_file():
        raise WriteError(
            tr(
                f"{name} 是文件夹或特殊文件，未保存",
                f"Not saved: {name} is a folder or a special file",
            )
        )
    if existed and not os.access(target, os.W_OK):
        raise WriteError(
            tr(
                f"文件是只读的，未保存：{name}（请另存为其他文件）",
                f"Read-only file, not saved: {name} (save it under another name)",
            )
        )
    _remove_stale_temps(folder, name)
    try:
        tmpdir = Path(tempfile.mkdtemp(prefix=_temp_prefix(name), suffix=".tmp", dir=folder))
    except OSError as err:
        raise error_for(err, target, existed, folder_level=True) from err
    tmp = tmpdir / name
    try:
        write_fn(os.fspath(tmp))
        if not tmp.is_file():
            raise WriteError(
                tr(
                    f"保存失败（没有生成文件），未保存：{name}",
                    f"Save failed (no file was written), not saved: {name}",
                )
            )
        _finish_temp(tmp, target)
        if verify is not None:
            verify(os.fspath(tmp))
        fp = FileFingerprint.of(tmp) if fingerprint else None
        kept = make_backup(target, data_dir) if backup and existed else None
        os.replace(tmp, target)
    except BaseException as err:
        with contextlib.suppress(OSError):
            shutil.rmtree(tmpdir)
        if isinstance(err, Exception):
            raise error_for(err, target, existed, tmp=tmp) from err
        raise
    fsync_dir(folder)
    with contextlib.suppress(OSError):
        os.rmdir(tmpdir)
    return SaveResult(target, kept, fp)


def error_for(
    err: BaseException,
    target: Path,
    existed: bool,
    *,
    tmp: Path | None = None,
    folder_level: bool = False,
) -> WriteError:
    """The one-line WriteError (in the user's language) for a failed save of ``target``."""
    name = target.name
    kept = tr("（原文件未改动）", " (the original file is unchanged)") if existed else ""
    cause = err
    if isinstance(err, WriteError) and isinstance(err.__cause__, OSError):
        cause = err.__cause__  # a writer's own WriteError: name the real file, not our temp
    if isinstance(cause, OSError):
        code = cause.errno
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return WriteError(
                tr(f"磁盘已满，未保存：{name}{kept}", f"Disk full, not saved: {name}{kept}")
            )
        if code == errno.EROFS:
            return WriteError(
                tr(
                    f"磁盘是只读的，未保存：{name}（请另存到其他位置）",
                    f"Read-only disk, not saved: {name} (save it elsewhere)",
                )
            )
        if getattr(cause, "winerror", None) in _SHARING_VIOLATION or code in (errno.EBUSY,):
            return WriteError(
                tr(
                    f"文件正被其他程序占用，未保存：{name}（请在 WPS/Word 中关闭后重试）",
                    f"File in use by another program, not saved: {name}"
                    " (close it in WPS/Word and try again)",
                )
            )
        if code in (errno.EACCES, errno.EPERM):
            where = (
                tr(
                    "（无法在该文件夹中创建文件，请另存到其他文件夹）",
                    " (no file can be made in that folder: save it in another one)",
                )
                if folder_level
                else kept
            )
            return WriteError(
                tr(
                    f"没有写入权限：{name}{where}",
                    f"No permission to write, not saved: {name}{where}",
                )
            )
        if code == errno.ENOENT and folder_level:
            return WriteError(
                tr(f"文件夹不存在，未保存：{name}", f"Folder not found, not saved: {name}")
            )
        if code == errno.ENAMETOOLONG:
            return WriteError(
                tr(f"文件名或路径过长，未保存：{name}", f"Name or path too long, not saved: {name}")
            )
        if code == errno.EFBIG:
            return WriteError(
                tr(
                    f"文件超出系统允许的大小，未保存：{name}{kept}",
                    f"File too large for the system, not saved: {name}{kept}",
                )
            )
        reason = " ".join(str(cause.strerror or type(cause).__name__).split())
        return WriteError(
            tr(
                f"写入失败（{reason}），未保存：{name}{kept}",
                f"Write failed ({reason}), not saved: {name}{kept}",
            )
        )
    if isinstance(err, WriteError):
        text = str(err)
        if tmp is not None:
            text = text.replace(os.fspath(tmp), os.fspath(target))
        unchanged = "未改动" in text or "unchanged" in text
        return WriteError(text if not kept or unchanged else text + kept)
    return WriteError(
        tr(
            f"保存失败（程序内部错误：{type(err).__name__}），未保存：{name}{kept}",
            f"Save failed (internal error: {type(err).__name__}), not saved: {name}{kept}",
        )
    )


def short_reason(err: BaseException) -> str:
    """Why a write failed in a few words ("磁盘已满"), for messages that name the file their own
    way (autosave). Follows the ``raise … from`` chain down to the OSError, if any."""
    cause: BaseException | None = err
    while cause is not None and not isinstance(cause, OSError):
        cause = cause.__cause__
    if cause is None:
        return _head(str(err)) if isinstance(err, WriteError) else tr("内部错误", "internal error")
    return _head(str(error_for(cause, Path("x"), False)))


def _head(message: str) -> str:
    """The head of a message: "磁盘已满" of "磁盘已满，未保存：x", "Disk full" of
    "Disk full, not saved: x"."""
    return re.split(r"，|：|, |: ", message, maxsplit=1)[0]


def _resolve(path: str | os.PathLike[str]) -> Path:
    """The absolute target; a symlink is followed so that the link stays a link."""
    p = Path(os.path.abspath(os.fspath(path)))
    if p.is_symlink():
        p = Path(os.path.realpath(p))
    return p


def _finish_temp(tmp: Path, target: Path) -> None:
    """Give the new file the old one's permission bits, and make its bytes durable."""
    with contextlib.suppress(OSError):
        give_mode(tmp, target)  # existing: its bits; new: a new file's (no os.umask race)
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())


def _temp_prefix(name: str) -> str:
    """``.~rd-<name key>-<host tag>-<pid>-``: short whatever the name, and attributable."""
    key = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f".~rd-{key}-{host_tag()}-{os.getpid()}-"


def _remove_stale_temps(folder: Path, name: str) -> None:
    """Remove temp folders a killed save of this file left (see :func:`stale_temp`)."""
    head = _temp_prefix(name).rsplit("-", 3)[0] + "-"  # ".~rd-<name key>-"
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(head)]
    except OSError:
        return
    for entry in entries:
        parts = entry.name.split("-")
        if len(parts) < 5 or not entry.is_dir(follow_symlinks=False):
            continue
        if stale_temp(entry.path, parts[2], parts[3]):
            with contextlib.suppress(OSError):
                shutil.rmtree(entry.path)
