"""What Save does for tracked changes outside the paragraphs' own XML.

- Accept all / reject all also decide the revisions of tables (inserted/deleted rows, changed
  table/row/cell properties) and of section properties: an accepted deleted row and a
  rejected inserted row go (w:trPr/w:del, w:trPr/w:ins), the others stay without their mark;
  old properties are dropped (accept) or put back (reject).
- Move ranges (w:moveFromRangeStart …) are removed once no move is left in the document.
- The 修订 switch: w:trackRevisions in settings.xml, at its place in the schema order, written
  only when the switch differs from the file as opened.
"""

from __future__ import annotations

import copy

from lxml import etree

from app.docx.atoms import W
from app.docx.package import serialize
from app.docx.parts import PartSet
from app.docx.revision_xml import resolve
from app.docx.xml import remove
from app.readers.docx_safety import parse_xml

_PROP_CHANGES = tuple(W + t for t in ("tblPrChange", "trPrChange", "tcPrChange", "tblGridChange",
                                      "sectPrChange", "tblPrExChange"))  # fmt: skip
_MOVE_RANGES = tuple(W + t for t in ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
                                     "moveToRangeEnd"))  # fmt: skip
# CT_Settings children that come before w:trackRevisions (ECMA-376 Part 1, 17.15.1.78)
_BEFORE_TRACK = frozenset(W + t for t in (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts",
    "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges",
    "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop",
    "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState",
    "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter",
    "stylePaneSortMethod", "documentType", "mailMerge", "revisionView",
))  # fmt: skip
TRACK = W + "trackRevisions"
PROTECTION = W + "documentProtection"
_OFF = ("0", "false", "off")


def apply_table_decisions(root: etree._Element, decisions: list[tuple[str, str | None]]) -> bool:
    """Apply accept-all / reject-all to table and section revisions; True when ``root``
    changed."""
    changed = False
    for decision, author in decisions:
        accept = decision == "accept"
        for el in list(root.iter(*_PROP_CHANGES)):
            if author is not None and el.get(W + "author") != author:
                continue
            if not accept:
                _restore(el)
            remove(el)
            changed = True
        for trpr in list(root.iter(W + "trPr")):
            for mark in list(trpr):
                if mark.tag not in (W + "ins", W + "del"):
                    continue
                if author is not None and mark.get(W + "author") != author:
                    continue
                row = trpr.getparent()
                if accept == (mark.tag == W + "del") and row is not None:
                    _remove_row(row)  # an accepted deletion, a rejected insertion
                    changed = True
                    break
                if mark.tag == W + "del" and row is not None:  # a rejected deletion: the
                    for dele in list(row.iter(W + "del")):  # reader left the row out, so
                        if dele is not mark:  # its text comes back here
                            resolve(dele, accept=False)
                remove(mark)
                changed = True
    return changed


def _remove_row(row: etree._Element) -> None:
    """A row goes; a table left without rows goes too (Word refuses an empty w:tbl), and a
    cell it leaves without a paragraph gets an empty one."""
    table = row.getparent()
    remove(row)
    if table is None or table.find(W + "tr") is not None:
        return
    cell = table.getparent()
    remove(table)
    if cell is not None and cell.tag == W + "tc" and cell.find(W + "p") is None:
        etree.SubElement(cell, W + "p")


def _restore(change: etree._Element) -> None:
    props = change.getparent()
    old = change[0] if len(change) else None
    if props is None or old is None:
        return
    for child in list(props):
        if child is not change:
            props.remove(child)
    for k, child in enumerate(old):
        props.insert(k, copy.deepcopy(child))


def drop_finished_moves(root: etree._Element) -> bool:
    """Remove the move range marks when no moved text is left to mark."""
    if next(root.iter(W + "moveFrom", W + "moveTo"), None) is not None:
        return False
    marks = list(root.iter(*_MOVE_RANGES))
    for mark in marks:
        remove(mark)
    return bool(marks)


def track_revisions_in(data: bytes | None, path: str, name: str) -> bool:
    """Whether a settings part switches recording on (w:trackRevisions, not w:val="false"), or
    protects the document for tracked changes (w:documentProtection w:edit="trackedChanges",
    enforced): Word then records every edit whatever w:trackRevisions says, and so must the
    reviewer's edits here, or they reach the colleague untracked."""
    if not data:
        return False
    root = parse_xml(data, path, name)
    el = root.find(TRACK)
    if el is not None and el.get(W + "val") not in _OFF:
        return True
    lock = root.find(PROTECTION)
    return (lock is not None and lock.get(W + "edit") == "trackedChanges"
            and lock.get(W + "enforcement") not in (None, *_OFF))  # fmt: skip


def put_track_revisions(parts: PartSet, main: str, on: bool) -> None:
    """Write the 修订 switch into settings.xml (created only to switch it on)."""
    name = parts.related(main, "/settings")
    blob = parts.get(name) if name else None
    if name is None or blob is None:
        return  # no settings part: Word's default (off); switching on needs one — not created
    root = parse_xml(blob, parts.source.path, name)
    for old in root.findall(TRACK):
        root.remove(old)
    if on:
        el = etree.Element(TRACK)
        k = 0
        while k < len(root) and root[k].tag in _BEFORE_TRACK:
            k += 1
        root.insert(k, el)
    parts.put(name, serialize(root, parts.source.strict))
