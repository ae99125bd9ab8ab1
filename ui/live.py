"""Live analysis: edits mark the document dirty; a short pause in the typing re-analyses it.

The paragraph list is kept in step with the editor's blocks as the edits happen
(:class:`ui.paragraph_sync.ParagraphSync`: only the touched paragraphs are read again, matched by
the ids their blocks carry; every other paragraph stays the same object). A run then brings the
analysis up to date with :class:`app.incremental.IncrementalAnalyzer` (only the work whose input
changed: typing inside a sentence of a 4,400-paragraph report costs a few milliseconds) and
``analyzed`` is emitted; ``delta`` says what changed, for views that update by difference.

The pause is short (:data:`DEBOUNCE_MS`) so the outline and problems follow the typing at once;
it grows with the last run's cost (a report whose analysis takes long is not re-analysed between
two keys of a fast typist), and nothing runs while keys keep coming. It is counted from the
moment the edit's own events are handled (the key drawn, the layout done: a zero-interval timer
after the edit), not from the edit's signal: before 2026-12-04 a 20 ms pause started at the
signal, and a key's own handling (~3–8 ms on corpus x3) ate into it unevenly, so the pause had
to be long enough that a key's handling never outlasted it — ~15 ms of waiting after the last
key of a typed heading. Keys that arrive together (queued while the GUI thread was busy) are
all handled before that timer, so they still make one run.

A long report opens in two stages. The loader's analysis (in its worker thread) leaves out the
lexicon families (:data:`app.engine.LEXICON_MODULES`, two thirds of a cold analysis): the outline,
the numbering and the other problems are shown from it as soon as the text is in the editor.
Then the lexicon families are run on a copy of the texts and roles
(:meth:`app.incremental.IncrementalAnalyzer.snapshot`) :data:`LATER_PARAGRAPHS` at a time, from a
zero-interval timer in slices of at most :data:`LATER_SLICE_MS`, so keys typed meanwhile wait
no longer than a slice; then their findings are added
(:meth:`~app.incremental.IncrementalAnalyzer.complete`: paragraphs edited meanwhile are checked
again there; the result is the full analysis). The problems view inserts the new rows by
difference (selection and scroll kept). While the window's preload of the lexicon is still
running (a report opened as the program starts), the second stage waits for it without holding
the GUI thread. A thread was tried first: it shares the interpreter
with the GUI thread, and the segmenter's calls kept the GUI thread from running for up to
~480 ms at a time on corpus x3 (bench/bench_staged.py's "longest GUI gap").
"""

from __future__ import annotations

import gc
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from app.engine import LEXICON_MODULES, Analysis
from app.incremental import AnalysisDelta, IncrementalAnalyzer, Snapshot
from app.model import Document
from app.outline.parts import PartCache
from ui.live_memory import one_arena
from ui.paragraph_sync import ParagraphSync

DEBOUNCE_MS = 5  # the pause after the last edit's events; longer when the last analysis was slow
SLOW_MS = 150  # a run slower than this (a huge paragraph) makes the pause as long as a run
MAX_DEBOUNCE_MS = 300
STAGED_FROM = 100_000  # characters: a report this long is analysed in two stages on opening
LATER_PARAGRAPHS = 10  # the second stage's step (~1 ms of cold lexicon work on corpus x3, up to ~6)
LATER_SLICE_MS = 10  # steps back to back for at most this long before events are handled
WAIT_LEXICON_MS = 20  # how often the second stage looks whether the lexicon's preload is done


