"""The report pane: a QTextEdit with one QTextBlock per paragraph, styled as the report prints.

It knows nothing about rules: it draws roles given to it (:class:`ui.styling.RoleHighlighter`) and
problem ranges given to it (wavy ExtraSelections with the message as tooltip).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QTextCharFormat,
    QTextCursor,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QTextEdit, QToolTip

from app.findings import Severity
from app.model import Paragraph, Role, Span
from ui.styling import (
    BODY_PT,
    FIXED_ROLE_PROPERTY,
    ROLE_LAYOUT,
    Layout,
    RoleHighlighter,
    block_format_for,
    char_width,
    fixed_role,
    layout_of,
)
from ui.textpos import from_utf16, to_utf16

CHARS_PER_LINE = 28  # GB/T 9704: 28 characters a line, 22 lines a page
SEVERITY_COLORS = {
    Severity.ERROR: QColor("#d32f2f"),
    Severity.WARNING: QColor("#ef8f00"),
    Severity.INFO: QColor("#1e88e5"),
}


@dataclass(frozen=True)
class Mark:
    """A problem range to underline: paragraph index and code-point offsets."""

    index: int
    start: int
    end: int
    severity: Severity
    message: str


class ReportEditor(QTextEdit):
    fileDropped = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(True)
        self.setAcceptDrops(True)
        self.highlighter = RoleHighlighter(self.document())
        font = self.font()
        font.setPointSizeF(BODY_PT)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(24)
        self._marks: dict[int, list[Mark]] = {}
        self._layout_roles: dict[int, Role] = {}  # paragraph id → role its layout was set for
        # (block index, code-point offset) → [(label, callback)], set by the window
        self.fix_provider: Callable[[int, int], list[tuple[str, Callable[[], None]]]] | None = None
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self._zoom = 1.0
        self._update_page_width()

    # ---- the page: 28 characters a line, as GB/T 9704 prints ---------------------------------
    def page_width(self) -> int:
        margin = self.document().documentMargin()
        return int(CHARS_PER_LINE * char_width(BODY_PT * self._zoom) + 2 * margin + 2)

    def _update_page_width(self) -> None:
        self.setLineWrapColumnOrWidth(self.page_width())
        self._center_page()

    def _center_page(self) -> None:
        bar = self.verticalScrollBar()
        avail = self.width() - 2 * self.frameWidth() - (bar.width() if bar.isVisible() else 0)
        side = max(0, (avail - self.page_width()) // 2)
        self.setViewportMargins(side, 0, side, 0)
        # a page wider than the view (zoomed in) wraps at the view, as Word's draft view does,
        # instead of cutting its lines off behind a horizontal scroll bar
        wrap = max(min(self.page_width(), avail), 120)
        if self.lineWrapColumnOrWidth() != wrap:
            self.setLineWrapColumnOrWidth(wrap)

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        self._center_page()

    # ---- loading and reading back -------------------------------------------------------------
    def load_steps(
        self,
        paragraphs: Sequence[Paragraph],
        roles: Sequence[Role] | None = None,
        decorate: Callable[[QTextCursor], None] | None = None,
        batch: int = 0,
    ) -> Iterator[int]:
        """Replace the content in steps of ``batch`` paragraphs (0: one step), not undoably, for a
        caller that goes back to the event loop between steps (:mod:`ui.loader`: laying out
        20,000 paragraphs takes seconds). Yields how many paragraphs are in.

        Set ``highlighter.keys`` first and pass the analysed ``roles``: the text is then drawn
        and laid out once, in its final style. ``decorate`` (comment anchors) runs on the new
        text in the last step, so that it is laid out once too.
        """
        doc = self.document()
        doc.setUndoRedoEnabled(False)
        doc.clear()
        cursor = QTextCursor(doc)
        body = block_format_for(Role.BODY)
        cursor.setBlockFormat(body)  # every new block copies it: text is laid out once
        total = len(paragraphs)
        step = batch if batch > 0 else max(total, 1)
        if step < total:
            yield 0  # clearing a long document is a step of its own
        block = doc.begin()
        for first in range(0, max(total, 1), step):
            chunk = paragraphs[first : first + step]
            cursor.beginEditBlock()
            if first:
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.insertBlock(body, QTextCharFormat())
                block = cursor.block()
            cursor.insertText("\n".join(p.text for p in chunk), QTextCharFormat())
            for i, p in enumerate(chunk, first):
                role = p.role if p.role_fixed and p.role is not None else None
                layout_role = role or (roles[i] if roles is not None and i < len(roles) else None)
                want = ROLE_LAYOUT.get(layout_role, Layout.INDENT) if layout_role else Layout.INDENT
                if role is not None or (
                    want is not Layout.INDENT and layout_role not in (Role.BLANK, Role.JUNK)
                ):
                    fmt = block_format_for(layout_role, body)
                    if role is not None:
                        fmt.setProperty(FIXED_ROLE_PROPERTY, role.value)
                    QTextCursor(block).setBlockFormat(fmt)
                for span in p.spans:
                    self._apply_span(block, span)
                block = block.next()
            if first + step >= total and decorate is not None:
                decorate(cursor)
            cursor.endEditBlock()
            if first == 0 and step < total:
                self.setTextCursor(QTextCursor(doc))  # scroll bars settle while the text is short
            yield min(first + step, total)
        doc.setUndoRedoEnabled(True)
        doc.setModified(False)
        if roles is not None:  # laid out for these roles already: apply_styles need not look
            self._layout_roles = {p.id: r for p, r in zip(paragraphs, roles, strict=False)}
        self.setTextCursor(QTextCursor(doc))

    def _apply_span(self, block, span: Span) -> None:
        text = block.text()
        cur = QTextCursor(block)
        cur.setPosition(block.position() + to_utf16(text, span.start))
        end = block.position() + to_utf16(text, span.end)
        cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        if span.bold:
            fmt.setFontWeight(700)
        if span.italic:
            fmt.setFontItalic(True)
        if span.underline:
            fmt.setFontUnderline(True)
        cur.mergeCharFormat(fmt)

    def snapshot(self) -> list[tuple[str, Role | None]]:
        """(text, role fixed by the user or None) for every block."""
        out = []
        block = self.document().begin()
        while block.isValid():
            out.append((block.text(), fixed_role(block.blockFormat())))
            block = block.next()
        return out

    def spans_of(self, index: int) -> list[Span]:
        """Bold/italic/underline of one paragraph as code-point spans (for the writers)."""
        block = self.document().findBlockByNumber(index)
        text = block.text()
        spans: list[Span] = []
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                fmt = frag.charFormat()
                bold = fmt.fontWeight() >= 600
                italic, underline = fmt.fontItalic(), fmt.fontUnderline()
                if bold or italic or underline:
                    start = from_utf16(text, frag.position() - block.position())
                    end = from_utf16(text, frag.position() - block.position() + frag.length())
                    spans.append(Span(start, end, bold, italic, underline))
            it += 1
        return spans

    # ---- roles ---------------------------------------------------------------------------------
    def set_role(self, index: int, role: Role | None) -> None:
        """Fix (or with None: release) the role of paragraph ``index``; one undo step."""
        block = self.document().findBlockByNumber(index)
        if not block.isValid():
            return
        fmt = block_format_for(role or Role.BODY, block.blockFormat())
        if role is None:
            fmt.clearProperty(FIXED_ROLE_PROPERTY)
        else:
            fmt.setProperty(FIXED_ROLE_PROPERTY, role.value)
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.setBlockFormat(fmt)
        cursor.endEditBlock()

    def apply_styles(
        self,
        keys: list[int],
        roles: Sequence[Role],
        join_undo: bool,
        ids: Sequence[int] | None = None,
    ) -> int:
        """Redraw blocks whose style key changed; fix block layouts the roles need.

        Layout changes follow the last edit, so they are joined to its undo step; when there is
        no such step (just loaded) they are applied without undo. Returns blocks redrawn.
        """
        self.highlighter.keys = keys
        doc = self.document()
        seen = self._layout_roles
        if ids is not None:
            self._layout_roles = dict(zip(ids, roles, strict=False))
        redrawn = 0
        changes = []
        batch = QTextCursor(doc)
        batch.beginEditBlock()  # one relayout for all redrawn blocks, not one each
        block = doc.begin()
        i = 0
        while block.isValid():
            if block.userState() != self.highlighter.key_for(i):
                self.highlighter.rehighlightBlock(block)
                redrawn += 1
            # block layout only needs a look where the paragraph or its role is new
            if i < len(roles) and (ids is None or seen.get(ids[i]) is not roles[i]):
                role = fixed_role(block.blockFormat()) or roles[i]
                want = ROLE_LAYOUT.get(role, Layout.INDENT)
                if role not in (Role.BLANK, Role.JUNK) and want != layout_of(block.blockFormat()):
                    changes.append((block, role))
            block = block.next()
            i += 1
        batch.endEditBlock()
        if changes and not doc.isRedoAvailable():
            if join_undo and doc.isUndoAvailable():
                cursor = QTextCursor(doc)
                cursor.joinPreviousEditBlock()
                for blk, role in changes:
                    QTextCursor(blk).setBlockFormat(block_format_for(role, blk.blockFormat()))
                cursor.endEditBlock()
            else:
                modified = doc.isModified()
                doc.setUndoRedoEnabled(False)
                cursor = QTextCursor(doc)
                cursor.beginEditBlock()
                for blk, role in changes:
                    QTextCursor(blk).setBlockFormat(block_format_for(role, blk.blockFormat()))
                cursor.endEditBlock()
                doc.setUndoRedoEnabled(True)
                doc.setModified(modified)
        return redrawn

    # ---- problem underlines -------------------------------------------------------------------
    def set_marks(self, marks: Sequence[Mark]) -> None:
        doc = self.document()
        self._marks = {}
        selections = []
        for m in sorted(marks, key=lambda m: -m.severity.rank):  # errors drawn last, on top
            self._marks.setdefault(m.index, []).append(m)
            block = doc.findBlockByNumber(m.index)
            if not block.isValid():
                continue
            text = block.text()
            start, end = min(m.start, len(text)), min(max(m.end, m.start + 1), len(text))
            if end <= start:
                continue
            sel = QTextEdit.ExtraSelection()
            cur = QTextCursor(doc)
            cur.setPosition(block.position() + to_utf16(text, start))
            cur.setPosition(block.position() + to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cur
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(SEVERITY_COLORS[m.severity])
            sel.format = fmt
            selections.append(sel)
        self.setExtraSelections(selections)

    def marks_at(self, index: int, offset: int) -> list[Mark]:
        marks = self._marks.get(index, [])
        return [m for m in marks if m.start <= offset <= max(m.end, m.start + 1)]

    def cursor_location(self) -> tuple[int, int]:
        """(paragraph index, code-point offset) of the text cursor."""
        cur = self.textCursor()
        block = cur.block()
        return block.blockNumber(), from_utf16(block.text(), cur.positionInBlock())

    def event(self, ev) -> bool:
        if ev.type() == QEvent.Type.ToolTip:
            cur = self.cursorForPosition(ev.pos())
            block = cur.block()
            offset = from_utf16(block.text(), cur.positionInBlock())
            marks = self.marks_at(block.blockNumber(), offset)
            if marks:
                QToolTip.showText(ev.globalPos(), "\n".join(m.message for m in marks), self)
            else:
                QToolTip.hideText()
                ev.ignore()
            return True
        return super().event(ev)

    def contextMenuEvent(self, ev) -> None:
        menu = self.createStandardContextMenu(ev.pos())
        if self.fix_provider is not None:
            cur = self.cursorForPosition(ev.pos())
            block = cur.block()
            offset = from_utf16(block.text(), cur.positionInBlock())
            fixes = self.fix_provider(block.blockNumber(), offset)
            first = menu.actions()[0] if menu.actions() else None
            for label, callback in fixes:
                act = QAction(label, menu)
                act.triggered.connect(callback)
                menu.insertAction(first, act)
            if fixes:
                menu.insertSeparator(first)
        menu.exec(ev.globalPos())
        menu.deleteLater()

    # ---- paste and drop -----------------------------------------------------------------------
    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste as plain text: Word/WPS styling is dropped, paragraphs become blocks."""
        if source.hasText():
            text = source.text()
        elif source.hasHtml():
            text = QTextDocumentFragment.fromHtml(source.html()).toPlainText()
        else:
            return
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
        text = "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32)
        cursor = self.textCursor()
        cursor.insertText(text, QTextCharFormat())
        self.setTextCursor(cursor)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()

    def _local_file(self, mime: QMimeData) -> str | None:
        if mime.hasUrls():
            for url in mime.urls():
                if url.isLocalFile():
                    return url.toLocalFile()
        return None

    def dragEnterEvent(self, ev) -> None:
        if self._local_file(ev.mimeData()):
            ev.acceptProposedAction()
        else:
            super().dragEnterEvent(ev)

    def dragMoveEvent(self, ev) -> None:
        if self._local_file(ev.mimeData()):
            ev.acceptProposedAction()
        else:
            super().dragMoveEvent(ev)

    def dropEvent(self, ev) -> None:
        path = self._local_file(ev.mimeData())
        if path:
            ev.acceptProposedAction()
            self.fileDropped.emit(path)
        else:
            super().dropEvent(ev)

    # ---- zoom ---------------------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        zoom = max(0.5, min(3.0, zoom))
        self._zoom = zoom
        self.highlighter.set_zoom(zoom)
        font = self.document().defaultFont()
        font.setPointSizeF(BODY_PT * zoom)
        self.document().setDefaultFont(font)
        self.highlighter.rehighlight()
        self._update_page_width()

    def go_to(self, index: int, start: int = 0, end: int | None = None) -> None:
        """Put the cursor at (index, start) or select [start, end); scroll it into view."""
        block = self.document().findBlockByNumber(index)
        if not block.isValid():
            return
        text = block.text()
        cur = QTextCursor(block)
        cur.setPosition(block.position() + to_utf16(text, min(start, len(text))))
        if end is not None:
            end = min(end, len(text))
            cur.setPosition(block.position() + to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cur)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
