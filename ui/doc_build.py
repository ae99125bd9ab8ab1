"""Filling the editor with a document: a block per paragraph, tables as QTextTable, objects inline.

Each block gets a block format carrying its paragraph's id (:mod:`ui.identity`), its fixed role
and its layout, so that the text is laid out once. Paragraphs with a ``cell`` are built into real
QTextTables (merged cells merged through row/col spans, nested tables inside their cell) and are
edited, checked and read back like any other block. The document must already hold the virtual
paragraphs Qt needs around tables (:func:`ui.virtual_blocks.with_virtuals`): then block number ==
paragraph index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from app.model import CellRef, Paragraph, Role, Span, Table
from ui.file_look import FileLook
from ui.identity import PARAGRAPH_ID_PROPERTY, TABLE_ID_PROPERTY, VIRTUAL_PROPERTY
from ui.inline_objects import ObjectRegistry, insert_text_with_objects
from ui.styling import FIXED_ROLE_PROPERTY, ROLE_LAYOUT, Layout, block_format_for
from ui.textpos import to_utf16

IN_CELL_PROPERTY = int(QTextFormat.Property.UserProperty) + 6  # block: laid out as a cell line


def cell_block_format(base: QTextBlockFormat) -> QTextBlockFormat:
    """A table cell's line: no first-line indent, left aligned (roles do not lay cells out)."""
    fmt = QTextBlockFormat(base)
    fmt.setTextIndent(0.0)
    fmt.setRightMargin(0.0)
    fmt.setTopMargin(0.0)
    fmt.setBottomMargin(0.0)
    fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
    fmt.setProperty(IN_CELL_PROPERTY, 1)  # (ints: PySide mis-counts bool properties)
    return fmt


def apply_span(block, span: Span) -> None:
    text = block.text()
    cur = QTextCursor(block)
    cur.setPosition(block.position() + to_utf16(text, span.start))
    cur.setPosition(block.position() + to_utf16(text, span.end), QTextCursor.MoveMode.KeepAnchor)
    fmt = QTextCharFormat()
    if span.bold:
        fmt.setFontWeight(700)
    if span.italic:
        fmt.setFontItalic(True)
    if span.underline:
        fmt.setFontUnderline(True)
    cur.mergeCharFormat(fmt)


