"""A long report opens in two stages (ui/live.py): the outline and the problems other than the
lexicon families' show first, the lexicon families' problems are added right after — without
resetting the problems list (the selection stays), and ending with what a full analysis finds."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from app.engine import LEXICON_MODULES, analyze
from app.model import Role
from app.rules import MODULES
from tests.ui.conftest import SAMPLE
from ui import live as live_module
from ui import loader

MODULE_OF = {r.id: m.__name__ for m in MODULES for r in m.RULES}


def rows(findings) -> list[tuple]:
    return [dataclasses.astuple(f) for f in findings]


def open_long(qtbot, monkeypatch, window, tmp_path):
    """Open the sample report three times over, read in the loader's worker thread, staged."""
    monkeypatch.setattr(live_module, "STAGED_FROM", 2_000)
    monkeypatch.setattr(loader, "BACKGROUND_BYTES", 1)
    # the second stage one paragraph per pass of the event loop: still running when the test
    # looks, however fast the machine
    monkeypatch.setattr(live_module, "LATER_PARAGRAPHS", 1)
    monkeypatch.setattr(live_module, "LATER_SLICE_MS", 0)
    path = tmp_path / "长报告.txt"
    report = SAMPLE.read_text(encoding="utf-8").rstrip("\n")
    path.write_text("\n".join([report] * 3) + "\n", encoding="utf-8")
    w = window
    seen = w.seen = []  # what the views showed at each analysis
    w.status_seen = []  # and the status bar's problem counts

    def shown(analysis) -> None:
        seen.append((bool(analysis.pending), list(w.problems.model.findings),
                     w.outline.top_level_labels()))
        w.status_seen.append(w.problem_label.text())

    w.live.analyzed.connect(shown, Qt.ConnectionType.DirectConnection)
    # the first stage shown; the second one's steps run on a timer once the loop runs again
    with qtbot.waitSignal(w.live.analyzed, timeout=60_000,
                          check_params_cb=lambda analysis: bool(analysis.pending)):
        assert w.files.open_path(str(path), ask=False)
    assert not w.loader.busy
    return w


def test_lexicon_problems_are_added_after_the_others(qtbot, data_dir, window, tmp_path,
                                                     monkeypatch):
    w = open_long(qtbot, monkeypatch, window, tmp_path)
    pending, shown, outline = w.seen[-1]
    assert pending  # the first stage is shown: the outline and the other problems
    assert outline
    assert shown and all(MODULE_OF[f.rule] not in LEXICON_MODULES for f in shown)
    assert w.live.pending
    # the user selects a problem before the rest arrives
    view = w.problems.view
    view.setCurrentIndex(view.model().index(3, 0))
    chosen = w.problems.current_finding()
    resets: list[bool] = []
    w.problems.model.modelReset.connect(lambda: resets.append(True))
    qtbot.waitUntil(lambda: not w.live.pending, timeout=60_000)
    full = analyze(w.live.document)
    assert any(MODULE_OF[f.rule] in LEXICON_MODULES for f in full.findings)
    assert rows(w.live.analysis.findings) == rows(full.findings)
    assert rows(w.problems.model.findings) == rows(full.findings)
    assert not resets  # rows inserted by difference, no reset (no flash)
    # the status bar said the counts were not final, and says nothing once they are
    note = w.tr("checking wording…")
    assert note in w.status_seen[0]
    assert note not in w.status_seen[-1] == w.problem_label.text()
    now = w.problems.current_finding()
    assert (now.rule, now.paragraph_id, now.start) == (chosen.rule, chosen.paragraph_id,
                                                      chosen.start)


def test_typing_before_the_rest_arrives(qtbot, data_dir, window, tmp_path, monkeypatch):
    w = open_long(qtbot, monkeypatch, window, tmp_path)
    assert w.live.pending
    texts = w.live.document.texts
    at = next(i for i, t in enumerate(texts)
              if len(t) > 40 and w.live.analysis.roles[i] is Role.BODY)
    w.editor.go_to(at, len(texts[at]))
    w.editor.insertPlainText("按步就班１２")  # (typed: the editor's own change signals)
    w.live.flush()
    qtbot.waitUntil(lambda: not w.live.pending, timeout=60_000)
    w.live.flush()
    assert rows(w.live.analysis.findings) == rows(analyze(w.live.document).findings)
    # the typed paragraph was checked by the lexicon families too (the full-width digits)
    assert any(MODULE_OF[f.rule] in LEXICON_MODULES and f.index == at
               for f in w.live.analysis.findings)


def test_other_rules_chosen_before_the_rest_arrives(qtbot, data_dir, window, tmp_path,
                                                    monkeypatch):
    w = open_long(qtbot, monkeypatch, window, tmp_path)
    assert w.live.pending
    w.live.set_rules(["numbering", "typo"])  # a full analysis with these rules, at once
    assert not w.live.pending
    qtbot.waitUntil(lambda: w.live._later is None)  # the old second stage is dropped
    expected = analyze(w.live.document, ["numbering", "typo"])
    assert rows(w.live.analysis.findings) == rows(expected.findings)


def test_flush_completes_the_analysis(qtbot, data_dir, window, tmp_path, monkeypatch):
    """What reads the analysis after a flush (the Word export's problems as comments, a fix)
    gets the whole analysis, even right after opening."""
    w = open_long(qtbot, monkeypatch, window, tmp_path)
    assert w.live.pending
    w.live.flush()
    assert not w.live.pending
    assert rows(w.live.analysis.findings) == rows(analyze(w.live.document).findings)
    assert rows(w.problems.model.findings) == rows(w.live.analysis.findings)


def test_the_second_stage_waits_for_the_lexicon_preload(qtbot, data_dir, window, tmp_path,
                                                        monkeypatch):
    """Opened as the program starts, while the lexicon is still being loaded in a thread: the
    second stage does not run (it would wait on the GUI thread) until the load is done."""
    loading = [True]
    monkeypatch.setattr(live_module, "lexicon_loading", lambda: loading[0])
    w = open_long(qtbot, monkeypatch, window, tmp_path)
    timer = w.live._later_timer
    qtbot.waitUntil(lambda: timer.interval() == live_module.WAIT_LEXICON_MS)
    for _ in range(3):  # three more looks while loading: nothing found yet
        with qtbot.waitSignal(timer.timeout):
            pass
    assert w.live.pending
    loading[0] = False
    qtbot.waitUntil(lambda: not w.live.pending, timeout=60_000)
    assert rows(w.live.analysis.findings) == rows(analyze(w.live.document).findings)


def test_the_preload_makes_the_typo_checks_tables(qtbot):
    """The caches a first start makes after an install (the attested words, typo15's table of
    rare words and their twins: ~0.45 s) are made by the preload thread, not by the second
    stage's first slice of typo checks on the GUI thread."""
    from app.rules.typo_joined import twins
    from ui.app import _preload_lexicon

    twins.cache_clear()
    _preload_lexicon()
    qtbot.waitUntil(lambda: twins.cache_info().currsize == 1, timeout=60_000)
    qtbot.waitUntil(lambda: not live_module.lexicon_loading(), timeout=60_000)
