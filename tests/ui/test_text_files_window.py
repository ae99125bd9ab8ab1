"""Text files keep their bytes through the window's own Save (open, type, Ctrl+S).

Files in the encodings users send (GBK+CRLF, UTF-16+BOM, UTF-8+BOM, Big5, mixed line ends,
Word's \\x0b/\\x0c) are written here; the saved bytes are compared with the original bytes.
"""

from __future__ import annotations

import codecs
import os
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

import ui.ask
from app.storage.versions import kept_versions
from tests.ui.helpers import texts, type_text

LINES = [
    "关于2024年工作情况的报告",
    "",
    "一、总体情况",
    "今年以来，各项工作稳步推进。",
    "（一）主要做法",
]
GBK_CRLF = ("\r\n".join(LINES) + "\r\n").encode("gbk")
FILES = {
    "gbk-crlf": (GBK_CRLF, "gbk"),
    "utf16-bom": (codecs.BOM_UTF16_LE + ("\r\n".join(LINES) + "\r\n").encode("utf-16-le"), None),
    "utf8-bom": (codecs.BOM_UTF8 + ("\n".join(LINES) + "\n").encode(), "utf-8"),
    "big5": ("一、總體要求\r\n堅持以人民為中心。\r\n（一）主要做法\r\n".encode("big5"), "big5"),
    "mixed": ("标题\r\n一、总体\n正文。\r\n（一）做法\n结尾".encode(), "utf-8"),
    "word-breaks": ("一、总体要求\x0b坚持稳中求进\r\n\x0c（一）第二页\r\n".encode("gbk"), "gbk"),
}


def open_file(qtbot, window, path, timeout: int = 5000) -> None:
    assert window.files.open_path(str(path), ask=False)
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=timeout)


def ctrl_s(qtbot, window, path, before: bytes | None = None) -> bytes:
    """Press Ctrl+S in the editor; wait until the save is done (the document is unmodified)."""
    window.activateWindow()
    window.editor.setFocus()
    QTest.keyClick(window.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.editor.document().isModified(), timeout=5000)
    return path.read_bytes()


def type_at_start_of(window, block: int, text: str) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.document().findBlockByNumber(block).position())
    window.editor.setTextCursor(cursor)
    type_text(window.editor, text)