class DocumentBuilder:
    """Writes paragraphs (and their tables) at the end of a QTextDocument, block by block."""

    def __init__(
        self,
        doc: QTextDocument,
        tables: dict[int, Table],
        registry: ObjectRegistry,
        roles: Sequence[Role] | None,
        max_object_width: float,
    ) -> None:
        self.doc = doc
        self.tables = tables
        self.registry = registry
        self.roles = roles
        self.max_object_width = max_object_width
        self.body = block_format_for(Role.BODY)
        self.cursor = QTextCursor(doc)
        self.cursor.setBlockFormat(self.body)
        self.fresh = True  # the cursor's block is empty and waits for the next paragraph
        self.index = 0  # paragraph index of the next paragraph
        self.looks = FileLook()  # a .docx's own look (ui.file_look)

    def layout_role(self, p: Paragraph, i: int) -> Role | None:
        """The role paragraph ``i`` is laid out for: its fixed one, else the analysed one (as
        in block_format, which spells it out: a call per paragraph of a long text file)."""
        if p.role_fixed and p.role is not None:
            return p.role
        return self.roles[i] if self.roles is not None and i < len(self.roles) else None

    def block_format(self, p: Paragraph, i: int, in_cell: bool) -> QTextBlockFormat:
        role = p.role if p.role_fixed and p.role is not None else None
        layout_role = role or (self.roles[i] if self.roles is not None and i < len(self.roles)
                               else None)  # fmt: skip
        want = ROLE_LAYOUT.get(layout_role, Layout.INDENT) if layout_role else Layout.INDENT
        fmt = QTextBlockFormat(self.body)
        if role is not None or (
            want is not Layout.INDENT and layout_role not in (Role.BLANK, Role.JUNK)
        ):
            fmt = block_format_for(layout_role, self.body)
        if role is not None:
            fmt.setProperty(FIXED_ROLE_PROPERTY, role.value)
        if in_cell:
            fmt = cell_block_format(fmt)
        if p.look is not None:
            fmt = self.looks.block_format(fmt, p.look)
        fmt.setProperty(PARAGRAPH_ID_PROPERTY, p.id)
        if p.virtual:
            fmt.setProperty(VIRTUAL_PROPERTY, 1)
        return fmt

    def paragraph(self, p: Paragraph) -> None:
        fmt = self.block_format(p, self.index, p.cell is not None)
        if self.fresh:
            self.cursor.setBlockFormat(fmt)
            self.fresh = False
        else:
            self.cursor.insertBlock(fmt, QTextCharFormat())
        # the paragraph's own indents come off the page width: a picture never sticks out
        room = self.max_object_width - max(fmt.textIndent(), 0) - fmt.leftMargin() - \
            fmt.rightMargin()
        insert_text_with_objects(self.cursor, p.text, p.objects, self.registry, room)
        if p.look is not None:  # (before the spans: a span's bold wins over the look's weight)
            role = self.layout_role(p, self.index)
            self.looks.draw_runs(self.cursor.block(), p.text, p.look, role)
        if p.spans:
            block = self.cursor.block()
            for span in p.spans:
                apply_span(block, span)
        self.index += 1

    def flow(self, paras: Sequence[Paragraph], container: int | None) -> None:
        """The paragraphs of one flow (the body or a cell), tables built where they start."""
        i = 0
        while i < len(paras):
            p = paras[i]
            if p.cell is None or p.cell.table_id == container:
                self.paragraph(p)
                i += 1
                continue
            table = self._child(p.cell, container)
            j = i + 1
            while j < len(paras):
                cell = paras[j].cell
                if cell is None or cell.table_id == container:
                    break
                if self._child(cell, container) is not table:
                    break
                j += 1
            self.table(table, paras[i:j])
            i = j

    def _child(self, cell: CellRef, container: int | None) -> Table:
        table = self.tables[cell.table_id]
        while table.parent is not None and table.parent.table_id != container:
            table = self.tables[table.parent.table_id]
        return table

    def _cell_key(self, cell: CellRef, table: Table) -> tuple[int, int]:
        if cell.table_id == table.id:
            return cell.row, cell.col
        inner = self.tables[cell.table_id]
        while inner.parent is not None and inner.parent.table_id != table.id:
            inner = self.tables[inner.parent.table_id]
        assert inner.parent is not None
        return inner.parent.row, inner.parent.col

    def table(self, table: Table, paras: Sequence[Paragraph]) -> QTextTable:
        fmt = QTextTableFormat()
        fmt.setBorder(1)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderBrush(QBrush(QColor("#8a8a8a")))
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setProperty(TABLE_ID_PROPERTY, table.id)
        if table.look is not None:
            self.looks.table_format(fmt)
        qt = self.cursor.insertTable(max(table.rows, 1), max(table.cols, 1), fmt)
        for c in table.cells:
            if c.row_span > 1 or c.col_span > 1:
                qt.mergeCells(c.row, c.col, c.row_span, c.col_span)
        if table.look is not None:
            self.looks.draw_borders(qt, table.look)
        by_cell: dict[tuple[int, int], list[Paragraph]] = {}
        for p in paras:
            assert p.cell is not None
            cell = qt.cellAt(*self._cell_key(p.cell, table))  # a covered cell: the merged one
            key = (cell.row(), cell.column()) if cell.isValid() else (0, 0)
            by_cell.setdefault(key, []).append(p)
        for key in sorted(by_cell):
            self.cursor = qt.cellAt(*key).firstCursorPosition()
            self.fresh = True
            self.flow(by_cell[key], table.id)
        self.cursor = QTextCursor(self.doc)
        self.cursor.setPosition(qt.lastPosition() + 1)  # the block Qt put after the table
        self.fresh = True
        return qt


def top_level_units(paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
    """[start, end) ranges that can be built on their own: one body paragraph or a whole
    top-level table run (batches for stepped loading never split a table)."""
    units: list[tuple[int, int]] = []
    i = 0
    while i < len(paragraphs):
        j = i + 1
        if paragraphs[i].cell is not None:
            while j < len(paragraphs) and paragraphs[j].cell is not None:
                j += 1
        units.append((i, j))
        i = j
    return units


def fill_steps(
    builder: DocumentBuilder,
    paragraphs: Sequence[Paragraph],
    step: int,
    decorate: Callable[[QTextCursor], None] | None,
) -> Iterator[int]:
    """Build ``paragraphs`` in batches of about ``step``; yields paragraphs built so far."""
    units = top_level_units(paragraphs)
    total = len(paragraphs)
    k = 0
    done = 0
    while True:
        builder.cursor.beginEditBlock()
        limit = done + step
        while k < len(units) and (units[k][0] < limit or done == units[k][0] == 0):
            start, end = units[k]
            builder.flow(paragraphs[start:end], None)
            done = end
            k += 1
        last = k >= len(units)
        if last and decorate is not None:
            decorate(builder.cursor)
        builder.cursor.endEditBlock()
        yield min(done, total)
        if last:
            return
