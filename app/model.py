"""The document model every reader fills and every writer, rule and view consumes.

A report is a list of paragraphs (one per line for .txt, one per w:p in body order for .docx).
Positions used everywhere are (paragraph index, character offset) with Python code-point offsets;
the 1-based "line:column" that users see is derived from them in one place
(:attr:`app.findings.Finding.line` / ``column`` and :func:`app.findings.edit_json`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from enum import StrEnum

from app.ignores import IgnoreList

_ids = itertools.count(1)

OBJECT_CHAR = "\ufffc"
"""Stands in a paragraph's text for one inline object (image, text box, shape, chart, note
reference, page break …): the editor shows the object there and rules skip it. A writer that
patches the original file (Document.source) puts the object back as it was; a file built anew
(the Word and PDF exports) goes through :mod:`app.render_plan`, which never writes the character
itself: an object it cannot draw is left out. Paragraph.objects holds one :class:`InlineObject`
per occurrence, in order."""

LINE_BREAK = "\u2028"
"""A manual line break inside a paragraph (Word's w:br, Shift+Enter, a text file's \\x0b): Qt's own
line separator, so the editor shows it as a break and the text keeps one character for it."""


def new_id() -> int:
    """A process-wide unique id. A paragraph or comment keeps its id for as long as the object
    lives; whether an edit in the window keeps the paragraph object (and so its id) is up to the
    editor's mapping of blocks to paragraphs (ui/), which comment anchors and tracked changes
    rely on."""
    return next(_ids)


class Role(StrEnum):
    """What a paragraph is in the GB/T 9704 layout; writers pick the style from it."""

    TITLE = "title"
    SUBTITLE = "subtitle"  # "——2024年3月5日在……会议上", author line under a title
    DOC_NUMBER = "doc_number"  # 发文字号 "国发〔2019〕4号"
    ADDRESSEE = "addressee"  # 主送机关, ends with "："
    CHAPTER = "chapter"  # 第X章 / 第X节 / 第X部分
    HEADING_1 = "heading1"  # 一、
    HEADING_2 = "heading2"  # （一）
    HEADING_3 = "heading3"  # 1.
    HEADING_4 = "heading4"  # （1）
    BODY = "body"
    ATTACHMENT = "attachment"  # 附件说明 "附件：1. XXX" or the "附件1" label
    SIGNATURE = "signature"  # 署名
    DATE = "date"  # 成文日期
    JUNK = "junk"  # text that is not part of the report (site boilerplate)
    BLANK = "blank"
    # 发文机关标志 (GB/T 9704 7.2.4): the organ's name (+ 文件) above the 发文字号 of a red head;
    # red 小标宋, centred. Last, so that the window's role indexes of older members stay put.
    MASTHEAD = "masthead"

    @property
    def heading_level(self) -> int | None:
        """1–4 for the four GB/T 9704 heading roles, None otherwise."""
        return _HEADING_LEVELS.get(self)

    @staticmethod
    def for_heading_level(level: int) -> Role:
        return _LEVEL_ROLES[level]


_HEADING_LEVELS = {Role.HEADING_1: 1, Role.HEADING_2: 2, Role.HEADING_3: 3, Role.HEADING_4: 4}
_LEVEL_ROLES = {v: k for k, v in _HEADING_LEVELS.items()}


@dataclass
class Span:
    """Inline formatting over [start, end) of one paragraph's text."""

    start: int
    end: int
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True)
class RunLook:
    """How a run of a .docx paragraph looks in the file, resolved through its character style,
    the paragraph style chain and the document defaults (:mod:`app.readers.docx_look`). The
    editor shows it; nothing writes it back (the file keeps its own formatting), so it is not a
    :class:`Span`. None: the file does not say, the editor's face for the role shows.

    ``bold`` is bold that comes from the paragraph style or the defaults only: bold set on the
    run itself or by its character style is a :class:`Span` already (it is edited and saved).
    """

    color: str | None = None  # "#RRGGBB"; None for "auto" (black) or unsaid
    size_pt: float | None = None
    bold: bool | None = None
    font: str | None = None  # the East-Asian font name the file asks for ("仿宋_GB2312")
    scale: int | None = None  # character width in percent (w:w; a red head's 66 %)
    background: str | None = None  # "#RRGGBB" of a highlight (w:highlight) or shading (w:shd)


