"""The GB/T Word export places floating shapes anchored in a table cell by the table's scale in
the export (app/writers/docx_fit.py), and carries pictures without bytes in the package (a
picture linked to a file outside it, WPS's empty dot) as the file has them, naming in a notice
what it cannot carry. What a user would check: en03's fill-in lines stay inside the form, not
past its right border and off the page; a 版记 line ends at the text's right edge; a linked
picture is still linked (to the same file, nothing fetched or copied); a missing picture is
named; the validator finds nothing the original did not have."""

from __future__ import annotations

import collections
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.engine import analyze
from app.readers import read_document
from app.writers.docx import write_docx
from tests.app.docx_build import libreoffice_pdf, ooxml_issues

DATA = Path(__file__).resolve().parents[1] / "data" / "objects"
SHARED = Path(__file__).resolve().parents[3] / "shared"
REALDOCX = SHARED / "realdocx"
OOXML = SHARED / "ooxml"
PICTURES = DATA / "ob06_pictures.docx"
CELLS = DATA / "ob07_cell_shapes.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
V = "{urn:schemas-microsoft-com:vml}"
PKG_R = "{http://schemas.openxmlformats.org/package/2006/relationships}"
TEXT_PT = 442.25  # the GB/T text width (156 mm): the export's tables are this wide
EMU = 12700


def export(src: Path, out: Path, notices: list[str] | None = None) -> etree._Element:
    doc = read_document(str(src))
    write_docx(doc, out, analysis=analyze(doc), notices=notices)
    with zipfile.ZipFile(out) as z:
        return etree.fromstring(z.read("word/document.xml"))


def real(name: str) -> Path:
    src = REALDOCX / name
    if not src.is_file():
        pytest.skip("../shared/realdocx is absent")
    return src


def _pt(value: str) -> float:
    assert value.endswith("pt"), value
    return float(value[:-2])


def _style(el: etree._Element) -> dict[str, str]:
    items = (item.partition(":") for item in (el.get("style") or "").split(";"))
    return {k.strip(): v.strip() for k, _, v in items if k.strip()}


def _line_span(line: etree._Element) -> tuple[float, float]:
    """(left, right) of a VML line in pt from its frame: its from/to, else margin-left+width."""
    if line.get("from"):
        xs = [_pt(line.get(end, "").split(",")[0]) for end in ("from", "to")]
        return min(xs), max(xs)
    style = _style(line)
    left = _pt(style.get("margin-left", "0pt"))
    return left, left + _pt(style["width"])


def _cell_lines(root: etree._Element) -> list[etree._Element]:
    return [ln for ln in root.iter(V + "line")
            if any(a.tag == W + "tc" for a in ln.iterancestors())]  # fmt: skip


def test_en03_fill_in_lines_stay_inside_the_form(tmp_path):
    """en03's four lines run from 252 pt to 525.6 pt of a form 531.9 pt wide; in the export's
    442 pt form they start and end at the same share of its width, inside it."""
    root = export(real("en03_poi_form_footnotes.docx"), tmp_path / "out.docx")
    lines = _cell_lines(root)
    assert len(lines) == 4
    for line in lines:
        left, right = _line_span(line)
        assert right <= TEXT_PT
        assert left / TEXT_PT == pytest.approx(252 / 531.9, abs=0.01)
        assert right / TEXT_PT == pytest.approx(525.6 / 531.9, abs=0.01)
        ys = {line.get(end, "").split(",")[1] for end in ("from", "to")}
        assert len(ys) == 1  # still level, and under the row's heading as in the file


@pytest.mark.parametrize("name", ["cn01_wps_gongsi_fawen.docx", "cn02_wps_red_jiyao.docx"])
def test_imprint_lines_in_cells_end_at_the_text_edge(tmp_path, name):
    """A WPS 版记 line 449 pt long (a table of 462 pt in cn01, 426 pt in cn02) is drawn across
    the export's 442 pt table, not 7 pt past its right edge (nor longer still in cn02, whose
    table the export widens)."""
    root = export(real(name), tmp_path / "out.docx")
    lines = _cell_lines(root)
    assert lines
    for line in lines:
        left, right = _line_span(line)
        assert 0 <= left < 5
        assert 420 < right <= TEXT_PT + 0.01
    for anchor in root.iter(WP + "anchor"):  # cn01's DrawingML copy (mc:Choice) agrees
        x = int(anchor.findtext(f"{WP}positionH/{WP}posOffset") or 0)
        cx = int(anchor.find(WP + "extent").get("cx"))
        assert (x + cx) / EMU <= TEXT_PT + 0.01


