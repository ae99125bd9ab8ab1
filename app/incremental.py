"""Incremental analysis: after an edit, redo only the work whose input changed.

The editor re-analyses after every pause in the typing. :func:`app.engine.analyze` does the whole
document each time; :class:`IncrementalAnalyzer` keeps what it found last time and redoes:

- the outline only when some paragraph's outline signature changed (:mod:`app.outline.
  signature`: what the parser reads of a text); typing inside a sentence keeps it, and the
  edited headings get their new titles (in place: a kept outline shares its headings with the
  previous analysis); when it is parsed, the parts an edit left as they were keep their tree
  and groups (:mod:`app.outline.parts`; the parts before the edit share their headings with
  the previous analysis);
- paragraph-local rule families (:data:`PARAGRAPH_LOCAL`; these sets and the scope of each
  rule module are in :mod:`app.incremental_scope`) only on the paragraphs whose input
  changed: the text, the role, where the heading marker ends, whether it is in a table cell;
  the other paragraphs keep their findings (re-indexed when paragraphs were inserted or removed);
  the same for rule families local given a few context paragraphs (:data:`LOCAL_IN_CONTEXT`),
  as long as those context paragraphs read the same — also when the outline was parsed again;
- rules that read only the outline (:data:`STRUCTURE_ONLY`) only when the outline changed;
  whole-document rules with a text test (:data:`TEXT_GATES`: counts, brackets) only when the
  outline changed or an edited paragraph passes their test;
  the others every time: site junk whole; count, brackets and stray fragments
  (:data:`app.incremental_scan.SCANNED`) by difference — each paragraph's own part kept by
  paragraph id and done again only where the paragraph changed, the part across paragraphs
  (items after a promise, quotations over paragraphs, a fragment's neighbours) done again
  around those parts only; typo (:data:`app.incremental_alone.ALONE`) by difference too — each
  paragraph's findings found alone, its "used again" test by counts of the spellings kept by
  difference.

The result is equal to a cold :func:`~app.engine.analyze` of the same document (a property test
checks it over random edit sequences), and :class:`AnalysisDelta` says what changed, so views
can update only the rows that did.

A caller that has already parsed the document as it now stands (修正全部序号's plan analyses its
draft until no numbering fix is left: that last draft *is* the renumbered document) may hand
that parse to :meth:`IncrementalAnalyzer.update` as ``outline``; it is used only when every
paragraph's parser input is the same (text, fixed role, table cell), else the outline is parsed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter, is_not, itemgetter, not_
from typing import Any

from app.engine import Analysis
from app.findings import SEVERITY_RANK, Finding
from app.incremental_align import (
    STATE,
    changed_span,
    dirty_in_place,
    dirty_positions,
    inside_changes,
    marker_end,
    signatures_in_place,
)
from app.incremental_alone import ALONE, AloneCache, found_alone
from app.incremental_scan import SCANNED, ScanCache
from app.incremental_scope import (
    LOCAL_IN_CONTEXT,
    PARAGRAPH_LOCAL,
    STRUCTURE_ONLY,
    TEXT_GATES,
    LocalCache,
    ParagraphKey,
    copied,
    moved,
    switch_of,
    texts_once,
)
from app.model import CellRef, Document, Paragraph, Role
from app.outline.lines import set_right
from app.outline.parts import PartCache
from app.outline.signature import outline_signature, retitle
from app.outline.types import Marker
from app.rules import drop_superseded, selected, wanted_finding
from app.textcache import LONG, note_long_texts

# (the severity as the member: a StrEnum, equal to and hashed as its value, without the
# Python-level ``.value`` of ~3,500 findings a run)
FindingKey = tuple[str, int | None, int, int, str, str, bool]


# (an attrgetter: the ~3,500 keys of a run made in C, not by a Python call each)
_FINDING_KEY = attrgetter("rule", "paragraph_id", "start", "end", "severity", "message",
                          "ignored")


def finding_key(f: Finding) -> FindingKey:
    """What a problem row shows, by paragraph id (not index: a row does not change because a
    paragraph was inserted above it)."""
    return _FINDING_KEY(f)


OutlineRow = tuple[int, int | None, int, str, str]  # id, parent id, level, marker, title
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)


@dataclass
class AnalysisDelta:
    """The new analysis and what changed against the previous one.

    ``outline_changed``: ids of the outline rows whose shown content changed (title, marker,
    level, parent); ``outline_reshaped``: rows were added, removed or reordered (a view must
    rebuild its tree, or at least insert/remove rows). ``renumbered``: paragraphs were
    inserted or removed, so line numbers shown for unchanged findings moved.
    """

    analysis: Analysis
    added: list[Finding] = field(default_factory=list)
    removed: list[Finding] = field(default_factory=list)
    outline_changed: list[int] = field(default_factory=list)
    outline_reshaped: bool = False
    renumbered: bool = False
    reanalysed: list[int] = field(default_factory=list)  # ids re-checked by the local rules
    reparsed: bool = True  # the outline was parsed again (False: kept, titles updated)
    # finding_key of each of ``analysis.findings``, in order (the problems table diffs by them)
    keys: list[FindingKey] | None = None


def outline_rows(doc: Document, analysis: Analysis,
                 ids: list[int] | None = None) -> list[OutlineRow]:
    """The outline as the tree view shows it, one row per heading, in document order.
    ``ids``: each paragraph's id, when the caller has them (one list lookup a heading)."""
    if ids is None:
        ids = [p.id for p in doc.paragraphs]
    rows: list[OutlineRow] = []
    add = rows.append
    for h in analysis.headings:
        parent = h.parent
        m = h.marker
        add((ids[h.index], ids[parent.index] if parent is not None else None, h.level,
             m.text, h.title))
    return rows