@dataclass(frozen=True)
class ParaLook:
    """How a .docx paragraph is laid out in the file (alignment, indents, spacing) and its runs'
    looks over [start, end) of the text the reader made (``text``: once the paragraph's text
    differs, the run looks no longer fit it and are not used). Read-only, like :class:`RunLook`.

    ``align``: "left", "center", "right" or "justify" (Word's both/distribute). Indents and
    spacing in points; a first-line indent in characters (``first_chars``, Word's
    firstLineChars/hangingChars, negative for hanging) wins over the one in points. The page
    breaks the paragraph's properties make (``page_before``, ``page_after``) are the exports'
    (:func:`app.render_plan.starts_page`)."""

    align: str = "left"
    first_pt: float = 0.0
    first_chars: float | None = None
    left_pt: float = 0.0
    left_chars: float | None = None
    right_pt: float = 0.0
    right_chars: float | None = None
    before_pt: float = 0.0
    after_pt: float = 0.0
    runs: tuple[tuple[int, int, RunLook], ...] = ()
    text: str = ""
    page_before: bool = False  # w:pageBreakBefore: the paragraph starts a page
    rule_pt: float = 0.0  # a rule the file draws under it (w:pBdr/w:bottom): its width, pt
    rule_color: str | None = None  # and colour ("#RRGGBB"; None: auto, black)
    page_after: bool = False  # it ends a section whose next one starts on a new page


@dataclass(frozen=True)
class Border:
    """One side of a table cell as the file draws it."""

    width_pt: float
    color: str | None = None  # "#RRGGBB"; None: auto (black)


@dataclass
class TableLook:
    """A .docx table's borders as the file has them: per cell (row, col of its top-left grid
    position) the (top, right, bottom, left) sides, None where no line is drawn. A cell not
    listed has no border at all. ``shading``: cell backgrounds (w:tcPr/w:shd fill)."""

    cells: dict[tuple[int, int], tuple[Border | None, ...]] = field(default_factory=dict)
    shading: dict[tuple[int, int], str] = field(default_factory=dict)
    # the grid's column widths in points (w:tblGrid), for a writer that draws the table itself
    # (the PDF); empty when the file gives none
    col_widths_pt: tuple[float, ...] = ()


@dataclass
class InlineObject:
    """Something inside a paragraph that is not text; it sits at an :data:`OBJECT_CHAR`.

    ``kind``: "image", "textbox", "shape", "chart", "smartart", "ole", "equation",
    "footnote", "endnote", "pagebreak", "columnbreak", "field" or "other". ``label`` is what
    the editor shows for objects it cannot draw (Chinese, short: "文本框", "脚注 1"); ``text`` is
    the object's own text (a text box's paragraphs joined with "\\n", a note's text) so that
    checks can read it. ``image``: encoded picture bytes (PNG/JPEG/GIF/BMP…) for kind "image",
    with its size on the page in points when known.
    """

    kind: str
    label: str = ""
    text: str = ""
    image: bytes | None = None
    width_pt: float | None = None
    height_pt: float | None = None
    # a straight line shape (a red head's separator rule): its stroke (width pt, "#RRGGBB" or
    # None for black); None for every other object
    stroke: tuple[float, str | None] | None = None


@dataclass(frozen=True)
class CellRef:
    """Where a paragraph sits when it is inside a table cell (row/column of the cell's
    top-left grid position; a merged cell is one cell)."""

    table_id: int
    row: int
    col: int


@dataclass
class TableCell:
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1


@dataclass
class Table:
    """A table: its grid and cells. Its paragraphs are in Document.paragraphs, contiguous, in
    row-major cell order (a nested table's paragraphs sit inside its cell's run), each with
    ``cell`` set. ``parent`` is the cell holding a nested table."""

    rows: int
    cols: int
    cells: list[TableCell] = field(default_factory=list)
    parent: CellRef | None = None
    id: int = field(default_factory=new_id)
    look: TableLook | None = None  # .docx: its borders in the file (None: the editor's grid)


@dataclass
class SidePart:
    """Text the report holds outside its body: a header, footer, footnote, endnote or the
    text of a text box/shape. Shown beside the body and checked; saved as it was.

    ``kind``: "header", "footer", "footnote", "endnote", "textbox". ``label``: Chinese, for the
    pane ("页眉（首页）", "脚注 3", "文本框 2").
    """

    kind: str
    label: str
    paragraphs: list[str] = field(default_factory=list)


