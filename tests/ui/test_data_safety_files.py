"""Data safety around the file itself: another program changes it, another window or process has
it open, the disk is full, and hostile or broken files are opened over a modified document."""

from __future__ import annotations

import errno
import os
import random
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox

import ui.ask
from app.storage import acquire_lock
from tests.app.test_docx_hostile import (
    PACKAGE_RELS,
    content_types,
    document,
    para,
    raw_zip,
    simple_docx,
    stored,
    zeros_bomb_entry,
    zip_package,
)
from tests.ui.conftest import ROOT
from tests.ui.helpers import texts, type_text
from tests.ui.test_data_safety import recovery_files

REAL_CHOOSE = ui.ask.choose  # (taken at import, before any fixture replaces it)


def typed(window, text: str = "本地修改") -> None:
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.editor, text)


def replace_atomically(path, text: str) -> None:
    """As WPS and most editors save: a new file renamed over the old one."""
    tmp = path.with_name(path.name + ".tmp~")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# ---- changes made by another program ----------------------------------------------------------
def test_external_change_without_local_edits_offers_reload(
    qtbot, data_dir, window, report, answers
):
    w = window
    assert w.files.open_path(str(report), ask=False)
    answers.append("reload")
    replace_atomically(report, "别人改过的版本\n")
    qtbot.waitUntil(lambda: len(answers.asked) == 1, timeout=5000)
    assert "已被其他程序修改" in answers.asked[0][0] or "changed" in answers.asked[0][0]
    assert answers.asked[0][1] == ["reload", "keep"]
    qtbot.waitUntil(lambda: texts(w) == ["别人改过的版本"], timeout=5000)
    assert not w.editor.document().isModified()
    # the watch follows the file across the rename: a second change is seen too
    answers.append("keep")
    replace_atomically(report, "第三版\n")
    qtbot.waitUntil(lambda: len(answers.asked) == 2, timeout=5000)
    assert w.safety.check_disk() is None  # what any further change notice would do: nothing
    assert texts(w) == ["别人改过的版本"] and len(answers.asked) == 2  # kept, asked once
    # the save-time check still knows the file changed
    answers.append("cancel")
    typed(w)
    assert not w.files.save()
    assert report.read_text(encoding="utf-8") == "第三版\n"


def test_touch_and_own_saves_are_not_changes(qtbot, data_dir, window, report, answers):
    w = window
    assert w.files.open_path(str(report), ask=False)
    os.utime(report, (1, 1))  # new time stamp, same bytes (a sync client, WPS without changes)
    typed(w)
    assert w.files.save()  # our own atomic replace
    QCoreApplication.processEvents()  # the watcher's notices so far
    assert w.safety.check_disk() is None  # what any change notice leads to: nothing
    assert answers.asked == [] and w.told == []


def test_external_change_with_local_edits_warns_once(qtbot, data_dir, window, report, answers):
    w = window
    assert w.files.open_path(str(report), ask=False)
    typed(w)
    report.write_text("别人改过的版本\n", encoding="utf-8")
    qtbot.waitUntil(lambda: len(w.told) == 1, timeout=5000)
    assert "已被其他程序修改" in w.told[0] or "changed" in w.told[0]
    assert w.safety.check_disk() is None  # the same outside version: no second warning
    assert len(w.told) == 1 and answers.asked == []
    assert texts(w)[-1].endswith("本地修改")  # nothing reloaded over the edits
    answers.append("overwrite")
    assert w.files.save()
    assert report.read_text(encoding="utf-8").endswith("本地修改\n")


def test_save_conflict_in_a_real_message_box(qtbot, data_dir, window, report, monkeypatch):
    """ui.ask.choose itself: the buttons, and the key of the one clicked."""
    w = window
    monkeypatch.setattr(ui.ask, "choose", REAL_CHOOSE)  # the real QMessageBox …
    seen = []

    def exec_(box):  # … answered by clicking a button, as a person would
        seen.append([b.text() for b in box.buttons()])
        box.findChild(type(box.buttons()[0]), "choice-save_as").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert w.files.open_path(str(report), ask=False)
    typed(w)
    report.write_text("别人改过\n", encoding="utf-8")
    other = report.with_name("另存.txt")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(other), "Text"))
    )
    w.safety.unwatch()  # (the watcher's own notice is another test)
    assert w.files.save()
    assert len(seen) == 1 and len(seen[0]) == 4  # 覆盖 / 另存为 / 重新载入 / 取消
    assert other.read_text(encoding="utf-8").endswith("本地修改\n")
    assert report.read_text(encoding="utf-8") == "别人改过\n"
    assert w.path == str(other)
    assert acquire_lock(report) is not None  # the old name's lock was let go


def test_save_conflict_reload_drops_local_edits(qtbot, data_dir, window, report, answers):
    w = window
    assert w.files.open_path(str(report), ask=False)
    w.safety.unwatch()
    typed(w)
    report.write_text("别人的版本\n", encoding="utf-8")
    answers.append("reload")
    assert not w.files.save()
    qtbot.waitUntil(lambda: texts(w) == ["别人的版本"], timeout=5000)
    assert not w.editor.document().isModified()