def same_parser_input(a: Document, b: Document) -> bool:
    """True when the outline parser reads the same of every paragraph of ``a`` and ``b``: text,
    fixed role, table cell, set flush right (ids, spans and objects it does not read).

    Only the positions holding two different Paragraph objects are compared one by one (found
    in C): a stand-in document (修正全部序号's plan) holds the document's own paragraphs where it
    changed nothing, and reading five facts of each of 4,400 paragraphs twice cost ~5 ms."""
    pa, pb = a.paragraphs, b.paragraphs
    if len(pa) != len(pb):
        return False
    return all(p.text == q.text and _parser_facts(p) == _parser_facts(q)
               for p, q in zip(compress(pa, map(is_not, pa, pb)),
                               compress(pb, map(is_not, pa, pb)), strict=True))


def _parser_facts(p: Paragraph) -> tuple[bool, Role | None, CellRef | None, bool]:
    """What the outline parser reads of a paragraph besides its text."""
    return bool(p.role_fixed), p.role if p.role_fixed else None, p.cell, set_right(p)


@dataclass
class Snapshot:
    """What the pending rule modules read of the document as it stood when the snapshot was
    taken: copies, so that :meth:`steps` may run between edits of the live document. The
    per-paragraph keys say later which of the findings still hold
    (:meth:`IncrementalAnalyzer.complete`)."""

    generation: int
    modules: frozenset[str]
    texts: list[str]
    roles: list[Role]
    markers: list[Marker | None]
    ids: list[int]
    keys: list[ParagraphKey]
    rules: list[str] | None
    found: dict[str, list[Finding]] = field(default_factory=dict)  # filled by steps()
    # the ALONE modules' findings (app.incremental_alone), by module and paragraph id
    alone: dict[str, dict[int, list[tuple[Finding, str]]]] = field(default_factory=dict)

    def steps(self, size: int = 100) -> Iterator[int]:
        """Run the pending modules on ``size`` paragraphs at a time (yielding the paragraphs
        done), so that a caller on the GUI thread can handle events in between; then
        :attr:`found` holds the findings of the paragraph-local ones (:data:`PARAGRAPH_LOCAL`:
        their findings on a slice are their findings in the document), by module name,
        indexed by position in the snapshot; :attr:`alone` those of the modules found on each
        paragraph alone (typo: :mod:`app.incremental_alone`), by paragraph id."""
        import importlib

        from app.rules import MODULE_NAMES, module_findings

        wanted = set(self.rules) if self.rules is not None else None
        modules = [importlib.import_module(n) for n in MODULE_NAMES if n in self.modules]
        modules = [m for m in modules if selected(m, wanted)]
        found: dict[str, list[Finding]] = {m.__name__: [] for m in modules
                                           if m.__name__ in PARAGRAPH_LOCAL}
        alone = [m for m in modules if m.__name__ in ALONE]
        modules = [m for m in modules if m.__name__ not in ALONE]
        by_id: dict[str, dict[int, list[tuple[Finding, str]]]] = {m.__name__: {}
                                                                   for m in alone}
        for start in range(0, len(self.texts), size):
            end = min(start + size, len(self.texts))
            doc = Document.from_lines(self.texts[start:end])
            sub = Analysis(roles=self.roles[start:end], headings=[], outline=[], groups=[],
                           markers=self.markers[start:end])
            for module in alone:
                mine = by_id[module.__name__]
                for k in range(start, end):
                    own = found_alone(module, self.texts[k], self.roles[k], self.markers[k])
                    if own:
                        mine[self.ids[k]] = own
            for module in modules:
                hits = module_findings(module, doc, sub, wanted)
                kept = found.get(module.__name__)
                if kept is not None:
                    kept += (moved(f, f.index + start) for f in hits)
            yield end
        self.found, self.alone = found, by_id


