"""The problems table's severity and 行:列 columns fit what they show.

Both are sized to their contents; the table works their widths out from the findings (one
row per severity, the longest line:column texts) rather than from the rows near the top, so a
late line's 行:列 is not cut off, and the widths are those Qt's own measure gives."""

from __future__ import annotations

from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from app.findings import Finding, Severity
from ui.problems_view import ProblemsPanel


def findings(n: int, late: int = 0) -> list[Finding]:
    """``n`` findings on the first lines, then ``late`` far down a long report, deep in a
    long paragraph."""
    sevs = [Severity.INFO, Severity.WARNING, Severity.ERROR]
    out = [Finding("placeholder", sevs[i % 3], "甲", i, 0, 1) for i in range(n)]
    out += [Finding("placeholder", Severity.INFO, "乙", 12344 + i, 123455, 123456)
            for i in range(late)]
    return out


def panel_with(qtbot, found: list[Finding]) -> ProblemsPanel:
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_findings(found)
    panel.view.doItemsLayout()
    return panel


def cell_width(view: QTableView, row: int, column: int) -> int:
    """What the delegate needs to show the cell whole (the measure Qt sizes columns by)."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    index = view.model().index(row, column)
    return view.itemDelegateForIndex(index).sizeHint(option, index).width()


def test_a_late_lines_line_and_column_is_not_cut_off(qtbot):
    panel = panel_with(qtbot, findings(300, late=2))
    view = panel.view
    last = view.model().rowCount() - 1  # sorted by line: the late findings at the bottom
    assert view.model().index(last, 3).data() == "12346:123456"
    assert view.horizontalHeader().sectionSize(3) >= cell_width(view, last, 3)
    for row in range(3):  # every severity's name and icon fits
        assert view.horizontalHeader().sectionSize(0) >= cell_width(view, row, 0)


def test_the_widths_are_those_qts_own_measure_gives_when_it_sees_every_row(qtbot):
    panel = panel_with(qtbot, findings(40, late=3))  # fewer rows than Qt's precision (100)
    view = panel.view
    for column in (0, 3):
        assert view.sizeHintForColumn(column) == QTableView.sizeHintForColumn(view, column)
    panel.severity_box.setCurrentIndex(panel.severity_box.findData(Severity.ERROR.value))
    assert view.model().rowCount() < 40  # (filtered: the widths of the rows shown)
    for column in (0, 3):
        assert view.sizeHintForColumn(column) == QTableView.sizeHintForColumn(view, column)
