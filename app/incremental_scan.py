"""Whole-document rule modules kept up to date by difference (for :mod:`app.incremental`).

A "scanned" rule module (:data:`SCANNED`) is split in two (:mod:`app.rules.base`): ``scan``
reads one paragraph alone — its text, role and whether it is in a table cell, all part of the
analyzer's per-paragraph key — and ``combine`` makes the findings from the hits and the
document's structure. :class:`ScanCache` keeps each paragraph's hit by paragraph id and
re-scans only the paragraphs whose key changed; ``combine`` then runs on the current hits, so
the findings are those of the module's own ``check`` (which is the same two steps over every
paragraph), also when the outline was parsed again after a typed heading or a renumbering:
what the module reads across paragraphs (items after a promise, a quotation over several
paragraphs, a fragment's neighbours) is read again each time, but only around the hits.
"""

from __future__ import annotations

from operator import itemgetter
from types import ModuleType
from typing import TYPE_CHECKING, Any

from app.findings import Finding
from app.model import Document, Paragraph, Role

if TYPE_CHECKING:
    from app.engine import Analysis

# Named, not detected (as app.incremental's lists): listing a module here says its ``check``
# is ``combine(doc, analysis, scan_document(scan, doc, analysis))`` and ``scan`` reads only
# the paragraph's text, role and cell flag.
SCANNED = frozenset({"app.rules.count", "app.rules.unbalanced", "app.rules.stray"})


class ScanCache:
    """One scanned module's hits by paragraph id (only paragraphs it does not pass over)."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.hits: dict[int, Any] = {}
        self.filled = False  # False: the hits are not known (first use, an adopted analysis)

    def forget(self) -> None:
        """The next :meth:`refresh` scans every paragraph."""
        self.filled = False
        self.hits = {}

    def refresh(self, paragraphs: list[Paragraph], roles: list[Role], dirty: list[int],
                gone: set[int], everything: bool) -> None:
        """Scan the ``dirty`` positions again (every paragraph when ``everything`` or not
        filled); ``gone``: ids of paragraphs no longer in the document."""
        scan = self.module.scan
        hits = self.hits
        positions: list[int] | range
        if everything or not self.filled:
            hits.clear()
            positions = range(len(paragraphs))
            self.filled = True
        else:
            for pid in gone:
                hits.pop(pid, None)
            positions = dirty
        for i in positions:
            p = paragraphs[i]
            hit = scan(p.text, roles[i], p.cell is not None)
            if hit is None:
                hits.pop(p.id, None)
            else:
                hits[p.id] = hit

    def findings(self, doc: Document, structure: Analysis,
                 position: dict[int, int]) -> list[Finding]:
        """The module's findings on ``doc`` now (``position``: paragraph id → index)."""
        by_index = sorted(((position[pid], hit) for pid, hit in self.hits.items()),
                          key=itemgetter(0))
        found: list[Finding] = self.module.combine(doc, structure, dict(by_index))
        return found