class IncrementalAnalyzer:
    """Keeps the last analysis of one document and brings it up to date after edits.

    ``update`` may be given the ids of the paragraphs the editor touched; it does not trust
    them alone: every paragraph's rule input is compared with last time (cheap: the strings are
    mostly the same objects), so a missed notification cannot make the result stale.
    """

    def __init__(self, rules: Iterable[str] | None = None) -> None:
        from app.rules import MODULES

        self.wanted = set(rules) if rules is not None else None
        modules = [m for m in MODULES if selected(m, self.wanted)]
        local = PARAGRAPH_LOCAL | LOCAL_IN_CONTEXT.keys()
        self._local = [LocalCache(m) for m in modules if m.__name__ in local]
        self._alone = [AloneCache(m) for m in modules if m.__name__ in ALONE]
        self._global = [m for m in modules if m.__name__ not in local | ALONE]
        self._scanned = {m.__name__: ScanCache(m) for m in self._global
                         if m.__name__ in SCANNED}
        self._order = {m.__name__: k for k, m in enumerate(modules)}
        self._ids: list[int] = []
        self.doc: Document | None = None
        self.analysis: Analysis | None = None
        self._rows: list[OutlineRow] = []
        self._finding_keys: dict[FindingKey, Finding] = {}
        # each paragraph at the last update: its STATE (app.incremental_align), outline
        # signature, text, role and marker (the rule key is text, role, marker end, cell)
        self._state: list[tuple[Any, ...]] = []
        self._signatures: list[Hashable] = []
        self._texts: list[str] = []
        self._roles: list[Role] = []
        self._markers: list[Marker | None] = []
        self._previous: dict[str, list[Finding]] = {}  # last findings of the modules above
        self._parts = PartCache()  # the last parse's parts (a parse redoes only changed parts)
        # modules whose findings are not in yet (a first analysis left them out: see complete)
        self._pending: frozenset[str] = frozenset()
        self.generation = 0  # one more at each new starting point (analyze, adopt)

    def analyze(self, doc: Document) -> Analysis:
        """A full analysis of ``doc`` (forgetting any other document); later edits go to
        :meth:`update`."""
        self.doc = None
        return self.update(doc).analysis

    def adopt(self, doc: Document, analysis: Analysis, parts: PartCache | None = None) -> None:
        """Take ``analysis``, made by :func:`app.engine.analyze` of ``doc`` with this analyzer's
        rules (the loader analyses in a worker), as the last analysis: the next :meth:`update`
        is then incremental instead of starting over. ``parts``: that analysis' parse's parts
        (``analyze(…, parts=)``): the next parse redoes only the parts edited since. When the
        analysis left some modules out (``analysis.pending``), they stay out of every update
        until :meth:`complete` brings their findings."""
        from app.rules import MODULES

        self.generation += 1
        self._pending = frozenset(analysis.pending) & frozenset(self._order)
        module_of = {r.id: m.__name__ for m in MODULES for r in m.RULES}
        paragraphs = doc.paragraphs
        ids = [p.id for p in paragraphs]
        by_module: dict[str, list[Finding]] = {}
        for f in analysis.findings:
            by_module.setdefault(module_of.get(f.rule, ""), []).append(copied(f))
        texts = [p.text for p in paragraphs]
        for scanned in self._scanned.values():
            scanned.forget()  # (the analysis holds findings, not the hits: scanned next time)
        for alone in self._alone:
            alone.forget()  # (nor what each paragraph gives alone: found next time)
        for cache in self._local:
            cache.switch = switch_of(cache.module)
            cache.context = cache.read_context(texts, analysis.roles)[1]
            cache.found = {}
            for f in by_module.get(cache.module.__name__, []):
                cache.found.setdefault(ids[f.index], []).append(f)
        self._previous = {name: found for name, found in by_module.items()
                          if name in STRUCTURE_ONLY or name in TEXT_GATES}
        for name in STRUCTURE_ONLY | TEXT_GATES.keys():
            self._previous.setdefault(name, [])
        self._state = list(map(STATE, paragraphs))
        self._signatures = list(map(outline_signature, paragraphs))
        self._texts = texts
        self._roles, self._markers = list(analysis.roles), list(analysis.markers)
        self._finding_keys = {finding_key(f): f for f in analysis.findings}
        self._rows = outline_rows(doc, analysis, ids)
        self.doc, self.analysis, self._ids = doc, analysis, ids
        if parts is not None:
            self._parts = parts

    @property
    def pending(self) -> frozenset[str]:
        """The rule modules whose findings are not in the last analysis yet."""
        return self._pending

    def snapshot(self) -> Snapshot | None:
        """What the pending modules need of the last analysed document (None: nothing is
        pending). Their findings on it, handed to :meth:`complete`, finish the analysis."""
        doc, analysis = self.doc, self.analysis
        if not self._pending or doc is None or analysis is None:
            return None
        ids = list(self._ids)
        keys = self._key_map()
        return Snapshot(self.generation, self._pending, [keys[pid][0] for pid in ids],
                        list(analysis.roles), list(analysis.markers), ids,
                        [keys[pid] for pid in ids],
                        None if self.wanted is None else sorted(self.wanted))

    def complete(self, doc: Document, snapshot: Snapshot) -> AnalysisDelta | None:
        """Add the pending modules' findings on ``snapshot`` (after its :meth:`~Snapshot.steps`:
        ``snapshot.found``) and bring the analysis
        up to date with ``doc``: the paragraphs edited since the snapshot (their rule input
        differs from the snapshot's) are checked again here, the rest keep what was found.
        The result is what a full analysis of ``doc`` gives. None when the snapshot is out of
        date (another document, a new start, or its modules no longer pending)."""
        names = snapshot.modules & self._pending
        if snapshot.generation != self.generation or not names or self.doc is not doc:
            return None
        found = snapshot.found
        then = dict(zip(snapshot.ids, snapshot.keys, strict=True))
        now = self._key_map()
        stale = [pid for pid, key in now.items() if then.get(pid) != key]
        for cache in self._local:
            name = cache.module.__name__
            if name not in names:
                continue
            cache.switch = switch_of(cache.module)
            cache.context = cache.read_context(snapshot.texts, snapshot.roles)[1]
            cache.found = {}
            for f in found.get(name, []):
                pid = snapshot.ids[f.index]
                if pid in now:  # (not a paragraph deleted since)
                    cache.found.setdefault(pid, []).append(f)
        for alone in self._alone:
            name = alone.module.__name__
            if name in names:
                alone.fill({pid: hits for pid, hits in snapshot.alone.get(name, {}).items()
                            if pid in now})
        self._pending -= names
        return self.update(doc, stale)

    def parts(self) -> PartCache:
        """A copy of the last parse's parts (:meth:`PartCache.copy`) for a plan that parses
        drafts of this document (修正全部序号), to give back with its ``outline``."""
        return self._parts.copy()

    def update(self, doc: Document, changed_ids: Iterable[int] = (),
               outline: tuple[Document, Analysis] | None = None,
               parts: PartCache | None = None) -> AnalysisDelta:
        """The analysis of ``doc`` now, and what changed since the last call. ``outline``: a
        document and its analysis that the caller made already (see the module docstring);
        ``parts``: the parts of that parse (:meth:`parts`, brought up to date by the caller's
        parse), kept when the outline is taken, so that the next parse after it redoes only
        the parts edited since, not every part the caller changed."""
        from app.outline.parser import parse_outline

        everything = self.doc is not doc
        if everything:
            self._pending = frozenset()  # a new starting point: every module runs
            self.generation += 1
        paragraphs = doc.paragraphs
        state = list(map(STATE, paragraphs))
        ids = list(map(_FIRST, state))  # (made in C)
        texts = list(map(_SECOND, state))
        n = len(state)
        old_state = [] if everything else self._state
        m = len(old_state)
        # the stretch the edits changed: old_state[p:m - s] became state[p:n - s]
        p, s = changed_span(old_state, state)
        old_texts = self._texts
        # edits that kept every paragraph at its place: only those whose state changed are
        # looked at one by one (app.incremental_align.inside_changes)
        inner = None if everything else inside_changes(old_state, state, p, s)
        if inner is not None:
            note_long_texts(texts[i] for i in inner
                            if len(texts[i]) >= LONG and texts[i] != old_texts[i])
            signatures = signatures_in_place(self._signatures, paragraphs, inner)
        else:
            old_at = {old_state[j][0]: j for j in range(p, m - s)}
            before = [old_texts[old_at[ids[i]]] if ids[i] in old_at else ""
                      for i in range(p, n - s)]
            note_long_texts(t for t, b in zip(texts[p:n - s], before, strict=True)
                            if len(t) >= LONG and t != b)  # new versions of long paragraphs
            old_signatures = self._signatures
            signatures = old_signatures[:p]
            for i in range(p, n - s):  # (a paragraph moved or left as it was keeps its signature)
                j = old_at.get(ids[i])
                signatures.append(old_signatures[j] if j is not None and old_state[j] == state[i]
                                  else outline_signature(paragraphs[i]))
            if s:
                signatures += old_signatures[m - s:]
        kept = not everything and self.analysis is not None and signatures == self._signatures
        if kept:
            # Nothing the parser reads changed: the outline stands, only titles may have.
            assert self.analysis is not None
            structure = dataclasses.replace(self.analysis, findings=[])
            changed = [i for i in range(p, n - s) if texts[i] is not old_texts[i]]
            retitle(structure, texts, changed)
            edited = [(old_texts[i], texts[i], structure.roles[i]) for i in changed]
        elif outline is not None and same_parser_input(outline[0], doc):
            structure = dataclasses.replace(outline[1], findings=[])
            edited = []
            if parts is not None:
                self._parts = parts
        else:
            structure = parse_outline(texts_once(doc, texts), self._parts)
            edited = []
        doc_in = doc
        doc = texts_once(doc, texts)  # what the rules read; ``doc_in`` is the caller's
        roles, markers = structure.roles, structure.markers
        if everything:
            dirty: list[int] = list(range(n))
            gone: set[int] = set()
            changes: list[tuple[str, str]] | None = None
        elif inner is not None:
            dirty, gone, changes = dirty_in_place(
                (self._state, self._roles, self._markers), (state, roles, markers),
                set(changed_ids), inner)
        else:
            dirty, gone, changes = dirty_positions(
                (self._state, self._roles, self._markers), (state, roles, markers),
                set(changed_ids), p, s, old_at, before)
        self._state, self._signatures, self._texts = state, signatures, texts
        self._roles, self._markers = list(roles), list(markers)
        pending = self._pending
        for cache in self._local:
            for pid in gone:
                cache.found.pop(pid, None)
            if cache.module.__name__ not in pending:
                cache.refresh(doc, structure, dirty, ids, everything)
        for name, scanned in self._scanned.items():
            if name in pending:
                scanned.forget()
            else:
                scanned.refresh(paragraphs, roles, dirty, gone, everything)
        for alone in self._alone:
            if alone.module.__name__ in pending:
                alone.forget()
            else:
                alone.refresh(paragraphs, texts, roles, markers, dirty, gone, changes,
                              everything)

        findings = self._collect(doc, structure, ids, kept, edited)
        for f in findings:
            f.paragraph_id = ids[f.index]
            f.ignored = False
        if doc.ignores:
            doc.ignores.mark(findings, doc.texts)
        structure.findings = findings
        structure.pending = pending
        delta = self._delta(doc, structure, ids, everything)
        delta.reanalysed = [ids[i] for i in dirty]
        delta.reparsed = not kept
        self.doc, self.analysis, self._ids = doc_in, structure, ids
        return delta

    def _key_map(self) -> dict[int, ParagraphKey]:
        """Each paragraph's rule key at the last update, by id (for the second stage)."""
        return {st[0]: (st[1], r, marker_end(mk), st[2] is not None)
                for st, r, mk in zip(self._state, self._roles, self._markers, strict=True)}

    def _untouched(self, name: str, edited: list[tuple[str, str, Role]],
                   structure: Analysis) -> bool:
        """With the outline kept: can the module's findings be what they were?"""
        if name in STRUCTURE_ONLY:
            return True
        gate = TEXT_GATES.get(name)
        return gate is not None and not any(gate(old, role) or gate(new, role)
                                            for old, new, role in edited)

    def _collect(self, doc: Document, structure: Analysis, ids: list[int],
                 kept: bool, edited: list[tuple[str, str, Role]]) -> list[Finding]:
        """All findings in the order :func:`app.rules.run_rules` gives them."""
        wanted = self.wanted
        per_module: list[tuple[int, list[Finding]]] = []
        pending = self._pending
        position = dict(zip(ids, range(len(ids)), strict=True))  # (made in C)
        for module in self._global:
            name = module.__name__
            if name in pending:
                continue
            if kept and name in self._previous and self._untouched(name, edited, structure):
                found = [copied(f, related=list(f.related))
                         for f in self._previous[name]]
            else:
                scanned = self._scanned.get(name)
                hits = (scanned.findings(doc, structure, position) if scanned is not None
                        else module.check(doc, structure))
                found = list(hits) if wanted is None else [f for f in hits
                                                           if wanted_finding(f, wanted)]
                if name in STRUCTURE_ONLY or name in TEXT_GATES:
                    self._previous[name] = [copied(f) for f in found]
            per_module.append((self._order[name], found))
        for cache in self._local:
            if cache.module.__name__ in pending:
                continue
            # Copies at today's index: the cached ones stay as found, and a view holding the
            # previous analysis never sees its findings change under it.
            hits = [moved(f, position[pid]) for pid, fs in cache.found.items() for f in fs
                    if wanted is None or wanted_finding(f, wanted)]
            hits.sort(key=lambda f: f.index)  # stable: a paragraph's own order is kept
            per_module.append((self._order[cache.module.__name__], hits))
        for alone in self._alone:
            if alone.module.__name__ in pending:
                continue
            hits = alone.findings(position)
            if wanted is not None:
                hits = [f for f in hits if wanted_finding(f, wanted)]
            per_module.append((self._order[alone.module.__name__], hits))
        per_module.sort(key=lambda pair: pair[0])
        findings = [f for _, fs in per_module for f in fs]
        findings.sort(key=lambda f: (f.index, f.start, SEVERITY_RANK[f.severity], f.rule))
        return drop_superseded(findings)

    def _delta(self, doc: Document, structure: Analysis, ids: list[int],
               everything: bool) -> AnalysisDelta:
        delta = AnalysisDelta(structure)
        delta.keys = list(map(_FINDING_KEY, structure.findings))
        new_keys = dict(zip(delta.keys, structure.findings, strict=True))
        old_keys = self._finding_keys
        # (in C: the findings whose key is not in the other run's, in their order)
        delta.added = list(compress(new_keys.values(), map(not_, map(old_keys.__contains__,
                                                                     new_keys))))
        delta.removed = list(compress(old_keys.values(), map(not_, map(new_keys.__contains__,
                                                                       old_keys))))
        self._finding_keys = new_keys
        rows = outline_rows(doc, structure, ids)
        old_rows = self._rows
        if everything or list(map(_FIRST, rows)) != list(map(_FIRST, old_rows)):
            delta.outline_reshaped = True
            old = {r[0]: r for r in old_rows}
            delta.outline_changed = [r[0] for r in rows if old.get(r[0]) != r]
        else:
            delta.outline_changed = [r[0] for r, o in zip(rows, old_rows, strict=True) if r != o]
        delta.renumbered = everything or ids != self._ids
        self._rows = rows
        return delta
