"""Which rule modules the incremental analysis may redo on part of a document, and the
per-paragraph cache it keeps for them (:class:`LocalCache`).

Split from :mod:`app.incremental`, which decides *when* to redo what: this module says *what*
each rule module reads (its scope), so that the analyzer knows which findings an edit can
change. The scope table below is the reasoning behind every entry; a rule module added later is
in none of these sets and is re-run on the whole document until someone checks its scope and
lists it here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from itertools import compress, repeat
from operator import contains, is_, or_
from types import ModuleType

from app.engine import Analysis
from app.findings import Edit, Finding, Fix
from app.model import Document, Role

# Rule modules whose findings on a paragraph depend only on that paragraph (its text, role,
# heading-marker end and table-cell flag) and on the module's own switch (``available()``, when
# it has one: a lexicon that may still be loading). Named, not detected: a module added later
# is re-run on the whole document until someone checks it is local and lists it here.
PARAGRAPH_LOCAL = frozenset({
    "app.rules.width", "app.rules.formulation", "app.rules.hygiene", "app.rules.wording",
    "app.rules.variant",
    "app.rules.date_format", "app.rules.confusable", "app.rules.dedide", "app.rules.repeat",
    "app.rules.hygiene_numbers", "app.rules.grammar", "app.rules.dash_form",
})



# The context functions run at every update over every paragraph: their tests are made of
# C-level maps (a Python comprehension over corpus x3's 4,400 paragraphs was ~0.5 ms each).

def _with_role(roles: list[Role], role: Role) -> map[bool]:
    return map(is_, roles, repeat(role))


def _own_name_lines(texts: list[str], roles: list[Role]) -> list[int]:
    own = map(or_, _with_role(roles, Role.TITLE), _with_role(roles, Role.SIGNATURE))
    return list(compress(range(len(roles)), map(or_, own, _with_role(roles, Role.MASTHEAD))))


def _tier_lines(texts: list[str], roles: list[Role]) -> list[int]:
    return list(compress(range(len(texts)), map(or_, map(contains, texts, repeat("+")),
                                                map(contains, texts, repeat("＋")))))


def _title_runs_around(texts: list[str], roles: list[Role]) -> list[int]:
    """The TITLE lines and the line before and after each: beside the changed lines they keep
    each run of adjacent title lines as it is (a line between two runs stays between them);
    and the first eight lines, where a title with an end mark is looked for (body to the
    outline: 关于……的通知。)."""
    n = len(roles)
    lines = {j for i in compress(range(n), _with_role(roles, Role.TITLE))
             for j in (i - 1, i, i + 1)}
    lines.update(range(min(8, n)))
    return sorted(j for j in lines if 0 <= j < n)


# Rule modules whose findings on a paragraph depend on that paragraph (as for PARAGRAPH_LOCAL)
# and on a document-wide context read from a few paragraphs only; the function names those
# paragraphs (their positions). While their texts and roles are what they were, the module runs
# only on the changed paragraphs (with the context paragraphs beside them, so that it reads the
# same context), whether or not the outline was parsed again; else on the whole document.
#
# Scope of every whole-document module (why the others are not here):
#   module        scope                                          incremental when
#   org_name      own paragraph + own names (TITLE/SIGNATURE/     LOCAL_IN_CONTEXT
#                 MASTHEAD)
#   placeholder   own paragraph + "N+X" tiers (lines with "+")   LOCAL_IN_CONTEXT
#   numbering     the outline + the paragraph before a group     TEXT_GATES: outline kept;
#                 when it opens with a label (会议内容：一、……)      else run again
#   marker, level the outline only                               STRUCTURE_ONLY: outline kept
#   count         a promise and the outline items after it       TEXT_GATES: outline kept;
#                                                                else SCANNED (by difference)
#   unbalanced    brackets paired across up to _REACH lines      TEXT_GATES: outline kept;
#                 (the distance counts: an inserted line moves it) else SCANNED
#   doc_title     own paragraph (cited 《titles》) + runs of        LOCAL_IN_CONTEXT
#                 adjacent TITLE lines (their text, where they end)
#                 + the first eight lines (a title with an end mark)
#   stray         own paragraph + nearest non-blank neighbours   SCANNED (by difference)
#   junk          runs of JUNK/BLANK roles                       never (cheap: roles only)
#   typo          own paragraph + "used again" over every text   app.incremental_alone (by
#                                                                difference: counts kept)
LOCAL_IN_CONTEXT: dict[str, Callable[[list[str], list[Role]], list[int]]] = {
    "app.rules.org_name": _own_name_lines,
    "app.rules.placeholder": _tier_lines,
    "app.rules.doc_title": _title_runs_around,
}

def _tiers_defined(texts: list[str], roles: list[Role]) -> Hashable:
    """What placeholder reads of its context lines: the "N+X" tier letters they define (a
    renumbered "三是推行“1+N”模式" defines the same tiers as before: no whole-document run).
    Read from the lines' :func:`plus_runs` only, which define the same tiers as the lines."""
    from app.rules.placeholder import defined_tiers

    return frozenset(defined_tiers(plus_runs(texts)))


