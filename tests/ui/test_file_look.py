"""A .docx in the editor looks as its file does (ui.file_look): what the user checks against
Word — centred stays centred, red stays red, a table without borders has none — while a text
file keeps the house look, typing keeps the run's look, and Save writes no look back."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCursor

from app.model import Role
from app.readers import read_document
from tests.app.docx_build import real
from tests.app.test_docx_reader import make_docx, p, r
from tests.ui.helpers import type_text

STYLES = (
    '<w:style w:type="paragraph" w:styleId="Head"><w:name w:val="Head"/>'
    '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>'
)
RED = '<w:color w:val="FF0000"/><w:sz w:val="32"/>'


def grid(borders: str) -> str:
    cells = "".join(f"<w:tc>{p(t)}</w:tc>" for t in ("甲", "乙"))
    return (f"<w:tbl><w:tblPr>{borders}</w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/>"
            f"<w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr>{cells}</w:tr></w:tbl>")  # fmt: skip


BODY = (
    p("关于开展检查的通知", '<w:pStyle w:val="Head"/>')
    + p("各有关单位：")
    + f"<w:p>{r('今年以来，')}{r('红色要求', RED)}{r('落实到位。')}</w:p>"
    + p("落款单位", '<w:jc w:val="right"/>')
    + grid("")
    + p()
    + grid(
        '<w:tblBorders><w:top w:val="single" w:sz="8"/><w:bottom w:val="single" w:sz="8"/>'
        "</w:tblBorders>"
    )
    + p()
)


@pytest.fixture
def opened(window, tmp_path):
    path = make_docx(tmp_path, BODY, styles=STYLES)
    assert window.files.open_path(str(path), ask=False)
    return window, path


def block(window, text: str):
    doc = window.editor.document()
    b = doc.begin()
    while b.isValid():
        if b.text() == text:
            return b
        b = b.next()
    raise AssertionError(text)


def format_at(window, text: str, offset: int):
    b = block(window, text)
    cur = QTextCursor(b)
    cur.setPosition(b.position() + offset + 1)  # the format of the character before
    return cur.charFormat()


def alignment(b) -> Qt.AlignmentFlag:
    return b.blockFormat().alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask


def test_alignment_as_in_the_file(opened):
    window, _ = opened
    assert alignment(block(window, "关于开展检查的通知")) == Qt.AlignmentFlag.AlignHCenter
    assert alignment(block(window, "落款单位")) == Qt.AlignmentFlag.AlignRight
    addressee = block(window, "各有关单位：")  # no w:jc, no indent: flush left, as Word shows it
    assert alignment(addressee) == Qt.AlignmentFlag.AlignLeft
    body = block(window, "今年以来，红色要求落实到位。")
    assert alignment(body) == Qt.AlignmentFlag.AlignLeft and body.blockFormat().textIndent() == 0


def test_red_run_is_red_and_its_neighbours_are_not(opened):
    window, _ = opened
    text = "今年以来，红色要求落实到位。"
    red = format_at(window, text, text.index("红"))
    assert red.foreground().color() == QColor("#FF0000")
    assert red.fontPointSize() == 16.0
    plain = format_at(window, text, 0)
    assert plain.foreground().color() != QColor("#FF0000")


def test_style_bold_is_drawn_but_not_saved_as_bold(opened):
    window, _ = opened
    head = format_at(window, "关于开展检查的通知", 2)
    assert head.font().weight() > QFont.Weight.Normal
    assert head.fontPointSize() == 22.0
    index = block(window, "关于开展检查的通知").blockNumber()
    assert window.editor.spans_of(index) == []  # what Save and the Word export would write


def test_tables_keep_the_files_borders(opened):
    window, _ = opened
    tables = []
    frame = window.editor.document().rootFrame()
    for child in frame.childFrames():
        tables.append(child)
    bare, lined = tables
    assert bare.format().border() == 0
    for t in (bare, lined):
        assert t.rows() == 1 and t.columns() == 2
    bare_cells = [bare.cellAt(0, c).format().toTableCellFormat() for c in range(2)]
    assert all(f.topBorder() == f.bottomBorder() == f.leftBorder() == 0 for f in bare_cells)
    lined_cells = [lined.cellAt(0, c).format().toTableCellFormat() for c in range(2)]
    assert all(f.topBorder() > 0 and f.bottomBorder() > 0 for f in lined_cells)
    assert all(f.leftBorder() == 0 and f.rightBorder() == 0 for f in lined_cells)  # none inside


def test_typing_in_a_red_run_stays_red_and_save_writes_no_look(qtbot, opened):
    window, path = opened
    text = "今年以来，红色要求落实到位。"
    b = block(window, text)
    cur = QTextCursor(b)
    cur.setPosition(b.position() + text.index("要"))
    window.editor.setTextCursor(cur)
    type_text(window.editor, "的")
    assert format_at(
        window, "今年以来，红色的要求落实到位。", text.index("要")
    ).foreground().color() == QColor("#FF0000")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.editor.document().isModified()
    saved = read_document(path)
    par = next(x for x in saved.paragraphs if x.text == "今年以来，红色的要求落实到位。")
    looks = {par.text[a:b]: look.color for a, b, look in par.look.runs}
    assert looks.get("红色的要求") == "#FF0000"  # typed into the red run of the file
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode()
    assert xml.count("<w:b/>") == 0 and xml.count('w:val="FF0000"') == 1  # no look written


def test_a_text_file_keeps_the_house_look(window, report):
    assert window.files.open_path(str(report), ask=False)
    body = block(window, "今年以来工作稳步推进。")
    assert alignment(body) == Qt.AlignmentFlag.AlignJustify and body.blockFormat().textIndent() > 0


def test_red_head_template_is_red_centred_and_not_a_grid(window, tmp_path):
    import shutil

    path = tmp_path / "hongtou.docx"
    shutil.copyfile(real("cn04_wps_hongtou.docx"), path)
    assert window.files.open_path(str(path), ask=False)
    head = block(window, "XX市XXXX有限公司")
    assert alignment(head) == Qt.AlignmentFlag.AlignHCenter  # centred in its cell, as in WPS
    assert format_at(window, "XX市XXXX有限公司", 3).foreground().color() == QColor("#FF0000")
    (table,) = window.editor.document().rootFrame().childFrames()
    cells = [table.cellAt(row, 0).format().toTableCellFormat() for row in range(table.rows())]
    assert all(f.topBorder() == f.leftBorder() == f.rightBorder() == 0 for f in cells)
    assert all(f.bottomBorderBrush().color() == QColor("#FF0000") for f in cells)


def test_fonts_the_machine_lacks_fall_back_to_the_house_face(window, tmp_path):
    from ui.fonts import Face, resolve

    font = '<w:rFonts w:eastAsia="{}"/>'
    body = p("关于工作情况的报告") + f"<w:p>{r('仿宋写的字，', font.format('仿宋_GB2312'))}"
    body += f"{r('无名字体的字。', font.format('NoSuchFont 无此字体'))}</w:p>"
    assert window.files.open_path(str(make_docx(tmp_path, body)), ask=False)
    line = "仿宋写的字，无名字体的字。"
    assert window.live.analysis.roles[block(window, line).blockNumber()] is Role.BODY
    fangsong = resolve(Face.FANGSONG).family  # 仿宋_GB2312 itself, or what stands in for it
    assert format_at(window, line, 0).fontFamilies() == [fangsong]
    assert format_at(window, line, 7).fontFamilies() == [fangsong]  # the body face


def test_highlight_and_cell_shading_show(window, tmp_path):
    marked = '<w:highlight w:val="yellow"/>'
    shaded = '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F4F5F9"/></w:tcPr>'
    body = p("关于工作情况的报告") + f"<w:p>{r('要点标黄。', marked)}</w:p>"
    body += grid("").replace("<w:tc>", f"<w:tc>{shaded}", 1) + p()
    assert window.files.open_path(str(make_docx(tmp_path, body)), ask=False)
    assert format_at(window, "要点标黄。", 1).background().color() == QColor("#FFFF00")
    (table,) = window.editor.document().rootFrame().childFrames()
    assert table.cellAt(0, 0).format().background().color() == QColor("#F4F5F9")
    assert table.cellAt(0, 1).format().background().style() == Qt.BrushStyle.NoBrush


def test_a_bold_run_in_a_heavy_stand_in_face_stays_bold(window, tmp_path):
    # 方正小标宋 is drawn in the title face's stand-in, which imitates its weight: the run's own
    # bold must still read (and save) as bold, and the plain run next to it as not bold
    heavy = '<w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>'
    body = f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{r("关于", heavy + "<w:b/>")}'
    body += f"{r('开展检查的通知', heavy)}</w:p>" + p("各有关单位：")
    assert window.files.open_path(str(make_docx(tmp_path, body)), ask=False)
    index = block(window, "关于开展检查的通知").blockNumber()
    spans = [(s.start, s.end, s.bold) for s in window.editor.spans_of(index)]
    assert spans == [(0, 2, True)]
