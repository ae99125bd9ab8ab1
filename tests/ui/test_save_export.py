"""Save and Export are different commands: an export goes to a new name beside the document and
never replaces the opened file; Save keeps every paragraph."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.model import Document, Paragraph
from ui.review_dialogs import ExportOptions


def opened_docx(window, tmp_path) -> Path:
    from app.writers.docx import write_docx

    path = tmp_path / "报告.docx"
    write_docx(Document(paragraphs=[Paragraph("关于工作的报告"), Paragraph("正文。")]), path,
               author="测试")  # fmt: skip
    assert window.files.open_path(str(path), ask=False)
    return path


def test_export_refuses_the_opened_file(window, tmp_path):
    path = opened_docx(window, tmp_path)
    before = path.read_bytes()
    assert not window.review.export(ExportOptions(str(path), comments=True))
    assert path.read_bytes() == before
    assert any("opened file" in t or "打开的文件" in t for t in window.told)


def test_export_dialog_defaults_to_a_new_name_and_refuses_the_opened_one(qtbot, window, tmp_path):
    path = opened_docx(window, tmp_path)
    before = path.read_bytes()
    seen: list[str] = []

    def answer():
        dlg = QApplication.activeModalWidget()
        default = Path(dlg.path_edit.text())
        seen.append(str(default))
        dlg.path_edit.setText(str(path))  # the user types the opened file's name
        dlg._accept()
        seen.append("warned" if dlg.warning.isVisible() and dlg.isVisible() else "accepted")
        dlg.reject()

    QTimer.singleShot(0, answer)
    assert not window.review.export_dialog()
    default = Path(seen[0])
    assert default.parent == path.parent and default.suffix == ".docx" and default != path
    assert seen[1] == "warned"
    assert path.read_bytes() == before


def test_export_writes_beside_and_keeps_the_opened_file(window, tmp_path):
    path = opened_docx(window, tmp_path)
    before = path.read_bytes()
    out = Path(window.exports.default_word_path())
    assert window.review.export(ExportOptions(str(out), comments=True))
    assert out.exists() and out != path
    assert path.read_bytes() == before
    assert window.path == str(path)  # the window still edits the opened file


def test_save_keeps_site_junk(window, tmp_path):
    from app.readers import read_document

    path = tmp_path / "通知.docx"
    from app.writers.docx import write_docx

    texts = ["本文来源于某某范文网，仅供参考", "关于开展检查的通知", "各单位：", "特此通知。"]
    write_docx(Document(paragraphs=[Paragraph(t) for t in texts]), path, author="测试",
               keep_junk=True)  # fmt: skip
    assert window.files.open_path(str(path), ask=False)
    assert [p.text for p in window.live.document.paragraphs] == texts
    assert window.live.analysis.roles[0].value == "junk"  # a finding, not a deletion
    assert window.files.save()
    assert [p.text for p in read_document(str(path)).paragraphs] == texts