@pytest.mark.parametrize("name", list(FILES))
def test_window_save_keeps_the_bytes(qtbot, data_dir, window, tmp_path, name):
    data, _ = FILES[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    open_file(qtbot, window, path)
    window.editor.document().setModified(True)  # Ctrl+S with nothing typed still saves
    assert ctrl_s(qtbot, window, path) == data


@pytest.mark.parametrize("name", ["gbk-crlf", "utf16-bom", "utf8-bom", "big5", "mixed"])
def test_window_typed_character_changes_only_its_bytes(qtbot, data_dir, window, tmp_path, name):
    data, _ = FILES[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    open_file(qtbot, window, path)
    block = next(k for k, t in enumerate(texts(window)) if t.startswith("一、"))
    old = texts(window)[block]
    type_at_start_of(window, block, "新")
    saved = ctrl_s(qtbot, window, path)
    codec = window.live.document.source.codec
    at = data.index(old.encode(codec))
    assert saved == data[:at] + ("新" + old).encode(codec) + data[at + len(old.encode(codec)) :]


def test_word_breaks_show_as_breaks(qtbot, data_dir, window, tmp_path):
    path = tmp_path / "breaks.txt"
    path.write_bytes(FILES["word-breaks"][0])
    open_file(qtbot, window, path)
    assert texts(window)[0] == "一、总体要求\u2028坚持稳中求进"  # one paragraph, a line break
    assert texts(window)[1].startswith("\ufffc")  # the page break's object


def test_removed_controls_are_told_in_the_status_bar(qtbot, data_dir, language, window,
                                                     tmp_path):  # fmt: skip
    """In the window's language (the reader's notice was Chinese in the English window)."""
    path = tmp_path / "nul.txt"
    path.write_bytes(("一、总体要求\x00\n" + "今年以来，各项工作稳步推进。\n" * 5).encode())
    open_file(qtbot, window, path)
    told = {"zh_CN": "控制字符", "en": "control character"}[language]
    assert told in window.statusBar().currentMessage()


def test_character_outside_the_encoding_asks_save_as_utf8(
    qtbot, data_dir, window, tmp_path, monkeypatch
):
    path = tmp_path / "gbk.txt"
    path.write_bytes(GBK_CRLF)
    open_file(qtbot, window, path)
    asked = []

    def choose(parent, title, text, options, default=None, **kwargs):
        asked.append((text, [k for k, _ in options]))
        return answer

    monkeypatch.setattr(ui.ask, "choose", choose)
    type_at_start_of(window, 0, "😀")
    answer = "cancel"
    window.files.save()
    assert path.read_bytes() == GBK_CRLF  # cancelled: nothing written
    assert kept_versions(path) == []  # … not even a backup
    assert "😀" in asked[0][0] and asked[0][1] == ["utf8", "cancel"]
    assert window.editor.document().isModified()
    answer = "utf8"
    assert window.files.save()
    expected = codecs.BOM_UTF8 + ("😀" + "\r\n".join(LINES) + "\r\n").encode()
    assert path.read_bytes() == expected  # UTF-8 with a BOM, CRLF kept
    type_at_start_of(window, 2, "再")
    assert window.files.save()  # UTF-8 from now on: no question
    assert len(asked) == 2


def test_save_twice_then_restore_gives_the_original_bytes(
    qtbot, data_dir, window, tmp_path, monkeypatch
):
    path = tmp_path / "gbk.txt"
    path.write_bytes(GBK_CRLF)
    open_file(qtbot, window, path)
    for typed in ("一", "二"):
        type_at_start_of(window, 0, typed)
        assert window.files.save()
    assert path.read_bytes() != GBK_CRLF
    monkeypatch.setattr(ui.ask, "choose", lambda *a, **k: "opened")
    assert window.safety.restore_previous_version()
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=5000)
    assert path.read_bytes() == GBK_CRLF


def test_save_twice_then_restore_a_docx(qtbot, data_dir, window, tmp_path, monkeypatch):
    """A .docx with what the model may not carry (a table, a header): restore gives its bytes."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "页眉：内部资料"
    document.add_paragraph("关于工作情况的报告")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "项目"
    document.add_paragraph("一、总体情况")
    path = tmp_path / "报告.docx"
    document.save(path)
    original = path.read_bytes()
    open_file(qtbot, window, path)
    for typed in ("一", "二"):
        window.editor.moveCursor(QTextCursor.MoveOperation.End)
        type_text(window.editor, typed)
        assert window.files.save()
    assert path.read_bytes() != original
    monkeypatch.setattr(ui.ask, "choose", lambda *a, **k: "opened")
    assert window.safety.restore_previous_version()
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=5000)
    assert path.read_bytes() == original


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_converted_rtf_saves_as_docx_beside_it(qtbot, data_dir, window, tmp_path, monkeypatch):
    source = tmp_path / "来文.txt"
    source.write_text("关于工作情况的报告\n一、总体情况\n", encoding="utf-8")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "rtf",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    rtf = tmp_path / "来文.rtf"
    original = rtf.read_bytes()
    open_file(qtbot, window, rtf, timeout=120_000)  # LibreOffice converts it in a worker
    assert texts(window)[:2] == ["关于工作情况的报告", "一、总体情况"]
    offered = []
    answer = ""

    def save_name(parent, caption, start, filters, *args, **kwargs):
        offered.append((start, filters))
        return (start if answer else ""), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    assert not window.files.save_as()  # Save As (cancelled) offers the .docx name too
    assert offered[-1][0] == str(tmp_path / "来文.docx")
    answer = "save"
    type_at_start_of(window, 1, "新")
    assert window.files.save()
    assert offered[-1][0] == str(tmp_path / "来文.docx") and "docx" in offered[-1][1]
    assert rtf.read_bytes() == original  # never overwritten
    assert window.path == str(tmp_path / "来文.docx")
    from app.readers import read_document

    assert read_document(tmp_path / "来文.docx").texts[1] == "新一、总体情况"


def test_typing_in_lines_with_word_breaks_keeps_them(qtbot, data_dir, window, tmp_path):
    data = FILES["word-breaks"][0]
    path = tmp_path / "breaks.txt"
    path.write_bytes(data)
    open_file(qtbot, window, path)
    type_at_start_of(window, 0, "甲")
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    type_text(window.editor, "乙")
    saved = ctrl_s(qtbot, window, path)
    expected = "甲一、总体要求\x0b坚持稳中求进\r\n\x0c（一）第二页乙\r\n".encode("gbk")
    assert saved == expected
