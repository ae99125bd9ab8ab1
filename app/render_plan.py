"""The laid-out report, decided once: what the Word export and the Qt PDF/print both draw.

A GB/T 9704 page needs more than a style per role, and the two writers used to decide it twice
(and disagreed on blank lines before the first text). :func:`plan` decides everything that is not
a matter of the output format, and both writers only translate it:

- which paragraphs are written (JUNK left out unless ``keep_junk``; a blank never opens the
  document; the empty paragraphs the editor adds around tables are left out) and in which role;
- how each role looks (:data:`ROLE_FACE`, :data:`ROLE_ALIGN`, :data:`KEEP_WITH_NEXT`): the
  .docx styles (:mod:`app.writers.docx_styles`) and the Qt pages (:mod:`ui.print_layout`) read
  these tables;
- the layout extras of GB/T 9704-2012 7.3.3/7.3.5: a blank line under the title block and before
  the 附件说明 and 署名, the indent of further attachment items, the 署名/成文日期 right indents,
  the 附件 label on a new page;
- where a long title breaks: at word boundaries (回行时词意完整, :mod:`app.wordbreak`), in lines of
  balanced length (排列对称，长短适宜);
- the run-in heading sentence of a numbered paragraph ("一是……。" in the heading face).

Text stays as the model has it, so offsets (spans, comments, tracked changes) keep working;
the writers turn U+2028 and the planned title breaks into line breaks and draw or leave out each
U+FFFC's object (:func:`drawn_text` for a text layout engine), so no writer ever emits U+FFFC or
U+2028 as a character.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING

from app.model import (
    LINE_BREAK,
    OBJECT_CHAR,
    CellRef,
    Document,
    InlineObject,
    ParaLook,
    Role,
    Table,
)
from app.outline.head import head_box_text
from app.outline.lines import pictures_only
from app.outline.roles import is_attachment_label
from app.render_lines import BODY_PT as BODY_PT
from app.render_lines import CONDENSE_PT as CONDENSE_PT
from app.render_lines import TEXT_WIDTH_PT as TEXT_WIDTH_PT
from app.render_lines import TITLE_CHARS_PER_LINE as TITLE_CHARS_PER_LINE
from app.render_lines import TITLE_PT as TITLE_PT
from app.render_lines import text_width as text_width
from app.render_lines import title_breaks as title_breaks
from app.render_lists import list_nesting
from app.render_pages import file_rule as file_rule
from app.render_pages import page_breaks
from app.render_pages import starts_page as starts_page

if TYPE_CHECKING:
    from app.engine import Analysis
    from app.outline.types import Heading

LINE_PITCH = 579  # twips: exact 28.95 pt lines, 22 to the 225 mm text area
# 发文机关标志 (GB/T 9704-2012 7.2.4): red 小标宋, centred, its size left to the unit (醒目、美观、
# 庄重): 小初 as templates set it, smaller when the name would not fit one line, never below 2号.
MASTHEAD_PT, MASTHEAD_MIN_PT = 36.0, TITLE_PT
RED = "#FF0000"
# 版头中的分隔线 (7.2.7): a red rule the width of the text area, 4 mm under the 发文字号
HEAD_RULE: tuple[float, str | None] = (1.5, RED)


class Face(StrEnum):
    """The four faces of a GB/T 9704 report (each writer names its own fonts for them)."""

    TITLE = "title"  # 方正小标宋简体
    HEI = "hei"  # 黑体
    KAI = "kai"  # 楷体_GB2312
    FANGSONG = "fangsong"  # 仿宋_GB2312


class Align(IntEnum):
    INDENT = 0  # justified, first line two characters in: body, headings, attachment note
    CENTER = 1  # title, subtitle, 发文字号, chapter
    FLUSH = 2  # left, no indent: 主送机关, blank lines, the 附件 label
    RIGHT = 3  # 署名, 成文日期 (two characters from the right edge)


ROLE_FACE: dict[Role, Face] = {
    Role.TITLE: Face.TITLE,
    Role.MASTHEAD: Face.TITLE,
    Role.SUBTITLE: Face.KAI,
    Role.CHAPTER: Face.HEI,
    Role.HEADING_1: Face.HEI,
    Role.HEADING_2: Face.KAI,
}  # every other role: 仿宋
ROLE_ALIGN: dict[Role, Align] = {
    Role.TITLE: Align.CENTER,
    Role.MASTHEAD: Align.CENTER,
    Role.SUBTITLE: Align.CENTER,
    Role.DOC_NUMBER: Align.CENTER,
    Role.CHAPTER: Align.CENTER,
    Role.ADDRESSEE: Align.FLUSH,
    Role.BLANK: Align.FLUSH,
    Role.SIGNATURE: Align.RIGHT,
    Role.DATE: Align.RIGHT,
}  # every other role: INDENT
KEEP_WITH_NEXT = frozenset({Role.CHAPTER, Role.HEADING_1, Role.HEADING_2, Role.HEADING_3,
                            Role.HEADING_4})  # fmt: skip
LABEL_FACE, LABEL_ALIGN = Face.HEI, Align.FLUSH  # the "附件1" label, on a page of its own

_HEADINGS = {Role.HEADING_1, Role.HEADING_2, Role.HEADING_3, Role.HEADING_4}
_MARK_BEFORE = {Role.BODY, Role.ATTACHMENT, Role.CHAPTER, Role.ADDRESSEE} | _HEADINGS


def face_of(role: Role | None) -> Face:
    return ROLE_FACE.get(role, Face.FANGSONG) if role else Face.FANGSONG


def align_of(role: Role | None) -> Align:
    return ROLE_ALIGN.get(role, Align.INDENT) if role else Align.INDENT


def masthead_size(text: str) -> float:
    """The point size of a 发文机关标志 line: :data:`MASTHEAD_PT`, or the half point below it at
    which ``text`` fits the text area's width (not below :data:`MASTHEAD_MIN_PT`)."""
    width = text_width(text.strip())
    if width <= 0:
        return MASTHEAD_PT
    fit = math.floor(TEXT_WIDTH_PT / width * 2) / 2
    return max(MASTHEAD_MIN_PT, min(MASTHEAD_PT, fit))


