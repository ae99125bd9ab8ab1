"""typo kept up to date by difference (for :mod:`app.incremental`): each paragraph's candidates
found alone, the document-wide "used again" test by counts kept by difference.

Why: typo was the largest whole-document module left in the window's run after a typed heading
(~20 % of the analysis on corpus x3): its per-text part is cached, but its ``check`` still walks
every prose paragraph and counts each suspect spelling over every text of the document. Its
scope is the one :mod:`app.lexicon_results` already uses for `check`'s cache (``ALONE``, and
tests/app/test_result_cache.py holds typo's ``check`` to it): a paragraph's findings in the
document are its findings as a one-paragraph document, less those whose spelling occurs more
than once in the whole document (:func:`app.lexicon_results.used_again`, the test typo's
``check`` makes). Found alone, a spelling written twice in its own paragraph is already
left out; a spelling written once there is kept by the document when the document has it once.

So :class:`AloneCache` keeps each paragraph's findings found alone, by paragraph id, redone only
for the paragraphs whose rule input changed (the analyzer's ``dirty`` list), and, for each
spelling those findings name, how often it occurs in the document's texts: the count changes
only by what the edited, inserted and removed paragraphs held of it, so it is brought up to
date from those alone; a spelling newly named is counted over every text once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from types import ModuleType

from app.engine import Analysis
from app.findings import Finding
from app.incremental_scope import moved, switch_of
from app.lexicon_results import USED_AGAIN
from app.model import Document, Paragraph, Role
from app.outline.types import Marker

# The rule modules kept here: those whose findings go through the used-again test.
ALONE = USED_AGAIN

Found = list[tuple[Finding, str]]  # a paragraph's findings found alone (at index 0), spelling


def found_alone(module: ModuleType, text: str, role: Role, marker: Marker | None
                ) -> Found:
    """``module``'s findings on ``text`` as a one-paragraph document, each with the spelling
    the used-again test reads (the finding's span of the text)."""
    one = Document.from_lines([text])
    sub = Analysis(roles=[role], headings=[], outline=[], groups=[], markers=[marker])
    return [(f, text[f.start:f.end]) for f in module.check(one, sub)]


class AloneCache:
    """One ALONE module's findings per paragraph id and the counts of their spellings."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.switch: object = object()
        self.found: dict[int, Found] = {}  # id → findings found alone (non-empty only)
        self.filled = False  # False: ``found`` is not known (first use, an adopted analysis)
        self.counts: dict[str, int] | None = None  # spelling → occurrences in the texts

    def forget(self) -> None:
        """The next :meth:`refresh` finds every paragraph's findings again."""
        self.filled = False
        self.found = {}
        self.counts = None

    def fill(self, found: dict[int, Found]) -> None:
        """Take findings found alone elsewhere (the second stage of an opening: see
        :meth:`app.incremental.Snapshot.steps`); the counts are made at the next refresh."""
        self.switch = switch_of(self.module)
        self.found = found
        self.filled = True
        self.counts = None

    def refresh(self, paragraphs: list[Paragraph], texts: list[str], roles: list[Role],
                markers: Sequence[Marker | None], dirty: list[int], gone: Iterable[int],
                changes: list[tuple[str, str]] | None, everything: bool) -> None:
        """Find the ``dirty`` positions again (every paragraph when ``everything`` or not
        filled); ``gone``: ids no longer in the document; ``changes``: each text changed since
        the last refresh as (before, after), "" for a paragraph new or gone (None: not known,
        the counts are made again)."""
        switch = switch_of(self.module)
        if switch != self.switch:
            self.switch, everything = switch, True
        found = self.found
        module = self.module
        counts = self.counts if changes is not None else None
        if everything or not self.filled:
            found.clear()
            positions: Sequence[int] = range(len(paragraphs))
            self.filled = True
            counts = None
        else:
            positions = dirty
            if counts is not None and changes:  # the counts less what the changes took away
                for word in counts:
                    for old, new in changes:
                        counts[word] += new.count(word) - old.count(word)
            for pid in gone:
                found.pop(pid, None)
        for i in positions:
            hits = found_alone(module, texts[i], roles[i], markers[i])
            if hits:
                found[paragraphs[i].id] = hits
            else:
                found.pop(paragraphs[i].id, None)
        named = {word for hits in found.values() for _f, word in hits}
        kept = {w: n for w, n in counts.items() if w in named} if counts is not None else {}
        for word in named - kept.keys():  # newly named: counted over every text once
            kept[word] = sum(t.count(word) for t in texts)
        self.counts = kept

    def findings(self, position: dict[int, int]) -> list[Finding]:
        """The module's findings on the document now, in its order (``position``: paragraph
        id → index): each paragraph's findings found alone, less the spellings used again."""
        counts = self.counts or {}
        hits = [moved(f, position[pid]) for pid, fs in self.found.items() for f, word in fs
                if counts.get(word, 0) <= 1]
        hits.sort(key=lambda f: f.index)  # stable: a paragraph's own order is kept
        return hits