class LiveAnalysis(QObject):
    analyzed = Signal(object)  # Analysis

    def __init__(self, editor, analyzer: Callable | None = None, parent=None) -> None:
        super().__init__(parent)
        one_arena()  # before the loader's worker first allocates (ui.live_memory)
        self.editor = editor
        self._analyzer = analyzer
        self.sync = ParagraphSync(editor.document(), editor.objects, lambda: editor.loading)
        self.analysis: Analysis | None = None
        self.dirty = False
        self.last_ms = 0.0  # the last analysis, wherever it ran
        # the last run on this thread (what the next pause is measured by): the loader's cold
        # analysis in a worker says nothing of the incremental runs that follow it
        self._run_ms = 0.0
        self.rules: list[str] | None = None  # rule families to run (None: all; see settings)
        self.runs = 0
        # what the last run changed (None after a custom analyzer's run or an adopted analysis)
        self.delta: AnalysisDelta | None = None
        self._incremental: IncrementalAnalyzer | None = None  # for the default analyzer + rules
        self._outline: tuple[Document, Analysis] | None = None  # see offer_outline
        self._outline_parts: PartCache | None = None
        # the last analysis made here without the incremental analyzer (the loader's, in its
        # worker) and its parse's parts: the analyzer that adopts it starts from them, so the
        # first heading typed or 修正全部序号 after opening a report redoes only the parts it
        # changes, not all of them (corpus×3: 109). The analysis is held weakly: an opening
        # that fails or is cancelled does not keep its analysis alive here.
        self._parsed: tuple[weakref.ref[Analysis], PartCache] | None = None
        self._suspended = 0
        self._gui_thread = threading.get_ident()  # the incremental analyzer runs only here
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        # started by each edit, fired once the events the edit queued are handled: the pause
        # (``_timer``) starts from there (module docstring)
        self._handled = QTimer(self)
        self._handled.setSingleShot(True)
        self._handled.setInterval(0)
        self._handled.timeout.connect(self._pause)
        editor.document().contentsChange.connect(self._on_change)
        # the second stage of an opening (see the module docstring): its steps, on a timer
        self._later: tuple[IncrementalAnalyzer, Snapshot, Iterator[int]] | None = None
        self._later_timer = QTimer(self)
        self._later_timer.setInterval(0)
        self._later_timer.timeout.connect(self._later_step)

    @property
    def document(self) -> Document:
        """The model of what the editor shows (kept up to date edit by edit)."""
        return self.sync.document

    @property
    def analyzer(self) -> Callable:
        """The whole-document analysis function (the caller's, else app.engine.analyze)."""
        if self._analyzer is None:
            from app.engine import analyze

            return analyze  # (not kept: a kept one would turn the incremental analysis off)
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
        self._timer.stop()  # nothing runs while keys keep coming
        if not self._handled.isActive():
            self._handled.start()

    def _pause(self) -> None:
        """The last edit's events are handled: the pause before a run starts now."""
        if not self.dirty:
            return  # (a flush ran meanwhile)
        slow = self._run_ms > SLOW_MS  # then wait as long as a run takes, up to the maximum
        self._timer.start(int(min(MAX_DEBOUNCE_MS, self._run_ms)) if slow else DEBOUNCE_MS)

    def _incremental_analyzer(self) -> IncrementalAnalyzer | None:
        """The incremental analyzer when the default analysis runs, else None (a test's or a
        caller's own analyzer is called as it is)."""
        if self._analyzer is not None:
            return None
        if self._incremental is None:
            self._incremental = IncrementalAnalyzer(self.rules)
        return self._incremental

    def parts(self) -> PartCache | None:
        """A copy of the incremental analyzer's last parse's parts, for a command that parses
        drafts of the document (修正全部序号's plan: :func:`app.outline.edits.renumber_all_plan`);
        None when the default analysis does not run here."""
        live = self._incremental_analyzer()
        return live.parts() if live is not None else None

    def offer_outline(self, document: Document, analysis: Analysis,
                      parts: PartCache | None = None) -> None:
        """The next run may take the outline of ``analysis`` (of ``document``, a stand-in for
        what the editor will hold after a command's edits) instead of parsing again; it is
        checked against the real paragraphs first (IncrementalAnalyzer.update's ``outline``).
        ``parts``: that parse's parts (from :meth:`parts`), kept with the outline."""
        self._outline = (document, analysis)
        self._outline_parts = parts

    def analyze_now(self, document: Document):
        """Analyse ``document`` now. Any thread: the loader calls it in a worker, where the
        stateless analysis runs (the incremental analyzer belongs to the GUI thread and takes
        that analysis over in :meth:`adopt`)."""
        t0 = time.perf_counter()
        gui = threading.get_ident() == self._gui_thread
        live = self._incremental_analyzer() if gui else None
        outline, self._outline = self._outline, None
        parts, self._outline_parts = self._outline_parts, None
        if live is not None:
            self.delta = live.update(document, outline=outline, parts=parts)
            analysis = self.delta.analysis
        else:
            self.delta = None
            from app.engine import analyze

            if self._analyzer is None:  # the default analysis: its parse's parts kept
                parts = PartCache()  # (for the incremental analyzer that adopts it)
                skip = LEXICON_MODULES if staged(document) else frozenset()
                analysis = analyze(document, self.rules, skip=skip, parts=parts)
                self._parsed = (weakref.ref(analysis), parts)
            elif self.rules is None:
                analysis = self._analyzer(document)
            else:
                analysis = self._analyzer(document, rules=self.rules)
        self.last_ms = (time.perf_counter() - t0) * 1000
        if gui:
            self._run_ms = self.last_ms
        self.runs += 1
        return analysis

    def adopt(self, document: Document, analysis) -> None:
        """The editor now shows ``document``, already analysed as ``analysis``: publish it."""
        self._timer.stop()
        self._handled.stop()
        if not self.sync.reset(document):  # Qt laid the blocks out differently: analyse again
            analysis = self.analyze_now(self.sync.document)
        else:
            live = self._incremental_analyzer()
            parsed, self._parsed = self._parsed, None
            if live is not None:
                if live.analysis is not analysis:
                    live.adopt(self.sync.document, analysis,  # the next run goes on from it
                               parsed[1] if parsed is not None and parsed[0]() is analysis
                               else None)
                self._run_ms = 0.0  # …and costs what an incremental run costs, not a cold one
            self.delta = None
        self.analysis = analysis
        self.dirty = False
        with self.suspended():
            self.analyzed.emit(analysis)
        self._start_later()

    @property
    def pending(self) -> bool:
        """The last analysis still waits for the lexicon families' findings (a report opened
        in two stages: they are being found between the GUI's events)."""
        return self.analysis is not None and bool(self.analysis.pending)

    def _start_later(self) -> None:
        """Find the modules the analysis left out, a slice at a time (module docstring)."""
        self._later_timer.stop()
        live = self._incremental
        snapshot = live.snapshot() if live is not None else None
        if live is None or snapshot is None:
            self._later = None
            return
        self._later = (live, snapshot, snapshot.steps(LATER_PARAGRAPHS))
        self._later_timer.start()

    def _later_step(self) -> None:
        """Slices of the pending modules' work for up to :data:`LATER_SLICE_MS`; the events
        waiting (keys) run before the next."""
        later = self._later
        if later is None or later[0] is not self._incremental:
            self._later = None  # other rules, or gone: nothing to add to
            self._later_timer.stop()
            return
        if lexicon_loading():  # wait for it here rather than on its lock (module docstring)
            self._later_timer.setInterval(WAIT_LEXICON_MS)
            return
        self._later_timer.setInterval(0)
        live, snapshot, steps = later
        deadline = time.perf_counter() + LATER_SLICE_MS / 1000
        try:
            next(steps)  # (at least one step each time)
            while time.perf_counter() < deadline:
                next(steps)
        except StopIteration:
            self._later = None
            self._later_timer.stop()
            self._add_later(live, snapshot)

    def _finish_later(self) -> None:
        """The rest of the second stage at once (see :meth:`flush`)."""
        later, self._later = self._later, None
        self._later_timer.stop()
        if later is None or later[0] is not self._incremental:
            return
        live, snapshot, steps = later
        for _ in steps:
            pass
        self._add_later(live, snapshot)

    def _add_later(self, live: IncrementalAnalyzer, snapshot: Snapshot) -> None:
        """The lexicon families' findings into the analysis (by difference in the views)."""
        t0 = time.perf_counter()
        with collected_once():
            delta = live.complete(self.document, snapshot)
            if delta is None:  # a new start since the snapshot: that analysis is complete
                return
            self.delta = delta
            self.analysis = delta.analysis
            self.last_ms = (time.perf_counter() - t0) * 1000
            with self.suspended():
                self.analyzed.emit(self.analysis)

    def flush(self) -> None:
        """Bring the analysis up to date now if edits are pending (before fixes, saves, jumps,
        exports), and complete it if the second stage of an opening is still running: what
        reads the analysis after a flush (the Word export's problems as comments) gets all."""
        self._finish_later()
        if self.dirty or self._timer.isActive():
            self._timer.stop()
            self._handled.stop()
            self.run()

    def sync_document(self) -> bool:
        """True when the paragraphs changed (text, fixed roles, structure) since the last run."""
        return self.sync.take_changed()

    def set_rules(self, rules: list[str] | None) -> None:
        """Run only these rule families from now on (None: all); re-analyses at once."""
        if rules != self.rules:
            self.rules = rules
            self._incremental = None
            self.run(force=True)

    def run(self, force: bool = False) -> None:
        self.dirty = False
        changed = self.sync_document()
        if not changed and not force and self.analysis is not None:
            return
        with collected_once():
            self.analysis = self.analyze_now(self.document)
            with self.suspended():
                self.analyzed.emit(self.analysis)


