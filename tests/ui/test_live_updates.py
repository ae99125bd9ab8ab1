"""The window follows the typing by difference: only the outline rows, problem rows, styles and
underlines that changed are written, and what it shows equals a cold analysis of the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.engine import analyze
from tests.ui.conftest import SAMPLE
from tests.ui.helpers import index_starting, texts, type_text
from ui.outline_view import ID_ROLE
from ui.problems_view import FINDING_ROLE


def _settled(w) -> bool:
    return not w.live.dirty and not w.live._timer.isActive()


def _shows_cold_analysis(w) -> None:
    """Outline, problems and the live analysis equal a cold analysis of the editor's text."""
    doc = w.live.document
    assert [p.text for p in doc.paragraphs] == texts(w)
    cold = analyze(doc)
    assert w.live.analysis.findings == cold.findings
    assert w.problems.model.findings == cold.findings
    # the table as shown (sorted by line, ignored rows hidden): every row's line number is
    # where its finding is now, in order, also after paragraphs were inserted above it
    proxy = w.problems.proxy
    table = [proxy.index(r, 3).data() for r in range(proxy.rowCount())]
    visible = sorted((f for f in cold.findings if not f.ignored),
                     key=lambda f: (f.index, f.start))
    assert table == [f"{f.line}:{f.column}" for f in visible]
    shown = [item.text() for item in w.outline._item_list]
    assert len(shown) == len(cold.headings)
    assert [w.outline.index_of(item.index()) for item in w.outline._item_list] == \
        [h.index for h in cold.headings]
    assert shown == [texts(w)[h.index][:len(label)] for h, label in zip(cold.headings, shown,
                                                                         strict=True)]
    ids = [p.id for p in doc.paragraphs]
    parents = [item.parent().data(ID_ROLE) if item.parent() is not None else None
               for item in w.outline._item_list]
    assert parents == [ids[h.parent.index] if h.parent is not None else None
                       for h in cold.headings]


def _end_of(w, index: int) -> None:
    w.editor.go_to(index, len(texts(w)[index]))


def test_typing_in_a_heading_rewrites_its_outline_row_only(qtbot, sample_window):
    w = sample_window
    at = index_starting(w, "（一）坚持党组核心作用")
    rows_before = len(w.outline._item_list)
    touched = w.outline.rows_touched
    w.editor.go_to(at, 5)
    type_text(w.editor, "新")
    qtbot.waitUntil(lambda: any("（一）坚持新党组" in item.text()
                                for item in w.outline._item_list), timeout=3000)
    assert w.outline.rows_touched - touched == 1  # that row's label, nothing else
    assert len(w.outline._item_list) == rows_before
    assert w.editor.blocks_styled <= 2  # the edited paragraph (and no walk over every block)
    _shows_cold_analysis(w)


def test_a_new_problem_adds_one_row_and_one_underline(qtbot, sample_window):
    w = sample_window
    at = index_starting(w, "（一）坚持党组核心作用")
    body = at + 1
    rows = len(w.problems.model.findings)
    touched = w.problems.model.rows_touched
    _end_of(w, body)
    type_text(w.editor, "好,")  # a half-width comma after Chinese text
    qtbot.waitUntil(lambda: len(w.problems.model.findings) == rows + 1, timeout=3000)
    qtbot.waitUntil(lambda: _settled(w), timeout=3000)
    assert w.problems.model.rows_touched - touched == 1
    new = [f for f in w.problems.model.findings if f.index == body and f.rule ==
           "punctuation/width"]
    assert [texts(w)[body][f.start:f.end] for f in new] == [","]
    assert w.editor.marks_made == 1  # the other underlines were kept, not drawn again
    assert len(w.editor.extraSelections()) == len([f for f in w.live.analysis.findings
                                                   if not f.ignored])
    _shows_cold_analysis(w)


def test_enter_and_a_typed_heading_insert_one_outline_row(qtbot, sample_window):
    w = sample_window
    before = [item.text() for item in w.outline._item_list]
    touched = w.outline.rows_touched
    at = index_starting(w, "（一）坚持党组核心作用") + 1
    _end_of(w, at)
    qtbot.keyClick(w.editor, Qt.Key.Key_Return)
    type_text(w.editor, "（二）新增的小节")
    qtbot.waitUntil(lambda: any(item.text() == "（二）新增的小节"
                                for item in w.outline._item_list), timeout=3000)
    qtbot.waitUntil(lambda: _settled(w), timeout=3000)
    after = [item.text() for item in w.outline._item_list]
    assert len(after) == len(before) + 1
    # one row inserted; rows whose label or icon changed (the old （二） is now a duplicate)
    # are rewritten; the rest of the tree is left alone
    assert w.outline.rows_touched - touched < 5
    _shows_cold_analysis(w)


