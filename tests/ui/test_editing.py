"""Files, paste, counts, positions beyond the BMP, find & replace."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from app.errors import ReadError
from app.findings import Edit
from app.model import Document, Paragraph
from tests.ui.helpers import texts, type_text
from ui import doc_ops
from ui.stats import count_text
from ui.textpos import from_utf16, to_utf16, utf16_len

ASTRAL = "\U00020bb7"  # 𠮷, two UTF-16 units


def test_read_error_keeps_the_open_document(sample_window, monkeypatch, tmp_path):
    w = sample_window
    before = texts(w)
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text))
    )
    import ui.files

    def broken(path):
        raise ReadError("无法读取“坏.docx”：文件已损坏")

    monkeypatch.setattr(ui.files, "read_document", broken)
    assert not w.files.open_path(str(tmp_path / "坏.docx"), ask=False)
    assert shown == ["无法读取“坏.docx”：文件已损坏"]
    assert texts(w) == before
    assert "xinfang" in w.path


def test_real_reader_error_on_binary_file(window, monkeypatch, tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"\x00\x01not a zip at all" * 10)
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text))
    )
    assert not window.files.open_path(str(bad), ask=False)
    assert len(shown) == 1 and "\n" not in shown[0]


def test_paste_html_keeps_only_text(window):
    mime = QMimeData()
    mime.setHtml(
        '<p style="font-family:SimSun"><b>一、加强</b><span style="color:red">领导</span></p>'
    )
    window.editor.insertFromMimeData(mime)
    assert texts(window) == ["一、加强领导"]
    cursor = QTextCursor(window.editor.document())
    cursor.setPosition(1)
    assert cursor.charFormat().fontWeight() < 600
    assert window.editor.spans_of(0) == []


def test_paste_text_with_crlf_makes_paragraphs(window):
    mime = QMimeData()
    mime.setText("第一段\r\n第二段\r\n")
    window.editor.insertFromMimeData(mime)
    assert texts(window) == ["第一段", "第二段", ""]


def test_paste_cleans_like_the_reader(window):
    """The paste filter is app.textclean.clean_text: Word's \\x0b is a line break, NULs and
    other controls and U+FEFF go, tabs stay."""
    mime = QMimeData()
    mime.setText("一、加强\x0b领导\x00\ufeff\t（一）\x07\r\n第二段")
    window.editor.insertFromMimeData(mime)
    assert texts(window) == ["一、加强\u2028领导\t（一）", "第二段"]


def test_counts_like_chinese_users_count():
    # 7 characters, 2 of them punctuation; spaces (ASCII and full-width) do not count
    assert count_text("一、加强 领导。") == count_text("一、加强　领导。")
    c = count_text("一、加强 领导。")
    assert (c.chars, c.chars_no_punct) == (7, 5)
    c = count_text("PM2.5 “浓度”")
    assert (c.chars, c.chars_no_punct) == (9, 6)


def test_status_bar_counts(window):
    type_text(window.editor, "一、加强 领导。\n正文（略）")
    window.live.flush()
    # 7 + 5 characters; punctuation 、。（）
    assert (window.counts.chars, window.counts.chars_no_punct) == (12, 8)
    assert "12" in window.count_label.text() and "8" in window.count_label.text()
    window.editor.go_to(1, 2)
    assert window.position_label.text() == "Para 2, Col 3"


def test_long_paragraph_counted_as_one_text():
    """A long paragraph is counted sentence by sentence: the same figures as counted whole."""
    from ui.stats import LONG_TEXT, Counts, count_long

    sentence = "一、加强 领导。PM2.5 “浓度”，"
    text = (sentence * (LONG_TEXT // len(sentence) + 2)) + "。"
    per = count_text(sentence)
    n = LONG_TEXT // len(sentence) + 2
    assert count_long(text) == Counts(per.chars * n + 1, per.chars_no_punct * n)


def test_underlines_sit_on_their_characters_after_astral_ones(window):
    """A mark's code-point offsets become the right UTF-16 positions, several in one block."""
    from app.findings import Severity
    from ui.editor import Mark

    text = f"张{ASTRAL}兵乓球比赛{ASTRAL}同志"
    window.load_document(Document(paragraphs=[Paragraph(text)]), None)
    marks = [Mark(0, 2, 5, Severity.ERROR, "a"), Mark(0, 8, 10, Severity.INFO, "b")]
    window.editor.set_marks(marks)
    shown = sorted(sel.cursor.selectedText() for sel in window.editor.extraSelections())
    assert shown == ["兵乓球", "同志"]


