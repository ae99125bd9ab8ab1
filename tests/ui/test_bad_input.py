"""Files a reviewer may pick by mistake: each gives one line naming the file, in the window's
language, and the report being worked on stays as it was (text, name, unsaved changes)."""

from __future__ import annotations

import re
import zipfile

import pytest

from tests.ui.conftest import SAMPLE
from tests.ui.helpers import texts, type_text

CJK = re.compile(r"[\u4e00-\u9fff]")


def bad_files(folder):
    """(name, path) of the bad inputs, made by hand: no program output involved."""
    good = folder / "good.docx"
    with zipfile.ZipFile(good, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>" * 200)
        z.writestr("word/document.xml", "<w:document/>" * 400)
    data = good.read_bytes()
    made = {
        "截断 文件.docx": data[: len(data) // 2],  # a download cut short
        "not-a-docx.docx": None,
        "binary.txt": bytes(range(256)) * 8,
        "empty.docx": b"",
    }
    out = []
    for name, content in made.items():
        path = folder / name
        if content is None:
            with zipfile.ZipFile(path, "w") as z:
                z.writestr("readme.txt", "hello")
        else:
            path.write_bytes(content)
        out.append((name, path))
    out.append(("missing.docx", folder / "missing.docx"))
    return out


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_bad_files_say_one_line_and_keep_the_work(qtbot, language, window, tmp_path):
    w = window
    told: list[str] = w.told
    assert w.files.open_path(str(SAMPLE), ask=False)
    type_text(w.editor, "未保存的修改")
    before, path = texts(w), w.path
    wrong_language = []
    for name, bad in bad_files(tmp_path):
        told.clear()
        assert not w.files.open_path(str(bad), ask=False), name
        qtbot.waitUntil(lambda: not w.loader.busy, timeout=5000)
        assert len(told) == 1 and "\n" not in told[0], (name, told)
        assert name in told[0]
        assert texts(w) == before and w.path == path and w.editor.document().isModified()
        if bool(CJK.search(told[0].replace(name, ""))) != (language == "zh_CN"):
            wrong_language.append(told[0])
    assert wrong_language == []
