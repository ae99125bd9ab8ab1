"""Save a Document to .docx or .txt through :func:`app.storage.atomic.atomic_write`.

The format follows the extension, as on open: ``.docx`` is written by
:func:`app.writers.docx.write_docx`, anything the open dialog would read as text by
:func:`app.writers.text.write_text`. A name that claims another format (``.doc``, ``.wps``,
``.pdf`` …) is refused: writing plain text under it would make a file nothing opens.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from app.errors import WriteError
from app.model import Document
from app.readers import _UNSUPPORTED
from app.storage.atomic import ChangedOnDiskError, SaveResult, atomic_write
from app.storage.fingerprint import FileFingerprint, describe_change


def save_document(
    doc: Document,
    path: str | os.PathLike[str],
    *,
    author: str,
    expected: FileFingerprint | None = None,
    analysis=None,
    backup: bool = True,
    data_dir: str | os.PathLike[str] | None = None,
) -> SaveResult:
    """Write ``doc`` to ``path`` atomically, keeping the previous version as a backup.

    ``expected``: the fingerprint taken when the file was opened (or last saved). If the file on
    disk no longer matches, nothing is written and :class:`ChangedOnDiskError` says why; ask the
    user, then call again with ``expected=None`` to overwrite. ``analysis`` (the engine's, for
    this doc) spares the .docx writer from analysing again. Keep ``result.fingerprint`` for the
    next save. Raises :class:`WriteError` (one line, Chinese); the file is then untouched.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix in _UNSUPPORTED:
        raise WriteError(f"不能保存为 {suffix} 格式：请选择 .docx 或 .txt")
    if expected is not None:
        message = describe_change(expected, target)
        if message:
            raise ChangedOnDiskError(message)
    if suffix == ".docx":
        from app.writers.docx import write_docx

        def write(tmp: str) -> None:
            # Save keeps every paragraph: site junk is a finding to fix, never dropped here
            write_docx(doc, tmp, author=author, analysis=analysis, keep_junk=True)

        return atomic_write(target, write, verify=_verify_docx, backup=backup, data_dir=data_dir)

    from app.writers.text import write_text

    def write_txt(tmp: str) -> None:
        write_text(doc, tmp)

    return atomic_write(target, write_txt, verify=_verify_text, backup=backup, data_dir=data_dir)


def _verify_docx(tmp: str) -> None:
    """The zip is complete (every CRC checks) and has a document part."""
    name = os.path.basename(tmp)
    try:
        with zipfile.ZipFile(tmp) as zf:
            bad = zf.testzip()
            has_body = "word/document.xml" in zf.namelist()
    except (OSError, zipfile.BadZipFile, ValueError, EOFError) as err:
        raise WriteError(f"保存结果校验失败（{type(err).__name__}），未保存：{name}") from None
    if bad is not None or not has_body:
        raise WriteError(f"保存结果校验失败（Word 文件不完整），未保存：{name}")


def _verify_text(tmp: str) -> None:
    if os.path.getsize(tmp) == 0:  # write_text always ends with a line break
        raise WriteError(f"保存结果校验失败（文件为空），未保存：{os.path.basename(tmp)}")
