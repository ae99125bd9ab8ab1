"""The Word export keeps what a file's headers and footers say besides a page number (cn06 has
its signature lines in its footer; they were dropped for the house footer), and still numbers
its pages the GB/T 9704 way ("— N —", odd pages right, even pages left). A part that holds only
a page number gives way to the house number, as before."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
from lxml import etree

from app.engine import analyze
from app.readers import read_document
from app.writers.docx import write_docx
from tests.app.docx_build import REAL, real

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_NS = W[1:-1]
PAGE_FIELD = (f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="begin"/></w:r>',
              f'<w:r xmlns:w="{W_NS}"><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
              f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r xmlns:w="{W_NS}"><w:t>7</w:t></w:r>',
              f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip


def export(src: Path, tmp_path: Path) -> dict[str, bytes]:
    doc = read_document(src)
    out = tmp_path / "out.docx"
    write_docx(doc, out, analysis=analyze(doc, rules=()))
    with zipfile.ZipFile(out) as z:
        return {n: z.read(n) for n in z.namelist()}


def referenced(parts: dict[str, bytes], kind: str) -> dict[str, str]:
    """The body's w:type → text of the header/footer part it references (fields' codes left
    out, their results kept)."""
    body = etree.fromstring(parts["word/document.xml"])
    rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
    targets = {r.get("Id"): r.get("Target") for r in rels}
    sect = body.find(f"{W}body/{W}sectPr")
    out = {}
    for ref in sect.iter(f"{W}{kind}Reference"):
        root = etree.fromstring(parts["word/" + targets[ref.get(
            "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")]])
        out[ref.get(W + "type")] = "".join(t.text or "" for t in root.iter(W + "t"))
    return out


def page_fields(xml: bytes) -> int:
    return len(re.findall(rb"instrText[^>]*>\s*PAGE\s*<", xml))


def made(tmp_path: Path, header: str, footer: str, footer_page: bool) -> Path:
    """A .docx with ``header`` and ``footer`` text; ``footer_page``: a PAGE field after it."""
    d = docx.Document()
    d.add_paragraph("关于做好年度工作的通知")
    d.add_paragraph("各单位要认真做好年度工作。")
    section = d.sections[0]
    section.header.paragraphs[0].text = header
    p = section.footer.paragraphs[0]
    p.text = footer
    if footer_page:
        for xml in PAGE_FIELD:
            p._p.append(etree.fromstring(xml))
    path = tmp_path / "made.docx"
    d.save(path)
    return path


def test_cn06s_signature_lines_stay_in_its_footer_with_the_page_number(tmp_path):
    parts = export(real("cn06_word_xianchang_bilu.docx"), tmp_path)
    footers = referenced(parts, "footer")
    assert set(footers) == {"default", "even"}  # odd and even pages
    for text in footers.values():
        for signer in ("当事人", "见证人", "检查人员"):
            assert f"{signer}（签名或者盖章）" in text
        assert text.endswith("— 1 —")  # the house number, after the kept lines
    xml = {n: v for n, v in parts.items() if re.fullmatch(r"word/footer\d+\.xml", n)}
    assert all(page_fields(v) == 1 for v in xml.values())


def test_a_running_header_is_kept_on_odd_and_even_pages(tmp_path):
    parts = export(made(tmp_path, "某某市人民政府办公室文件", "", False), tmp_path)
    assert referenced(parts, "header") == {"default": "某某市人民政府办公室文件",
                                          "even": "某某市人民政府办公室文件"}  # fmt: skip
    assert referenced(parts, "footer") == {"default": "— 1 —", "even": "— 1 —"}


def test_a_page_number_footer_gives_way_to_the_house_number(tmp_path):
    parts = export(made(tmp_path, "", "- ", True), tmp_path)  # "- 7": only a page number
    assert referenced(parts, "footer") == {"default": "— 1 —", "even": "— 1 —"}
    assert referenced(parts, "header") == {}
    assert all(page_fields(v) == 1 for n, v in parts.items() if "footer" in n)


def test_a_footer_line_that_numbers_its_page_keeps_its_own_number(tmp_path):
    parts = export(made(tmp_path, "", "内部资料 注意保存 第", True), tmp_path)
    footers = referenced(parts, "footer")
    assert footers == {"default": "内部资料 注意保存 第1", "even": "内部资料 注意保存 第1"}
    assert all(page_fields(v) == 1 for n, v in parts.items() if "footer" in n)  # not twice


def test_a_computed_field_in_a_header_is_not_frozen_as_text(tmp_path):
    """en14's header is a STYLEREF whose result in the file is an error message."""
    path = made(tmp_path, "", "", False)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = next(n for n in parts if re.fullmatch(r"word/header\d+\.xml", n))
    styleref = (b'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> STYLEREF '
                b'"Title" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                b"<w:r><w:t>Error! No text of specified style in document.</w:t></w:r>"
                b'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')  # fmt: skip
    parts[name] = parts[name].replace(b"</w:p>", styleref, 1)
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert referenced(export(path, tmp_path), "header") == {}


