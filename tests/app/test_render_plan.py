"""The render plan: one description of the laid-out report for the Word export and the PDF.

Expected values are GB/T 9704-2012's (7.3.3: a title broken over lines keeps its words whole and
its lines of even length; 20 characters of 2号 fit the 156 mm text area) and hand segmentations.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import zipfile

from app.engine import analyze
from app.model import (
    LINE_BREAK,
    OBJECT_CHAR,
    CellRef,
    Document,
    InlineObject,
    Paragraph,
    Role,
    Table,
    TableCell,
)
from app.render_plan import (
    Align,
    Face,
    drawn_text,
    plan_document,
    text_width,
    title_breaks,
)
from app.writers.docx import write_docx
from tests.conftest import SHARED

# Titles with their words as a reader splits them (hand segmentation): a break may fall only
# between two of these pieces.
TITLES = {
    "市信访局2020年上半年党建工作总结及下步工作打算":
        ["市", "信访局", "2020年", "上半年", "党建", "工作", "总结", "及", "下步", "工作", "打算"],
    "关于进一步加强和改进新时代全市信访工作推动信访工作高质量发展的实施意见":
        ["关于", "进一步", "加强", "和", "改进", "新时代", "全市", "信访", "工作", "推动", "信访",
         "工作", "高质量", "发展", "的", "实施", "意见"],
    "新余市人民政府办公室关于印发《新余市绿色建筑管理办法》的通知":
        ["新余市", "人民政府", "办公室", "关于", "印发", "《", "新余市", "绿色", "建筑",
         "管理", "办法", "》", "的", "通知"],
}  # fmt: skip


def lines_of(text: str, breaks: tuple[int, ...]) -> list[str]:
    cuts = (0, *breaks, len(text))
    return [text[a:b] for a, b in itertools.pairwise(cuts)]


def word_bounds(words: list[str]) -> set[int]:
    bounds, at = set(), 0
    for w in words:
        at += len(w)
        bounds.add(at)
    return bounds


def test_long_titles_break_between_words_in_even_lines():
    for title, words in TITLES.items():
        assert "".join(words) == title
        breaks = title_breaks(title)
        lines = lines_of(title, breaks)
        assert breaks and set(breaks) <= word_bounds(words), lines
        assert all(text_width(line) <= 20 for line in lines), lines
        assert len(lines) == 2, lines  # the fewest lines that fit
        widths = [text_width(line) for line in lines]
        assert max(widths) - min(widths) <= 5, lines  # 长短适宜, not 20 + 3


def test_short_titles_and_hand_broken_titles_are_left_alone():
    assert title_breaks("关于开展安全检查的通知") == ()
    hand = "市信访局2020年上半年" + LINE_BREAK + "党建工作总结及下步工作打算和今后的工作安排"
    assert title_breaks(hand) == ()


def test_a_title_with_no_word_boundary_in_reach_still_fits_the_line():
    title = "长" * 45  # no words at all: any break, lines of even length
    lines = lines_of(title, title_breaks(title))
    assert len(lines) == 3 and max(map(len, lines)) - min(map(len, lines)) <= 2, lines


def test_leading_blanks_junk_and_virtual_paragraphs_are_decided_once():
    doc = Document([Paragraph(""), Paragraph("仅供学习 禁止外传"), Paragraph(""),
                    Paragraph("关于开展安全检查的通知"), Paragraph("", virtual=True),
                    Paragraph("现将有关事项通知如下。")])  # fmt: skip
    analysis = analyze(doc)
    assert analysis.roles[1] is Role.JUNK
    planned = plan_document(doc, analysis)
    assert [p.text for p in planned] == ["关于开展安全检查的通知", "现将有关事项通知如下。"]
    kept = plan_document(doc, analysis, keep_junk=True)  # everything, for a faithful copy
    assert [p.index for p in kept] == [0, 1, 2, 3, 5]


def test_looks_come_from_one_table():
    doc = Document.from_lines(["关于开展安全检查的通知", "", "一、总体要求",
                               "现将有关事项通知如下。", "某某市信访局", "2020年7月1日"])
    planned = {p.text: p for p in plan_document(doc, analyze(doc))}
    title, heading = planned["关于开展安全检查的通知"], planned["一、总体要求"]
    assert (title.face, title.align, title.size) == (Face.TITLE, Align.CENTER, 22.0)
    assert (heading.face, heading.align, heading.keep_with_next) == (Face.HEI, Align.INDENT, True)
    assert planned["某某市信访局"].blank_before  # 正文下空一行 (the text had none)
    # 署名 6 characters, the date 6 (digits ½): the date keeps 2 from the right edge and the 署名
    # starts 2 characters left of the date's start (7.3.5.2): 2 + 6 + 2 - 6 = 4 from the edge
    signature, date = planned["某某市信访局"], planned["2020年7月1日"]
    assert (signature.right_indent, date.right_indent) == (4.0, 2.0)


def test_drawn_text_keeps_line_breaks_and_leaves_objects_out():
    picture = InlineObject("image", "图片")
    doc = Document([Paragraph(f"第一行{LINE_BREAK}第二行{OBJECT_CHAR}完", objects=[picture])])
    (p,) = plan_document(doc, analyze(doc))
    assert p.objects == (picture,)
    drawn, where = drawn_text(p)
    assert drawn == f"第一行{LINE_BREAK}第二行完"
    assert drawn[where[8] :] == "完"  # offsets after the dropped object follow the text


def test_word_export_never_writes_object_or_line_separator_characters(tmp_path):
    doc = Document([Paragraph("关于开展安全检查的通知"),
                    Paragraph(f"见下图{OBJECT_CHAR}。第一行{LINE_BREAK}第二行。",
                              objects=[InlineObject("image", "图片")])])  # fmt: skip
    path = tmp_path / "out.docx"
    write_docx(doc, path)
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    assert OBJECT_CHAR not in xml and LINE_BREAK not in xml
    assert "见下图</w:t>" in xml or "见下图。" in xml
    assert '第一行</w:t><w:br/><w:t xml:space="preserve">第二行' in xml


def test_word_export_breaks_a_long_title_between_words(tmp_path):
    title = "市信访局2020年上半年党建工作总结及下步工作打算"
    doc = Document.from_lines([title, "", "现将有关情况报告如下。"])
    path = tmp_path / "out.docx"
    write_docx(doc, path)
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    assert ('市信访局2020年上半年党建</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">'
            "工作总结及下步工作打算</w:t>") in xml


def test_tables_are_real_tables_in_the_word_export(tmp_path):
    """A 3×3 table with a cell over two columns, one over two rows, and a table nested in a cell
    (its text goes into that cell): python-docx sees the grid Word will show."""
    import docx

    t = Table(rows=3, cols=3, cells=[TableCell(0, 0, col_span=2), TableCell(0, 2),
                                     TableCell(1, 0, row_span=2), TableCell(1, 1), TableCell(1, 2),
                                     TableCell(2, 1), TableCell(2, 2)])  # fmt: skip
    inner = Table(rows=1, cols=2, cells=[TableCell(0, 0), TableCell(0, 1)],
                  parent=CellRef(t.id, 2, 2))  # fmt: skip

    def cell(text: str, table: Table, row: int, col: int) -> Paragraph:
        return Paragraph(text, cell=CellRef(table.id, row, col))

    doc = Document([Paragraph("关于开展安全检查的通知"), Paragraph("检查安排如下。"),
                    Paragraph("", virtual=True),
                    cell("检查项目", t, 0, 0), cell("责任单位", t, 0, 2), cell("消防", t, 1, 0),
                    cell("通道畅通", t, 1, 1), cell("各区县", t, 1, 2), cell("器材有效", t, 2, 1),
                    cell("外层", t, 2, 2), cell("内表甲", inner, 0, 0), cell("内表乙", inner, 0, 1),
                    Paragraph("请认真落实。")], tables={t.id: t, inner.id: inner})  # fmt: skip
    planned = plan_document(doc, analyze(doc))
    assert [p.cell is not None for p in planned] == [False, False] + [True] * 9 + [False]
    assert not any(p.keep_with_next or p.first_indent for p in planned if p.cell is not None)
    path = tmp_path / "table.docx"
    write_docx(doc, path)
    d = docx.Document(str(path))
    [table] = d.tables
    grid = [[c.text for c in row.cells] for row in table.rows]
    assert grid == [["检查项目", "检查项目", "责任单位"],
                    ["消防", "通道畅通", "各区县"],
                    ["消防", "器材有效", "外层\n内表甲\n内表乙"]]  # fmt: skip
    body = ["关于开展安全检查的通知", "检查安排如下。", "请认真落实。"]
    assert [p.text for p in d.paragraphs] == body
    validator = SHARED / "ooxml" / "validate.py"
    if validator.is_file():  # Word's own rules (../shared/ooxml), when the folder is there
        out = subprocess.run([sys.executable, str(validator), str(path)], capture_output=True,
                             text=True, timeout=120)  # fmt: skip
        assert out.returncode == 0, out.stdout[-2000:]


def test_a_table_with_cells_the_model_does_not_describe_still_exports(tmp_path):
    ghost = CellRef(table_id=-1, row=0, col=0)  # a table the document does not list
    doc = Document([Paragraph("标题"), Paragraph("单元格文字", cell=ghost)])
    write_docx(doc, tmp_path / "out.docx")
    xml = zipfile.ZipFile(tmp_path / "out.docx").read("word/document.xml").decode("utf-8")
    assert "单元格文字" in xml and "<w:tbl>" not in xml


def png(width: int, height: int) -> bytes:
    """A red PNG made here (no image library): signature, IHDR, one IDAT, IEND."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))  # fmt: skip


