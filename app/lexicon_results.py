"""The lexicon families' findings of `reportdesk check`, paragraph by paragraph, with their cache.

Why: the rule modules of :data:`app.lexicon_worker.MODULES` cost a fixed ~0.2 s of loading
(rjieba, the lexicon's tables) in every process; a re-check of a report after an edit should pay
for the edited paragraph only, and a re-check of an unchanged report not load the lexicon at all.
So `check` finds them per *unit* (a distinct (text, role) pair of the document) and keeps them
in the data folder (app/storage/result_cache.py); a unit found before comes from there, the
others are found by the lexicon worker (or in this process) and stored.

What each module's findings on a paragraph depend on (its scope; read from each ``check``, and
tests/app/test_result_cache.py checks each module's ``check`` still reads the document only so):

  module            reads                                            found per unit as
  wording, dedide,  the paragraph's text and role (skips JUNK and    LOCAL: one run over a
  repeat,           BLANK), the lexicon                              document of the units
  confusable
  typo              the same, and whether the spelling it would      ALONE: each unit as a
                    correct occurs more than once in the *whole*     one-paragraph document,
                    document's texts (``typo.check``)                 then :func:`used_again`
                                                                     over the whole document

For typo the unit's findings as a one-paragraph document are the candidates its own paragraph
allows (a spelling used twice in the paragraph is already left out); the document-wide part is
applied here, on every check, by :func:`used_again` (the function ``typo.check`` calls), so
a cached finding disappears when the spelling turns up in another paragraph, and comes back when
that paragraph goes. Findings are stored relative to their paragraph and re-based to wherever
the unit stands now (several places for a repeated paragraph). Rule selection (``--rules``) and
the document's ignore list filter after the cache: a unit's entry holds all its module's
findings. Only findings found with the lexicon available are stored (without it the modules
find nothing, and that must not outlive an install of the missing package).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.engine import Analysis
    from app.findings import Finding
    from app.lexicon_worker import LexiconWorker
    from app.model import Document, Role
    from app.storage.result_cache import ResultStore, Rows

    Reply = dict[str, list[Finding]]
    UnitReply = dict[str, list[list[Finding]]]

LOCAL = "local"
ALONE = "alone"
SCOPES = {"app.rules.wording": LOCAL, "app.rules.variant": LOCAL,
          "app.rules.dedide": LOCAL, "app.rules.repeat": LOCAL,
          "app.rules.confusable": LOCAL, "app.rules.typo": ALONE}
# the modules whose findings go through :func:`used_again` (typo's document-wide test)
USED_AGAIN = frozenset({"app.rules.typo"})


def used_again(texts: Sequence[str], word: str) -> bool:
    """A spelling the writer uses more than once in the document is deliberate (a coinage, a
    name), not a slip: the test app.rules.typo's ``check`` makes, on the texts. Here, not
    in typo, so that a re-check from the cache applies it without importing the lexicon."""
    count = 0
    for text in texts:
        count += text.count(word)
        if count > 1:
            return True
    return False


def unit_findings(texts: list[str], roles: list[Role], modules: Iterable[str]
                  ) -> tuple[UnitReply, bool]:
    """Each module's findings on each unit (``texts[k]`` with ``roles[k]``), as it finds them
    on the unit alone (see the scope table above): findings of unit ``k`` carry index ``k``.
    Also whether the lexicon was available (else every module found nothing)."""
    from app.engine import Analysis
    from app.lexicon import available
    from app.model import Document

    out: UnitReply = {}
    doc: Document | None = None  # the units as one document, for every LOCAL module (rules
    # only read it: made once, not once a module, ~9 M instructions each on the corpus x3)
    for name in sorted(modules):
        module = importlib.import_module(name)
        per_unit: list[list[Finding]] = [[] for _ in texts]
        if SCOPES[name] == LOCAL:
            doc = doc or Document.from_lines(texts)
            for f in module.check(doc, Analysis(roles=list(roles), headings=[], outline=[],
                                                groups=[])):
                per_unit[f.index].append(f)
        else:
            for k, (text, role) in enumerate(zip(texts, roles, strict=True)):
                one = Document.from_lines([text])
                found = module.check(one, Analysis(roles=[role], headings=[], outline=[],
                                                   groups=[]))
                per_unit[k] = [_at(f, k) for f in found] if k else list(found)
        out[name] = per_unit
    return out, available()


def _at(f: Finding, index: int) -> Finding:
    """``f`` (found at paragraph 0 of a one-paragraph document) at ``index``."""
    from app.incremental_scope import moved

    return moved(f, index)


class CachedLexicon:
    """What :func:`app.engine.analyze` calls for the lexicon modules in `check`
    (:meth:`submit`, then :meth:`collect`): the units the store knows come from it, the others
    from the worker (started by the command before it read the file) or, without one, from
    this process; the new ones are stored. With nothing to find the worker is ended at once
    (``last``: no other document will follow), so a re-check of a known report never waits
    for the lexicon."""

    def __init__(self, store: ResultStore | None, worker: LexiconWorker | None,
                 last: bool = True, may_start: bool = False) -> None:
        self.store = store
        self.worker = worker
        self.last = last
        # start a worker when units are missing and none runs (the command did not start one
        # because the cache knew the file whole last time: app.storage.result_cache.SEEN)
        self.may_start = may_start
        self.whole = False  # after collect(): every unit of the document is in the store
        self._plan: UnitPlan | None = None
        # the rule modules whose findings collect() gives: the lexicon's, and with a store the
        # paragraph-local ones it keeps too (app.local_results)
        from app.lexicon_worker import MODULES

        self.handles: frozenset[str] = MODULES
        if store is not None:
            from app.local_results import MODULES as LOCAL

            self.handles = MODULES | LOCAL

    def prefetch(self, texts: list[str]) -> None:
        """Hand the worker, if one runs, the texts of a document just read (before its outline
        is parsed): it finds what it can of them while it waits for the request
        (app.lexicon_worker.LexiconWorker.prefetch). Not filtered by what the store knows: a
        worker that has its request before it has loaded the lexicon (a re-check after an
        edit: one unit asked) never starts on them, and the filter's digests cost more here
        (~50 M instructions on the big report) than they could save there."""
        if self.worker is not None:
            self.worker.prefetch(texts)

    def submit(self, doc: Document, analysis: Analysis, rules: Iterable[str] | None) -> None:
        from app.storage.result_cache import paragraph_key

        plan = UnitPlan(doc.texts, list(zip(doc.texts, analysis.roles, strict=True)),
                        lambda unit: paragraph_key(unit[0], unit[1].value),
                        _wanted_modules(rules), self.store)
        self._plan = plan
        if self.worker is None and plan.missing and self.may_start:
            from app.lexicon_worker import LexiconWorker

            self.may_start = False
            self.worker = LexiconWorker.start()
        if self.worker is None:
            return
        if plan.missing:
            self.worker.submit_units([plan.units[k][0] for k in plan.missing],
                                     [plan.units[k][1] for k in plan.missing],
                                     sorted(plan.modules))
        elif self.last:
            self.worker.discard()  # nothing for it: end it now, it is still loading

    def collect(self, doc: Document, analysis: Analysis, rules: Iterable[str] | None) -> Reply:
        from app.rules import wanted_finding

        plan = self._plan
        self._plan = None
        assert plan is not None, "collect() before submit()"
        wanted = set(rules) if rules is not None else None
        local: Reply = {}
        if self.store is not None:  # (found here while the worker still works)
            from app.local_results import local_findings, wanted_modules

            local = local_findings(doc, analysis, self.store, wanted_modules(rules))
        if plan.missing:
            texts = [plan.units[k][0] for k in plan.missing]
            roles = [plan.units[k][1] for k in plan.missing]
            found = self.worker.collect_units() if self.worker is not None else None
            if found is None:
                found = unit_findings(texts, roles, plan.modules)
            plan.take(found, self.store)
        self.whole = plan.modules == frozenset(SCOPES) and plan.stored
        return {name: [f for f in fs if wanted_finding(f, wanted)]
                for name, fs in {**plan.assemble(), **local}.items()}


def _wanted_modules(rules: Iterable[str] | None) -> frozenset[str]:
    """The lexicon modules a check with these rules (ids or families; None: all) runs, as
    app.rules.selected_modules says, told from app.lexicon_worker.RULE_IDS: importing the
    modules to read their RULES would load the lexicon in this process, which the worker and
    the cache are there to spare it."""
    if rules is None:
        return frozenset(SCOPES)
    from app.lexicon_worker import RULE_IDS
    from app.rules import wanted_rule

    wanted = set(rules)
    return frozenset(n for n in SCOPES if any(wanted_rule(i, wanted) for i in RULE_IDS[n]))


class UnitPlan:
    """One document's units (the distinct values of ``units``, one per paragraph: what a
    module's findings on a paragraph depend on), what the store knows of them under ``key``,
    and the findings put together. Also app.local_results' plan."""

    def __init__(self, texts: list[str], units: Sequence[Hashable],
                 key: Callable[[Any], bytes], modules: frozenset[str],
                 store: ResultStore | None) -> None:
        from app.storage.result_cache import from_rows

        self.texts = texts
        self.modules = modules
        self.unit_of: list[int] = []  # paragraph → unit
        self.units: list[Any] = []  # the distinct units, in order of first appearance
        self.first: list[int] = []  # the paragraph where each unit first appears
        index: dict[Hashable, int] = {}
        for i, unit in enumerate(units):
            k = index.get(unit)
            if k is None:
                k = index[unit] = len(self.units)
                self.units.append(unit)
                self.first.append(i)
            self.unit_of.append(k)
        self.keys = [key(unit) for unit in self.units]
        # module → unit → its findings at index 0 (found relative to the paragraph)
        self.found: dict[str, list[list[Finding] | None]] = {
            name: [None] * len(self.keys) for name in modules}
        missing = []
        for k, key_k in enumerate(self.keys):
            known = True
            for name in modules:
                rows = store.get(key_k, name) if store is not None else None
                if rows is not None:
                    try:
                        self.found[name][k] = from_rows(rows, 0) if rows else []
                        continue
                    except (ValueError, TypeError):
                        pass  # a damaged entry: found again
                known = False
            if not known:
                missing.append(k)
        self.missing = missing  # units to find (every module, for simplicity)
        self.stored = store is not None  # every unit in the store (after take())

    def take(self, found: tuple[UnitReply, bool], store: ResultStore | None) -> None:
        """The findings of the missing units (in the order of :attr:`missing`); stored when
        the lexicon was there to find them."""
        from app.storage.result_cache import to_rows

        reply, lexicon_there = found
        self.stored = self.stored and lexicon_there
        keep = store is not None and lexicon_there
        # unit → module → rows, stored in one go a unit (most units have no finding: their
        # rows are the empty tuple, made without a call); this loop runs after the worker's
        # reply, on the critical path of `check`
        rows_of: dict[int, dict[str, Rows]] = {}
        for name in self.modules:
            per_module = self.found[name]
            for j, (k, fs) in enumerate(zip(self.missing, reply[name], strict=True)):
                if not fs:
                    per_module[k] = []
                    if keep:
                        rows_of.setdefault(k, {})[name] = ()
                    continue
                fs = [_at(f, 0) for f in fs] if j else list(fs)
                per_module[k] = fs
                if keep:
                    rows = to_rows(fs, 0)
                    if rows is not None:
                        rows_of.setdefault(k, {})[name] = rows
                    else:
                        self.stored = False
        if store is not None and rows_of:
            keys = self.keys
            store.put_all({keys[k]: modules for k, modules in rows_of.items()})

    def assemble(self) -> Reply:
        """Each module's findings on the document, by module name (as the modules find them on
        the whole document)."""
        out: Reply = {}
        texts = self.texts
        # the paragraphs of the units with a finding of any module: most units have none, and
        # this runs after the worker's reply, on the critical path of `check` (a walk of every
        # paragraph for every module was ~25 M instructions on the corpus x3)
        having = {k for per_unit in self.found.values() for k, fs in enumerate(per_unit) if fs}
        places = [(i, k) for i, k in enumerate(self.unit_of) if k in having] if having else []
        for name in sorted(self.modules):
            per_unit = self.found[name]
            doc_wide = name in USED_AGAIN
            found: list[Finding] = []
            for i, k in places:
                for f in per_unit[k] or ():
                    if doc_wide and used_again(texts, texts[i][f.start:f.end]):
                        continue
                    found.append(_at(f, i) if i else f)
            out[name] = found
        return out
