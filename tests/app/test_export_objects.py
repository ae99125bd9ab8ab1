"""The GB/T Word export carries a .docx's text boxes, charts, SmartArt, OLE objects and altChunks
over with every part they need (app/writers/docx_carry.py, docx_chunks.py); it used to drop them
without a word. What a user would check: the exported file holds the chart (and LibreOffice draws
it), the text box's words are in the exported text, the OLE object's embedding and picture are
there, the validator finds nothing the original did not have; an object the export cannot carry
is named in one Chinese line."""

from __future__ import annotations

import collections
import posixpath
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
OOXML = SHARED / "ooxml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_R = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
C_CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}chart"
DGM_IDS = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}relIds"
OLE = "{urn:schemas-microsoft-com:office:office}OLEObject"
IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
TXBX = W + "txbxContent"
OBJECTS = DATA / "ob01_chart_smartart_ole.docx"


def export(src: Path, out: Path, notices: list[str] | None = None) -> zipfile.ZipFile:
    doc = read_document(str(src))
    write_docx(doc, out, analysis=analyze(doc), notices=notices)
    return zipfile.ZipFile(out)


class Package:
    """An exported package read the way Word resolves it: relationships → parts."""

    def __init__(self, z: zipfile.ZipFile) -> None:
        self.z = z
        self.names = z.namelist()
        types = etree.fromstring(z.read("[Content_Types].xml"))
        self.overrides = {t.get("PartName"): t.get("ContentType")
                          for t in types.iter(CT + "Override")}  # fmt: skip
        self.defaults = {t.get("Extension"): t.get("ContentType")
                         for t in types.iter(CT + "Default")}  # fmt: skip

    def content_type(self, name: str) -> str | None:
        return self.overrides.get("/" + name) or self.defaults.get(name.rsplit(".", 1)[-1])

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """rId → (type, target part) of ``part`` (internal targets only)."""
        folder, base = posixpath.split(part)
        name = posixpath.join(folder, "_rels", base + ".rels")
        if name not in self.names:
            return {}
        out = {}
        for rel in etree.fromstring(self.z.read(name)).iter(PKG_R + "Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            out[rel.get("Id")] = (rel.get("Type"), posixpath.normpath(
                posixpath.join(folder, rel.get("Target"))))
        return out

    def document(self) -> etree._Element:
        return etree.fromstring(self.z.read("word/document.xml"))


def body_text(root: etree._Element) -> str:
    return "".join(t.text or "" for t in root.iter(W + "t"))


def test_chart_is_carried_with_its_workbook_style_and_colours(tmp_path):
    pkg = Package(export(OBJECTS, tmp_path / "out.docx"))
    doc_rels = pkg.rels("word/document.xml")
    charts = list(pkg.document().iter(C_CHART))
    assert len(charts) == 1
    rtype, chart = doc_rels[charts[0].get(R + "id")]
    assert rtype.endswith("/chart") and chart in pkg.names
    assert pkg.content_type(chart).endswith("drawingml.chart+xml")
    assert "各季度完成情况" in "".join(etree.fromstring(pkg.z.read(chart)).itertext())
    related = {t.rsplit("/", 1)[-1]: target for t, target in pkg.rels(chart).values()}
    assert set(related) == {"package", "chartStyle", "chartColorStyle"}
    with zipfile.ZipFile(OBJECTS) as z:  # the workbook is the original's, byte for byte
        assert pkg.z.read(related["package"]) == z.read(
            "word/embeddings/Microsoft_Excel_Worksheet.xlsx")
    for target in related.values():
        assert target in pkg.names and pkg.content_type(target)


def test_smartart_is_carried_with_its_five_parts(tmp_path):
    pkg = Package(export(OBJECTS, tmp_path / "out.docx"))
    doc_rels = pkg.rels("word/document.xml")
    ids = list(pkg.document().iter(DGM_IDS))
    assert len(ids) == 1
    kinds = {}
    for attr in ("dm", "lo", "qs", "cs"):
        rtype, target = doc_rels[ids[0].get(R + attr)]
        kinds[rtype.rsplit("/", 1)[-1]] = target
        assert target in pkg.names and pkg.content_type(target)
    assert set(kinds) == {"diagramData", "diagramLayout", "diagramQuickStyle", "diagramColors"}
    # the data part names its drawing by a relationship of the document part: it resolves
    data = etree.fromstring(pkg.z.read(kinds["diagramData"]))
    ext = next(data.iter("{http://schemas.microsoft.com/office/drawing/2008/diagram}dataModelExt"))
    rtype, drawing = doc_rels[ext.get("relId")]
    assert rtype.endswith("/diagramDrawing") and "提出建议" in pkg.z.read(drawing).decode()


