"""Exports (ui.controllers.export) with a fake window: an export never replaces the opened
file, goes beside it under a new name, and says in one line why it failed."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.model import Comment, Position
from tests.ui.fake_view import FakeView, report
from ui import settings as S
from ui.controllers.export import ExportController
from ui.review_dialogs import ExportOptions

TEXT = ("关于2024年工作情况的报告", "一、总体情况", "今年以来工作稳步推进。")


def word_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_export_refuses_the_opened_file(tmp_path):
    opened = tmp_path / "报告.docx"
    opened.write_bytes(b"PK original")
    view = FakeView(report(*TEXT), path=str(opened))
    assert not ExportController(view).export_word(ExportOptions(str(opened)))
    [message] = view.ask.told
    assert "\n" not in message
    assert opened.read_bytes() == b"PK original"


def test_export_goes_beside_the_report_under_a_new_name(tmp_path):
    opened = tmp_path / "报告.txt"
    opened.write_text("\n".join(TEXT), encoding="utf-8")
    view = FakeView(report(*TEXT), path=str(opened))
    exports = ExportController(view)
    out = Path(exports.default_word_path())
    assert out.parent == tmp_path and out.suffix == ".docx" and out.stem.startswith("报告")
    assert exports.export_word(ExportOptions(str(out)))
    assert "今年以来工作稳步推进" in word_text(out)
    assert opened.read_text(encoding="utf-8") == "\n".join(TEXT)
    assert any(str(out) in s for s in view.status)


def test_comments_go_into_the_export_only_when_chosen(tmp_path):
    view = FakeView(report(*TEXT))
    pid = view.live.document.paragraphs[2].id
    view.comments = [Comment("请核实数据", "王科长", "王", "2026-01-01T00:00:00Z",
                             start=Position(pid, 0), end=Position(pid, 4))]  # fmt: skip
    exports = ExportController(view)
    with_comments, without = tmp_path / "有批注.docx", tmp_path / "无批注.docx"
    assert exports.export_word(ExportOptions(str(with_comments), comments=True))
    assert exports.export_word(ExportOptions(str(without), comments=False))
    with zipfile.ZipFile(with_comments) as z:
        assert "请核实数据" in z.read("word/comments.xml").decode("utf-8")
    with zipfile.ZipFile(without) as z:
        assert "word/comments.xml" not in z.namelist() or "请核实数据" not in z.read(
            "word/comments.xml"
        ).decode("utf-8")


def test_export_failure_is_one_line(tmp_path):
    view = FakeView(report(*TEXT))
    target = tmp_path / "没有的文件夹" / "导出.docx"
    assert not ExportController(view).export_word(ExportOptions(str(target)))
    [message] = view.ask.told
    assert message and "\n" not in message
    assert not target.exists()


def test_cancelled_export_dialog_writes_nothing_and_ticks_the_settings_defaults(tmp_path):
    view = FakeView(report(*TEXT), path=str(tmp_path / "报告.txt"))
    view.options = None  # the user pressed Cancel
    S.put("export/trackedChanges", True)  # Settings → Word Export: tracked changes ticked
    try:
        assert not ExportController(view).export_word_dialog()
    finally:
        S.store().remove("export/trackedChanges")
    default, comments, _findings, can_track, reviewer, ticked = view.offered_export
    assert Path(default).parent == tmp_path and comments == 0 and not can_track
    assert reviewer == "王科长"
    assert ticked[2] is True
    assert list(tmp_path.iterdir()) == []


def test_pdf_export_adds_the_extension_and_says_how_many_pages(qapp, tmp_path):
    view = FakeView(report(*TEXT), (str(tmp_path / "报告"), "PDF document (*.pdf)"))
    assert ExportController(view).export_pdf_dialog()
    pdf = tmp_path / "报告.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert any(str(pdf) in s for s in view.status)