@dataclass(frozen=True)
class Source:
    """One paragraph offered to the plan: ``key`` is the caller's own (its position in its list),
    ``index`` the paragraph's index in the document (None: a paragraph only in a tracked
    original)."""

    key: int
    index: int | None
    role: Role
    text: str
    virtual: bool = False
    cell: CellRef | None = None
    objects: tuple[InlineObject, ...] = ()
    new_page: bool = False  # the file starts a page here (:func:`starts_page`)
    rule: tuple[float, str | None] | None = None  # the file's rule under it (:func:`file_rule`)
    nest: float = 0.0  # a nested list item: characters further in (app.render_lists)


@dataclass
class Planned:
    """One written paragraph and everything about how it is laid out."""

    key: int
    index: int | None
    role: Role
    text: str  # as in the model ("" for BLANK): offsets into it stay valid
    face: Face
    align: Align
    size: float = BODY_PT
    label: bool = False  # the 附件 label: 黑体, flush left, on a new page
    run_in: bool = False  # a numbered heading sentence that runs into its body text
    run_in_end: int = 0  # [0, run_in_end) is the heading sentence, in the heading's face
    blank_before: bool = False  # one empty grid line before (28.95 pt)
    first_indent: float | None = None  # characters; None: the role's own
    right_indent: float | None = None  # characters; None: the role's own
    left_indent: float = 0.0  # characters: a nested list item's (app.render_lists)
    page_break_before: bool = False
    keep_with_next: bool = False
    rule_below: tuple[float, str | None] | None = None  # (width pt, colour) of a rule under it
    breaks: tuple[int, ...] = ()  # offsets where the layout breaks the line (a long title)
    cell: CellRef | None = None
    objects: tuple[InlineObject, ...] = field(default_factory=tuple)
    # the 发文机关标志 a template draws in a text box: ``text`` is the box's words (the model's
    # paragraph holds only the objects), written as the line's own text
    boxed: bool = False
    rule_above: tuple[float, str | None] | None = None  # (width pt, colour) of a rule over it


