"""Equations in the Word export: an equation of a .docx (m:oMath / m:oMathPara, an InlineObject of
kind "equation") is written as the file had it. The export used to leave it out: "面积公式S=a/2，"
came out as "面积公式，". Office Math needs no part or relationship of its own, so the element is
copied from the opened document as it stands; an equation of a document that did not come from a
.docx (or that the source no longer knows) is still left out."""

from __future__ import annotations

from lxml import etree

from app.docx.atoms import MATH_TAGS, W_P, paragraph_atoms
from app.docx.package import DocxSource
from app.model import Document, InlineObject


class Equations:
    """Finds an equation's element in the document it was read from."""

    def __init__(self, doc: Document) -> None:
        self.source = doc.source if isinstance(doc.source, DocxSource) else None
        self._ps: list[etree._Element] | None = None

    def element(self, obj: InlineObject | None) -> etree._Element | None:
        if obj is None or obj.kind != "equation" or self.source is None:
            return None
        found = self.source.objects.get(id(obj))
        if found is None or found[0] is not obj:
            return None
        _obj, p_index, atom_index = found
        if self._ps is None:
            self._ps = list(self.source.document.iter(W_P))
        if p_index >= len(self._ps):
            return None
        atoms = paragraph_atoms(self._ps[p_index])
        if atom_index < len(atoms) and atoms[atom_index].el.tag in MATH_TAGS:
            return atoms[atom_index].el
        return None
