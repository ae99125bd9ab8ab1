"""Typing into a content control that shows its placeholder makes the text the control's content,
as Word does: the saved file drops w:showingPlcHdr and the grey "Placeholder Text" style there.
Before, both stayed: Word took the user's words for the prompt (grey, selected whole on a click
and replaced by the first key pressed)."""

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