def roles_of(doc: Document, analysis: Analysis) -> list[Role]:
    """One role per paragraph: the analysis', else the paragraph's own, else BODY."""
    roles = [r or Role.BODY for r in analysis.roles[: len(doc.paragraphs)]]
    return roles + [p.role or Role.BODY for p in doc.paragraphs[len(roles) :]]


def sources_of(doc: Document, analysis: Analysis) -> list[Source]:
    roles = roles_of(doc, analysis)
    nest = list_nesting(doc.paragraphs)
    return [Source(i, i, roles[i], p.text, p.virtual, p.cell, tuple(p.objects),
                   starts_page(doc.paragraphs, i), file_rule(p), nest.get(i, 0.0))
            for i, p in enumerate(doc.paragraphs)]  # fmt: skip


def plan(
    sources: Sequence[Source], headings: dict[int, Heading] | None = None, *,
    keep_junk: bool = False,
) -> list[Planned]:  # fmt: skip
    """The written paragraphs of ``sources``, laid out. ``headings``: by paragraph index (the
    analysis' headings); ``keep_junk``: write everything, JUNK and leading blanks included."""
    headings = headings or {}
    out: list[Planned] = []
    for s in sources:
        if s.role is Role.JUNK and not keep_junk:
            continue
        if s.role is Role.BLANK and not out and not keep_junk:
            continue  # a blank never opens the document (often left around removed junk)
        if s.virtual and not s.text:
            continue  # a block the editor needs around a table, not a paragraph of the report
        text = "" if s.role is Role.BLANK else s.text
        out.append(_planned(s, text, headings.get(s.index) if s.index is not None else None))
    _add_extras(out)
    return out


def plan_document(doc: Document, analysis: Analysis, *, keep_junk: bool = False) -> list[Planned]:
    """:func:`plan` of every paragraph of ``doc`` as ``analysis`` sees it."""
    headings = {h.index: h for h in analysis.headings}
    return plan(sources_of(doc, analysis), headings, keep_junk=keep_junk)


def _planned(s: Source, text: str, heading: Heading | None) -> Planned:
    size = (TITLE_PT if s.role is Role.TITLE
            else masthead_size(text) if s.role is Role.MASTHEAD else BODY_PT)  # fmt: skip
    p = Planned(s.key, s.index, s.role, text, face_of(s.role), align_of(s.role), size,
                cell=s.cell, objects=s.objects)
    p.keep_with_next = s.role in KEEP_WITH_NEXT and s.cell is None
    p.page_break_before = s.new_page
    if s.rule is not None:  # drawn as the separator line a line shape would be
        p.objects = (InlineObject("shape", width_pt=TEXT_WIDTH_PT, height_pt=0.0, stroke=s.rule),)
    if s.nest and s.role is Role.BODY:
        p.left_indent = s.nest
    if s.cell is not None and p.align is Align.INDENT:
        p.first_indent = 0.0  # a table cell is too narrow for the two-character indent
    if s.role is Role.ATTACHMENT and is_attachment_label(text):
        p.label, p.face, p.align, p.page_break_before = True, LABEL_FACE, LABEL_ALIGN, True
    if heading is not None and heading.run_in and s.role.heading_level is not None:
        p.run_in, p.run_in_end = True, min(max(heading.title_end, 0), len(text))
        p.face, p.keep_with_next = Face.FANGSONG, False  # the paragraph is body text
    if s.role is Role.TITLE:
        p.breaks = title_breaks(text)
    if s.role is Role.MASTHEAD and pictures_only(text) and head_box_text(s.objects):
        _unbox(p)
    elif s.cell is None and pictures_only(text) and head_box_text(s.objects) \
            and not any(o.kind == "image" for o in s.objects):
        _box_words(p)
    return p


