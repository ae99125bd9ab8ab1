"""Is the file on disk still the one we opened? (WPS or a colleague may have saved over it.)

Take a :class:`FileFingerprint` when a document is opened and after every save; before the next
save, :func:`changed_on_disk` compares it with the file. The content hash decides: a different
size is a change at once, the same size is hashed. A different modification time alone is not a
change (``touch``, a sync client re-downloading the same bytes, WPS saving an unchanged file),
and the same time with different bytes is one (tools that keep the time stamp).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime

_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileFingerprint:
    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> FileFingerprint:
        """Fingerprint the file at ``path`` (OSError if it cannot be read)."""
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            digest = hashlib.sha256()
            while chunk := f.read(_CHUNK):
                digest.update(chunk)
        return cls(st.st_size, st.st_mtime_ns, digest.hexdigest())


def changed_on_disk(fp: FileFingerprint, path: str | os.PathLike[str]) -> bool:
    """True if ``path`` no longer holds the bytes ``fp`` was taken of (or is gone/unreadable)."""
    try:
        st = os.stat(path)
    except OSError:
        return True
    if st.st_size != fp.size:
        return True
    try:
        return FileFingerprint.of(path).sha256 != fp.sha256
    except OSError:
        return True


def describe_change(fp: FileFingerprint, path: str | os.PathLike[str]) -> str | None:
    """A one-line Chinese message for the "overwrite anyway?" question, or None if unchanged."""
    name = os.path.basename(os.fspath(path)) or os.fspath(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return f"{name} 已被删除或移动；保存将重新创建它"
    except OSError:
        return f"无法检查 {name} 是否被修改"
    if not changed_on_disk(fp, path):
        return None
    when = datetime.fromtimestamp(st.st_mtime).strftime("%Y-%m-%d %H:%M")
    return f"{name} 在打开后已被其他程序修改（{when}）；保存将覆盖那些修改"
