"""The English window says "15 problems", "1 result", "0 changes": no "(s)" left in what a
person reads, in any count the window shows."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel

from tests.ui.test_dialog_translations import visible_strings
from ui import i18n

UNRESOLVED_PLURAL = re.compile(r"\w\(s\)")


def test_counts_read_as_english_plurals(qapp, sample_window, qtbot):
    assert i18n.install(qapp, "en") == "en"
    w = sample_window
    w.live.flush()
    shown = w.problems.proxy.rowCount()
    assert shown > 1
    assert w.problems.summary.text().strip() == f"{shown} problems"
    w.act_find.trigger()
    w.search.find_edit.setText("信访局2020年上半年")  # once, in the title
    w.search.search()
    qtbot.waitUntil(lambda: w.search.count_label.text() != "")
    assert w.search.count_label.text() == "1 result"
    w.track.dock.show()
    strings = visible_strings(w)
    strings += [("status", lbl.text()) for lbl in w.statusBar().findChildren(QLabel)]
    assert [s for s in strings if UNRESOLVED_PLURAL.search(s[1])] == []
