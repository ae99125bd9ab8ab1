"""Small .docx files for the tests of app/docx, built here (python-docx + WordprocessingML),
and access to ../shared/realdocx (third-party files: read from there, skipped when absent)."""

from __future__ import annotations

import collections
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from lxml import etree

from tests.app.test_docx_reader import make_docx, p, r, rewrite

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REAL = Path(__file__).resolve().parents[3] / "shared" / "realdocx"
OOXML = REAL.parent / "ooxml"


def real(name: str) -> Path:
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"../shared/realdocx/{name} is absent (third-party file, not in the repo)")
    return path


def exported_body(src: Path, out: Path) -> etree._Element:
    """word/document.xml of ``src`` read and exported to ``out`` in the official layout."""
    from app.engine import analyze
    from app.readers import read_document
    from app.writers.docx import write_docx

    doc = read_document(src)
    write_docx(doc, out, analysis=analyze(doc))
    with zipfile.ZipFile(out) as z:
        return etree.fromstring(z.read("word/document.xml"))


def body_of(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/document.xml")).find(W + "body")


def png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)  # fmt: skip

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))  # fmt: skip


def cell(*content: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>" + "".join(content) + "</w:tc>"


MERGED = (
    p("表前")
    + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
    + "<w:tr>" + cell(p("横跨两列"), props='<w:gridSpan w:val="2"/>')
    + cell(p("竖并上"), props='<w:vMerge w:val="restart"/>') + "</w:tr>"
    + "<w:tr>" + cell(p("A2"))
    + cell(p("B2"), "<w:tbl><w:tblPr/><w:tr>" + cell(p("内")) + "</w:tr></w:tbl>", p("B2后"))
    + cell(p("被覆盖"), props="<w:vMerge/>") + "</w:tr>"
    + '<w:tr><w:trPr><w:del w:id="9" w:author="a"/></w:trPr>' + cell(p("删行")) + cell(p("x"))
    + cell(p("y")) + "</w:tr>"
    + "</w:tbl>"
    + p("表后", '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>')
    + p("第二节")
)  # fmt: skip


NUMBERING = (
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/>'
    '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)


def parts_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def comment_xml(tmp_path: Path) -> Path:
    """A file with one comment anchored on 甲乙 (no commentsExtended part)."""
    body = (
        '<w:p><w:commentRangeStart w:id="0"/>' + r("甲乙") + '<w:commentRangeEnd w:id="0"/>'
        + '<w:r><w:commentReference w:id="0"/></w:r>' + r("丙丁") + "</w:p>" + p("第二段")
    )
    base = make_docx(tmp_path, body, name="c0.docx")
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')  # fmt: skip
    comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {ns}>'
                '<w:comment w:id="0" w:author="张三" w:date="2026-11-01T08:00:00Z" '
                'w:initials="ZS">'
                '<w:p w14:paraId="1A2B3C4D"><w:r><w:annotationRef/></w:r>'
                '<w:r><w:t>原有批注</w:t></w:r></w:p>'
                '</w:comment></w:comments>').encode()  # fmt: skip
    ct = ('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.comments+xml"/>')  # fmt: skip
    rel = ('<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           'relationships/comments" Target="comments.xml"/>')  # fmt: skip
    return rewrite(base, tmp_path / "c.docx", {"word/comments.xml": comments}, ct, rel)


def ooxml_issues(path: Path) -> collections.Counter:
    """(severity, check, message) of each issue ../shared/ooxml's checker finds in ``path``,
    counted: an export is held to adding none to its original's."""
    sys.path.insert(0, str(OOXML))
    import validate

    return collections.Counter((i["sev"], i["check"], i["msg"])
                               for i in validate.check_file(str(path))["issues"])  # fmt: skip


def libreoffice_pdf(docx: Path) -> Path:
    """``docx`` converted by LibreOffice (a profile of its own beside it) to a PDF beside it."""
    profile = (docx.parent / "lo").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(docx.parent), str(docx)],
                   capture_output=True, timeout=180, check=True)  # fmt: skip
    return docx.with_suffix(".pdf")
