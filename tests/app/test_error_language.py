"""A failed save says why in the user's language: the window's language (app.i18n.set_language)
wins over the environment, and every English message is English (the file's name aside)."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest

from app import i18n
from app.errors import WriteError
from app.storage.atomic import error_for, short_reason

CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")
CODES = [errno.ENOSPC, errno.EROFS, errno.EBUSY, errno.EACCES, errno.ENOENT, errno.ENAMETOOLONG,
         errno.EFBIG, errno.EIO]  # fmt: skip


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language(None)


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("existed", [False, True])
def test_every_write_error_is_english(english, code, existed):
    err = OSError(code, "boom")
    message = str(error_for(err, Path("/x/报告.docx"), existed, folder_level=True))
    assert "报告.docx" in message
    assert not CJK.search(message.replace("报告.docx", "")), message
    assert "\n" not in message


def test_an_internal_error_and_its_short_reason_are_english(english):
    message = str(error_for(ValueError("x"), Path("a.docx"), True))
    assert message == "Save failed (internal error: ValueError), not saved: a.docx" + (
        " (the original file is unchanged)"
    )
    assert short_reason(OSError(errno.ENOSPC, "full")) == "Disk full"
    assert short_reason(WriteError("Folder not found, not saved: a.docx")) == "Folder not found"


def test_the_window_language_wins_over_the_environment(monkeypatch):
    monkeypatch.setenv("REPORTDESK_LANG", "en")
    assert short_reason(OSError(errno.ENOSPC, "full")) == "Disk full"
    i18n.set_language("zh_CN")
    try:
        assert short_reason(OSError(errno.ENOSPC, "full")) == "磁盘已满"
    finally:
        i18n.set_language(None)
    assert i18n.language() == "en"
