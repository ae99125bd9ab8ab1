"""The file commands (ui.controllers.files) with a fake window and scripted answers: what a
user checks when closing, saving and saving as — no widget, no patched QMessageBox."""

from __future__ import annotations

import codecs

from PySide6.QtGui import QTextCursor

from app.model import Comment
from app.readers import read_document
from app.storage import FileFingerprint
from tests.ui.fake_view import FakeView, report
from ui.controllers.files import FilesController

LINES = ["关于2024年工作情况的报告", "一、总体情况", "今年以来工作稳步推进。"]
GBK = ("\r\n".join(LINES) + "\r\n").encode("gbk")


def typed(view: FakeView, text: str, paragraph: int = 0) -> None:
    """The user types ``text`` at the start of paragraph ``paragraph``."""
    cursor = QTextCursor(view.text.findBlockByNumber(paragraph))
    cursor.insertText(text)


def opened(tmp_path, data: bytes = GBK, name: str = "报告.txt", *answers) -> FakeView:
    path = tmp_path / name
    path.write_bytes(data)
    view = FakeView(read_document(str(path)), *answers, path=str(path))
    view.fingerprint = FileFingerprint.of(path)
    return view


# ---- closing, New: the question about unsaved changes -----------------------------------------
def test_unchanged_report_closes_without_a_question():
    view = FakeView(report("一、总体情况"))
    assert FilesController(view).maybe_save()
    assert view.ask.asked == []


def test_close_with_unsaved_changes_asks_and_cancel_keeps_them():
    view = FakeView(report("一、总体情况"), "cancel")
    typed(view, "改")
    assert not FilesController(view).maybe_save()
    [(_title, _text, keys)] = view.ask.asked
    assert keys == ["save", "discard", "cancel"]
    assert view.is_modified()
    assert view.current_document().paragraphs[0].text == "改一、总体情况"


def test_save_chosen_for_a_new_report_asks_for_a_name_and_cancelling_keeps_it_open():
    view = FakeView(report("一、总体情况"), "save", ("", ""))
    typed(view, "改")
    assert not FilesController(view).maybe_save()  # the name was not given: stay open
    assert len(view.ask.dialogs) == 1 and view.is_modified()


def test_new_asks_first_and_discard_shows_an_empty_report():
    view = FakeView(report("一、总体情况", "正文。"), "discard")
    typed(view, "改")
    assert FilesController(view).new_document()
    [(doc, path)] = view.loaded
    assert [p.text for p in doc.paragraphs] == [""] and path is None
    assert view.safety.new == 1  # its recovery file and lock go


# ---- opening ------------------------------------------------------------------------------
def test_a_broken_file_is_one_line_and_the_open_report_stays(tmp_path):
    view = FakeView(report("一、总体情况", "正文。"), path=str(tmp_path / "报告.txt"))
    typed(view, "改")
    bad = tmp_path / "坏.docx"
    bad.write_bytes(b"\x00\x01not a zip at all" * 10)
    assert not FilesController(view).open_path(str(bad), ask=False)
    [message] = view.ask.told
    assert "坏.docx" in message and "\n" not in message
    assert view.loaded == [] and view.path == str(tmp_path / "报告.txt")
    assert view.current_document().paragraphs[0].text == "改一、总体情况" and view.is_modified()
    assert view.safety.dropped == [("lock", str(bad))]  # its lock is not kept


def test_opening_asks_about_unsaved_changes_first_and_cancel_reads_nothing(tmp_path):
    other = tmp_path / "另一份.txt"
    other.write_text("另一份报告", encoding="utf-8")
    view = FakeView(report("一、总体情况"), "cancel")
    typed(view, "改")
    assert not FilesController(view).open_path(str(other))
    assert len(view.ask.asked) == 1 and view.safety.opened == [] and view.is_modified()


def test_opening_shows_the_file_and_its_name(tmp_path):
    other = tmp_path / "另一份.txt"
    other.write_text("关于工作的报告\n一、总体情况\n", encoding="utf-8")
    view = FakeView(report("旧的"))
    assert FilesController(view).open_path(str(other))
    assert view.path == str(other)
    texts = [p.text for p in view.current_document().paragraphs]
    assert texts == ["关于工作的报告", "一、总体情况"]


def test_a_report_open_in_another_window_is_not_opened_twice(tmp_path):
    other = tmp_path / "另一份.txt"
    other.write_text("另一份报告", encoding="utf-8")
    view = FakeView(report("一、总体情况"))
    view.safety.open_elsewhere.append(str(other))
    assert not FilesController(view).open_path(str(other))
    assert len(view.ask.told) == 1 and view.safety.opened == []


# ---- saving a text file -------------------------------------------------------------------
def test_character_outside_the_encoding_asks_and_cancel_writes_nothing(tmp_path):
    view = opened(tmp_path, GBK, "报告.txt", "cancel")
    typed(view, "😀")
    assert not FilesController(view).save()
    [(_title, text, keys)] = view.ask.asked
    assert "😀" in text and keys == ["utf8", "cancel"]
    assert (tmp_path / "报告.txt").read_bytes() == GBK
    assert view.is_modified()


