"""One cleaning of text that comes from outside (files, the clipboard, settings) into a paragraph.

XML 1.0 forbids C0 controls but \\t \\n \\r, lone surrogates and U+FFFE/U+FFFF: lxml raises on
them when the text goes to .docx. A stray U+FEFF (files glued together) would hide a heading
number from the outline parser. A bare \\r is a line end in a file and never part of a
paragraph. The text reader maps Word's \\x0b/\\x0c to a line/page break *before* cleaning
(:mod:`app.readers.text`); the editor's paste filter does the same for \\x0b.
"""

from __future__ import annotations

import re

FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufeff\ufffe\uffff]")
"""What :func:`clean_text` removes (besides \\r)."""


def clean_text(text: str) -> str:
    """``text`` without what XML cannot carry (C0 controls but \\t \\n, lone surrogates,
    U+FFFE/U+FFFF), without U+FEFF and without carriage returns."""
    return FORBIDDEN.sub("", text).replace("\r", "")
