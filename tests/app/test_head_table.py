"""A red head laid out in a table (WPS templates: the 发文机关标志 and the 发文字号 in the rows
of one layout table, or the 发文字号 beside its 签发人/签发日期 in a row of its own) is read as
the 版头 it is (GB/T 9704-2012 7.2.4–7.2.6), and the Word export keeps each cell's alignment and
the table's column widths as its file has them (as the PDF does)."""

from __future__ import annotations

import pytest
from lxml import etree

from app.engine import analyze
from app.model import OBJECT_CHAR, CellRef, Document, InlineObject, Paragraph, Role
from app.readers import read_document
from app.render_plan import plan_document
from app.writers import docx_styles as S
from tests.app.docx_build import exported_body as export
from tests.app.docx_build import real
from tests.app.test_docx_reader import make_docx, p

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY = "为做好全年各项工作，现将有关事项通知如下，请各单位结合实际认真贯彻落实。"


def roles_of(paragraphs: list[Paragraph]) -> list[Role]:
    return analyze(Document(paragraphs), rules=()).roles


def cell(text: str, row: int, col: int = 0, table: int = 900) -> Paragraph:
    return Paragraph(text, cell=CellRef(table_id=table, row=row, col=col))


def red_rule() -> Paragraph:
    line = InlineObject("shape", width_pt=449.0, height_pt=0.0, stroke=(2.5, "#FF0000"))
    return Paragraph(OBJECT_CHAR, objects=[line])


# --- roles --------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["XXXX发〔    〕  号", "X政发〔2026〕3号", "〔20XX〕XX号"])
def test_a_head_table_holds_the_masthead_above_its_doc_number(number):
    roles = roles_of([cell("XX市XXXX有限公司", 0), cell("", 1), cell(number, 1),
                      Paragraph("关于做好年度安全生产工作的通知"), Paragraph(BODY)])
    assert roles[0] is Role.MASTHEAD
    assert roles[2] is Role.DOC_NUMBER
    assert roles[3] is Role.TITLE


def test_a_template_blank_under_the_head_is_no_title():
    """cn04: the template's content field "xxxxxx" right under the head is a blank to fill."""
    roles = roles_of([cell("XX市XXXX有限公司", 0), cell("XXXX发〔    〕  号", 1),
                      Paragraph("xxxxxx"), Paragraph(""), Paragraph("")])
    assert roles[:2] == [Role.MASTHEAD, Role.DOC_NUMBER]
    assert Role.TITLE not in roles


def test_a_placeholder_line_is_passed_over_and_the_title_and_addressee_follow():
    roles = roles_of([Paragraph("XXXXXXXX"), Paragraph("关于开展专项检查的通知"),
                      Paragraph("各区县人民政府："), Paragraph(BODY)])
    assert roles[0] is not Role.TITLE
    assert roles[1:3] == [Role.TITLE, Role.ADDRESSEE]


def test_a_doc_number_row_under_the_head_makes_the_head_a_masthead():
    """cn02: a 纪要 head, then a row "2020[0902]号 | 签发日期", the red rule, the title."""
    roles = roles_of([cell("发文单位", 0, table=1), cell("密级1", 1, table=1),
                      Paragraph("高级的前端部门会议纪要"), Paragraph(""),
                      cell("2020[0902]号", 0, 0, table=2), cell("签发日期", 0, 1, table=2),
                      red_rule(), Paragraph(""), Paragraph("关于召开年度工作会议的通知"),
                      Paragraph(""), Paragraph("WOWOWOW： 大撒大撒大苏打"), Paragraph(BODY)])
    assert roles[2] is Role.MASTHEAD
    assert roles[4] is Role.DOC_NUMBER
    assert roles[8] is Role.TITLE
    assert roles[10] is not Role.TITLE  # a label and its text, not a second title line


def test_a_data_table_under_a_title_still_ends_the_front_matter():
    roles = roles_of([Paragraph("关于2026年预算执行情况的报告"), cell("项目", 0, 0),
                      cell("金额", 0, 1), Paragraph("关于下一步工作的几点建议"), Paragraph(BODY)])
    assert roles[0] is Role.TITLE
    assert roles[3] is not Role.TITLE
    assert Role.MASTHEAD not in roles


def test_a_title_above_a_doc_number_with_no_title_after_stays_the_title():
    roles = roles_of([Paragraph("关于做好防汛工作的通知"), cell("X政办发〔2024〕3号", 0),
                      cell("签发人：张三", 0, 1), Paragraph("各乡镇人民政府："), Paragraph(BODY)])
    assert roles[0] is Role.TITLE
    assert roles[1] is Role.DOC_NUMBER
    assert roles[3] is Role.ADDRESSEE


