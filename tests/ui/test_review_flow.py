"""A reviewer's whole pass, as the window is used: open the report, read a finding, apply its
fix, comment, turn on 修订 and type, save as .docx in a folder whose name has Chinese and a
space, open the file in a new window. What the first window showed is what the file holds: the
text, the comment on its words, the tracked insertion (checked in the XML too)."""

from __future__ import annotations

import zipfile

from PySide6.QtGui import QTextCursor

from app.model import LINE_BREAK
from tests.ui.conftest import SAMPLE
from tests.ui.helpers import texts, type_text
from tests.ui.test_comments import comment, select_text
from ui.main_window import MainWindow

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_fix_comment_track_save_reopen(qtbot, window, tmp_path):
    from lxml import etree

    w = window
    w.settings().setValue("author/name", "张审核")
    try:
        assert w.files.open_path(str(SAMPLE), ask=False)
        w.live.flush()
        # the typo in the sample: 兵乓球 → 乒乓球, listed, fixed with its one-click fix
        typo = next(f for f in w.live.analysis.findings
                    if "兵乓球" in w.texts()[f.index][f.start:f.end + 2])  # fmt: skip
        assert w.problems.row_of(lambda f: f is typo or f == typo) is not None
        assert w.fixes.apply_fix(typo)
        body = "".join(texts(w))
        assert "乒乓球" in body and "兵乓球" not in body

        select_text(w, "羽毛球")
        c = comment(qtbot, w, "请补充参赛人数")
        assert w.review.store.quoted(c.id) == "羽毛球"

        w.track.act_track.trigger()
        assert w.track.act_track.isChecked()
        cur = w.editor.document().find("羽毛球")
        cur.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        w.editor.setTextCursor(cur)
        type_text(w.editor, "（新增内容）")
        qtbot.waitUntil(lambda: w.track.panel.model.rowCount() == 1, timeout=5000)
        shown = texts(w)

        folder = tmp_path / "审阅 结果"
        folder.mkdir()
        out = folder / "报告 终稿.docx"
        assert w.files.save_to(str(out))
        assert not w.editor.document().isModified()
    finally:
        w.settings().remove("author")

    # the file itself: the insertion is a w:ins by the reviewer, the comment is a real comment
    with zipfile.ZipFile(out) as z:
        document = etree.fromstring(z.read("word/document.xml"))
        comments = etree.fromstring(z.read("word/comments.xml"))
    inserted = ["".join(t.text or "" for t in e.iter(W + "t")) for e in document.iter(W + "ins")]
    assert "（新增内容）" in inserted
    assert {e.get(W + "author") for e in document.iter(W + "ins")} == {"张审核"}
    assert ["".join(t.text or "" for t in c.iter(W + "t")) for c in comments.iter(W + "comment")] \
        == ["请补充参赛人数"]

    # … and a new window shows the same (once the first has closed it: one window per file)
    assert w.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.files.open_path(str(out), ask=False)
    qtbot.waitUntil(lambda: not again.loader.busy, timeout=10000)
    # (a long title is written in the lines GB/T 9704 lays it out in, app/render_plan.py: its
    # line break comes back as U+2028; everything else is the text as it was on screen)
    assert [t.replace(LINE_BREAK, "") for t in texts(again)] == shown
    [root] = again.review.store.threads()
    assert (root.text, root.author) == ("请补充参赛人数", "张审核")
    assert again.review.store.quoted(root.id) == "羽毛球"
    rows = again.track.panel.row_texts()
    assert len(rows) == 1 and "张审核" in rows[0] and "（新增内容）" in rows[0]
    again.live.flush()
    assert not any("兵乓球" in again.texts()[f.index] for f in again.live.analysis.findings)
