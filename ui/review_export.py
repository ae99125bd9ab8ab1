"""File → Export to Word…: the report as a .docx for review, with or without the comments, with
or without the problems found as comments, with or without the edits as tracked changes (against
the report as it was opened, see :mod:`app.review`)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from app.errors import ReportDeskError
from app.review import align_original
from ui.review_dialogs import ExportDialog, ExportOptions

# the Word export defaults of the settings dialog (ui.settings)
EXPORT_DEFAULTS = (
    ("export/comments", True), ("export/findingsAsComments", False),
    ("export/trackedChanges", False),
)  # fmt: skip


class ReviewExport(QObject):
    def __init__(self, review) -> None:
        super().__init__(review)
        self.review = review
        self.w = review.w

    def default_path(self) -> str:
        if self.w.path:
            p = Path(self.w.path)
            return str(p.with_name(p.stem + self.tr("-review") + ".docx"))
        return os.path.join(os.path.expanduser("~"), self.tr("Untitled") + ".docx")

    def _flag(self, key: str, default: bool) -> bool:
        value = self.w.settings().value(key, default)
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")

    def ask(self) -> bool:
        doc = self.w.current_document(with_spans=True)
        findings = len(self.w.live.analysis.findings) if self.w.live.analysis else 0
        dlg = ExportDialog(
            self.default_path(), len(doc.comments), findings,
            self.review.original is not None,
            self.review.author()[0] or self.tr("ReportDesk"),  # signed by the reviewer
            self.w,
        )  # fmt: skip
        dlg.set_choices(*(self._flag(k, d) for k, d in EXPORT_DEFAULTS))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.export(dlg.options())

    def export(self, opts: ExportOptions) -> bool:
        from app.writers.docx import write_docx

        doc = self.w.current_document(with_spans=True)
        out = replace(doc, comments=list(doc.comments) if opts.comments else [])
        original = None
        if opts.tracked and self.review.original is not None:
            original = align_original(self.review.original, out)
        name = self.review.author()[0] or str(self.w.settings().value("author", "") or "")
        try:
            write_docx(
                out, opts.path, analysis=self.w.live.analysis, author=name or "ReportDesk",
                findings_as_comments=opts.findings, reviewer=opts.reviewer or None,
                tracked_changes_from=original,
            )  # fmt: skip
        except (ReportDeskError, OSError) as e:
            QMessageBox.warning(self.w, self.tr("Cannot Export"), str(e))
            return False
        self.w.statusBar().showMessage(self.tr("Exported %1").replace("%1", opts.path), 4000)
        return True
