"""A window narrower than the panes' widths keeps half of it for the text.

The window asks for 1,400 pixels and sizes its side panes for that (outline 380, the right-hand
panes 340); a smaller screen (the offscreen platform's 800 pixels, a 1,024-pixel office screen)
or a layout saved on a wider one left the text a column a few characters wide. Desktop.fit_docks
(called once the window is shown) gives the panes at most their share instead.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def layout_not_saved(window, monkeypatch):
    """The window saves its layout when it closes and the next test's window restores it:
    these narrow layouts are not kept for the tests after."""
    monkeypatch.setattr(window.desktop, "save_window_state", lambda: None)


def test_a_narrow_window_keeps_most_of_its_width_for_the_text(window, qtbot):
    window.resize(800, 700)
    qtbot.waitUntil(lambda: window.width() <= 800)
    window.desktop.fit_docks()
    qtbot.waitUntil(lambda: window.centralWidget().width() >= window.width() * 40 // 100)
    outline = window.outline_dock.width()
    assert outline <= window.width() * 22 // 100 + 10  # its share, not its 380 pixels


def test_panes_that_leave_the_text_enough_room_are_left_as_the_user_set_them(window, qtbot):
    from PySide6.QtCore import Qt

    window.resize(800, 700)
    window.resizeDocks([window.outline_dock], [120], Qt.Orientation.Horizontal)
    window.desktop.fit_docks()  # first fit: the right-hand panes take their share
    qtbot.waitUntil(lambda: window.centralWidget().width() >= window.width() * 45 // 100)
    before = window.outline_dock.width()
    window.desktop.fit_docks()
    assert window.outline_dock.width() == before


def test_the_right_hand_panes_can_take_their_share_in_either_language(language, window, qtbot):
    """The comments' filter and summary and the revisions' two choosers side by side made the
    right-hand panes at least 232 and 252 pixels wide: on an 800-pixel screen they kept a
    third of it and the text got 45 %."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    right = [d for d in window.findChildren(QDockWidget)
             if window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
    assert right
    for dock in right:
        assert dock.widget().minimumSizeHint().width() <= 800 * 24 // 100, dock.objectName()
    window.resize(800, 700)
    qtbot.waitUntil(lambda: window.width() <= 800)
    window.desktop.fit_docks()
    qtbot.waitUntil(lambda: window.centralWidget().width() >= window.width() // 2)
