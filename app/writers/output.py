"""Write a file the way every writer must: never a half-written report under the user's name.

The bytes go to a temporary file beside the target, are flushed to disk, get the target's
permission bits (or what any new file gets there: mkstemp alone makes 0600, which locks
colleagues out of a shared report; see :mod:`app.filemode`), and then replace the target in one
step. app.storage adds
the backup and the changed-on-disk check on top of this for saves from the window.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from app.errors import WriteError
from app.filemode import create_new, give_mode


def write_replacing(path: str | os.PathLike[str], produce: Callable[[BinaryIO], None]) -> None:
    """Call ``produce(fh)`` on a temp file beside ``path``, fsync it, then replace ``path``.

    Raises :class:`WriteError` with a one-line Chinese message; ``path`` is then untouched.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fh, tmp = create_new(folder, f".~{target.name}.")  # a new file's bits, umask applied
    except OSError as err:
        raise WriteError(f"无法写入“{target}”：{err.strerror or err}") from err
    try:
        with fh:
            produce(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            give_mode(tmp, target)  # an existing file keeps its bits
        os.replace(tmp, target)
    except OSError as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WriteError(f"无法写入“{target}”：{err.strerror or err}") from err
