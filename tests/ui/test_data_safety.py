"""Data safety in the window: autosave, the recovery offer at start, the crash dialog, restoring
the previous version (locks, external changes and failed saves: test_data_safety_files.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor

from app.storage import RecoveryStore, backup_path
from tests.ui.conftest import ROOT
from tests.ui.helpers import texts, type_text
from ui import autosave, session


def recovery_files(data_dir) -> list:
    folder = data_dir / "recovery"
    return sorted(folder.glob("*.rdrec")) if folder.exists() else []


def recovered_texts(file) -> list[str]:
    body = file.read_bytes().split(b"\n")[1]
    return [p["text"] for p in json.loads(body)["paragraphs"]]


def end_of(window) -> None:
    window.editor.moveCursor(QTextCursor.MoveOperation.End)


def autosave_ran(qtbot, window, times: int = 2) -> None:
    """The autosave timer fired ``times`` times (its handler, connected first, ran each time)
    and any write it started has finished: what it did is on disk."""
    for _ in range(times):
        with qtbot.waitSignal(window.autosave_timer.timeout, timeout=5000):
            pass
    qtbot.waitUntil(lambda: not autosave.hub()._inflight, timeout=5000)


# ---- autosave ---------------------------------------------------------------------------------
def test_autosave_writes_only_after_edits(qtbot, data_dir, window, report):
    w = window
    assert w.files.open_path(str(report), ask=False)
    w.autosave_timer.setInterval(50)
    autosave_ran(qtbot, w)
    assert recovery_files(data_dir) == []  # unmodified: nothing written

    end_of(w)
    type_text(w.editor, "新增一句。")
    qtbot.waitUntil(lambda: len(recovery_files(data_dir)) == 1, timeout=3000)
    [file] = recovery_files(data_dir)
    assert file.stem == w.safety.key
    qtbot.waitUntil(lambda: w.safety.autosaver.last_written is not None, timeout=3000)
    assert recovered_texts(file)[-1] == "今年以来工作稳步推进。新增一句。"

    writes = autosave.hub().writes
    autosave_ran(qtbot, w)
    assert autosave.hub().writes == writes  # no edits since: no write

    type_text(w.editor, "再加。")
    qtbot.waitUntil(lambda: recovered_texts(file)[-1].endswith("再加。"), timeout=3000)

    assert w.files.save()
    assert recovery_files(data_dir) == []  # saved: the copy goes
    autosave_ran(qtbot, w)
    assert recovery_files(data_dir) == []  # and no later autosave brings it back
    assert report.read_text(encoding="utf-8").endswith("稳步推进。新增一句。再加。\n")


def test_autosave_interval_follows_the_setting(data_dir, window):
    from ui import settings as S

    assert window.autosave_timer.interval() == S.autosave_seconds() * 1000 <= 30_000
    try:
        S.put("autosave/seconds", 10)
        window.desktop.apply_settings({"autosave/seconds": 10})
        assert window.autosave_timer.interval() == 10_000
    finally:
        S.store().remove("autosave")


def test_undo_to_unmodified_drops_the_copy(qtbot, data_dir, window, report):
    w = window
    assert w.files.open_path(str(report), ask=False)
    end_of(w)
    type_text(w.editor, "草")
    assert w.safety.autosaver.tick()
    qtbot.waitUntil(lambda: len(recovery_files(data_dir)) == 1, timeout=3000)
    w.editor.document().undo()
    assert not w.editor.document().isModified()
    qtbot.waitUntil(lambda: recovery_files(data_dir) == [], timeout=3000)


def test_closing_without_saving_drops_the_copy_even_mid_write(qtbot, data_dir, window, report):
    w = window
    assert w.files.open_path(str(report), ask=False)
    end_of(w)
    type_text(w.editor, "草稿")
    assert w.safety.autosaver.tick()  # the write is in flight …
    w.close()  # … when the user closes and discards (the fixture answers Discard)
    qtbot.waitUntil(lambda: not autosave.hub()._inflight, timeout=3000)
    QCoreApplication.sendPostedEvents()  # the write's result, queued to this thread
    QCoreApplication.processEvents()
    assert recovery_files(data_dir) == []


# ---- recovery at start ------------------------------------------------------------------------
def crash_a_session(data_dir, path, lines: list[str]) -> None:
    """A process autosaves a document and dies without discarding it (as a crash leaves it)."""
    code = textwrap.dedent(
        f"""
        import os
        from app.model import Document
        from app.storage import RecoveryStore
        doc = Document.from_lines({lines!r}, path={str(path)!r})
        RecoveryStore().save("crashedkey1", doc, {str(path)!r})
        os._exit(0)
        """
    )
    env = dict(os.environ, REPORTDESK_DATA_DIR=str(data_dir))
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=60)


def test_crashed_session_is_offered_and_restored(qtbot, data_dir, window, report, monkeypatch):
    lines = ["关于工作情况的报告", "一、总体情况", "崩溃前打的字。"]
    crash_a_session(data_dir, report, lines)
    offered = []

    def decide(parent, entries):
        offered.extend(entries)
        return [(e, "restore") for e in entries]

    monkeypatch.setattr(session, "decide", decide)
    restored = session.offer_recovery(window)
    assert restored == [window]
    [entry] = offered
    assert (entry.title, entry.paragraph_count) == ("报告.txt", 3)
    assert entry.preview == tuple(lines)
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=5000)
    assert texts(window) == lines
    assert window.editor.document().isModified()
    assert window.path == str(report) and window.safety.key == "crashedkey1"
    assert window.safety.lock is not None and window.safety.lock.held
    # the file stays until the user saves; then it goes
    assert len(recovery_files(data_dir)) == 1
    assert window.files.save()
    assert recovery_files(data_dir) == []
    assert report.read_text(encoding="utf-8") == "\n".join(lines) + "\n"


def test_declined_recovery_keeps_the_file(data_dir, window, report, monkeypatch):
    crash_a_session(data_dir, report, ["以后再说的稿子"])
    monkeypatch.setattr(session, "decide", lambda parent, entries: [])  # 以后再说
    assert session.offer_recovery(window) == []
    assert len(recovery_files(data_dir)) == 1
    assert texts(window) == [""]
    # offered again next time (another store, as the next start would have)
    assert [e.preview for e in RecoveryStore(data_dir).list_pending()] == [("以后再说的稿子",)]
    monkeypatch.setattr(session, "decide", lambda p, entries: [(e, "discard") for e in entries])
    assert session.offer_recovery(window) == []
    assert recovery_files(data_dir) == []


def test_recovery_dialog_buttons(qtbot, data_dir, window, report, answers):
    crash_a_session(data_dir, report, ["第一份"])
    entries = RecoveryStore(data_dir).list_pending()
    dlg = session.RecoveryDialog(entries * 2, window)
    qtbot.addWidget(dlg)
    first = dlg.list.topLevelItem(0).text(0)
    assert "报告.txt" in first and "第一份" in first
    answers.append("cancel")  # "delete for good?" → no
    dlg.discard_button.click()
    assert dlg.decisions == [] and dlg.list.topLevelItemCount() == 2
    answers.append("discard")
    dlg.discard_button.click()
    dlg.restore_button.click()
    assert [a for _, a in dlg.decisions] == ["discard", "restore"]
    assert dlg.result() == dlg.DialogCode.Accepted


def test_restored_document_whose_file_changed_since_asks_at_save(
    qtbot, data_dir, window, report, monkeypatch, answers
):
    crash_a_session(data_dir, report, ["崩溃前的版本"])
    report.write_text("之后别人改过\n", encoding="utf-8")
    os.utime(report, (os.path.getmtime(report) + 60,) * 2)  # clearly after the autosave
    monkeypatch.setattr(session, "decide", lambda p, entries: [(e, "restore") for e in entries])
    session.offer_recovery(window)
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=5000)
    answers.append("cancel")
    assert not window.files.save()
    assert "已被其他程序修改" in answers.asked[0][0]
    assert report.read_text(encoding="utf-8") == "之后别人改过\n"


# ---- a crash while running --------------------------------------------------------------------
def test_crash_saves_modified_documents_and_offers_save_as(
    qtbot, data_dir, window, report, monkeypatch, answers
):
    assert window.files.open_path(str(report), ask=False)
    end_of(window)
    type_text(window.editor, "未保存")
    saved_as = []
    monkeypatch.setattr(window.files, "save_as", lambda: saved_as.append(window) or True)
    monkeypatch.setattr(session, "_last_crash_dialog", 0.0)
    answers.append("save_as")
    assert session.on_crash("ValueError: boom", "/tmp/crash.log") == "save_as"
    assert saved_as == [window]
    [file] = recovery_files(data_dir)
    assert recovered_texts(file)[-1].endswith("未保存")
    text, options = answers.asked[0]
    assert "ValueError: boom" in text and options == ["save_as", "continue"]
    # a second error right after: no second dialog
    assert session.on_crash("ValueError: again", "/tmp/crash.log") is None
    assert len(answers.asked) == 1


def test_crash_in_a_worker_thread_reaches_the_dialog(qtbot, qapp, data_dir, window, report,
                                                     monkeypatch, answers):
    """The app's own wiring (session.start): the crash log calls its on_error from the thread
    that raised; the dialog must still come up, in the GUI thread, with the error in it."""
    import threading

    import ui.ask

    installed = {}

    def install(on_error=None, **kwargs):  # the hooks themselves are tested in a child process
        installed["on_error"] = on_error
        return None

    monkeypatch.setattr("app.storage.install_crash_logging", install)
    monkeypatch.setattr(session, "_last_crash_dialog", 0.0)
    session.start(qapp)
    assert window.files.open_path(str(report), ask=False)
    end_of(window)
    type_text(window.editor, "线程出错前")
    answers.append("continue")
    on_error = installed["on_error"]
    gui_thread = threading.get_ident()
    asked_in = []
    real_choose = answers.choose

    def choose(*args, **kwargs):
        asked_in.append(threading.get_ident())
        return real_choose(*args, **kwargs)

    monkeypatch.setattr(ui.ask, "choose", choose)
    t = threading.Thread(target=lambda: on_error("RuntimeError: in a thread", "/x/crash.log"))
    t.start()
    t.join()
    qtbot.waitUntil(lambda: len(answers.asked) == 1, timeout=5000)
    text, options = answers.asked[0]
    assert "RuntimeError: in a thread" in text and options == ["save_as", "continue"]
    assert asked_in == [gui_thread]
    [file] = recovery_files(data_dir)  # the unsaved edit was copied for recovery first
    assert recovered_texts(file)[-1].endswith("线程出错前")


# ---- File → Restore Previous Version ----------------------------------------------------------
def test_restore_previous_version(qtbot, data_dir, window, report, answers):
    """Save twice, restore: the file itself is back, byte for byte (as opened, or as it was
    before the last save), and the replaced version is kept in turn."""
    w = window
    original = report.read_bytes()
    assert w.files.open_path(str(report), ask=False)
    assert "Restore" in w.safety.act_restore_backup.text()
    assert not w.safety.restore_previous_version()  # never saved here: nothing to restore
    end_of(w)
    type_text(w.editor, "第二版")
    assert w.files.save()
    second = report.read_bytes()
    type_text(w.editor, "第三版")
    assert w.files.save()
    assert report.read_bytes().endswith("第二版第三版\n".encode())
    assert backup_path(report).read_bytes() == second  # the previous version

    answers.append("opened")  # "As Opened" is offered first, before "Before the Last Save"
    assert w.safety.restore_previous_version()
    assert answers.asked[-1][1] == ["opened", "previous", "cancel"]
    qtbot.waitUntil(lambda: not w.loader.busy, timeout=5000)
    assert report.read_bytes() == original  # at once, the very bytes
    assert texts(w)[-1] == "今年以来工作稳步推进。"
    assert not w.editor.document().isModified()  # the editor shows the file as it is now

    answers.append("previous")  # the restore replaced the third version: it is kept
    assert w.safety.restore_previous_version()
    qtbot.waitUntil(lambda: not w.loader.busy, timeout=5000)
    assert report.read_bytes().endswith("第二版第三版\n".encode())
    answers.append("cancel")
    assert not w.safety.restore_previous_version()


def test_corrupt_recovery_file_is_reported_and_kept(qtbot, data_dir, window, report, monkeypatch):
    crash_a_session(data_dir, report, ["会被损坏的稿子"])
    [file] = recovery_files(data_dir)
    head, _, body = file.read_bytes().partition(b"\n")
    file.write_bytes(head + b"\n" + body[: len(body) // 2])
    monkeypatch.setattr(session, "decide", lambda p, entries: [(e, "restore") for e in entries])
    session.offer_recovery(window)
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=5000)
    assert len(window.told) == 1 and "Recovery file damaged" in window.told[0]
    assert texts(window) == [""] and window.path is None
    assert recovery_files(data_dir) == [file]  # never deleted by us