# what a tier's pattern (app.rules.placeholder._TIER) is made of: letters, digits, + and ＋
_TIER_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzＸｘ+＋")
_PLUS = re.compile("[+＋]")


def plus_runs(texts: list[str]) -> list[str]:
    """Each longest run of tier characters (:data:`_TIER_CHARS`) around a + or ＋ of ``texts``.

    Every match of placeholder's tier pattern is made of those characters and holds a plus, so
    it lies inside one such run; and a run's ends stand where the line has no letter, so the
    pattern's look-arounds read the same at a run's ends as in the line. The tiers of the runs
    are the tiers of the lines. Why: the pattern tries every position of a line (its first
    characters are a class, which the regex engine does not skip to): on corpus×3's ~120 lines
    with a plus ~10 ms, at every 修正全部序号 (a renumbered line with "1+N" in it)."""
    out: list[str] = []
    for text in texts:
        end = 0
        for m in _PLUS.finditer(text):
            k = m.start()
            if k < end:
                continue  # (inside the run already taken)
            start = k
            while start > 0 and text[start - 1] in _TIER_CHARS:
                start -= 1
            end = k + 1
            while end < len(text) and text[end] in _TIER_CHARS:
                end += 1
            out.append(text[start:end])
    return out


# What a LOCAL_IN_CONTEXT module reads of its context paragraphs (their texts and roles, in
# order), where that is less than all of them: while it reads the same, the changed paragraphs
# are enough. Not listed: the texts and roles themselves.
CONTEXT_READS: dict[str, Callable[[list[str], list[Role]], Hashable]] = {
    "app.rules.placeholder": _tiers_defined,
}

# Rule modules that read only the outline (markers, headings, groups), never the text: when the
# outline is kept as it was, so are their findings.
STRUCTURE_ONLY = frozenset({"app.rules.marker", "app.rules.level"})


def _count_gate(text: str, role: Role) -> bool:
    from app.rules.count import _DIGITS, find_promise

    return _DIGITS.search(text) is not None and find_promise(text) is not None


def _unbalanced_gate(text: str, role: Role) -> bool:
    from app.rules.unbalanced import _ANY

    return _ANY.search(text) is not None


def _percent_gate(text: str, role: Role) -> bool:
    return "%" in text or "％" in text


def _label_gate(text: str, role: Role) -> bool:
    # numbering reads a paragraph's text only when it opens with a short label and its colon
    # (the items a list writes after 会议内容：, precision23); the rest it reads in the outline
    from app.rules.numbering import _LABEL

    return _LABEL.match(text) is not None


def _years_gate(text: str, role: Role) -> bool:
    # every year it reads is written "2024年" (its patterns all hold one); the title's lines are
    # read together ("总结", a 季度 that makes the summary a part's)
    from app.rules.grammar_years import _ANY_YEAR

    return role is Role.TITLE or _ANY_YEAR.search(text) is not None


# Whole-document rule modules with a test "may this text matter to it" (old and new text of each
# edited paragraph, its role): when the outline is kept and no edited paragraph passes the test,
# the module's findings are kept. Each test is what the module's own loop skips on: a paragraph
# it skips before and after the edit cannot change its findings, and the module reads the rest
# of the document only through the (kept) outline or through paragraphs that pass the test.
TEXT_GATES: dict[str, Callable[[str, Role], bool]] = {
    "app.rules.count": _count_gate,  # a promise ("三项") and the items after it (the outline)
    "app.rules.unbalanced": _unbalanced_gate,  # brackets and quotes, paired across lines
    # the document's count of "5%" against "5％" (a paragraph without either adds nothing to
    # it and is never flagged): typing in a sentence no longer re-reads every paragraph's
    # percentages (corpus×3: ~13 ms of a ~27 ms update, live21)
    "app.rules.percent_width": _percent_gate,
    # years out of order, the plan's and the current year against the title's and dateline's
    # (~4 ms of such an update, live21)
    "app.rules.grammar_years": _years_gate,
    # the outline's groups, and the paragraph before a group that opens with a label
    "app.rules.numbering": _label_gate,
}

# What a paragraph-local rule reads of paragraph i.
ParagraphKey = tuple[str, Role, int, bool]


