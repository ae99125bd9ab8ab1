"""What the grammar modules share (app/rules/grammar.py, app/rules/grammar_years.py): a finding
in one paragraph with its fix, and how it becomes a Finding. Apart from both so that the
document-level module does not import the paragraph-local one (a re-check served from the
local results' cache imports no local module: app/local_results.py)."""

from __future__ import annotations

from dataclasses import dataclass

from app.findings import Edit, Finding, Fix
from app.rules.base import RuleInfo


@dataclass(frozen=True)
class Hit:
    """A finding in one paragraph: [start, end) shown, [fix_start, fix_end) replaced by
    ``replacement`` (None: no fix), ``action`` the fix's description."""

    rule: str
    start: int
    end: int
    message: str
    fix_start: int = 0
    fix_end: int = 0
    replacement: str | None = None
    action: str = ""


def finding(info: RuleInfo, index: int, h: Hit) -> Finding:
    """``h`` in paragraph ``index`` as a finding of ``info``, with its fix."""
    fix = None
    if h.replacement is not None:
        fix = Fix((Edit(index, h.fix_start, h.fix_end, h.replacement),), h.action)
    return info.finding(h.message, index, h.start, h.end, fix=fix)