# 版记 (GB/T 9704 7.4): 抄送机关 and 印发机关和印发日期, which templates draw in a text box at the
# foot of the last page (cn08)
_IMPRINT = re.compile(r"^抄\s*送|印\s*发$")
IMPRINT_PT = 14.0  # 4号 仿宋
IMPRINT_RULE: tuple[float, str | None] = (1.0, None)  # first and last rule: 0.35 mm


def _box_words(p: Planned) -> None:
    """The words of the text boxes of a line holding no words of its own, printed as its lines
    (an object neither export draws would take them away: a cover page or a 版记 drawn in text
    boxes, en14, cn08), flush left. A 版记 in 4号, the 印发机关 one character in, between the
    rules over its first and under its last line."""
    lines = [line.strip() for o in p.objects if o.kind == "textbox" for line in o.text.split("\n")]
    p.text, p.boxed, p.objects = LINE_BREAK.join(line for line in lines if line), True, ()
    p.align, p.first_indent = Align.FLUSH, 0.0
    if _IMPRINT.search(p.text.replace(LINE_BREAK, "")):
        p.size, p.first_indent = IMPRINT_PT, 1.0
        p.rule_above = p.rule_below = IMPRINT_RULE


def _unbox(p: Planned) -> None:
    """A 发文机关标志 in a text box (Word templates, cn07/cn08) printed as the line's text, so
    neither export loses it (an object they cannot draw is left out); a separator line drawn
    beside it in the same paragraph becomes the rule under it."""
    lines = [o.stroke for o in p.objects if is_rule(o)]
    p.text, p.boxed = head_box_text(p.objects), True
    p.size, p.objects = masthead_size(p.text), ()
    if lines:
        p.rule_below = lines[0]


def _add_extras(out: list[Planned]) -> None:
    """Blank lines, attachment indents and 署名/成文日期 placement (GB/T 9704 7.3.3, 7.3.5)."""
    page_breaks(out)
    prev: Role | None = None
    for k, p in enumerate(out):
        role, text = p.role, p.text
        if role is Role.ATTACHMENT and not p.label:
            if prev in _MARK_BEFORE - {Role.ATTACHMENT}:
                p.blank_before = True
            elif prev is Role.ATTACHMENT and not text.lstrip().startswith("附件"):
                # further items align with the "1." after "附件：" (GB/T 9704 7.3.5.1)
                p.first_indent = 2 + text_width("附件：")
        if prev in (Role.TITLE, Role.SUBTITLE) and role in _MARK_BEFORE:
            p.blank_before = True  # 标题下空一行 (GB/T 9704 7.3.3)
        if role is Role.SIGNATURE and prev in _MARK_BEFORE:
            p.blank_before = True
        if role is Role.DATE and prev is Role.SIGNATURE:
            # 成文日期 starts two characters right of the 署名 start; if it is longer, the date
            # keeps two characters from the right edge and the 署名 moves left (GB/T 9704 7.3.5.2).
            sig, date = text_width(out[k - 1].text.strip()), text_width(text.strip())
            if sig - date >= 2:
                out[k - 1].right_indent, p.right_indent = 2.0, sig - date
            else:
                out[k - 1].right_indent, p.right_indent = 4 + date - sig, 2.0
        prev = role
    _head_rule(out)


def _head_rule(out: list[Planned]) -> None:
    """The red rule under the 发文字号 of a red head (GB/T 9704 7.2.7) when the document has a
    发文机关标志 and draws no rule of its own there: the next paragraph with anything in it is
    not a separator line (:func:`separator_rule`), a picture or a table's cell, and the 发文字号
    itself holds no drawing (a template anchors its line shape there)."""
    masthead = False
    for k, p in enumerate(out):
        if p.role is Role.MASTHEAD:
            masthead = True
        elif p.role is Role.DOC_NUMBER and masthead:
            if p.cell is None and OBJECT_CHAR not in p.text and not _drawn_below(out, k + 1):
                p.rule_below = HEAD_RULE
            return
        elif masthead and p.role not in (Role.BLANK, Role.JUNK):
            return  # a 发文机关标志 with no 发文字号 under it: no rule is placed


