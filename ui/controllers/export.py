"""Exports: the report rebuilt in the GB/T 9704 layout as a new Word file or a PDF, and the
pages painted for printing.

An export is not a save: it goes to a new name beside the document ("报告（公文格式）.docx") and
never replaces the opened file (that name is refused with a one-line message). The Word export
carries, as chosen, the comments, the problems found as comments and the edits as tracked
changes (the revisions the document holds, else a diff against the text as opened: paragraphs
are matched by their ids, which the editor keeps through every edit).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QPagedPaintDevice

from app.errors import ReportDeskError
from app.model import Document
from ui import settings as S
from ui.controllers.view import ExportView
from ui.files import export_start
from ui.review_dialogs import ExportOptions, same_file

# the Word export defaults of the settings dialog (ui.settings)
EXPORT_DEFAULTS = ("export/comments", "export/findingsAsComments", "export/trackedChanges")


class ExportController(QObject):
    def __init__(self, view: ExportView) -> None:
        super().__init__()
        self.view = view

    # ---- Word ---------------------------------------------------------------------------------
    def default_word_path(self) -> str:
        """A new name beside the report: "报告（公文格式）.docx"."""
        path = self.view.path
        if path:
            name = Path(path).stem + self.tr(" (official format)") + ".docx"
            return export_start(path, name)
        return export_start(None, self.tr("Untitled") + ".docx")

    def word_defaults(self) -> tuple[bool, bool, bool]:
        """What the export dialog ticks first (comments, problems, tracked changes): the
        settings' Word export defaults."""
        comments, findings, tracked = (bool(S.get(key)) for key in EXPORT_DEFAULTS)
        return comments, findings, tracked

    def export_word_dialog(self) -> bool:
        v = self.view
        doc = v.current_document(with_spans=True)
        analysis = v.live.analysis
        opts = v.export_options(
            self.default_word_path(), len(doc.comments),
            len(analysis.findings) if analysis else 0, v.original() is not None,
            v.reviewer() or self.tr("ReportDesk"),  # signed by the reviewer
            self.word_defaults(),
        )  # fmt: skip
        return opts is not None and self.export_word(opts)

    def export_word(self, opts: ExportOptions) -> bool:
        from app.storage import export_docx

        v = self.view
        if v.path and same_file(opts.path, v.path):
            v.ask.notify(
                self.tr("Cannot Export"),
                self.tr("An export never replaces the opened file: choose another name."),
            )
            return False
        doc = v.current_document(with_spans=True)
        out = replace(doc, comments=list(doc.comments) if opts.comments else [])
        out.paragraphs = [p for p in doc.paragraphs if not (p.virtual and not p.text)]
        held = any(p.revisions for p in out.paragraphs)  # 修订: from the file, or recorded
        if not opts.tracked:  # the final text, no marks
            out.paragraphs = [replace(p, revisions=[]) if p.revisions else p
                              for p in out.paragraphs]  # fmt: skip
        # One mechanism: the revisions the document holds are its tracked changes; a diff
        # against the text as opened only for a document that recorded none.
        original: Document | None = v.original() if opts.tracked and not held else None
        if original is not None:  # the blocks Qt needed are no paragraphs of the file
            original = replace(original, paragraphs=[p for p in original.paragraphs
                                                     if not (p.virtual and not p.text)])
        name = v.reviewer()
        notices: list[str] = []  # objects of the file the export could not carry over
        try:
            export_docx(
                out, opts.path, analysis=v.live.analysis, author=name or "ReportDesk",
                findings_as_comments=opts.findings, reviewer=opts.reviewer or None,
                tracked_changes_from=original, notices=notices,
            )  # fmt: skip
        except (ReportDeskError, OSError) as e:
            v.ask.notify(self.tr("Cannot Export"), str(e))
            return False
        if notices:  # never a silent loss: one line per object left out
            v.ask.notify(self.tr("Exported Without Some Objects"), "\n".join(notices))
        v.show_status(self.tr("Exported %1").replace("%1", opts.path), 4000)
        return True

    # ---- PDF, printing --------------------------------------------------------------------------
    def export_pdf_to(self, path: str, notices: list[str] | None = None) -> int:
        """Export the report as shown to ``path``; returns pages (raises ReportDeskError).
        ``notices``: gets a line for each object the PDF draws only as a framed place."""
        from ui.pdf_export import export_pdf

        doc = self.view.current_document(with_spans=True)
        return export_pdf(doc, self.view.live.analysis, path, author=S.get("author/name"),
                          notices=notices)  # fmt: skip

    def export_pdf_dialog(self) -> bool:
        v = self.view
        stem = Path(v.path).stem if v.path else self.tr("Untitled")
        start = export_start(v.path, stem + ".pdf")
        path, _ = v.ask.save_file(self.tr("Export PDF"), start, self.tr("PDF document (*.pdf)"))
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        notices: list[str] = []  # charts, SmartArt the PDF draws only as a framed place
        try:
            with v.busy():  # ~3 s for 1,000 pages
                pages = self.export_pdf_to(path, notices)
        except (ReportDeskError, OSError) as e:
            v.ask.notify(self.tr("Cannot Export PDF"), str(e))
            return False
        if notices:  # never a silent loss (the Word export's dialog title, translated)
            v.ask.notify(self.tr("Exported Without Some Objects"), "\n".join(notices))
        message = self.tr("Exported %1 (%n page(s))", "", pages).replace("%1", path)
        v.show_status(message, 6000)
        return True

    def paint(self, device: QPagedPaintDevice) -> int:
        """Paint the report's pages on a printer (or the print preview's); returns pages."""
        from ui.print_layout import paint_pages

        v = self.view
        doc = v.current_document(with_spans=True)
        with v.busy():
            analysis = v.live.analysis
            if analysis is None:
                from app.engine import analyze

                analysis = analyze(doc)
            return paint_pages(doc, analysis, device).pages
