"""Write a report as plain text: UTF-8, one paragraph per line, saved atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from app.errors import WriteError
from app.model import Document


def write_text(doc: Document, path: str | os.PathLike[str]) -> None:
    """Write ``doc`` to ``path`` (temp file in the same folder, fsync, os.replace)."""
    target = Path(path)
    data = ("\n".join(p.text for p in doc.paragraphs) + "\n").encode("utf-8")
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise WriteError(f"无法写入“{target}”：{e.strerror or e}") from e
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WriteError(f"无法写入“{target}”：{e.strerror or e}") from e