def test_header_tabs_are_kept(tmp_path):
    parts = export(real("en12_poi_DiffFirstPageHeadFoot.docx"), tmp_path)
    header = parts["word/header1.xml"]
    assert b"First header column!" in header and header.count(b"<w:ptab ") == 2
    first = referenced(parts, "header")
    assert first["first"] == "I am the header on the first page, and I’m nice and simple"
    assert referenced(parts, "footer")["first"] == "The footer of the first page— 1 —"


def with_logo(tmp_path: Path, words: str, floating: bool = False) -> Path:
    """A .docx whose header holds a picture (a unit's logo) and ``words`` beside it."""
    import io

    from tests.app.docx_build import png

    d = docx.Document()
    d.add_paragraph("关于做好年度工作的通知")
    d.add_paragraph("各单位要认真做好年度工作。")
    p = d.sections[0].header.paragraphs[0]
    p.add_run().add_picture(io.BytesIO(png(120, 40)), width=docx.shared.Pt(90))
    p.add_run(words)
    if floating:  # as Word anchors a logo at the margin (cn12), with Word 2010's own ids
        inline = p._p.find(f".//{{{WP}}}inline")
        inline.tag = f"{{{WP}}}anchor"
        inline.set(f"{{{W14D}}}anchorId", "685C5B8D")
        for name, value in (("simplePos", "0"), ("relativeHeight", "1"), ("behindDoc", "0"),
                            ("locked", "0"), ("layoutInCell", "1"), ("allowOverlap", "1")):
            inline.set(name, value)
        inline.insert(0, etree.fromstring(f'<wp:simplePos xmlns:wp="{WP}" x="0" y="0"/>'))
        inline.insert(1, etree.fromstring(
            f'<wp:positionH xmlns:wp="{WP}" relativeFrom="column">'
            "<wp:posOffset>5114925</wp:posOffset></wp:positionH>"))
        inline.insert(2, etree.fromstring(
            f'<wp:positionV xmlns:wp="{WP}" relativeFrom="paragraph">'
            "<wp:posOffset>-264160</wp:posOffset></wp:positionV>"))
        inline.insert(4, etree.fromstring(f'<wp:wrapNone xmlns:wp="{WP}"/>'))
    path = tmp_path / "logo.docx"
    d.save(path)
    return path


WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
W14D = "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"


def test_a_logo_in_the_header_is_carried_with_its_image(tmp_path):
    from tests.app.docx_build import png

    parts = export(with_logo(tmp_path, "市场监督管理局"), tmp_path)
    headers = referenced(parts, "header")
    assert headers["default"] == "市场监督管理局"
    header = next(n for n in parts if re.fullmatch(r"word/header\d\.xml", n)
                  and b"blip" in parts[n])  # fmt: skip
    rels = etree.fromstring(parts[header.replace("word/", "word/_rels/") + ".rels"])
    embed = re.search(rb'r:embed="([^"]+)"', parts[header]).group(1).decode()
    target = next(r.get("Target") for r in rels if r.get("Id") == embed)
    assert parts["word/" + target] == png(120, 40)  # the same picture, byte for byte
    assert b'Extension="png"' in parts["[Content_Types].xml"]