def test_joining_and_splitting_paragraphs_and_undo_match_a_cold_analysis(qtbot, sample_window):
    w = sample_window
    at = index_starting(w, "（一）坚持党组核心作用")
    w.editor.go_to(at + 1, 0)
    qtbot.keyClick(w.editor, Qt.Key.Key_Backspace)  # join the body onto the heading
    qtbot.waitUntil(lambda: _settled(w), timeout=3000)
    _shows_cold_analysis(w)
    w.editor.go_to(at, 4)
    qtbot.keyClick(w.editor, Qt.Key.Key_Return)  # split the heading
    qtbot.waitUntil(lambda: _settled(w), timeout=3000)
    _shows_cold_analysis(w)
    w.act_undo.trigger()
    w.act_undo.trigger()
    qtbot.waitUntil(lambda: _settled(w), timeout=3000)
    _shows_cold_analysis(w)


def test_a_section_move_matches_a_cold_analysis(qtbot, sample_window):
    w = sample_window
    first = index_starting(w, "一、")
    w.editor.go_to(first, 0)
    w.outline.select_paragraph(first)
    assert w.headings.move_section(1)
    qtbot.waitUntil(lambda: _settled(w), timeout=3000)
    _shows_cold_analysis(w)


def test_fix_all_numbering_is_one_undo_step(qtbot, sample_window):
    w = sample_window
    before = texts(w)
    assert w.live.analysis is not None
    w.headings.fix_all_numbering()
    qtbot.waitUntil(lambda: _settled(w), timeout=3000)
    assert texts(w) != before
    assert not [f for f in w.live.analysis.findings if f.rule == "numbering/duplicate"]
    _shows_cold_analysis(w)
    w.act_undo.trigger()
    assert texts(w) == before


def test_typing_does_not_analyse_per_key(qtbot, sample_window):
    w = sample_window
    runs = w.live.runs
    w.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(w.editor, "测试文字")
    assert w.live.runs == runs  # keys in a row: no analysis between them
    qtbot.waitUntil(lambda: w.live.runs == runs + 1, timeout=3000)


def test_the_pause_starts_once_a_keys_own_events_are_handled(qtbot, sample_window):
    """A key whose own handling takes longer than the pause (a long layout, a busy machine) is
    not followed by a run in the same pass of the event loop: the next key, typed right after
    that pass, still comes before any analysis. (With the pause counted from the edit's signal,
    a 30 ms handling made the 20 ms pause due at once and a run came between the two keys.)
    Then one run, once the typing stops, shows both keys."""
    import time

    from PySide6.QtWidgets import QApplication

    w = sample_window
    runs = w.live.runs
    w.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(w.editor, "甲")
    busy_until = time.perf_counter() + 0.03  # the key's handling, 30 ms long (busy, no wait)
    while time.perf_counter() < busy_until:
        pass
    QApplication.processEvents()  # the events the key queued: its paint, the pause's start
    assert w.live.runs == runs
    type_text(w.editor, "乙")
    assert w.live.runs == runs
    qtbot.waitUntil(lambda: w.live.runs == runs + 1 and _settled(w), timeout=3000)
    assert w.live.document.paragraphs[-1].text.endswith("甲乙")
    _shows_cold_analysis(w)


