"""The report as blocks to paint: each planned paragraph's drawn text, faces over ranges, its
place in the layout, its pictures, a red head's look and its notes' marks.

The render plan (:mod:`app.render_plan`) decides the layout for both exports; this turns its
paragraphs into what :mod:`ui.print_layout` breaks into lines and places on the pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.docx.shape_figures import Placed
from app.engine import Analysis
from app.model import OBJECT_CHAR, CellRef, Document, InlineObject, ParaLook, Role
from app.render_plan import Align as Layout
from app.render_plan import drawn_text, face_of, plan_document, roles_of, separator_rule
from app.writers.docx_masthead import masthead_looks
from ui.fonts import Face
from ui.print_notes import NOTE_KINDS, Note, NoteCounter
from ui.print_page import BODY_PT
from ui.print_shapes import ShapeReader
from ui.print_tables import cell_size, top_cell
from ui.textpos import to_utf16


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
    notes: list[Note] = field(default_factory=list)  # the notes marked in it (ui.print_notes)
    # text boxes in the line, drawn in its flow as their words in a frame (utf16 start, length)
    frames: list[tuple[int, int]] = field(default_factory=list)
    # OLE previews, charts and SmartArt of a line of words, drawn under its lines (ui.print_objects)
    after: list[InlineObject] = field(default_factory=list)
    where: str = ""  # "第 N 段": for the notice of an object the PDF cannot draw
    floating: list[Placed] = field(default_factory=list)  # shapes by its first line
    figures: dict[int, Placed] = field(default_factory=dict)  # id(object) → its shape's figure


def blocks_of(doc: Document, analysis: Analysis, keep_junk: bool = False) -> list[Block]:
    """The paragraphs as the render plan lays them out (the Word export follows the same plan);
    a .docx template's red head in its file's look, as the Word export keeps it."""
    blocks = []
    masthead = masthead_looks(doc, roles_of(doc, analysis))
    counter = NoteCounter()
    shapes = ShapeReader(doc)
    for p in plan_document(doc, analysis, keep_junk=keep_junk):
        notes = _notes_of(p.objects, p.text, counter)
        marks = [n.mark if n else box_words(o) for n, o in zip(notes, p.objects, strict=False)]
        drawn, where = drawn_text(p, marks)
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
        b.where = f"第 {p.index + 1} 段" if p.index is not None else ""
        if not text.strip():  # a figure paragraph: its pictures, centred (others: left out)
            b.pictures = [o for o in p.objects if (o.kind == "image" and o.image) or drawn_below(o)]
        else:
            b.after = [o for o in p.objects if drawn_below(o)]
        shapes.sort(b, list(p.objects), not text.strip())  # (ui.print_shapes)
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
        at = [k for k, ch in enumerate(p.text) if ch == OBJECT_CHAR]
        for k, note in zip(at, notes, strict=False):
            if note is not None:
                note.at, note.length = to_utf16(text, where[k]), len(note.mark)
                b.notes.append(note)
        for k, mark in zip(at, marks, strict=False):
            if mark and (k + 1 >= len(where) or where[k + 1] - where[k] == len(mark)):
                start = to_utf16(text, where[k])
                b.frames.append((start, to_utf16(text, where[k] + len(mark)) - start))
        blocks.append(b)
    return blocks


def box_words(o: InlineObject) -> str:
    """What a text box in a line of words draws in its frame: its lines, one space apart, with
    a space of room inside the frame on either side ("" for any other object, an empty box)."""
    if o.kind != "textbox":
        return ""
    words = " ".join(" ".join(line.split()) for line in o.text.splitlines() if line.strip())
    return f" {words} " if words else ""


def drawn_below(o: InlineObject) -> bool:
    """An object drawn as a figure of its own (ui.print_objects): an OLE object's preview, or
    the framed place of a chart or SmartArt (the file holds no picture of them)."""
    return o.kind in ("ole", "chart", "smartart")


def _notes_of(objects, text: str, counter: NoteCounter) -> list[Note | None]:
    """One entry per object of a planned paragraph: its note (numbered here), or None."""
    if text.count(OBJECT_CHAR) != len(objects):  # (a plan that rewrote the text: no marks)
        return []
    return [Note(counter.mark(o.kind), o.kind, o.text) if o.kind in NOTE_KINDS else None
            for o in objects]  # fmt: skip


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
