"""Live analysis: edits mark the document dirty, a 300 ms debounce re-analyses it.

The paragraph list is kept in step with the editor's blocks as the edits happen
(:class:`ui.paragraph_sync.ParagraphSync`: only the touched paragraphs are read again, matched by
the ids their blocks carry; every other paragraph stays the same object). A run then calls
:func:`app.engine.analyze` on the whole document (the engine caches per-paragraph work by text)
and ``analyzed`` is emitted.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer, Signal

from app.model import Document
from ui.paragraph_sync import ParagraphSync

DEBOUNCE_MS = 300


class LiveAnalysis(QObject):
    analyzed = Signal(object)  # Analysis

    def __init__(self, editor, analyzer: Callable | None = None, parent=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._analyzer = analyzer
        self.sync = ParagraphSync(editor.document(), editor.objects, lambda: editor.loading)
        self.analysis = None
        self.dirty = False
        self.last_ms = 0.0
        self.rules: list[str] | None = None  # rule families to run (None: all; see settings)
        self.runs = 0
        self._suspended = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        editor.document().contentsChange.connect(self._on_change)

    @property
    def document(self) -> Document:
        """The model of what the editor shows (kept up to date edit by edit)."""
        return self.sync.document

    @property
    def analyzer(self) -> Callable:
        if self._analyzer is None:
            from app.engine import analyze

            self._analyzer = analyze
        return self._analyzer

    @contextmanager
    def suspended(self):
        """Changes made inside (restyling, underlines) are not edits: do not re-analyse for them."""
        self._suspended += 1
        try:
            yield
        finally:
            self._suspended -= 1

    def _on_change(self, position: int, removed: int, added: int) -> None:
        if self._suspended:
            return
        self.dirty = True
        self._timer.start()

    def analyze_now(self, document: Document):
        t0 = time.perf_counter()
        if self.rules is None:
            analysis = self.analyzer(document)
        else:
            analysis = self.analyzer(document, rules=self.rules)
        self.last_ms = (time.perf_counter() - t0) * 1000
        self.runs += 1
        return analysis

    def adopt(self, document: Document, analysis) -> None:
        """The editor now shows ``document``, already analysed as ``analysis``: publish it."""
        self._timer.stop()
        if not self.sync.reset(document):  # Qt laid the blocks out differently: analyse again
            analysis = self.analyze_now(document)
        self.analysis = analysis
        self.dirty = False
        with self.suspended():
            self.analyzed.emit(analysis)

    def flush(self) -> None:
        """Bring the analysis up to date now if edits are pending (before fixes, saves, jumps)."""
        if self.dirty or self._timer.isActive():
            self._timer.stop()
            self.run()

    def sync_document(self) -> bool:
        """True when the paragraphs changed (text, fixed roles, structure) since the last run."""
        return self.sync.take_changed()

    def set_rules(self, rules: list[str] | None) -> None:
        """Run only these rule families from now on (None: all); re-analyses at once."""
        if rules != self.rules:
            self.rules = rules
            self.run(force=True)

    def run(self, force: bool = False) -> None:
        self.dirty = False
        changed = self.sync_document()
        if not changed and not force and self.analysis is not None:
            return
        self.analysis = self.analyze_now(self.document)
        with self.suspended():
            self.analyzed.emit(self.analysis)
