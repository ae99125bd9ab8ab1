"""PDF export through Qt: the GB/T 9704 page, checked with poppler's pdfinfo and pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from app.engine import analyze
from app.model import Document, Paragraph
from app.readers import read_document
from tests.ui.conftest import SAMPLE
from ui.pdf_export import export_pdf
from ui.print_page import LINES_PER_PAGE, MM

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

PAGE_W = 210 * MM
TEXT_LEFT, TEXT_RIGHT = 28 * MM, (210 - 26) * MM
TEXT_TOP, TEXT_BOTTOM = 37 * MM, (37 + 225) * MM
_LINE = re.compile(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">')
_WORD = re.compile(r"<word [^>]*>([^<]*)</word>")


def lines_of(pdf, page: int) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, text) of every text line on ``page`` (1-based)."""
    html = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox-layout", str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    out = []
    for chunk in html.split("<line ")[1:]:
        m = _LINE.match("<line " + chunk)
        words = "".join(_WORD.findall(chunk.split("</line>")[0]))
        out.append((*map(float, m.groups()), words))
    return out


def dash_line_y(pdf, page: int, x0: float, x1: float) -> float:
    """Middle (pt from the top) of the dark rows between x0 and x1 below the text area."""
    from PySide6.QtGui import QImage

    dpi = 288
    prefix = pdf.parent / f"page{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png",
                    "-singlefile", str(pdf), str(prefix)], check=True)  # fmt: skip
    image = QImage(str(prefix) + ".png")
    s = dpi / 72
    rows = [
        y for y in range(int(TEXT_BOTTOM * s) + 4, int((TEXT_BOTTOM + 20 * MM) * s))
        if any(image.pixelColor(x, y).value() < 128 for x in range(int(x0 * s), int(x1 * s)))
    ]  # fmt: skip
    return (rows[0] + rows[-1]) / 2 / s


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory, qapp):
    doc = read_document(str(SAMPLE))
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    pages = export_pdf(doc, analyze(doc), path)
    return path, pages


def test_a4_pages_and_metadata(sample_pdf):
    path, pages = sample_pdf
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+595(\.\d+)? x 841\.89|Page size:\s+595 x 842", info), info
    assert f"Pages:           {pages}" in info and pages >= 5
    assert "Title:           市信访局2020年上半年党建工作总结及下步工作打算" in info


def test_page_numbers_right_on_odd_left_on_even(sample_pdf):
    path, _ = sample_pdf
    for page in (1, 2, 3):
        number = [ln for ln in lines_of(path, page) if ln[4] == f"—{page}—"]
        assert len(number) == 1, lines_of(path, page)[-3:]
        x0, y0, x1, _y1, _ = number[0]
        one = 14.0  # one 4号 character in
        if page % 2:
            assert x1 == pytest.approx(TEXT_RIGHT - one, abs=1.0)
        else:
            assert x0 == pytest.approx(TEXT_LEFT + one, abs=1.0)
        assert y0 > TEXT_BOTTOM
        # the dash line 7 mm below the text area (measured on the rendered page)
        assert dash_line_y(path, page, x0, x0 + 10) == pytest.approx(TEXT_BOTTOM + 7 * MM, abs=0.7)


def test_full_body_page_has_22_lines_of_at_most_28_characters(sample_pdf):
    path, _ = sample_pdf
    body = [ln for ln in lines_of(path, 2) if ln[1] < TEXT_BOTTOM]
    assert len(body) == LINES_PER_PAGE
    # Line boxes come from each font's ascent and descent, so a line set in 楷体 (where the
    # machine has a 楷体 face) has another box than a body line. Lines of the body's box height
    # must sit on the 28.95 pt grid counted from the first of them.
    heights = [round(ln[3] - ln[1], 1) for ln in body]
    body_height = max(set(heights), key=heights.count)
    tops = [ln[1] for ln, h in zip(body, heights, strict=True) if h == body_height]
    steps = [(top - tops[0]) / 28.95 for top in tops]
    assert len(tops) >= LINES_PER_PAGE // 2
    assert all(step == pytest.approx(round(step), abs=0.3 / 28.95) for step in steps), steps
    assert round(steps[-1]) >= LINES_PER_PAGE - 3
    assert body[0][1] >= TEXT_TOP - 2 and body[-1][3] <= TEXT_BOTTOM + 2
    assert max(len(ln[4]) for ln in body) == 28  # full lines: 28 characters
    assert all(ln[0] >= TEXT_LEFT - 0.5 and ln[2] <= TEXT_RIGHT + 0.5 for ln in body)


def test_title_centred_body_indented_two_characters(sample_pdf):
    path, _ = sample_pdf
    lines = lines_of(path, 1)
    title = [ln for ln in lines if ln[1] < TEXT_TOP + 2 * 28.95]
    assert "".join(ln[4] for ln in title) == "市信访局2020年上半年党建工作总结及下步工作打算"
    for x0, _, x1, _, _ in title:
        assert (x0 + x1) / 2 == pytest.approx((TEXT_LEFT + TEXT_RIGHT) / 2, abs=2.0)
    first_body = next(ln for ln in lines if ln[4].startswith("今年以来"))
    assert first_body[0] == pytest.approx(TEXT_LEFT + 2 * 15.75, abs=1.0)


def test_text_layer_has_ideographs_not_radicals(tmp_path, qapp):
    text = "——人民群众的意见，见面时长谈，风险与马上，黄金与龙门。文件"  # —— is one glyph
    doc = Document([Paragraph("关于文件的报告"), Paragraph(text)])
    path = tmp_path / "r.pdf"
    export_pdf(doc, None, path)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert not [c for c in out if 0x2E00 <= ord(c) < 0x2FE0]
    assert "".join(out.split()).startswith("关于文件的报告" + text)


