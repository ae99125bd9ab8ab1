"""Write a report as plain text: UTF-8, one paragraph per line, saved atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from app.errors import WriteError
from app.model import Document


def text_bytes(doc: Document) -> bytes:
    """The report as UTF-8 text, one paragraph per line."""
    return ("\n".join(p.text for p in doc.paragraphs) + "\n").encode("utf-8")


def _mode_for(target: Path) -> int:
    """Keep an existing file's permission bits; a new file gets what the umask allows.

    mkstemp creates 0600 files: replacing a shared report with one would lock colleagues out.
    """
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text(doc: Document, path: str | os.PathLike[str]) -> None:
    """Write ``doc`` to ``path`` (temp file in the same folder, fsync, os.replace)."""
    target = Path(path)
    data = text_bytes(doc)
    mode = _mode_for(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise WriteError(f"无法写入“{target}”：{e.strerror or e}") from e
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WriteError(f"无法写入“{target}”：{e.strerror or e}") from e
