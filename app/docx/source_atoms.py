"""The atom an inline object was read from, in the document as it was opened.

Why: three writers copy an object's element out of the opened file: the save, when an object
moved to another paragraph (:mod:`.body_patch`), and the Word export, for the equations and the
charts, SmartArt, OLE objects and text boxes it carries (:mod:`app.writers.docx_equations`,
:mod:`app.writers.docx_carry`). ``DocxSource.objects`` records where each object sits (its
paragraph's index among the document's w:p, its atom's index in that paragraph); this finds the
atom again, reading the document's paragraphs once per writer.
"""

from __future__ import annotations

from lxml import etree

from app.docx.atoms import W_P, Atom, RunFormat, paragraph_atoms, plain_format
from app.docx.package import DocxSource
from app.model import InlineObject


class SourceAtoms:
    """Finds objects' atoms in ``source``'s document as opened (None: a document not read from
    a .docx, whose objects have no element)."""

    def __init__(self, source: DocxSource | None, run_format: RunFormat = plain_format) -> None:
        self.source = source
        self.run_format = run_format
        self._ps: list[etree._Element] | None = None

    def atom(self, obj: InlineObject | None) -> Atom | None:
        """The atom ``obj`` was read from; None for an object the file did not have (typed in,
        or from another document)."""
        if obj is None or self.source is None:
            return None
        found = self.source.objects.get(id(obj))
        if found is None or found[0] is not obj:
            return None
        _obj, p_index, atom_index = found
        if self._ps is None:
            self._ps = list(self.source.document.iter(W_P))
        if p_index >= len(self._ps):
            return None
        atoms = paragraph_atoms(self._ps[p_index], self.run_format)
        return atoms[atom_index] if atom_index < len(atoms) else None