def test_utf16_helper():
    text = f"张{ASTRAL}同志"
    assert utf16_len(text) == 5
    assert to_utf16(text, 2) == 3 and to_utf16(text, 4) == 5
    assert from_utf16(text, 3) == 2 and from_utf16(text, 2) == 1
    assert to_utf16("普通文字", 3) == 3 and from_utf16("普通文字", 3) == 3


def test_fix_after_astral_character_hits_the_right_place(window):
    window.load_document(Document(paragraphs=[Paragraph(f"张{ASTRAL}兵乓球比赛")]), None)
    doc = window.editor.document()
    assert doc_ops.apply_edits(doc, [Edit(0, 2, 5, "乒乓球")])
    assert texts(window) == [f"张{ASTRAL}乒乓球比赛"]
    cursor = doc_ops.select_range(doc, 0, 2, 5)
    assert cursor.selectedText() == "乒乓球"


def test_multi_paragraph_edit_deletes_paragraphs(window):
    window.load_document(Document.from_lines(["广告一", "广告二", "标题", "正文"]), None)
    assert doc_ops.apply_edits(window.editor.document(), [Edit(0, 0, 0, "", end_index=2)])
    assert texts(window) == ["标题", "正文"]


def test_save_txt_reopen_and_modified_marker(window, tmp_path):
    type_text(window.editor, "一、总体情况\n正文")
    assert window.isWindowModified()
    out = tmp_path / "报告.txt"
    assert window.files.save_to(str(out))
    assert not window.isWindowModified()
    assert out.read_text(encoding="utf-8") == "一、总体情况\n正文\n"
    assert window.windowTitle().startswith("报告.txt[*]")
    assert window.files.recent_files()[0] == str(out)
    window.files.new_document()
    assert texts(window) == [""]
    assert window.files.open_path(str(out))
    assert texts(window) == ["一、总体情况", "正文"]


def test_save_docx_when_writer_exists(window, tmp_path):
    pytest.importorskip("app.writers.docx")
    type_text(window.editor, "关于做好工作的报告\n一、总体情况\n正文")
    out = tmp_path / "报告.docx"
    assert window.files.save_to(str(out))
    assert out.stat().st_size > 0
    assert window.files.open_path(str(out))
    assert texts(window)[:3] == ["关于做好工作的报告", "一、总体情况", "正文"]


def test_bold_action_makes_a_span(window):
    type_text(window.editor, "加粗文字")
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(2, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    window.act_bold.trigger()
    spans = window.current_document(with_spans=True).paragraphs[0].spans
    assert [(s.start, s.end, s.bold) for s in spans] == [(0, 2, True)]


def test_zoom_keeps_text(window):
    type_text(window.editor, "正文")
    window.live.flush()
    window.act_zoom_in.trigger()
    assert window.zoom > 1.0
    assert texts(window) == ["正文"]
    assert not window.live.dirty


def test_dropped_file_opens(window, tmp_path):
    f = tmp_path / "拖入.txt"
    f.write_text("一、拖入的报告\n", encoding="utf-8")
    window.editor.fileDropped.emit(str(f))
    assert texts(window) == ["一、拖入的报告"]
    assert Path(window.path).name == "拖入.txt"


def test_save_asks_when_file_changed_on_disk(window, monkeypatch, tmp_path):
    import ui.ask

    out = tmp_path / "报告.txt"
    out.write_text("一、原文\n", encoding="utf-8")
    assert window.files.open_path(str(out))
    type_text(window.editor, "改")
    out.write_text("别人改过\n", encoding="utf-8")  # another program saved meanwhile
    asked = []

    def choose(parent, title, text, options, default=None, **kwargs):
        asked.append((text, [key for key, _ in options]))
        return answer

    monkeypatch.setattr(ui.ask, "choose", choose)
    answer = "cancel"
    assert not window.files.save()
    assert len(asked) == 1
    assert asked[0][1] == ["overwrite", "save_as", "reload", "cancel"]
    assert out.read_text(encoding="utf-8") == "别人改过\n"
    answer = "overwrite"
    assert window.files.save()
    assert out.read_text(encoding="utf-8").startswith("改一、原文")