@pytest.mark.parametrize("name, masthead, number, title", [
    ("cn04_wps_hongtou.docx", "XX市XXXX有限公司", "XXXX发〔    〕  号", None),
    ("cn02_wps_red_jiyao.docx", "高级的前端部门会议纪要", "2020[0902]号", "瞧好了，标题插入了"),
])
def test_real_red_head_templates(name, masthead, number, title):
    doc = read_document(real(name))
    roles = analyze(doc, rules=()).roles
    by_role = {r: [p.text.strip() for p, q in zip(doc.paragraphs, roles, strict=True) if q is r]
               for r in (Role.MASTHEAD, Role.DOC_NUMBER, Role.TITLE)}
    assert by_role[Role.MASTHEAD] == [masthead]
    assert by_role[Role.DOC_NUMBER] == [number]
    assert by_role[Role.TITLE] == ([title] if title else [])


# --- the Word export ----------------------------------------------------------------------


def jc_xml(jc: str) -> str:
    return f'<w:jc w:val="{jc}"/>' if jc else ""


def grid_table(widths: list[int], cells: list[tuple[str, str]]) -> str:
    """One row: a cell per (text, w:jc value) with the file's column widths (twips)."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{p(text, jc_xml(jc))}'
                  "</w:tc>" for w, (text, jc) in zip(widths, cells, strict=True))
    return (f"<w:tbl><w:tblPr><w:tblBorders/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
            f"<w:tr>{tcs}</w:tr></w:tbl>")


def cell_paragraph(root: etree._Element, text: str) -> etree._Element:
    for tc in root.iter(W + "tc"):
        for par in tc.iter(W + "p"):
            if "".join(par.itertext()) == text:
                return par
    raise AssertionError(f"no cell paragraph {text!r}")


def jc_of(par: etree._Element) -> str | None:
    jc = par.find(f"{W}pPr/{W}jc")
    return None if jc is None else jc.get(W + "val")


def test_cells_keep_their_files_alignment_in_the_word_export(tmp_path):
    body = (p("XX市人民政府文件", '<w:jc w:val="center"/>')
            + grid_table([6000, 3000], [("X政发〔2026〕3号", "left"), ("签发人：张三", "right")])
            + p("关于加强安全生产工作的通知", '<w:jc w:val="center"/>') + p(BODY)
            + grid_table([4500, 4500], [("合计", "center"), ("", "")]))
    root = export(make_docx(tmp_path, body), tmp_path / "out.docx")
    # the 发文字号 beside its 签发人 stays at the left (GB/T 9704 7.2.6), not centred by its role
    assert jc_of(cell_paragraph(root, "X政发〔2026〕3号")) == "left"
    assert jc_of(cell_paragraph(root, "签发人：张三")) == "right"
    assert jc_of(cell_paragraph(root, "合计")) == "center"


def test_the_word_export_keeps_the_files_column_widths(tmp_path):
    body = grid_table([6000, 2000], [("密级", "left"), ("紧急", "right")]) + p(BODY)
    root = export(make_docx(tmp_path, body), tmp_path / "out.docx")
    tbl = next(root.iter(W + "tbl"))
    cols = [int(g.get(W + "w")) for g in tbl.iter(W + "gridCol")]
    assert len(cols) == 2 and cols[0] == pytest.approx(3 * cols[1], rel=0.01)
    widths = [int(tc.find(f"{W}tcPr/{W}tcW").get(W + "w")) for tc in tbl.iter(W + "tc")]
    assert widths == cols


def test_a_red_note_after_the_first_body_sentence_is_exported_black(tmp_path):
    """cn11: a red "（插入现场图）" note a few lines into a news release is the writer's note,
    not a 版头 line: the export writes it black in the body's type, like any red in the body."""
    red = '<w:color w:val="FF0000"/><w:sz w:val="18"/>'
    body = (p("以赛促学，严记校规", '<w:jc w:val="center"/>') + p(BODY)
            + p("（插入2-3张笔试现场图）", "", red) + p(BODY))
    root = export(make_docx(tmp_path, body), tmp_path / "out.docx")
    note = next(par for par in root.iter(W + "p")
                if "".join(par.itertext()) == "（插入2-3张笔试现场图）")
    assert note.find(f".//{W}color") is None and note.find(f".//{W}sz") is None


def test_a_red_head_above_the_body_keeps_its_red(tmp_path):
    red = '<w:color w:val="FF0000"/><w:sz w:val="72"/>'
    body = (p("XX市人民政府文件", '<w:jc w:val="center"/>', red) + p("X政发〔2026〕3号")
            + p("关于加强安全生产工作的通知") + p(BODY))
    root = export(make_docx(tmp_path, body), tmp_path / "out.docx")
    head = next(par for par in root.iter(W + "p") if "".join(par.itertext()) == "XX市人民政府文件")
    assert head.find(f".//{W}color").get(W + "val") == "FF0000"


# --- a 发文机关标志 in a text box (Word templates: cn07, cn08) ------------------------------