def test_ole_object_is_carried_with_embedding_and_picture(tmp_path):
    pkg = Package(export(OBJECTS, tmp_path / "out.docx"))
    doc_rels = pkg.rels("word/document.xml")
    root = pkg.document()
    ole = next(root.iter(OLE))
    rtype, embedding = doc_rels[ole.get(R + "id")]
    assert rtype.endswith("/oleObject")
    with zipfile.ZipFile(OBJECTS) as z:
        assert pkg.z.read(embedding) == z.read("word/embeddings/oleObject1.bin")
    _, picture = doc_rels[next(root.iter(IMAGEDATA)).get(R + "id")]
    assert pkg.z.read(picture).startswith(b"\x89PNG") and pkg.content_type(picture) == "image/png"
    # the object sits where it stood, between its words
    q = next(p for p in root.iter(W + "p") if "明细见附表" in body_text(p))
    assert q.find(".//" + W + "object") is not None and body_text(q).endswith("（双击打开）")


def test_text_box_words_are_in_the_exported_text(tmp_path):
    root = Package(export(OBJECTS, tmp_path / "out.docx")).document()
    q = next(p for p in root.iter(W + "p") if "见右侧文本框" in body_text(p))
    boxes = list(q.iter(TXBX))
    assert boxes and "一、框内的标题" in body_text(boxes[0])
    assert "3.框内第二行" in body_text(boxes[0])
    # no style, numbering or paragraph id of the original's that the export does not define
    styles = etree.fromstring(zipfile.ZipFile(tmp_path / "out.docx").read("word/styles.xml"))
    defined = {s.get(W + "styleId") for s in styles.iter(W + "style")}
    assert all(s.get(W + "val") in defined for s in root.iter(W + "pStyle", W + "rStyle"))


def test_every_part_has_a_type_every_relationship_a_part_and_ids_are_unique(tmp_path):
    z = export(OBJECTS, tmp_path / "out.docx")
    pkg = Package(z)
    assert len(pkg.names) == len(set(pkg.names))
    for name in pkg.names:
        if not name.endswith(".rels") and name != "[Content_Types].xml":
            assert pkg.content_type(name), name
        if name.endswith(".rels"):
            folder = posixpath.dirname(posixpath.dirname(name))
            source = posixpath.join(folder, posixpath.basename(name)[: -len(".rels")])
            for _rtype, target in pkg.rels(source).values():
                assert target in pkg.names, (name, target)
    root = pkg.document()
    doc_pr = [d.get("id") for d in root.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]
    assert len(doc_pr) == len(set(doc_pr))


def test_a_picture_and_a_carried_preview_do_not_collide(tmp_path):
    """The OLE object's preview picture also shown as an ordinary picture: the export writes the
    picture itself (word/media/imageN) and carries the preview; both are there, apart."""
    from app.writers.docx_images import _drawing_xml

    src = tmp_path / "both.docx"
    with zipfile.ZipFile(OBJECTS) as z, zipfile.ZipFile(src, "w") as out:
        for info in z.infolist():
            data = z.read(info)
            if info.filename == "word/document.xml":
                root = etree.fromstring(data)
                rid = next(root.iter(IMAGEDATA)).get(R + "id")
                picture = etree.fromstring(_drawing_xml(1, "p.png", rid, 45, 22))
                q = etree.SubElement(root.find(W + "body"), W + "p")
                etree.SubElement(q, W + "r").append(picture)
                root.find(W + "body").append(root.find(W + "body/" + W + "sectPr"))
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            out.writestr(info, data)
    pkg = Package(export(src, tmp_path / "out.docx"))
    doc_rels = pkg.rels("word/document.xml")
    root = pkg.document()
    blip = next(root.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}blip"))
    shown = doc_rels[blip.get(R + "embed")][1]
    preview = doc_rels[next(root.iter(IMAGEDATA)).get(R + "id")][1]
    assert shown != preview
    assert pkg.z.read(shown) == pkg.z.read(preview) and pkg.z.read(shown).startswith(b"\x89PNG")
    assert len(pkg.names) == len(set(pkg.names))


