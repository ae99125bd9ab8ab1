"""The outline of a report without numbered headings says what it would list, in the window's
language, instead of an empty pane; the first heading typed replaces the hint."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from tests.ui.helpers import type_text
from tests.ui.test_dialog_translations import untranslated


def shown_hint(qtbot, window, tmp_path, text: str):
    """Open a note without headings; its outline's hint, once shown."""
    path = tmp_path / "便条.txt"
    path.write_text(text, encoding="utf-8")
    assert window.files.open_path(str(path), ask=False)
    window.live.flush()
    hint = window.outline.empty
    qtbot.waitUntil(lambda: hint.isVisible())
    return hint


def test_outline_without_headings_shows_a_hint(qtbot, language, window, tmp_path):
    w = window
    hint = shown_hint(qtbot, w, tmp_path, "今天下午三点开会。\n请准时参加。\n")
    assert "一、" in hint.text() and untranslated([("hint", hint.text())], language) == []
    assert hint.geometry().width() > 100  # over the pane, not a sliver
    cur = w.editor.textCursor()
    cur.movePosition(QTextCursor.MoveOperation.End)
    w.editor.setTextCursor(cur)
    type_text(w.editor, "\n一、会议安排")
    w.live.flush()
    qtbot.waitUntil(lambda: w.outline.model().rowCount() == 1, timeout=5000)
    assert not hint.isVisible()


def test_the_hint_wraps_inside_a_narrow_outline_pane(qtbot, language, window, tmp_path):
    """On a small screen the outline pane is narrow: the hint breaks into lines that fit it
    rather than running out of the pane on both sides (the Chinese hint's quoted markers,
    “一、”“（一）”…, had no place to break)."""
    hint = shown_hint(qtbot, window, tmp_path, "今天下午三点开会。\n")
    for width in (180, 140):
        hint.setFixedWidth(width)
        margins = hint.contentsMargins()
        room = width - margins.left() - margins.right()
        assert hint.minimumSizeHint().width() - margins.left() - margins.right() <= room, width
