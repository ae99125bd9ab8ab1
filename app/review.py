"""Review helpers that need no Qt: the original of a document for tracked changes.

The Word writer turns the differences between the document as opened and as edited into tracked
changes, matching paragraphs by :attr:`Paragraph.id`. The editor keeps a paragraph's id through
typing, undo, moves and fixes (a split gives the new part a new id), so the snapshot taken when
the document was opened pairs with the edited document directly.
"""

from __future__ import annotations

from dataclasses import replace

from app.model import Document


def snapshot(doc: Document) -> Document:
    """A copy of ``doc``'s paragraphs (same ids) that later edits of ``doc`` do not touch."""
    return Document(
        paragraphs=[replace(p, spans=list(p.spans)) for p in doc.paragraphs],
        path=doc.path,
        source_format=doc.source_format,
        properties=dict(doc.properties),
    )
