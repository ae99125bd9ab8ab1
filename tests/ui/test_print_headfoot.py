"""The painted pages (PDF, printer, preview) show the original's own header and footer lines on
the pages the Word export shows them, above the house page number (or instead of it when a kept
line numbers the page itself); a tall footer takes grid lines from the body."""

from __future__ import annotations

import docx
from lxml import etree

from app.readers import read_document
from tests.app.test_export_head_foot import made
from tests.ui.test_pdf import lines_of
from tests.ui.test_print_pdf import needs_poppler
from ui.pdf_export import export_pdf
from ui.print_page import LINES_PER_PAGE, MM, TOP_MM

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEXT_TOP = TOP_MM * MM
FIELD = ('<w:r xmlns:w="{ns}"><w:fldChar w:fldCharType="begin"/></w:r>'
         '|<w:r xmlns:w="{ns}"><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
         '|<w:r xmlns:w="{ns}"><w:fldChar w:fldCharType="separate"/></w:r>'
         '|<w:r xmlns:w="{ns}"><w:t>9</w:t></w:r>'
         '|<w:r xmlns:w="{ns}"><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip


def field(paragraph, code: str) -> None:
    for xml in FIELD.format(ns=W_NS, code=code).split("|"):
        paragraph._p.append(etree.fromstring(xml))


@needs_poppler
def test_a_header_and_a_footer_line_are_on_every_page(tmp_path):
    src = made(tmp_path, "市场监管局内部资料", "经办人签字：", footer_page=False)
    pdf = tmp_path / "hf.pdf"
    assert export_pdf(read_document(src), None, pdf) == 1
    lines = lines_of(pdf, 1)
    header = next(line for line in lines if "市场监管局内部资料" in line[4])
    footer = next(line for line in lines if "经办人签字" in line[4])
    number = next(line for line in lines if "—" in line[4] and "1" in line[4])
    body = [line for line in lines if "年度工作" in line[4]]
    assert header[3] < TEXT_TOP - 10 and header[3] < min(b[1] for b in body)  # in the margin
    assert max(b[3] for b in body) < footer[1] < number[1]  # under the body, over the number
    assert footer[3] < number[3]


@needs_poppler
def test_a_footer_that_numbers_its_pages_replaces_the_house_number(tmp_path):
    d = docx.Document()
    d.add_paragraph("关于做好年度工作的通知")
    for k in range(60):
        d.add_paragraph(f"第{k}条：各单位要认真做好年度工作，按时报送材料，确保各项任务落到实处。")
    p = d.sections[0].footer.paragraphs[0]
    p.text = "县人民政府办公室印发　第"
    field(p, "PAGE")
    p.add_run("页　共")
    field(p, "NUMPAGES")
    p.add_run("页")
    src = tmp_path / "numbered.docx"
    d.save(src)
    pdf = tmp_path / "numbered.pdf"
    pages = export_pdf(read_document(src), None, pdf)
    assert pages >= 3
    for page in (1, pages):
        lines = lines_of(pdf, page)
        assert any(f"县人民政府办公室印发第{page}页共{pages}页" in line[4].replace("\u3000", "")
                   for line in lines), page  # fmt: skip
        assert not any(line[4].startswith("—") for line in lines)  # no house number besides


@needs_poppler
def test_a_tall_footer_takes_grid_lines_from_the_body(tmp_path):
    """Four signature lines in the footer (as cn06) do not print over the body: the pages
    hold fewer body lines, and every body line ends above the footer's first line."""
    d = docx.Document()
    d.add_paragraph("现场笔录")
    for k in range(50):
        d.add_paragraph(f"第{k}项：检查人员出示执法证件，告知当事人依法享有的权利。")
    footer = d.sections[0].footer
    footer.paragraphs[0].text = "当事人（签名或者盖章）：　　　　年　月　日"
    for who in ("见证人", "检查人员", "记录人"):
        footer.add_paragraph(f"{who}（签名或者盖章）：　　　　年　月　日")
    src = tmp_path / "signed.docx"
    d.save(src)
    pdf = tmp_path / "signed.pdf"
    export_pdf(read_document(src), None, pdf)
    lines = lines_of(pdf, 2)
    signatures = [line for line in lines if "签名或者盖章" in line[4]]
    body = [line for line in lines if "检查人员出示" in line[4] or "依法享有" in line[4]]
    assert len(signatures) == 4
    assert max(b[3] for b in body) < min(s[1] for s in signatures)
    assert len(body) < LINES_PER_PAGE


@needs_poppler
def test_a_page_number_only_footer_keeps_the_house_number(tmp_path):
    src = made(tmp_path, "", "", footer_page=True)
    pdf = tmp_path / "plain.pdf"
    export_pdf(read_document(src), None, pdf)
    texts = [line[4] for line in lines_of(pdf, 1)]
    assert "—1—" in [t.replace(" ", "") for t in texts]
    assert len(texts) == 3  # the title, the body line and the number: nothing else


def _red_box(pdf, tmp_path, page: int = 1) -> tuple[float, float, float, float] | None:
    """The box (pt: left, top, right, bottom) of the page's red pixels (the test's logo)."""
    import subprocess

    from PySide6.QtGui import QImage

    prefix = tmp_path / f"red{page}"
    subprocess.run(["pdftoppm", "-r", "72", "-f", str(page), "-l", str(page), "-png",
                    "-singlefile", str(pdf), str(prefix)], check=True)  # fmt: skip
    image = QImage(str(prefix) + ".png")
    red = [(x, y) for y in range(0, image.height(), 1) for x in range(0, image.width(), 2)
           if (c := image.pixelColor(x, y)).red() > 200 and c.green() < 80 and c.blue() < 80]
    if not red:
        return None
    xs, ys = [x for x, _y in red], [y for _x, y in red]
    return min(xs), min(ys), max(xs), max(ys)


@needs_poppler
def test_a_floating_logo_in_the_header_is_drawn_where_the_file_anchored_it(tmp_path):
    """cn12's way: a logo anchored 402.75 pt right of the text area's left edge and 20.8 pt
    above its header paragraph, 90 × 30 pt; the PDF draws it there on every page."""
    from tests.app.test_export_head_foot import with_logo
    from ui.print_page import LEFT_MM

    src = with_logo(tmp_path, "", floating=True)
    pdf = tmp_path / "logo.pdf"
    assert export_pdf(read_document(src), None, pdf) == 1
    box = _red_box(pdf, tmp_path)
    assert box is not None, "the logo is not on the page"
    left, top, right, bottom = box
    expect_left = LEFT_MM * MM + 5114925 / 12700
    expect_top = 15 * MM - 264160 / 12700  # the header's line sits 15 mm from the top
    assert abs(left - expect_left) <= 2 and abs(right - (expect_left + 90)) <= 2, box
    assert abs(top - expect_top) <= 2 and abs(bottom - (expect_top + 30)) <= 2, box


@needs_poppler
def test_an_inline_logo_leads_its_header_line_and_the_words_follow_it(tmp_path):
    from tests.app.test_export_head_foot import with_logo
    from ui.print_page import LEFT_MM

    src = with_logo(tmp_path, "市场监督管理局")
    pdf = tmp_path / "inline.pdf"
    assert export_pdf(read_document(src), None, pdf) == 1
    box = _red_box(pdf, tmp_path)
    assert box is not None, "the logo is not on the page"
    left, top, right, bottom = box
    assert abs(left - LEFT_MM * MM) <= 2 and abs(right - (LEFT_MM * MM + 90)) <= 2, box
    assert bottom < TEXT_TOP  # in the header's band, over the text area
    words = next(line for line in lines_of(pdf, 1) if "市场监督管理局" in line[4])
    assert right <= words[0] <= right + 6  # the words right after the picture
    assert top < words[3] <= bottom + 2  # on the picture's line, at its foot


@needs_poppler
def test_a_header_line_with_tab_stops_of_its_own_sets_its_columns_at_them(tmp_path):
    """The export keeps a line's own w:tabs; the PDF puts the columns at the same stops: a left
    stop at 100 pt, a right one at 300 pt from the text area's left edge."""
    from tests.app.test_export_head_foot import with_tab_stops
    from ui.print_page import LEFT_MM

    src = with_tab_stops(tmp_path)
    pdf = tmp_path / "tabs.pdf"
    assert export_pdf(read_document(src), None, pdf) == 1
    words = {line[4]: line for line in lines_of(pdf, 1)}
    left = LEFT_MM * MM
    assert abs(words["注意保存"][0] - (left + 100)) <= 1.5, words["注意保存"]
    assert abs(words["编号"][2] - (left + 300)) <= 1.5, words["编号"]


@needs_poppler
def test_a_header_line_holding_only_a_floating_logo_keeps_its_line(tmp_path):
    """A paragraph whose only content floats (a logo anchored at the margin) is still a line of
    the header, as in Word: the running title in the next paragraph sits a line lower than it
    would as the header's first line."""
    from tests.app.test_export_head_foot import with_logo

    src = with_logo(tmp_path, "", floating=True)
    d = docx.Document(str(src))
    d.sections[0].header.add_paragraph("市场监督管理局内部资料")
    d.save(str(src))
    pdf = tmp_path / "second.pdf"
    assert export_pdf(read_document(src), None, pdf) == 1
    title = next(line for line in lines_of(pdf, 1) if "市场监督管理局内部资料" in line[4])
    first_line_top = 15 * MM  # the header's first line (HEADER_MM)
    assert title[1] > first_line_top + 10.5, title  # a 五号 line (10.5 pt) lower at least
