"""Find & replace (non-modal). Replace All is one undo step."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)


class FindReplaceDialog(QDialog):
    def __init__(self, editor, parent=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Find and Replace"))
        self.find_edit = QLineEdit(self)
        self.replace_edit = QLineEdit(self)
        self.case_box = QCheckBox(self.tr("Match case"), self)
        self.status = QLabel(self)
        find_next = QPushButton(self.tr("Find Next"), self)
        find_prev = QPushButton(self.tr("Find Previous"), self)
        replace = QPushButton(self.tr("Replace"), self)
        replace_all = QPushButton(self.tr("Replace All"), self)
        find_next.setDefault(True)
        find_next.clicked.connect(lambda: self.find(backward=False))
        find_prev.clicked.connect(lambda: self.find(backward=True))
        replace.clicked.connect(self.replace_one)
        replace_all.clicked.connect(self.replace_all)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        close.rejected.connect(self.hide)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Find:"), self), 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(find_next, 0, 2)
        grid.addWidget(QLabel(self.tr("Replace with:"), self), 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(replace, 1, 2)
        grid.addWidget(self.case_box, 2, 1)
        grid.addWidget(find_prev, 2, 2)
        grid.addWidget(self.status, 3, 1)
        grid.addWidget(replace_all, 3, 2)
        grid.addWidget(close, 4, 0, 1, 3)

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find(self, backward: bool = False) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        doc = self.editor.document()
        cur = doc.find(needle, self.editor.textCursor(), self._flags(backward))
        if cur.isNull():  # wrap around
            start = QTextCursor(doc)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            cur = doc.find(needle, start, self._flags(backward))
        if cur.isNull():
            self.status.setText(self.tr("Not found"))
            return False
        self.status.clear()
        self.editor.setTextCursor(cur)
        return True

    def replace_one(self) -> None:
        cur = self.editor.textCursor()
        needle = self.find_edit.text()
        sensitive = self.case_box.isChecked()
        selected = cur.selectedText()
        if cur.hasSelection() and (
            selected == needle if sensitive else selected.lower() == needle.lower()
        ):
            cur.insertText(self.replace_edit.text())
        self.find()

    def replace_all(self) -> int:
        needle = self.find_edit.text()
        if not needle:
            return 0
        doc = self.editor.document()
        count = 0
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        cur = doc.find(needle, 0, self._flags())
        while not cur.isNull():
            cur.insertText(self.replace_edit.text())
            count += 1
            cur = doc.find(needle, cur, self._flags())
        edit.endEditBlock()
        self.status.setText(self.tr("%n replacement(s)", "", count))
        return count
