"""Write a report as plain text, saved atomically.

A document read from a text file carries a :class:`~app.textsource.TextSource`: its encoding,
BOM, line ends and the bytes of every line, and is written back in them (a no-edit save gives
the same bytes; see docs/data-safety.md). Anything else (a new document, a .docx saved as
.txt) is written as UTF-8 without BOM, one paragraph per line, "\\n" line ends.
"""

from __future__ import annotations

import os
from typing import BinaryIO

from app.model import Document
from app.textsource import TextSource, file_text
from app.writers.output import write_replacing


def text_bytes(doc: Document) -> bytes:
    """The report's bytes as a text file. Raises :class:`~app.textsource.UnencodableError`
    when a typed character does not fit the file's encoding."""
    paragraphs = [p for p in doc.paragraphs if not (p.virtual and not p.text)]
    if isinstance(doc.source, TextSource):
        return doc.source.encode(paragraphs)
    return ("\n".join(file_text(p) for p in paragraphs) + "\n").encode("utf-8")


def write_text(doc: Document, path: str | os.PathLike[str]) -> None:
    """Write ``doc`` to ``path`` as text (temp file beside it, fsync, replace)."""
    data = text_bytes(doc)

    def produce(fh: BinaryIO) -> None:
        fh.write(data)

    write_replacing(path, produce)
