"""File → Export to Word…: the report as a .docx for review, with or without the comments, with
or without the problems found as comments, with or without the edits as tracked changes (against
the report as it was opened, see :mod:`app.review`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from app.errors import ReportDeskError
from app.review import align_original
from ui import settings as S
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
        from ui.files import export_start

        if self.w.path:
            return export_start(self.w.path, Path(self.w.path).stem + self.tr("-review") + ".docx")
        return export_start(None, self.tr("Untitled") + ".docx")

    def _flag(self, key: str, default: bool) -> bool:
        return bool(S.get(key))

    def ask(self) -> bool:
        doc = self.w.current_document(with_spans=True)
        findings = len(self.w.live.analysis.findings) if self.w.live.analysis else 0
        dlg = ExportDialog(
            self.default_path(), len(doc.comments), findings,
            self.review.original is not None, self.tr("ReportDesk"), self.w,
        )  # fmt: skip
        dlg.set_choices(*(self._flag(k, d) for k, d in EXPORT_DEFAULTS))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.export(dlg.options())

    def export(self, opts: ExportOptions) -> bool:
        from app.storage import export_docx

        doc = self.w.current_document(with_spans=True)
        out = replace(doc, comments=list(doc.comments) if opts.comments else [])
        original = None
        if opts.tracked and self.review.original is not None:
            original = align_original(self.review.original, out)
        name = self.review.author()[0]
        try:
            export_docx(
                out, opts.path, analysis=self.w.live.analysis, author=name or "ReportDesk",
                findings_as_comments=opts.findings, reviewer=opts.reviewer or None,
                tracked_changes_from=original,
            )  # fmt: skip
        except (ReportDeskError, OSError) as e:
            QMessageBox.warning(self.w, self.tr("Cannot Export"), str(e))
            return False
        self.w.statusBar().showMessage(self.tr("Exported %1").replace("%1", opts.path), 4000)
        return True
