"""File → Export Official-Format Word…: the report rebuilt in the GB/T 9704 layout as a new .docx,
with or without the comments, the problems found as comments, the edits as tracked changes
(against the report as it was opened: paragraphs are matched by their ids, which the editor keeps
through every edit).

An export is not a save: it goes to a new name beside the document ("报告（公文格式）.docx") and
never replaces the opened file (that name is refused with a one-line message)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from app.errors import ReportDeskError
from ui import settings as S
from ui.review_dialogs import ExportDialog, ExportOptions, same_file

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
            name = Path(self.w.path).stem + self.tr(" (official format)") + ".docx"
            return export_start(self.w.path, name)
        return export_start(None, self.tr("Untitled") + ".docx")

    def _flag(self, key: str, default: bool) -> bool:
        return bool(S.get(key))

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
        dlg.opened = self.w.path
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.export(dlg.options())

    def export(self, opts: ExportOptions) -> bool:
        from app.storage import export_docx

        if self.w.path and same_file(opts.path, self.w.path):
            QMessageBox.warning(
                self.w, self.tr("Cannot Export"),
                self.tr("An export never replaces the opened file: choose another name."),
            )  # fmt: skip
            return False
        doc = self.w.current_document(with_spans=True)
        out = replace(doc, comments=list(doc.comments) if opts.comments else [])
        out.paragraphs = [p for p in doc.paragraphs if not (p.virtual and not p.text)]
        held = any(p.revisions for p in out.paragraphs)  # 修订: from the file, or recorded
        if not opts.tracked:  # the final text, no marks
            out.paragraphs = [replace(p, revisions=[]) if p.revisions else p
                              for p in out.paragraphs]  # fmt: skip
        # One mechanism: the revisions the document holds are its tracked changes; a diff
        # against the text as opened only for a document that recorded none.
        original = self.review.original if opts.tracked and not held else None
        if original is not None:  # the blocks Qt needed are no paragraphs of the file
            original = replace(original, paragraphs=[p for p in original.paragraphs
                                                     if not (p.virtual and not p.text)])
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