REVISION_KINDS = (
    "ins", "del", "moveTo", "moveFrom", "format", "para_ins", "para_del", "para_props",
)  # fmt: skip


@dataclass
class Revision:
    """A tracked change (修订) in one paragraph, as Word records it.

    The paragraph's text stays the *final* view (what accepting everything gives), so rules,
    offsets and the save diff never see deleted text. An insertion / moveTo / format change
    covers [start, end) of that text; a deletion / moveFrom is a point (start == end) that
    carries the text it removed in ``text``. Paragraph-mark changes sit at the end of the text:
    "para_ins" (the paragraph was split here), "para_del" (it joins the next one when
    accepted) and "para_props" (its style, numbering or layout changed; ``text`` says from
    what). ``ref`` tells the revision operations which XML element it is (opaque elsewhere).
    """

    kind: str  # one of REVISION_KINDS
    author: str
    date: str  # ISO 8601 as the file has it ("" when absent)
    start: int
    end: int
    text: str = ""
    ref: int = -1
    id: int = field(default_factory=new_id)


@dataclass
class Paragraph:
    """One paragraph. ``role`` is None until the outline parser (or a .docx style) decides it.

    ``role_fixed`` marks a role the user or the file chose explicitly (a Word heading style, the
    editor's role chooser); the parser keeps it instead of guessing from the text.
    """

    text: str
    role: Role | None = None
    role_fixed: bool = False
    spans: list[Span] = field(default_factory=list)
    id: int = field(default_factory=new_id)
    # For .docx: length of a prefix of ``text`` rendered from Word auto-numbering (not typed text).
    auto_number_len: int = 0
    objects: list[InlineObject] = field(default_factory=list)  # one per OBJECT_CHAR in text
    cell: CellRef | None = None  # inside a table cell
    # An empty paragraph that exists only because the editor needs a block there (Qt puts one
    # before a table that starts the document or a cell, and between adjacent tables). Writers
    # leave it out while it stays empty; typing into it makes it a real paragraph.
    virtual: bool = False
    revisions: list[Revision] = field(default_factory=list)  # tracked changes, in text order
    look: ParaLook | None = None  # .docx: how the file shows it (None: the house look by role)


@dataclass(frozen=True)
class Position:
    """A point in the document: paragraph id (stable across edits) and code-point offset."""

    paragraph_id: int
    offset: int


@dataclass
class Comment:
    """A review comment (Word comment) anchored on [start, end); replies point at their parent."""

    text: str
    author: str
    initials: str = ""
    date: str = ""  # ISO 8601, UTC ("2026-11-25T09:30:00Z")
    start: Position | None = None  # None for replies (they share the parent's anchor) and orphans
    end: Position | None = None
    resolved: bool = False
    parent_id: int | None = None
    id: int = field(default_factory=new_id)
    rule: str | None = None  # set when the comment was made from a finding (转为批注)


@dataclass
class Document:
    """A report: paragraphs in order, the comments hung on them, where it came from."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    path: str | None = None
    source_format: str = "txt"  # "txt" or "docx"
    properties: dict[str, str] = field(default_factory=dict)  # title, author, … for writers
    tables: dict[int, Table] = field(default_factory=dict)  # by Table.id
    side_parts: list[SidePart] = field(default_factory=list)
    # What the reader kept of the file so that Save can write back everything it did not edit
    # (for .docx the opened package and each paragraph's original XML, keyed by paragraph id;
    # for text its encoding, BOM and line ends). Opaque here: only its reader/writer pair reads it.
    source: object | None = None
    ignores: IgnoreList = field(default_factory=IgnoreList)  # 忽略 / 全部忽略 / rules turned off
    # 修订 switch: edits are recorded as revisions (Word's w:trackRevisions in settings.xml)
    track_revisions: bool = False

    @classmethod
    def from_lines(cls, lines: list[str], path: str | None = None) -> Document:
        return cls(paragraphs=[Paragraph(text=line) for line in lines], path=path)

    @property
    def texts(self) -> list[str]:
        return [p.text for p in self.paragraphs]

    def plain_text(self) -> str:
        return "\n".join(self.texts)
