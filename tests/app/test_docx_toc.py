"""A table of contents is no second copy of the headings.

Word's TOC is a field whose result is one paragraph per heading ("一、总体情况\\t1", styles
"toc 1" …); read as text, each entry looked like a heading, so the outline held every heading
twice and the numbering check reported the real "一、" as a restart (序号重新从"一、"开始, an
error on a correct document). The reader gives TOC paragraphs the body role, fixed
(app/docx/toc.py): found by the TOC field's extent, or by the TOC styles when the field was
turned into text."""

from __future__ import annotations

from pathlib import Path

from app.engine import analyze
from app.model import Role
from app.readers.docx import read_docx
from tests.app.test_docx_reader import make_docx, p, r

DATA = Path(__file__).resolve().parents[1] / "data" / "wordcraft"
HEADS = ["一、总体情况", "二、存在问题", "三、下一步打算"]


def numbering_findings(doc):
    return [f for f in analyze(doc).findings if f.rule.startswith("numbering")]


def test_word_toc_entries_are_not_headings():
    doc = read_docx(DATA / "wc02_fields.docx")  # a TOC in its content control, as Word 2016
    entries = [q for q in doc.paragraphs if "\t" in q.text and q.text.split("\t")[0] in HEADS]
    assert len(entries) == 3
    analysis = analyze(doc)
    assert [doc.paragraphs[h.index].text for h in analysis.headings] == HEADS  # once each
    assert not [f for f in analysis.findings if f.rule.startswith("numbering")]
    assert all(analysis.roles[doc.paragraphs.index(q)] is Role.BODY for q in entries)


def toc_field(entries: list[str], ppr: str = "") -> str:
    """A TOC field over ``entries`` without \\h: the middle entries hold no field character."""
    begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')  # fmt: skip
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    props = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    out = []
    for k, text in enumerate(entries):
        head = begin if k == 0 else ""
        tail = end if k == len(entries) - 1 else ""
        out.append(f"<w:p>{props}{head}{r(text)}<w:r><w:tab/></w:r>{r(str(k + 1))}{tail}</w:p>")
    return "".join(out)


BODY_AFTER = "".join(p(h) + p(f"这是第{k + 1}部分的正文，内容完整。") for k, h in enumerate(HEADS))


def test_toc_field_without_styles_is_found_by_its_extent(tmp_path):
    body = p("关于信访工作的报告") + toc_field(HEADS) + BODY_AFTER
    doc = read_docx(make_docx(tmp_path, body))
    assert [q.role for q in doc.paragraphs[1:4]] == [Role.BODY] * 3
    assert all(q.role_fixed for q in doc.paragraphs[1:4])
    assert doc.paragraphs[4].role is None  # the field ended: the headings are left to the parser
    assert not numbering_findings(doc)
    assert [doc.paragraphs[h.index].text for h in analyze(doc).headings] == HEADS


def test_toc_turned_into_text_is_found_by_its_styles(tmp_path):
    styles = ('<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="TOCHead"><w:name w:val="TOC Heading"/>'
              '<w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>')  # fmt: skip
    entries = "".join(p(f"{h}\u3000{k + 1}", '<w:pStyle w:val="TOC1"/>')
                      for k, h in enumerate(HEADS))  # fmt: skip
    body = (p("关于信访工作的报告") + p("目录", '<w:pStyle w:val="TOCHead"/>') + entries
            + BODY_AFTER)  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body, styles=styles))
    analysis = analyze(doc)
    assert not [f for f in analysis.findings if f.rule.startswith("numbering")]
    assert [doc.paragraphs[h.index].text for h in analysis.headings] == HEADS
    # the title is one line: "目录" and the entries below it are not more of it
    assert [k for k, role in enumerate(analysis.roles) if role is Role.TITLE] == [0]


def test_other_fields_leave_roles_alone(tmp_path):
    pageref = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE '
               '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
               + r("1") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip
    body = p("关于信访工作的报告") + f"<w:p>{r('一、总体情况')}{pageref}</w:p>" + p("正文。")
    doc = read_docx(make_docx(tmp_path, body))
    assert doc.paragraphs[1].role is None


DROP_CAP = ('<w:p><w:pPr><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" '
            'w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="1440" w:lineRule="exact"/>'
            '</w:pPr><w:r><w:rPr><w:sz w:val="130"/></w:rPr><w:t>今</w:t></w:r></w:p>')  # fmt: skip


def test_a_drop_cap_is_no_line_of_the_title(tmp_path):
    """首字下沉: Word puts the first letter in a framed paragraph of its own; right under the
    title it was read as the title's second line ("市信访局2026年工作总结" + "今")."""
    body = (p("市信访局2026年工作总结") + DROP_CAP
            + p("年以来，我局认真贯彻落实上级部署，信访工作取得明显成效。")
            + p("一、主要工作") + p("全年共受理来信120件。"))  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body))
    roles = analyze(doc).roles
    assert roles[0] is Role.TITLE
    assert roles[1] is not Role.TITLE and roles[2] is not Role.TITLE
    assert roles[3] is Role.HEADING_1
