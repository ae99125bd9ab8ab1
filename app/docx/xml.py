"""Small WordprocessingML editing helpers for the patcher: children in schema order, runs split at
a character, w:t text, bold/italic/underline set on a run.

Word refuses files whose property children are out of order ("unreadable content"), so every
property the patcher adds goes where ECMA-376 puts it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from lxml import etree

from app.docx.atoms import W_PPR, W_R, W_RPR, W_T, W_VAL, W

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

RPR_ORDER = [W + t for t in (
    "ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
    "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof",
    "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs",
    "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
    "eastAsianLayout", "specVanish", "oMath", "rPrChange",
)]  # fmt: skip
PPR_ORDER = [W + t for t in (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
    "sectPr", "pPrChange",
)]  # fmt: skip
_RANK_R = {t: k for k, t in enumerate(RPR_ORDER)}
_RANK_P = {t: k for k, t in enumerate(PPR_ORDER)}
REVISION_MARKS = frozenset(W + t for t in ("ins", "del", "moveFrom", "moveTo", "rPrChange"))
_REVISIONS = tuple(W + t for t in (
    "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange",
    "trPrChange", "tcPrChange", "numberingChange", "cellIns", "cellDel", "cellMerge",
))  # fmt: skip


def put_ordered(parent: etree._Element, child: etree._Element) -> etree._Element:
    """Insert ``child`` into a w:rPr / w:pPr at its schema position, replacing one of its tag."""
    rank = _RANK_P if parent.tag == W_PPR else _RANK_R
    tag = str(child.tag)
    old = parent.find(tag)
    if old is not None:
        parent.replace(old, child)
        return child
    mine = rank.get(tag, len(rank))
    for k, existing in enumerate(parent):
        if rank.get(str(existing.tag), -1) > mine:
            parent.insert(k, child)
            return child
    parent.append(child)
    return child


def ensure_props(el: etree._Element, tag: str) -> etree._Element:
    """The w:pPr of a w:p / the w:rPr of a w:r, created as its first child when missing."""
    props = el[0] if len(el) and el[0].tag == tag else None
    if props is None:
        props = etree.Element(tag)
        el.insert(0, props)
    return props


def run_props(run: etree._Element) -> etree._Element | None:
    return run[0] if len(run) and run[0].tag == W_RPR else None


def clean_rpr(rpr: etree._Element | None) -> etree._Element | None:
    """A copy of a run or paragraph-mark rPr without revision marks (a new run is not a
    colleague's tracked change)."""
    if rpr is None:
        return None
    out = copy.deepcopy(rpr)
    out.tag = W_RPR
    for child in list(out):
        if child.tag in REVISION_MARKS:
            out.remove(child)
    return out if len(out) else None


def new_run(rpr: etree._Element | None) -> etree._Element:
    run = etree.Element(W_R)
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    return run


def text_element(text: str) -> etree._Element:
    t = etree.Element(W_T)
    t.text = text
    t.set(XML_SPACE, "preserve")
    return t


def set_text(t: etree._Element, text: str) -> None:
    t.text = text
    if text != text.strip() or "  " in text:
        t.set(XML_SPACE, "preserve")


def has_content(run: etree._Element) -> bool:
    return any(child.tag != W_RPR for child in run)


def remove(el: etree._Element) -> None:
    """Remove ``el`` keeping its tail text (there is none in WordprocessingML, but be exact)."""
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)


def split_run(run: etree._Element, child: etree._Element, k: int,
              next_id: Callable[[], int] | None = None) -> etree._Element | None:
    """Split ``run`` before character ``k`` of ``child`` (k = 0: before the child; for a w:t,
    0 < k < len: inside its text). Returns the new run holding everything after the split, with a
    copy of the run's properties, inserted after ``run``; None when nothing follows."""
    if child.tag == W_T and 0 < k < len(child.text or ""):
        text = child.text or ""
        set_text(child, text[:k])
        tail = text_element(text[k:])
        child.addnext(tail)
        child = tail
        k = 0
    children = list(run)
    pos = children.index(child) + (0 if k == 0 else 1)
    moving = [c for c in children[pos:] if c.tag != W_RPR]
    if not moving:
        return None
    if not any(c.tag != W_RPR for c in children[:pos]):
        return run  # nothing before the split: the run itself is the second part
    second = new_run(run_props(run))
    for c in moving:
        second.append(c)
    run.addnext(second)
    _fresh_revision_ids(second, next_id)
    return second


def _fresh_revision_ids(run: etree._Element, next_id: Callable[[], int] | None) -> None:
    """A copied rPr that records a colleague's formatting change (w:rPrChange) would repeat its
    revision id, which Word refuses: the copy gets the next free id — from ``next_id`` when the
    caller hands out ids (a paragraph edited on its own does not see the document's ids), else
    above every id of the tree the run is in."""
    rpr = run_props(run)
    marks = [] if rpr is None else [e for e in rpr.iter(*_REVISIONS) if e.get(W + "id")]
    if not marks:
        return
    if next_id is not None:
        for e in marks:
            e.set(W + "id", str(next_id()))
        return
    root = run.getroottree().getroot()
    top = max((int(v) for e in root.iter(*_REVISIONS) if (v := e.get(W + "id") or "").isdigit()),
              default=0)  # fmt: skip
    for e in marks:
        top += 1
        e.set(W + "id", str(top))


def set_flag(run: etree._Element, flag: int, on: bool) -> None:
    """Set bold (0), italic (1) or underline (2) directly on ``run``."""
    rpr = ensure_props(run, W_RPR)
    tag = W + ("b", "i", "u")[flag]
    el = etree.Element(tag)
    if flag == 2:
        el.set(W_VAL, "single" if on else "none")
    elif not on:
        el.set(W_VAL, "0")
    put_ordered(rpr, el)
