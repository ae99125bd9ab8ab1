"""Make docs/screenshot-review.png: the sample report under review (comments dock, threads,
highlighted ranges). ``QT_QPA_PLATFORM=offscreen python docs/make_review_screenshot.py``"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="reportdesk-shot-")


def main(out: str) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["reportdesk"])
    app.setStyle("Fusion")
    i18n.install(app, "zh_CN")
    w = MainWindow()
    w.resize(1500, 920)
    w.show()
    assert w.files.open_path(str(ROOT / "resources/samples/xinfang-dangjian-2020h1.txt"), ask=False)
    review = w.review
    s = w.settings()

    def comment(text: str, note: str, author: str) -> int:
        s.setValue("author/name", author)
        w.editor.setTextCursor(w.editor.document().find(text))
        review.add_comment()
        review.panel.compose.setPlainText(note)
        review.panel.submit()
        return review.panel.current_id()

    def reply(cid: int, note: str, author: str) -> None:
        s.setValue("author/name", author)
        review.panel.select(cid)
        review.reply()
        review.panel.compose.setPlainText(note)
        review.panel.submit()

    first = comment("活跃机关文化生活", "与后半句意思重复，建议删去。", "王科长")
    reply(first, "已合并为一句。", "张审核")
    review.panel.select(first)
    review.toggle_resolved()
    second = comment("兵乓球", "错别字：“兵乓球”应为“乒乓球”。", "张审核")
    reply(second, "同意，已改。", "王科长")
    w.live.flush()
    f = next((f for f in w.live.analysis.findings if f.rule.startswith("numbering/")), None)
    if f is not None:
        s.setValue("author/name", "张审核")
        review.comment_finding(f)
    comment("帮助生活困难群众解决实际问题", "建议写明帮扶户数。", "王科长")
    review.panel.set_filter("all")
    w.resizeDocks([w.problems_dock], [170], Qt.Orientation.Vertical)
    w.resizeDocks([w.outline_dock, review.dock], [330, 380], Qt.Orientation.Horizontal)
    cur = review.store.range_of(second)
    block = w.editor.document().findBlock(cur[0])
    w.editor.verticalScrollBar().setValue(int(block.layout().position().y()) - 120)
    c = QTextCursor(w.editor.document())
    c.setPosition(cur[0] + 1)
    w.editor.setTextCursor(c)
    review.panel.select(second)
    for _ in range(5):
        app.processEvents()
    w.editor.verticalScrollBar().setValue(int(block.layout().position().y()) - 120)
    app.processEvents()
    ok = w.grab().save(out)
    w.editor.document().setModified(False)
    w.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "docs/screenshot-review.png")))
