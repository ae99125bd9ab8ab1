"""Equations in the Word export: an equation of a .docx (m:oMath / m:oMathPara, an InlineObject of
kind "equation") is written as the file had it. The export used to leave it out: "面积公式S=a/2，"
came out as "面积公式，". Office Math needs no part or relationship of its own, so the element is
copied from the opened document as it stands; an equation of a document that did not come from a
.docx (or that the source no longer knows) is still left out."""

from __future__ import annotations

from lxml import etree

from app.docx.atoms import MATH_TAGS
from app.docx.package import DocxSource
from app.docx.source_atoms import SourceAtoms
from app.model import Document, InlineObject


class Equations:
    """Finds an equation's element in the document it was read from."""

    def __init__(self, doc: Document) -> None:
        self.source = doc.source if isinstance(doc.source, DocxSource) else None
        self._atoms = SourceAtoms(self.source)

    def element(self, obj: InlineObject | None) -> etree._Element | None:
        if obj is None or obj.kind != "equation":
            return None
        atom = self._atoms.atom(obj)
        return atom.el if atom is not None and atom.el.tag in MATH_TAGS else None
