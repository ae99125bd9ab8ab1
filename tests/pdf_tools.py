"""Reading what a PDF carries beyond its text layer (shared by the render tests)."""

from __future__ import annotations

import re
from pathlib import Path


def pdf_annotations(pdf: Path) -> list[str]:
    """The /Contents strings of the PDF's annotations.

    LibreOffice exports Word comments as annotations, which pdftotext does not print; it writes
    them uncompressed, as hex UTF-16 strings.
    """
    data = Path(pdf).read_bytes()
    out = []
    for hexstr in re.findall(rb"/Contents\s*<([0-9A-Fa-f]+)>", data):
        raw = bytes.fromhex(hexstr.decode())
        out.append(raw[2:].decode("utf-16-be") if raw[:2] == b"\xfe\xff" else raw.decode("latin-1"))
    return out
