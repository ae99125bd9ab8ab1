"""The report pane: a QTextEdit with one QTextBlock per paragraph, styled as the report prints.

It knows nothing about rules: it draws roles given to it (:class:`ui.styling.RoleHighlighter`) and
problem ranges given to it (wavy ExtraSelections with the message as tooltip). Each block carries
its paragraph's id (:mod:`ui.identity`); Enter and paste resolve the id a split copies in the same
undo step. Tables, images and other inline objects are built by :mod:`ui.doc_build`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import compress, count
from operator import ne

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QTextCharFormat,
    QTextCursor,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QTextEdit, QToolTip

from app.model import LINE_BREAK, OBJECT_CHAR, InlineObject, Paragraph, Role, Span, Table
from app.textclean import clean_text
from ui.doc_build import IN_CELL_PROPERTY, DocumentBuilder, fill_steps
from ui.identity import keep_ids
from ui.inline_objects import (
    ObjectRegistry,
    install_placeholders,
    object_at,
    object_tooltip,
)
from ui.paragraph_sync import spans_of_block
from ui.styling import (
    BODY_PT,
    FIXED_ROLE_PROPERTY,
    KEEP_LAYOUT_FROM,
    ROLE_LAYOUT,
    Layout,
    RoleHighlighter,
    block_format_for,
    body_font,
    char_width,
    fast_relayout,
    fixed_role,
    keep_layout,
    keep_long_layouts,
    layout_of,
)
from ui.textpos import from_utf16, to_utf16
from ui.underlines import Mark, Underlines

CHARS_PER_LINE = 28  # GB/T 9704: 28 characters a line, 22 lines a page
EventHook = Callable[[QObject, QEvent], bool]  # (receiver, event) → True: the event is taken
_KEY_PRESS, _INPUT_METHOD = QEvent.Type.KeyPress, QEvent.Type.InputMethod
_TOOL_TIP, _RESIZE = QEvent.Type.ToolTip, QEvent.Type.Resize
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReportEditor(QTextEdit):
    fileDropped = Signal(str)
    objectActivated = Signal(object)  # InlineObject clicked (the side-parts dock selects it)

    def __init__(self, parent=None) -> None:
        # (before QTextEdit.__init__: Qt sends events to the editor while that runs)
        self._keys = 0  # key events being handled (see typing)
        self._hooks: dict[QEvent.Type, list[EventHook]] = {}  # see add_event_hook
        super().__init__(parent)
        self.setObjectName("editor")
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(True)
        self.setAcceptDrops(True)
        self.highlighter = RoleHighlighter(self.document())
        # Body text is drawn in the document's own font, so the highlighter gives it no format:
        # a block with formats is laid out again with them after every keystroke in it (in a
        # 150,000-character body paragraph ~5 % more work a key, callgrind).
        self.document().setDefaultFont(body_font(self.font(), BODY_PT))
        self.highlighter.body_in_document = True
        self.document().setDocumentMargin(24)
        fast_relayout(self.document())  # (see there: measured with callgrind)
        self.document().contentsChange.connect(self._keep_layout)  # (see keep_layout)
        self.objects = ObjectRegistry()  # the InlineObjects behind the U+FFFC characters
        install_placeholders(self.document(), self.objects, self)
        self.loading = False  # being filled: the model follows once it is in
        self.underlines = Underlines(self)  # the problem underlines
        self._styled: dict[int, tuple] = {}  # paragraph id → (style key, role, text) drawn
        self.blocks_styled = 0  # paragraphs apply_styles looked at last time (tests read it)
        self._layout_roles: dict[int, Role] = {}  # paragraph id → role its layout was set for
        # (block index, code-point offset) → [(label, callback)], set by the window
        self.fix_provider: Callable[[int, int], list[tuple[str, Callable[[], None]]]] | None = None
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self._zoom = 1.0
        self.balloon_width = 0  # room right of the page for revision balloons (ui.track_changes)
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
        balloons = min(self.balloon_width, max(0, avail - self.page_width()))  # page first
        side = max(0, (avail - self.page_width() - balloons) // 2)
        self.setViewportMargins(side, 0, side + balloons, 0)
        # a page wider than the view (zoomed in) wraps at the view, as Word's draft view does,
        # instead of cutting its lines off behind a horizontal scroll bar
        wrap = max(min(self.page_width(), avail), 120) if self.isVisible() else self.page_width()
        if self.lineWrapColumnOrWidth() != wrap:
            self.setLineWrapColumnOrWidth(wrap)

    def resizeEvent(self, ev) -> None:
        # (QAbstractScrollArea calls this for its viewport's resize; the editor's own comes to
        # event(), not here)
        super().resizeEvent(ev)
        self._center_page()
        self.underlines.view_resized()
        for hook in self._hooks.get(_RESIZE, ()):
            hook(self.viewport(), ev)

    # ---- loading and reading back -------------------------------------------------------------
    def load_steps(
        self,
        paragraphs: Sequence[Paragraph],
        roles: Sequence[Role] | None = None,
        decorate: Callable[[QTextCursor], None] | None = None,
        batch: int = 0,
        tables: dict[int, Table] | None = None,
    ) -> Iterator[int]:
        """Replace the content in steps of ``batch`` paragraphs (0: one step), not undoably, for a
        caller that goes back to the event loop between steps (:mod:`ui.loader`: laying out
        20,000 paragraphs takes seconds). Yields how many paragraphs are in.

        Set ``highlighter.keys`` first and pass the analysed ``roles``: the text is then drawn
        and laid out once, in its final style. ``decorate`` (comment anchors) runs on the new
        text in the last step, so that it is laid out once too. ``tables``: the document's
        tables, for paragraphs with a ``cell`` (see :mod:`ui.doc_build`); every block gets its
        paragraph's id.
        """
        doc = self.document()
        gc.unfreeze()  # what the last document left behind may be collected again
        self.loading = True
        doc.setUndoRedoEnabled(False)
        doc.clear()
        self.objects.clear()
        total = len(paragraphs)
        step = batch if batch > 0 else max(total, 1)
        if step < total:
            yield 0  # clearing a long document is a step of its own
        width = CHARS_PER_LINE * char_width(BODY_PT * self._zoom)
        builder = DocumentBuilder(doc, tables or {}, self.objects, roles, width)
        first = True
        try:
            for done in fill_steps(builder, paragraphs, step, decorate):
                if first and done < total:
                    self.setTextCursor(QTextCursor(doc))  # scroll bars settle while text is short
                first = False
                yield done
        finally:
            self.loading = False
        doc.setUndoRedoEnabled(True)
        doc.setModified(False)
        self._styled = {}
        self.underlines.reset()
        if roles is not None:  # laid out for these roles already: apply_styles need not look
            self._layout_roles = {p.id: r for p, r in zip(paragraphs, roles, strict=False)}
        if any(len(p.text) > KEEP_LAYOUT_FROM for p in paragraphs):
            keep_long_layouts(doc)
        self.setTextCursor(QTextCursor(doc))
        # The report's model and analysis (and the lexicon tables) are now in memory and live as
        # long as it is open; taken out of the collector's generations, a full collection while
        # typing no longer walks them (it took 60-220 ms on corpus x3: a stalled keystroke).
        gc.freeze()

    def spans_of(self, index: int) -> list[Span]:
        """Bold/italic/underline of one paragraph as code-point spans (for the writers)."""
        return spans_of_block(self.document().findBlockByNumber(index))

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
        texts: Sequence[str] | None = None,
    ) -> int:
        """Redraw blocks whose style key changed; fix block layouts the roles need.

        With ``ids`` and ``texts`` only the paragraphs that are new, edited or changed style since
        the last call are looked at (and the blocks after a redrawn one while their drawn style
        is out of date): no walk over the whole document after a keystroke. Without them every
        block is checked. Layout changes follow the last edit, so they are joined to its undo
        step; when there is no such step (just loaded) they are applied without undo. Returns
        blocks redrawn.
        """
        self.highlighter.keys = keys
        if ids is not None:
            self.highlighter.keys_by_id = dict(zip(ids, keys, strict=False))
        doc = self.document()
        seen = self._layout_roles
        if ids is not None:
            self._layout_roles = dict(zip(ids, roles, strict=False))
        if ids is not None and texts is not None:
            # (made and compared in C: two Python walks over ~4,400 paragraphs a run before)
            styled = list(zip(keys, roles, texts, strict=False))
            before = self._styled
            self._styled = dict(zip(ids, styled, strict=False))
            numbers = list(compress(count(), map(ne, map(before.get, ids), styled)))
        else:
            self._styled = {}
            numbers = list(range(doc.blockCount()))
        self.blocks_styled = len(numbers)
        redrawn = 0
        changes = []
        batch = QTextCursor(doc)
        batch.beginEditBlock()  # one relayout for all redrawn blocks, not one each
        checked = -1
        for i in numbers:
            if i <= checked:
                continue
            block = doc.findBlockByNumber(i)
            j = i
            while block.isValid():
                key = self.highlighter.key_of(block)
                if block.userState() != key:
                    # The state first: Qt's highlighter draws the next block again too when
                    # a block's state changes, and a block with formats drawn outside an edit
                    # is laid out again with a walk over every line to the end of the document
                    # (~3 ms in the middle of corpus x3, a keystroke's cost). The highlighter
                    # reads no state of the block before; this loop redraws the next block
                    # itself when its style is out of date.
                    block.setUserState(key)
                    self.highlighter.rehighlightBlock(block)
                    redrawn += 1
                elif j > i:
                    break  # past the changed paragraph, the drawn styles are right again
                # block layout only needs a look where the paragraph or its role is new
                fmt = block.blockFormat()
                if not fmt.hasProperty(IN_CELL_PROPERTY) and j < len(roles) and (
                        ids is None or seen.get(ids[j]) is not roles[j]):
                    role = fixed_role(fmt) or roles[j]
                    want = ROLE_LAYOUT.get(role, Layout.INDENT)
                    if role not in (Role.BLANK, Role.JUNK) and want != layout_of(fmt):
                        changes.append((block, role))
                checked = j
                block = block.next()
                j += 1
                if ids is None:
                    break  # every block is in ``numbers`` anyway
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
        """Underline ``marks`` (see :class:`ui.underlines.Underlines`)."""
        self.underlines.set_marks(marks)

    def marks_at(self, index: int, offset: int) -> list[Mark]:
        return self.underlines.marks_at(index, offset)

    @property
    def marks_made(self) -> int:
        """Underlines set_marks had to make last time (tests read it)."""
        return self.underlines.made

    def cursor_location(self) -> tuple[int, int]:
        """(paragraph index, code-point offset) of the text cursor."""
        cur = self.textCursor()
        block = cur.block()
        return block.blockNumber(), from_utf16(block.text(), cur.positionInBlock())

    # ---- events: one way into Python for all who need the editor's --------------------------
    def add_event_hook(self, kinds: Iterable[QEvent.Type], hook: EventHook) -> None:
        """Call ``hook(receiver, event)`` for the editor's events of ``kinds`` before the editor
        handles them; a hook returning True takes the event. Hooks added later are asked first,
        as event filters installed later are. Resize is the editor's or its viewport's (the
        receiver says which); a tool tip over the text comes up from the viewport with its
        position in the editor's coordinates (:meth:`viewport_pos`).

        Instead of event filters: each Python event filter on the editor or its viewport is a
        call into Python for every event either gets (a keystroke sends three or four to the
        editor and a paint to the viewport); the window's eight filters cost ~0.3 ms a key, a
        tenth of a keystroke in the middle of corpus x3. The editor enters Python for its
        events anyway (this class handles keys and tool tips), and looks hooks up by type.
        """
        for kind in kinds:
            self._hooks.setdefault(kind, []).insert(0, hook)

    def viewport_pos(self, pos: QPoint) -> QPoint:
        """A point of the editor's (an event's position) in the viewport's coordinates."""
        return pos - self.viewport().pos()

    def event(self, ev) -> bool:
        kind = ev.type()
        hooks = self._hooks.get(kind)
        if hooks is not None:
            for hook in hooks:
                if hook(self, ev):
                    return True
        if kind is _KEY_PRESS or kind is _INPUT_METHOD:
            return self._key_event(ev, kind is _KEY_PRESS)
        if kind is _TOOL_TIP:
            pos = self.viewport_pos(ev.pos())
            cur = self.cursorForPosition(pos)
            block = cur.block()
            offset = from_utf16(block.text(), cur.positionInBlock())
            marks = self.marks_at(block.blockNumber(), offset)
            obj = self.object_at_point(pos)
            if marks:
                QToolTip.showText(ev.globalPos(), "\n".join(m.message for m in marks), self)
            elif obj is not None:
                QToolTip.showText(ev.globalPos(), object_tooltip(obj), self)
            else:
                QToolTip.hideText()
                ev.ignore()
            return True
        return super().event(ev)

    def _keep_layout(self, position: int, removed: int, added: int) -> None:
        """A paragraph typed or pasted into keeps its layout (ui.styling.keep_layout); Qt
        emits this before it lays the change out."""
        if not self.loading:
            doc = self.document()
            keep_layout(doc.findBlock(position))
            if added > 1:  # (a paste: the paragraph it ends in is typed into too)
                keep_layout(doc.findBlock(position + added))

    def _key_event(self, ev, press: bool) -> bool:
        """A key press or an input method's text (Chinese is typed through one): ``typing`` is
        True while it is handled. Enter splits a paragraph: the copies of its id are resolved in
        the same undo step (the part that keeps the text keeps the id; see :mod:`ui.identity`).
        (Here and not in keyPressEvent: a Python keyPressEvent is one more call into Python a key.)
        """
        self._keys += 1
        try:
            if press and ev.key() in _ENTER_KEYS and not (
                ev.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ) and not self.isReadOnly():
                first, last = self._selected_blocks(self.textCursor())
                with keep_ids(self.document(), first, last):
                    return super().event(ev)
            return super().event(ev)
        finally:
            self._keys -= 1

    def object_at_point(self, pos: QPoint) -> InlineObject | None:
        """The inline object drawn under viewport point ``pos``, if any."""
        point = QPointF(
            pos.x() + self.horizontalScrollBar().value(), pos.y() + self.verticalScrollBar().value()
        )
        at = self.document().documentLayout().hitTest(point, Qt.HitTestAccuracy.ExactHit)
        if at < 0:
            return None
        block = self.document().findBlock(at)
        return object_at(block, at, self.objects)

    def mouseReleaseEvent(self, ev) -> None:
        super().mouseReleaseEvent(ev)
        if ev.button() == Qt.MouseButton.LeftButton:
            obj = self.object_at_point(ev.position().toPoint())
            if obj is not None:
                self.objectActivated.emit(obj)

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
                if first is None:
                    menu.addAction(act)
                else:
                    menu.insertAction(first, act)
            if fixes and first is not None:
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
        text = clean_text(text.replace("\x0b", LINE_BREAK))  # Word's Shift+Enter: a line break
        # an object character without its object would be an empty hole: leave it out
        text = text.replace(OBJECT_CHAR, "")
        cursor = self.textCursor()
        first, last = self._selected_blocks(cursor)
        with keep_ids(self.document(), first, last):
            cursor.insertText(text, QTextCharFormat())
        self.setTextCursor(cursor)

    def _selected_blocks(self, cursor: QTextCursor) -> tuple[int, int]:
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber()
        return first, doc.findBlock(cursor.selectionEnd()).blockNumber()

    @property
    def typing(self) -> bool:
        """A key (or an input method's text) is being handled: what it changes is followed
        once the keys pause (:mod:`ui.cursor_follow`), not at every key."""
        return self._keys > 0

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
        self.highlighter.set_zoom(zoom)  # (the document's font too: body text is drawn in it)
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
