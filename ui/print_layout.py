"""The report as GB/T 9704 pages, painted with QPainter on any paged device: PDF, printer, preview.

The page (docs/REFERENCE.md §2): A4, margins top 37 / bottom 35 / left 28 / right 26 mm, a text
area of 156 × 225 mm holding 22 lines of 28 characters. Every line sits on the line grid (pitch
28.95 pt, as the Word export); characters are condensed by 0.25 pt so 28 fit a line, as in the
Word export. Body 仿宋 16 pt with a two-character first-line indent, title 小标宋 22 pt centred,
headings 黑体 / 楷体 / 仿宋, 署名 and 成文日期 as the Word export places them
(:func:`app.layout.layout_extras` decides the extra blank lines and right indents, so the
PDF and the .docx agree). Page numbers "— N —" in 宋体 14 pt, the dash line 7 mm below the text
area, odd pages right one character in, even pages left one character in.

Lines are laid out with QTextLayout (Qt's shaping, line breaking and 禁则 for CJK punctuation) and
painted one page at a time, so memory does not grow with the report. Screen faces come from
:mod:`ui.fonts` (the settings' choices or the fallbacks); the PDF embeds what the machine has.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPaintEngine,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from app.engine import Analysis
from app.model import Document, InlineObject, Role, Table
from app.render_plan import Align as Layout
from app.writers.docx_headfoot import OwnHeadFoot, own_head_foot
from ui.fonts import Face
from ui.print_blocks import Block, blocks_of
from ui.print_headfoot import HEADFOOT_PT, HeadFootLines, needs_total, slots_over
from ui.print_notes import NOTE_PT, FootNotes, Note, flow_notes, raised
from ui.print_objects import notice, put_object
from ui.print_page import (
    BODY_PT,
    CONDENSE_PT,
    LINE_PITCH_PT,
    LINES_PER_PAGE,
    MM,
    PAGE_NUMBER_GAP_MM,
    PAGE_NUMBER_PT,
    RULE_UNDER_MM,
    PageGeometry,
    page_number_text,
    stroke_pen,
)
from ui.print_shapes import decorate
from ui.print_tables import place_table


def _formats(geo: PageGeometry, b: Block) -> list[QTextLayout.FormatRange]:
    out = []
    for start, length, face, bold, italic, under in b.ranges:
        r = QTextLayout.FormatRange()
        r.start, r.length = start, length
        fmt = QTextCharFormat()
        fmt.setFont(geo.font(face or b.face, b.size, bold, italic, under))
        r.format = fmt
        out.append(r)
    for note in b.notes:
        r = QTextLayout.FormatRange()
        r.start, r.length = note.at, note.length
        r.format = raised(geo.font(b.face, b.size))
        out.append(r)
    if not b.looks:
        return out
    bold_at = {k for start, length, _f, bold, _i, _u in b.ranges if bold
               for k in range(start, start + length)}  # (the run's own bold, a span)
    for start, length, color, size, scale, bold in b.looks:
        r = QTextLayout.FormatRange()
        r.start, r.length = start, length
        fmt = QTextCharFormat()
        font = QFont(geo.font(b.face, size or b.size, bold or start in bold_at))
        if scale and scale != 100:
            font.setStretch(max(1, min(4000, scale)))
        fmt.setFont(font)
        if color:
            fmt.setForeground(QColor(color))
        r.format = fmt
        out.append(r)
    return out


def _lines(geo: PageGeometry, b: Block) -> tuple[QTextLayout, list]:
    """``b`` broken into lines. A centred paragraph (title, subtitle, chapter) of several lines is
    balanced (GB/T 9704 7.3.3: 梯形 or 菱形, not a full line over a short one): the narrowest
    width giving the same line count."""
    layout, lines = _break(geo, b, geo.width)
    if b.layout is Layout.CENTER and b.balance and len(lines) > 1:
        total = sum(line.naturalTextWidth() for line in lines)
        step = (BODY_PT + CONDENSE_PT) * geo.unit / 2
        width = total / len(lines)
        while width < geo.width:
            trial, trial_lines = _break(geo, b, width)
            if len(trial_lines) == len(lines):
                return trial, trial_lines
            width += step
    return layout, lines


def break_block(geo: PageGeometry, b: Block, width: float) -> tuple[QTextLayout, list]:
    """``b`` broken into lines of ``width`` (device units), set from x = 0: a table cell's."""
    return _break(geo, b, width, width)


