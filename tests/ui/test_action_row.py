"""The right-hand panes' button rows never make the pane wider than the window gives it.

In English the comments pane's row (Reply, Edit Comment, Resolve, Delete Comment, ↑, ↓) asked
for more width than the 340 pixels the window gives the right dock, so the dock grew and the
page no longer fitted the editor of a 1400-pixel window (a horizontal scroll bar appeared).
"""

from __future__ import annotations

from ui.action_row import ActionRow

RIGHT_DOCK_WIDTH = 340  # what MainWindow / ReviewController give the right dock


def test_english_side_panes_fit_the_width_the_window_gives_them(window):
    assert window.menuBar().actions()[0].text() == "&File"  # the tests' English interface
    for panel in (window.review.panel, window.track.panel):
        assert panel.minimumSizeHint().width() <= RIGHT_DOCK_WIDTH, type(panel).__name__


def test_every_action_stays_in_the_row_when_it_is_folded(window):
    review = window.review
    row = review.panel.buttons
    for act in (review.act_reply, review.act_edit, review.act_resolve, review.act_delete,
                review.act_prev, review.act_next):  # fmt: skip
        assert act in row.actions()
    track = window.track
    for act in (track.act_accept, track.act_reject, track.act_prev, track.act_next):
        assert act in track.panel.buttons.actions()


def test_the_buttons_are_reached_with_tab(window):
    from PySide6.QtCore import Qt

    row = window.review.panel.buttons
    button = row.widgetForAction(window.review.act_reply)
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_narrow_row_asks_for_less_than_its_labels(qtbot):
    from PySide6.QtGui import QAction

    row = ActionRow()
    qtbot.addWidget(row)
    for text in ("Accept and Move to Next", "Reject and Move to Next", "Previous Change"):
        row.add(QAction(text, row))
    row.add_stretch()
    assert row.minimumSizeHint().width() < row.sizeHint().width() / 2


def test_every_comment_button_shows_at_the_default_width(window, qtbot, language):
    """The comments pane at the width the window gives it: Reply, Edit, Resolve, Delete, ↑, ↓
    all shown as buttons, none folded behind the » menu (English folded Delete, ↑ and ↓)."""
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    w = MainWindow()  # built in the language under test
    qtbot.addWidget(w)
    w.show()
    w.review.dock.show()
    w.review.dock.raise_()
    QApplication.processEvents()
    review = w.review
    row = review.panel.buttons
    qtbot.waitUntil(lambda: row.width() > 0)
    acts = [review.act_reply, review.act_edit, review.act_resolve, review.act_delete,
            review.act_prev, review.act_next]  # fmt: skip
    hidden = [a.iconText() for a in acts if not row.widgetForAction(a).isVisible()]
    assert hidden == []
    assert row.width() <= RIGHT_DOCK_WIDTH
