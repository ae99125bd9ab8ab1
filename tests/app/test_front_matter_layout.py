"""The front matter of a Word 公文 template: a red-head file lays out 份号, 密级 and 发文字号 in
tables, fills blank lines with en spaces and puts its red line or emblem in as a picture. None of
these is the title; the title is the line of words the layout leads to."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import OBJECT_CHAR, CellRef, Document, Paragraph, Role
from tests.conftest import REALDOCX


def roles_of(paragraphs: list[Paragraph]) -> list[Role]:
    return analyze(Document(paragraphs), rules=()).roles


def cell(text: str, row: int, col: int = 0) -> Paragraph:
    return Paragraph(text, cell=CellRef(table_id=900, row=row, col=col))


BODY = "为做好全年各项工作，现将有关事项通知如下，请各单位结合实际认真贯彻落实。"


def test_a_masthead_table_is_not_the_title_and_the_title_below_it_is():
    roles = roles_of([cell("发文单位", 0), cell("密级1", 1), cell("紧急", 2),
                      Paragraph("关于做好年度安全生产工作的通知"), Paragraph("各区县人民政府："),
                      Paragraph(BODY)])
    assert roles[:3] == [Role.BODY] * 3
    assert roles[3] is Role.TITLE
    assert roles[4] is Role.ADDRESSEE


def test_a_table_of_data_opening_a_document_holds_no_title():
    roles = roles_of([cell("项目", 0, 0), cell("金额", 0, 1), cell("完成率", 1, 0),
                      Paragraph(BODY)])
    assert Role.TITLE not in roles


def test_lines_of_en_spaces_are_blank_not_a_title():
    spaces = "\u2002" * 5
    roles = roles_of([Paragraph(spaces), Paragraph("关于开展专项检查的通知"), Paragraph(BODY)])
    assert roles[0] is Role.BLANK
    assert roles[1] is Role.TITLE


def test_a_picture_line_is_passed_over_and_the_title_follows_it():
    roles = roles_of([Paragraph(OBJECT_CHAR * 4), Paragraph(""),
                      Paragraph("关于召开工作会议的通知"), Paragraph(BODY)])
    assert roles[0] is not Role.TITLE
    assert roles[2] is Role.TITLE


def test_a_doc_number_before_the_title_is_the_doc_number_even_as_a_template_leaves_it():
    for number in ("国办发〔2024〕5号", "〔20XX〕XX号", "XX发〔    〕  号", "国发[2024]5号"):
        roles = roles_of([Paragraph(number), Paragraph("关于加强安全生产工作的意见"),
                          Paragraph(BODY)])
        assert roles[:2] == [Role.DOC_NUMBER, Role.TITLE], number


def test_an_organ_and_a_date_laid_out_in_two_columns_is_not_a_title():
    layout = "XX市人民政府办公室" + " " * 20 + "2024年3月1日印发"
    roles = roles_of([Paragraph(layout), Paragraph(BODY)])
    assert roles[0] is not Role.TITLE


def test_a_title_with_a_space_in_it_is_still_a_title():
    roles = roles_of([Paragraph("XX县 2024年工作要点"), Paragraph(BODY)])
    assert roles[0] is Role.TITLE


@pytest.mark.parametrize("name, title", [
    # cn02: "高级的前端部门会议纪要" is the 纪要's head above the 发文字号 row (2020[0902]号 |
    # 签发日期); its title is the line under the red rule. cn04: the content field "xxxxxx"
    # under the head is a blank to fill, no title (tests/app/test_head_table.py).
    ("cn02_wps_red_jiyao.docx", "瞧好了，标题插入了"),
    ("cn07_word_tongzhi_tz1.docx", "通知标题"),
])
def test_red_head_templates_from_word_and_wps_find_the_title_below_the_masthead(name, title):
    path = REALDOCX / name
    if not path.exists():
        pytest.skip(f"../shared/realdocx/{name} is not here (real files are not in the repository)")
    from app.readers import read_document

    doc = read_document(path)
    roles = analyze(doc, rules=()).roles
    titles = [p.text.strip() for p, r in zip(doc.paragraphs, roles, strict=True) if r is Role.TITLE]
    assert titles == [title]
    assert not any(p.cell is not None for p, r in zip(doc.paragraphs, roles, strict=True)
                   if r is Role.TITLE)


def test_the_title_below_the_masthead_and_its_doc_number_is_the_documents_title():
    roles = roles_of([Paragraph("XX市人民政府文件"), Paragraph("X政发〔2024〕12号"),
                      Paragraph(OBJECT_CHAR), Paragraph("关于申请专项经费的请示"),
                      Paragraph("市财政局："), Paragraph(BODY)])
    assert roles[1] is Role.DOC_NUMBER
    assert roles[3] is Role.TITLE
    assert roles[4] is Role.ADDRESSEE


def test_a_doc_number_under_a_title_is_followed_by_the_addressee_not_a_second_title():
    roles = roles_of([Paragraph("关于做好防汛工作的通知"), Paragraph("X政办发〔2024〕3号"),
                      Paragraph("各乡镇人民政府："), Paragraph(BODY)])
    assert roles[:3] == [Role.TITLE, Role.DOC_NUMBER, Role.ADDRESSEE]


def test_the_title_below_a_masthead_is_checked_as_a_title():
    doc = Document([Paragraph("XX市人民政府文件"), Paragraph("X政发〔2024〕12号"), Paragraph(""),
                    Paragraph("关于拨付专项经费的请示报告"), Paragraph("市财政局："),
                    Paragraph(BODY)])
    found = {(f.rule, f.index) for f in analyze(doc).findings}
    assert ("title/mixed-type", 3) in found


def test_a_subtitle_under_a_title_and_its_doc_number_stays_a_subtitle():
    roles = roles_of([Paragraph("关于做好防汛工作的通知"), Paragraph("X政办发〔2024〕3号"),
                      Paragraph("——在全市防汛工作会议上的讲话"), Paragraph(BODY)])
    assert roles[:3] == [Role.TITLE, Role.DOC_NUMBER, Role.SUBTITLE]
