"""Problems found by the checks: show one, apply its fix, quick fix at the cursor, ignores.

Every fix is one undo step; the analysis is brought up to date before a finding is used (an
index from a stale analysis would point at the wrong paragraph).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.errors import ReportDeskError
from app.findings import Finding
from ui import doc_ops
from ui.controllers.view import FixesView
from ui.rule_labels import fix_label


class FixesController(QObject):
    def __init__(self, view: FixesView) -> None:
        super().__init__()
        self.view = view

    def current(self, f: Finding) -> Finding | None:
        """``f`` in the up-to-date analysis (it may have been re-created by a re-analysis)."""
        live = self.view.live
        live.flush()
        findings = live.analysis.findings if live.analysis else []
        if any(x is f for x in findings):
            return f
        for x in findings:
            if x.rule == f.rule and x.paragraph_id == f.paragraph_id and x.message == f.message:
                return x
        return None

    def show_finding(self, f: Finding) -> None:
        now = self.current(f)
        if now is not None:
            self.view.go_to(now.index, now.start, now.end)

    def apply_fix(self, f: Finding) -> bool:
        now = self.current(f)
        if now is None or now.fix is None:
            return False
        done = doc_ops.apply_edits(self.view.text_document(), now.fix.edits)
        self.view.live.flush()
        if done:
            self.view.show_status(
                self.tr("Fixed: %1").replace("%1", fix_label(now.fix.description)), 4000
            )
        return done

    def fixes_at(self, index: int, offset: int) -> list[tuple[str, Callable[[], None]]]:
        """The quick fixes of the problems at (paragraph, offset), for menus."""
        self.view.live.flush()
        out: list[tuple[str, Callable[[], None]]] = []
        for f in self.view.findings_at(index):
            if f.fix is not None and f.start <= offset <= max(f.end, f.start + 1):
                label = self.tr("Quick fix: %1").replace("%1", fix_label(f.fix.description))
                out.append((label, self._fixer(f)))
        return out

    def _fixer(self, f: Finding) -> Callable[[], None]:
        def fix() -> None:
            self.apply_fix(f)

        return fix

    def quick_fix_at_cursor(self) -> None:
        """One fix: apply it; several: offer them; none: say so."""
        index, offset = self.view.cursor_location()
        fixes = self.fixes_at(index, offset)
        if len(fixes) == 1:
            fixes[0][1]()
        elif fixes:
            self.view.offer(fixes)
        else:
            self.view.show_status(self.tr("No quick fix at the cursor"), 3000)

    def ignores_changed(self) -> None:
        """The reviewer ignored (or un-ignored) a finding: keep the list, show the result."""
        from app.ignores import store_for

        doc = self.view.live.document
        try:
            if not store_for(doc) and doc.path:
                self.view.set_modified(True)  # a .docx keeps its list when saved
        except ReportDeskError as err:
            self.view.show_status(str(err), 5000)
        self.view.reanalyze()