def test_keys_handled_in_one_pass_make_one_run(qtbot, sample_window):
    """Keys queued while the GUI thread was busy arrive together: one run for all of them."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    w = sample_window
    runs = w.live.runs
    w.editor.moveCursor(QTextCursor.MoveOperation.End)
    for ch in "丙丁戊":
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(w.editor, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                       Qt.KeyboardModifier.NoModifier, ch))
    qtbot.waitUntil(lambda: w.live.runs > runs and _settled(w), timeout=3000)
    assert w.live.runs == runs + 1
    assert w.live.document.paragraphs[-1].text.endswith("丙丁戊")


def _tree(w) -> list[tuple[str, list[str]]]:
    root = w.outline.model_.invisibleRootItem()
    return [(root.child(r).text(), [root.child(r).child(k).text()
                                    for k in range(root.child(r).rowCount())])
            for r in range(root.rowCount())]


def test_a_new_section_heading_adopts_the_headings_after_it_without_a_rebuild(qtbot,
                                                                              sample_window):
    w = sample_window
    before = _tree(w)
    rebuilds, touched = w.outline.rebuilds, w.outline.rows_touched
    third = index_starting(w, "三、")
    second_child = index_starting(w, "（二）", nth=2)  # the second sub-heading of section 三
    assert third < second_child
    w.editor.go_to(second_child, 0)
    type_text(w.editor, "四、新的一节\n")
    qtbot.waitUntil(lambda: any(label.startswith("四、新的一节") for label, _ in _tree(w)),
                    timeout=3000)
    qtbot.waitUntil(lambda: _settled(w), timeout=3000)
    after = _tree(w)
    assert len(after) == len(before) + 1
    new = next(k for k, (label, _) in enumerate(after) if label.startswith("四、新的一节"))
    # section 三 lost the sub-headings from its second one on; the new section has them
    assert after[new - 1][1] == before[new - 1][1][:1]
    assert after[new][1] == before[new - 1][1][1:]
    assert w.outline.rebuilds == rebuilds
    assert w.outline.rows_touched - touched < len(after) + sum(len(c) for _, c in after)
    _shows_cold_analysis(w)


def test_the_loaders_worker_analysis_leaves_the_incremental_analyzer_alone(qtbot, sample_window):
    """The loader analyses big files in a worker thread with ``analyze_now``: that must be the
    stateless analysis; the next edit still goes through the incremental analyzer."""
    import threading

    from app.model import Document

    w = sample_window
    live = w.live._incremental
    assert live is not None and live.analysis is w.live.analysis
    other = Document.from_lines(["一、别的文件", "正文。"])
    result = []
    worker = threading.Thread(target=lambda: result.append(w.live.analyze_now(other)))
    worker.start()
    worker.join()
    assert [h.title for h in result[0].headings] == ["别的文件"]
    assert live.analysis is w.live.analysis and live.doc is w.live.document
    w.editor.go_to(index_starting(w, "今年以来"), 3)  # inside a sentence of the opening
    type_text(w.editor, "好")
    qtbot.waitUntil(lambda: _settled(w) and w.live.delta is not None
                    and w.live.delta.analysis is w.live.analysis, timeout=3000)
    assert not w.live.delta.reparsed  # incremental, and the outline was kept


def test_the_first_edit_after_opening_waits_only_the_short_pause(qtbot, window, monkeypatch):
    """The pause before a run grows with the last run's cost; the opening's whole-document
    analysis is not such a run (the ones after it are incremental), so however long it took,
    the first edit is analysed after the short pause."""
    import itertools
    import time
    from types import SimpleNamespace

    from ui import live

    clock = itertools.count(step=0.4)  # every analysis timed in ui.live "takes" 400 ms
    monkeypatch.setattr(live, "time", SimpleNamespace(perf_counter=lambda: next(clock)))
    assert window.files.open_path(str(SAMPLE), ask=False)
    assert window.live.last_ms > live.SLOW_MS  # the opening's analysis looked slow
    monkeypatch.setattr(live, "time", time)  # (not undo(): that undoes the fixtures' patches too)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.editor, "字")
    assert window.live._timer.interval() == live.DEBOUNCE_MS
    qtbot.waitUntil(lambda: _settled(window), timeout=3000)


def test_the_collector_is_held_off_during_a_run_and_on_again_after(qtbot, sample_window):
    import gc

    from ui.live import collected_once

    seen = []
    sample_window.live.analyzed.connect(lambda _a: seen.append(gc.isenabled()))
    sample_window.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(sample_window.editor, "字")
    qtbot.waitUntil(lambda: seen != [], timeout=3000)
    assert seen == [False]
    qtbot.waitUntil(gc.isenabled, timeout=3000)  # on again once the queued events ran
    with pytest.raises(ValueError), collected_once():
        raise ValueError
    qtbot.waitUntil(gc.isenabled, timeout=3000)  # also after a failed run
    gc.disable()
    try:
        with collected_once():
            pass
        assert not gc.isenabled()  # a caller's own choice is left alone
    finally:
        gc.enable()


def test_a_restyled_heading_is_laid_out_once_not_with_the_heading_after_it(qtbot, sample_window):
    """Typing in a run-in heading's title moves where its heading face ends: the window draws
    that paragraph again. Qt's highlighter would also draw the next paragraph again (its state
    changed) — here a run-in heading too, whose formats Qt then lays out again with a walk over
    every line below: a second relayout for nothing."""
    w = sample_window
    at = index_starting(w, "（一）坚持党组核心作用")
    assert texts(w)[at + 1].startswith("（二）")  # a heading right after it
    qtbot.waitUntil(lambda: _settled(w), timeout=3000)
    w.editor.go_to(at, 5)
    type_text(w.editor, "新")
    relayouts = []
    w.editor.document().documentLayout().update.connect(lambda _r: relayouts.append(1))
    qtbot.waitUntil(lambda: any("（一）坚持新党组" in item.text()
                                for item in w.outline._item_list), timeout=3000)
    qtbot.waitUntil(lambda: _settled(w), timeout=3000)
    block = w.editor.document().findBlockByNumber(at)
    assert block.userState() == w.editor.highlighter.key_of(block)  # drawn as it is now
    assert len(relayouts) == 1


@pytest.mark.parametrize("column", [0, 3])
def test_new_problems_take_their_place_in_a_table_sorted_by_severity_or_line(
        qtbot, sample_window, column):
    """The table sorted by severity (or line): the rows a run inserts go where that order puts
    them (the filter compares the findings itself, see ProblemsFilter.lessThan)."""
    w = sample_window
    w.problems.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    body = index_starting(w, "（一）坚持党组核心作用") + 1
    rows = len(w.problems.model.findings)
    _end_of(w, body)
    type_text(w.editor, "好,")  # a half-width comma: one new problem
    qtbot.waitUntil(lambda: len(w.problems.model.findings) == rows + 1, timeout=3000)
    qtbot.waitUntil(lambda: _settled(w), timeout=3000)
    proxy = w.problems.proxy
    shown = [proxy.index(r, 0).data(FINDING_ROLE) for r in range(proxy.rowCount())]
    assert any(f.rule == "punctuation/width" and f.index == body for f in shown)
    if column == 0:
        ranks = [f.severity.rank for f in shown]
        assert ranks == sorted(ranks)
    else:
        places = [(f.index, f.start) for f in shown]
        assert places == sorted(places)
