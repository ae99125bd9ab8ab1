"""The review rules. Each module exposes ``RULES`` (its RuleInfo list) and ``check(doc, analysis)``.

Rules only read the document and the analysis; they never change text. A finding's fix is data.

The modules are imported when first needed (``MODULES``, ``ALL_RULES`` and :func:`run_rules`
import them), not with this package: the lexicon worker of `reportdesk check`
(:mod:`app.lexicon_worker`) imports only the modules it runs, and each module's import
compiles its regular expressions.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

from app.findings import SEVERITY_RANK, Finding
from app.model import Document

if TYPE_CHECKING:  # (also what a bundler's import scan sees: PyInstaller collects these)
    from app.engine import Analysis
    from app.rules import (
        confusable,
        count,
        dash_form,
        date_format,
        dedide,
        doc_title,
        formulation,
        grammar,
        grammar_years,
        hygiene,
        hygiene_numbers,
        junk,
        level,
        marker,
        numbering,
        org_name,
        percent_width,
        placeholder,
        repeat,
        stray,
        typo,
        unbalanced,
        variant,
        width,
        wording,
    )
    from app.rules.base import RuleInfo

    MODULES: tuple[ModuleType, ...]
    ALL_RULES: dict[str, RuleInfo]

__all__ = ["ALL_RULES", "MODULES", "MODULE_NAMES", "confusable", "count", "dash_form",
           "date_format", "dedide", "doc_title", "drop_superseded", "formulation", "grammar",
           "grammar_years", "hygiene", "hygiene_numbers", "junk", "level", "marker",
           "module_findings", "numbering", "org_name", "percent_width", "placeholder", "repeat",
           "run_rules", "selected_modules", "stray", "typo", "unbalanced", "variant", "width",
           "wording"]

# in the order their findings are collected (ties of the final sort keep it)
MODULE_NAMES: tuple[str, ...] = tuple(f"app.rules.{name}" for name in (
    "numbering", "marker", "level", "count", "placeholder", "unbalanced", "width", "org_name",
    "junk", "stray", "wording", "variant", "date_format", "dash_form", "typo", "confusable",
    "dedide", "repeat", "formulation", "doc_title", "hygiene", "hygiene_numbers", "percent_width",
    "grammar", "grammar_years"))


def __getattr__(name: str) -> Any:
    """``MODULES`` and ``ALL_RULES``, made on first use (PEP 562)."""
    if name == "MODULES":
        value: Any = tuple(map(importlib.import_module, MODULE_NAMES))
    elif name == "ALL_RULES":
        value = {r.id: r for m in __getattr__("MODULES") for r in m.RULES}
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def wanted_rule(rule_id: str, wanted: set[str] | None) -> bool:
    """Whether ``rule_id`` is among the ``wanted`` rule ids or families (None: all)."""
    return wanted is None or rule_id in wanted or rule_id.split("/")[0] in wanted


def selected(module: ModuleType, wanted: set[str] | None) -> bool:
    """Whether ``module`` has a rule among the ``wanted`` ids or families (None: all)."""
    return wanted is None or any(wanted_rule(r.id, wanted) for r in module.RULES)


def selected_modules(names: Iterable[str], rules: Iterable[str] | None) -> frozenset[str]:
    """The modules among ``names`` that a run of these rules (ids or families; None: all)
    needs; the modules are imported only when ``rules`` limits them (their RULES say which
    ids they have)."""
    if rules is None:
        return frozenset(names)
    wanted = set(rules)
    return frozenset(n for n in names if selected(importlib.import_module(n), wanted))


def wanted_finding(f: Finding, wanted: set[str] | None) -> bool:
    """Whether ``f`` is of one of the ``wanted`` rule ids or families (None: all)."""
    return wanted_rule(f.rule, wanted)


def module_findings(module: ModuleType, doc: Document, analysis: Analysis,
                    wanted: set[str] | None) -> list[Finding]:
    """The findings of one rule module, limited to the ``wanted`` ids or families (None: all)."""
    return [f for f in module.check(doc, analysis) if wanted_finding(f, wanted)]


def run_rules(doc: Document, analysis: Analysis, rules: Iterable[str] | None = None,
              elsewhere: tuple[frozenset[str], Callable[[], Mapping[str, list[Finding]]]]
              | None = None) -> list[Finding]:
    """All findings, in document order. ``rules``: ids or families ("numbering") to run.

    ``elsewhere``: (module names, a function returning their findings by module name) for the
    modules another process runs (:mod:`app.lexicon_worker`); the function is called after
    the other modules have run here, and these modules are not imported here."""
    wanted = set(rules) if rules is not None else None
    away, collect = elsewhere if elsewhere is not None else (frozenset(), None)
    findings: list[Finding] = []
    for name in MODULE_NAMES:
        if name in away:
            continue
        module = importlib.import_module(name)
        if selected(module, wanted):
            findings += module_findings(module, doc, analysis, wanted)
    if collect is not None:
        # the same findings as if run here: the sort below is stable and its key holds the rule,
        # so only findings of one module can tie, and they keep their order
        for found in collect().values():
            findings += found
    findings.sort(key=lambda f: (f.index, f.start, SEVERITY_RANK[f.severity], f.rule))
    return drop_superseded(findings)


# A rule's finding that another rule states more precisely on the same characters gives way to
# it: typo's general model suspects 长效机智, which confusable/word names with its reason (机智
# → 机制 where a mechanism is meant), and wording/misused names its listed misspellings. Decided
# on the findings actually reported, not inside the rule, so that with that rule switched off
# (a family unticked in the settings, `check --rules typo`) the word is still reported.
# The same holds wherever two families see one mistake: a listed misspelling (渡假村) needs no
# second, vaguer word-pair finding; a title's doubled 关于 or 文种 is the title rule's (its fix
# is the same); a 成文日期 written in Chinese numerals (二0二六年五月十二日) is to be rewritten in
# Arabic ones, so advice on its 〇 would contradict it; the x of a web entity (&#x2022;) is no
# blank.
SUPERSEDED_BY: dict[str, frozenset[str]] = {
    "typo/char": frozenset({"wording/misused", "confusable/word", "wording/variant"}),
    "confusable/word": frozenset({"wording/misused"}),
    # a listed 异形词 is the variant rule's, which names the form the table recommends (透澈,
    # 奢糜: typo/char above gives way); a listed misspelling, a confusable pair or a fixed
    # phrase's wrong wording on the same characters is that rule's
    "wording/variant": frozenset({"wording/misused", "confusable/word", "formulation/wording"}),
    "repeat/word": frozenset({"title/preposition", "title/repeated-type"}),
    "hygiene/year-zero": frozenset({"date/format"}),
    "placeholder": frozenset({"hygiene/html-entity"}),
    # ＸＸ万元, ｘｘ县: a blank typed full-width is one mistake, the blank
    "hygiene/fullwidth-alnum": frozenset({"placeholder"}),
    # 国办发(2019)5号: the half-width brackets of a 发文字号's year are one mistake, the brackets
    "punctuation/width": frozenset({"hygiene/docnum-bracket"}),
}


_PRECISE = frozenset(rule for rules in SUPERSEDED_BY.values() for rule in rules)


def drop_superseded(findings: list[Finding]) -> list[Finding]:
    """``findings`` without those that one of their more precise rules' findings
    (SUPERSEDED_BY) overlaps in the same paragraph."""
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for f in findings:
        if f.rule in _PRECISE:
            spans.setdefault(f.index, []).append((f.start, f.end, f.rule))
    if not spans:
        return findings
    return [f for f in findings if not _superseded(f, spans.get(f.index, ()))]


def _superseded(f: Finding, spans: Iterable[tuple[int, int, str]]) -> bool:
    over = SUPERSEDED_BY.get(f.rule)
    return over is not None and any(
        rule in over and s < f.end and f.start < e for s, e, rule in spans)
