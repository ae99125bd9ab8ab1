"""Menu accelerators: in every menu and submenu, in zh_CN and in English, no letter twice."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMenu

ACCEL = re.compile(r"&([^&\s])")


def accelerator(text: str) -> str | None:
    m = ACCEL.search(text.replace("&&", ""))
    return m.group(1).upper() if m else None


def clashes(entries: list[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for text in entries:
        key = accelerator(text)
        if key is not None:
            seen.setdefault(key, []).append(text)
    return {k: v for k, v in seen.items() if len(v) > 1}


def test_the_check_itself_finds_a_clash():
    assert clashes(["格式(&O)", "大纲(&O)", "文件(&F)", "A && B"]) == {
        "O": ["格式(&O)", "大纲(&O)"]
    }
    assert accelerator("A && B") is None



def test_every_menu_has_unique_accelerators(language, qtbot):
    from ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    tops = [a for a in w.menuBar().actions() if a.isVisible()]
    assert len(tops) >= 8
    assert all(accelerator(a.text()) for a in tops), [a.text() for a in tops]
    problems = {"menu bar": clashes([a.text() for a in tops])}
    menus: list[QMenu] = [a.menu() for a in tops if a.menu() is not None]
    checked = 0
    while menus:
        menu = menus.pop()
        menu.aboutToShow.emit()  # menus filled on demand (recent files)
        entries = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        problems[menu.title()] = clashes([a.text() for a in entries])
        menus += [a.menu() for a in entries if a.menu() is not None]
        checked += 1
    assert checked >= 9  # the top menus and the recent-files submenu
    assert {k: v for k, v in problems.items() if v} == {}
