"""The review rules. Each module exposes ``RULES`` (its RuleInfo list) and ``check(doc, analysis)``.

Rules only read the document and the analysis; they never change text. A finding's fix is data.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING

from app.findings import Finding
from app.model import Document
from app.rules import (
    confusable,
    count,
    date_format,
    dedide,
    doc_title,
    formulation,
    hygiene,
    junk,
    level,
    marker,
    numbering,
    org_name,
    placeholder,
    repeat,
    stray,
    typo,
    unbalanced,
    width,
    wording,
)
from app.rules.base import RuleInfo

if TYPE_CHECKING:
    from app.engine import Analysis

MODULES: tuple[ModuleType, ...] = (numbering, marker, level, count, placeholder, unbalanced,
                                   width, org_name, junk, stray, wording, date_format,
                                   typo, confusable, dedide, repeat,
                                   formulation, doc_title, hygiene)

ALL_RULES: dict[str, RuleInfo] = {r.id: r for m in MODULES for r in m.RULES}


def _selected(module: ModuleType, wanted: set[str] | None) -> bool:
    if wanted is None:
        return True
    return any(r.id in wanted or r.id.split("/")[0] in wanted for r in module.RULES)


def run_rules(doc: Document, analysis: Analysis, rules: Iterable[str] | None = None
              ) -> list[Finding]:
    """All findings, in document order. ``rules``: ids or families ("numbering") to run."""
    wanted = set(rules) if rules is not None else None
    findings: list[Finding] = []
    for module in MODULES:
        if not _selected(module, wanted):
            continue
        for f in module.check(doc, analysis):
            if wanted is None or f.rule in wanted or f.rule.split("/")[0] in wanted:
                findings.append(f)
    findings.sort(key=lambda f: (f.index, f.start, f.severity.rank, f.rule))
    return findings
