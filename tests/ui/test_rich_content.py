"""What the file holds is what the editor shows: tables as QTextTable (merged cells merged),
images inline at their size, other objects as labelled placeholders; all of it reads back."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor, QTextTable

from app.model import (
    LINE_BREAK,
    OBJECT_CHAR,
    CellRef,
    Document,
    InlineObject,
    Paragraph,
    Table,
    TableCell,
)
from tests.ui.helpers import type_text
from ui.inline_objects import PLACEHOLDER_TYPE


def png_bytes(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def rich_document() -> Document:
    """Title, a 3×3 table whose first row is one merged cell, an image, a text box, a break."""
    table = Table(rows=3, cols=3, cells=[TableCell(0, 0, 1, 3)] + [
        TableCell(r, c) for r in (1, 2) for c in range(3)
    ])  # fmt: skip
    cells = [Paragraph("项目进度表", cell=CellRef(table.id, 0, 0))]
    for r in (1, 2):
        for c in range(3):
            cells.append(Paragraph(f"格{r}{c}", cell=CellRef(table.id, r, c)))
    image = InlineObject("image", "图片 1", image=png_bytes(60, 30), width_pt=45, height_pt=22.5)
    box = InlineObject("textbox", "文本框 1", text="发文机关标志")
    paragraphs = [
        Paragraph("关于项目进展的报告"),
        *cells,
        Paragraph(f"图示{OBJECT_CHAR}如上", objects=[image]),
        Paragraph(f"{OBJECT_CHAR}一行{LINE_BREAK}二行", objects=[box]),
    ]
    return Document(paragraphs=paragraphs, tables={table.id: table}, source_format="docx")


def loaded(window) -> Document:
    doc = rich_document()
    window.load_document(doc, None)
    return doc


def test_table_image_and_placeholder_are_shown_as_qt_objects(window):
    doc = loaded(window)
    qdoc = window.editor.document()
    assert qdoc.blockCount() == len(window.live.document.paragraphs)
    cell_block = qdoc.findBlockByNumber(1)
    table = QTextCursor(cell_block).currentTable()
    assert table is not None and (table.rows(), table.columns()) == (3, 3)
    merged = table.cellAt(0, 0)
    assert merged.columnSpan() == 3 and merged.firstCursorPosition().block().text() == "项目进度表"
    assert table.cellAt(0, 2).column() == 0  # covered by the merged cell
    assert table.cellAt(2, 1).firstCursorPosition().block().text() == "格21"
    image_index = next(i for i, p in enumerate(doc.paragraphs) if p.text.startswith("图示"))
    block = qdoc.findBlockByNumber(image_index)
    assert block.text() == f"图示{OBJECT_CHAR}如上"
    fmt = QTextCursor(qdoc)
    fmt.setPosition(block.position() + 3)  # right after the object
    image_format = fmt.charFormat()
    assert image_format.isImageFormat()
    assert round(image_format.toImageFormat().width()) == 60  # 45 pt at 96 dpi
    assert qdoc.resource(qdoc.ResourceType.ImageResource, image_format.toImageFormat().name())
    box_block = block.next()
    chip = QTextCursor(box_block)
    chip.setPosition(box_block.position() + 1)
    assert chip.charFormat().objectType() == PLACEHOLDER_TYPE
    assert "发文机关标志" in chip.charFormat().toolTip()
    assert "\u2028" in box_block.text()  # a line break, not a new paragraph


def test_everything_reads_back_equal(window):
    doc = rich_document()
    expected = [(p.id, p.text, p.cell, list(p.objects)) for p in doc.paragraphs]
    window.load_document(doc, None)
    model = window.live.document
    for p in model.paragraphs:  # forget what the model held: only the blocks can tell now
        p.text, p.cell, p.objects = "", None, []
    window.live.sync.resync()
    got = [(p.id, p.text, p.cell, p.objects) for p in window.current_document().paragraphs]
    # the table follows the title and a paragraph follows it: Qt needs no virtual block here
    assert got == expected
    assert got[-2][3][0].image == doc.paragraphs[-2].objects[0].image


def test_typing_in_a_cell_updates_that_cell_paragraph_only(qtbot, window):
    loaded(window)
    before = list(window.live.document.paragraphs)
    index = next(i for i, p in enumerate(before) if p.text == "格11")
    window.editor.go_to(index, 3)
    type_text(window.editor, "已完成")
    window.live.flush()
    after = window.live.document.paragraphs
    assert after[index] is before[index]
    assert after[index].text == "格11已完成"
    assert after[index].cell == before[index].cell
    assert all(a is b for a, b in zip(before, after, strict=True))
    assert window.live.analysis.roles[index] is not None  # cells are analysed like any text


def test_a_table_that_starts_the_document_gets_a_virtual_paragraph(window):
    table = Table(rows=1, cols=2)
    paragraphs = [
        Paragraph("左", cell=CellRef(table.id, 0, 0)),
        Paragraph("右", cell=CellRef(table.id, 0, 1)),
        Paragraph("正文。"),
    ]
    window.load_document(Document(paragraphs=paragraphs, tables={table.id: table}), None)
    doc = window.live.document
    assert [(p.text, p.virtual) for p in doc.paragraphs] == [
        ("", True), ("左", False), ("右", False), ("正文。", False)
    ]
    assert window.editor.document().blockCount() == 4
    assert len(window.live.analysis.roles) == 4


def test_deleting_the_whole_table_removes_it_from_the_model(window):
    doc = loaded(window)
    table_id = next(iter(doc.tables))
    qdoc = window.editor.document()
    first = qdoc.findBlockByNumber(1)
    table = QTextCursor(first).currentTable()
    cur = QTextCursor(qdoc)
    cur.setPosition(table.firstPosition() - 1)
    cur.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
    cur.removeSelectedText()
    model = window.live.document
    assert table_id not in model.tables
    assert all(p.cell is None for p in model.paragraphs)
    assert qdoc.blockCount() == len(model.paragraphs)
    window.undo()
    assert table_id in window.live.document.tables
    assert sum(p.cell is not None for p in window.live.document.paragraphs) == 7


def test_clicking_a_chip_selects_its_side_part(qtbot, window):
    from app.model import SidePart

    doc = rich_document()
    doc.side_parts = [SidePart("footer", "页脚", ["— 1 —"]),
                      SidePart("textbox", "文本框 1", ["发文机关标志"])]  # fmt: skip
    window.load_document(doc, None)
    assert window.side_parts.isVisible()
    index = next(i for i, p in enumerate(doc.paragraphs) if p.text.endswith("二行"))
    block = window.editor.document().findBlockByNumber(index)
    cur = QTextCursor(block)
    window.editor.ensureCursorVisible()
    window.editor.setTextCursor(cur)
    window.editor.ensureCursorVisible()
    rect = window.editor.cursorRect(cur)
    point = rect.center()
    point.setX(rect.x() + 6)  # inside the chip that follows the cursor
    qtbot.mouseClick(window.editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    current = window.side_parts.list.currentItem()
    assert current is not None and current.text(0) == "文本框 1"


def test_typing_into_a_virtual_paragraph_makes_it_real(window):
    table = Table(rows=1, cols=1)
    paragraphs = [Paragraph("格", cell=CellRef(table.id, 0, 0)), Paragraph("正文。")]
    window.load_document(Document(paragraphs=paragraphs, tables={table.id: table}), None)
    model = window.live.document
    assert model.paragraphs[0].virtual
    window.editor.go_to(0, 0)
    type_text(window.editor, "标题")
    assert model.paragraphs[0].text == "标题" and not model.paragraphs[0].virtual
    window.undo()
    assert window.live.document.paragraphs[0].virtual


def test_a_split_made_behind_the_editor_still_gets_its_own_id(qtbot, window):
    from ui.identity import block_id

    window.load_document(Document(paragraphs=[Paragraph("甲乙"), Paragraph("丙")]), None)
    block = window.editor.document().begin()
    cur = QTextCursor(block)
    cur.setPosition(1)
    cur.insertBlock()  # a plain Qt split: the new block copies the id
    model = window.live.document.paragraphs
    assert [p.text for p in model] == ["甲", "乙", "丙"]
    assert len({p.id for p in model}) == 3

    def ids_written() -> bool:
        b, ids = window.editor.document().begin(), []
        while b.isValid():
            ids.append(block_id(b))
            b = b.next()
        return ids == [p.id for p in window.live.document.paragraphs]

    qtbot.waitUntil(ids_written)


def test_a_nested_table_sits_in_its_cell_and_reads_back(window):
    outer = Table(rows=1, cols=2)
    inner = Table(rows=2, cols=1, parent=CellRef(outer.id, 0, 1))
    paragraphs = [
        Paragraph("表前"),
        Paragraph("外左", cell=CellRef(outer.id, 0, 0)),
        Paragraph("内上", cell=CellRef(inner.id, 0, 0)),
        Paragraph("内下", cell=CellRef(inner.id, 1, 0)),
        Paragraph("表后"),
    ]
    doc = Document(paragraphs=paragraphs, tables={outer.id: outer, inner.id: inner})
    window.load_document(doc, None)
    model = window.live.document
    # Qt keeps a block before and after the inner table inside its cell: two virtual paragraphs
    assert [(p.text, p.virtual, p.cell) for p in model.paragraphs] == [
        ("表前", False, None),
        ("外左", False, CellRef(outer.id, 0, 0)),
        ("", True, CellRef(outer.id, 0, 1)),
        ("内上", False, CellRef(inner.id, 0, 0)),
        ("内下", False, CellRef(inner.id, 1, 0)),
        ("", True, CellRef(outer.id, 0, 1)),
        ("表后", False, None),
    ]
    saved = [(p.id, p.text, p.cell) for p in model.paragraphs]
    window.live.sync.resync()
    assert [(p.id, p.text, p.cell) for p in window.live.document.paragraphs] == saved
    inner_block = window.editor.document().findBlockByNumber(3)
    table = QTextCursor(inner_block).currentFrame()
    assert isinstance(table, QTextTable) and isinstance(table.parentFrame(), QTextTable)


def test_a_line_break_is_a_break_inside_one_paragraph(window):
    window.load_document(Document(paragraphs=[Paragraph(f"第一行{LINE_BREAK}第二行")]), None)
    block = window.editor.document().begin()
    assert window.editor.document().blockCount() == 1
    layout = block.layout()
    starts = [layout.lineAt(k).textStart() for k in range(layout.lineCount())]
    assert 4 in starts  # the second line starts right after the break, however wide the view
    assert all(not (s < 3 < s + layout.lineAt(k).textLength() - 1)
               for k, s in enumerate(starts))  # and no line runs across it  # fmt: skip


def test_a_paragraph_in_a_covered_grid_position_joins_the_merged_cell(window):
    table = Table(rows=2, cols=2, cells=[TableCell(0, 0, 1, 2), TableCell(1, 0), TableCell(1, 1)])
    paragraphs = [
        Paragraph("合并格", cell=CellRef(table.id, 0, 0)),
        Paragraph("被遮住的格", cell=CellRef(table.id, 0, 1)),  # what a sloppy file can say
        Paragraph("左下", cell=CellRef(table.id, 1, 0)),
        Paragraph("右下", cell=CellRef(table.id, 1, 1)),
        Paragraph("正文。"),
    ]
    window.load_document(Document(paragraphs=paragraphs, tables={table.id: table}), None)
    model = [(p.text, p.cell) for p in window.live.document.paragraphs if not p.virtual]
    assert model == [
        ("合并格", CellRef(table.id, 0, 0)),
        ("被遮住的格", CellRef(table.id, 0, 0)),
        ("左下", CellRef(table.id, 1, 0)),
        ("右下", CellRef(table.id, 1, 1)),
        ("正文。", None),
    ]
    window.live.sync.resync()
    assert [(p.text, p.cell) for p in window.live.document.paragraphs if not p.virtual] == model


def test_a_row_shorter_than_the_grid_keeps_blocks_and_paragraphs_aligned(window):
    """Word lets a row hold fewer cells than the grid (w:gridAfter); Qt's grid is full, so the
    position no cell covers holds a block: it must be a virtual paragraph, not a new one."""
    table = Table(rows=2, cols=3, cells=[TableCell(0, 0), TableCell(0, 1), TableCell(0, 2),
                                         TableCell(1, 0, 1, 2)])  # fmt: skip
    paragraphs = [
        Paragraph("甲", cell=CellRef(table.id, 0, 0)),
        Paragraph("乙", cell=CellRef(table.id, 0, 1)),
        Paragraph("丙", cell=CellRef(table.id, 0, 2)),
        Paragraph("合计", cell=CellRef(table.id, 1, 0)),
        Paragraph("正文。"),
    ]
    window.load_document(Document(paragraphs=paragraphs, tables={table.id: table}), None)
    doc = window.live.document
    assert window.editor.document().blockCount() == len(doc.paragraphs)
    assert [p.text for p in doc.paragraphs if not p.virtual] == ["甲", "乙", "丙", "合计", "正文。"]
    (short,) = [p for p in doc.paragraphs if p.virtual and p.cell == CellRef(table.id, 1, 2)]
    assert short.text == ""


def test_a_text_box_chip_shows_the_start_of_its_text():
    """A red-head template keeps "会议纪要" in a text box: the chip must not hide it."""
    from ui.inline_objects import chip_label, object_tooltip

    head = InlineObject("textbox", "文本框", text="\n会议纪要\n第二行")
    assert chip_label(head) == "文本框：会议纪要"
    assert object_tooltip(head) == "文本框\n\n会议纪要\n第二行"  # the whole text, once
    imprint = InlineObject("textbox", "文本框", text=" XXXX人民政府          2020年2月19日印发")
    assert chip_label(imprint) == "文本框：XXXX人民政府 2020年2月…"  # 16 characters, then …
    assert chip_label(InlineObject("textbox", "文本框", text=" \n")) == "文本框"
    assert chip_label(InlineObject("footnote", "脚注 1", text="注释正文")) == "脚注 1"


def _painted_rule(obj: InlineObject) -> QImage:
    """A page holding only ``obj`` after a line of text, painted as the editor paints it."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QPainter, QTextDocument

    from app.model import OBJECT_CHAR
    from ui.inline_objects import ObjectRegistry, insert_text_with_objects, install_placeholders

    owner = QObject()
    doc = QTextDocument()
    doc.setTextWidth(600)
    registry = ObjectRegistry()
    install_placeholders(doc, registry, owner)
    insert_text_with_objects(QTextCursor(doc), OBJECT_CHAR, [obj], registry, 560.0)
    image = QImage(600, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    return image


def _pixels(image: QImage) -> set[tuple[int, int, int]]:
    return {image.pixelColor(x, y).getRgb()[:3]
            for x in range(0, image.width(), 3) for y in range(image.height())}


def test_a_red_head_separator_is_drawn_in_its_own_colour(qapp):
    """The rule under a 公文's 发文机关标志 is red in the file (GB/T 9704 7.2.5): the editor shows
    it red, not as a grey stand-in; a line the file gives no colour stays grey."""
    red = InlineObject("shape", "形状", width_pt=449.5, height_pt=0.0, stroke=(2.5, "#FF0000"))
    plain = InlineObject("shape", "形状", width_pt=449.5, height_pt=0.0, stroke=(0.75, None))

    def reddish(rgb: tuple[int, int, int]) -> bool:
        r, g, b = rgb
        return r > 200 and g < 80 and b < 80

    red_pixels = [c for c in _pixels(_painted_rule(red)) if reddish(c)]
    assert red_pixels, "the separator the file draws red is not red on screen"
    assert not [c for c in _pixels(_painted_rule(plain)) if reddish(c)]
    assert any(c != (255, 255, 255) for c in _pixels(_painted_rule(plain)))  # but drawn


def _status_count(window) -> int:
    """The problems the status bar counts (errors + warnings + notes)."""
    import re

    text = window.problem_label.text()
    return sum(int(n) for n in re.findall(r"(?:errors|warnings|notes) (\d+)", text))


def _body_count(window) -> int:
    """The body's problems (the analysis last shown), ignored ones left out."""
    return sum(1 for fs in window.shown.findings_by_index.values() for f in fs if not f.ignored)


def test_a_typo_in_a_header_is_listed_under_it_in_the_side_pane(qtbot, window):
    """The 页眉、页脚与注释 pane lists the problems of what it shows (app/side_checks.py): the
    header's typo is a row under the header, the pane's title counts it and it comes to the
    front of the (empty) comments tab; the page-number footer has none."""
    from app.model import SidePart

    doc = rich_document()
    doc.side_parts = [SidePart("header", "页眉（第1节）", ["某某县人民政府办工室"]),
                      SidePart("footer", "页脚（第1节）", ["— 1 —"])]  # fmt: skip
    window.load_document(doc, None)
    qtbot.waitUntil(lambda: bool(window.side_parts.findings), timeout=15000)
    header = window.side_parts.list.topLevelItem(0)
    footer = window.side_parts.list.topLevelItem(1)
    assert header.childCount() == 1 and footer.childCount() == 0
    row = header.child(0)
    assert row.text(0) == "1:8" and "“办工室”应为“办公室”" in row.text(1)
    assert header.isExpanded()
    assert window.side_parts.windowTitle().endswith("(1)")
    # the problems list, which has no row for it, says it is there, and the status bar's
    # counts by severity are the document's (the body's and the header's)
    assert "+1 in headers, footers and notes" in window.problems.summary.text()
    assert _status_count(window) == _body_count(window) + 1
    from ui import settings as S

    S.put("rules/disabled", ["typo"])  # the reviewer turns 错别字 off: the row goes
    window.desktop.apply_settings({"rules/disabled": ["typo"]})
    qtbot.waitUntil(lambda: window.side_parts.list.topLevelItem(0).childCount() == 0,
                    timeout=15000)  # fmt: skip
    assert not window.side_parts.windowTitle().endswith("(1)")
    assert "headers, footers" not in window.problems.summary.text()
    assert _status_count(window) == _body_count(window)
    S.put("rules/disabled", [])  # and back on: it is listed again
    window.desktop.apply_settings({"rules/disabled": []})
    qtbot.waitUntil(lambda: window.side_parts.list.topLevelItem(0).childCount() == 1,
                    timeout=15000)  # fmt: skip
    window.load_document(rich_document(), None)  # another report: its own parts, no count
    assert not window.side_parts.windowTitle().endswith("(1)")
    assert "headers, footers" not in window.problems.summary.text()