def test_shapes_in_cells_of_a_wide_form_fit_its_cells(tmp_path):
    root = export(CELLS, tmp_path / "out.docx")
    vml = _cell_lines(root)
    assert len(vml) == 1  # placed from the text column (o:allowincell="f"): the table's scale
    left, right = _line_span(vml[0])
    assert right <= TEXT_PT
    assert left / TEXT_PT == pytest.approx(260 / 500, abs=0.01)
    anchors = {a.find(WP + "docPr").get("name"): a for a in root.iter(WP + "anchor")}
    cell = anchors["形状 71"]  # a line placed from the second cell's left (layoutInCell)
    x = int(cell.findtext(f"{WP}positionH/{WP}posOffset") or 0)
    cx = int(cell.find(WP + "extent").get("cx"))
    second_cell_left = TEXT_PT / 2  # (two equal columns)
    assert (x + cx) / EMU <= TEXT_PT - second_cell_left + 0.01
    assert int(cell.find(f".//{A}xfrm/{A}ext").get("cx")) == cx  # the shape's own size agrees
    body = anchors["形状 72"]  # not in a cell: where the file puts it
    assert body.findtext(f"{WP}positionH/{WP}posOffset") == "2540000"
    assert body.find(WP + "extent").get("cx") == "1270000"


def _rels(out: Path) -> dict[str, tuple[str, str, str]]:
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/_rels/document.xml.rels"))
    return {r.get("Id"): (r.get("Type"), r.get("Target"), r.get("TargetMode") or "")
            for r in root.iter(PKG_R + "Relationship")}  # fmt: skip


def _paragraph(root: etree._Element, words: str) -> etree._Element:
    return next(p for p in root.iter(W + "p")
                if words in "".join(t.text or "" for t in p.iter(W + "t")))  # fmt: skip


def test_linked_pictures_keep_their_links(tmp_path):
    out = tmp_path / "out.docx"
    notices: list[str] = []
    root = export(PICTURES, out, notices)
    rels = _rels(out)
    blip = _paragraph(root, "现场照片见链接").find(f".//{A}blip")
    assert blip is not None
    kind, target, mode = rels[blip.get(R + "link")]
    assert (kind.endswith("/image"), target, mode) == (True, "file:///C:/pictures/site.png",
                                                       "External")  # fmt: skip
    data = _paragraph(root, "位置图").find(f".//{V}imagedata")
    assert data is not None
    assert rels[data.get(R + "id")][1:] == ("file:///C:/pictures/map.png", "External")
    with zipfile.ZipFile(out) as z:  # linked, not copied: no picture part in the package
        assert not [n for n in z.namelist() if n.startswith("word/media/")]


def test_wps_empty_dot_is_carried_and_a_missing_picture_named(tmp_path):
    notices: list[str] = []
    root = export(PICTURES, tmp_path / "out.docx", notices)
    dot = _paragraph(root, "抄送：办公室。").find(f".//{V}shape")
    assert dot is not None and _style(dot)["width"] == "0.65pt"
    assert len(notices) == 1
    assert "第 5 段" in notices[0] and "图片" in notices[0]
    assert _paragraph(root, "缺失的图片").find(f".//{W}drawing") is None


def test_a_picture_with_its_bytes_is_still_written_by_the_export(tmp_path):
    out = tmp_path / "out.docx"
    export(real("en09_poi_VariousPictures.docx"), out)
    images = [t for t in _rels(out).values() if t[0].endswith("/image")]
    assert len(images) == 5
    assert all(target.startswith("media/image") for _, target, _ in images)


@pytest.mark.parametrize("src", [PICTURES, CELLS] + [REALDOCX / n for n in (
    "en03_poi_form_footnotes.docx", "cn01_wps_gongsi_fawen.docx", "cn02_wps_red_jiyao.docx")])
def test_export_adds_no_validation_issue(tmp_path, src):
    if not (OOXML / "validate.py").is_file() or not src.is_file():
        pytest.skip("../shared/ooxml or ../shared/realdocx is absent")
    export(src, tmp_path / "out.docx")
    assert ooxml_issues(tmp_path / "out.docx") - ooxml_issues(src) == collections.Counter()


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
                    reason="LibreOffice (soffice) or pdftoppm not installed")
def test_libreoffice_draws_nothing_right_of_en03s_form(tmp_path):
    """Rendered by LibreOffice, no page of en03's export has ink between the text area's right
    edge (184 mm) and the paper's (210 mm): the lines used to run there and off the page."""
    export(real("en03_poi_form_footnotes.docx"), tmp_path / "out.docx")
    libreoffice_pdf(tmp_path / "out.docx")
    dpi = 40
    pages = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(tmp_path / "out.pdf")],
                           capture_output=True, timeout=120, check=True).stdout  # fmt: skip
    inked = 0
    while pages:
        magic, width, height, depth, rest = pages.split(maxsplit=4)
        assert magic == b"P5" and depth == b"255"
        w, h = int(width), int(height)
        pixels, pages = rest[: w * h], rest[w * h :]
        first = round(187 / 25.4 * dpi)  # (3 mm clear of the text area: a border's width)
        inked += sum(1 for y in range(h) for x in range(first, w) if pixels[y * w + x] < 128)
    assert inked == 0