def test_pictures_are_drawn_in_the_word_export_and_other_objects_left_out(tmp_path):
    import docx
    from docx.shared import Pt

    picture = InlineObject("image", "图片", image=png(800, 200))  # 600 pt at 96 dpi: too wide
    small = InlineObject("image", "图片", image=png(40, 20), width_pt=60.0, height_pt=30.0)
    box = InlineObject("textbox", "文本框", text="框里的字")
    doc = Document([Paragraph("关于开展安全检查的通知"),
                    Paragraph(f"如图{OBJECT_CHAR}所示，另见{OBJECT_CHAR}与{OBJECT_CHAR}。",
                              objects=[picture, box, small])])  # fmt: skip
    path = tmp_path / "pictures.docx"
    write_docx(doc, path)
    d = docx.Document(str(path))
    shapes = d.inline_shapes
    assert len(shapes) == 2  # the text box is not a picture: left out, never a U+FFFC
    assert shapes[0].width == Pt(442.25) and abs(shapes[0].height - Pt(442.25 / 4)) < Pt(0.1)
    assert (shapes[1].width, shapes[1].height) == (Pt(60), Pt(30))
    assert d.paragraphs[1].text == "如图所示，另见与。"
    names = zipfile.ZipFile(path).namelist()
    assert {"word/media/image1.png", "word/media/image2.png"} <= set(names)
    validator = SHARED / "ooxml" / "validate.py"
    if validator.is_file():
        out = subprocess.run([sys.executable, str(validator), str(path)], capture_output=True,
                             text=True, timeout=120)  # fmt: skip
        assert out.returncode == 0, out.stdout[-2000:]