def _break(geo: PageGeometry, b: Block, width: float,
           frame: float | None = None) -> tuple[QTextLayout, list]:
    """``b`` in lines of ``width``, centred in ``frame`` (default: the text area's width)."""
    layout = QTextLayout(b.text, geo.font(b.face, b.size), geo.device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    align = {
        Layout.CENTER: Qt.AlignmentFlag.AlignHCenter,
        Layout.RIGHT: Qt.AlignmentFlag.AlignRight,
    }.get(b.layout, Qt.AlignmentFlag.AlignLeft if b.ragged else Qt.AlignmentFlag.AlignJustify)
    option.setAlignment(align)
    layout.setTextOption(option)
    if b.ranges or b.looks or b.notes:
        layout.setFormats(_formats(geo, b))
    char = (BODY_PT + CONDENSE_PT) * geo.unit
    first, right, left = b.first_indent * char, b.right_indent * char, b.left_indent * char
    side = ((geo.width if frame is None else frame) - width) / 2  # a balanced title: centred
    lines: list[QTextLine] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        indent = left + (first if not lines else 0.0)
        line.setLineWidth(max(char, width - indent - right))
        line.setPosition(QPointF(side + indent, 0.0))
        lines.append(line)
    layout.endLayout()
    return layout, lines



class Pager:
    """Places lines on the 22-line grid, one page at a time, and numbers the pages."""

    def __init__(self, painter: QPainter, geo: PageGeometry, new_page: Callable[[], bool],
                 own: OwnHeadFoot | None = None, total: int | None = None) -> None:  # fmt: skip
        self.painter, self.geo, self._new_page = painter, geo, new_page
        self.page, self.slot = 1, 0
        self.notices: list[str] = []  # what the pages could not draw (ui.print_objects)
        self.extra: list[str] = []  # text drawn besides the paragraphs' (objects' labels)
        self.number_font = geo.font(None, PAGE_NUMBER_PT)
        self.foot = FootNotes(geo.font(None, NOTE_PT), geo.device, geo.unit, geo.pitch,
                              geo.width, LINES_PER_PAGE)  # fmt: skip
        # the original's own header and footer lines (ui.print_headfoot); a tall footer takes
        # grid lines from the body of its pages
        self.heads = (HeadFootLines(own, geo.font(None, HEADFOOT_PT), geo, total)
                      if own is not None and own.parts else None)  # fmt: skip
        self.footer_slots = 0
        self._start_page()
        # Print preview records each page as a QPicture, which stores a line's text and lays it
        # out again when the page is shown, with screen metrics: the last character of a full
        # line then wraps onto the next line (the overlapping characters of page 2). Glyph runs
        # are replayed at the positions laid out here.
        engine = painter.paintEngine()
        self.as_glyphs = engine is not None and engine.type() is QPaintEngine.Type.Picture
        self.set_face(Face.FANGSONG, BODY_PT)

    def set_face(self, face: Face, size: float) -> None:
        """Baselines sit where this face's box is centred in the grid line (all lines of a
        page share the grid whatever face a run uses)."""
        fm = QFontMetricsF(self.geo.font(face, size), self.geo.device)
        self.baseline = (self.geo.pitch + fm.ascent() - fm.descent()) / 2

    def room(self) -> int:
        """Grid lines left for the body on this page (the footnotes' and footer's taken)."""
        return LINES_PER_PAGE - self.footer_slots - self.foot.slots - self.slot

    def break_page(self) -> None:
        self.finish_page()
        self._new_page()
        self.page += 1
        self.slot = 0
        self._start_page()
        self.foot.next_page()

    def _start_page(self) -> None:
        if self.heads is not None:
            geo = self.geo
            below = self._number_top() - (geo.top + geo.height)
            self.footer_slots = slots_over(self.heads.footer_height(self.page), below, geo.pitch)
            self.footer_slots = min(self.footer_slots, LINES_PER_PAGE // 2)
        self.foot.page_lines = LINES_PER_PAGE - self.footer_slots

    def _number_baseline(self) -> float:
        geo = self.geo
        dash_y = geo.top + geo.height + PAGE_NUMBER_GAP_MM * MM * geo.unit
        raw = QRawFont.fromFont(self.number_font)  # (QFontMetricsF's tight box is too tall)
        dash = raw.boundingRect(raw.glyphIndexesForString("—")[0])
        return dash_y - dash.center().y()

    def _number_top(self) -> float:
        """The top of the page number's digits (device units)."""
        raw = QRawFont.fromFont(self.number_font)
        return self._number_baseline() + raw.boundingRect(raw.glyphIndexesForString("1")[0]).top()

    def skip(self, n: int = 1) -> None:
        for _ in range(n):
            if self.room() <= 0:
                self.break_page()
            self.slot += 1

    def put(self, line, color: str | None = None, tall: bool = False,
            notes: list[Note] | None = None) -> float:  # fmt: skip
        """Draw ``line`` on the next grid line; ``tall`` (a red head in its file's sizes):
        centred on as many grid lines as its type needs (a 36–42 pt line takes two).
        ``color``: the pen for the print preview's glyph runs, which carry no colour.
        ``notes``: the footnotes marked in the line, set at the foot of its page. Returns the
        baseline it was drawn on (device units)."""
        geo = self.geo
        lines = max(1, math.ceil(line.height() / geo.pitch - 0.05)) if tall else 1
        feet = self.foot.lay_out(notes) if notes else []
        if feet and self.slot > 0 and (
                self.foot.page_lines - self.foot.slots_with(feet) - self.slot < lines):
            self.break_page()  # the line goes where its notes fit under it
        if self.room() <= 0 or (self.slot > 0 and self.room() < lines):
            self.break_page()
        if feet:
            self.foot.add(feet, self.slot + lines)
        if lines == 1:
            baseline = geo.top + self.slot * geo.pitch + self.baseline
        else:
            box = lines * geo.pitch
            baseline = geo.top + self.slot * geo.pitch + (box + line.ascent()
                                                          - line.descent()) / 2
        self.draw_line(line, geo.left, baseline, color)
        self.slot += min(lines, LINES_PER_PAGE)
        return baseline

    def draw_line(self, line, x: float, baseline: float, color: str | None = None) -> None:
        """Draw a laid-out line with its layout's origin at ``x`` and its baseline at
        ``baseline`` (device units)."""
        where = QPointF(x, baseline - line.ascent())
        if self.as_glyphs:
            if color:
                self.painter.setPen(QColor(color))
            for run in line.glyphRuns():
                self.painter.drawGlyphRun(where, run)
            if color:
                self.painter.setPen(Qt.GlobalColor.black)
        else:
            line.draw(self.painter, where)

    def put_rule(self, width_pt: float, color: str | None) -> None:
        """A rule across the text area in the middle of the next grid line (a red head's
        separator line)."""
        if self.room() <= 0:
            self.break_page()
        geo = self.geo
        y = geo.top + (self.slot + 0.5) * geo.pitch
        self.painter.setPen(stroke_pen(geo, width_pt, color))
        self.painter.drawLine(QPointF(geo.left, y), QPointF(geo.left + geo.width, y))
        self.painter.setPen(Qt.GlobalColor.black)
        self.slot += 1

    def rule_over(self, width_pt: float, color: str | None) -> None:
        """A rule across the text area at the top of the next grid line (over a 版记's first
        line); it takes no grid line."""
        geo = self.geo
        y = geo.top + self.slot * geo.pitch
        self.painter.setPen(stroke_pen(geo, width_pt, color))
        self.painter.drawLine(QPointF(geo.left, y), QPointF(geo.left + geo.width, y))
        self.painter.setPen(Qt.GlobalColor.black)

    def rule_under(self, width_pt: float, color: str | None) -> None:
        """A rule across the text area just under the line put last (a red head's rule under
        its 发文字号, 4 mm below the glyphs: GB/T 9704 7.2.7); it takes no grid line."""
        geo = self.geo
        y = geo.top + self.slot * geo.pitch + RULE_UNDER_MM * MM * geo.unit
        self.painter.setPen(stroke_pen(geo, width_pt, color))
        self.painter.drawLine(QPointF(geo.left, y), QPointF(geo.left + geo.width, y))
        self.painter.setPen(Qt.GlobalColor.black)

    def put_picture(self, obj: InlineObject) -> None:
        """A picture centred on whole grid lines (scaled to the text width, and to a page)."""
        image = QImage.fromData(obj.image or b"")
        if image.isNull():
            return  # not a format Qt reads: left out, as the render plan allows
        w = obj.width_pt or image.width() * 0.75  # (96 dpi)
        h = obj.height_pt or image.height() * 0.75
        placed = self.place_block(w, h)
        if placed is None:
            return
        box, lines = placed
        self.painter.drawImage(box, image)
        self.slot += lines

    def place_block(self, w: float, h: float) -> tuple[QRectF, int] | None:
        """Where a block of ``w`` × ``h`` pt goes: scaled to the text width and to a page,
        centred on whole grid lines under the line put last (on the next page when they do not
        fit); its box (device units) and how many lines it takes, which the caller adds to
        ``slot`` once it has drawn it. None for a block of no size."""
        geo = self.geo
        width_pt, page_pt = geo.width / geo.unit, LINES_PER_PAGE * LINE_PITCH_PT
        scale = min(1.0, width_pt / w, page_pt / h) if w > 0 and h > 0 else 0.0
        if scale <= 0:
            return None
        w, h = w * scale, h * scale
        lines = max(1, math.ceil(h / LINE_PITCH_PT - 1e-6))
        if self.slot > 0 and self.room() < lines:
            self.break_page()
        x = geo.left + (geo.width - w * geo.unit) / 2
        y = geo.top + self.slot * geo.pitch + (lines * geo.pitch - h * geo.unit) / 2
        return QRectF(x, y, w * geo.unit, h * geo.unit), lines

    def finish_page(self) -> None:
        geo, p = self.geo, self.painter
        self.foot.draw(p, self.draw_line, geo.left, geo.top)
        if self.heads is not None:
            self.heads.draw(self.page, self.draw_line, geo.left, self._number_top(), p)
            if self.heads.numbers_pages(self.page):
                return  # the file's own footer line numbers the page
        text = page_number_text(self.page)
        fm = QFontMetricsF(self.number_font, geo.device)
        width = fm.horizontalAdvance(text)
        one = PAGE_NUMBER_PT * geo.unit  # one 4号 character
        if self.page % 2:
            x = geo.left + geo.width - one - width
        else:
            x = geo.left + one
        p.setFont(self.number_font)
        p.drawText(QPointF(x, self._number_baseline()), text)


def _place(pager: Pager, blocks: list[Block], tables: dict[int, Table]) -> None:
    """Every block on the pages; the blocks of a table's cells as the table (ui.print_tables)."""
    k = 0
    while k < len(blocks):
        tid = _table_of(blocks[k])
        if tid is not None and tid in tables:
            end = k
            while end < len(blocks) and _table_of(blocks[end]) == tid:
                end += 1
            pager.set_face(Face.FANGSONG, BODY_PT)
            if place_table(pager, tables[tid], blocks[k:end]):
                notes = [n for b in blocks[k:end] for n in b.notes if n.kind == "footnote"]
                if notes:  # at the foot of the page where the table ends
                    pager.foot.add(pager.foot.lay_out(notes), pager.slot)
                pager.notices += [notice(o, b.where) for b in blocks[k:end]  # (not in cells)
                                  for o in b.after + b.pictures if not o.image or o.kind != "image"]
                k = end
                continue
            for cell_block in blocks[k:end]:
                cell_block.cell = None  # too tall for a page: its cells as paragraphs
        _place_block(pager, blocks, k)
        k += 1


def _table_of(b: Block) -> int | None:
    return b.cell.table_id if b.cell is not None else None


def _place_block(pager: Pager, blocks: list[Block], k: int) -> None:
    geo = pager.geo
    b = blocks[k]
    if b.page_break_before and pager.slot > 0:
        pager.break_page()
    if b.blank_before and pager.slot > 0:
        pager.skip(b.blank_before)
    if b.rule is not None:
        pager.put_rule(*b.rule)
        return
    _layout, lines = _lines(geo, b)  # the layout must outlive its lines
    pager.set_face(Face.TITLE if b.role is Role.TITLE else Face.FANGSONG, b.size)
    if b.role is Role.BLANK:
        if pager.slot > 0 and pager.room() > 0:  # a blank never opens a page
            pager.skip()
        return
    if b.pictures:
        for picture in b.pictures:
            if picture.kind == "image" and picture.image:
                pager.put_picture(picture)
            else:
                put_object(pager, picture, b.where, b.figures.get(id(picture)))
        return
    if b.keep_with_next and k + 1 < len(blocks):  # Word's keepLines + keepNext
        need = len(lines) + 1 + blocks[k + 1].blank_before
        if pager.slot > 0 and pager.room() < need <= LINES_PER_PAGE:
            pager.break_page()
    color = next((look[2] for look in b.looks if look[2]), None)
    if b.rule_above is not None and lines:
        if pager.room() < len(lines):
            pager.break_page()
        pager.rule_over(*b.rule_above)
    for line in lines:
        start = line.textStart()
        notes = [n for n in b.notes if n.kind == "footnote"
                 and start <= n.at < start + max(line.textLength(), 1)]  # fmt: skip
        baseline = pager.put(line, color, bool(b.looks), notes)
        decorate(pager, b, line, geo.left, baseline)  # text boxes' frames, floating shapes
    if b.rule_below is not None and lines:
        pager.rule_under(*b.rule_below)
    for obj in b.after:
        put_object(pager, obj, b.where, b.figures.get(id(obj)))


@dataclass
class Painted:
    pages: int
    fonts: list[QFont]  # every font drawn with (the PDF text-layer repair needs them)
    extra: str = ""  # text drawn besides the paragraphs' (notes, header and footer lines)
    notices: list[str] | None = None  # objects drawn only as a framed place, one line each


def paint_pages(
    doc: Document, analysis: Analysis, device: QPagedPaintDevice,
    painter: QPainter | None = None, total: int | None = None,
) -> Painted:  # fmt: skip
    """Paint the report on ``device``, whose page is A4 with zero margins (a QPdfWriter with
    :func:`ui.pdf_export.a4_layout`, or a printer set up by :func:`ui.pdf_export.setup_printer`,
    which the print preview hands over too). ``painter``: one already begun on ``device``, for a
    caller that paints more on the same pages; None: begun and ended here. ``total``: the
    number of pages, for a kept footer that shows it (None: counted here when one does)."""
    heads = own_head_foot(doc)  # (read from the original once, for the count too)
    if total is None and needs_total(heads):
        total = _count_pages(doc, analysis, device, heads)
    return _paint(doc, analysis, device, painter, heads, total)


def _paint(doc: Document, analysis: Analysis, device: QPagedPaintDevice,
           painter: QPainter | None, heads: OwnHeadFoot, total: int | None) -> Painted:
    geo = PageGeometry(device)
    own = painter is None
    if painter is None:
        painter = QPainter()
        if not painter.begin(device):
            from app.errors import WriteError
            from app.i18n import tr as pick

            raise WriteError(pick("无法开始绘制页面（输出设备不可用）",
                                  "Cannot start drawing the pages (output device unavailable)"))
    try:
        painter.setPen(Qt.GlobalColor.black)
        pager = Pager(painter, geo, device.newPage, heads, total)
        blocks = blocks_of(doc, analysis)
        _place(pager, blocks, doc.tables)
        flow_notes(pager, [n for b in blocks for n in b.notes if n.kind == "endnote"])
        while pager.foot.runs_over():  # a note longer than its page's foot: pages of notes
            pager.break_page()
        pager.finish_page()
    finally:
        if own:
            painter.end()
    extra = [n.text for b in blocks for n in b.notes]
    extra += [line.text for lines in heads.parts.values() for line in lines]
    extra += pager.extra + [b.text[a:a + n] for b in blocks for a, n in b.frames]
    return Painted(pager.page, geo.fonts(), "\n".join(extra), pager.notices)


def _count_pages(doc: Document, analysis: Analysis, device: QPagedPaintDevice,
                 heads: OwnHeadFoot) -> int:
    """The pages the report takes on ``device``'s page, painted into a PDF in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    scratch = QPdfWriter(buffer)
    scratch.setResolution(device.logicalDpiY())
    scratch.setPageLayout(device.pageLayout())
    return _paint(doc, analysis, scratch, None, heads, 0).pages