def _drawn_below(out: list[Planned], k: int) -> bool:
    """Whether one of the first two paragraphs from ``k`` on with anything in it, above the
    title, is the file's own rule (a line shape), a picture or a table's cell: the red head
    draws its separator itself (a 纪要 draws it under its organ-and-date line)."""
    seen = 0
    for p in out[k:]:
        if p.role is Role.BLANK or (not p.text.strip() and not p.objects and p.cell is None):
            continue
        if p.role is Role.TITLE or seen == 2:
            return False
        if p.cell is not None or bool(p.objects) or separator_rule(p) is not None:
            return True
        seen += 1
    return False


# --- the text a layout engine draws ---------------------------------------------------------


def separator_rule(p: Planned) -> tuple[float, str | None] | None:
    """The stroke (width pt, colour) of the rule a paragraph holding only a horizontal line
    shape of at least half the text width draws: a red head's separator (GB/T 9704 7.2.5, 版头中
    的分隔线), which WPS and Word templates draw as a line shape anchored to an empty paragraph.
    Both writers draw it as a rule across the text area; None for any other paragraph."""
    if p.text.replace(OBJECT_CHAR, "").strip():
        return None
    # (an empty text box beside the line, as Word templates anchor one there, draws nothing)
    drawn = [o for o in p.objects if o.kind != "textbox" or o.text.strip()]
    if len(drawn) != 1 or not is_rule(drawn[0]):
        return None
    return drawn[0].stroke


def is_rule(o: InlineObject) -> bool:
    """A horizontal line shape at least half the text width wide: a separator rule."""
    return (o.stroke is not None and o.width_pt is not None and o.width_pt >= TEXT_WIDTH_PT / 2
            and (o.height_pt or 0.0) <= 3.0)


def drawn_text(p: Planned, marks: Sequence[str] = ()) -> tuple[str, list[int]]:
    """``p.text`` as a string for a text layout engine: every break as U+2028 (Qt's line
    separator), objects left out, except that the k-th object is drawn as ``marks[k]`` when
    given (a note's number). Also returns, for each offset of ``p.text`` and its end, the
    offset in the drawn string, so formatting ranges can be carried over."""
    breaks = set(p.breaks)
    out: list[str] = []
    where: list[int] = []
    objects = 0
    for k, ch in enumerate(p.text):
        if k in breaks:
            out.append(LINE_BREAK)
        where.append(len(out))
        if ch != OBJECT_CHAR:
            out.append(ch)
        else:
            if objects < len(marks):
                out.extend(marks[objects])
            objects += 1
    where.append(len(out))
    return "".join(out), where


# Both exports, the Word file (app/writers/docx_tables.py) and the PDF (ui/print_tables.py), set a
# table as its file does: its grid's column widths and its cells' own type size.
def cell_pt(look: ParaLook | None) -> float | None:
    """A table cell paragraph's type size from its file: its first run's, when that is between
    7 and 22 pt (tables are often set in 五号 or 小四, smaller than the body), else None (the
    export's own size)."""
    size = look.runs[0][2].size_pt if look is not None and look.runs else None
    return size if size is not None and 7.0 <= size <= 22.0 else None


def file_grid(table: Table, cols: int) -> list[float] | None:
    """The file's grid column widths (w:tblGrid, :attr:`app.model.TableLook.col_widths_pt`) when
    it gives one for ``cols`` columns, to be scaled to the text width; else None (equal
    columns: a table made here, or a grid that does not fit)."""
    found = list(table.look.col_widths_pt) if table.look is not None else []
    if len(found) != cols or sum(found) <= 0 or min(found) < 0:
        return None
    return found
