"""What a paragraph the user added takes from its neighbour in document.xml.

A new paragraph copies its neighbour's w:pPr, less what belongs to the neighbour alone (a section
break, revision marks, auto-numbering: the editor shows numbers as text), and the first run's
w:rPr. Kept apart from :mod:`.body_patch` so the patcher reads as the steps of a save.
"""

from __future__ import annotations

import copy

from lxml import etree

from app.docx.atoms import W_PPR, W_RPR, W_VAL, RunFormat, W, paragraph_atoms
from app.docx.xml import clean_rpr, ensure_props, put_ordered, run_props
from app.readers.docx_styles import Styles


def val_element(tag: str, value: str) -> etree._Element:
    """A property element such as <w:ilvl w:val="0"/>."""
    el = etree.Element(tag)
    el.set(W_VAL, value)
    return el


def numbering_off(el: etree._Element, indent: tuple[tuple[str, str], ...] = ()) -> None:
    """Switch Word's auto-numbering off for paragraph ``el`` (w:numId 0).

    ``indent`` is the w:ind its list level gave it. Why keep it: the list's indentation comes
    with the numbering, so a paragraph whose number became text (a fix, or the user typing
    inside it) would jump to the margin. When the paragraph's own w:numPr carried the list and
    it has no w:ind of its own, the level's becomes its own, as Word shows it now (direct
    numbering outranks the style's indentation). Numbering that came from the paragraph style
    is left as it was: there the style's own w:ind, which this module does not read, wins."""
    ppr = ensure_props(el, W_PPR)
    if indent and ppr.find(W + "numPr") is not None and ppr.find(W + "ind") is None:
        ind = etree.Element(W + "ind")
        for key, value in indent:
            ind.set(key, value)
        put_ordered(ppr, ind)
    _numbering_off_ppr(ppr)


def new_ppr(neighbour: etree._Element, styles: Styles, heading: bool) -> etree._Element | None:
    """The w:pPr a new paragraph takes from ``neighbour`` (None when there is nothing to take)."""
    ppr = neighbour[0] if len(neighbour) and neighbour[0].tag == W_PPR else None
    if ppr is None:
        return None
    out = copy.deepcopy(ppr)
    for tag in ("sectPr", "pPrChange", "numPr"):
        for child in out.findall(W + tag):
            out.remove(child)
    mark = out.find(W_RPR)
    if mark is not None:
        cleaned = clean_rpr(mark)
        out.remove(mark)
        if cleaned is not None:
            put_ordered(out, cleaned)
    pstyle = out.find(W + "pStyle")
    style = styles.paragraph(pstyle.get(W_VAL) if pstyle is not None else None)
    if style.num_id:  # the editor shows numbers as text: no numbering from the style either
        _numbering_off_ppr(out)
    if not heading:
        outline = out.find(W + "outlineLvl")
        if outline is not None:
            out.remove(outline)
        if pstyle is not None and style.outline is not None:
            out.remove(pstyle)
    return out if len(out) else None


def _numbering_off_ppr(ppr: etree._Element) -> None:
    numpr = etree.Element(W + "numPr")
    numpr.append(val_element(W + "ilvl", "0"))
    numpr.append(val_element(W + "numId", "0"))
    put_ordered(ppr, numpr)


def first_rpr(p: etree._Element, run_format: RunFormat) -> etree._Element | None:
    """The cleaned w:rPr of ``p``'s first text run (else its paragraph mark's), for new text."""
    for atom in paragraph_atoms(p, run_format):
        if atom.kind == "t" and atom.run is not None:
            return clean_rpr(run_props(atom.run))
    ppr = p[0] if len(p) and p[0].tag == W_PPR else None
    return clean_rpr(ppr.find(W_RPR)) if ppr is not None else None
