"""Save a Document to .docx or .txt through :func:`app.storage.atomic.atomic_write`.

The format follows the extension, as on open. A document read from a .docx (it carries a
:class:`app.docx.package.DocxSource`) is saved as ``.docx`` by patching the package it came from
(:func:`app.docx.save.write_patched`: everything not edited is kept exactly); any other document
saved as ``.docx`` (a text file saved as Word) goes through the GB/T 9704 export writer
:func:`app.writers.docx.write_docx`. Anything the open dialog would read as text by
:func:`app.writers.text.write_text`. A name that claims another format (``.doc``, ``.wps``,
``.pdf`` …) is refused: writing plain text under it would make a file nothing opens.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import WriteError
from app.i18n import tr
from app.model import Document
from app.readers import UNSAVABLE_SUFFIXES
from app.storage.atomic import ChangedOnDiskError, SaveResult, atomic_write
from app.storage.fingerprint import FileFingerprint, describe_change
from app.storage.versions import keep_opened_version

if TYPE_CHECKING:
    from app.engine import Analysis


def save_document(
    doc: Document,
    path: str | os.PathLike[str],
    *,
    author: str,
    expected: FileFingerprint | None = None,
    analysis: Analysis | None = None,
    backup: bool = True,
    data_dir: str | os.PathLike[str] | None = None,
    keep_opened: bool = False,
) -> SaveResult:
    """Write ``doc`` to ``path`` atomically, keeping the previous version as a backup.

    ``expected``: the fingerprint taken when the file was opened (or last saved). If the file on
    disk no longer matches, nothing is written and :class:`ChangedOnDiskError` says why; ask the
    user, then call again with ``expected=None`` to overwrite. ``analysis`` (the engine's, for
    this doc) spares the .docx writer from analysing again. Keep ``result.fingerprint`` for the
    next save. Raises :class:`WriteError` (one line, Chinese); the file is then untouched.
    ``keep_opened``: this is the first save since the file was opened: keep it as it is now
    as the copy "as opened" (:mod:`app.storage.versions`) before anything else.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix in UNSAVABLE_SUFFIXES:
        raise WriteError(
            tr(
                f"不能保存为 {suffix} 格式：请选择 .docx 或 .txt",
                f"Cannot save as {suffix}: choose .docx or .txt",
            )
        )
    if expected is not None:
        message = describe_change(expected, target)
        if message:
            raise ChangedOnDiskError(message)
    data = None
    if suffix != ".docx":
        from app.writers.text import text_bytes

        data = text_bytes(doc)  # UnencodableError (typed characters the encoding lacks) first
    if keep_opened and backup:
        keep_opened_version(target, data_dir)
    if suffix == ".docx":
        from app.docx.save import can_patch, write_patched

        if not can_patch(doc):  # no Word original to patch (a .txt saved as .docx): export,
            # keeping every paragraph (site junk is a finding to fix, never dropped by Save)
            return export_docx(doc, target, author=author, analysis=analysis, keep_junk=True,
                               backup=backup, data_dir=data_dir)  # fmt: skip

        def write(tmp: str) -> None:
            write_patched(doc, tmp, author)

        return write_checked_docx(target, write, backup=backup, data_dir=data_dir)

    from app.writers.text import write_text

    assert data is not None
    text = data

    def write_txt(tmp: str) -> None:
        write_text(doc, tmp)

    def verify_txt(tmp: str) -> None:
        _verify_text(tmp, text)

    return atomic_write(target, write_txt, verify=verify_txt, backup=backup, data_dir=data_dir)


def export_docx(
    doc: Document,
    path: str | os.PathLike[str],
    *,
    backup: bool = True,
    data_dir: str | os.PathLike[str] | None = None,
    **options: Any,
) -> SaveResult:
    """Write ``doc`` as a GB/T 9704 .docx (``options`` go to :func:`app.writers.docx.write_docx`)
    through the one safe write every .docx takes (Save, ``reportdesk export``, File → Export to
    Word): atomic, the result checked before it replaces anything, the previous file kept as a
    backup, the permissions of the file it replaces (or of a new saved report)."""
    from app.writers.docx import write_docx

    def write(tmp: str) -> None:
        write_docx(doc, tmp, **options)

    return write_checked_docx(path, write, backup=backup, data_dir=data_dir)


def write_checked_docx(
    path: str | os.PathLike[str],
    write: Callable[[str], object],
    *,
    backup: bool = True,
    data_dir: str | os.PathLike[str] | None = None,
) -> SaveResult:
    """:func:`atomic_write` with the .docx check: the one safe write for any .docx writer
    (``write(tmp_path)`` writes the package)."""
    return atomic_write(path, write, verify=_verify_docx, backup=backup, data_dir=data_dir)


def _verify_docx(tmp: str) -> None:
    """The zip is complete (every CRC checks) and has a document part."""
    name = os.path.basename(tmp)
    try:
        with zipfile.ZipFile(tmp) as zf:
            bad = zf.testzip()
            has_body = "word/document.xml" in zf.namelist()
    except (OSError, zipfile.BadZipFile, ValueError, EOFError) as err:
        why = type(err).__name__
        raise WriteError(
            tr(
                f"保存结果校验失败（{why}），未保存：{name}",
                f"Check of the saved file failed ({why}), not saved: {name}",
            )
        ) from None
    if bad is not None or not has_body:
        raise WriteError(
            tr(
                f"保存结果校验失败（Word 文件不完整），未保存：{name}",
                f"Check of the saved file failed (incomplete Word file), not saved: {name}",
            )
        )


def _verify_text(tmp: str, expected: bytes) -> None:
    """The file holds exactly the bytes meant (an empty file stays empty: no-edit save)."""
    with open(tmp, "rb") as f:
        written = f.read(len(expected) + 1)
    if written != expected:
        name = os.path.basename(tmp)
        raise WriteError(
            tr(
                f"保存结果校验失败（写入的内容不完整），未保存：{name}",
                f"Check of the saved file failed (incomplete text), not saved: {name}",
            )
        )
