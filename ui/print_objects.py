"""Objects of the Word file that the painted pages draw besides pictures (the Word export carries
them over: app/writers/docx_carry.py): an OLE object as its preview picture, a chart or SmartArt,
which the file holds no picture of, as a framed place of its size naming it, and a text box in a
line of words as its words in a frame, where it sits in the line.

What the PDF cannot draw is reported, one Chinese line each (``notices``), as the Word export
reports what it cannot carry: the PDF never drops content silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPen

from app.docx.shape_figures import Placed
from app.model import InlineObject
from ui.print_shapes import put_figure

if TYPE_CHECKING:
    from ui.print_blocks import Block
    from ui.print_layout import Pager

NAMES = {"chart": "图表", "smartart": "SmartArt 图形", "ole": "嵌入对象", "shape": "图形",
         "image": "图片"}  # fmt: skip
FRAME_PT = 0.75  # a frame's line
PLACE_W_PT, PLACE_H_PT = 288.0, 144.0  # a chart's place when the file gives no size
LABEL_PT = 12.0


def notice(obj: InlineObject, where: str) -> str:
    """The line the export prints for an object it draws only as a framed place."""
    name = NAMES.get(obj.kind, "对象")
    return f"PDF 中未绘制{where or '文档中'}的{name}，请以 Word 文件为准。"


def put_object(pager: Pager, obj: InlineObject, where: str, figure: Placed | None = None) -> None:
    """``obj`` centred on whole grid lines under the line before: an OLE object's preview as a
    picture, a simple shape as its ``figure`` (:mod:`ui.print_shapes`), else (a chart,
    SmartArt, a preview Qt cannot read, another shape, a linked picture) a framed place of its
    size with its name, and a notice."""
    if figure is not None:
        put_figure(pager, figure)
        return
    image = QImage.fromData(obj.image or b"") if obj.image else QImage()
    if not image.isNull():
        pager.put_picture(obj)
        return
    pager.notices.append(notice(obj, where))
    geo = pager.geo
    placed = pager.place_block(obj.width_pt or PLACE_W_PT, obj.height_pt or PLACE_H_PT)
    if placed is None:
        return
    box, lines = placed
    painter = pager.painter
    painter.setPen(_pen(pager, "#808080", Qt.PenStyle.DashLine))
    painter.drawRect(box)
    font = geo.font(None, LABEL_PT)
    label = f"［{NAMES.get(obj.kind, '对象')}］"
    fm = QFontMetricsF(font, geo.device)
    painter.setFont(font)
    painter.setPen(QColor("#606060"))
    base = box.center().y() + (fm.ascent() - fm.descent()) / 2
    painter.drawText(QPointF(box.center().x() - fm.horizontalAdvance(label) / 2, base), label)
    painter.setPen(Qt.GlobalColor.black)
    pager.slot += lines
    pager.extra.append(label)


def frame_line(pager: Pager, b: Block, line, x: float, baseline: float) -> None:
    """Frames round the text boxes' words the laid-out ``line`` holds (its layout's origin at
    ``x``, its baseline at ``baseline``, device units); a box broken over lines is framed on
    each."""
    start, end = line.textStart(), line.textStart() + line.textLength()
    painter = pager.painter
    for at, length in b.frames:
        a, e = max(at, start), min(at + length, end)
        if a >= e:
            continue
        x0, x1 = line.cursorToX(a)[0], line.cursorToX(e)[0]
        pad = 0.15 * pager.geo.pitch
        top = baseline - line.ascent() - pad / 2
        painter.setPen(_pen(pager, "#000000", Qt.PenStyle.SolidLine))
        painter.drawRect(QRectF(x + x0, top, x1 - x0, line.ascent() + line.descent() + pad))
        painter.setPen(Qt.GlobalColor.black)


def _pen(pager: Pager, color: str, style: Qt.PenStyle) -> QPen:
    pen = QPen(QColor(color))
    pen.setWidthF(FRAME_PT * pager.geo.unit)
    pen.setStyle(style)
    return pen
