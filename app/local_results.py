"""The paragraph-local rule modules' findings of `reportdesk check`, from the same cache as the
lexicon families' (app/storage/result_cache.py, app/lexicon_results.py).

Why: a re-check of a known report skips the lexicon already, and then spends most of its time
importing and running the rule modules whose findings on a paragraph are a function of that
paragraph alone (width, hygiene, hygiene_numbers, formulation, date_format: ~0.15 s
of the 0.4 s re-check of the corpus ×3, their regular expressions' compilation included). Their
findings are kept per distinct paragraph and only the paragraphs the cache has not seen are
looked at; a re-check of an unchanged report does not even import them.

A module's findings on a paragraph depend on the paragraph's text, role, heading-marker end and
whether it sits in a table cell (app.incremental_scope.PARAGRAPH_LOCAL, which the window's
incremental analysis relies on too; none of these modules reads the lexicon), so those four
make the key. The modules' code and data, app/outline/numerals.py (which two of them import)
and the engine's other files key the cache file itself (result_cache.engine_files).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.incremental_scope import PARAGRAPH_LOCAL
from app.lexicon_worker import MODULES as LEXICON_MODULES
from app.model import Document

if TYPE_CHECKING:
    from app.engine import Analysis
    from app.findings import Finding
    from app.storage.result_cache import ResultStore

# the modules kept here: the paragraph-local ones that need no lexicon
MODULES = frozenset(PARAGRAPH_LOCAL - LEXICON_MODULES)


def wanted_modules(rules: Iterable[str] | None) -> frozenset[str]:
    """The modules of :data:`MODULES` a check with these rules (None: all) runs."""
    from app.rules import selected_modules

    return selected_modules(MODULES, rules)


def local_findings(doc: Document, analysis: Analysis, store: ResultStore,
                   modules: frozenset[str]) -> dict[str, list[Finding]]:
    """Each module's findings on ``doc``, by module name, as its ``check`` finds them on the
    whole document: known paragraphs from ``store``, the others found now (on a document of
    one paragraph per unknown unit) and stored (app.lexicon_results.UnitPlan)."""
    from app.engine import Analysis as Structure
    from app.lexicon_results import UnitPlan
    from app.storage.result_cache import paragraph_key

    markers = analysis.markers
    units = [(p.text, role.value, m.end if m is not None else -1, p.cell is not None)
             for p, role, m in zip(doc.paragraphs, analysis.roles,
                                   markers or [None] * len(analysis.roles), strict=False)]
    plan = UnitPlan(doc.texts, units,
                    lambda u: paragraph_key(u[0], f"local|{u[1]}|{u[2]}|{u[3]}"),
                    modules, store)
    if plan.missing:
        positions = [plan.first[k] for k in plan.missing]
        sub_doc = Document(paragraphs=[doc.paragraphs[i] for i in positions])
        sub = Structure(roles=[analysis.roles[i] for i in positions], headings=[],
                        outline=[], groups=[],
                        markers=[markers[i] for i in positions] if markers else [])
        reply: dict[str, list[list[Finding]]] = {}
        for name in sorted(modules):
            per_unit: list[list[Finding]] = [[] for _ in positions]
            for f in importlib.import_module(name).check(sub_doc, sub):
                per_unit[f.index].append(f)
            reply[name] = per_unit
        plan.take((reply, True), store)
    return plan.assemble()
