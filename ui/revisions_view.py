"""The 修订 pane: every tracked change of the document (author, time, kind, text), a filter by
author, the view (显示标记的最终状态 / 最终状态 / 原始状态) and the accept/reject buttons.
Activating a row jumps to the change."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.docx.revision_side import SideRevision
from app.model import Paragraph, Revision
from ui.action_row import ActionRow
from ui.revision_marks import AuthorColors, colon, describe, short_time

ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # (paragraph id, revision id)
MARKUP, FINAL, ORIGINAL = "markup", "final", "original"


class RevisionsPanel(QWidget):
    activated = Signal(int, int)  # paragraph id, revision id
    viewChanged = Signal(str)
    authorChanged = Signal(str)  # "" = everyone

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionsPanel")
        self.view_box = QComboBox(self)
        self.view_box.setObjectName("revisionViewBox")
        for key, text in ((MARKUP, self.tr("Final Showing Markup")), (FINAL, self.tr("Final")),
                          (ORIGINAL, self.tr("Original"))):  # fmt: skip
            self.view_box.addItem(text, key)
        self.view_box.currentIndexChanged.connect(
            lambda _i: self.viewChanged.emit(str(self.view_box.currentData()))
        )
        self.author_box = QComboBox(self)
        self.author_box.setObjectName("revisionAuthorBox")
        self.author_box.currentIndexChanged.connect(
            lambda _i: self.authorChanged.emit(str(self.author_box.currentData() or ""))
        )
        self.summary = QLabel(self)
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setObjectName("revisionsList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activate)
        self.list.clicked.connect(self._activate)
        self.empty = QLabel(
            self.tr("No tracked changes. Turn on Track Changes (Ctrl+Shift+E) to record edits."),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(16, 16, 16, 16)
        self.list.hide()  # until there is a change to list
        self.buttons = ActionRow(self)
        for box in (self.view_box, self.author_box):  # a narrow pane elides them
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(4)
        top = QHBoxLayout()
        top.addWidget(self.view_box, 1)
        top.addWidget(self.author_box, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.buttons)
        lay.addWidget(self.summary)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.empty, 1)

    def add_button(self, action: QAction) -> None:
        self.buttons.add(action)

    def set_view(self, key: str) -> None:
        index = self.view_box.findData(key)
        if index >= 0 and index != self.view_box.currentIndex():
            self.view_box.setCurrentIndex(index)

    def author(self) -> str:
        return str(self.author_box.currentData() or "")

    def show_revisions(self, rows: list[tuple[Paragraph, Revision]], colors: AuthorColors,
                       side: Sequence[SideRevision] = ()) -> None:  # fmt: skip
        """List ``rows`` (document order), then ``side``: the revisions of headers, footers and
        notes (listed only: accept all / reject all decide them); the author filter keeps its
        choice when it can."""
        chosen = self.author()
        authors = list(dict.fromkeys([r.author for _, r in rows]
                                     + [s.revision.author for s in side]))  # fmt: skip
        self.author_box.blockSignals(True)
        self.author_box.clear()
        self.author_box.addItem(self.tr("All Reviewers"), "")
        for a in authors:
            self.author_box.addItem(a or self.tr("(unknown)"), a)
        self.author_box.setCurrentIndex(max(self.author_box.findData(chosen), 0))
        self.author_box.blockSignals(False)
        shown = [(p, r) for p, r in rows if not self.author() or r.author == self.author()]
        self.model.clear()
        for p, r in shown:
            line = f"{r.author or '—'}  {short_time(r.date)}\n{describe(r, p)}"
            item = QStandardItem(line[:300])
            item.setData((p.id, r.id), ROW_ROLE)
            item.setForeground(QBrush(colors(r.author)))
            item.setToolTip(line)
            self.model.appendRow(item)
        count = len(shown)
        for s in side:
            r = s.revision
            if self.author() and r.author != self.author():
                continue
            what = describe(r, Paragraph(s.text))
            line = f"{r.author or '—'}  {short_time(r.date)}\n{s.label}{colon()}{what}"
            item = QStandardItem(line[:300])
            item.setForeground(QBrush(colors(r.author)))
            item.setToolTip(self.tr("Outside the body: decided by Accept All / Reject All"))
            self.model.appendRow(item)
            count += 1
        self.summary.setText(self.tr("%n change(s)", "", count))
        anything = bool(rows or side)  # (none of the chosen reviewer's: an empty list)
        self.list.setVisible(anything)
        self.empty.setVisible(not anything)

    def row_texts(self) -> list[str]:
        return [self.model.item(k).text() for k in range(self.model.rowCount())]

    def current_ids(self) -> tuple[int, int] | None:
        index = self.list.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, paragraph_id: int, revision_id: int) -> None:
        for k in range(self.model.rowCount()):
            if self.model.item(k).data(ROW_ROLE) == (paragraph_id, revision_id):
                self.list.setCurrentIndex(self.model.index(k, 0))
                return

    def activate_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self._activate(index)

    def _activate(self, index: QModelIndex) -> None:
        ids = index.data(ROW_ROLE)
        if ids:
            self.activated.emit(*ids)
