"""A deleted paragraph's section break, handed on so the document keeps its sections."""

from __future__ import annotations

from lxml import etree

from app.docx.atoms import W_P, W_PPR, W
from app.docx.blocks import W_TBL
from app.docx.xml import ensure_props, put_ordered

W_SECTPR = W + "sectPr"


def move_section_break(el: etree._Element, gone: set[etree._Element]) -> None:
    """A deleted paragraph that ends a section hands its w:sectPr to its nearest neighbour that
    stays (``gone``: paragraphs deleted too). When that neighbour ends a section itself, nothing
    the model has is left in this section: the break goes, the sections join, as in Word when a
    selection holding a section break is deleted (an empty paragraph kept for the break would be
    a paragraph the editor never showed)."""
    ppr = el[0] if len(el) and el[0].tag == W_PPR else None
    sect = ppr.find(W_SECTPR) if ppr is not None else None
    if sect is None:
        return
    neighbours = (_adjacent_block(el, True, gone), _adjacent_block(el, False, gone))
    for sibling in neighbours:
        if sibling is None or sibling.tag != W_P:
            continue
        sppr = sibling[0] if len(sibling) and sibling[0].tag == W_PPR else None
        if sppr is not None and sppr.find(W_SECTPR) is not None:
            continue
        put_ordered(ensure_props(sibling, W_PPR), sect)
        return
    if any(sibling is not None and sibling.tag == W_P for sibling in neighbours):
        return  # beside another section break: the two sections join
    # Between two tables: an empty paragraph keeps the break (and the tables apart).
    carrier = etree.Element(W_P)
    carrier.append(etree.Element(W_PPR))
    carrier[0].append(sect)
    el.addnext(carrier)


def _adjacent_block(el: etree._Element, preceding: bool,
                    gone: set[etree._Element]) -> etree._Element | None:  # fmt: skip
    """The block (w:p, w:tbl, w:sdt) right before/after ``el``, skipping bookmarks, marks and the
    paragraphs in ``gone``."""
    for sibling in el.itersiblings(preceding=preceding):
        if sibling.tag in (W_P, W_TBL, W + "sdt") and sibling not in gone:
            return sibling
    return None
