"""What a Word file holds at its close and in its heading levels, as the export shows it: a
署名 over a date still to fill (cn01), a 版记 drawn in a text box (cn08), headings that start
at Word's 标题 2 under a title set as a heading (cn12). Files built here; the real ones read from
../shared/realdocx (skipped when absent)."""

from __future__ import annotations

import pytest
from lxml import etree

from app.engine import analyze
from app.model import Role
from app.readers import read_document
from app.render_plan import plan_document
from tests.app.docx_build import exported_body as export
from tests.app.docx_build import real
from tests.app.test_docx_reader import make_docx, p
from tests.app.test_head_table import TEXT_BOX, W, grid_table

BODY = "为做好全年各项工作，现将有关事项通知如下，请各单位结合实际认真贯彻落实。"
RIGHT = '<w:jc w:val="right"/>'
# a template's date: a form field whose result is five en spaces (Word's blank FORMTEXT)
BLANK_DATE = ('<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:fldChar w:fldCharType="begin">'
              '<w:ffData><w:name w:val="签发日期"/><w:enabled/><w:calcOnExit w:val="0"/>'
              '<w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve">'
              ' FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
              '<w:r><w:t xml:space="preserve">\u2002\u2002\u2002\u2002\u2002</w:t></w:r>'
              '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def paragraph(root: etree._Element, text: str) -> etree._Element:
    return next(par for par in root.iter(W + "p") if "".join(par.itertext()) == text)


def style_of(par: etree._Element) -> str | None:
    found = par.find(f"{W}pPr/{W}pStyle")
    return None if found is None else found.get(W + "val")


def roles_by_text(path) -> dict[str, Role]:
    doc = read_document(path)
    return {q.text: r for q, r in zip(doc.paragraphs, analyze(doc, rules=()).roles, strict=True)}


# --- 署名 set flush right over a blank date (GB/T 9704 7.3.5) ------------------------------


def test_a_right_aligned_organ_over_a_blank_date_is_the_signature(tmp_path):
    body = (p("各子公司：") + p(BODY) + p("") + p("广西通信服务公司", RIGHT) + BLANK_DATE)
    path = make_docx(tmp_path, body)
    assert roles_by_text(path)["广西通信服务公司"] is Role.SIGNATURE
    from app.writers import docx_styles as S

    root = export(path, tmp_path / "out.docx")
    assert style_of(paragraph(root, "广西通信服务公司")) == S.ROLE_STYLES[Role.SIGNATURE]


def test_a_right_aligned_signature_before_the_imprint_table(tmp_path):
    body = (p(BODY) + p("某某局办公室", RIGHT) + p("")
            + grid_table([9000], [("抄送：各县区局", "")]))
    assert roles_by_text(make_docx(tmp_path, body))["某某局办公室"] is Role.SIGNATURE


@pytest.mark.parametrize("line, after", [
    ("某某局办公室", BODY),  # body text goes on: a line set right in the middle of the text
    ("（此件公开发布）", ""),  # a 附注, not a 署名
    ("一、总体要求", ""),  # a heading
    ("请各单位认真贯彻执行。", ""),  # a sentence
])
def test_other_right_aligned_lines_are_no_signature(tmp_path, line, after):
    body = p("各子公司：") + p(BODY) + p(line, RIGHT) + (p(after) if after else "")
    assert roles_by_text(make_docx(tmp_path, body))[line] is not Role.SIGNATURE


def test_right_aligned_prize_lines_before_a_photo_note_and_more_text_are_no_signature(tmp_path):
    """A news release sets its prize list right (cn11): "三等奖：……" is a label line, and the
    report goes on after the photo note."""
    body = (p(BODY) + p("一等奖：张三", RIGHT) + p("三等奖：李四", RIGHT)
            + p("（插入颁奖照片）", RIGHT) + p("结语") + p(BODY))
    roles = roles_by_text(make_docx(tmp_path, body))
    assert Role.SIGNATURE not in (roles["一等奖：张三"], roles["三等奖：李四"])


def test_a_left_aligned_organ_line_at_the_end_stays_body(tmp_path):
    body = p("各子公司：") + p(BODY) + p("广西通信服务公司") + BLANK_DATE
    assert roles_by_text(make_docx(tmp_path, body))["广西通信服务公司"] is Role.BODY


def test_real_template_signature_is_exported_as_the_signature():
    roles = roles_by_text(real("cn01_wps_gongsi_fawen.docx"))
    assert roles["广西通信服务公司"] is Role.SIGNATURE


# --- 版记 in a text box (GB/T 9704 7.4) --------------------------------------------------


def test_an_imprint_in_a_text_box_is_printed_between_rules(tmp_path):
    inner = p("XXXX人民政府                2020年2月19日印发")
    body = p("会议纪要") + p(BODY) + p("") + TEXT_BOX.format(inner=inner)
    path = make_docx(tmp_path, body)
    root = export(path, tmp_path / "out.docx")
    texts = ["".join(par.itertext()) for par in root.iter(W + "p")]
    assert "XXXX人民政府                2020年2月19日印发" in texts  # not left out
    imprint = paragraph(root, "XXXX人民政府                2020年2月19日印发")
    assert {b.tag for b in imprint.find(f"{W}pPr/{W}pBdr")} == {W + "top", W + "bottom"}
    assert {s.get(W + "val") for s in imprint.iter(W + "sz")} == {"28"}  # 4号
    doc = read_document(path)
    planned = [q for q in plan_document(doc, analyze(doc, rules=())) if "印发" in q.text]
    assert len(planned) == 1 and planned[0].rule_above is not None


def test_other_words_in_a_text_box_are_printed_flush_left_without_rules(tmp_path):
    """A cover page drawn in text boxes (en14, en20): its lines, not an empty page."""
    inner = p("Using Microsoft Word") + p("Valter Kiisk")
    body = TEXT_BOX.format(inner=inner) + p(BODY)
    path = make_docx(tmp_path, body)
    doc = read_document(path)
    boxed = [q for q in plan_document(doc, analyze(doc, rules=())) if "Valter" in q.text]
    assert len(boxed) == 1 and boxed[0].rule_above is None and boxed[0].rule_below is None
    root = export(path, tmp_path / "out.docx")
    par = paragraph(root, "Using Microsoft WordValter Kiisk")  # two lines: a w:br between
    assert par.find(f".//{W}br") is not None
    assert par.find(f"{W}pPr/{W}jc").get(W + "val") == "left"


def test_real_meeting_minutes_keep_their_imprint(tmp_path):
    root = export(real("cn08_word_huiyi_jiyao.docx"), tmp_path / "out.docx")
    assert any("印发" in "".join(par.itertext()) for par in root.iter(W + "p"))


# --- heading levels that start at Word's 标题 2 (GB/T 9704 7.3.3) --------------------------


def outlined(text: str, level: int) -> str:
    return p(text, f'<w:outlineLvl w:val="{level}"/>')


def test_headings_from_level_two_under_a_lone_top_line_are_a_title_and_first_level(tmp_path):
    body = (outlined("微型固态硬盘设计方案", 1) + outlined("产品介绍", 2) + p(BODY)
            + outlined("技术规格", 2) + outlined("传输接口", 3) + p(BODY))
    roles = roles_by_text(make_docx(tmp_path, body))
    assert roles["微型固态硬盘设计方案"] is Role.TITLE
    assert roles["产品介绍"] is Role.HEADING_1 and roles["技术规格"] is Role.HEADING_1
    assert roles["传输接口"] is Role.HEADING_2


def test_headings_that_start_at_level_two_count_from_there(tmp_path):
    body = (p("关于加强安全管理的通知") + outlined("总体要求", 1) + p(BODY)
            + outlined("工作措施", 1) + outlined("加强巡查", 2) + p(BODY))
    roles = roles_by_text(make_docx(tmp_path, body))
    assert roles["总体要求"] is Role.HEADING_1 and roles["加强巡查"] is Role.HEADING_2


def test_a_numbered_lone_top_heading_is_no_title(tmp_path):
    body = outlined("一、总体要求", 0) + p(BODY) + outlined("（一）加强巡查", 1) + p(BODY)
    roles = roles_by_text(make_docx(tmp_path, body))
    assert roles["一、总体要求"] is Role.HEADING_1 and roles["（一）加强巡查"] is Role.HEADING_2


def test_a_new_heading_saved_under_shifted_levels_gets_the_files_level(tmp_path):
    from app.model import Paragraph
    from app.storage import save_document

    body = (outlined("微型固态硬盘设计方案", 1) + outlined("产品介绍", 2) + p(BODY))
    doc = read_document(make_docx(tmp_path, body))
    doc.paragraphs.append(Paragraph("技术规格", role=Role.HEADING_1, role_fixed=True))
    out = tmp_path / "saved.docx"
    save_document(doc, out, author="审校员", backup=False, data_dir=tmp_path / "data")
    again = roles_by_text(out)
    assert again["技术规格"] is Role.HEADING_1 and again["产品介绍"] is Role.HEADING_1


def test_real_product_plan_title_and_sections():
    roles = roles_by_text(real("cn12_word_sheji_fangan.docx"))
    assert roles["NANDrive 微型固态硬盘设计方案"] is Role.TITLE
    assert roles["产品介绍"] is Role.HEADING_1 and roles["技术规格"] is Role.HEADING_1


# --- a bulleted first line is a list's, not the title (en04) --------------------------------


def test_a_bulleted_first_line_is_no_title():
    from app.model import Document, Paragraph

    for first in ("* A Nepalese name for Tilaka", "● 加强组织领导", "• 工作目标"):
        doc = Document([Paragraph(first), Paragraph("* 第二项"), Paragraph(BODY)])
        assert analyze(doc, rules=()).roles[0] is not Role.TITLE, first
    doc = Document([Paragraph("关于加强组织领导的通知"), Paragraph(BODY)])
    assert analyze(doc, rules=()).roles[0] is Role.TITLE


# --- an empty paragraph's bottom border: a rule across the page (cn13) -----------------------


def test_an_empty_paragraphs_bottom_border_is_drawn_as_a_rule(tmp_path):
    from app.render_plan import separator_rule

    border = '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="auto"/></w:pBdr>'
    body = p(BODY) + p("", border) + p("下一部分。") + p("有边框的文字", border)
    path = make_docx(tmp_path, body)
    doc = read_document(path)
    planned = plan_document(doc, analyze(doc, rules=()))
    rules = [q for q in planned if separator_rule(q) is not None]
    assert [(q.text, separator_rule(q)) for q in rules] == [("", (1.0, None))]  # the PDF's
    root = export(path, tmp_path / "out.docx")
    bordered = [par for par in root.iter(W + "p") if par.find(f"{W}pPr/{W}pBdr") is not None]
    assert ["".join(par.itertext()) for par in bordered] == [""]  # the Word export's
