"""A file protected for tracked changes (w:documentProtection w:edit="trackedChanges", no
w:trackRevisions: tests/data/wordcraft/wc10_protected.docx) opens with 修订 switched on, as Word
records every edit of it; an ordinary file opens with it off."""

from __future__ import annotations

from pathlib import Path

WORDCRAFT = Path(__file__).resolve().parents[1] / "data" / "wordcraft"


def test_protected_file_opens_with_track_changes_on(window):
    assert window.files.open_path(str(WORDCRAFT / "wc10_protected.docx"), ask=False)
    assert window.track.act_track.isChecked()


def test_ordinary_file_opens_with_track_changes_off(window):
    assert window.files.open_path(str(WORDCRAFT / "wc09_reviewer.docx"), ask=False)
    assert not window.track.act_track.isChecked()
