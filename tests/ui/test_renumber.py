"""修正全部序号: cursor and view stay, the status bar says what changed, a wait cursor meanwhile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.findings import Edit
from app.model import Document
from tests.ui.helpers import texts
from ui.renumber import moved_offset, summarize_edits

LINES = [
    "关于工作的报告",
    "一、总体情况",
    "今年以来，一是加强领导，三是压实责任，四是强化督查。",
    "二、主要做法",
    "（一）建立台账",
    "（三）定期调度",
    "正文" * 40,
    "四、下步打算",
    "正文" * 40,
]


def test_moved_offset_follows_a_longer_numeral():
    assert moved_offset("九、标题", "十、标题", 3) == 3
    assert moved_offset("十、标题", "十一、标题", 3) == 4  # one character longer before it
    assert moved_offset("十、标题", "十一、标题", 0) == 0


def test_cursor_view_and_message(qtbot, window):
    window.resize(900, 300)  # short: the text scrolls
    window.load_document(Document.from_lines(LINES + ["正文" * 60] * 12), None)
    window.live.flush()
    editor = window.editor
    editor.go_to(7, 2, 4)  # "下步" of "四、下步打算", selected
    bar = editor.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    assert window.headings.fix_all_numbering()
    assert texts(window)[:9] == [
        "关于工作的报告", "一、总体情况", "今年以来，一是加强领导，二是压实责任，三是强化督查。",
        "二、主要做法", "（一）建立台账", "（二）定期调度", "正文" * 40, "三、下步打算",
        "正文" * 40,
    ]  # fmt: skip
    assert editor.textCursor().selectedText() == "下步"
    assert bar.value() == before
    # hand count: 三是→二是, 四是→三是 (one 一是 list), （三）→（二） (one heading group),
    # 四、→三、 (the 一、 group): 4 markers in 3 groups
    assert window.statusBar().currentMessage() == "Numbering fixed — markers: 4, groups: 3"
    window.undo()
    assert texts(window)[:9] == LINES


def test_nothing_to_do_says_so(window):
    window.load_document(Document.from_lines(["一、总体情况", "二、主要做法"]), None)
    assert not window.headings.fix_all_numbering()
    assert window.statusBar().currentMessage() == "The numbering is already in order"


def test_wait_cursor_while_it_works(window, monkeypatch):
    import app.outline.edits

    seen = []
    real = app.outline.edits.renumber_all_plan

    def slow(*args, **kwargs):
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        return real(*args, **kwargs)

    monkeypatch.setattr(app.outline.edits, "renumber_all_plan", slow)
    window.load_document(Document.from_lines(["一、总体情况", "三、主要做法"]), None)
    assert window.headings.fix_all_numbering()
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None


def test_summary_counts_markers_once_per_group():
    class G:
        def __init__(self, items):
            self.items = items

    class M:
        def __init__(self, start, end):
            self.start, self.end = start, end

    old = ["一、甲", "三、乙", "一是甲，三是乙"]
    groups = [G([(0, M(0, 2)), (1, M(0, 2))]), G([(2, M(0, 2)), (2, M(4, 6))])]
    edits = [Edit(1, 0, 1, "二"), Edit(2, 4, 5, "二"),
             Edit(0, 0, 1, "一")]  # (writes what is there: no change)
    assert summarize_edits(old, edits, groups) == (2, 2)
    # one edit over two markers of one list ("三是乙，四是" → "二是乙，三是"): two markers
    old[2] = "一是甲，三是乙，四是丙"
    groups[1] = G([(2, M(0, 2)), (2, M(4, 6)), (2, M(8, 10))])
    edits = [Edit(1, 0, 1, "二"), Edit(2, 4, 9, "二是乙，三")]
    assert summarize_edits(old, edits, groups) == (3, 2)
    # a change outside every known marker counts as one of its own
    assert summarize_edits(old, [*edits, Edit(0, 2, 3, "乙")], groups) == (4, 3)


def _long_report(sections: int, filler: int) -> list[str]:
    """Sections numbered 一、三、四… (one skipped), each heading far from the next."""
    lines = ["关于工作的报告"]
    for k in range(sections):
        from app.outline.numerals import to_chinese

        lines.append(f"{to_chinese(k + 1 + (k > 0))}、部分{k}")
        lines += [f"这是正文的一段，编号{k}-{j}。" for j in range(filler)]
    return lines


def test_far_apart_markers_renumbered_in_one_undo_step(window):
    from ui.doc_ops import CLUSTER_GAP

    lines = _long_report(6, CLUSTER_GAP + 5)  # every heading in an edit block of its own
    window.load_document(Document.from_lines(lines), None)
    window.live.flush()
    assert window.headings.fix_all_numbering()
    headings = [t for t in texts(window) if "、部分" in t]
    assert headings == ["一、部分0", "二、部分1", "三、部分2", "四、部分3", "五、部分4",
                        "六、部分5"]
    # the model the outline is built from says what the editor shows
    assert [p.text for p in window.live.document.paragraphs] == texts(window)
    assert window.outline.top_level_labels()[-1].startswith("六、")
    window.undo()
    assert texts(window) == lines


def test_renumbering_reads_back_only_the_renumbered_paragraphs(window):
    lines = _long_report(3, 30)
    window.load_document(Document.from_lines(lines), None)
    window.live.flush()
    reads = []
    sync = window.live.sync
    real = sync._replace

    def counted(first, old_last, new_last):
        reads.append(new_last - first + 1)
        real(first, old_last, new_last)

    sync._replace = counted
    assert window.headings.fix_all_numbering()
    assert sum(reads) == 2  # 三、→二、, 四、→三、; not the 60 paragraphs between them
    assert [p.text for p in window.live.document.paragraphs] == texts(window)


def _mixed_report() -> list[str]:
    """Headings 一、三、四… (one skipped) with their （一）（三）… children (one skipped each):
    some right after one another, some ~40 long paragraphs apart, so that the renumbering is
    applied in several edit blocks, some holding many edits (ui.doc_ops.clusters)."""
    from app.outline.numerals import to_chinese

    lines = ["关于工作的报告"]
    for k in range(8):
        lines.append(f"{to_chinese(k + 1 + (k > 0))}、部分{k}")
        for j in range(3):
            lines.append(f"（{to_chinese(j + 1 + (j > 0))}）事项{k}-{j}")
        far = k % 3 == 0
        lines += [f"这是较长的正文段落，第{k}部分第{j}段。" * (6 if far else 1)
                  for j in range(40 if far else 1)]
    return lines


def test_renumbering_in_many_edit_blocks_is_right_and_one_undo_step(qtbot, window, monkeypatch):
    import ui.doc_ops
    from app.outline.numerals import to_chinese
    from tests.ui.test_live_updates import _settled, _shows_cold_analysis

    lines = _mixed_report()
    window.load_document(Document.from_lines(lines), None)
    window.live.flush()
    seen = []
    real = ui.doc_ops.clusters
    monkeypatch.setattr(ui.doc_ops, "clusters", lambda doc, items: seen.append(
        real(doc, items)) or seen[-1])
    assert window.headings.fix_all_numbering()
    assert len(seen[0]) > 1 and max(len(c) for c in seen[0]) > 1  # several blocks, some shared
    shown = texts(window)
    assert [t for t in shown if "、部分" in t] == [f"{to_chinese(k + 1)}、部分{k}"
                                                 for k in range(8)]
    assert [t for t in shown if "）事项3-" in t] == ["（一）事项3-0", "（二）事项3-1",
                                                    "（三）事项3-2"]
    qtbot.waitUntil(lambda: _settled(window), timeout=5000)
    _shows_cold_analysis(window)  # the model, the outline and the problems follow the text
    window.undo()
    assert texts(window) == lines
    qtbot.waitUntil(lambda: _settled(window), timeout=5000)
    _shows_cold_analysis(window)


def test_edit_blocks_keep_every_edit_once_in_order_and_never_far_apart():
    from itertools import pairwise

    from PySide6.QtGui import QTextDocument

    from app.findings import Edit
    from ui.doc_ops import CLUSTER_GAP, clusters

    doc = QTextDocument()
    doc.setPlainText("\n".join(["正文" * (k % 7 + 1) for k in range(600)]))
    wanted = sorted({(k * 37) % 600 for k in range(90)}, reverse=True)
    items = [Edit(k, 0, 1, "新") for k in wanted]
    groups = clusters(doc, items)
    assert [e.index for g in groups for e in g] == wanted
    assert all(a.index - b.index <= CLUSTER_GAP for g in groups for a, b in pairwise(g))


def test_renumbered_run_in_headings_are_drawn_right_during_the_edit(qtbot, window, monkeypatch):
    from app.engine import analyze
    from app.outline.numerals import to_chinese
    from tests.ui.test_live_updates import _settled
    from ui.style_keys import style_keys

    items = [f"{to_chinese(k)}、节日{k}：放假一天，与周末连休。" for k in range(1, 10)]
    lines = ["关于放假安排的通知", *items, "十一、国庆节：10月1日至7日放假调休，共7天。",
             "特此通知。"]
    window.load_document(Document.from_lines(lines), None)
    qtbot.waitUntil(lambda: _settled(window), timeout=5000)
    redrawn = []  # blocks the analysis after the edit had to draw again
    editor = window.editor
    real_styles = editor.apply_styles

    def styles(*args, **kwargs):
        before = editor.highlighter.rehighlightBlock
        editor.highlighter.rehighlightBlock = \
            lambda block: redrawn.append(block.blockNumber()) or before(block)
        try:
            return real_styles(*args, **kwargs)
        finally:
            editor.highlighter.rehighlightBlock = before

    monkeypatch.setattr(editor, "apply_styles", styles)
    assert window.headings.fix_all_numbering()
    qtbot.waitUntil(lambda: _settled(window), timeout=5000)
    assert texts(window)[10].startswith("十、国庆节：")
    # each block is drawn by the style of the text it now holds: the bold run-in sentence of
    # 十、国庆节： ends one character earlier than that of 十一、国庆节：
    want = style_keys(analyze(window.live.document), texts(window))
    doc = window.editor.document()
    assert [doc.findBlockByNumber(i).userState() for i in range(len(lines))] == want
    assert redrawn == []  # drawn so as the edit went in, not again after the analysis


def test_renumbering_draws_again_only_the_renumbered_paragraphs(window, monkeypatch):
    from PySide6.QtGui import QTextCursor

    lines = _long_report(3, 30)  # 一、三、四、: two headings renumbered, 30 paragraphs apart
    window.load_document(Document.from_lines(lines), None)
    window.live.flush()
    highlighter = window.editor.highlighter
    drawn: list[int] = []  # blocks the highlighter drew (its overlay is called for each)
    real = highlighter.overlay

    def counted(h, text):
        drawn.append(h.currentBlock().blockNumber())
        if real is not None:
            real(h, text)

    monkeypatch.setattr(highlighter, "overlay", counted)
    assert window.headings.fix_all_numbering()
    renumbered = [i for i, (a, b) in enumerate(zip(lines, texts(window), strict=True)) if a != b]
    assert len(renumbered) == 2
    assert sorted(set(drawn)) == renumbered  # not the 30 paragraphs between them
    # the highlighter follows the typing again afterwards, and undo
    drawn.clear()
    cursor = QTextCursor(window.editor.document().findBlockByNumber(5))
    cursor.insertText("新")
    assert drawn == [5]
    window.undo()
    window.undo()
    assert texts(window) == lines
    assert renumbered[0] in drawn


def test_the_collector_runs_once_over_the_young_objects_while_renumbering(qtbot, window):
    """A renumbering allocates tens of thousands of short-lived containers (two analyses, a
    stand-in document): the cyclic collector is held off until the edits are in, then run once
    over the young objects, instead of over and over inside it (and now and then over every
    object of the session)."""
    import gc

    window.load_document(Document.from_lines(LINES * 80), None)  # 720 paragraphs, 80 reports
    window.live.flush()
    passes: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.collect()
    gc.callbacks.append(seen)
    try:
        assert window.headings.fix_all_numbering()
        assert passes == []  # (the pass waits for the events the edits queued)
        qtbot.waitUntil(gc.isenabled, timeout=3000)
    finally:
        gc.callbacks.remove(seen)
    assert texts(window)[2] == "今年以来，一是加强领导，二是压实责任，三是强化督查。"
    assert passes == [0]


def test_reports_bound_together_renumbered_then_a_typed_heading_shown(qtbot, window):
    """修正全部序号 plans from the window's last parse (only the renumbered reports' parts are
    parsed again) and hands the parts back with its outline: the text is the hand-renumbered
    one, one Undo gives the original back, and a heading typed after it is in the outline with
    the analysis a cold one gives."""
    from PySide6.QtCore import Qt as _Qt
    from PySide6.QtTest import QTest

    from app.engine import analyze
    from tests.app.test_incremental import _shape
    from tests.app.test_renumber_parts import SLIPS, report
    from tests.ui.helpers import type_text

    lines = [t for k in range(5) for t in report(k, k in SLIPS)]
    window.load_document(Document.from_lines(lines), None)
    window.live.flush()
    assert window.headings.fix_all_numbering()
    fixed = [t for k in range(5) for t in report(k, False)]
    assert texts(window) == fixed
    window.undo()
    assert texts(window) == lines
    window.redo()
    assert texts(window) == fixed
    qtbot.waitUntil(lambda: not window.live.dirty and not window.live._timer.isActive())
    last = 25 * 3 + 20  # "我们将坚持以人民为中心，持续用力。" of the fourth report
    window.editor.go_to(last, len(texts(window)[last]))
    QTest.keyClick(window.editor, _Qt.Key.Key_Return)
    type_text(window.editor, "四、保障措施")
    qtbot.waitUntil(lambda: any("四、保障措施" in label for label in
                                (item.text() for item in window.outline._item_list)))
    qtbot.waitUntil(lambda: not window.live.dirty and not window.live._timer.isActive())
    assert texts(window)[last + 1] == "四、保障措施"
    assert _shape(window.live.analysis) == _shape(analyze(Document.from_lines(texts(window))))
