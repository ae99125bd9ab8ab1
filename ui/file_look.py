"""A .docx paragraph and table on screen as its file shows them (the look the reader resolved:
:mod:`app.readers.docx_look`), instead of the house GB/T 9704 look text files get.

What is shown: alignment, first-line/left/right indents, space before/after; per run the colour,
size, bold from the paragraph style, character width (w:w) and the East-Asian font when the
machine has it (or a face of ours that stands in for it: 仿宋_GB2312 on Linux is the 仿宋 face's
fallback), highlight and shading; table borders and cell shading. What is not: line spacing
(the editor's 140 % stays), character spacing, italic/underline from styles, paragraph borders
and shading. The look is drawn into the document's formats
while it is built; nothing reads it back (Save keeps the file's own formatting,
:mod:`ui.paragraph_sync` reads bold/italic/underline only), so editing never changes the file's
look.

Bold from a paragraph style is drawn at weight :data:`STYLE_BOLD`, just under the 600 from which
the editor reads a fragment as bold: it is not the run's own bold, and must not become a span
(the patcher would write w:b onto the runs, the Word export would make the text bold).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontDatabase,
    QGuiApplication,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
    QTextTableFormat,
)

from app.model import OBJECT_CHAR, Border, ParaLook, Role, RunLook, TableLook
from app.render_plan import face_of
from ui.fonts import Face, ScreenFace, resolve
from ui.styling import FILE_LOOK_PROPERTY, set_or_clear
from ui.textpos import to_utf16

STYLE_BOLD = 599  # drawn bold (the nearest face is the semibold/bold one), read back as not bold
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
    "justify": Qt.AlignmentFlag.AlignJustify,
}
# A Windows/WPS font the machine lacks → the house face whose fallback has its shape.
_STAND_INS = (
    ("小标宋", Face.TITLE), ("仿宋", Face.FANGSONG), ("FangSong", Face.FANGSONG),
    ("楷体", Face.KAI), ("KaiTi", Face.KAI), ("黑体", Face.HEI), ("SimHei", Face.HEI),
    ("雅黑", Face.HEI), ("YaHei", Face.HEI), ("宋体", Face.FANGSONG), ("SimSun", Face.FANGSONG),
)  # fmt: skip
_SOLID = QTextFrameFormat.BorderStyle.BorderStyle_Solid


def _px_per_pt() -> float:
    """Document units per point: the document has no paint device (ui.styling.fast_relayout),
    so Qt lays it out at the screen's logical DPI."""
    screen = QGuiApplication.primaryScreen()
    return (screen.logicalDotsPerInchY() if screen is not None else 96.0) / 72.0


