"""Render the Word export with LibreOffice and check the printed pages (GB/T 9704, REFERENCE §2).

The .docx names the Windows fonts (仿宋_GB2312, 黑体, …). Linux has none of them, so the
conversion runs with a fontconfig file that maps them to the Noto CJK faces the way a reader's
machine would show them (serif for 仿宋/宋体, bold serif for 小标宋, sans for 黑体); the
document is unchanged. docs/export-sample-page1.png is page 1 of the report rendered this way
(pdftoppm -r 60 -png -f 1 -l 1).

Hand values: A4 = 595.3 × 841.9 pt. Left margin 28 mm = 79.4 pt, right margin 26 mm = 73.7 pt,
one 4号 character = 14 pt: an even page number starts at 79.4 + 14 = 93.4 pt, an odd one ends at
595.3 - 73.7 - 14 = 507.6 pt. The text area ends 35 mm = 99.2 pt above the bottom edge
(y = 742.7 pt); the page number is 7 mm (19.8 pt) lower.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from app.engine import analyze
from app.model import Comment, Document, Paragraph, Position, Role
from app.writers.docx import write_docx
from tests.conftest import CORPUS
from tests.pdf_tools import pdf_annotations

pytestmark = [
    pytest.mark.render,
    pytest.mark.skipif(
        not all(shutil.which(t) for t in ("soffice", "pdftotext", "pdfinfo")),
        reason="needs LibreOffice (soffice) and poppler-utils",
    ),
]


FOOTER = re.compile(r"^—\s*(\d+)\s*—$")
# LibreOffice 7.4 PDF export: comments become PDF text annotations with ExportNotes.
# (ExportNotesInMargin is not known to 7.4: same output, no text in the margin.) pdftotext does
# not print annotations, so their /Contents are read from the PDF itself.
WITH_NOTES = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>AR PL UKai CN</family><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <match target="pattern"><test name="family"><string>方正小标宋简体</string></test>
    <edit name="family" mode="assign" binding="same"><string>Noto Serif CJK SC</string></edit>
    <edit name="weight" mode="assign" binding="same"><const>bold</const></edit></match>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
</fontconfig>
"""  # noqa: E501


class Renderer:
    def __init__(self, root: Path):
        self.root = root
        self.profile = (root / "lo-profile").as_uri()
        (root / "fonts.conf").write_text(FONTS_CONF, encoding="utf-8")
        self.env = dict(os.environ, FONTCONFIG_FILE=str(root / "fonts.conf"))

    def pdf(self, docx: Path, convert_to: str = "pdf") -> Path:
        outdir = docx.parent / (docx.stem + "-pdf")
        outdir.mkdir(exist_ok=True)
        cmd = [
            "soffice",
            f"-env:UserInstallation={self.profile}",
            "--headless",
            "--convert-to",
            convert_to,
            "--outdir",
            str(outdir),
            str(docx),
        ]
        subprocess.run(cmd, env=self.env, check=True, capture_output=True, timeout=300)
        pdf = outdir / (docx.stem + ".pdf")
        assert pdf.exists(), f"LibreOffice made no PDF of {docx.name}"
        return pdf


def run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=120).stdout


def page_count(pdf: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(pdf)), re.M).group(1))


def page_lines(pdf: Path, page: int) -> list[str]:
    text = run("pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-")
    return [line.strip() for line in text.splitlines() if line.strip()]


def width(s: str) -> float:
    return sum(0.5 if unicodedata.east_asian_width(c) in ("Na", "H", "N") else 1 for c in s)


def footer_boxes(pdf: Path, page: int) -> list[tuple[float, float, float, str]]:
    """(xMin, yMin, xMax, word) of the words on the page-number line."""
    xml = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-")
    words = [
        (float(a), float(b), float(c), w)
        for a, b, c, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            xml,
        )
    ]
    bottom = max(y for _, y, _, _ in words)
    return [w for w in words if abs(w[1] - bottom) < 1]


@pytest.fixture(scope="module")
def renderer(tmp_path_factory) -> Renderer:
    return Renderer(tmp_path_factory.mktemp("render"))


