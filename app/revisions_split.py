"""Enter inside a paragraph with 修订 on, recorded as Word records it: an inserted paragraph mark.

Word splits the w:p in two: the first part ends with a new paragraph mark marked inserted
(w:pPr/w:rPr/w:ins), the second keeps the original mark (its properties, its section break).
No text is deleted or inserted: rejecting the mark joins the two again, accepting it keeps
them apart (:mod:`app.revisions`).

The editor has already split the block, and one of the two paragraphs kept the paragraph id
(the other is new). Both get their XML from the paragraph's XML as it was: a copy of it with the
other part's text taken out by the patcher, so runs keep their formatting. The new paragraph's
XML is kept as an override (Save writes it where the model has it, as for a move's origin).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace

from lxml import etree

from app import revisions as rv
from app.docx.atoms import W_PPR, RunFormat, W, paragraph_atoms
from app.docx.body_changes import spans_key
from app.docx.body_patch import BodyPatcher
from app.docx.package import ParaOverride
from app.docx.revision_read import W_INS
from app.docx.revision_xml import mark_props
from app.model import Document, InlineObject, Paragraph, Span

W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
# Not repeated in the second copy: ids that must stay unique (a bookmark, a comment's range).
_UNIQUE = tuple(W + t for t in ("bookmarkStart", "bookmarkEnd", "commentRangeStart",
                                "commentRangeEnd", "commentReference"))  # fmt: skip


def record_split(doc: Document, first: Paragraph, second: Paragraph, keeper: Paragraph,
                 old: tuple[str, list[Span], list[InlineObject]], author: str,
                 date: str | None = None) -> bool:  # fmt: skip
    """``first`` and ``second`` are what Enter made of one paragraph whose text, spans and
    objects were ``old``; ``keeper`` (one of them) kept its id. False (nothing done: the caller
    records it the general way) when the paragraph has no Word XML or an auto-number prefix."""
    if not rv._in_xml(doc, keeper) or keeper.auto_number_len or first.text + second.text != old[0]:
        return False
    source = rv._source(doc)
    ctx = rv._context(source)
    new = second if keeper is first else first
    now = keeper.text, keeper.spans, keeper.objects
    keeper.text, keeper.spans, keeper.objects = old[0], old[1], old[2]
    try:
        base = rv.current_element(doc, keeper)  # the XML of the text as it was
        old_record = rv._record(source, keeper.id)
        assert old_record is not None
        record = replace(old_record, text=old[0], spans=spans_key(keeper),
                         objects=tuple(old[2]))  # fmt: skip
    finally:
        keeper.text, keeper.spans, keeper.objects = now
    if base is None:
        return False
    root = etree.Element(W + "document")
    body = etree.SubElement(root, W + "body")
    patcher = BodyPatcher(doc, source, root, ctx.styles, ctx.run_format)
    parts = []
    for p in (first, second):
        el = copy.deepcopy(base)
        body.append(el)
        patcher._patch(el, p, record)
        parts.append(el)
    first_el, second_el = parts
    for el in (second_el if new is second else first_el,):
        for attr in (W14 + "paraId", W14 + "textId"):
            el.attrib.pop(attr, None)
        for mark in list(el.iter(*_UNIQUE)):
            parent = mark.getparent()
            if parent is not None:
                parent.remove(mark)
    ppr = first_el[0] if len(first_el) and first_el[0].tag == W_PPR else None
    if ppr is not None:  # the section break stays with the original mark: the second's
        for sect in ppr.findall(W + "sectPr"):
            ppr.remove(sect)
    ins = etree.Element(W_INS)
    ins.set(W + "id", str(rv._id_source(ctx)))
    ins.set(W + "author", author)
    ins.set(W + "date", date or rv.now_stamp())
    rpr = mark_props(first_el)
    for earlier in [c for c in rpr if c.tag in _MARK_REVISIONS]:
        rpr.remove(earlier)  # the original mark's own revisions (a colleague's) stay with the
        # second half, which keeps the original mark; the first half's mark is the new one
    rpr.insert(0, ins)
    new_el = first_el if new is first else second_el
    _fresh_ids(new_el, second_el if new_el is first_el else first_el, lambda: rv._id_source(ctx))
    source.overrides[new.id] = ParaOverride(new_el, replace(record, text=new.text))
    for p, el in ((first, first_el), (second, second_el)):
        body.remove(el)
        rv._reread(doc, p, el, _objects(p, el, ctx.run_format))
    return True


_MARK_REVISIONS = {W + "ins", W + "del", W + "moveFrom", W + "moveTo"}
_REVISIONS_WITH_IDS = (*_MARK_REVISIONS, W + "rPrChange", W + "pPrChange", W + "numberingChange")


def _fresh_ids(el: etree._Element, other: etree._Element, next_id: Callable[[], int]) -> None:
    """A colleague's revision that the split cut in two is one element in each half with the
    same w:id; Word wants every revision id once, so ``el``'s copy gets a new one."""
    taken = {r.get(W + "id") for r in other.iter(*_REVISIONS_WITH_IDS)}
    for r in el.iter(*_REVISIONS_WITH_IDS):
        if r.get(W + "id") in taken:
            r.set(W + "id", str(next_id()))


def _objects(p: Paragraph, el: etree._Element, run_format: RunFormat
             ) -> dict[etree._Element, InlineObject]:  # fmt: skip
    """The objects of ``p`` by their element in its new XML (the copies are new elements)."""
    atoms = [a for a in paragraph_atoms(el, run_format) if a.kind == "object"]
    return {a.el: o for a, o in zip(atoms, p.objects, strict=False)}