def test_a_floating_logo_keeps_its_place_and_drops_word_2010_ids(tmp_path):
    parts = export(with_logo(tmp_path, "", floating=True), tmp_path)  # a logo alone
    header = next(n for n in parts if re.fullmatch(r"word/header\d\.xml", n)
                  and b"blip" in parts[n])  # fmt: skip
    xml = parts[header]
    assert b"<wp:anchor" in xml and b"<wp:posOffset>5114925</wp:posOffset>" in xml
    assert b"anchorId" not in xml and W14D.encode() not in xml  # no undeclared extensions
    body_ids = re.findall(rb'<wp:docPr id="(\d+)"', parts["word/document.xml"])
    assert not set(body_ids) & set(re.findall(rb'<wp:docPr id="(\d+)"', xml))
    validator = REAL.parent / "ooxml" / "validate.py"
    if validator.is_file():  # what Word accepts (../shared/ooxml), when the folder is there
        checked = subprocess.run([sys.executable, str(validator), str(tmp_path / "out.docx")],
                                 capture_output=True, text=True, timeout=120)  # fmt: skip
        assert checked.returncode == 0, checked.stdout[-2000:]


def with_tab_stops(tmp_path: Path) -> Path:
    """A .docx whose header line "内部资料⇥注意保存⇥编号" has stops of its own: left at
    100 pt, right at 300 pt."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    d = docx.Document()
    d.add_paragraph("关于做好年度工作的通知")
    p = d.sections[0].header.paragraphs[0]
    p.text = "内部资料\t注意保存\t编号"
    p.paragraph_format.tab_stops.add_tab_stop(Pt(100))
    p.paragraph_format.tab_stops.add_tab_stop(Pt(300), WD_TAB_ALIGNMENT.RIGHT)
    path = tmp_path / "tabs.docx"
    d.save(path)
    return path


def test_a_header_line_with_tab_stops_of_its_own_is_exported_with_them(tmp_path):
    """A header paragraph with its own w:tabs (a left stop, a right one) was a save failure
    (the stops' XML lost its prefix's declaration); the export keeps them as the file had."""
    parts = export(with_tab_stops(tmp_path), tmp_path)
    assert referenced(parts, "header")["default"] == "内部资料注意保存编号"  # (w:t only)
    header = next(v for n, v in parts.items() if re.fullmatch(r"word/header\d+\.xml", n)
                  and b"\xe5\x86\x85\xe9\x83\xa8" in v)  # fmt: skip
    stops = etree.fromstring(header).findall(f".//{W}tabs/{W}tab")
    assert [(t.get(f"{W}val"), t.get(f"{W}pos")) for t in stops] == [
        ("left", "2000"), ("right", "6000")]


def test_a_page_field_inside_another_fields_code_and_a_ruby_guide_are_not_header_text(
        tmp_path):  # fmt: skip
    """{ IF { PAGE } = 1 "首页" "续页" } is one IF field (its result computed in the original,
    left out as other fields' results are): the PAGE in its code is not a page number of the
    line; a ruby's guide (gōng over 公) is not the line's text, its base is."""
    field = ("<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> IF </w:instrText>"
             "</w:r><w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> PAGE "
             "</w:instrText></w:r><w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>1"
             "</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r><w:r><w:instrText> = 1 "
             "首页 续页</w:instrText></w:r><w:r><w:fldChar w:fldCharType='separate'/></w:r>"
             "<w:r><w:t>首页</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>")
    ruby = ("<w:r><w:ruby><w:rubyPr><w:hps w:val='10'/><w:hpsRaise w:val='18'/>"
            "<w:hpsBaseText w:val='21'/><w:lid w:val='zh-CN'/></w:rubyPr><w:rt><w:r><w:t>gōng"
            "</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>公</w:t></w:r></w:rubyBase></w:ruby></w:r>")
    d = docx.Document()
    d.add_paragraph("关于做好年度工作的通知")
    p = d.sections[0].header.paragraphs[0]
    for xml in re.findall(r"<w:r>.*?</w:r>(?=<w:r>|$)", field + ruby):
        p._p.append(etree.fromstring(xml.replace("<w:r>", f'<w:r xmlns:w="{W_NS}">', 1)))
    p.add_run("文报告")
    src = tmp_path / "nested.docx"
    d.save(src)
    parts = export(src, tmp_path)
    assert referenced(parts, "header")["default"] == "公文报告"
    headers = [v for n, v in parts.items() if re.fullmatch(r"word/header\d+\.xml", n)]
    assert headers and not any(b"PAGE" in v for v in headers)  # no page number in the header
