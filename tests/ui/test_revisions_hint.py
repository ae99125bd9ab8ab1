"""The revisions pane of a report without revisions says what to do, as the comments pane does,
instead of an empty list under "0 changes"; the first recorded edit replaces the hint."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from tests.ui.conftest import SAMPLE
from tests.ui.helpers import type_text
from tests.ui.test_dialog_translations import untranslated


def test_empty_revisions_pane_shows_a_hint_then_the_changes(qtbot, language, window):
    w = window
    assert w.files.open_path(str(SAMPLE), ask=False)
    panel = w.track.panel
    w.track.dock.show()
    w.track.dock.raise_()
    qtbot.waitUntil(lambda: panel.isVisible())
    assert panel.model.rowCount() == 0
    assert not panel.list.isVisible()
    assert panel.empty.isVisible() and "Ctrl+Shift+E" in panel.empty.text()
    assert untranslated([("hint", panel.empty.text())], language) == []
    w.track.act_track.trigger()
    cursor = w.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    w.editor.setTextCursor(cursor)
    type_text(w.editor, "补充")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert panel.list.isVisible() and not panel.empty.isVisible()


def test_revision_rows_name_the_change_in_the_interface_language(qtbot, language, window):
    """A moved paragraph in the English pane reads "Moved away: …", in Chinese "已移走：…"; the
    English rows hold no Chinese besides the document's own text."""
    from app.model import Paragraph, Revision
    from ui.revision_marks import describe

    p = Paragraph("二、检查范围")
    moved = Revision("moveFrom", "张三", "2026-12-01T09:00:00Z", 0, 0, text="二、检查要求")
    inserted = Revision("ins", "张三", "", 0, 2)
    marks = Revision("para_props", "张三", "", 6, 6, text="标题 1")
    rows = [describe(r, p) for r in (moved, inserted, marks)]
    if language == "en":
        assert rows == ["Moved away: 二、检查要求", "Inserted: 二、", "Paragraph formatting"]
    else:
        assert rows == ["已移走：二、检查要求", "插入：二、", "段落格式"]
