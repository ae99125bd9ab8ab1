"""One call that runs the whole analysis: roles, outline, numbering groups and findings.

The UI, the CLI and the writers all use :func:`analyze`; nothing else re-derives roles or headings.
Per-paragraph work (finding a paragraph's marker, its run-in heading sentence) is cached by text
with ``functools.lru_cache`` in :mod:`app.outline.markers`, :mod:`app.outline.inline` and
:mod:`app.outline.parser`, so re-analysing a long report after a keystroke mostly hits the cache;
the whole-document passes (roles, nesting, numbering groups, rules) run again each time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.findings import Finding
from app.model import Document, Role
from app.outline.types import Heading, Marker, SequenceGroup

if TYPE_CHECKING:
    from app.lexicon_results import CachedLexicon
    from app.lexicon_worker import LexiconWorker
    from app.outline.parts import PartCache

# The rule modules that read the Chinese lexicon or a large word list (the "lexicon families":
# wording, typo, 的地得, repeated characters, confusable words, formulations, text hygiene).
# Together they are about two thirds of a cold analysis of a long report (corpus x3: ~190 of
# ~280 ms), and none of them decides a role, a heading or a numbering group. So the window's
# first analysis of a long report leaves them out (``analyze(doc, skip=LEXICON_MODULES)``): the
# outline, the numbering and the other problems are shown from it, and these modules' findings
# are added right after (ui/live.py: a slice of paragraphs at a time between the GUI's events;
# app.incremental.Snapshot, IncrementalAnalyzer.complete).
LEXICON_MODULES = frozenset({
    "app.rules.wording", "app.rules.variant", "app.rules.typo", "app.rules.dedide",
    "app.rules.repeat", "app.rules.confusable", "app.rules.formulation", "app.rules.hygiene",
})


@dataclass
class Analysis:
    roles: list[Role]  # one per paragraph
    headings: list[Heading]  # every heading in document order (children linked)
    outline: list[Heading]  # the roots of the outline tree
    groups: list[SequenceGroup]  # numbering runs checked by the numbering rules
    findings: list[Finding] = field(default_factory=list)
    numbering_style: dict[int, str] = field(default_factory=dict)  # level → restart|continuous
    markers: list[Marker | None] = field(default_factory=list)  # marker at each paragraph start
    parts: list[int] = field(default_factory=lambda: [0])  # first paragraph of each part
    all_headings: list[Heading] = field(default_factory=list)  # incl. ① items and 第X条
    # Part starts that open a notes / glossary / appendix / attachment-list block after the body.
    appendix_parts: list[int] = field(default_factory=list)
    # Rule modules whose findings are not in ``findings`` yet: a first analysis that left
    # them out (:func:`analyze` with ``skip``); the window adds them right after
    # (app.incremental.IncrementalAnalyzer.complete). Empty for every complete analysis.
    pending: frozenset[str] = frozenset()

    def heading_at(self, index: int) -> Heading | None:
        for h in self.headings:
            if h.index == index:
                return h
        return None


def analyze(doc: Document, rules: Iterable[str] | None = None,
            worker: LexiconWorker | CachedLexicon | None = None,
            skip: frozenset[str] = frozenset(), parts: PartCache | None = None) -> Analysis:
    """Analyse ``doc``. ``rules`` limits the rules run (ids or family prefixes like "numbering").
    ``worker``: a :class:`~app.lexicon_worker.LexiconWorker` that runs the lexicon's rule
    modules in another process while this one runs the others (the same findings), or a
    :class:`~app.lexicon_results.CachedLexicon` that takes what it can from the data folder's
    cache of their findings and gives the rest to such a worker (`reportdesk check`).
    ``skip``: rule modules (names) not run now; the analysis lists them as ``pending``
    (:class:`app.incremental.IncrementalAnalyzer` adds their findings later; not with
    ``worker``). ``parts``: the outline parser's parts of an earlier parse, kept where their
    input is unchanged (:class:`app.outline.parts.PartCache`: a plan that analyses its draft
    round after round)."""
    from app.outline.parser import parse_outline
    from app.rules import run_rules

    structure = parse_outline(doc, parts)
    if skip:
        if worker is not None:
            raise ValueError("analyze: skip and worker together")
        from app.rules import MODULE_NAMES

        findings = run_rules(doc, structure, rules, elsewhere=(skip, dict))
        structure.pending = frozenset(skip) & frozenset(MODULE_NAMES)
    elif worker is not None:
        rules = list(rules) if rules is not None else None
        worker.submit(doc, structure, rules)
        findings = run_rules(doc, structure, rules, elsewhere=(
            worker.handles, lambda: worker.collect(doc, structure, rules)))
    else:
        findings = run_rules(doc, structure, rules)
    for f in findings:
        f.paragraph_id = doc.paragraphs[f.index].id
    if doc.ignores:
        doc.ignores.mark(findings, doc.texts)
    structure.findings = findings
    return structure

