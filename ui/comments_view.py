"""The comments panel: one card per thread (author, time, quoted text, body) with its replies
under it, a filter (open / resolved / all), buttons for the review commands and a box to write a
comment, a reply or an edit. It shows rows it is given and reports clicks; the window's review
controller (:mod:`ui.review`) decides what they mean.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtGui import QTextDocument as _Doc
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.action_row import ActionRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # "open", "resolved", "orphan"

FILTER_ALL, FILTER_OPEN, FILTER_RESOLVED = "all", "open", "resolved"


@dataclass
class Row:
    comment_id: int
    html: str
    state: str = "open"
    replies: list[Row] = field(default_factory=list)


class CardDelegate(QStyledItemDelegate):
    """Draws a row's HTML as a card; sizes are cached per (html, width)."""

    PAD = 7

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self._docs: dict[tuple[str, int], _Doc] = {}

    def _doc(self, html: str, width: int) -> _Doc:
        key = (html, width)
        doc = self._docs.get(key)
        if doc is None:
            if len(self._docs) > 4000:
                self._docs.clear()
            doc = _Doc()
            doc.setDefaultFont(self.view.font())
            doc.setDocumentMargin(0)
            doc.setHtml(f'<div style="color:#1f1f1f">{html}</div>')  # cards stay light
            doc.setTextWidth(max(width, 40))
            self._docs[key] = doc
        return doc

    def _width(self, index: QModelIndex) -> int:
        depth = 1 if index.parent().isValid() else 0
        return self.view.viewport().width() - self.view.indentation() * (depth + 1) - 2 * self.PAD

    def sizeHint(self, option, index) -> QSize:
        html = index.data(HTML_ROLE) or ""
        doc = self._doc(html, self._width(index))
        return QSize(self._width(index), int(doc.size().height()) + 2 * self.PAD + 1)

    def paint(self, painter, option, index) -> None:
        html = index.data(HTML_ROLE) or ""
        state = index.data(STATE_ROLE)
        rect = option.rect
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        reply = index.parent().isValid()
        bg = QColor("#fff7da") if state == "open" and not reply else QColor("#ffffff")
        if state == "resolved":
            bg = QColor("#f4f4f4")
        if selected:
            bg = QColor("#dcebff")
        painter.fillRect(rect.adjusted(0, 0, 0, -1), bg)
        painter.setPen(QColor("#d9d9d9"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if not reply:
            edge = {"open": "#f0b400", "resolved": "#9e9e9e", "orphan": "#d32f2f"}.get(state)
            painter.fillRect(rect.x(), rect.y(), 3, rect.height() - 1, QColor(edge or "#f0b400"))
        doc = self._doc(html, self._width(index))
        painter.translate(rect.x() + self.PAD, rect.y() + self.PAD)
        doc.drawContents(painter)
        painter.restore()


class CommentsPanel(QWidget):
    """``activated(comment_id)`` on a click; ``filterChanged`` when the filter changes."""

    activated = Signal(int)
    filterChanged = Signal()
    currentMoved = Signal()  # the current row changed (by a click or by :meth:`select`)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.filter_box = QComboBox(self)
        self.filter_box.setObjectName("commentsFilter")
        self.filter_box.addItem(self.tr("All comments"), FILTER_ALL)
        self.filter_box.addItem(self.tr("Open"), FILTER_OPEN)
        self.filter_box.addItem(self.tr("Resolved"), FILTER_RESOLVED)
        self.filter_box.currentIndexChanged.connect(lambda _: self.filterChanged.emit())
        # a narrow pane elides it (its widest item set the right-hand panes' least width)
        self.filter_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter_box.setMinimumContentsLength(4)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)  # (beside the filter: its two lines in a narrow pane)
        # (the palette's text colour: a fixed grey could not be read on the dark theme)
        self.buttons = ActionRow(self)

        self.model = QStandardItemModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("commentsList")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setIndentation(16)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(False)
        self.view.setItemsExpandable(False)
        self.view.setExpandsOnDoubleClick(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.clicked.connect(self._on_clicked)
        self.view.selectionModel().currentChanged.connect(lambda *_: self.currentMoved.emit())
        self.view.activated.connect(self._on_clicked)
        self.empty = QLabel(self.tr("No comments. Select text and press Ctrl+Alt+M."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(16, 16, 16, 16)

        self.compose_box = QFrame(self)
        self.compose_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.compose_label = QLabel(self.compose_box)
        self.compose_label.setWordWrap(True)
        self.compose = QPlainTextEdit(self.compose_box)
        self.compose.setObjectName("commentEditor")
        self.compose.setTabChangesFocus(True)
        self.compose.setMaximumHeight(90)
        self.ok_button = QPushButton(self.tr("OK"), self.compose_box)
        self.ok_button.setToolTip(self.tr("Ctrl+Enter"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self.compose_box)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancel)
        self.compose.installEventFilter(self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ok_button)
        row.addWidget(self.cancel_button)
        box = QVBoxLayout(self.compose_box)
        box.setContentsMargins(6, 4, 6, 4)
        box.addWidget(self.compose_label)
        box.addWidget(self.compose)
        box.addLayout(row)
        self.compose_box.hide()
        self._on_submit: Callable[[str], None] | None = None
        self._on_cancel: Callable[[], None] | None = None

        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 2)
        top.addWidget(self.filter_box)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.compose_box)
        self._items: dict[int, QStandardItem] = {}
        self._shape: list = []

    # ---- content ------------------------------------------------------------------------------
    def add_button(self, action) -> QToolButton | None:
        return self.buttons.add(action)

    def filter(self) -> str:
        return self.filter_box.currentData()

    def set_filter(self, value: str) -> None:
        self.filter_box.setCurrentIndex(max(self.filter_box.findData(value), 0))

    def set_rows(self, rows: list[Row], summary: str) -> None:
        """Show ``rows``; items whose id and place are unchanged are updated in place."""
        self.summary.setText(summary)
        shape = [(r.comment_id, [c.comment_id for c in r.replies]) for r in rows]
        current = self.current_id()
        if shape != self._shape:
            self._shape = shape
            self.model.clear()
            self._items = {}
            for r in rows:
                item = self._item(r)
                for c in r.replies:
                    item.appendRow(self._item(c))
                self.model.appendRow(item)
            self.view.expandAll()
            if current is not None:
                self.select(current, scroll=False)
        else:
            for r in rows:
                for x in (r, *r.replies):
                    item = self._items[x.comment_id]
                    if item.data(HTML_ROLE) != x.html or item.data(STATE_ROLE) != x.state:
                        item.setData(x.html, HTML_ROLE)
                        item.setData(x.state, STATE_ROLE)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _item(self, row: Row) -> QStandardItem:
        item = QStandardItem()
        item.setData(row.comment_id, ID_ROLE)
        item.setData(row.html, HTML_ROLE)
        item.setData(row.state, STATE_ROLE)
        item.setEditable(False)
        self._items[row.comment_id] = item
        return item

    def ids(self) -> list[int]:
        return [cid for cid, _ in self._shape]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, comment_id: int | None, scroll: bool = True) -> None:
        """Make ``comment_id`` the current row (no ``activated`` signal)."""
        item = self._items.get(comment_id) if comment_id is not None else None
        sel = self.view.selectionModel()
        sel.blockSignals(True)
        if item is None:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
        else:
            index = item.index()
            self.view.setCurrentIndex(index)
            if scroll:
                self.view.scrollTo(index)
        sel.blockSignals(False)
        self.view.viewport().update()
        self.currentMoved.emit()

    def _on_clicked(self, index: QModelIndex) -> None:
        cid = index.data(ID_ROLE)
        if cid is not None:
            self.activated.emit(cid)

    def eventFilter(self, obj, ev) -> bool:
        """In the comment box: Ctrl+Enter sends, Esc cancels."""
        if obj is self.compose and ev.type() == QEvent.Type.KeyPress:
            if ev.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                ev.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.submit()
                return True
            if ev.key() == Qt.Key.Key_Escape:
                self.cancel()
                return True
        return super().eventFilter(obj, ev)

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        self.view.scheduleDelayedItemsLayout()  # card heights depend on the width

    # ---- compose ------------------------------------------------------------------------------
    def open_compose(
        self,
        title: str,
        text: str,
        on_submit: Callable[[str], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        if self._on_cancel is not None and self.compose_box.isVisible():
            self._on_cancel()
        self.compose_label.setText(title)
        self.compose.setPlainText(text)
        self.compose.selectAll()
        self._on_submit, self._on_cancel = on_submit, on_cancel
        self.compose_box.show()
        self.compose.setFocus(Qt.FocusReason.OtherFocusReason)

    def composing(self) -> bool:
        return self.compose_box.isVisible()

    def submit(self) -> None:
        text = self.compose.toPlainText().strip()
        callback = self._on_submit
        if not text or callback is None:
            return
        self._close_compose()
        callback(text)

    def cancel(self) -> None:
        callback = self._on_cancel
        self._close_compose()
        if callback is not None:
            callback()

    def _close_compose(self) -> None:
        self._on_submit = self._on_cancel = None
        self.compose.clear()
        self.compose_box.hide()
