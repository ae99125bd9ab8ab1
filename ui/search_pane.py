"""Search like Word's navigation pane: every hit listed with its context, a count, all hits
highlighted in the text, regular expressions as an option, replace and replace-all (one undo step).

Ctrl+F opens the pane with the cursor in the search box; Ctrl+H opens it with its replace part.
Hits never span paragraphs (as in Word). Regular expressions are Python's (``re``); a pattern that
does not compile gets a one-line Chinese message instead of results. Hits are drawn as the editor's
extra selections, tagged so that they live beside the problem underlines (which the window
replaces on every analysis: the pane adds its own back after that).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QPainter,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.findings import Edit
from app.search import Hit, PatternError, compile_pattern, context_html, find_hits
from ui import doc_ops
from ui.textpos import from_utf16, to_utf16

if TYPE_CHECKING:
    from ui.main_window import MainWindow

HIT_PROPERTY = QTextCharFormat.Property.UserProperty + 41  # marks the pane's extra selections
HIT_COLOR = QColor("#ffe168")
CURRENT_HIT_COLOR = QColor("#ffa629")
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2


class HitDelegate(QStyledItemDelegate):
    """Draws a result's context as rich text (the hit in bold on yellow)."""

    def _doc(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(3)
        color = option.palette.color(
            option.palette.ColorRole.HighlightedText
            if option.state & QStyle.StateFlag.State_Selected
            else option.palette.ColorRole.Text
        )
        doc.setHtml(f'<span style="color:{color.name()}">{index.data(HTML_ROLE) or ""}</span>')
        doc.setTextWidth(max(option.rect.width(), 60))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        self._doc(option, index).drawContents(painter)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 200
        option.rect.setWidth(width)
        doc = self._doc(option, index)
        return QSize(width, int(doc.size().height()) + 2)


class SearchPane(QWidget):
    """The pane's widgets and search state; ``hitChosen(index, start, end)`` when a result is
    picked (the window selects it in the editor)."""

    hitChosen = Signal(int, int, int)
    dock: QDockWidget  # set by :func:`install`

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPane")
        self.editor = editor
        self.hits: list[Hit] = []
        self._highlighted = False  # hit highlights are among the editor's extra selections
        self.current = -1
        self.error = ""
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("searchEdit")
        self.find_edit.setPlaceholderText(self.tr("Search the document"))
        self.find_edit.setClearButtonEnabled(True)
        self.prev_button = QToolButton(self)
        self.prev_button.setText("▲")
        self.prev_button.setToolTip(self.tr("Previous result (Shift+Enter)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next result (Enter)"))
        self.case_box = QCheckBox(self.tr("Match case"), self)
        self.regex_box = QCheckBox(self.tr("Regular expression"), self)
        self.regex_box.setToolTip(self.tr("Python regular expressions, e.g. 第[一二三四五]条"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("searchCount")
        self.count_label.setWordWrap(True)
        self.replace_part = QWidget(self)
        self.replace_edit = QLineEdit(self.replace_part)
        self.replace_edit.setObjectName("replaceEdit")
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_button = QPushButton(self.tr("&Replace"), self.replace_part)
        self.replace_all_button = QPushButton(self.tr("Replace &All"), self.replace_part)
        self.model = QStandardItemModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        row = QHBoxLayout()
        row.setSpacing(2)
        row.addWidget(self.find_edit, 1)
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        options = QHBoxLayout()
        options.addWidget(self.case_box)
        options.addWidget(self.regex_box)
        options.addStretch(1)
        rep = QHBoxLayout(self.replace_part)
        rep.setContentsMargins(0, 0, 0, 0)
        rep.setSpacing(2)
        rep.addWidget(self.replace_edit, 1)
        rep.addWidget(self.replace_button)
        rep.addWidget(self.replace_all_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(3)
        lay.addLayout(row)
        lay.addWidget(self.replace_part)
        lay.addLayout(options)
        lay.addWidget(self.count_label)
        lay.addWidget(self.results, 1)
        self.replace_part.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.search)
        self.find_edit.textChanged.connect(lambda _t: self._timer.start())
        self.find_edit.returnPressed.connect(lambda: self.step(1))
        self.case_box.toggled.connect(lambda _on: self.search())
        self.regex_box.toggled.connect(lambda _on: self.search())
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.results.clicked.connect(self._on_result)
        self.results.activated.connect(self._on_result)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(300)
        self._text_timer.timeout.connect(self._on_text_changed)
        editor.document().contentsChanged.connect(self._text_timer.start)
        self.search()

    # ---- searching ----------------------------------------------------------------------------
    def texts(self) -> list[str]:
        out = []
        block = self.editor.document().begin()
        while block.isValid():
            out.append(block.text())
            block = block.next()
        return out

    def pattern(self) -> re.Pattern[str] | None:
        needle = self.find_edit.text()
        if not needle:
            return None
        return compile_pattern(needle, self.regex_box.isChecked(), self.case_box.isChecked())

    def search(self) -> int:
        """Find every hit of the search box in the text now; returns how many."""
        self._timer.stop()
        self.error = ""
        try:
            pattern = self.pattern()
        except PatternError as e:
            pattern = None
            self.error = (
                self.tr("Invalid regular expression near character %1").replace(
                    "%1", str(e.position + 1)
                )
                if e.position is not None
                else self.tr("Invalid regular expression")
            )
        texts = self.texts()
        self.hits = find_hits(texts, pattern) if pattern is not None else []
        self.current = -1
        self._fill(texts)
        self.highlight()
        return len(self.hits)

    def _fill(self, texts: list[str]) -> None:
        self.model.clear()
        for hit in self.hits:
            item = QStandardItem()
            item.setData(context_html(texts[hit.index], hit), HTML_ROLE)
            item.setData((hit.index, hit.start, hit.end), HIT_ROLE)
            item.setToolTip(self.tr("Paragraph %1").replace("%1", str(hit.index + 1)))
            self.model.appendRow(item)
        if self.error:
            text, color = self.error, "#d32f2f"
        elif not self.find_edit.text():
            text, color = "", ""
        elif self.hits:
            text, color = self.tr("%n result(s)", "", len(self.hits)), ""
        else:
            text, color = self.tr("No results"), ""
        self.count_label.setText(text)
        self.count_label.setStyleSheet(f"color:{color}" if color else "")

    def _on_text_changed(self) -> None:
        if self.isVisible() and self.find_edit.text():
            keep = self.current
            self.search()
            if 0 <= keep < len(self.hits):
                self._set_current(keep, move=False)

    # ---- highlights ---------------------------------------------------------------------------
    def hit_cursor(self, hit: Hit) -> QTextCursor:
        block = self.editor.document().findBlockByNumber(hit.index)
        text = block.text()
        cur = QTextCursor(block)
        cur.setPosition(block.position() + to_utf16(text, hit.start))
        cur.setPosition(block.position() + to_utf16(text, hit.end), QTextCursor.MoveMode.KeepAnchor)
        return cur

    def highlight(self) -> None:
        """Put the hits among the editor's extra selections (keeping everyone else's). Runs
        after every analysis: with no hit to show and none shown it leaves the editor alone
        (rebuilding its selections redraws them all)."""
        if not (self.hits and self.isVisible()) and not self._highlighted:
            return
        others = [
            s for s in self.editor.extraSelections() if not s.format.hasProperty(HIT_PROPERTY)
        ]
        mine = []
        doc = self.editor.document()
        for k, hit in enumerate(self.hits if self.isVisible() else []):
            block = doc.findBlockByNumber(hit.index)
            if not block.isValid() or hit.end > len(block.text()):
                continue  # the text changed since the search: the next search redraws
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self.hit_cursor(hit)
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_HIT_COLOR if k == self.current else HIT_COLOR)
            fmt.setForeground(QColor("#1a1a1a"))
            fmt.setProperty(HIT_PROPERTY, True)
            sel.format = fmt
            mine.append(sel)
        self.editor.setExtraSelections(mine + others)
        self._highlighted = bool(mine)

    def clear_highlights(self) -> None:
        others = [
            s for s in self.editor.extraSelections() if not s.format.hasProperty(HIT_PROPERTY)
        ]
        self.editor.setExtraSelections(others)
        self._highlighted = False

    # ---- moving between hits ------------------------------------------------------------------
    def _cursor_hit(self, direction: int) -> int:
        """The hit after (1) or before (-1) the editor's cursor, wrapping around."""
        cur = self.editor.textCursor()
        block = self.editor.document().findBlock(cur.selectionStart())
        here = (block.blockNumber(),
                from_utf16(block.text(), cur.selectionStart() - block.position()))  # fmt: skip
        if direction > 0:
            starts = [(h.index, h.start) for h in self.hits]
            return next((k for k, s in enumerate(starts) if s >= here), 0)
        before = [k for k, h in enumerate(self.hits) if (h.index, h.start) < here]
        return before[-1] if before else len(self.hits) - 1

    def step(self, direction: int) -> bool:
        """Select the next or previous hit in the editor (Enter / Shift+Enter in the box)."""
        if self._timer.isActive() or not self.hits:
            self.search()
        if not self.hits:
            return False
        if 0 <= self.current < len(self.hits):
            k = (self.current + direction) % len(self.hits)
        else:
            k = self._cursor_hit(direction)
        self._set_current(k)
        return True

    def _set_current(self, k: int, move: bool = True) -> None:
        self.current = k
        index = self.model.index(k, 0)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)
        if move:
            hit = self.hits[k]
            self.editor.setTextCursor(self.hit_cursor(hit))
            self.editor.ensureCursorVisible()
        self.highlight()

    def _on_result(self, index: QModelIndex) -> None:
        if index.isValid():
            self._set_current(index.row())
            hit = self.hits[index.row()]
            self.hitChosen.emit(hit.index, hit.start, hit.end)

    # ---- replacing ----------------------------------------------------------------------------
    def _replacement(self, hit: Hit, text: str) -> str:
        new = self.replace_edit.text()
        if not self.regex_box.isChecked():
            return new
        pattern = self.pattern()
        m = pattern.match(text, hit.start) if pattern is not None else None
        return m.expand(new) if m is not None else new

    def replace_current(self) -> bool:
        """Replace the selected hit (or go to the next one first, as Word does)."""
        if self._timer.isActive() or not self.hits:
            self.search()
        if not (0 <= self.current < len(self.hits)):
            return self.step(1)
        hit = self.hits[self.current]
        cur = self.hit_cursor(hit)
        try:
            new = self._replacement(hit, cur.block().text())
        except (re.error, IndexError):
            self._bad_template()
            return False
        cur.insertText(new)
        keep = self.current
        self.search()
        if self.hits:
            self._set_current(min(keep, len(self.hits) - 1))
        return True

    def replace_all(self) -> int:
        """Replace every hit; one undo step. Returns how many were replaced."""
        if self._timer.isActive() or not self.hits:
            self.search()
        if not self.hits:
            return 0
        texts = self.texts()
        try:
            news = [self._replacement(h, texts[h.index]) for h in self.hits]
        except (re.error, IndexError):
            self._bad_template()
            return 0
        # one undo step, as the fixes and 修正全部序号 apply it (ui.doc_ops: edits far apart
        # in a long report are not read back and redrawn paragraph by paragraph in between)
        doc_ops.apply_edits(self.editor.document(),
                            [Edit(h.index, h.start, h.end, new)
                             for h, new in zip(self.hits, news, strict=True)], keep_run_ins=True)
        count = len(self.hits)
        self.search()
        self.count_label.setText(self.tr("Replaced %1").replace("%1", str(count)))
        return count

    def _bad_template(self) -> None:
        self.count_label.setText(self.tr("The replacement refers to a group the pattern lacks"))
        self.count_label.setStyleSheet("color:#d32f2f")

    # ---- showing ------------------------------------------------------------------------------
    def open(self, replace: bool) -> None:
        """Ctrl+F (replace False) or Ctrl+H: the selection becomes the search text."""
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 200:
            self.find_edit.setText(selected)
        if replace:
            self.replace_part.show()
        self.search()
        target = self.replace_edit if replace and self.find_edit.text() else self.find_edit
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()

    def hideEvent(self, ev: QHideEvent) -> None:
        super().hideEvent(ev)
        self.clear_highlights()

    def showEvent(self, ev: QShowEvent) -> None:
        super().showEvent(ev)
        self.highlight()


def install(window: MainWindow) -> SearchPane:
    """The pane in a dock on the left above the outline (Word's navigation pane: the search box
    over the headings); Ctrl+F / Ctrl+H go through :meth:`SearchPane.open` via
    ``show_search``."""
    from PySide6.QtWidgets import QDockWidget

    pane = SearchPane(window.editor, window)
    dock = QDockWidget(QCoreApplication.translate("SearchPane", "Search"), window)
    dock.setObjectName("searchDock")
    dock.setWidget(pane)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    outline = getattr(window, "outline_dock", None)
    if outline is not None:  # above the outline, as Word's navigation pane: search, headings
        window.splitDockWidget(dock, outline, Qt.Orientation.Vertical)
    dock.hide()  # (not tabbed: a hidden tab would still widen the outline's column)
    pane.dock = dock
    window.live.analyzed.connect(lambda _a: pane.highlight())  # after the new underlines
    return pane


def show_search(window: MainWindow, pane: SearchPane, replace: bool = False) -> None:
    if not pane.dock.isVisible():
        pane.dock.show()
        outline = getattr(window, "outline_dock", None)
        if outline is not None and outline.isVisible():  # the results get most of the column
            height = pane.dock.height() + outline.height()
            window.resizeDocks([pane.dock, outline], [height * 3 // 5, height * 2 // 5],
                               Qt.Orientation.Vertical)  # fmt: skip
    pane.dock.raise_()
    pane.open(replace)
