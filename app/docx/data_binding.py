"""Content controls bound to XML data (w:sdtPr/w:dataBinding): an edit goes into the data too.

Word fills a bound control from its data store each time it opens the file: a cover page's
标题 / 作者 bound to the core properties, a template's fields bound to a custom XML part. A save
that changed only the control's text wrote a file whose edit Word undid on opening (the old value
came back from the data). The patcher notes each bound control whose text an edit changed
(:func:`bound_snapshot`, :func:`bound_edits`); :func:`write_bound` puts the new text into the
node the binding names (w:storeItemID: the core or extended properties, or the custom XML item
whose itemProps carries that id; w:xpath with w:prefixMappings). Where that cannot be done (the
store or node is missing, a date picker stores a date in another form) the binding is removed from
the control, so Word keeps the text as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain

from lxml import etree

from app.docx.atoms import W_T, W
from app.docx.package import serialize
from app.docx.parts import PartSet
from app.readers.docx_safety import parse_xml

_SDT, _PR, _BINDING, _CONTENT = W + "sdt", W + "sdtPr", W + "dataBinding", W + "sdtContent"
_CORE_ID = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"  # Word's fixed ids of the two property parts
_APP_ID = "{6668398D-A668-4E3E-A5EB-62B293D839F1}"
_DS_ITEM_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/customXml}itemID"
_PREFIX = re.compile(r"""xmlns:([\w.-]+)\s*=\s*(['"])(.*?)\2""")
_BREAKS = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n"}

Snapshot = list[tuple[etree._Element, str]]


@dataclass(frozen=True, slots=True)
class BoundEdit:
    sdt: etree._Element  # the control, in the tree being saved
    store: str  # w:storeItemID
    xpath: str
    prefixes: str  # w:prefixMappings
    text: str  # the control's text after the edit


def bound_snapshot(p: etree._Element) -> Snapshot:
    """The data-bound controls in or around the paragraph, with their text."""
    return [(sdt, control_text(sdt)) for sdt in chain(p.iter(_SDT), p.iterancestors(_SDT))
            if _binding(sdt) is not None]  # fmt: skip


def bound_edits(snapshot: Snapshot) -> list[BoundEdit]:
    out = []
    for sdt, before in snapshot:
        text, binding = control_text(sdt), _binding(sdt)
        if text != before and binding is not None:
            out.append(BoundEdit(sdt, binding.get(W + "storeItemID") or "",
                                 binding.get(W + "xpath") or "",
                                 binding.get(W + "prefixMappings") or "", text))  # fmt: skip
    return out


def control_text(sdt: etree._Element) -> str:
    """The text a plain-text control gives its data: w:t, tabs and line breaks as in Word."""
    content = sdt.find(_CONTENT)
    if content is None:
        return ""
    out = []
    for el in content.iter(W_T, *_BREAKS):
        out.append(el.text or "" if el.tag == W_T else _BREAKS[str(el.tag)])
    return "".join(out)


def write_bound(parts: PartSet, main: str, edits: list[BoundEdit]) -> bool:
    """Put each edit's text into its data node; True when a control lost its binding instead
    (the document part changed again)."""
    stores: dict[str, tuple[str, etree._Element] | None] = {}
    unbound = False
    for edit in edits:
        key = edit.store.upper()
        if key not in stores:
            stores[key] = _store(parts, main, key)
        found = stores[key]
        pr = edit.sdt.find(_PR)
        if found is None or pr is None or pr.find(W + "date") is not None \
                or not _set_node(found[1], edit):
            binding = pr.find(_BINDING) if pr is not None else None
            if binding is not None:
                pr.remove(binding)  # type: ignore[union-attr]
                unbound = True
    for found in stores.values():
        if found is not None:
            parts.put(found[0], serialize(found[1]))
    return unbound


def _binding(sdt: etree._Element) -> etree._Element | None:
    pr = sdt.find(_PR)
    return pr.find(_BINDING) if pr is not None else None


def _store(parts: PartSet, main: str, key: str) -> tuple[str, etree._Element] | None:
    name: str | None = None
    if key == _CORE_ID:
        name = parts.related("", "/core-properties")
    elif key == _APP_ID:
        name = parts.related("", "/extended-properties")
    else:
        for _rid, rtype, target, _mode in parts.rels(main):
            if not rtype.endswith("/customXml"):
                continue
            props = parts.related(target, "/customXmlProps")
            blob = parts.get(props)
            if props is None or blob is None:
                continue
            try:
                item_id = parse_xml(blob, parts.source.path, props).get(_DS_ITEM_ID) or ""
            except Exception:
                continue
            if item_id.upper() == key:
                name = target
                break
    blob = parts.get(name)
    if name is None or blob is None:
        return None
    try:
        return name, parse_xml(blob, parts.source.path, name)
    except Exception:  # a broken data part is left as it was; the control is unbound
        return None


def _set_node(root: etree._Element, edit: BoundEdit) -> bool:
    namespaces = {m.group(1): m.group(3) for m in _PREFIX.finditer(edit.prefixes)}
    try:
        hits = etree.XPathEvaluator(root.getroottree(), namespaces=namespaces)(edit.xpath)
    except etree.XPathError:
        return False
    if not isinstance(hits, list) or len(hits) != 1:
        return False
    hit = hits[0]
    if isinstance(hit, etree._Element):
        for child in list(hit):
            hit.remove(child)
        hit.text = edit.text
        return True
    parent = getattr(hit, "getparent", lambda: None)()
    name = getattr(hit, "attrname", None)
    if parent is not None and name:
        parent.set(name, edit.text)
        return True
    return False
