"""Make docs/screenshot-rich.png: a report with a table (one merged cell), an inline image, a text
box placeholder and a footer in the side-parts dock, as the editor shows them.
``QT_QPA_PLATFORM=offscreen python docs/make_rich_screenshot.py [OUT.png]``"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="reportdesk-shot-")


def chart_png() -> bytes:
    """A small bar chart drawn here (the picture an image paragraph holds)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(360, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for k, (value, color) in enumerate(((60, "#c0392b"), (95, "#2e86c1"), (130, "#27ae60"))):
        painter.fillRect(QRectF(40 + k * 110, 150 - value, 70, value), QColor(color))
    painter.setPen(QColor("#555"))
    painter.drawLine(20, 150, 340, 150)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def document():
    from app.model import (
        OBJECT_CHAR,
        CellRef,
        Document,
        InlineObject,
        Paragraph,
        SidePart,
        Table,
        TableCell,
    )  # fmt: skip

    table = Table(rows=4, cols=3, cells=[TableCell(0, 0, 1, 3)] + [
        TableCell(r, c) for r in (1, 2, 3) for c in range(3)
    ])  # fmt: skip
    rows = [["项目", "完成情况", "责任单位"], ["信访积案化解", "已化解 42 件", "信访科"],
            ["网上信访平台", "上线试运行", "信息中心"]]  # fmt: skip
    cells = [Paragraph("2020年上半年重点工作完成情况", cell=CellRef(table.id, 0, 0))]
    for r, row in enumerate(rows, 1):
        cells += [Paragraph(text, cell=CellRef(table.id, r, c)) for c, text in enumerate(row)]
    box = InlineObject("textbox", "文本框 1", text="××市信访局文件")
    chart = InlineObject("image", "图片 1", image=chart_png(), width_pt=270, height_pt=120)
    paragraphs = [
        Paragraph(f"{OBJECT_CHAR}", objects=[box]),
        Paragraph("关于2020年上半年信访工作情况的报告"),
        Paragraph("市委、市政府："),
        Paragraph("今年以来，我局认真贯彻落实上级决策部署，现将上半年工作情况报告如下。"),
        Paragraph("一、主要工作完成情况"),
        *cells,
        Paragraph("各项工作按计划推进，来信来访总量同比下降（见下图）。"),
        Paragraph(f"{OBJECT_CHAR}", objects=[chart]),
        Paragraph("二、下一步工作打算"),
        Paragraph("一是继续抓好积案化解；二是推动平台正式上线。"),
    ]
    parts = [
        SidePart("textbox", "文本框 1", ["××市信访局文件"]),
        SidePart("footer", "页脚", ["— 1 —"]),
        SidePart("footnote", "脚注 1", ["数据截至2020年6月30日。"]),
    ]
    return Document(paragraphs=paragraphs, tables={table.id: table}, side_parts=parts,
                    source_format="docx")  # fmt: skip


def main(out: str) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["reportdesk"])
    app.setStyle("Fusion")
    i18n.install(app, "zh_CN")
    w = MainWindow()
    w.resize(1500, 920)
    w.show()
    w.load_document(document(), None)
    w.side_parts.raise_()
    w.resizeDocks([w.problems_dock], [120], Qt.Orientation.Vertical)
    w.editor.go_to(3)
    app.processEvents()
    heading = w.editor.document().findBlockByNumber(3)
    w.editor.verticalScrollBar().setValue(int(heading.layout().position().y()))
    app.processEvents()
    w.grab().save(out)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "docs/screenshot-rich.png")))
