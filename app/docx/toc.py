"""Paragraphs that look like headings or title lines but are none: a drop cap (Word's 首字下沉,
the first letter of the next paragraph in a frame of its own), and a table of contents: the result
of a TOC field, or a paragraph in one of Word's "toc N" styles (a TOC turned into text keeps them).

A TOC's entries read like the headings they list ("一、总体情况\\t1"): taken for headings, they
made the outline count every heading twice (numbering/duplicate: 序号重新从"一、"开始). The
reader gives them the body role, fixed, so the outline and the numbering checks leave them alone.

A TOC field spans paragraphs: its begin and separate sit in the first entry's paragraph, its end
in the last one's, and the entries between hold no field character at all (without \\h they hold
no PAGEREF either), so the field's extent is found over the whole body, not per paragraph.
"""

from __future__ import annotations

import re

from lxml import etree

from app.docx.atoms import W_P, W_PPR, W

_FLD, _INSTR = W + "fldChar", W + "instrText"
_TOC_STYLE = re.compile(r"toc\s*([1-9]|heading)$", re.IGNORECASE)


def toc_style(name: str) -> bool:
    """Word's built-in TOC styles: the entries' "toc 1" … "toc 9" (WPS: "TOC 1") and the TOC's
    own heading, "TOC Heading" (目录)."""
    return bool(_TOC_STYLE.match(name.strip()))


def toc_field_paragraphs(root: etree._Element, p_index: dict[etree._Element, int]) -> set[int]:
    """Indexes (in ``p_index``, document order) of the paragraphs a TOC field's result covers."""
    out: set[int] = set()
    instrs: list[str] = []  # per open field: its instruction so far
    starts: list[int | None] = []  # per open field: the paragraph of its separate (None: before)
    for el in root.iter(_FLD, _INSTR):
        if el.tag == _INSTR:
            if starts and starts[-1] is None:
                instrs[-1] += el.text or ""
            continue
        kind = el.get(W + "fldCharType")
        if kind == "begin":
            instrs.append("")
            starts.append(None)
        elif kind == "separate" and starts and starts[-1] is None:
            starts[-1] = _paragraph_index(el, p_index)
        elif kind == "end" and starts:
            words, start = instrs.pop().split(), starts.pop()
            end = _paragraph_index(el, p_index)
            if start is not None and end is not None and words and words[0].upper() == "TOC":
                out.update(range(start, end + 1))
    return out


def _paragraph_index(el: etree._Element, p_index: dict[etree._Element, int]) -> int | None:
    for parent in el.iterancestors(W_P):
        return p_index.get(parent)
    return None


def drop_cap(p: etree._Element) -> bool:
    """The paragraph is a drop cap (w:framePr w:dropCap="drop" or "margin"): a title's
    continuation lines took its letter for one before ("市信访局2026年工作总结" + "今")."""
    ppr = p[0] if len(p) and p[0].tag == W_PPR else None
    frame = ppr.find(W + "framePr") if ppr is not None else None
    return frame is not None and frame.get(W + "dropCap") in ("drop", "margin")
