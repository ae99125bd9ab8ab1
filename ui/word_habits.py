"""Wiring of the Word/WPS habits into the main window (issue 14), kept out of main_window.py.

:func:`install` runs once at the end of the window's constructor: the search pane (Ctrl+F,
Ctrl+H), 字数统计 and the status bar count, the keys (ui.keys), F6 between panes, 页宽 zoom,
hover tips on problem underlines, and the menu entries for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui import comment_follow, focus_cycle, keys, problem_tips, search_pane, word_count, zoom

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _menu_with(window: MainWindow, action: QAction) -> QMenu | None:
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None


def install(window: MainWindow) -> None:
    window.search = search_pane.install(window)
    for act, replace in ((window.act_find, False), (window.act_replace, True)):
        act.triggered.connect(
            lambda _c=False, r=replace: search_pane.show_search(window, window.search, r)
        )
    window.word_count = word_count.install(window)
    window.count_label.hide()  # the Word count replaces the older character count
    window.live.analyzed.connect(lambda _a: window.word_count.recount())
    window.problem_steps = keys.install(window)
    window.focus_cycle = focus_cycle.install(window)
    window.page_width = zoom.install(window)
    window.problem_tips = problem_tips.install(window.editor)
    window.comment_follow = comment_follow.install(window)

    review = _menu_with(window, window.review.act_add)
    if review is not None:
        review.insertAction(window.review.act_export, window.word_count.action)
    check = _menu_with(window, window.act_quick_fix)
    if check is not None:
        check.insertActions(
            window.act_quick_fix,
            [window.problem_steps.next_action, window.problem_steps.prev_action],
        )
        check.insertSeparator(window.act_quick_fix)
    view = _menu_with(window, window.act_zoom_in)
    if view is not None:
        view.insertAction(window.act_zoom_in, window.search.dock.toggleViewAction())
        view.addAction(window.page_width.action)
