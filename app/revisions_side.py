"""The revisions outside the body (headers, footers, footnotes, endnotes) for the 修订 pane.

They are read once per opened file (those parts are saved as they were, so they do not change
while the document is open) and listed until an accept all / reject all covers them: that
decision is applied to those parts on Save (:func:`app.docx.revision_side.decide_side_parts`),
so from then on they are no longer pending. Undoing the decision lists them again.
"""

from __future__ import annotations

from app import revisions as rv
from app.docx.package import DocxSource
from app.docx.revision_side import SideRevision, read_side_revisions
from app.model import Document


def side_revisions(doc: Document) -> list[SideRevision]:
    """The pending revisions of the headers, footers and notes of ``doc``'s file."""
    source = doc.source
    if not isinstance(source, DocxSource):
        return []
    ctx = rv._context(source)
    if ctx.side is None:
        ctx.side = list(read_side_revisions(source, ctx.run_format))
    found = [s for s in ctx.side if isinstance(s, SideRevision)]
    decided = source.table_decisions
    return [s for s in found
            if not any(a is None or a == s.revision.author for _d, a in decided)]  # fmt: skip
