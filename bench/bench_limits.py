"""Inputs at the limits, timed (the tests only check what happens, never how long it takes).

Each case beside a baseline measured in the same run, best of --runs:

- baseline: read the bundled sample report (41 lines) with read_document;
- a 30 MB text file of one line: read_text (one paragraph), then read_document (refused);
- a text file over the 50 MB limit (sparse): refused by read_document;
- a .docx of 20,000 paragraphs with a bold run each: read_docx;
- a .docx whose document.xml inflates to 200 MB of zeros: refused by read_docx;
- 20,000 "（一）" headings: analyze (19,999 duplicates sharing one renumbering fix).

    python bench/bench_limits.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.engine import analyze
from app.errors import ReadError
from app.model import Document
from app.readers import read_document
from app.readers import text as text_module
from app.readers.docx import read_docx
from app.readers.text import read_text
from bench.common import best_of

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "xinfang-dangjian-2020h1.txt"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
    'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlforma'
    'ts.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def docx(path: Path, body: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CT)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("word/document.xml", body)
    return path


def refused(fn: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        try:
            fn()
        except ReadError:
            return
        raise AssertionError("expected a refusal")

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        line = SAMPLE.read_text(encoding="utf-8").replace("\n", "").encode("gb18030")
        one_line = folder / "一行.txt"
        one_line.write_bytes(line * (30_000_000 // len(line) + 1))
        huge = folder / "巨大.txt"
        with huge.open("wb") as f:
            f.truncate(text_module.MAX_TEXT_BYTES + 1)
        para = ("<w:p><w:r><w:t>{i}（一）坚持党组核心作用，夯实党建和业务工作基础。</w:t></w:r>"
                "<w:r><w:rPr><w:b/></w:rPr><w:t>加粗</w:t></w:r></w:p>")  # fmt: skip
        body = "".join(para.format(i=i) for i in range(20_000))
        big = docx(folder / "big.docx",
                   f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'.encode())
        bomb = docx(folder / "bomb.docx", f'<w:document xmlns:w="{W}">'.encode()
                    + b" " * 200_000_000 + b"</w:document>")  # fmt: skip
        markers = Document.from_lines(["某某管理办法"] + ["（一）加强学习"] * 20_000)
        cases: list[tuple[str, Callable[[], object]]] = [
            ("baseline: the sample report (41 lines)", lambda: read_document(SAMPLE)),
            ("30 MB, one line: read_text", lambda: read_text(one_line)),
            ("30 MB, one line: read_document refuses", refused(lambda: read_document(one_line))),
            ("over 50 MB: read_document refuses", refused(lambda: read_document(huge))),
            ("20,000-paragraph .docx: read_docx", lambda: read_docx(big)),
            ("200 MB inflating document.xml: refused", refused(lambda: read_docx(bomb))),
            ("20,000 （一） headings: analyze", lambda: analyze(markers)),
        ]
        print(f"best of {runs}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
        for name, fn in cases:
            print(f"{name:45} {best_of(runs, fn) * 1000:9.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