def test_character_outside_the_encoding_saved_as_utf8_keeps_line_ends(tmp_path):
    view = opened(tmp_path, GBK, "报告.txt", "utf8")
    typed(view, "😀")
    files = FilesController(view)
    assert files.save()
    expected = codecs.BOM_UTF8 + ("😀" + "\r\n".join(LINES) + "\r\n").encode()
    assert (tmp_path / "报告.txt").read_bytes() == expected
    assert not view.is_modified()
    assert any(str(tmp_path / "报告.txt") in s for s in view.status)
    typed(view, "再", 2)
    assert files.save()  # UTF-8 from now on: no second question
    assert len(view.ask.asked) == 1


def test_text_file_cannot_keep_comments_asks_and_cancel_writes_nothing(tmp_path):
    view = FakeView(report("一、总体情况"), "cancel")
    view.comments = [Comment("请核实", "王科长", "王", "2026-01-01T00:00:00Z")]
    out = tmp_path / "a.txt"
    assert not FilesController(view).save_to(str(out))
    [(_title, text, keys)] = view.ask.asked
    assert keys == ["save", "cancel"] and "1" in text
    assert not out.exists()


def test_pending_revisions_can_send_a_text_save_to_save_as(tmp_path):
    view = FakeView(report("一、总体情况"), (str(tmp_path / "报告.docx"), "Word document (*.docx)"))
    view.text_save = "docx"  # "Save as Word…" chosen in the revisions question
    assert FilesController(view).save_to(str(tmp_path / "报告.txt"))
    assert not (tmp_path / "报告.txt").exists() and (tmp_path / "报告.docx").exists()


def test_save_as_without_extension_takes_the_chosen_type(tmp_path):
    chosen = (str(tmp_path / "新报告"), "Text (*.txt)")
    view = FakeView(report("关于工作的报告", "一、总体情况"), chosen)
    assert FilesController(view).save_as()
    assert (tmp_path / "新报告.txt").read_text(encoding="utf-8").startswith("关于工作的报告")
    assert view.path == str(tmp_path / "新报告.txt")
    assert view.title.startswith("新报告.txt")


def test_save_failure_is_one_line_and_the_text_stays_modified(tmp_path):
    view = FakeView(report("一、总体情况"))
    typed(view, "改")
    target = tmp_path / "没有的文件夹" / "报告.txt"
    assert not FilesController(view).save_to(str(target))
    [message] = view.ask.told
    assert "\n" not in message and message
    assert view.is_modified() and view.safety.failed == 1
    assert view.safety.dropped == [("lock", str(target))]  # the new name's lock goes


# ---- a file changed by another program ------------------------------------------------------
def test_file_changed_on_disk_asks_and_cancel_keeps_the_other_version(tmp_path):
    view = opened(tmp_path, GBK, "报告.txt", "cancel")
    elsewhere = "别处改过的内容\r\n".encode("gbk")
    (tmp_path / "报告.txt").write_bytes(elsewhere)
    typed(view, "改")
    assert not FilesController(view).save()
    [(_title, _text, keys)] = view.ask.asked
    assert keys == ["overwrite", "save_as", "reload", "cancel"]
    assert (tmp_path / "报告.txt").read_bytes() == elsewhere
    assert view.is_modified()


def test_file_changed_on_disk_overwrite_saves_ours(tmp_path):
    view = opened(tmp_path, GBK, "报告.txt", "overwrite")
    (tmp_path / "报告.txt").write_bytes("别处改过的内容\r\n".encode("gbk"))
    typed(view, "改")
    assert FilesController(view).save()
    assert (tmp_path / "报告.txt").read_bytes().decode("gbk").startswith("改关于")


def test_file_changed_on_disk_reload_drops_our_changes(tmp_path):
    view = opened(tmp_path, GBK, "报告.txt", "reload")
    (tmp_path / "报告.txt").write_bytes("别处改过的内容\r\n".encode("gbk"))
    typed(view, "改")
    assert not FilesController(view).save()
    assert view.safety.reloaded == 1


# ---- converted documents --------------------------------------------------------------------
def test_a_converted_document_is_never_saved_over_its_original(tmp_path):
    original = tmp_path / "旧报告.doc"
    original.write_bytes(b"\xd0\xcf\x11\xe0 old word file")
    doc = report("一、总体情况")
    doc.properties["converted_from"] = str(original)
    view = FakeView(doc, ("", ""), path=str(original))
    assert not FilesController(view).save()  # the dialog was cancelled
    [(_title, start)] = view.ask.dialogs
    assert start == str(tmp_path / "旧报告.docx")
    assert original.read_bytes() == b"\xd0\xcf\x11\xe0 old word file"
