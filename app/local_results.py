"""The paragraph-local rule modules' findings of `reportdesk check`, from the same cache as the
lexicon families' (app/storage/result_cache.py, app/lexicon_results.py).

Why: a re-check of a known report skips the lexicon already, and then spends most of its time
importing and running the rule modules whose findings on a paragraph are a function of that
paragraph alone (width, hygiene, hygiene_numbers, formulation, confusable, date_format: ~0.15 s
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

if TYPE_CHECKING:
    from app.engine import Analysis
    from app.findings import Finding
    from app.model import Document
    from app.storage.result_cache import ResultStore

# the modules kept here: the paragraph-local ones that need no lexicon
MODULES = frozenset(PARAGRAPH_LOCAL - LEXICON_MODULES)


def wanted_modules(rules: Iterable[str] | None) -> frozenset[str]:
    """The modules of :data:`MODULES` a check with these rules runs (None: all, without
    importing them)."""
    if rules is None:
        return MODULES
    from app.rules import selected

    wanted = set(rules)
    return frozenset(n for n in MODULES if selected(importlib.import_module(n), wanted))


def local_findings(doc: Document, analysis: Analysis, store: ResultStore,
                   modules: frozenset[str]) -> dict[str, list[Finding]]:
    """Each module's findings on ``doc``, by module name, as its ``check`` finds them on the
    whole document: known paragraphs from ``store``, the others found now (on a document of
    one paragraph per unknown unit) and stored."""
    from app.incremental_scope import moved
    from app.model import Document as Doc
    from app.storage.result_cache import from_rows, paragraph_key, to_rows

    markers = analysis.markers
    unit_of: list[int] = []
    units: dict[tuple[str, str, int, bool], int] = {}
    first: list[int] = []  # a unit's first paragraph
    for i, (p, role) in enumerate(zip(doc.paragraphs, analysis.roles, strict=False)):
        marker = markers[i] if markers else None
        unit = (p.text, role.value, marker.end if marker is not None else -1, p.cell is not None)
        k = units.get(unit)
        if k is None:
            k = units[unit] = len(first)
            first.append(i)
        unit_of.append(k)
    keys = [paragraph_key(text, f"local|{role}|{end}|{cell}")
            for text, role, end, cell in units]
    found: dict[str, list[list[Finding] | None]] = {}
    missing: set[int] = set()
    for name in modules:
        per_unit: list[list[Finding] | None] = [None] * len(keys)
        for k, key in enumerate(keys):
            rows = store.get(key, name)
            if rows is not None:
                try:
                    per_unit[k] = from_rows(rows, 0) if rows else []
                    continue
                except (ValueError, TypeError):
                    pass  # a damaged entry: found again
            missing.add(k)
        found[name] = per_unit
    if missing:
        from app.engine import Analysis as Structure

        todo = sorted(missing)
        positions = [first[k] for k in todo]
        sub_doc = Doc(paragraphs=[doc.paragraphs[i] for i in positions])
        sub = Structure(roles=[analysis.roles[i] for i in positions], headings=[],
                        outline=[], groups=[],
                        markers=[markers[i] for i in positions] if markers else [])
        for name in sorted(modules):
            module = importlib.import_module(name)
            per_unit_new: list[list[Finding]] = [[] for _ in todo]
            for f in module.check(sub_doc, sub):
                per_unit_new[f.index].append(moved(f, 0) if f.index else f)
            for j, k in enumerate(todo):
                fs = per_unit_new[j]
                found[name][k] = fs
                rows = to_rows(fs, 0)
                if rows is not None:
                    store.put(keys[k], name, rows)
    out: dict[str, list[Finding]] = {}
    for name in modules:
        per = found[name]
        listed: list[Finding] = []
        for i, k in enumerate(unit_of):
            at = per[k]
            if at:
                listed += (moved(f, i) if i else f for f in at)
        out[name] = listed
    return out
