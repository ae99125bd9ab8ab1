"""The earlier versions of a report that saves keep, and putting one back.

Two copies per report (:mod:`app.storage.backup`): the file **as it was opened**, made by the
first save after opening it and not replaced by later saves in that session, and the
**previous version**, replaced by every save. Restoring copies the kept file itself over the
report, byte for byte (never a re-read of it through the model, which would lose what the model
does not carry), atomically, and the version it replaces becomes the previous version, so a
restore can be undone the same way.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.errors import WriteError
from app.i18n import tr
from app.storage.atomic import SaveResult, atomic_write
from app.storage.backup import backup_path, beside_backup_path, make_backup, opened_backup_path
from app.storage.paths import real_path

OPENED = "opened"
PREVIOUS = "previous"


@dataclass(frozen=True)
class KeptVersion:
    kind: str  # OPENED or PREVIOUS
    file: Path
    mtime: float  # when the copy was made


def keep_opened_version(
    path: str | os.PathLike[str], data_dir: str | os.PathLike[str] | None = None
) -> Path | None:
    """Keep ``path`` as it is now as the copy "as opened" (call at the first save of a session,
    before writing). None when there is no such file or no place to keep the copy."""
    return make_backup(real_path(path), data_dir, opened=True)


def kept_versions(
    path: str | os.PathLike[str], data_dir: str | os.PathLike[str] | None = None
) -> list[KeptVersion]:
    """The kept versions of ``path`` that exist, "as opened" first; the previous version is
    left out when it has the same bytes as the one "as opened"."""
    path = real_path(path)  # where atomic_write's backups go (a symlink's target)
    found: list[KeptVersion] = []
    for kind, main, beside in (
        (OPENED, opened_backup_path(path, data_dir), beside_backup_path(path, opened=True)),
        (PREVIOUS, backup_path(path, data_dir), beside_backup_path(path)),
    ):
        for file in (main, beside):
            try:
                found.append(KeptVersion(kind, file, file.stat().st_mtime))
                break
            except OSError:
                continue
    if len(found) == 2 and _same_bytes(found[0].file, found[1].file):
        found.pop()
    return found


def restore_version(
    path: str | os.PathLike[str],
    version: KeptVersion,
    data_dir: str | os.PathLike[str] | None = None,
) -> SaveResult:
    """Replace ``path`` with the kept ``version``'s bytes (atomically; the replaced file becomes
    the previous version). Raises :class:`WriteError` (one line, in the user's language)."""
    try:
        data = version.file.read_bytes()
    except OSError as err:
        why = err.strerror or err
        raise WriteError(tr(f"无法读取保存前的版本：{why}",
                            f"Cannot read the version from before the save: {why}")) from None

    def write(tmp: str) -> None:
        with open(tmp, "wb") as f:
            f.write(data)

    def verify(tmp: str) -> None:
        with open(tmp, "rb") as f:
            if f.read() != data:
                name = Path(path).name
                raise WriteError(tr(f"恢复结果校验失败，未恢复：{name}",
                                    f"Check of the restored file failed, not restored: {name}"))

    return atomic_write(path, write, verify=verify, backup=True, data_dir=data_dir)


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        return a.read_bytes() == b.read_bytes()
    except OSError:
        return False
