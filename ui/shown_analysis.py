"""What the window shows of each analysis: the editor's styles and underlines, the outline,
the problems table and the status bar's counts (moved out of ui.main_window, which connects
:meth:`ShownAnalysis.show` to the live analysis).

Each view updates by difference (see each view's module); what only some actions read — the
findings by paragraph, the character count — is worked out when first read after a run, not
after every run: ~3,500 findings and ~4,400 paragraphs on corpus x3 are sorted into them for
a context menu or a hidden label otherwise.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.engine import Analysis
from app.findings import Finding, Severity
from ui.editor import Mark
from ui.icons import COLORS
from ui.stats import Counts, ParagraphTally, count_long
from ui.style_keys import style_keys

# the window's strings, in its context (MainWindow), written so that lupdate files them there: a
# call on ``w.tr`` left lupdate guessing, and regenerating the .ts files dropped them
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ui.main_window import MainWindow

_TEXT, _ID = attrgetter("text"), attrgetter("id")


class ShownAnalysis:
    """The window's views of the live analysis (``window``: the main window)."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self._findings: list[Finding] = []  # of the analysis last shown
        self._pending = False  # its wording checks still running (a long report just opened)
        self._by_index: dict[int, list[Finding]] | None = None  # made when first read
        self._counted: list[str] | None = None  # texts the character count is due for
        self._counts: Counts | None = None
        self._tally = ParagraphTally(count_long)  # the status bar's character count

    def show(self, analysis: Analysis) -> None:
        w = self.w
        paragraphs = w.live.document.paragraphs
        texts = list(map(_TEXT, paragraphs))  # (in C)
        keys = style_keys(analysis, texts)
        ids = list(map(_ID, paragraphs))
        w.editor.apply_styles(keys, analysis.roles, join_undo=True, ids=ids, texts=texts)
        self._findings, self._by_index = analysis.findings, None
        w.editor.set_marks(
            [Mark(f.index, f.start, f.end, f.severity, f.message, ids[f.index],
                  hash(texts[f.index])) for f in analysis.findings if not f.ignored]
        )
        w.outline.set_analysis(analysis, texts, ids)
        delta = w.live.delta  # (its finding keys: the table's diff need not redo them)
        w.problems.set_findings(analysis.findings, delta.keys if delta is not None and
                                delta.analysis is analysis else None)
        self.update_counts(texts, analysis.findings, bool(analysis.pending))
        w.cursor_follow.now()

    @property
    def findings_by_index(self) -> dict[int, list[Finding]]:
        """The findings last shown, by paragraph index (made when first read after a run)."""
        if self._by_index is None:
            by: dict[int, list[Finding]] = {}
            for f in self._findings:
                by.setdefault(f.index, []).append(f)
            self._by_index = by
        return self._by_index

    def update_counts(self, texts: list[str], findings: list[Finding],
                      pending: bool = False) -> None:
        """The character count and the problems by severity; ``pending``: the wording checks
        of a long report just opened are still running (the counts will grow), which is said.
        The character count only when shown or read (:attr:`counts`; the Word count hides it)."""
        w = self.w
        self._counted = texts
        if not w.count_label.isHidden():
            _ = self.counts
        self._pending = pending
        self.show_severities(findings)

    def show_severities(self, findings: list[Finding] | None = None) -> None:
        """The problems by severity: the body's (``findings``, else the analysis last shown)
        and those of the headers, footers, notes and text boxes (the side pane's), so that the
        count a reviewer reads is the document's, not the body's alone."""
        w = self.w
        by = {s: 0 for s in Severity}
        for f in (*(self._findings if findings is None else findings), *w.side_parts.findings):
            if not f.ignored:
                by[f.severity] += 1
        pending = self._pending
        parts = [
            f'<span style="color:{COLORS[s]}">●</span> {name} {by[s]}'
            for s, name in ((Severity.ERROR, translate("MainWindow", "errors")),
                            (Severity.WARNING, translate("MainWindow", "warnings")),
                            (Severity.INFO, translate("MainWindow", "notes")))
        ]  # fmt: skip
        if pending:
            parts.append(translate("MainWindow", "checking wording…"))
        w.problem_label.setText("&nbsp;&nbsp;".join(parts))

    @property
    def counts(self) -> Counts | None:
        """The character count of the text last analysed (~1 ms a run on corpus x3, so only
        when read: ui.word_habits hides its label), its label brought up to date with it."""
        texts, self._counted = self._counted, None
        if texts is not None:
            c = self._counts = self._tally.update(texts)
            self.w.count_label.setText(
                translate("MainWindow", "Characters: %1 (without punctuation: %2)")
                .replace("%1", str(c.chars)).replace("%2", str(c.chars_no_punct))
            )  # fmt: skip
        return self._counts
