"""Write a file the way every writer must: never a half-written report under the user's name.

The bytes go to a temporary file beside the target, are flushed to disk, get the target's
permission bits (or what the umask allows for a new file: mkstemp alone makes 0600, which locks
colleagues out of a shared report), and then replace the target in one step. app.storage adds
the backup and the changed-on-disk check on top of this for saves from the window.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from app.errors import WriteError


def _mode_for(target: Path) -> int:
    """Keep an existing file's permission bits; a new file gets what the umask allows."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_replacing(path: str | os.PathLike[str], produce: Callable[[BinaryIO], None]) -> None:
    """Call ``produce(fh)`` on a temp file beside ``path``, fsync it, then replace ``path``.

    Raises :class:`WriteError` with a one-line Chinese message; ``path`` is then untouched.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".~{target.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise WriteError(f"无法写入“{target}”：{err.strerror or err}") from err
    try:
        with os.fdopen(fd, "wb") as fh:
            produce(fh)
            fh.flush()
            os.fchmod(fh.fileno(), _mode_for(target))
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WriteError(f"无法写入“{target}”：{err.strerror or err}") from err