def lexicon_loading() -> bool:
    """Whether the window's lexicon preload (ui/app.py, a thread named "lexicon-preload") is
    still running: the second stage's first step would then wait for its lock on the GUI
    thread (up to the rest of a 0.2–0.8 s load when a report is opened as the program starts)."""
    return any(t.name == "lexicon-preload" and t.is_alive() for t in threading.enumerate())


def staged(document: Document) -> bool:
    """Whether ``document`` is long enough to be analysed in two stages when it opens."""
    total = 0
    for p in document.paragraphs:
        total += len(p.text)
        if total >= STAGED_FROM:
            return True
    return False


@contextmanager
def collected_once():
    """The cyclic garbage collector held off for the block, and run once, young generation
    only, after the events the block's changes queued (the views' repaints) — not at its end.

    An analysis after a structural edit and the views' update allocate ~100,000 containers:
    left alone, the collector ran ~30 times a run over the young objects, moving the
    survivors up and walking them again in the older generations (corpus x3, 20 typed
    headings: ~550 ms of collections, gen-2 passes up to 48 ms inside a run). One pass after
    the block sees each new object once; the next full collection is ~30 times as far away.
    That pass walks every object the run made (after a typed heading on corpus x3: 2.2 M
    instructions, but 6–17 ms by the clock here, a walk over scattered memory; 4 % of the
    run's instructions, callgrind): done at the end of the block it stood between the last key
    and the outline and problems the user waits for, so it waits for a zero-interval timer
    (:func:`_collect_later`), which Qt runs once the posted events (paints) are handled; until
    then the collector stays off, so that no allocation starts it earlier. Objects are still
    freed by their reference counts as usual; cycles wait until the pass."""
    global _collect_pending
    if not gc.isenabled():  # (nested, a pass pending, or the caller manages the collector)
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():  # (no loop to run it)
            gc.enable()
            gc.collect(0)
        else:
            _collect_pending = True
            QTimer.singleShot(0, _collect_later)


_collect_pending = False  # collected_once turned the collector off; its pass is queued


def _collect_later() -> None:
    """The pass :func:`collected_once` queued: the collector on again, the young objects
    walked once."""
    global _collect_pending
    if _collect_pending:
        _collect_pending = False
        gc.enable()
        gc.collect(0)
