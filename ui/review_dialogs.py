"""Small dialogs of the review commands: who the reviewer is, and how to export for review."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.writers.docx_comments import initials_of


class AuthorDialog(QDialog):
    """Asked once, before the first comment: the name and initials comments are signed with."""

    def __init__(self, name: str = "", initials: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("authorDialog")
        self.setWindowTitle(self.tr("Your Name for Comments"))
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("authorName")
        self.initials_edit = QLineEdit(initials, self)
        self.initials_edit.setObjectName("authorInitials")
        self.initials_edit.setMaxLength(9)
        self.initials_edit.setPlaceholderText(self.tr("from the name"))
        note = QLabel(self.tr("Comments are signed with this name, as in Word and WPS."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Initials:"), self.initials_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(note)
        lay.addLayout(form)
        lay.addWidget(self.buttons)

    def _accept(self) -> None:
        if self.name_edit.text().strip():
            self.accept()
        else:
            self.name_edit.setFocus()

    def values(self) -> tuple[str, str]:
        name = self.name_edit.text().strip()
        return name, self.initials_edit.text().strip() or initials_of(name)


def same_file(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` name the same file (case-insensitively where the OS is)."""
    try:
        if os.path.exists(a) and os.path.exists(b):
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


@dataclass
class ExportOptions:
    path: str
    comments: bool = True
    findings: bool = False
    tracked: bool = False
    reviewer: str = ""


class ExportDialog(QDialog):
    """File → Export to Word…: which review material goes into the .docx, and where."""

    def __init__(
        self,
        path: str,
        comments: int,
        findings: int,
        has_original: bool,
        reviewer: str,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Official-Format Word"))
        self.comments_box = QCheckBox(self.tr("Comments (%n)", "", comments), self)
        self.comments_box.setChecked(comments > 0)
        self.comments_box.setEnabled(comments > 0)
        self.findings_box = QCheckBox(
            self.tr("Problems found as comments (%n)", "", findings), self
        )
        self.findings_box.setEnabled(findings > 0)
        self.reviewer_edit = QLineEdit(reviewer, self)
        self.reviewer_edit.setEnabled(False)
        self.findings_box.toggled.connect(self.reviewer_edit.setEnabled)
        self.tracked_box = QCheckBox(self.tr("My edits as tracked changes"), self)
        self.tracked_box.setEnabled(has_original)
        if not has_original:
            self.tracked_box.setToolTip(self.tr("Only for a report opened from a file"))
        self.path_edit = QLineEdit(path, self)
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QWidget(self)
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.comments_box)
        form.addRow(self.findings_box)
        form.addRow(self.tr("Signed as:"), self.reviewer_edit)
        form.addRow(self.tracked_box)
        form.addRow(self.tr("File:"), where)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.opened: str | None = None  # the file the window has open: never the export's name
        self.warning = QLabel(self)
        self.warning.setObjectName("exportWarning")
        self.warning.setStyleSheet("color: #c62828")
        self.warning.hide()
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.warning)
        lay.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def set_choices(self, comments: bool, findings: bool, tracked: bool) -> None:
        """Tick the boxes (the user's export defaults), where they apply."""
        self.comments_box.setChecked(comments and self.comments_box.isEnabled())
        self.findings_box.setChecked(findings and self.findings_box.isEnabled())
        self.tracked_box.setChecked(tracked and self.tracked_box.isEnabled())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Word"), self.path_edit.text(),
            self.tr("Word document (*.docx)"),
        )  # fmt: skip
        if path:
            if not os.path.splitext(path)[1]:
                path += ".docx"
            self.path_edit.setText(path)

    def _accept(self) -> None:
        path = self.options().path
        if not path:
            return
        if self.opened and same_file(path, self.opened):
            self.warning.setText(
                self.tr("An export never replaces the opened file: choose another name.")
            )
            self.warning.show()
            self.path_edit.setFocus()
            return
        self.accept()

    def options(self) -> ExportOptions:
        path = self.path_edit.text().strip()
        if path and not path.lower().endswith(".docx"):
            path += ".docx"
        return ExportOptions(
            path=path,
            comments=self.comments_box.isChecked(),
            findings=self.findings_box.isChecked(),
            tracked=self.tracked_box.isChecked(),
            reviewer=self.reviewer_edit.text().strip(),
        )
