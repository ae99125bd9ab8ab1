"""The 修订 pane: every tracked change of the document (author, time, kind, text), a filter by
author, the view (显示标记的最终状态 / 最终状态 / 原始状态) and the accept/reject buttons.
Activating a row jumps to the change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model import Paragraph, Revision
from ui.revision_marks import AuthorColors, describe, short_time

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
        self.list = QListWidget(self)
        self.list.setObjectName("revisionsList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.view_box, 1)
        top.addWidget(self.author_box, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addLayout(self.buttons)
        lay.addWidget(self.summary)
        lay.addWidget(self.list, 1)

    def add_button(self, action: QAction) -> None:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.buttons.addWidget(button)

    def set_view(self, key: str) -> None:
        index = self.view_box.findData(key)
        if index >= 0 and index != self.view_box.currentIndex():
            self.view_box.setCurrentIndex(index)

    def author(self) -> str:
        return str(self.author_box.currentData() or "")

    def show_revisions(self, rows: list[tuple[Paragraph, Revision]], colors: AuthorColors) -> None:
        """List ``rows`` (document order); the author filter keeps its choice when it can."""
        chosen = self.author()
        authors = list(dict.fromkeys(r.author for _, r in rows))
        self.author_box.blockSignals(True)
        self.author_box.clear()
        self.author_box.addItem(self.tr("All Reviewers"), "")
        for a in authors:
            self.author_box.addItem(a or self.tr("(unknown)"), a)
        self.author_box.setCurrentIndex(max(self.author_box.findData(chosen), 0))
        self.author_box.blockSignals(False)
        shown = [(p, r) for p, r in rows if not self.author() or r.author == self.author()]
        self.list.clear()
        for p, r in shown:
            line = f"{r.author or '—'}  {short_time(r.date)}\n{describe(r, p)}"
            item = QListWidgetItem(line[:300])
            item.setData(ROW_ROLE, (p.id, r.id))
            item.setForeground(QBrush(colors(r.author)))
            item.setToolTip(line)
            self.list.addItem(item)
        self.summary.setText(self.tr("%n change(s)", "", len(shown)))

    def select(self, paragraph_id: int, revision_id: int) -> None:
        for k in range(self.list.count()):
            if self.list.item(k).data(ROW_ROLE) == (paragraph_id, revision_id):
                self.list.setCurrentRow(k)
                return

    def _activate(self, item: QListWidgetItem) -> None:
        pid, rid = item.data(ROW_ROLE)
        self.activated.emit(pid, rid)
