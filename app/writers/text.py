"""Write a report as plain text: UTF-8, one paragraph per line, saved atomically."""

from __future__ import annotations

import os
from typing import BinaryIO

from app.model import Document
from app.writers.output import write_replacing


def text_bytes(doc: Document) -> bytes:
    """The report as UTF-8 text, one paragraph per line."""
    return ("\n".join(p.text for p in doc.paragraphs) + "\n").encode("utf-8")


def write_text(doc: Document, path: str | os.PathLike[str]) -> None:
    """Write ``doc`` to ``path`` as UTF-8 text (temp file beside it, fsync, replace)."""
    data = text_bytes(doc)

    def produce(fh: BinaryIO) -> None:
        fh.write(data)

    write_replacing(path, produce)