def _shift_edit(e: Edit, d: int) -> Edit:
    """``e`` ``d`` paragraphs further on: a copy of its attributes, as :func:`copied` makes
    (``dataclasses.replace`` was ~2 ms a run for the ~200 fixes after a typed heading)."""
    new = object.__new__(Edit)
    new.__dict__.update(e.__dict__)
    new.__dict__["index"] = e.index + d
    if e.end_index is not None:
        new.__dict__["end_index"] = e.end_index + d
    return new


def copied(f: Finding, **changes: object) -> Finding:
    """``dataclasses.replace(f, **changes)`` without its cost: a Finding has no ``__post_init__``
    and no field left out of ``__init__``, so a copy of its attributes is the same object
    ``replace`` makes. Every run copies the findings it keeps (a view holding the previous
    analysis never sees them change): ~3,500 after a heading typed into corpus x3, where
    ``replace`` (a Python-level ``__init__`` call with its field checks each) was ~2 ms a run."""
    new = object.__new__(type(f))
    new.__dict__.update(f.__dict__)
    if changes:
        new.__dict__.update(changes)
    return new


def moved(f: Finding, index: int) -> Finding:
    """A copy of ``f`` (found on its paragraph when it stood at ``f.index``) at ``index``."""
    d = index - f.index
    if d == 0:
        return copied(f, related=list(f.related))
    fix = f.fix
    if fix is not None:
        fix = Fix(tuple(_shift_edit(e, d) for e in fix.edits), fix.description)
    return copied(f, index=index, fix=fix, related=[r + d for r in f.related])


def switch_of(module: ModuleType) -> Hashable:
    available = getattr(module, "available", None)
    return available() if callable(available) else None


class TextsOnce(Document):
    """``doc`` with its ``texts`` list made once: every rule module asks for it, and
    :attr:`Document.texts` builds a new list of 4,000 strings each time."""

    texts = None  # type: ignore[assignment]  # shadows the property: the instance's list wins


def texts_once(doc: Document, texts: list[str]) -> Document:
    view = object.__new__(TextsOnce)
    view.__dict__.update(doc.__dict__)
    view.__dict__["texts"] = texts
    return view


class LocalCache:
    """One paragraph-local module's findings per paragraph id, with the input they came from."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.switch: Hashable = object()
        self.found: dict[int, list[Finding]] = {}  # id → findings (non-empty only)
        self.context_lines = LOCAL_IN_CONTEXT.get(module.__name__)
        self.context_reads = CONTEXT_READS.get(module.__name__)
        self._raw: Hashable = object()  # the context paragraphs last read, and what was read
        self._read: Hashable = object()
        self.context: Hashable = object()  # what the context paragraphs read last time

    def read_context(self, texts: list[str], roles: list[Role]) -> tuple[list[int], Hashable]:
        """The context paragraphs' positions and what the module reads of them."""
        if self.context_lines is None:
            return [], None
        lines = self.context_lines(texts, roles)
        raw = tuple((texts[i], roles[i]) for i in lines)
        if self.context_reads is None:
            return lines, raw
        if raw != self._raw:  # (else what it reads of them is what it read last time)
            self._raw = raw
            self._read = self.context_reads([t for t, _ in raw], [r for _, r in raw])
        return lines, self._read

    def refresh(self, doc: Document, structure: Analysis, dirty: list[int],
                ids: list[int], everything: bool) -> None:
        switch = switch_of(self.module)
        if switch != self.switch:
            self.switch, everything = switch, True
        lines, context = self.read_context(doc.texts, structure.roles)
        if context != self.context:
            self.context, everything = context, True
        positions: Sequence[int]
        if everything:
            self.found.clear()
            positions = range(len(ids))
        else:
            positions = dirty
            for i in dirty:
                self.found.pop(ids[i], None)
        if not positions:
            return
        keep: set[int] | None = None  # positions whose findings are wanted (None: all)
        if lines and not everything:
            keep = set(dirty)
            positions = sorted(keep.union(lines))  # the context beside the changed lines
        if everything:
            sub_doc, sub = doc, structure
        else:
            sub_doc = Document(paragraphs=[doc.paragraphs[i] for i in positions])
            sub = Analysis(roles=[structure.roles[i] for i in positions], headings=[],
                           outline=[], groups=[],
                           markers=[structure.markers[i] for i in positions])
        for f in self.module.check(sub_doc, sub):
            real = positions[f.index]
            if keep is not None and real not in keep:
                continue  # a context line's own findings: unchanged, kept as they were
            self.found.setdefault(ids[real], []).append(f if everything else moved(f, real))
