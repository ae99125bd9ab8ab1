"""Read the tracked changes (修订) of one w:p into :class:`app.model.Revision` records.

The paragraph's text is the final view (:mod:`.atoms`): inserted and moved-to text is text,
deleted and moved-away text is a zero-length atom. Here each revision element of the paragraph
becomes one Revision over that text:

- w:ins / w:moveTo (content) → "ins" / "moveTo" over the text they hold;
- w:del / w:moveFrom (content) → "del" / "moveFrom", a point carrying the text they removed;
- w:rPr/w:rPrChange of a run → "format" over the run's text (of the paragraph mark: at the end);
- w:pPr/w:rPr/w:ins|w:del (the paragraph mark) → "para_ins" / "para_del" at the end;
- w:pPr/w:pPrChange → "para_props" at the end.

``Revision.ref`` is the element's index in :func:`revision_elements`, which the operations in
:mod:`.revision_xml` use to find it again in the same paragraph's XML.
"""

from __future__ import annotations

from lxml import etree

from app.docx.atoms import W_P, W_PPR, W_RPR, Atom, W
from app.model import LINE_BREAK, Revision

W_INS, W_DEL, W_MOVE_FROM, W_MOVE_TO = W + "ins", W + "del", W + "moveFrom", W + "moveTo"
W_RPR_CHANGE, W_PPR_CHANGE = W + "rPrChange", W + "pPrChange"
_CONTENT_KINDS = {W_INS: "ins", W_DEL: "del", W_MOVE_FROM: "moveFrom", W_MOVE_TO: "moveTo"}
_SHOWN_WRAPPERS = frozenset((W_INS, W_MOVE_TO))
_OLD_PROPS = frozenset((W_RPR_CHANGE, W_PPR_CHANGE))  # hold old properties, not revisions
_STOP = frozenset((W_P, W + "txbxContent"))


def revision_elements(p: etree._Element) -> list[etree._Element]:
    """The revision elements of ``p`` itself, in document order (not those of a text box's
    paragraphs inside it, nor the marks kept inside an old-properties record)."""
    out = []
    for el in p.iter(W_INS, W_DEL, W_MOVE_FROM, W_MOVE_TO, W_RPR_CHANGE, W_PPR_CHANGE):
        parent = el.getparent()
        ok = True
        while parent is not None and parent is not p:
            if parent.tag in _STOP or parent.tag in _OLD_PROPS:
                ok = False
                break
            parent = parent.getparent()
        if ok:
            out.append(el)
    return out


def kind_of(el: etree._Element) -> str:
    """What a revision element records (see the module docstring)."""
    parent = el.getparent()
    if el.tag == W_PPR_CHANGE:
        return "para_props"
    if el.tag == W_RPR_CHANGE:
        return "format"
    if parent is not None and parent.tag == W_RPR:  # the paragraph mark (moved: as ins / del)
        return "para_ins" if el.tag in (W_INS, W_MOVE_TO) else "para_del"
    return _CONTENT_KINDS[str(el.tag)]


def removed_text(el: etree._Element) -> str:
    """The text a w:del / w:moveFrom took away, as the editor would show it."""
    out = []
    for child in el.iter(W + "delText", W + "t", W + "tab", W + "br", W + "cr"):
        if child.tag in (W + "delText", W + "t"):
            out.append(child.text or "")
        elif child.tag == W + "tab":
            out.append("\t")
        elif child.tag == W + "br" and child.get(W + "type") in ("page", "column"):
            continue
        else:
            out.append(LINE_BREAK)
    return "".join(out)


def read_revisions(p: etree._Element, atoms: list[Atom], shift: int) -> list[Revision]:
    """The paragraph's revisions; offsets in the model text (``shift``: the rendered
    auto-number prefix in front of the XML's text)."""
    elements = revision_elements(p)
    if not elements:
        return []
    index = {el: k for k, el in enumerate(elements)}
    found: dict[int, Revision] = {}
    pos = shift
    for atom in atoms:
        if atom.kind == "hidden" and atom.el in index:
            _add(found, index[atom.el], atom.el, pos, pos, removed_text(atom.el))
        elif atom.text:
            end = pos + len(atom.text)
            wrapper = _wrapper(atom.el, p)
            if wrapper is not None and wrapper in index:
                _add(found, index[wrapper], wrapper, pos, end)
            if atom.run is not None:
                rpr = atom.run[0] if len(atom.run) and atom.run[0].tag == W_RPR else None
                change = rpr.find(W_RPR_CHANGE) if rpr is not None else None
                if change is not None and change in index:
                    _add(found, index[change], change, pos, end)
        pos += len(atom.text)
    for k, el in enumerate(elements):  # the paragraph mark, and anything holding no text
        if k not in found:
            text = removed_text(el) if el.tag in (W_DEL, W_MOVE_FROM) else ""
            if el.tag == W_PPR_CHANGE:
                text = "段落格式"
            _add(found, k, el, pos, pos, text)
    return sorted(found.values(), key=lambda r: (r.start, r.end, r.ref))


def _add(found: dict[int, Revision], ref: int, el: etree._Element, start: int, end: int,
         text: str = "") -> None:  # fmt: skip
    rev = found.get(ref)
    if rev is not None:
        rev.start, rev.end = min(rev.start, start), max(rev.end, end)
        rev.text += text
        return
    found[ref] = Revision(kind_of(el), el.get(W + "author") or "", el.get(W + "date") or "",
                          start, end, text, ref)  # fmt: skip


def _wrapper(el: etree._Element, p: etree._Element) -> etree._Element | None:
    """The nearest w:ins / w:moveTo holding ``el`` inside ``p``."""
    parent = el.getparent()
    while parent is not None and parent is not p:
        if parent.tag in _SHOWN_WRAPPERS:
            return parent
        parent = parent.getparent()
    return None


def paragraph_mark(p: etree._Element) -> etree._Element | None:
    """The w:pPr/w:rPr of ``p`` (the paragraph mark's properties), if any."""
    ppr = p[0] if len(p) and p[0].tag == W_PPR else None
    return ppr.find(W_RPR) if ppr is not None else None