def test_linked_ole_object_is_named_in_one_chinese_line(tmp_path):
    notices: list[str] = []
    pkg = Package(export(DATA / "ob02_linked_ole.docx", tmp_path / "out.docx", notices))
    assert len(notices) == 1
    assert "嵌入对象" in notices[0] and "第 2 段" in notices[0] and "\n" not in notices[0]
    root = pkg.document()
    assert root.find(".//" + OLE) is None and "数据来自链接的表格：" in body_text(root)


def test_cli_export_prints_the_notice(tmp_path):
    out = tmp_path / "out.docx"
    res = subprocess.run([sys.executable, "-m", "reportdesk", "export",
                          str(DATA / "ob02_linked_ole.docx"), "-o", str(out)],
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert res.returncode == 0 and out.is_file()
    assert "未能带入第 2 段的嵌入对象" in res.stderr


def test_alt_chunks_are_exported_after_their_paragraphs(tmp_path):
    src = DATA / "ob03_altchunks.docx"
    pkg = Package(export(src, tmp_path / "out.docx"))
    body = pkg.document().find(W + "body")
    order = [("chunk" if el.tag == W + "altChunk" else body_text(el)) for el in body
             if el.tag in (W + "p", W + "altChunk")]
    assert order == ["前面一段正文。", "chunk", "中间一段正文。", "chunk", "chunk", "chunk",
                     "后面一段正文。"]
    doc_rels = pkg.rels("word/document.xml")
    with zipfile.ZipFile(src) as z:
        originals = [z.read(f"word/{n}") for n in
                     ("afchunk.htm", "afchunk2.mht", "afchunk3.rtf", "afchunk4.docx")]
    exported = [pkg.z.read(doc_rels[c.get(R + "id")][1]) for c in body.iter(W + "altChunk")]
    assert exported == originals


@pytest.mark.parametrize("name", ["ob01_chart_smartart_ole.docx", "ob02_linked_ole.docx",
                                  "ob03_altchunks.docx"])  # fmt: skip
def test_export_adds_no_validation_issue(tmp_path, name):
    if not (OOXML / "validate.py").is_file():
        pytest.skip("../shared/ooxml is absent")
    export(DATA / name, tmp_path / "out.docx")
    assert ooxml_issues(tmp_path / "out.docx") - ooxml_issues(DATA / name) == collections.Counter()


def test_real_ole_object_en06(tmp_path):
    src = SHARED / "realdocx" / "en06_poi_drawing.docx"
    if not src.is_file():
        pytest.skip("../shared/realdocx is absent")
    pkg = Package(export(src, tmp_path / "out.docx"))
    ole = next(pkg.document().iter(OLE))
    _, embedding = pkg.rels("word/document.xml")[ole.get(R + "id")]
    with zipfile.ZipFile(src) as z:
        assert pkg.z.read(embedding) == z.read("word/embeddings/oleObject1.bin")
    if (OOXML / "validate.py").is_file():
        assert ooxml_issues(tmp_path / "out.docx") - ooxml_issues(src) == collections.Counter()


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) or pdftotext not installed")
def test_libreoffice_draws_the_carried_chart_smartart_and_text_box(tmp_path):
    export(OBJECTS, tmp_path / "out.docx")
    libreoffice_pdf(tmp_path / "out.docx")
    text = subprocess.run(["pdftotext", str(tmp_path / "out.pdf"), "-"], capture_output=True,
                          text=True, timeout=60, check=True).stdout  # fmt: skip
    compact = "".join(text.split())
    assert "各季度完成情况" in compact  # the chart's title, drawn from the chart part
    assert "调查研究" in compact and "提出建议" in compact  # the SmartArt's boxes
    assert "框内的标题" in compact  # the text box


def test_a_chart_wider_than_the_text_is_scaled_to_it(tmp_path):
    """A chart from a landscape page (720 pt wide) would run 278 pt into the GB/T margin: it is
    scaled to the 156 mm text width, its proportions kept, as pictures are."""
    src = tmp_path / "wide.docx"
    with zipfile.ZipFile(OBJECTS) as z, zipfile.ZipFile(src, "w") as out:
        for info in z.infolist():
            data = z.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b'<wp:extent cx="4572000" cy="2743200"/>',
                                    b'<wp:extent cx="9144000" cy="4572000"/>')
            out.writestr(info, data)
    root = Package(export(src, tmp_path / "out.docx")).document()
    chart = next(root.iter(C_CHART))
    extent = next(a for a in chart.iterancestors() if a.tag.endswith("}inline")).find(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent")
    width_mm = int(extent.get("cx")) / 36000
    assert 155 <= width_mm <= 156.1
    assert abs(int(extent.get("cy")) * 2 - int(extent.get("cx"))) <= 2
