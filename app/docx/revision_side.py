"""Tracked changes in the headers, footers, footnotes and endnotes of a .docx.

Those parts are kept byte for byte (the window shows their text beside the body, read-only), so
their revisions are listed, not edited one by one: :func:`read_side_revisions` reads them for the
修订 pane, and accept all / reject all decide them on Save (:func:`decide_side_parts`), with the
same rules as in the body (:func:`app.docx.revision_xml.resolve`; a paragraph mark that goes
joins its w:p with the next one; table rows and property changes as in the body).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from lxml import etree

from app.docx.atoms import W_P, RunFormat, W, paragraph_atoms
from app.docx.package import DocxSource, serialize
from app.docx.parts import PartSet
from app.docx.revision_read import read_revisions, revision_elements
from app.docx.revision_save import apply_table_decisions, drop_finished_moves
from app.docx.revision_xml import join, resolve
from app.i18n import tr
from app.model import Revision
from app.readers.docx_safety import parse_xml

SIDE_TYPES = (
    ("/header", ("页眉", "Header")),
    ("/footer", ("页脚", "Footer")),
    ("/footnotes", ("脚注", "Footnotes")),
    ("/endnotes", ("尾注", "Endnotes")),
)


@dataclass
class SideRevision:
    """One revision outside the body: where (the part, a label for the pane), the final text of
    its paragraph, and the revision over that text."""

    part: str
    label: str
    text: str
    revision: Revision


def side_parts(parts: PartSet, main: str) -> list[tuple[str, str]]:
    """(part name, label) of the main part's headers, footers and notes, in relationship order."""
    out: list[tuple[str, str]] = []
    for _rid, rtype, target, mode in parts.rels(main):
        for suffix, (zh, en) in SIDE_TYPES:
            if mode == "Internal" and rtype.endswith(suffix) and parts.get(target) is not None:
                base = posixpath.basename(target)
                item = (target, tr(f"{zh}（{base}）", f"{en} ({base})"))
                if item not in out:
                    out.append(item)
    return out


def read_side_revisions(source: DocxSource, run_format: RunFormat) -> list[SideRevision]:
    """Every revision of the headers, footers and notes, part by part in document order."""
    parts = PartSet(source)
    out: list[SideRevision] = []
    for name, label in side_parts(parts, source.main):
        blob = parts.get(name)
        if not blob or not any(t in blob for t in (b":ins ", b":del ", b":moveFrom ",
                                                     b":moveTo ", b"PrChange")):  # fmt: skip
            continue
        root = parse_xml(blob, source.path, name)
        for p in root.iter(W_P):
            if not revision_elements(p):
                continue
            atoms = paragraph_atoms(p, run_format)
            text = "".join(a.text for a in atoms)
            out += [SideRevision(name, label, text, r) for r in read_revisions(p, atoms, 0)]
    return out


def decide_side_parts(parts: PartSet, source: DocxSource,
                      decisions: list[tuple[str, str | None]]) -> bool:  # fmt: skip
    """Apply accept all / reject all (("accept"|"reject", author or None), in order) to the
    headers, footers and notes; True when a part changed."""
    changed = False
    for name, _label in side_parts(parts, source.main):
        blob = parts.get(name)
        if not blob:
            continue
        root = parse_xml(blob, source.path, name)
        touched = False
        for decision, author in decisions:
            touched |= _decide(root, decision == "accept", author)
            touched |= apply_table_decisions(root, [(decision, author)])
        if touched:
            drop_finished_moves(root)
            parts.put(name, serialize(root, source.strict))
            changed = True
    return changed


def _decide(root: etree._Element, accept: bool, author: str | None) -> bool:
    touched = False
    for p in list(root.iter(W_P)):
        while p.getparent() is not None:
            chosen = [e for e in revision_elements(p)
                      if author is None or e.get(W + "author") == author]  # fmt: skip
            if not chosen:
                break
            chosen.sort(key=lambda e: 0 if str(e.tag).endswith("Change") else 1)
            must_join = False
            for e in chosen:
                must_join |= resolve(e, accept)
            touched = True
            nxt = p.getnext()
            if not must_join or nxt is None or nxt.tag != W_P:
                break
            join(p, nxt)
            parent = nxt.getparent()
            if parent is not None:
                parent.remove(nxt)
    return touched
