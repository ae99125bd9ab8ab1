"""Bring a copy of the opened document.xml in line with the model, touching only what changed.

- A paragraph whose text, spans, objects and fixed role are as the reader handed them out is not
  touched at all (its XML stays exactly as it was).
- An edited paragraph is patched in place (:mod:`.patch`). Word auto-numbering stays
  auto-numbering while its rendered prefix is untouched or only counted again
  (:mod:`.renumber_view`: such a paragraph is not touched at all); when the user edits inside
  the prefix, the paragraph's numbering is switched off (w:numId 0) and the prefix as typed
  becomes text.
- A fixed role that changed sets the heading style the document already uses for that level, or
  w:outlineLvl (body text: outline level 9 and no heading style).
- A new paragraph (id unknown to the file) takes its neighbour's w:pPr (without w:sectPr, w:numPr
  and revision marks) and the first run's w:rPr, and goes into its container: the body, or the
  table cell of Paragraph.cell, after the previous paragraph of that container. Empty ``virtual``
  paragraphs are not written.
- A deleted paragraph's w:sectPr moves to the previous paragraph that stays (else the next; when
  that one ends a section itself, the two sections join); a cell never
  ends up without a w:p (nor ending with a table); a table whose paragraphs are all gone and that
  is gone from Document.tables is removed. Its bookmark and permission marks whose other end
  stays are handed on to a neighbour (:mod:`.range_marks`).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from lxml import etree

from app.docx.atoms import W_P, W_PPR, W_VAL, RunFormat, W
from app.docx.blocks import W_TBL, W_TC
from app.docx.body_changes import (
    content_changed,
    number_typed_into,
    renumbered_only,
    role_changed,
    stable_ids,
)
from app.docx.controls import EditWatch, outside_single, override_snapshot, settle_override
from app.docx.data_binding import BoundEdit
from app.docx.new_paragraph import first_rpr, new_ppr, numbering_off, val_element
from app.docx.package import DocxSource, ParaRecord
from app.docx.patch import apply_formats, desired_formats, encode, object_codes, patch_text
from app.docx.range_marks import RangeMarks
from app.docx.renumber_view import counted_prefix
from app.docx.revision_xml import mark_new_paragraph, max_revision_id
from app.docx.section_break import W_SECTPR, move_section_break
from app.docx.source_atoms import SourceAtoms
from app.docx.xml import ensure_props, put_ordered, remove
from app.model import OBJECT_CHAR, Document, InlineObject, Paragraph, Role
from app.readers.docx_styles import Styles

W_BODY = W + "body"


@dataclass
class BodyPatcher:
    doc: Document
    source: DocxSource
    root: etree._Element  # a fresh parse of the opened document.xml
    styles: Styles
    run_format: RunFormat
    changed: bool = False
    placed: dict[int, etree._Element] = field(default_factory=dict)
    stable: set[int] = field(default_factory=set)  # ids of paragraphs that did not move
    shifts: dict[int, int] = field(default_factory=dict)  # id → rendered prefix not in the XML
    bound: list[BoundEdit] = field(default_factory=list)  # edited data-bound controls

    def __post_init__(self) -> None:
        self.ps = list(self.root.iter(W_P))
        self.tbls = list(self.root.iter(W_TBL))
        self.tcs = list(self.root.iter(W_TC))
        self.body = self.root.find(W_BODY)
        self._source_atoms = SourceAtoms(self.source, self.run_format)
        self._touched_cells: set[etree._Element] = set()
        self._revision_id: int | None = None
        self._gone_els: set[etree._Element] | None = None
        self._edited: set[etree._Element] = set()  # the w:p patched for an edit
        self._marks: RangeMarks | None = None

    # --- the whole body -------------------------------------------------------------------------
    def run(self) -> None:
        recs = self.source.paragraphs
        pars = self.doc.paragraphs
        self.stable = stable_ids(pars, recs)
        for k, p in enumerate(pars):
            rec = recs.get(p.id)
            if rec is not None:
                el = self.ps[rec.index]
                override = self.source.overrides.get(p.id)
                if override is not None:  # accepted/rejected/recorded revisions: its new XML
                    opened, snapshot = el, override_snapshot(el)
                    el = self._swap(rec.index, el, override.element)
                    settle_override(opened, el, snapshot, self.styles)
                    rec = override.record
                if p.id not in self.stable:  # moved (an outline move, a cut and paste)
                    self._move(k, p, el)
                self.placed[p.id] = el
                self.shifts[p.id] = p.auto_number_len
                edited = content_changed(p, rec) or number_typed_into(self.source, p, rec)
                if edited and (shown := renumbered_only(self.source, p, rec)) is not None:
                    edited = False  # Word's own number, counted again: the XML stays as it was
                    self.shifts[p.id] = len(shown)
                if edited:
                    self._patch(el, p, rec)
                    self._edited.add(el)
                if role_changed(p, rec):
                    self.apply_role(el, p.role, rec.heading_level)
                self.changed |= edited or role_changed(p, rec)
            elif (override := self.source.overrides.get(p.id)) is not None:
                self.placed[p.id] = self._place_override(k, p, override.element, override.record)
            elif not (p.virtual and not p.text):
                self.placed[p.id] = self._insert_new(k, p)
                self.changed = True
        self._delete_gone()

    def _swap(self, index: int, el: etree._Element, new: etree._Element) -> etree._Element:
        fresh = copy.deepcopy(new)
        parent = el.getparent()
        if parent is not None:
            parent.replace(el, fresh)
        self.ps[index] = fresh
        self.changed = True
        return fresh

    def _patch(self, el: etree._Element, p: Paragraph, rec: ParaRecord) -> None:
        n = rec.auto_number_len
        shown = counted_prefix(self.source, p) if n else None  # as read, or re-counted
        if shown is not None:
            new_text, shift = p.text[len(shown) :], len(shown)
        elif n == 0 and p.auto_number_len == 0:
            new_text, shift = p.text, 0
        else:  # edited inside the rendered number: no more auto-numbering, the prefix is text
            numbering_off(el, self._list_indent(rec))
            new_text, shift = p.text, 0
        self.shifts[p.id] = shift
        self._patch_text(el, rec.text[n:], rec.objects, new_text, p, shift, None)

    def _list_indent(self, rec: ParaRecord) -> tuple[tuple[str, str], ...]:
        numbering = self.source.numbering
        if numbering is None or rec.num is None:
            return ()
        return numbering.indent(*rec.num)

    def _patch_text(self, el: etree._Element, old_text: str, old_objects: tuple[InlineObject, ...],
                    new_text: str, p: Paragraph, shift: int,
                    default_rpr: etree._Element | None) -> None:  # fmt: skip
        codes = object_codes(old_objects, p.objects)
        old = encode(old_text, old_objects, codes)
        new_objects = p.objects[p.text[:shift].count(OBJECT_CHAR):]
        new = encode(new_text, new_objects, codes)
        inserts: dict[str, str | etree._Element] = {}
        for o in new_objects:
            if codes[id(o)] not in old and (source := self._object_element(o)) is not None:
                inserts[codes[id(o)]] = copy.deepcopy(source)
        watch = EditWatch(el)
        patch_text(el, old, new, self.run_format, inserts, default_rpr)
        self.bound += watch.settle(self.styles)
        want = desired_formats(p.spans, len(new_text), shift)
        apply_formats(el, want, self.run_format, self._next_revision_id)

    # --- objects that moved between paragraphs --------------------------------------------------
    def _object_element(self, obj: InlineObject) -> etree._Element | None:
        """An object's element as opened (from the untouched tree of the source), to copy where
        the object now sits; None for an object the file did not have."""
        atom = self._source_atoms.atom(obj)
        return atom.el if atom is not None and atom.run is not None else None

    # --- new paragraphs -------------------------------------------------------------------------
    def _container(self, p: Paragraph) -> etree._Element | None:
        if p.cell is None:
            return self.body
        rec = self.source.tables.get(p.cell.table_id)
        if rec is None or (p.cell.row, p.cell.col) not in rec.cells:
            return self.body  # a table the file does not have: keep the text in the body
        return self.tcs[rec.cells[(p.cell.row, p.cell.col)]]

    def _take_out(self, el: etree._Element) -> None:
        """Remove a w:p from where it stands: its section break stays (with a neighbour) and a
        cell it leaves keeps a paragraph, as Word requires."""
        move_section_break(el, self._gone())
        cell = next(el.iterancestors(W_TC), None)
        if cell is not None:
            self._touched_cells.add(cell)
            self._keep_one(el, cell)
        remove(el)
        self.changed = True

    def _gone(self) -> set[etree._Element]:
        """The file's w:p that the model no longer has (still in the tree until removed)."""
        if self._gone_els is None:
            alive = {p.id for p in self.doc.paragraphs}
            self._gone_els = {self.ps[rec.index] for pid, rec in self.source.paragraphs.items()
                              if pid not in alive}  # fmt: skip
        return self._gone_els

    def _range_marks(self) -> RangeMarks:
        if self._marks is None:
            alive = {p.id for p in self.doc.paragraphs}
            moving = {self.ps[rec.index] for pid, rec in self.source.paragraphs.items()
                      if pid in alive and pid not in self.stable}  # fmt: skip
            self._marks = RangeMarks(self.root, self._gone(), self._edited, moving)
        return self._marks

    def _move(self, k: int, p: Paragraph, el: etree._Element) -> None:
        """Take an existing paragraph out of where it was and put it where the model has it;
        a section break it ended stays where it was (with a neighbour), as on delete, and so
        does a bookmark or permission end whose other end does not move (Word's cut and paste)."""
        self._range_marks().hand_on(el)
        self._take_out(el)
        self._place(k, p, el)

    def _place(self, k: int, p: Paragraph, el: etree._Element) -> None:
        """Insert ``el`` (paragraph ``k`` of the model) after the previous paragraph of its
        container, else before the next one that stays where it was, else at the end."""
        container = self._container(p)
        assert container is not None
        pars = self.doc.paragraphs
        prev = next((self.placed[q.id] for q in reversed(pars[:k]) if q.id in self.placed), None)
        nxt = next((self.ps[self.source.paragraphs[q.id].index] for q in pars[k + 1 :]
                    if q.id in self.stable), None)  # fmt: skip
        anchor = _child_of(prev, container) if prev is not None else None
        if anchor is not None:
            outside_single(anchor).addnext(el)  # (a plain-text control holds one paragraph)
            return
        anchor = _child_of(nxt, container) if nxt is not None else None
        if anchor is not None:
            outside_single(anchor).addprevious(el)
        elif container is self.body and len(container) and container[-1].tag == W_SECTPR:
            container[-1].addprevious(el)
        else:
            container.append(el)

    def _place_override(self, k: int, p: Paragraph, xml: etree._Element,
                        rec: ParaRecord) -> etree._Element:  # fmt: skip
        """A paragraph the file did not have whose XML a revision operation wrote (the origin
        of a tracked move): that XML, where the model has it, with later edits patched in."""
        el = copy.deepcopy(xml)
        self._place(k, p, el)
        if content_changed(p, rec):
            self._patch(el, p, rec)
        self.changed = True
        return el

    def _insert_new(self, k: int, p: Paragraph) -> etree._Element:
        container = self._container(p)
        assert container is not None
        neighbour = self._neighbour(p, k, container)
        el = etree.Element(W_P)
        default_rpr = None
        if neighbour is not None:
            ppr = new_ppr(neighbour, self.styles, heading=p.role_fixed and p.role is not None
                           and p.role.heading_level is not None)  # fmt: skip
            if ppr is not None:
                el.append(ppr)
            default_rpr = first_rpr(neighbour, self.run_format)
        self._place(k, p, el)
        self._patch_text(el, "", (), p.text, p, 0, default_rpr)
        if p.revisions:  # typed with 修订 on: its revisions live in the model until now
            marks = [(r.kind, r.start, r.end, r.text, r.author, r.date) for r in p.revisions]
            mark_new_paragraph(el, marks, self._next_revision_id, self.run_format)
        if p.role_fixed:
            self.apply_role(el, p.role, None)
        return el

    def _next_revision_id(self) -> int:
        """Ids for revisions written at save time: above every id the file holds, every id the
        window's revision operations gave out (they live in paragraphs not placed yet, too)."""
        if self._revision_id is None:
            taken = [max_revision_id(self.root)]
            taken += [max_revision_id(o.element) for o in self.source.overrides.values()]
            given = getattr(self.source.revision_context, "next_id", 0)
            taken.append(given if isinstance(given, int) else 0)
            self._revision_id = max(taken)
        self._revision_id += 1
        context = self.source.revision_context
        given = getattr(context, "next_id", None)
        if isinstance(given, int) and given < self._revision_id:  # the window's next ids: above
            setattr(context, "next_id", self._revision_id)  # noqa: B010 (app.revisions._Context)
        return self._revision_id

    def _neighbour(self, p: Paragraph, k: int, container: etree._Element) -> etree._Element | None:
        """The paragraph whose properties a new one takes: the previous one in its container,
        else the next; one of the same heading level is preferred."""
        pars = self.doc.paragraphs
        want = p.role.heading_level if p.role_fixed and p.role is not None else None
        found: list[tuple[etree._Element, int | None]] = []
        for seq in (reversed(pars[:k]), pars[k + 1 :]):
            for q in seq:
                rec = self.source.paragraphs.get(q.id)
                if q.cell == p.cell and rec is not None:
                    found.append((self.ps[rec.index], rec.heading_level))
                    break
        for el, level in found:
            if level == want:
                return el
        return found[0][0] if found else None

    # --- roles ----------------------------------------------------------------------------------
    def apply_role(self, el: etree._Element, role: Role | None, old_level: int | None) -> None:
        level = role.heading_level if role is not None else None
        if role is Role.CHAPTER and self.source.heading_shift:
            outline = 0
        elif level is not None:
            outline = level - 1 + self.source.heading_shift
        elif old_level is None:
            return  # a non-heading role the file cannot say (the parser knows it from the text)
        else:
            outline = 9
        ppr = ensure_props(el, W_PPR)
        style = self.source.heading_styles.get(outline)
        pstyle = ppr.find(W + "pStyle")
        current = self.styles.paragraph(pstyle.get(W_VAL) if pstyle is not None else None)
        if style is not None:
            put_ordered(ppr, val_element(W + "pStyle", style))
            old = ppr.find(W + "outlineLvl")
            if old is not None:
                ppr.remove(old)
            return
        if outline == 9 and pstyle is not None and current.outline is not None:
            ppr.remove(pstyle)
        put_ordered(ppr, val_element(W + "outlineLvl", str(outline)))

    # --- deleted paragraphs and tables ----------------------------------------------------------
    def _delete_gone(self) -> None:
        alive = {p.id for p in self.doc.paragraphs}
        gone = [rec for pid, rec in self.source.paragraphs.items() if pid not in alive]
        marks = self._range_marks()
        for rec in gone:
            el = self.ps[rec.index]
            if el.getparent() is None:
                continue
            marks.hand_on(el)  # bookmarks and permissions whose other end stays
            parent = el.getparent()
            self._take_out(el)
            if parent is not None and parent.tag == W + "sdtContent" and not len(parent):
                sdt = parent.getparent()
                if sdt is not None:
                    remove(sdt)
        used = {p.cell.table_id for p in self.doc.paragraphs if p.cell is not None}
        kept = set(self.placed.values())
        for tid, trec in self.source.tables.items():
            if tid in self.doc.tables or tid in used:
                continue
            tbl = self.tbls[trec.index]
            if tbl.getparent() is not None and not any(q in kept for q in tbl.iter(W_P)):
                cell = next(tbl.iterancestors(W_TC), None)
                remove(tbl)
                self.changed = True
                if cell is not None:
                    self._touched_cells.add(cell)
        for cell in self._touched_cells:
            if cell.getparent() is None:
                continue
            blocks = [c for c in cell if c.tag in (W_P, W_TBL)]
            if not blocks or blocks[-1].tag == W_TBL:
                cell.append(etree.Element(W_P))

    def _keep_one(self, el: etree._Element, cell: etree._Element) -> None:
        """The last paragraph of a cell goes: an empty one with its properties stays."""
        if any(c.tag == W_P and c is not el for c in cell):
            return
        keep = etree.Element(W_P)
        ppr = el[0] if len(el) and el[0].tag == W_PPR else None
        if ppr is not None:
            keep.append(copy.deepcopy(ppr))
        el.addnext(keep)


def _child_of(el: etree._Element, container: etree._Element) -> etree._Element | None:
    """``el`` itself when its nearest cell/body is ``container``, else its ancestor that is a
    block of ``container``; None when ``el`` is not inside ``container``."""
    nearest = next((a for a in el.iterancestors(W_TC, W_BODY)), None)
    if nearest is container:
        return el
    a: etree._Element | None = el
    while a is not None:
        parent = a.getparent()
        if parent is container:
            return a
        a = parent
    return None
