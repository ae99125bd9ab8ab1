"""altChunks (w:altChunk → an HTML, MHT, RTF or .docx part Word merges into the body when it opens
the file): the window shows each one's text as a read-only side part marked 嵌入块, the text of
HTML/MHT/.docx chunks is checked, an RTF chunk's is not (heuristic decoding), and Save keeps them
as they were. They used to be invisible: a reviewer saw nothing of what Word would show there."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from app.docx.alt_chunks import chunk_kind, chunk_paragraphs, html_paragraphs, rtf_paragraphs
from app.readers import read_document
from app.side_checks import side_findings
from app.storage import save_document

DATA = Path(__file__).resolve().parents[1] / "data" / "objects"
CHUNKS = DATA / "ob03_altchunks.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def test_each_chunk_is_shown_with_its_text_and_a_marker():
    doc = read_document(str(CHUNKS))
    chunks = {p.label: p.paragraphs for p in doc.side_parts if p.kind.startswith("altchunk")}
    assert chunks == {
        "嵌入块 1（HTML，第 1 段后）": ["三、下一步打算", "一是加强统筹协调 ，形成工作合力。",
                                    "二是抓好的的落实。", "序号 事项"],
        "嵌入块 2（MHT，第 2 段后）": ["网页存档里的文字。"],
        "嵌入块 3（RTF，第 2 段后）": ["在链接的RTF片段", "的的second line"],
        "嵌入块 4（Word 文档，第 2 段后）": ["嵌入文档里的一段话。", "第二段。"],
    }
    # the body is what it was: three paragraphs, no chunk text mixed into them
    texts = [p.text for p in doc.paragraphs]
    assert texts == ["前面一段正文。", "中间一段正文。", "后面一段正文。"]


def test_html_chunk_text_is_checked_rtf_is_not():
    doc = read_document(str(CHUNKS))
    found = [(f.part, f.rule) for f in side_findings(doc)]
    assert ("嵌入块 1（HTML，第 1 段后）", "repeat/char") in found  # 的的 in the HTML
    assert not [part for part, _ in found if part and "RTF" in part]  # 的的 there too: not checked


def test_save_keeps_every_chunk_as_it_was(tmp_path):
    doc = read_document(str(CHUNKS))
    middle = next(p for p in doc.paragraphs if p.text == "中间一段正文。")
    middle.text = "中间一段正文，已修改。"
    out = tmp_path / "saved.docx"
    save_document(doc, out, author="张三")
    with zipfile.ZipFile(CHUNKS) as a, zipfile.ZipFile(out) as b:
        for name in ("word/afchunk.htm", "word/afchunk2.mht", "word/afchunk3.rtf",
                     "word/afchunk4.docx", "word/_rels/document.xml.rels"):
            assert a.read(name) == b.read(name), name
        before = etree.fromstring(a.read("word/document.xml")).find(W + "body")
        after = etree.fromstring(b.read("word/document.xml")).find(W + "body")
    def layout(body: etree._Element) -> list[str]:
        return [el.get(R + "id") if el.tag == W + "altChunk" else "".join(el.itertext())
                for el in body if el.tag in (W + "p", W + "altChunk")]
    assert layout(after) == [t.replace("中间一段正文。", "中间一段正文，已修改。")
                             for t in layout(before)]
    again = read_document(str(out))
    assert [p.label for p in again.side_parts] == [p.label for p in doc.side_parts]


def test_html_reading_skips_scripts_styles_and_decodes_entities():
    html = ("<html><head><title>t</title><style>p{}</style></head><body><script>alert(1)</script>"
            "<p>甲&amp;乙&#x4E19;</p><div>丁<br>戊</div><img src='http://example.invalid/x.png'>"
            "</body></html>")  # fmt: skip
    assert html_paragraphs(html) == ["甲&乙丙", "丁", "戊"]


def test_rtf_reading_decodes_code_page_and_unicode_and_skips_tables():
    rtf = (rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0 \'cb\'ce\'cc\'e5;}}{\*\generator X;}"
           rb"\'d5\'fd\'ce\'c4\u25991?\par \tab end\par}")
    assert rtf_paragraphs(rtf) == ["正文文", "end"]


def test_formats_told_by_their_bytes_and_unknown_ones_not_shown():
    assert chunk_kind("word/a.bin", b"PK\x03\x04rest") == "docx"
    assert chunk_kind("word/a.dat", b"{\\rtf1 x}") == "rtf"
    assert chunk_kind("word/a.htm", b"<p>x</p>") == "html"
    assert chunk_kind("word/a.xyz", b"\x00\x01") is None
    # a broken .docx chunk: nothing, no exception
    assert chunk_paragraphs("docx", b"PK\x03\x04broken") == []


def test_docx_chunk_with_too_many_entries_is_not_read():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k in range(10_001):
            z.writestr(f"x{k}", b"")
    assert chunk_paragraphs("docx", buf.getvalue()) == []
