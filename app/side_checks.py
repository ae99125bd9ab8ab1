"""The text checks on what a Word file holds outside its body: headers, footers, footnotes,
endnotes and text boxes (:attr:`app.model.Document.side_parts`).

Why: a typo in a footnote of a 调研报告, an unfilled XXXX in the 版记's text box of a red-head
template or a wrong 规范提法 in a header goes out with the document as surely as one in the body,
and a reviewer who trusts the tool would not look there. The body's structure checks do not
apply (a footer's "— 1 —" is no numbered heading, a footnote's "1." no item of the outline), so
each part is analysed on its own with the families that read text only: 错别字, confusable
words, 的/地/得, repeats, misused words, 规范提法, number and punctuation hygiene, placeholders
and dates. A part holding no Chinese character (a page number, "- 2 -", an English header) is
not analysed: none of these families finds anything there that matters to a Chinese report.

A finding here names its part (``Finding.part``: the label the side pane shows, "脚注 3") and
counts lines within it. It carries no fix: side parts are saved as they were read (the window
does not edit them), so a reviewer corrects them in Word or WPS.

In `check` the lexicon families of each part go where the body's go (``lexicon``: the command's
app.lexicon_results.CachedLexicon or lexicon worker): found by the worker, or taken from the
data folder's cache of findings, never by loading rjieba and the lexicon's tables in the
command's own process (~0.2 s there, on its critical path); the findings are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.findings import Finding
from app.model import Document, Paragraph, SidePart

if TYPE_CHECKING:
    from app.lexicon_results import CachedLexicon
    from app.lexicon_worker import LexiconWorker

# the rule families that read a paragraph's text without the document's outline
SIDE_FAMILIES = ("typo", "confusable", "particle", "repeat", "wording", "formulation",
                 "hygiene", "punctuation", "placeholder", "date")  # fmt: skip

# side parts shown but not checked: an RTF altChunk's text is decoded heuristically, and a chunk
# of an unknown format has none (app.docx.alt_chunks)
UNCHECKED_KINDS = frozenset({"altchunk_rtf", "altchunk_other"})
_CJK = re.compile(r"[\u4e00-\u9fff]")


def side_rules(rules: Iterable[str] | None) -> list[str]:
    """The rules to run on side parts: the text families, or those of ``rules`` (ids or
    families, as `check --rules` and the settings give them) that belong to one."""
    if rules is None:
        return list(SIDE_FAMILIES)
    return [r for r in rules if r.split("/", 1)[0] in SIDE_FAMILIES]


def _analysed_parts(doc: Document) -> list[SidePart]:
    """``doc``'s side parts that are analysed: those holding a Chinese character."""
    return [part for part in doc.side_parts if part.kind not in UNCHECKED_KINDS
            and any(_CJK.search(text) for text in part.paragraphs)]


def has_side_text(doc: Document) -> bool:
    """Whether any of ``doc``'s side parts is analysed (holds a Chinese character)."""
    return bool(_analysed_parts(doc))


def side_findings(doc: Document, rules: Iterable[str] | None = None,
                  lexicon: LexiconWorker | CachedLexicon | None = None) -> list[Finding]:
    """The findings of the text families in ``doc``'s side parts, part by part in the order the
    side pane lists them; each names its part and has no fix. ``lexicon``: where the lexicon
    families' findings come from (see the module docstring; None: found here). A
    CachedLexicon's ``whole`` afterwards says whether every part's units are in its store, and
    its ``last`` is honoured at the last part (a worker with nothing to do is ended)."""
    from app.engine import analyze

    wanted = side_rules(rules)
    if not wanted:
        return []
    out: list[Finding] = []
    parts = _analysed_parts(doc)
    cached = None
    if lexicon is not None:
        from app.lexicon_results import CachedLexicon

        cached = lexicon if isinstance(lexicon, CachedLexicon) else None
    last = cached.last if cached is not None else True
    whole = True
    for n, part in enumerate(parts, 1):
        alone = Document(paragraphs=[Paragraph(text) for text in part.paragraphs])
        if cached is not None:
            cached.last = last and n == len(parts)
        found = analyze(alone, wanted, lexicon).findings
        if cached is not None:
            whole = whole and cached.whole
        for f in found:
            f.part = part.label
            f.fix = None
            f.paragraph_id = None
            f.related = []
            out.append(f)
    if cached is not None:
        cached.last = last
        cached.whole = whole
    return out
