"""Word auto-numbers counted again after edits (app.docx.renumber_view) and saved as Word's own
numbering (app.docx.body_patch). The expected numbers are Word's rules (ECMA-376 §17.9): items
after a deleted or un-numbered one move up, a lower level restarts after a higher one, a
w:startOverride restarts its list where that w:num is first used."""

from __future__ import annotations

import zipfile

from lxml import etree

from app.docx.renumber_view import numbers, renumber, stale
from app.docx.save import save_docx
from app.model import Span
from app.readers.docx import read_docx
from tests.app.docx_build import W
from tests.app.test_docx_reader import make_docx, p

DECIMAL = (
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:suff w:val="nothing"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>'
)


def num(num_id: int = 1, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def read(tmp_path, body: str, name: str = "t.docx"):
    return read_docx(make_docx(tmp_path, body, numbering=DECIMAL, name=name))


def saved(doc, tmp_path, name: str = "out.docx"):
    out = tmp_path / name
    save_docx(doc, out, author="审校员")
    return out


def xml_of(path, text: str) -> bytes:
    """The w:p of ``path`` whose w:t text is ``text`` (serialised)."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    for el in root.iter(W + "p"):
        if "".join(t.text or "" for t in el.iter(W + "t")) == text:
            return etree.tostring(el)
    raise AssertionError(text)


def by_text(doc, text: str):
    return next(q for q in doc.paragraphs if q.text.endswith(text))


def test_deleting_item_two_makes_item_three_show_two(tmp_path):
    doc = read(tmp_path, p("甲", num()) + p("乙", num()) + p("丙", num()) + p("正文"))
    assert doc.texts == ["1.甲", "2.乙", "3.丙", "正文"]
    assert stale(doc) == []
    doc.paragraphs.remove(by_text(doc, "乙"))
    assert [(k, n.shown, n.now) for k, n in stale(doc)] == [(1, "3.", "2.")]
    assert renumber(doc) == [1]
    assert doc.texts == ["1.甲", "2.丙", "正文"]
    assert doc.paragraphs[1].auto_number_len == 2
    assert stale(doc) == []
    original = make_docx(tmp_path, p("甲", num()) + p("乙", num()) + p("丙", num()) + p("正文"),
                         numbering=DECIMAL, name="orig.docx")  # fmt: skip
    out = saved(doc, tmp_path)
    again = read_docx(out)
    assert again.texts == ["1.甲", "2.丙", "正文"]  # the file says what the model shows
    assert [q.auto_number_len for q in again.paragraphs] == [2, 2, 0]  # numbering stays on
    assert xml_of(out, "丙") == xml_of(original, "丙")  # a re-counted number is no edit


def test_not_renumbered_the_file_still_renumbers(tmp_path):
    """Without the re-count (the CLI), the stale prefix is the paragraph's own number: Save
    keeps the numbering and Word counts again."""
    doc = read(tmp_path, p("甲", num()) + p("乙", num()) + p("丙", num()))
    doc.paragraphs.pop(1)
    again = read_docx(saved(doc, tmp_path))
    assert again.texts == ["1.甲", "2.丙"]


def test_numbering_turned_off_on_one_item(tmp_path):
    doc = read(tmp_path, p("甲", num()) + p("乙", num()) + p("丙", num()) + p("丁", num()))
    item = doc.paragraphs[1]
    item.text = "2a.乙"  # typed inside the number: it becomes text, the numbering goes off
    found = numbers(doc)
    assert item.id not in found
    assert [(k, n.shown, n.now) for k, n in stale(doc)] == [(2, "3.", "2."), (3, "4.", "3.")]
    renumber(doc)
    assert doc.texts == ["1.甲", "2a.乙", "2.丙", "3.丁"]
    again = read_docx(saved(doc, tmp_path))
    assert again.texts == ["1.甲", "2a.乙", "2.丙", "3.丁"]
    assert [q.auto_number_len for q in again.paragraphs] == [2, 0, 2, 2]


def test_typing_into_a_recounted_number_turns_it_off(tmp_path):
    doc = read(tmp_path, p("甲", num()) + p("乙", num()) + p("丙", num()))
    doc.paragraphs.pop(0)
    renumber(doc)
    assert doc.texts == ["1.乙", "2.丙"]
    doc.paragraphs[1].text = "3.丙"  # the reader's number, typed back: now the user's text
    assert stale(doc) == []
    doc.paragraphs[0].text = "1.乙改"  # an edit after a re-counted number keeps it
    again = read_docx(saved(doc, tmp_path))
    assert again.texts == ["1.乙改", "3.丙"]
    assert [q.auto_number_len for q in again.paragraphs] == [2, 0]


def test_nested_levels(tmp_path):
    body = (p("A", num(1, 0)) + p("a", num(1, 1)) + p("b", num(1, 1)) + p("B", num(1, 0))
            + p("c", num(1, 1)))  # fmt: skip
    doc = read(tmp_path, body)
    assert doc.texts == ["1.A", "（一）a", "（二）b", "2.B", "（一）c"]
    doc.paragraphs.remove(by_text(doc, "a"))
    renumber(doc)
    assert doc.texts == ["1.A", "（一）b", "2.B", "（一）c"]
    doc.paragraphs.remove(by_text(doc, "A"))
    renumber(doc)  # no level 0 before: level 1 counts from its start; B is the first item
    assert doc.texts == ["（一）b", "1.B", "（一）c"]
    again = read_docx(saved(doc, tmp_path))
    assert again.texts == doc.texts


def test_restart_by_start_override(tmp_path):
    """numId 2 shares list 0 with numId 1 and restarts it at 1 where it is first used."""
    body = p("A", num(1)) + p("B", num(1)) + p("C", num(2)) + p("D", num(2)) + p("E", num(1))
    doc = read(tmp_path, body)
    assert doc.texts == ["1.A", "2.B", "1.C", "2.D", "3.E"]
    doc.paragraphs.remove(by_text(doc, "B"))
    assert stale(doc) == []  # C still restarts
    doc.paragraphs.remove(by_text(doc, "C"))
    renumber(doc)  # D is numId 2's first paragraph now: the restart moves to it
    assert doc.texts == ["1.A", "1.D", "2.E"]
    again = read_docx(saved(doc, tmp_path))
    assert again.texts == doc.texts


def test_moved_item_counts_where_it_now_is(tmp_path):
    doc = read(tmp_path, p("甲", num()) + p("乙", num()) + p("丙", num()))
    doc.paragraphs.append(doc.paragraphs.pop(0))
    renumber(doc)
    assert doc.texts == ["1.乙", "2.丙", "3.甲"]
    again = read_docx(saved(doc, tmp_path))
    assert again.texts == doc.texts


def test_a_longer_or_shorter_number_moves_the_formatting_after_it(tmp_path):
    body = "".join(p(f"第{k}项", num(3)) for k in range(1, 12))
    doc = read(tmp_path, body)
    last = doc.paragraphs[-1]
    assert last.text == "十一、第11项"
    last.spans = [Span(4, 6, bold=True)]  # 11项
    doc.paragraphs.pop(0)
    renumber(doc)
    assert last.text == "十、第11项" and last.auto_number_len == 2
    assert [(s.start, s.end, s.bold) for s in last.spans] == [(3, 5, True)]
    again = read_docx(saved(doc, tmp_path))
    assert again.texts == doc.texts
    assert [(s.start, s.end, s.bold) for s in again.paragraphs[-1].spans] == [(3, 5, True)]


def test_new_paragraph_carries_no_number(tmp_path):
    from app.model import Paragraph

    doc = read(tmp_path, p("甲", num()) + p("乙", num()))
    doc.paragraphs.insert(1, Paragraph("3.插入"))
    assert stale(doc) == [] and doc.paragraphs[1].id not in numbers(doc)


INDENTED = (
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:pPr><w:ind w:left="1260" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)


def ind_of(path, text: str) -> dict[str, str] | None:
    """The w:ind of the w:p of ``path`` whose text (w:t) ends with ``text``."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    el = next(q for q in root.iter(W + "p")
              if "".join(t.text or "" for t in q.iter(W + "t")).endswith(text))  # fmt: skip
    ind = el.find(f"{W}pPr/{W}ind")
    return None if ind is None else {k.split("}")[1]: v for k, v in ind.attrib.items()}


def test_a_number_turned_into_text_keeps_the_lists_indentation(tmp_path):
    """The list level puts its items 1260 twips in with a 420 hanging number: when the user's
    edit (or a fix) turns an item's number into text, the item stays where it was on the page
    instead of jumping to the margin; its neighbours keep their numbering untouched."""
    body = (p("甲", num()) + p("乙", num())
            + p("丙", num() + '<w:ind w:left="600"/>'))  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body, numbering=INDENTED))
    assert doc.texts == ["1.\t甲", "2.\t乙", "3.\t丙"]
    doc.paragraphs[1].text = "5.\t乙"  # typed over the number
    doc.paragraphs[2].text = "6.\t丙"  # its own indentation: that one wins, as before
    out = saved(doc, tmp_path)
    assert ind_of(out, "乙") == {"left": "1260", "hanging": "420"}
    assert ind_of(out, "丙") == {"left": "600"}
    assert ind_of(out, "甲") is None  # still numbered: the list gives the indentation
    again = read_docx(out)
    assert again.texts == ["1.\t甲", "5.\t乙", "6.\t丙"]
    assert [q.auto_number_len for q in again.paragraphs] == [3, 0, 0]
