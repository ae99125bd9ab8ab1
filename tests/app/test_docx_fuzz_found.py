"""What the window fuzz (bench/fuzz_window.py) found, made small: after any edits, the saved
file holds the text the editor showed, and no revision id twice.

Each test replays, on the engine, the model changes that the window makes for one user action
(typing is ``record_edit`` with 修订 on, as ui/track_recorder.py calls it; a deletion across
paragraphs merges them in the model and drops the rest)."""

from __future__ import annotations

import re
import zipfile

from app.docx.save import save_docx
from app.model import Document, Paragraph
from app.readers.docx import read_docx
from app.revisions_record import ParagraphState, record_edit
from tests.app.docx_build import NUMBERING, W, body_of
from tests.app.test_docx_reader import make_docx, p, r

NUM = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
SECT = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'


def _type(doc: Document, q: Paragraph, text: str, author: str = "审校员") -> None:
    """What the window does for one edit with 修订 on: the editor's text, then the recording."""
    before = ParagraphState.of(q)
    q.text = text
    record_edit(doc, q, before, author)


def _saved(doc: Document, tmp_path, name: str = "out.docx") -> Document:
    out = tmp_path / name
    save_docx(doc, out, author="审校员")
    return read_docx(out)


def test_typing_inside_a_number_then_tracked_typing_keeps_every_character(tmp_path):
    # A colleague's insertion in a numbered paragraph; the reviewer (修订 on) deletes a word,
    # types inside the rendered number "一、", then types again after it (en01, seed 3).
    body = ("<w:p><w:pPr>" + NUM + '</w:pPr><w:ins w:id="1" w:author="pavel">'
            + r("总体要求和目标") + "</w:ins></w:p>")  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body, numbering=NUMBERING))
    q = doc.paragraphs[0]
    assert q.text == "一、总体要求和目标"
    _type(doc, q, "一、总体目标")  # deleting "要求和" (recorded)
    _type(doc, q, "一abc、总体目标")  # typed inside the number
    _type(doc, q, "一abc、总体目标明确")  # typed at the end (recorded)
    assert q.text == "一abc、总体目标明确"
    again = _saved(doc, tmp_path)
    assert again.paragraphs[0].text == "一abc、总体目标明确"
    assert "pavel" in {rev.author for rev in again.paragraphs[0].revisions}
    assert "审校员" in {rev.author for rev in again.paragraphs[0].revisions}


def test_deleting_inside_a_number_and_undoing_keeps_the_numbering(tmp_path):
    # 修订 on: the "、" of the number deleted, then Undo (en10, seed 1).
    doc = read_docx(make_docx(tmp_path, p("总体要求", NUM) + p("主要任务", NUM),
                              numbering=NUMBERING))  # fmt: skip
    q = doc.paragraphs[1]
    assert q.text == "二、主要任务"
    _type(doc, q, "二主要任务")
    _type(doc, q, "二、主要任务")  # the editor's undo
    again = _saved(doc, tmp_path)
    assert again.texts == ["一、总体要求", "二、主要任务"]
    assert again.paragraphs[1].auto_number_len == 2  # still Word's numbering, not typed text
    second = body_of(tmp_path / "out.docx").findall(W + "p")[1]
    assert second.find(f"{W}pPr/{W}numPr/{W}numId").get(W + "val") == "1"
    assert not list(second.iter(W + "ins", W + "del"))


def test_deleting_inside_a_number_with_tracking_on_saves_what_is_shown(tmp_path):
    doc = read_docx(make_docx(tmp_path, p("总体要求", NUM) + p("主要任务", NUM),
                              numbering=NUMBERING))  # fmt: skip
    q = doc.paragraphs[1]
    _type(doc, q, "二主要任务")
    _type(doc, q, "二主要任务。")  # and a tracked edit after it
    again = _saved(doc, tmp_path)
    assert again.texts == ["一、总体要求", "二主要任务。"]


def test_revision_ids_stay_unique_when_a_colleagues_format_change_is_split(tmp_path):
    # A run whose formatting change is a colleague's (w:rPrChange id 5): bolding part of it
    # splits the run at Save, and the copy needs an id of its own, while a later paragraph holds
    # the ids that recording with 修订 on gave out (en01, seed 3: "revision id 103 used 2
    # times").
    from app.model import Span

    change = '<w:rPrChange w:id="5" w:author="pavel"><w:rPr/></w:rPrChange>'
    body = "<w:p>" + r("第一段文字", "<w:i/>" + change) + "</w:p>" + p("第二段")
    doc = read_docx(make_docx(tmp_path, body))
    first, second = doc.paragraphs
    _type(doc, second, "第二段补充")
    first.spans = [Span(0, 5, italic=True), Span(0, 2, bold=True)]
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    with zipfile.ZipFile(tmp_path / "out.docx") as z:
        xml = z.read("word/document.xml").decode()
    ids = re.findall(r'<w:(?:ins|del|rPrChange|pPrChange)\b[^>]*\bw:id="(\d+)"', xml)
    assert len(ids) >= 3 and len(ids) == len(set(ids))
    assert read_docx(tmp_path / "out.docx").texts == ["第一段文字", "第二段补充"]


def test_deleting_across_section_breaks_leaves_no_hidden_paragraph(tmp_path):
    # Paragraphs holding section breaks (en19): a selection from "一" to "三" deleted in the
    # editor joins 一 and 三; the two breaks in between go with their paragraphs.
    body = (p("第一节") + p("", SECT) + p("第二节") + p("", SECT) + p("第三节") + p("", SECT)
            + p("第四节"))  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body))
    texts = doc.texts
    assert texts == ["第一节", "", "第二节", "", "第三节", "", "第四节"]
    first = doc.paragraphs[0]
    first.text = "第一三节"  # "节…第" deleted: 一 and 三 joined
    del doc.paragraphs[1:5]
    again = _saved(doc, tmp_path)
    assert again.texts == ["第一三节", "", "第四节"]
    breaks = [q for q in body_of(tmp_path / "out.docx").iter(W + "p")
              if q.find(f"{W}pPr/{W}sectPr") is not None]  # fmt: skip
    assert len(breaks) >= 1  # a break stays; the page setup of the sections is not lost
