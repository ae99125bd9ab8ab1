"""The XML of a kept header or footer line's pieces (:mod:`app.writers.docx_headfoot`): its
paragraph properties, its runs with the original's character looks, any w: element cleaned of
foreign namespaces (the export's parts declare only w: and r:)."""

from __future__ import annotations

import re

from lxml import etree

from app.readers.docx_styles import on_off
from app.writers import docx_styles as S

_W = f"{{{S.W_NS}}}"


def kept_ppr(p: etree._Element, tabs: bool) -> str:
    """The kept pPr pieces, in schema order: tab stops, no grid, single spacing, indents, jc.
    A line with tabs and no tab stops of its own had them from Word's Header/Footer style
    (centre and right): the same here, on the export's text width."""
    ppr = p.find(_W + "pPr")
    pieces = []
    found = {tag: (ppr.find(_W + tag) if ppr is not None else None)
             for tag in ("tabs", "ind", "jc")}  # fmt: skip
    if found["tabs"] is not None:
        pieces.append(kept_xml(found["tabs"]))
    elif tabs:
        width = S.PAGE_W - S.MARGIN_LEFT - S.MARGIN_RIGHT
        pieces.append(f'<w:tabs><w:tab w:val="center" w:pos="{width // 2}"/>'
                      f'<w:tab w:val="right" w:pos="{width}"/></w:tabs>')
    pieces.append('<w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>')
    for tag in ("ind", "jc"):
        el = found[tag]
        if el is not None:
            pieces.append(kept_xml(el))
    return "".join(pieces)


def kept_xml(el: etree._Element) -> str:
    """``el`` as w:-prefixed XML with only its w: elements and attributes (no foreign
    namespaces), for a part that declares the w: prefix."""
    text = etree.tostring(_w_only(el), encoding="unicode")
    return text.replace(f' xmlns:w="{S.W_NS}"', "")


def _w_only(el: etree._Element) -> etree._Element:
    clean = etree.Element(el.tag, {k: v for k, v in el.attrib.items() if k.startswith(_W)},
                          nsmap={"w": S.W_NS})  # fmt: skip
    for child in el:
        if isinstance(child.tag, str) and child.tag.startswith(_W):
            clean.append(_w_only(child))
    return clean


def kept_run(run: etree._Element | None, content: str) -> str:
    """A run with ``content`` and the bold/italic/size/underline of the original ``run``."""
    rpr = run.find(_W + "rPr") if run is not None and run.tag == _W + "r" else None
    props = []
    if rpr is not None:
        for tag in ("b", "i"):
            if on_off(rpr.find(_W + tag)):
                props.append(f"<w:{tag}/>")
        size = rpr.find(_W + "sz")
        value = size.get(_W + "val") if size is not None else None
        if value and value.isdigit():
            props.append(f'<w:sz w:val="{value}"/><w:szCs w:val="{value}"/>')
        under = rpr.find(_W + "u")
        kind = under.get(_W + "val") if under is not None else None
        if kind and kind != "none" and re.fullmatch(r"[A-Za-z]+", kind):
            props.append(f'<w:u w:val="{kind}"/>')
    rpr_xml = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return f"<w:r>{rpr_xml}{content}</w:r>"


def tab_stops(p: etree._Element) -> tuple[tuple[str, int], ...]:
    """The paragraph's own tab stops as the export keeps them: (w:val, w:pos in twips), in
    position order, cleared ones and those without a readable position left out."""
    out = []
    for tab in p.iterfind(f"{_W}pPr/{_W}tabs/{_W}tab"):
        kind = tab.get(_W + "val") or ""
        try:
            pos = int(float(tab.get(_W + "pos") or ""))
        except ValueError:
            continue
        if kind and kind != "clear":
            out.append((kind, pos))
    return tuple(sorted(out, key=lambda stop: stop[1]))
