"""The GB/T 9704 page in numbers, and those numbers in a paged device's units.

Shared by the painted pages (:mod:`ui.print_layout`), their blocks (:mod:`ui.print_blocks`),
tables (:mod:`ui.print_tables`) and notes (:mod:`ui.print_notes`): A4, margins top 37 / bottom
35 / left 28 / right 26 mm, a text area of 156 × 225 mm holding 22 lines of 28 characters on a
28.95 pt grid (docs/REFERENCE.md §2).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPagedPaintDevice, QPen

from ui.fonts import Face, resolve

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


def stroke_pen(geo: PageGeometry, width_pt: float, color: str | None) -> QPen:
    """The pen of a line the file draws (a table border, a separator rule): its width in points
    (at least 0.25, so that a hairline prints) and colour (None: black)."""
    pen = QPen(QColor(color or "#000000"))
    pen.setWidthF(max(width_pt, 0.25) * geo.unit)
    return pen
