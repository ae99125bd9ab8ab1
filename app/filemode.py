"""Permission bits of the files a save writes, the same way everywhere and on every platform.

A saved report keeps the permission bits of the file it replaces; a new one gets what the
operating system gives any new file there (the umask, a default ACL): colleagues on a shared
folder must still be able to read it, while ``tempfile.mkstemp`` would make it 0600.

Without ``os.umask``: reading the umask means setting it (``os.umask(0)`` then back), which is
process-wide and races with every thread creating files meanwhile (autosave, the loader). A new
file is instead created with mode 0666 and ``O_EXCL`` and the OS applies the umask itself
(:func:`create_new`), or such a probe file tells what a new file would get
(:func:`new_file_mode`). Only ``os.open`` and ``os.chmod`` are used: Windows has both (its chmod
only sets the read-only flag), unlike ``os.fchmod``/``os.fchown``.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from typing import BinaryIO

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
_FLAGS |= getattr(os, "O_NOINHERIT", 0) | getattr(os, "O_CLOEXEC", 0)
_ATTEMPTS = 100


def create_new(
    folder: str | os.PathLike[str], prefix: str, suffix: str = ".tmp"
) -> tuple[BinaryIO, Path]:
    """A new file ``<prefix><random><suffix>`` in ``folder``, open for binary writing, with the
    bits a new file gets there (0666 less the umask). Raises OSError."""
    for _ in range(_ATTEMPTS):
        path = Path(folder) / f"{prefix}{secrets.token_hex(6)}{suffix}"
        try:
            fd = os.open(path, _FLAGS, 0o666)
        except FileExistsError:
            continue
        return os.fdopen(fd, "wb"), path
    raise FileExistsError(f"no free temporary name in {folder}")


def new_file_mode(folder: str | os.PathLike[str]) -> int:
    """The permission bits a new file created in ``folder`` gets (umask, default ACL)."""
    fh, probe = create_new(folder, ".~rd-mode-")
    try:
        fh.close()
        return stat.S_IMODE(os.stat(probe).st_mode)
    finally:
        os.unlink(probe)


def give_mode(new: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Give the file ``new`` (about to replace ``target``) the bits ``target`` has, or, when
    ``target`` does not exist yet, those of any new file in ``new``'s folder."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = new_file_mode(Path(new).parent)
    os.chmod(new, mode)
