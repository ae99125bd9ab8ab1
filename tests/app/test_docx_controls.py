"""Content controls (w:sdt) through the save.

Typing into a control that shows its placeholder makes the text the control's content, as Word
does: the saved file drops w:showingPlcHdr and the grey "Placeholder Text" style there. Before,
both stayed: Word took the user's words for the prompt (grey, selected whole on a click and
replaced by the first key pressed). A control of one paragraph (plain text) gets no second one."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.docx.save import save_docx
from app.readers.docx import read_docx

DATA = Path(__file__).resolve().parents[1] / "data" / "wordcraft"
OOXML = Path(__file__).resolve().parents[3] / "shared" / "ooxml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PROMPT = "单击或点击此处输入文字。"


def controls(path: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    sdts = root.iter(W + "sdt")
    return {sdt.find(W + "sdtPr").find(W + "id").get(W + "val"): sdt for sdt in sdts}


def showing(sdt: etree._Element) -> bool:
    return sdt.find(W + "sdtPr").find(W + "showingPlcHdr") is not None


def grey_runs(sdt: etree._Element) -> int:
    return sum(1 for s in sdt.find(W + "sdtContent").iter(W + "rStyle") if s.get(W + "val") == "a3")


def test_replacing_a_block_placeholder_fills_the_control(tmp_path):
    src = DATA / "wc01_content_controls.docx"
    doc = read_docx(src)
    p = doc.paragraphs[1]
    assert p.text == PROMPT
    p.text = "本报告由办公室起草。"
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    sdts = controls(out)
    assert not showing(sdts["101"]) and grey_runs(sdts["101"]) == 0
    # the run-level control still showing its prompt in another paragraph stays a prompt
    assert showing(sdts["106"]) and grey_runs(sdts["106"]) == 1
    assert read_docx(out).texts == doc.texts


def test_typing_into_a_run_placeholder_fills_only_that_control(tmp_path):
    src = DATA / "wc01_content_controls.docx"
    doc = read_docx(src)
    p = doc.paragraphs[3]
    assert p.text == "联系人：" + PROMPT + "。"
    p.text = "联系人：张三。"
    doc.paragraphs[2].text = doc.paragraphs[2].text.replace("发文单位", "来文单位")
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    sdts = controls(out)
    assert not showing(sdts["106"]) and grey_runs(sdts["106"]) == 0
    assert "".join(t.text for t in sdts["106"].iter(W + "t")) == "张三"
    assert showing(sdts["101"])  # not edited: still the prompt
    before = controls(src)
    for sid in ("102", "103", "104", "105"):  # the edited paragraph's other controls: as they were
        assert etree.tostring(sdts[sid]) == etree.tostring(before[sid])
    assert read_docx(out).texts == doc.texts


def test_filled_control_adds_no_validation_issue(tmp_path):
    if not (OOXML / "validate.py").is_file():
        pytest.skip("../shared/ooxml is absent")
    sys.path.insert(0, str(OOXML))
    import validate

    src = DATA / "wc01_content_controls.docx"
    doc = read_docx(src)
    doc.paragraphs[1].text = "本报告由办公室起草。"
    doc.paragraphs[3].text = "联系人：张三。"
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")

    def issues(f: Path) -> set[tuple[str, str, str]]:
        res = validate.check_file(str(f))
        return {(i["check"], i["part"], i["msg"]) for i in res["issues"] if i["sev"] != "INFO"}

    assert issues(out) - issues(src) == set()


def test_a_new_paragraph_after_a_plain_text_control_goes_after_it(tmp_path):
    """A plain-text control holds one paragraph (ECMA-376 17.5.2.44); Enter at the end of its
    paragraph used to put the new one inside it, a file Word need not accept."""
    from app.model import Paragraph

    src = DATA / "wc01_content_controls.docx"
    doc = read_docx(src)
    doc.paragraphs.insert(2, Paragraph("新增的一段。"))
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    sdt = controls(out)["101"]
    assert len(sdt.find(W + "sdtContent").findall(W + "p")) == 1
    nxt = sdt.getnext()
    assert nxt.tag == W + "p" and "".join(nxt.itertext()) == "新增的一段。"
    assert read_docx(out).texts == doc.texts


def test_a_rich_text_control_takes_the_new_paragraph_in(tmp_path):
    """A rich-text control (no type) may hold many paragraphs: the new one stays in it, as
    after Enter in Word."""
    from app.model import Paragraph
    from tests.app.test_docx_reader import make_docx, p

    body = ('<w:sdt><w:sdtPr><w:id w:val="5"/></w:sdtPr><w:sdtContent>' + p("控件里的一段。")
            + "</w:sdtContent></w:sdt>" + p("控件外的一段。"))  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body))
    doc.paragraphs.insert(1, Paragraph("新增的一段。"))
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    content = root.find(f".//{W}sdtContent")
    inside = ["".join(q.itertext()) for q in content.findall(W + "p")]
    assert inside == ["控件里的一段。", "新增的一段。"]
    assert read_docx(out).texts == doc.texts


def test_a_tracked_edit_in_a_placeholder_fills_the_control(tmp_path):
    """With 修订 on, replacing the prompt records its deletion (and the reviewer's insertion);
    the prompt is no longer the control's text, so it shows no placeholder either (with the flag
    kept, Word showed the prompt again over the tracked deletion)."""
    from app import revisions

    src = DATA / "wc01_content_controls.docx"
    doc = read_docx(src)
    p = doc.paragraphs[3]
    start = p.text.index(PROMPT)
    revisions.track_replace(doc, p.id, start, start + len(PROMPT), "张三", "审校员",
                            "2026-12-05T00:00:00Z")  # fmt: skip
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    sdts = controls(out)
    assert not showing(sdts["106"])
    assert showing(sdts["101"])  # not edited
    para = next(sdts["106"].iterancestors(W + "p"))
    assert ["".join(t.text for t in i.iter(W + "t")) for i in para.iter(W + "ins")] == ["张三"]
    assert read_docx(out).texts[3] == "联系人：张三。"
