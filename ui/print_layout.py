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
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPaintEngine,
    QPainter,
    QPen,
    QRawFont,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from app.engine import Analysis
from app.model import CellRef, Document, InlineObject, ParaLook, Role, Table
from app.render_plan import Align as Layout
from app.render_plan import drawn_text, face_of, plan_document, roles_of, separator_rule
from app.writers.docx_masthead import masthead_looks
from ui.fonts import Face, resolve
from ui.print_tables import cell_size, place_table, top_cell
from ui.textpos import to_utf16

MM = 72 / 25.4  # points per millimetre
PAGE_W_MM, PAGE_H_MM = 210.0, 297.0
TOP_MM, BOTTOM_MM, LEFT_MM, RIGHT_MM = 37.0, 35.0, 28.0, 26.0
TEXT_W_MM = PAGE_W_MM - LEFT_MM - RIGHT_MM  # 156
TEXT_H_MM = PAGE_H_MM - TOP_MM - BOTTOM_MM  # 225
LINE_PITCH_PT = 28.95
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
BODY_PT, TITLE_PT, PAGE_NUMBER_PT = 16.0, 22.0, 14.0
CONDENSE_PT = -0.25
PAGE_NUMBER_GAP_MM = 7.0  # from the text area's lower edge to the dash line
RULE_UNDER_MM = 1.7  # a 3号 line's glyphs end ~2.3 mm above its grid line's foot: 4 mm under them
SONG_CANDIDATES = ["宋体", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN"]


def page_number_text(page: int) -> str:
    return f"— {page} —"


def song_family() -> str:
    available = set(QFontDatabase.families())
    return next((f for f in SONG_CANDIDATES if f in available), resolve(Face.FANGSONG).family)


@dataclass
class Block:
    """One written paragraph: its text, faces over ranges, and where it sits."""

    text: str
    role: Role
    face: Face
    size: float = BODY_PT
    ranges: list[tuple[int, int, Face | None, bool, bool, bool]] = field(default_factory=list)
    layout: Layout = Layout.INDENT
    first_indent: float = 2.0  # in characters
    right_indent: float = 0.0  # in characters
    left_indent: float = 0.0  # in characters: a nested list item's (app.render_lists)
    ragged: bool = False  # FLUSH set flush left, lines not justified (a cell the file sets left)
    blank_before: int = 0
    page_break_before: bool = False
    keep_with_next: bool = False
    balance: bool = True  # a centred block of several lines is balanced here
    pictures: list[InlineObject] = field(default_factory=list)  # a paragraph of pictures only
    # a red head's runs in their file's look (utf16 start, length, colour, size, width %, bold):
    # app.writers.docx_masthead decides which paragraphs keep it, for the Word export too
    looks: list[tuple[int, int, str | None, float | None, int | None, bool]] = field(
        default_factory=list)
    cell: CellRef | None = None  # in a table: the outermost table's cell holding it
    rule: tuple[float, str | None] | None = None  # a separator rule (app.render_plan)
    rule_below: tuple[float, str | None] | None = None  # the rule under a red head's 发文字号
    rule_above: tuple[float, str | None] | None = None  # the rule over a 版记


def blocks_of(doc: Document, analysis: Analysis, keep_junk: bool = False) -> list[Block]:
    """The paragraphs as the render plan lays them out (the Word export follows the same plan);
    a .docx template's red head in its file's look, as the Word export keeps it."""
    blocks = []
    masthead = masthead_looks(doc, roles_of(doc, analysis))
    for p in plan_document(doc, analysis, keep_junk=keep_junk):
        drawn, where = drawn_text(p)
        text = drawn.replace("\n", "\u2028").replace("\r", "\u200b")  # (same length)
        b = Block(text, p.role, p.face, p.size, layout=p.align, blank_before=int(p.blank_before),
                  page_break_before=p.page_break_before, keep_with_next=p.keep_with_next)
        b.first_indent = 2.0 if p.align is Layout.INDENT else 0.0
        b.right_indent = 2.0 if p.align is Layout.RIGHT else 0.0
        b.first_indent = p.first_indent if p.first_indent is not None else b.first_indent
        b.right_indent = p.right_indent if p.right_indent is not None else b.right_indent
        b.left_indent = p.left_indent
        b.balance = not p.breaks  # the plan broke a long title already
        b.rule = separator_rule(p)
        b.rule_below, b.rule_above = p.rule_below, p.rule_above
        b.ragged = p.boxed  # a text box's lines, as the Word export sets them flush left
        if p.cell is not None:
            b.cell = top_cell(doc.tables, p.cell)
            own = doc.paragraphs[p.index].look if p.index is not None else None
            # a cell's paragraph keeps the file's alignment (a .docx), else starts at the left
            # (justified as the Word export's "both", ragged when the file says left)
            b.layout = {"center": Layout.CENTER, "right": Layout.RIGHT}.get(
                own.align if own is not None else "", Layout.FLUSH)
            b.ragged = own is not None and own.align == "left"
            b.size = cell_size(own)
        if not text.strip():  # a figure paragraph: its pictures, centred (others: left out)
            b.pictures = [o for o in p.objects if o.kind == "image" and o.image]
        if p.run_in:
            end = to_utf16(text, where[p.run_in_end])
            b.ranges.append((0, end, face_of(p.role), False, False, False))
        spans = doc.paragraphs[p.index].spans if p.index is not None and p.text else []
        for s in spans:
            start = to_utf16(text, where[min(max(s.start, 0), len(p.text))])
            end = to_utf16(text, where[min(max(s.end, 0), len(p.text))])
            if end > start:
                b.ranges.append((start, end - start, None, s.bold, s.italic, s.underline))
        look = masthead.get(p.index) if p.index is not None else None
        if look is not None and look.text == p.text:
            _keep_look(b, look, text, where)
        blocks.append(b)
    return blocks


def _keep_look(b: Block, look: ParaLook, text: str, where: list[int]) -> None:
    """Give ``b`` the file's look of a red head: its alignment, no indent, and each run's
    colour, size, character width and bold (over the drawn text's UTF-16 offsets)."""
    b.layout = {"center": Layout.CENTER, "right": Layout.RIGHT}.get(look.align, Layout.FLUSH)
    b.first_indent = b.right_indent = 0.0
    b.face = Face.TITLE  # the 小标宋 of heads (a template's own font is rarely installed)
    n = len(where) - 1
    for a, e, run in look.runs:
        start = to_utf16(text, where[min(max(a, 0), n)])
        end = to_utf16(text, where[min(max(e, 0), n)])
        if end > start:
            b.looks.append((start, end - start, run.color, run.size_pt, run.scale,
                            bool(run.bold)))


class PageGeometry:
    """Millimetres and points of the GB/T 9704 page in the device's units."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.unit = device.logicalDpiY() / 72.0  # device units per point
        self.left = LEFT_MM * MM * self.unit
        self.top = TOP_MM * MM * self.unit
        self.width = TEXT_W_MM * MM * self.unit
        self.height = TEXT_H_MM * MM * self.unit
        self.pitch = LINE_PITCH_PT * self.unit
        self._fonts: dict[tuple, QFont] = {}

    def font(self, face: Face | None, size: float, bold=False, italic=False, under=False) -> QFont:
        key = (face, size, bold, italic, under)
        font = self._fonts.get(key)
        if font is None:
            if face is None:
                font = QFont(QFont(song_family()), self.device)
            else:
                sf = resolve(face)
                font = QFont(QFont(sf.family), self.device)
                bold = bold or sf.bold
            font.setPointSizeF(size)
            font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            font.setItalic(italic)
            font.setUnderline(under)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            font.setKerning(False)
            if face is not None:
                # -0.25 pt on a 16 pt character (AbsoluteSpacing would be in screen pixels)
                percent = 100.0 * (1.0 + CONDENSE_PT / BODY_PT)
                font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, percent)
            self._fonts[key] = font
        return font

    def fonts(self) -> list[QFont]:
        return list(self._fonts.values())


def _formats(geo: PageGeometry, b: Block) -> list[QTextLayout.FormatRange]:
    out = []
    for start, length, face, bold, italic, under in b.ranges:
        r = QTextLayout.FormatRange()
        r.start, r.length = start, length
        fmt = QTextCharFormat()
        fmt.setFont(geo.font(face or b.face, b.size, bold, italic, under))
        r.format = fmt
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
    if b.ranges or b.looks:
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


def stroke_pen(geo: PageGeometry, width_pt: float, color: str | None) -> QPen:
    """The pen of a line the file draws (a table border, a separator rule): its width in points
    (at least 0.25, so that a hairline prints) and colour (None: black)."""
    pen = QPen(QColor(color or "#000000"))
    pen.setWidthF(max(width_pt, 0.25) * geo.unit)
    return pen


class Pager:
    """Places lines on the 22-line grid, one page at a time, and numbers the pages."""

    def __init__(self, painter: QPainter, geo: PageGeometry, new_page: Callable[[], bool]) -> None:
        self.painter, self.geo, self._new_page = painter, geo, new_page
        self.page, self.slot = 1, 0
        self.number_font = geo.font(None, PAGE_NUMBER_PT)
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
        return LINES_PER_PAGE - self.slot

    def break_page(self) -> None:
        self.finish_page()
        self._new_page()
        self.page += 1
        self.slot = 0

    def skip(self, n: int = 1) -> None:
        for _ in range(n):
            if self.slot >= LINES_PER_PAGE:
                self.break_page()
            self.slot += 1

    def put(self, line, color: str | None = None, tall: bool = False) -> None:
        """Draw ``line`` on the next grid line; ``tall`` (a red head in its file's sizes):
        centred on as many grid lines as its type needs (a 36–42 pt line takes two).
        ``color``: the pen for the print preview's glyph runs, which carry no colour."""
        geo = self.geo
        lines = max(1, math.ceil(line.height() / geo.pitch - 0.05)) if tall else 1
        if self.slot >= LINES_PER_PAGE or (self.slot > 0 and self.room() < lines):
            self.break_page()
        if lines == 1:
            baseline = geo.top + self.slot * geo.pitch + self.baseline
        else:
            box = lines * geo.pitch
            baseline = geo.top + self.slot * geo.pitch + (box + line.ascent()
                                                          - line.descent()) / 2
        self.draw_line(line, geo.left, baseline, color)
        self.slot += min(lines, LINES_PER_PAGE)

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
        if self.slot >= LINES_PER_PAGE:
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
        geo = self.geo
        w = obj.width_pt or image.width() * 0.75  # (96 dpi)
        h = obj.height_pt or image.height() * 0.75
        width_pt, page_pt = geo.width / geo.unit, LINES_PER_PAGE * LINE_PITCH_PT
        scale = min(1.0, width_pt / w, page_pt / h) if w > 0 and h > 0 else 0.0
        if scale <= 0:
            return
        w, h = w * scale, h * scale
        lines = max(1, math.ceil(h / LINE_PITCH_PT - 1e-6))
        if self.slot > 0 and self.room() < lines:
            self.break_page()
        x = geo.left + (geo.width - w * geo.unit) / 2
        y = geo.top + self.slot * geo.pitch + (lines * geo.pitch - h * geo.unit) / 2
        self.painter.drawImage(QRectF(x, y, w * geo.unit, h * geo.unit), image)
        self.slot += lines

    def finish_page(self) -> None:
        geo, p = self.geo, self.painter
        text = page_number_text(self.page)
        fm = QFontMetricsF(self.number_font, geo.device)
        width = fm.horizontalAdvance(text)
        one = PAGE_NUMBER_PT * geo.unit  # one 4号 character
        if self.page % 2:
            x = geo.left + geo.width - one - width
        else:
            x = geo.left + one
        dash_y = geo.top + geo.height + PAGE_NUMBER_GAP_MM * MM * geo.unit
        raw = QRawFont.fromFont(self.number_font)  # (QFontMetricsF's tight box is too tall)
        dash = raw.boundingRect(raw.glyphIndexesForString("—")[0])
        baseline = dash_y - dash.center().y()
        p.setFont(self.number_font)
        p.drawText(QPointF(x, baseline), text)


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
        if pager.slot > 0 and pager.slot < LINES_PER_PAGE:  # a blank never opens a page
            pager.skip()
        return
    if b.pictures:
        for picture in b.pictures:
            pager.put_picture(picture)
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
        pager.put(line, color, bool(b.looks))
    if b.rule_below is not None and lines:
        pager.rule_under(*b.rule_below)


@dataclass
class Painted:
    pages: int
    fonts: list[QFont]  # every font drawn with (the PDF text-layer repair needs them)


def paint_pages(
    doc: Document, analysis: Analysis, device: QPagedPaintDevice,
    painter: QPainter | None = None,
) -> Painted:  # fmt: skip
    """Paint the report on ``device``, whose page is A4 with zero margins (a QPdfWriter with
    :func:`ui.pdf_export.a4_layout`, or a printer set up by :func:`ui.pdf_export.setup_printer`,
    which the print preview hands over too). ``painter``: one already begun on ``device``, for a
    caller that paints more on the same pages; None: begun and ended here."""
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
        pager = Pager(painter, geo, device.newPage)
        _place(pager, blocks_of(doc, analysis), doc.tables)
        pager.finish_page()
    finally:
        if own:
            painter.end()
    return Painted(pager.page, geo.fonts())
