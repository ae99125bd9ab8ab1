"""A paragraph inserted above problems moves their line numbers: the table shows the new
numbers (the rows are not sent through the sort proxy one by one, the table is laid out and
drawn again instead), the same as a table built from scratch for the new text."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from ui.problems_view import ProblemsPanel

LINES = ["关于2024年工作情况的报告", "一、总体情况", "今年以来，全县工作平稳推进。",
         "二、具体工作"] + [f"XX县于X月{k + 1}日召开第{k + 1}次会议。"
                            for k in range(40)]  # placeholders: problems


def shown(panel: ProblemsPanel) -> list[tuple[str, str]]:
    proxy = panel.proxy
    return [(proxy.index(r, 2).data(), proxy.index(r, 3).data())
            for r in range(proxy.rowCount())]


def test_lines_moved_by_a_paragraph_above_are_shown_as_from_scratch(qtbot, window, tmp_path):
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
    QTextCursor(w.editor.document().findBlockByNumber(2)).insertBlock()  # an empty paragraph
    w.live.flush()
    after = shown(panel)
    assert after == [(message, f"{int(line.split(':')[0]) + 1}:{line.split(':')[1]}")
                     for message, line in before]
    fresh = ProblemsPanel()  # built from scratch for the new text
    qtbot.addWidget(fresh)
    fresh.set_findings(w.live.analysis.findings)
    assert shown(fresh) == after
