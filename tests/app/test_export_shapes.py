"""The GB/T Word export carries drawings without text over (app/writers/docx_carry.py): a group
(wpg:wgp), a drawing canvas (wpc:wpc), a plain shape (an arrow, one with a picture fill), a VML
shape or group in w:pict, the lines WPS writes as VML v:line. It used to drop them without a word.
What it leaves out is the line shape it draws itself as a paragraph rule (a red head's separator,
a 版记's rules): that line must not be drawn twice. What a user would check: the exported file
holds the shapes, LibreOffice draws them, the red head's line is drawn once, every 版记 line is
there, the validator finds nothing the original did not have."""

from __future__ import annotations

import collections
import shutil
import subprocess
import sys
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
SHAPES = DATA / "ob04_shapes.docx"
CANVAS = DATA / "ob05_canvas.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
WPG = "{http://schemas.microsoft.com/office/word/2010/wordprocessingGroup}"
WPC = "{http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas}"
V = "{urn:schemas-microsoft-com:vml}"
PKG_R = "{http://schemas.openxmlformats.org/package/2006/relationships}"
RED_HEADS = ["cn01_wps_gongsi_fawen.docx", "cn02_wps_red_jiyao.docx", "cn04_wps_hongtou.docx",
             "cn05_wps_gongwen_geshi.docx", "cn07_word_tongzhi_tz1.docx",
             "cn08_word_huiyi_jiyao.docx"]  # fmt: skip


def export(src: Path, out: Path, notices: list[str] | None = None, *,
           sourceless: bool = False) -> etree._Element:  # fmt: skip
    doc = read_document(str(src))
    if sourceless:
        doc.source = None  # as from a file that is no .docx: nothing to copy from
    write_docx(doc, out, analysis=analyze(doc), notices=notices)
    with zipfile.ZipFile(out) as z:
        return etree.fromstring(z.read("word/document.xml"))


def paragraph_of(root: etree._Element, words: str) -> etree._Element:
    return next(p for p in root.iter(W + "p")
                if words in "".join(t.text or "" for t in p.iter(W + "t")))  # fmt: skip


def test_group_arrow_and_vml_group_are_in_their_lines(tmp_path):
    root = export(SHAPES, tmp_path / "out.docx")
    group = paragraph_of(root, "流程示意").find(f".//{WPG}wgp")
    assert group is not None
    assert [g.get("prst") for g in group.iter(A + "prstGeom")] == ["rect", "rightArrow"]
    arrow = paragraph_of(root, "下一步")
    assert [g.get("prst") for g in arrow.iter(A + "prstGeom")] == ["rightArrow"]
    vml = paragraph_of(root, "旧式图形").find(f".//{V}group")
    assert vml is not None
    assert [el.tag for el in vml] == [V + "oval", V + "rect"]


def test_picture_fill_comes_along_under_a_fresh_relationship(tmp_path):
    root = export(SHAPES, tmp_path / "out.docx")
    blip = paragraph_of(root, "下一步").find(f".//{A}blip")
    assert blip is not None
    rid = blip.get(R + "embed")
    with zipfile.ZipFile(tmp_path / "out.docx") as z:
        rels_xml = etree.fromstring(z.read("word/_rels/document.xml.rels"))
        rels = {r.get("Id"): r.get("Target") for r in rels_xml.iter(PKG_R + "Relationship")}
        exported = z.read("word/" + rels[rid])
    with zipfile.ZipFile(SHAPES) as z:
        original = z.read("word/media/fill1.png")
    assert exported == original
    assert rid.startswith("rIdObj")  # not the original's rId: no collision with the export's own


def test_drawing_ids_are_unique(tmp_path):
    root = export(SHAPES, tmp_path / "out.docx")
    ids = [d.get("id") for d in root.iter(WP + "docPr")]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_canvas_is_carried(tmp_path):
    root = export(CANVAS, tmp_path / "out.docx")
    canvas = paragraph_of(root, "画布").find(f".//{WPC}wpc")
    assert canvas is not None
    assert [g.get("prst") for g in canvas.iter(A + "prstGeom")] == ["ellipse"]


def test_a_shape_that_cannot_be_carried_is_named(tmp_path):
    notices: list[str] = []
    root = export(SHAPES, tmp_path / "out.docx", notices, sourceless=True)
    assert root.find(f".//{WPG}wgp") is None
    assert len(notices) == 3
    assert notices[0].startswith("导出时未能带入第 2 段的图形")


def test_cli_export_prints_the_notice_only_when_something_is_left_out(tmp_path):
    out = subprocess.run([sys.executable, "-m", "reportdesk", "export", str(SHAPES), "-o",
                          str(tmp_path / "out.docx")], capture_output=True, text=True,
                         timeout=120)  # fmt: skip
    assert out.returncode == 0
    assert "未能带入" not in out.stderr


