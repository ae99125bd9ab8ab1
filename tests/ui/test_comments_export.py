"""Comments from other tools, and the Export to Word dialog (comments, problems, tracked changes),
checked in the .docx and, when LibreOffice is installed, in its PDF rendering."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.pdf_tools import pdf_annotations
from tests.ui.helpers import type_text
from tests.ui.test_comments import WORD, comment, put_cursor, reviewer, sample, select_text
from ui.comments_view import HTML_ROLE
from ui.review_dialogs import ExportOptions

__all__ = ["reviewer", "sample"]  # fixtures


def word_made_docx(path) -> None:
    """A .docx commented in another tool (python-docx writes comments as Word does)."""
    import docx

    d = docx.Document()
    d.add_paragraph("关于2020年上半年工作情况的报告")
    p = d.add_paragraph("一是组织人员")
    run = p.add_run("兵乓球")
    p.add_run("、羽毛球比赛等活动。")
    d.add_comment([run], text="“兵”应为“乒”", author="王科长", initials="王")
    p2 = d.add_paragraph("二是开展信访工作下基层。")
    d.add_comment(p2.runs, text="补充具体次数", author="Li Qiang", initials="LQ")
    d.save(str(path))


def test_comments_written_by_another_tool_show_up(window, tmp_path):
    src = tmp_path / "他人批注.docx"
    word_made_docx(src)
    assert window.files.open_path(str(src), ask=False)
    store = window.review.store
    threads = store.threads()
    assert [(c.author, c.text) for c in threads] == [
        ("王科长", "“兵”应为“乒”"),
        ("Li Qiang", "补充具体次数"),
    ]
    assert [store.quoted(c.id) for c in threads] == [WORD, "二是开展信访工作下基层。"]
    html = window.review.panel._items[threads[0].id].data(HTML_ROLE)
    assert "王科长" in html and "“兵乓球”" in html


def docx_parts(path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")}


def reviewed(qtbot, window):
    """A review in progress: two comments (one resolved, with a reply) and an edit."""
    select_text(window, WORD)
    first = comment(qtbot, window, "错别字：应为乒乓球")
    window.review.panel.select(first.id)
    window.review.act_reply.trigger()
    type_text(window.review.panel.compose, "同意")
    window.review.panel.submit()
    window.review.act_resolve.trigger()
    select_text(window, "羽毛球")
    comment(qtbot, window, "补充参赛人数")
    cur = window.editor.document().find("较好成绩")
    put_cursor(window, cur.selectionStart())
    type_text(window.editor, "非常")
    return first


def test_export_options(qtbot, sample, tmp_path):
    w = sample
    reviewed(qtbot, w)
    plain = tmp_path / "plain.docx"
    assert w.review.export(ExportOptions(str(plain), comments=False))
    parts = docx_parts(plain)
    assert "word/comments.xml" not in parts
    assert "<w:ins " not in parts["word/document.xml"]

    full = tmp_path / "full.docx"
    opts = ExportOptions(str(full), comments=True, findings=True, tracked=True, reviewer="审校台")
    assert w.review.export(opts)
    parts = docx_parts(full)
    comments = parts["word/comments.xml"]
    assert "错别字：应为乒乓球" in comments and "同意" in comments and "补充参赛人数" in comments
    assert 'w:author="审校台"' in comments  # problems as comments
    assert 'w15:done="1"' in parts["word/commentsExtended.xml"]
    body = parts["word/document.xml"]
    assert "<w:ins " in body and "非常" in body
    assert "<w:del " not in body  # only an insertion was made: one paragraph changed, in place

    from app.readers import read_document

    back = read_document(str(full))
    mine = [c for c in back.comments if c.author == "张审核"]
    assert len(mine) == 3
    assert not w.isWindowModified() or w.path.endswith(".txt")  # export is not a save


def test_export_dialog(qtbot, sample, tmp_path):
    w = sample
    reviewed(qtbot, w)
    out = tmp_path / "dialog.docx"
    w.settings().setValue("export/trackedChanges", True)  # the settings' export default
    seen = []

    def answer():
        dlg = QApplication.activeModalWidget()
        seen.append(dlg.objectName())
        assert dlg.comments_box.isChecked() and dlg.tracked_box.isChecked()
        assert not dlg.findings_box.isChecked()
        default = Path(dlg.path_edit.text())
        assert default.parent == Path(w.path).parent and default.suffix == ".docx"
        assert default.stem.startswith("xinfang-dangjian-2020h1") and default != Path(w.path)
        dlg.path_edit.setText(str(out))
        dlg.accept()

    QTimer.singleShot(0, answer)
    try:
        assert w.review.export_dialog()
    finally:
        w.settings().remove("export")
    assert seen == ["exportDialog"]
    body = docx_parts(out)["word/document.xml"]
    assert "<w:ins " in body


@pytest.mark.render
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_exported_review_renders_with_comments(qtbot, sample, tmp_path):
    w = sample
    reviewed(qtbot, w)
    out = tmp_path / "review.docx"
    assert w.review.export(ExportOptions(str(out), comments=True, tracked=True))
    notes = json.dumps({"ExportNotes": {"type": "boolean", "value": "true"}})
    subprocess.run(
        [
            "soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
            "--convert-to", f"pdf:writer_pdf_Export:{notes}", "--outdir", str(tmp_path), str(out),
        ],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    pdf = tmp_path / "review.pdf"
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    assert "非常" in "".join(text.split())
    notes = pdf_annotations(pdf)  # pdftotext does not print annotations: read the PDF
    assert any("错别字：应为乒乓球" in n for n in notes), notes
    assert any("补充参赛人数" in n for n in notes)
    assert any("同意" in n for n in notes)