def test_empty_report_is_one_numbered_page(tmp_path, qapp):
    path = tmp_path / "empty.pdf"
    assert export_pdf(Document([Paragraph("")]), None, path) == 1
    assert lines_of(path, 1)[-1][4] == "—1—"


def test_unwritable_folder_is_a_one_line_error(tmp_path, qapp):
    from app.errors import WriteError

    # (the tests run the English window: the engine's message follows it)
    with pytest.raises(WriteError, match=r"Folder not found.*x\.pdf") as caught:
        export_pdf(Document([Paragraph("正文")]), None, tmp_path / "missing" / "x.pdf")
    assert "\n" not in str(caught.value)


def test_addressee_signature_and_date_placed_as_in_the_word_export(tmp_path, qapp):
    lines = ["关于开展安全检查的通知", "各区县信访局：", "现将有关事项通知如下。请认真落实。", "",
             "某某市信访局", "2020年7月1日"]  # fmt: skip
    doc = Document.from_lines(lines)
    assert [r.value for r in analyze(doc).roles][-2:] == ["signature", "date"]
    path = tmp_path / "notice.pdf"
    export_pdf(doc, None, path)
    by_text = {ln[4]: ln for ln in lines_of(path, 1)}
    char = 15.75  # one condensed 3号 character
    assert by_text["各区县信访局："][0] == pytest.approx(TEXT_LEFT, abs=0.5)
    body = by_text["现将有关事项通知如下。请认真落实。"]
    assert body[0] == pytest.approx(TEXT_LEFT + 2 * char, abs=1)
    # 署名 and 成文日期 as wide: the date keeps 2 characters from the right, the 署名 moves left
    # so the date starts two characters right of the 署名's start (GB/T 9704 7.3.5.2)
    assert by_text["2020年7月1日"][2] == pytest.approx(TEXT_RIGHT - 2 * char, abs=1)
    assert by_text["某某市信访局"][2] == pytest.approx(TEXT_RIGHT - 4 * char, abs=1)


def test_headless_export_in_a_fresh_process(tmp_path):
    """What a `reportdesk pdf` subcommand does: no window, no display, no Qt set up first."""
    import os
    import sys

    from tests.ui.conftest import ROOT

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    out = tmp_path / "out.pdf"
    code = (
        "import sys; from app.readers import read_document; from ui.pdf_export import export_pdf;"
        "print(export_pdf(read_document(sys.argv[1]), None, sys.argv[2]))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(SAMPLE), str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "7" and out.stat().st_size > 10_000


def test_a_red_head_is_drawn_red_and_large_and_the_body_black(tmp_path, qapp):
    """A .docx template's 发文机关标志 (red, 36 pt, 66 % wide in its file) comes out red, taller
    than a title line and centred, as in the Word export; the body stays black."""
    from PySide6.QtGui import QImage

    from tests.app.test_docx_export_masthead import TEMPLATE
    from tests.app.test_docx_reader import make_docx

    doc = read_document(make_docx(tmp_path, TEMPLATE))
    path = tmp_path / "head.pdf"
    export_pdf(doc, analyze(doc), path)
    by_text = {ln[4]: ln for ln in lines_of(path, 1)}
    head, body = by_text["XX市人民政府文件"], by_text["各单位要高度重视。"]
    assert head[3] - head[1] > 1.4 * (body[3] - body[1])  # its own size, not the body's
    assert (head[0] + head[2]) / 2 == pytest.approx((TEXT_LEFT + TEXT_RIGHT) / 2, abs=2)
    dpi = 72
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(path), str(tmp_path / "p")], check=True)  # fmt: skip
    image = QImage(str(tmp_path / "p.png"))

    def inks(box) -> dict[str, int]:
        """Ink pixels in ``box`` by kind: red (red well above green and blue), grey."""
        x0, y0, x1, y1 = (int(v) for v in box[:4])
        out = {"red": 0, "grey": 0}
        for y in range(y0, y1):
            for x in range(x0, x1):
                c = image.pixelColor(x, y)
                if c.red() > c.green() + 80 and c.red() > c.blue() + 80:
                    out["red"] += 1
                elif c.value() < 160:
                    out["grey"] += 1
        return out

    head_ink, body_ink = inks(head), inks(body)
    assert head_ink["red"] > 20 * max(1, head_ink["grey"])  # (edge pixels of red on white)
    assert body_ink["red"] == 0 and body_ink["grey"] > 0


def test_a_separator_line_shape_is_drawn_as_a_red_rule(tmp_path, qapp):
    """A red head's separator, a line shape in the source, is a red rule across the text area
    between the 发文机关标志 and the title."""
    from PySide6.QtGui import QImage

    from tests.app.test_docx_export_masthead import SEPARATED
    from tests.app.test_docx_reader import make_docx

    doc = read_document(make_docx(tmp_path, SEPARATED))
    path = tmp_path / "rule.pdf"
    export_pdf(doc, analyze(doc), path)
    by_text = {ln[4]: ln for ln in lines_of(path, 1)}
    head, title = by_text["XX市人民政府文件"], by_text["关于加强安全生产工作的通知"]
    subprocess.run(["pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(path), str(tmp_path / "p")], check=True)  # fmt: skip
    image = QImage(str(tmp_path / "p.png"))

    def red(x: float, y: int) -> bool:
        c = image.pixelColor(int(x), y)
        return c.red() > c.green() + 80 and c.red() > c.blue() + 80

    rows = [y for y in range(int(head[3]), int(title[1])) if red(TEXT_LEFT + 3, y)]
    assert rows, "no red rule between the head and the title"
    y = rows[0]
    assert red(TEXT_RIGHT - 3, y) and red((TEXT_LEFT + TEXT_RIGHT) / 2, y)  # across the area
