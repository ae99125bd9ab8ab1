"""Shapes of the Word file on the painted pages (PDF, print preview): a line (with its
arrowheads), a rectangle, a rounded rectangle, an ellipse, a horizontal rule, in their stroke
and fill (:mod:`app.docx.shape_figures` reads them), drawn as QPainter paths where the file puts
them: a shape in the line as a figure under its line (or in its own paragraph's place), a
floating shape at its offset from the text column and its paragraph's first line; in a table
cell by the table's scale, as the Word export places it (:mod:`app.writers.docx_fit`).

A shape that is not one of these (a group, a canvas, a block arrow, a theme colour) keeps the
framed place of its size and a notice (:func:`ui.print_objects.put_object`); a picture linked
to a file outside the package (never fetched) likewise. The pages used to leave all of them out
without a word.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from app.docx.shape_figures import Figure, Placed, is_invisible, read_shape
from app.docx.source_atoms import SourceAtoms
from app.model import Document, InlineObject
from app.render_plan import is_rule
from app.writers.docx_fit import CellFit, ratio

if TYPE_CHECKING:
    from ui.print_blocks import Block
    from ui.print_layout import Pager

ARROW = 3.0  # an arrowhead's length and half width, in line widths (Word's "medium")
DOT_PT = 1.0  # a picture without bytes this small is WPS's empty dot: nothing to draw


class ShapeReader:
    """The figures of ``doc``'s shapes, read from the file it was opened from."""

    def __init__(self, doc: Document) -> None:
        from app.docx.package import DocxSource

        self.atoms = SourceAtoms(doc.source if isinstance(doc.source, DocxSource) else None)

    def sort(self, b: Block, objects: list[InlineObject], own_line: bool) -> None:
        """Give ``b`` its shapes: floating ones to draw by its first line, ones in the line as
        figures (``own_line``: the paragraph holds no words: in its place, else under its
        line); a shape or linked picture that cannot be drawn as a framed place."""
        for obj in objects:
            if not _shape_like(obj):
                continue
            atom = self.atoms.atom(obj)
            placed = read_shape(atom.el) if atom is not None and atom.kind == "object" else None
            if placed is None and obj.kind == "image" and (obj.width_pt or 0) <= DOT_PT \
                    and (obj.height_pt or 0) <= DOT_PT:  # fmt: skip
                continue
            if placed is not None and is_invisible(placed):
                continue
            if placed is not None and placed.floating:
                ruled = b.rule is not None or b.rule_above is not None or b.rule_below is not None
                if not (ruled and b.cell is None and is_rule(obj)):  # (the block's own rule)
                    b.floating.append(placed)
                continue
            if placed is not None:
                b.figures[id(obj)] = placed
            (b.pictures if own_line else b.after).append(obj)


def _shape_like(obj: InlineObject) -> bool:
    """A shape without text, or a picture without bytes (linked, a WPS line or dot)."""
    return obj.kind == "shape" or (obj.kind == "image" and not obj.image)


def figure_size(placed: Placed, text_width_pt: float) -> tuple[float, float]:
    """The box a figure in the line takes (pt): a rule across the text width."""
    f = placed.figure
    width = text_width_pt if f.rule else f.w
    return max(width, f.stroke[0] if f.stroke else 0.0), max(f.h, f.stroke[0] if f.stroke
                                                                 else 0.0)


def draw_figure(painter: QPainter, f: Figure, box: QRectF, unit: float) -> None:
    """``f`` in ``box`` (device units; ``unit``: device units per point)."""
    pen = QPen(Qt.PenStyle.NoPen)
    if f.stroke is not None:
        pen = QPen(QColor(f.stroke[1]))
        pen.setWidthF(max(f.stroke[0], 0.25) * unit)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.setBrush(QBrush(QColor(f.fill)) if f.fill else Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    if f.kind == "line":
        a, b = ((box.topRight(), box.bottomLeft()) if f.flip
                else (box.topLeft(), box.bottomRight()))  # fmt: skip
        path.moveTo(a)
        path.lineTo(b)
        painter.drawPath(path)
        width = (f.stroke[0] if f.stroke else 0.75) * unit
        painter.setBrush(QBrush(pen.color()))
        painter.setPen(Qt.PenStyle.NoPen)
        ends = ([(b, a)] if f.tail else []) + ([(a, b)] if f.head else [])
        for tip, back in ends:
            painter.drawPath(_arrowhead(tip, back, width))
    else:
        if f.kind == "rect":
            path.addRect(box)
        elif f.kind == "roundRect":  # Word's default corner: a sixth of the shorter side
            r = min(box.width(), box.height()) / 6
            path.addRoundedRect(box, r, r)
        else:
            path.addEllipse(box)
        painter.drawPath(path)
    painter.setPen(Qt.GlobalColor.black)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _arrowhead(tip: QPointF, back: QPointF, width: float) -> QPainterPath:
    dx, dy = tip.x() - back.x(), tip.y() - back.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    size = ARROW * max(width, 0.75)
    base = QPointF(tip.x() - ux * size, tip.y() - uy * size)
    path = QPainterPath(tip)
    half = size * 0.75
    path.lineTo(base.x() - uy * half, base.y() + ux * half)
    path.lineTo(base.x() + uy * half, base.y() - ux * half)
    path.closeSubpath()
    return path


def put_figure(pager: Pager, placed: Placed) -> None:
    """A figure in the line: centred on whole grid lines under the line put last, as a
    picture (a rule across the text width)."""
    geo = pager.geo
    w, h = figure_size(placed, geo.width / geo.unit)
    where = pager.place_block(w, h)
    if where is None:
        return
    box, lines = where
    if placed.figure.rule:
        box = QRectF(geo.left, box.top(), geo.width, box.height())
    draw_figure(pager.painter, placed.figure, box, geo.unit)
    pager.slot += lines


def draw_floating(pager: Pager, shapes: list[Placed], left: float, top: float,
                  fit: CellFit | None = None, cell_left: float = 0.0) -> None:
    """Floating ``shapes`` of a paragraph whose first line's top is ``top`` (device units), the
    text column's left ``left``; in a table cell (``fit``, ``cell_left``: the cell's text left),
    by the table's scale, as the Word export places them."""
    unit = pager.geo.unit
    for placed in shapes:
        f = placed.figure
        scale = 1.0
        x0 = cell_left if fit is not None and placed.in_cell else left
        if fit is not None:
            scale = ratio(fit, placed.in_cell, placed.x, f.w)
        box = QRectF(x0 + placed.x * scale * unit, top + placed.y * unit, f.w * scale * unit,
                     f.h * scale * unit)  # fmt: skip
        draw_figure(pager.painter, f, box, unit)


def decorate(pager: Pager, b: Block, line, x: float, baseline: float) -> None:
    """What a laid-out line of ``b`` carries besides its words: the frames of its text boxes
    (:func:`ui.print_objects.frame_line`) and, by the paragraph's first line, its floating
    shapes."""
    from ui.print_objects import frame_line

    if b.frames:
        frame_line(pager, b, line, x, baseline)
    if b.floating and line.textStart() == 0:
        draw_floating(pager, b.floating, x, baseline - pager.baseline)