class FileLook:
    """Draws file looks into one document being built (caches per load: formats per run look,
    screen families per font name)."""

    def __init__(self) -> None:  # (nothing asked of Qt here: a text file never uses it)
        self._px: float | None = None
        self._families: set[str] | None = None
        self._fonts: dict[str, ScreenFace | None] = {}
        self._formats: dict[tuple[RunLook, Face], QTextCharFormat] = {}

    @property
    def px(self) -> float:
        if self._px is None:
            self._px = _px_per_pt()
        return self._px

    # --- paragraphs -----------------------------------------------------------------------------
    def block_format(self, base: QTextBlockFormat, look: ParaLook) -> QTextBlockFormat:
        """``base`` laid out as the file lays the paragraph out (line height kept)."""
        fmt = QTextBlockFormat(base)
        fmt.setAlignment(_ALIGN.get(look.align, Qt.AlignmentFlag.AlignLeft))
        em = (look.runs[0][2].size_pt if look.runs else None) or 10.5  # Word's "character"
        first = look.first_chars * em if look.first_chars is not None else look.first_pt
        left = look.left_chars * em if look.left_chars is not None else look.left_pt
        right = look.right_chars * em if look.right_chars is not None else look.right_pt
        # Word's hanging indent pulls the first line back into the left indent: Qt the same
        fmt.setTextIndent(first * self.px)
        set_or_clear(fmt, QTextFormat.Property.BlockLeftMargin, max(left, 0.0) * self.px)
        set_or_clear(fmt, QTextFormat.Property.BlockRightMargin, max(right, 0.0) * self.px)
        set_or_clear(fmt, QTextFormat.Property.BlockTopMargin, look.before_pt * self.px)
        set_or_clear(fmt, QTextFormat.Property.BlockBottomMargin, look.after_pt * self.px)
        fmt.setProperty(FILE_LOOK_PROPERTY, 1)  # (ints: PySide mis-counts bool properties)
        return fmt

    def draw_runs(self, block: QTextBlock, text: str, look: ParaLook, role: Role | None) -> None:
        """Give the runs of ``block`` (holding ``text``) their looks; nothing when the text is
        no longer the one the looks were read for. A font the machine lacks (and has no stand-in
        for) is drawn in the face of the paragraph's ``role``."""
        if look.text != text or not look.runs:
            return
        cursor = QTextCursor(block)
        at = block.position()
        for start, end, run in look.runs:
            fmt = self._format(run, face_of(role))
            piece = text[start:end]
            if OBJECT_CHAR in piece:  # an object keeps its own format: only the text around it
                ranges, k = [], start
                for part in piece.split(OBJECT_CHAR):
                    if part:
                        ranges.append((k, k + len(part)))
                    k += len(part) + 1
            else:
                ranges = [(start, end)]
            for a, b in ranges:
                cursor.setPosition(at + to_utf16(text, a))
                cursor.setPosition(at + to_utf16(text, b), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)

    def _format(self, run: RunLook, face: Face) -> QTextCharFormat:
        try:
            return self._formats[(run, face)]
        except KeyError:
            pass
        fmt = QTextCharFormat()
        if run.color is not None:
            fmt.setForeground(QColor(run.color))
        if run.size_pt is not None:
            fmt.setFontPointSize(run.size_pt)
        if run.scale is not None:
            fmt.setFontStretch(run.scale)
        if run.background is not None:
            fmt.setBackground(QColor(run.background))
        screen = (self.family(run.font) if run.font else None) or resolve(face)
        fmt.setFontFamilies([screen.family])
        if run.bold or screen.bold:  # (a stand-in that imitates a heavy face is drawn bold)
            fmt.setFontWeight(STYLE_BOLD)
        self._formats[(run, face)] = fmt
        return fmt

    def family(self, name: str) -> ScreenFace | None:
        """The screen family for the file's font ``name``: itself when installed, else the
        fallback of the house face of that shape; None (the role's face then) for others."""
        if name in self._fonts:
            return self._fonts[name]
        if self._families is None:
            self._families = set(QFontDatabase.families())
        screen = ScreenFace(name, False, True) if name in self._families else None
        if screen is None:
            face = next((f for key, f in _STAND_INS if key.lower() in name.lower()), None)
            screen = resolve(face) if face is not None else None
        self._fonts[name] = screen
        return screen

    # --- tables ---------------------------------------------------------------------------------
    @staticmethod
    def table_format(fmt: QTextTableFormat) -> None:
        """No grid of ours: the cells draw the borders the file has."""
        fmt.setBorder(0)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)

    def draw_borders(self, table: QTextTable, look: TableLook) -> None:
        """The borders and cell backgrounds of ``look`` on ``table``."""
        for (row, col), fill in look.shading.items():
            cell = table.cellAt(row, col)
            if cell.isValid():
                fmt = cell.format()
                fmt.setBackground(QColor(fill))
                cell.setFormat(fmt)
        for (row, col), sides in look.cells.items():
            cell = table.cellAt(row, col)
            if not cell.isValid():
                continue
            fmt = cell.format().toTableCellFormat()
            for border, name in zip(sides, ("Top", "Right", "Bottom", "Left"), strict=False):
                if border is not None:
                    self._side(fmt, name, border)
            cell.setFormat(fmt)

    def _side(self, fmt: QTextCharFormat, name: str, border: Border) -> None:
        getattr(fmt, f"set{name}Border")(max(border.width_pt * self.px, 1.0))
        getattr(fmt, f"set{name}BorderStyle")(_SOLID)
        getattr(fmt, f"set{name}BorderBrush")(QBrush(QColor(border.color or "#000000")))
