"""Errors the window words itself (opening, autosave) in the window's language: the English
window never shows a Chinese sentence for them, the Chinese one stays Chinese."""

from __future__ import annotations

import re

from ui.autosave import internal_error
from ui.loader import failure_message

CJK = re.compile(r"[\u4e00-\u9fff\uff08\uff09\uff1a\uff0c]")



def test_open_and_autosave_failures_speak_the_window_language(language):
    lines = [
        failure_message(MemoryError(), "a.docx"),
        failure_message(PermissionError(13, "Permission denied"), "a.docx"),
        failure_message(ValueError("x"), "a.docx"),
        internal_error(ValueError("x")),
    ]
    for line in lines:
        assert "\n" not in line
        assert bool(CJK.search(line)) == (language == "zh_CN"), line
    if language == "en":
        assert lines[1] == "Cannot open a.docx: Permission denied"