def boxed(words: str, *more: InlineObject) -> Paragraph:
    objects = [InlineObject("textbox", text=words), *more]
    return Paragraph(OBJECT_CHAR * len(objects), objects=objects)


RULE = InlineObject("shape", width_pt=481.9, height_pt=0.0, stroke=(4.5, "#FF0000"))


def test_a_text_box_holding_the_organ_above_the_title_is_the_masthead():
    doc = Document([Paragraph(""), boxed("XXXX人民政府", RULE), Paragraph(""),
                    Paragraph("通知标题"), Paragraph("[各单位]："), Paragraph(BODY)])
    roles = analyze(doc, rules=()).roles
    assert roles[1] is Role.MASTHEAD
    assert roles[3:5] == [Role.TITLE, Role.ADDRESSEE]
    head = next(p for p in plan_document(doc, analyze(doc, rules=())) if p.index == 1)
    # printed as the line's own words, red rule under it (the shape beside it in the file)
    assert head.text == "XXXX人民政府" and head.objects == ()
    assert head.rule_below == (4.5, "#FF0000")


def test_a_text_box_of_the_head_over_the_doc_number_is_the_masthead():
    roles = roles_of([boxed(""), Paragraph(""), boxed("会议纪要"), Paragraph(""),
                      Paragraph("〔20XX〕XX号"), Paragraph(BODY)])
    assert roles[2] is Role.MASTHEAD
    assert roles[0] is not Role.MASTHEAD  # an empty text box holds no words
    assert roles[4] is Role.DOC_NUMBER


@pytest.mark.parametrize("words", ["绝密★1年", "Text in a text box", "2020年2月19日",
                                   "各单位要高度重视，认真抓好落实。"])
def test_other_text_boxes_at_the_top_are_no_masthead(words):
    roles = roles_of([boxed(words), Paragraph("关于开展专项检查的通知"), Paragraph(BODY)])
    assert roles[0] is not Role.MASTHEAD


TEXT_BOX = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            "<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></w:drawing>"
            "</mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>{inner}"
            "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent>"
            "</w:r></w:p>")


def test_the_word_export_prints_a_text_box_masthead_red_and_centred(tmp_path):
    inner = p("XXXX人民政府", '<w:jc w:val="center"/>', '<w:color w:val="FF0000"/>')
    body = (TEXT_BOX.format(inner=inner) + p("") + p("通知标题", '<w:jc w:val="center"/>')
            + p("[各单位]：") + p(BODY))
    root = export(make_docx(tmp_path, body), tmp_path / "out.docx")
    head = next(par for par in root.iter(W + "p") if "".join(par.itertext()) == "XXXX人民政府")
    assert head.find(f".//{W}r/{W}rPr/{W}color").get(W + "val") == "FF0000"
    assert head.find(f"{W}pPr/{W}pStyle").get(W + "val") == S.ROLE_STYLES[Role.MASTHEAD]


# --- the incremental analysis reads the head as a cold one does ------------------------------


@pytest.mark.parametrize("lines, op", [
    # the placeholder mark typed over a title's last letter: the line is a blank now
    (["xxxxxa", "关于开展专项检查的通知", "各区县人民政府：", BODY], ("replace", 0, 0, "xxxxxx")),
    # a colon typed into the short line under the title: a label line, no second title line
    (["关于开展专项检查的通知", "", "各区县人民政府 抓好落实", BODY], ("type", 2, 7, "：")),
])
def test_an_edit_in_the_head_is_read_as_a_cold_analysis_reads_it(lines, op):
    from tests.app.test_incremental import _check_sequence

    _check_sequence(lines, [op])


def test_cells_keep_their_files_type_size_in_the_word_export(tmp_path):
    """A 五号 table stays 五号, as in the PDF: in 三号 its cells wrapped (cn13's 关键结果 1)."""
    small = '<w:sz w:val="21"/>'
    body = (p(BODY) + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"4500\"/></w:tblGrid><w:tr>"
            f"<w:tc><w:tcPr/>{p('关键结果1', '', small)}</w:tc></w:tr></w:tbl>" + p(BODY))
    root = export(make_docx(tmp_path, body), tmp_path / "out.docx")
    sizes = {s.get(W + "val") for s in cell_paragraph(root, "关键结果1").iter(W + "sz")}
    assert sizes == {"21"}
    body_par = next(par for par in root.iter(W + "p") if "".join(par.itertext()) == BODY)
    assert body_par.find(f".//{W}sz") is None  # the body keeps its style's 三号


def test_a_justified_cell_stays_justified(tmp_path):
    body = grid_table([4500, 4500], [("一段两端对齐的单元格文字", "both"), ("", "")]) + p(BODY)
    root = export(make_docx(tmp_path, body), tmp_path / "out.docx")
    assert jc_of(cell_paragraph(root, "一段两端对齐的单元格文字")) == "both"