@pytest.fixture(scope="module")
def report_pdf(renderer):
    if not (CORPUS / "01_gwr_national_2024.txt").is_file():
        pytest.skip(f"{CORPUS} is absent (third-party documents stay outside the repo)")
    from app.readers.text import read_text

    doc = read_text(CORPUS / "01_gwr_national_2024.txt")
    analysis = analyze(doc)
    path = renderer.root / "report.docx"
    write_docx(doc, path, analysis=analysis)
    return doc, analysis, renderer.pdf(path)


def test_pages_are_a4(report_pdf):
    _, _, pdf = report_pdf
    w, h = map(
        float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", str(pdf))).groups()
    )
    assert abs(w - 595.3) < 0.5 and abs(h - 841.9) < 0.5


def test_full_body_pages_have_22_lines_of_28_characters(report_pdf):
    _, _, pdf = report_pdf
    pages = page_count(pdf)
    assert pages >= 20  # the 2024 report is about 30 pages
    counts = {}
    widths: Counter = Counter()
    for page in range(1, pages + 1):
        lines = [line for line in page_lines(pdf, page) if not FOOTER.match(line)]
        counts[page] = len(lines)
        widths.update(width(line) for line in lines if line.isascii() is False)
    assert max(counts.values()) == 22
    inner = [counts[p] for p in range(2, pages)]
    # every page between the first (title block with a blank line under it) and the last is full
    assert inner == [22] * len(inner), counts
    assert counts[1] == 21
    # most lines are full lines of 28 characters; pdftotext adds a space around Latin runs, so
    # only lines without ASCII are held to the maximum
    assert widths.most_common(1)[0][0] == 28
    pure = [
        width(line)
        for page in range(2, 6)
        for line in page_lines(pdf, page)
        if not any(c.isascii() for c in line)
    ]
    assert max(pure) == 28


def test_page_numbers_odd_right_even_left(report_pdf):
    _, _, pdf = report_pdf
    first, second = footer_boxes(pdf, 1), footer_boxes(pdf, 2)
    assert "".join(w for *_, w in first) == "—1—"
    assert "".join(w for *_, w in second) == "—2—"
    assert abs(max(x for _, _, x, _ in first) - 507.6) < 2  # right, one character in
    assert abs(min(x for x, _, _, _ in second) - 93.4) < 2  # left, one character in
    for _, top, _, _ in first + second:
        assert 755 < top < 775  # 7 mm below the text area's bottom (742.7 pt)


def test_headings_and_title_are_printed(report_pdf):
    doc, analysis, pdf = report_pdf
    text = re.sub(r"\s+", "", run("pdftotext", str(pdf), "-"))
    assert text.startswith("政府工作报告——2024年3月5日")
    for h in analysis.headings:
        title = doc.paragraphs[h.index].text[: h.title_end]
        assert re.sub(r"\s+", "", title) in text


def test_heading_face_differs_from_body_face(report_pdf):
    _, _, pdf = report_pdf
    fonts = run("pdffonts", str(pdf)) if shutil.which("pdffonts") else ""
    if "NotoSerif" not in fonts:
        pytest.skip("Noto CJK fonts not installed")
    assert "NotoSans" in fonts  # 黑体 (一、 headings) → sans, 仿宋 body → serif


def test_comments_are_exported(renderer):
    paragraphs = [Paragraph("关于加强管理的报告", Role.TITLE)]
    paragraphs += [Paragraph("各单位要认真落实各项工作要求，确保取得实效。" * 3, Role.BODY)] * 1
    paragraphs += [Paragraph("第二段正文，继续说明有关情况。", Role.BODY)]
    doc = Document(paragraphs)
    p1, p2 = doc.paragraphs[1].id, doc.paragraphs[2].id
    first = Comment("表述过于笼统", "审核员", start=Position(p1, 0), end=Position(p1, 6))
    doc.comments = [
        first,
        Comment("已补充", "起草人", parent_id=first.id, resolved=True),
        Comment("跨段批注", "审核员", start=Position(p1, 10), end=Position(p2, 5)),
    ]
    path = renderer.root / "comments.docx"
    write_docx(doc, path, analysis=analyze(doc))
    notes = pdf_annotations(renderer.pdf(path, WITH_NOTES))
    for text in ("表述过于笼统", "已补充", "跨段批注"):
        assert any(text in note for note in notes), (text, notes)
    plain = renderer.pdf(path)  # a plain export keeps comments out of the PDF
    assert not [n for n in pdf_annotations(plain) if "笼统" in n]
