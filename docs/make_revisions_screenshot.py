"""Make docs/screenshot-revisions.png (a revised draft in the markup view, the 修订 pane beside it)
and docs/screenshot-revisions-pane.png (the pane alone).
``QT_QPA_PLATFORM=offscreen python docs/make_revisions_screenshot.py``

The draft is a .docx written here with python-docx; two colleagues' revisions are recorded into
it through app.revisions (as the window records them) and saved, then the file is opened in the
window like any other."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="reportdesk-shot-")

LINES = [
    "关于开展2024年度安全生产大检查的通知",
    "各科室、各下属单位：",
    "为切实做好今年安全生产工作，防范和遏制各类事故发生，经研究，决定在全系统开展安全生产大检查。"
    "现将有关事项通知如下。",
    "一、检查时间",
    "2024年5月6日至5月31日，分自查、抽查两个阶段进行。",
    "二、检查内容",
    "（一）安全生产责任制落实情况。重点检查主要负责人履职情况。",
    "（二）隐患排查治理情况。各单位要建立隐患台账，明确整改时限。",
    "三、工作要求",
    "各单位要高度重视，认真组织，确保检查不走过场。",
]


def revised_draft(folder: Path) -> Path:
    import docx

    from app import revisions as rv
    from app.readers import read_document
    from app.storage import save_document

    base = folder / "base.docx"
    d = docx.Document()
    for line in LINES:
        d.add_paragraph(line)
    d.save(base)
    doc = read_document(base)
    ps = doc.paragraphs
    stamp1, stamp2 = "2024-04-28T09:12:00Z", "2024-04-29T15:40:00Z"
    rv.track_insert(doc, ps[2].id, ps[2].text.index("经研究"), "根据市安委会统一部署，", "李明",
                    stamp1)  # fmt: skip
    at = ps[4].text.index("分自查")
    rv.track_replace(doc, ps[4].id, at, at + 3, "分单位自查、局抽查", "李明", stamp1)
    at = ps[6].text.index("重点检查")
    rv.track_delete(doc, ps[6].id, at, len(ps[6].text), "李明", stamp1)
    at = ps[7].text.index("明确")
    rv.track_insert(doc, ps[7].id, at, "逐项", "王芳", stamp2)
    at = ps[9].text.index("认真组织")
    rv.track_replace(doc, ps[9].id, at, at + 4, "精心组织", "王芳", stamp2)
    out = folder / "关于开展安全生产大检查的通知（修订稿）.docx"
    save_document(doc, out, author="李明", backup=False, data_dir=folder / "data")
    return out


def main(out_dir: str | None = None) -> None:
    from PySide6.QtWidgets import QApplication

    from ui import i18n

    target = Path(out_dir) if out_dir else ROOT / "docs"
    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install(app, "zh_CN")
    from ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="reportdesk-revised-"))
    path = revised_draft(folder)
    w = MainWindow()
    w.resize(1900, 1000)
    w.show()
    w.settings().setValue("author/name", "审校员")
    assert w.files.open_path(str(path), ask=False)
    w.track.dock.raise_()
    w.track.dock.show()
    for _ in range(20):
        app.processEvents()
    w.track.marks.update()
    app.processEvents()
    w.grab().save(str(target / "screenshot-revisions.png"))
    w.track.dock.grab().save(str(target / "screenshot-revisions-pane.png"))
    print(target / "screenshot-revisions.png")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
