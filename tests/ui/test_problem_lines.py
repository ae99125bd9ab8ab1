"""A paragraph inserted above problems moves their line numbers: the table shows the new
numbers and is drawn again (the rows are not sent through the sort proxy one by one), the
same as a table built from scratch for the new text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor

from ui.problems_view import ProblemsPanel

LINES = ["关于2024年工作情况的报告", "一、总体情况", "今年以来，全县工作平稳推进。",
         "二、具体工作"] + [f"XX县于X月{k + 1}日召开第{k + 1}次会议。"
                            for k in range(40)]  # placeholders: problems


class Paints(QObject):
    """Counts the paint events of the object it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, ev) -> bool:
        if ev.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def shown(panel: ProblemsPanel) -> list[tuple[str, str]]:
    proxy = panel.proxy
    return [(proxy.index(r, 2).data(), proxy.index(r, 3).data())
            for r in range(proxy.rowCount())]


def test_lines_moved_by_a_paragraph_above_are_shown_and_drawn_again(qtbot, window, tmp_path):
    w = window
    path = tmp_path / "报告.txt"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    assert w.files.open_path(str(path), ask=False)
    w.show()
    qtbot.waitExposed(w)
    w.live.flush()
    panel = w.problems
    before = shown(panel)
    assert len(before) >= 40 and all(int(line.split(":")[0]) > 4 for _, line in before)
    paints = Paints()
    panel.view.viewport().installEventFilter(paints)
    runs: list[int] = []

    def analysed(_analysis) -> None:  # after the window's own slot: the views are up to date
        paints.count = 0
        runs.append(1)

    w.live.analyzed.connect(analysed)
    QTextCursor(w.editor.document().findBlockByNumber(2)).insertBlock()  # an empty paragraph
    qtbot.waitUntil(lambda: bool(runs), timeout=3000)
    qtbot.waitUntil(lambda: paints.count > 0, timeout=3000)  # the table is drawn again
    after = shown(panel)
    assert after == [(message, f"{int(line.split(':')[0]) + 1}:{line.split(':')[1]}")
                     for message, line in before]
    fresh = ProblemsPanel()  # built from scratch for the new text
    qtbot.addWidget(fresh)
    fresh.set_findings(w.live.analysis.findings)
    assert shown(fresh) == after
