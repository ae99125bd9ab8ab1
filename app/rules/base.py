"""What every rule module shares: its description, the raw finding of a per-text pass, and a
helper to make findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from app import DATA_DIR
from app.findings import Finding, Fix, Severity
from app.model import Document, Role

if TYPE_CHECKING:
    from app.engine import Analysis


@dataclass(frozen=True)
class RuleInfo:
    """A rule's stable id (used in output, settings, SARIF), default severity, name and basis."""

    id: str
    severity: Severity
    name: str  # short Chinese name for the UI
    norm: str  # the standard or source the rule rests on

    def finding(self, message: str, index: int, start: int, end: int, *,
                fix: Fix | None = None, severity: Severity | None = None,
                related: list[int] | None = None) -> Finding:
        return Finding(rule=self.id, severity=severity or self.severity, message=message,
                       index=index, start=start, end=end, norm=self.norm, fix=fix,
                       related=related or [])


@dataclass(frozen=True)
class Raw:
    """A finding before it is tied to a paragraph index: a rule's per-text pass returns these so
    that it can be cached by text; ``severity`` None keeps the rule's own."""

    rule: str
    start: int  # offsets in the text checked
    end: int
    message: str
    replacement: str | None = None
    severity: Severity | None = None


_NOT_PROSE = (Role.JUNK, Role.BLANK)

T = TypeVar("T")

# A rule module split in two ("scanned"): ``scan(text, role, in_cell)`` reads one paragraph alone
# (its text, role and whether it is in a table cell) and returns what the module needs of it,
# or None for the many paragraphs it passes over; ``combine(doc, analysis, hits)`` makes the
# findings from those hits (index → value, in document order) and the document's structure.
# ``check`` is the two in a row. The split lets :mod:`app.incremental` re-scan only the edited
# paragraphs and combine again: the cross-paragraph part reads a handful of hits, not 4,000
# paragraphs.
Scan = Callable[[str, Role, bool], T | None]


def scan_document(scan: Scan[T], doc: Document, analysis: Analysis) -> dict[int, T]:
    """``scan`` of every paragraph: index → hit, in document order (None results left out)."""
    roles = analysis.roles
    hits: dict[int, T] = {}
    for i, p in enumerate(doc.paragraphs):
        hit = scan(p.text, roles[i], p.cell is not None)
        if hit is not None:
            hits[i] = hit
    return hits


def prose_paragraphs(doc: Document, analysis: Analysis) -> list[tuple[int, str]]:
    """(index, text) of the paragraphs a text check reads: not site junk, not blank (a list made
    at C speed: the whole-document rules read it again after every edit in the window)."""
    roles = analysis.roles
    return [(i, text) for i, text in enumerate(doc.texts) if roles[i] not in _NOT_PROSE]


def data_lines(name: str) -> list[str]:
    """The lines of the rule data file app/data/``name`` that hold data: the comment lines
    (starting with #) and empty lines left out. Every curated list is read this way."""
    text = (DATA_DIR / name).read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]
