"""An edit in a content control bound to XML data (w:dataBinding) goes into that data too: Word
fills bound controls from their data store each time it opens the file, so a save that changed
only the text came back in Word with the old value (the edit silently undone)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from app.docx.save import save_docx
from app.readers.docx import read_docx
from tests.app.test_docx_reader import make_docx, p, r

DATA = Path(__file__).resolve().parents[1] / "data" / "wordcraft"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC = "{http://purl.org/dc/elements/1.1/}"
CORE_ID = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"
CORE_MAP = ("xmlns:ns0='http://purl.org/dc/elements/1.1/' xmlns:ns1='http://schemas."
            "openxmlformats.org/package/2006/metadata/core-properties'")  # fmt: skip


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def test_edit_in_a_bound_control_updates_its_custom_xml(tmp_path):
    src = DATA / "wc01_content_controls.docx"  # 发文单位 bound to /root/unit of customXml/item1
    doc = read_docx(src)
    q = doc.paragraphs[2]
    q.text = q.text.replace("市信访局", "市政府办公室")
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    unit = part(out, "customXml/item1.xml").find("{urn:reportdesk-test:binding}unit")
    assert unit is not None and unit.text == "市政府办公室"
    date = part(out, "customXml/item1.xml").find("{urn:reportdesk-test:binding}date")
    assert date is not None and date.text == "2026年11月3日"  # not edited: as it was
    sdt = next(s for s in part(out, "word/document.xml").iter(W + "sdt")
               if s.find(W + "sdtPr/" + W + "dataBinding") is not None)  # fmt: skip
    assert "".join(t.text for t in sdt.iter(W + "t")) == "市政府办公室"  # still bound
    assert read_docx(out).texts == doc.texts


def bound_title(text: str) -> str:
    return ("<w:p><w:sdt><w:sdtPr><w:alias w:val=\"标题\"/><w:id w:val=\"7\"/>"
            f'<w:dataBinding w:prefixMappings="{CORE_MAP}" '
            f'w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{CORE_ID}"/>'
            f"<w:text/></w:sdtPr><w:sdtContent>{r(text)}</w:sdtContent></w:sdt></w:p>")  # fmt: skip


def test_cover_title_bound_to_the_core_properties(tmp_path):
    src = make_docx(tmp_path, bound_title("关于信访工作的报告") + p("正文。"))
    doc = read_docx(src)
    doc.paragraphs[0].text = "关于2026年信访工作的报告"
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    title = part(out, "docProps/core.xml").find(DC + "title")
    assert title is not None and title.text == "关于2026年信访工作的报告"
    assert read_docx(out).texts[0] == "关于2026年信访工作的报告"


def test_a_binding_to_nothing_is_dropped_so_word_keeps_the_text(tmp_path):
    missing = bound_title("旧标题").replace(CORE_ID, "{00000000-0000-0000-0000-000000000000}")
    src = make_docx(tmp_path, missing + p("正文。"))
    doc = read_docx(src)
    doc.paragraphs[0].text = "新标题"
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    body = part(out, "word/document.xml")
    assert body.find(f".//{W}dataBinding") is None
    assert read_docx(out).texts[0] == "新标题"


def test_untouched_bound_control_changes_nothing(tmp_path):
    src = make_docx(tmp_path, bound_title("关于信访工作的报告") + p("正文。"))
    doc = read_docx(src)
    doc.paragraphs[1].text = "正文有改动。"
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    def title(path: Path) -> str | None:
        el = part(path, "docProps/core.xml").find(DC + "title")
        return None if el is None else el.text

    assert title(out) == title(src)
    assert part(out, "word/document.xml").find(f".//{W}dataBinding") is not None