def _line_shapes(el: etree._Element) -> list[etree._Element]:
    """The line shapes drawn in ``el``: DrawingML (a:prstGeom line) and VML (v:line)."""
    lines = [g for g in el.iter(A + "prstGeom") if g.get("prst") in ("line", "straightConnector1")
             and not any(a.tag.endswith("Fallback") for a in g.iterancestors())]
    return lines + [v for v in el.iter(V + "line")
                    if not any(a.tag.endswith("Fallback") for a in v.iterancestors())]


def _red(el: etree._Element) -> bool:
    for a in el.iterancestors():
        if a.tag in (W + "drawing", W + "pict"):
            return "ff0000" in etree.tostring(a).decode().lower()
    return False


@pytest.mark.parametrize("name", RED_HEADS)
def test_red_head_separator_is_drawn_once(tmp_path, name):
    """The separator is the export's own red rule (a paragraph border); the file's red line shape
    must not come along beside it."""
    src = REALDOCX / name
    if not src.is_file():
        pytest.skip("../shared/realdocx is absent")
    with zipfile.ZipFile(src) as z:
        drawn = any(_red(ln) for ln in _line_shapes(etree.fromstring(z.read("word/document.xml"))))
    root = export(src, tmp_path / "out.docx")
    red_rules = [b for b in root.iter(W + "pBdr")
                 if any((side.get(W + "color") or "").upper() == "FF0000" for side in b)]
    if drawn:
        assert len(red_rules) == 1
    else:  # (cn04, cn05: no line in the file; the export may draw its own rule under 发文字号)
        assert len(red_rules) <= 1
    assert [ln for ln in _line_shapes(root) if _red(ln)] == []
    for p in root.iter(W + "p"):  # no paragraph draws a rule and a line shape
        assert p.find(f"{W}pPr/{W}pBdr") is None or _line_shapes(p) == []


@pytest.mark.parametrize("name", ["cn01_wps_gongsi_fawen.docx", "cn02_wps_red_jiyao.docx"])
def test_every_imprint_line_is_drawn(tmp_path, name):
    """A WPS 版记 draws a line over, between and under its lines; each is in the export once, as a
    rule or as the file's line shape (the middle one used to be lost)."""
    src = REALDOCX / name
    if not src.is_file():
        pytest.skip("../shared/realdocx is absent")
    with zipfile.ZipFile(src) as z:
        original = len(_line_shapes(etree.fromstring(z.read("word/document.xml"))))
    root = export(src, tmp_path / "out.docx")
    rules = sum(len(b) for b in root.iter(W + "pBdr"))
    assert rules + len(_line_shapes(root)) == original


@pytest.mark.parametrize("src", [SHAPES, CANVAS] + [REALDOCX / n for n in RED_HEADS]
                         + [REALDOCX / "en06_poi_drawing.docx"])  # fmt: skip
def test_export_adds_no_validation_issue(tmp_path, src):
    if not (OOXML / "validate.py").is_file() or not src.is_file():
        pytest.skip("../shared/ooxml or ../shared/realdocx is absent")
    export(src, tmp_path / "out.docx")
    assert ooxml_issues(tmp_path / "out.docx") - ooxml_issues(src) == collections.Counter()


def _colours(ppm: bytes) -> set[tuple[int, int, int]]:
    """The colours of a binary PPM (P6), each channel rounded to 16."""
    fields = ppm.split(maxsplit=4)
    assert fields[0] == b"P6" and fields[3] == b"255"
    pixels = fields[4]
    return {(pixels[k] >> 4, pixels[k + 1] >> 4, pixels[k + 2] >> 4)
            for k in range(0, len(pixels) - 2, 3)}  # fmt: skip


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
                    reason="LibreOffice (soffice) or pdftoppm not installed")
def test_libreoffice_draws_the_carried_shapes(tmp_path):
    export(SHAPES, tmp_path / "out.docx")
    libreoffice_pdf(tmp_path / "out.docx")
    ppm = subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", str(tmp_path / "out.pdf")],
                         capture_output=True, timeout=60, check=True).stdout  # fmt: skip
    seen = _colours(ppm)
    for rgb in ((0x1F, 0x4E, 0x79), (0xFF, 0, 0), (0, 0xA0, 0), (0x70, 0x30, 0xA0),
                (0, 0xB0, 0xF0)):  # the box, the arrow, the picture fill, the oval, the VML box
        assert (rgb[0] >> 4, rgb[1] >> 4, rgb[2] >> 4) in seen, rgb
