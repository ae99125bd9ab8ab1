"""Problems and outline commands (ui.controllers.fixes, ui.controllers.outline) on a plain
QTextDocument with a fake window: what the text becomes, where the cursor and the outline go,
and what the status bar says when nothing can be done."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from tests.ui.fake_view import FakeView, report
from ui.controllers.fixes import FixesController
from ui.controllers.outline import OutlineController
from ui.doc_ops import block_texts

TEXT = (
    "关于工作情况的报告",
    "一、总体情况",
    "今年以来工作稳步推进,成效明显。",
    "三、下步打算",
    "继续努力。",
)


def finding(view: FakeView, rule: str):
    return next(f for f in view.live.analysis.findings if f.rule == rule)


# ---- problems -----------------------------------------------------------------------------
def test_quick_fix_at_the_cursor_applies_the_one_fix_in_one_undo_step():
    view = FakeView(report(*TEXT))
    view.cursor = (2, 10)  # on the half-width comma
    FixesController(view).quick_fix_at_cursor()
    assert block_texts(view.text)[2] == "今年以来工作稳步推进，成效明显。"
    assert view.status and view.text.isModified()
    view.text.undo()
    assert block_texts(view.text) == list(TEXT)


def test_a_paragraph_of_spaced_numbers_is_fixed_whole_in_one_undo_step():
    """Text pasted from a PDF: one finding for the paragraph, whose quick fix removes every
    space around its numbers at once."""
    pasted = "全年完成投资 86 亿元，新建项目 12 个，带动就业 3000 余人。"
    view = FakeView(report(TEXT[0], TEXT[1], pasted))
    view.cursor = (2, 8)
    FixesController(view).quick_fix_at_cursor()
    assert block_texts(view.text)[2] == "全年完成投资86亿元，新建项目12个，带动就业3000余人。"
    view.text.undo()
    assert block_texts(view.text)[2] == pasted


def test_no_fix_at_the_cursor_says_so_and_changes_nothing():
    view = FakeView(report(*TEXT))
    view.cursor = (4, 1)
    FixesController(view).quick_fix_at_cursor()
    assert block_texts(view.text) == list(TEXT) and len(view.status) == 1
    assert not view.text.isModified()


def test_a_finding_from_an_older_analysis_is_fixed_where_its_paragraph_is_now():
    view = FakeView(report(*TEXT))
    fixes = FixesController(view)
    stale = finding(view, "numbering/skip")
    cursor = QTextCursor(view.text.findBlockByNumber(1))  # a paragraph added above it first
    cursor.insertText("新增的一段。")
    cursor.insertBlock()
    assert fixes.apply_fix(stale)
    assert block_texts(view.text)[4] == "二、下步打算"


def test_show_finding_puts_the_cursor_on_it():
    view = FakeView(report(*TEXT))
    FixesController(view).show_finding(finding(view, "punctuation/width"))
    assert view.cursor == (2, 10)


def test_ignoring_in_a_word_file_marks_it_changed_a_text_file_not(tmp_path):
    """A .docx keeps its ignore list inside (saved with it); a .txt's is stored at once."""
    for name, modified in (("报告.docx", True), ("报告.txt", False)):
        view = FakeView(report(*TEXT), path=str(tmp_path / name))
        view.live.document.path = str(tmp_path / name)
        view.live.document.source_format = name.rsplit(".", 1)[1]
        FixesController(view).ignores_changed()
        assert view.reanalysed == 1 and view.text.isModified() is modified


# ---- outline ------------------------------------------------------------------------------
def test_moving_without_a_selected_heading_says_what_to_do():
    view = FakeView(report(*TEXT))
    assert not OutlineController(view).move_section(-1)
    assert len(view.status) == 1 and block_texts(view.text) == list(TEXT)


def test_moving_a_section_up_renumbers_and_follows_the_heading():
    view = FakeView(report(*TEXT))
    view.heading = 3
    assert OutlineController(view).move_section(-1)
    texts = block_texts(view.text)
    assert texts[1] == "一、下步打算" and texts[2] == "继续努力。"
    assert texts[3] == "二、总体情况"
    assert view.cursor == (1, 0) and view.shown_in_outline == [1]
    view.text.undo()
    assert block_texts(view.text) == list(TEXT)  # one undo step


def test_the_first_section_cannot_move_further_up():
    view = FakeView(report(*TEXT))
    view.heading = 1
    assert not OutlineController(view).move_section(-1)
    assert len(view.status) == 1 and block_texts(view.text) == list(TEXT)


def test_dropping_an_unknown_section_does_nothing():
    view = FakeView(report(*TEXT))
    assert not OutlineController(view).drop_section(10**9, -1, 0)
    assert block_texts(view.text) == list(TEXT)


def test_renumber_all_fixes_the_skipped_number():
    view = FakeView(report(*TEXT))
    outline = OutlineController(view)
    assert outline.fix_all_numbering()
    assert block_texts(view.text)[3] == "二、下步打算"
    assert not outline.fix_all_numbering()  # in order now: it says so
    assert len(view.status) >= 1