# ---- the same report open twice ---------------------------------------------------------------
def test_second_window_gets_a_warning(qtbot, data_dir, window, report):
    from ui.main_window import MainWindow

    assert window.files.open_path(str(report), ask=False)
    second = MainWindow()
    qtbot.addWidget(second)
    second.told = window.told
    assert not second.files.open_path(str(report), ask=False)
    assert len(window.told) == 1 and "报告.txt" in window.told[0]
    assert second.path is None
    window.close()  # once the first window lets go, the second may open it
    assert second.files.open_path(str(report), ask=False)


def test_other_process_holding_the_report(qtbot, data_dir, window, report, answers):
    code = textwrap.dedent(
        f"""
        import sys
        from app.storage import acquire_lock
        lock = acquire_lock({str(report)!r})
        print("locked" if lock else "busy", flush=True)
        sys.stdin.read()
        """
    )
    env = dict(os.environ, REPORTDESK_DATA_DIR=str(data_dir))
    proc = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=env, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout.readline().strip() == "locked"
        answers.append("cancel")
        assert not window.files.open_path(str(report), ask=False)
        text, options = answers.asked[0]
        assert "已在另一个公文审校台窗口中打开" in text and f"进程 {proc.pid}" in text
        assert options == ["open", "cancel"]
        assert window.path is None
        answers.append("open")  # open anyway: no lock, the save-time check still guards
        assert window.files.open_path(str(report), ask=False)
        assert not window.safety.lock.held
    finally:
        proc.communicate("", timeout=30)
    window.safety.lock = None
    window.close()
    assert acquire_lock(report) is not None


def test_office_owner_file_is_hinted(data_dir, window, report):
    (report.parent / ("~$" + report.name)).write_bytes(b"\x00" * 162)
    assert window.files.open_path(str(report), ask=False)
    assert "~$报告.txt" in window.statusBar().currentMessage()


# ---- a failing save ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "said"),
    [("zh_CN", "磁盘已满，未保存：报告.txt（原文件未改动）"),
     ("en", "Disk full, not saved: 报告.txt (the original file is unchanged)")],
)  # fmt: skip
def test_disk_full_keeps_the_text_and_the_modified_flag(
    qtbot, qapp, data_dir, window, report, monkeypatch, language, said
):
    """One line in the window's language (the engine's message follows it), the work kept."""
    import app.writers.text
    from ui import i18n

    i18n.install(qapp, language)
    w = window
    assert w.files.open_path(str(report), ask=False)
    typed(w, "磁盘满时打的字")
    before = report.read_bytes()

    def full(doc, path, *args, **kwargs):
        with open(path, "wb") as f:
            f.write(b"partial")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(app.writers.text, "write_text", full)
    assert not w.files.save()
    i18n.install(qapp, "en")
    assert w.told == [said]
    assert texts(w)[-1].endswith("磁盘满时打的字")
    assert w.editor.document().isModified() and w.isWindowModified()
    assert report.read_bytes() == before
    assert [p.name for p in report.parent.iterdir() if p.name.startswith(".~rd")] == []
    # … and the text went to recovery right away
    qtbot.waitUntil(lambda: len(recovery_files(data_dir)) == 1, timeout=3000)


# ---- hostile and broken files over a modified document ----------------------------------------
def hostile(kind: str, folder):
    if kind == "random bytes .docx":
        path = folder / "随机.docx"
        path.write_bytes(random.Random(8192).randbytes(8192))  # seeded: the same every run
    elif kind == "truncated .docx":
        full = simple_docx(folder / "完整.docx", para("正文") * 400)
        path = folder / "截断.docx"
        path.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    elif kind == "zip bomb .docx":
        path = raw_zip(
            folder / "炸弹.docx",
            [
                stored("[Content_Types].xml", content_types()),
                stored("_rels/.rels", PACKAGE_RELS),
                zeros_bomb_entry("word/document.xml", 1024),
            ],
        )
    elif kind == ".docm":
        path = simple_docx(folder / "宏.docx").rename(folder / "宏.docm")
    elif kind == "XXE .docx":
        prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        part = document(para("&xxe;"), prolog)
        path = zip_package(folder / "外部实体.docx", {"word/document.xml": part})
    elif kind == "undecodable .txt":
        path = folder / "乱码.txt"
        path.write_bytes(bytes(range(128, 256)) * 64)
    else:  # "30 MB single line": read in the worker, refused there
        path = folder / "一行.txt"
        path.write_text("关于推进工作的报告内容" * (30 * 1024 * 1024 // 33), encoding="utf-8")
    return path


KINDS = [
    "random bytes .docx", "truncated .docx", "zip bomb .docx", ".docm", "XXE .docx",
    "undecodable .txt", "30 MB single line",
]  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
def test_hostile_file_leaves_the_open_document_alone(
    qtbot, data_dir, window, report, tmp_path, kind
):
    w = window
    assert w.files.open_path(str(report), ask=False)
    typed(w)
    before = (texts(w), w.path, w.safety.key, w.fingerprint)
    bad = hostile(kind, tmp_path)
    w.files.open_path(str(bad))  # asks about the unsaved changes first: the fixture says Discard
    qtbot.waitUntil(lambda: not w.loader.busy, timeout=20000)
    assert len(w.told) == 1, w.told
    message = w.told[0]
    assert "\n" not in message and "Traceback" not in message and len(message) < 200, message
    assert (texts(w), w.path, w.safety.key, w.fingerprint) == before
    assert w.editor.document().isModified()
    assert w.safety.lock.held and acquire_lock(bad) is not None  # the bad file's lock let go
    assert w.safety.autosaver.tick()  # still autosaving the document it has
