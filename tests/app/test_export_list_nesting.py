"""A Word list's nesting survives the official-format export: a second-level item ("a. 2-a" under
"2. Entry") sits further in than its parent, as in the file (en10 came out flat); a one-level
list keeps the house layout (no left indent)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from lxml import etree

from app.engine import analyze
from app.readers import read_document
from app.writers.docx import write_docx
from tests.app.docx_build import real

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_NS = W[1:-1]
NUMBERING = f"""<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="7">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>
<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/>
<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/>
<w:pPr><w:ind w:left="2160" w:hanging="180"/></w:pPr></w:lvl>
</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num></w:numbering>"""


def made(tmp_path: Path, items: list[tuple[str, int]]) -> Path:
    """A .docx with a title and one list: (text, level) per item, numbered in its w:numPr."""
    d = docx.Document()
    d.add_paragraph("关于做好年度工作的通知")
    for text, level in items:
        p = d.add_paragraph(text)
        ppr = p._p.get_or_add_pPr()
        ppr.append(etree.fromstring(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/>'
                                    f'<w:numId w:val="5"/></w:numPr>'))  # fmt: skip
    numbering = d.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in etree.fromstring(NUMBERING):
        numbering.append(child)
    path = tmp_path / "list.docx"
    d.save(path)
    return path


def left_indents(src: Path, tmp_path: Path) -> dict[str, float]:
    """Exported paragraph text → its left indent in characters (0 when none is written)."""
    doc = read_document(src)
    out = tmp_path / "out.docx"
    write_docx(doc, out, analysis=analyze(doc, rules=()))
    with zipfile.ZipFile(out) as z:
        body = etree.fromstring(z.read("word/document.xml"))
    found = {}
    for p in body.iter(W + "p"):
        ind = p.find(f"{W}pPr/{W}ind")
        chars = ind.get(W + "leftChars") if ind is not None else None
        found["".join(p.itertext())] = int(chars) / 100 if chars else 0.0
    return found


def test_each_list_level_sits_further_in(tmp_path):
    items = [("加强组织领导", 0), ("成立工作专班", 1), ("明确分工", 2), ("压实责任", 1),
             ("强化督促检查", 0)]  # fmt: skip
    found = left_indents(made(tmp_path, items), tmp_path)
    one, a, i, b, two = (found[k] for k in ("1.加强组织领导", "a.成立工作专班",
                                             "i.明确分工", "b.压实责任", "2.强化督促检查"))
    assert one == two == 0.0  # the first level: the house layout
    assert 2.0 <= a == b < i  # each level further in (36 pt = 2¼ characters of 16 pt)
    assert i - a == a


def test_a_one_level_list_keeps_the_house_layout(tmp_path):
    found = left_indents(made(tmp_path, [("第一项", 0), ("第二项", 0)]), tmp_path)
    assert found["1.第一项"] == found["2.第二项"] == 0.0


def test_en10s_nested_items_are_indented(tmp_path):
    found = left_indents(real("en10_poi_ComplexNumberedLists.docx"), tmp_path)
    assert found["a.2-a"] > found["2.Entry #2, with children"] == 0.0
