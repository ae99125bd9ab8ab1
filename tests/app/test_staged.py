"""A long report's first analysis leaves the lexicon families out, and their findings are added
after (ui/live.py): the first analysis must hold the outline and every other finding, and the
analysis once completed — also after edits made while the rest was being found — must be the
one a full analysis gives, finding for finding."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.engine import LEXICON_MODULES, analyze
from app.incremental import IncrementalAnalyzer
from app.model import Document, Paragraph
from app.rules import MODULES

SHARED_CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs ../shared/corpus")

MODULE_OF = {r.id: m.__name__ for m in MODULES for r in m.RULES}


def report() -> Document:
    lines: list[str] = []
    for path in sorted(SHARED_CORPUS.glob("*.txt"))[:6]:
        lines += path.read_text(encoding="utf-8").split("\n")
    return Document.from_lines(lines)


def rows(findings) -> list[tuple]:
    """Everything a finding holds (fix, related lines, paragraph id, ignore state)."""
    return [dataclasses.astuple(f) for f in findings]


def lexicon_findings(findings) -> list:
    return [f for f in findings if MODULE_OF[f.rule] in LEXICON_MODULES]


def test_the_first_analysis_is_the_full_one_without_the_lexicon_families():
    doc = report()
    full = analyze(doc)
    first = analyze(doc, skip=LEXICON_MODULES)
    assert lexicon_findings(full.findings), "the report must have lexicon findings to test"
    assert first.pending == LEXICON_MODULES and not full.pending
    assert first.roles == full.roles
    assert [(h.index, h.level, h.title) for h in first.headings] == \
        [(h.index, h.level, h.title) for h in full.headings]
    others = [f for f in full.findings if MODULE_OF[f.rule] not in LEXICON_MODULES]
    assert rows(first.findings) == rows(others)
    assert not lexicon_findings(first.findings)


def completed(live: IncrementalAnalyzer, doc: Document, snapshot):
    for _ in snapshot.steps(7):  # (small steps: the seams between them are crossed often)
        pass
    delta = live.complete(doc, snapshot)
    assert delta is not None
    return delta


def test_completed_analysis_equals_a_full_one():
    doc = report()
    live = IncrementalAnalyzer()
    live.adopt(doc, analyze(doc, skip=LEXICON_MODULES))
    assert live.pending == LEXICON_MODULES
    delta = completed(live, doc, live.snapshot())
    full = analyze(doc)
    assert rows(delta.analysis.findings) == rows(full.findings)
    assert not live.pending and live.snapshot() is None
    # what the problems view is told: exactly the lexicon families' findings were added
    assert sorted(rows(delta.added)) == sorted(rows(lexicon_findings(full.findings)))
    assert not delta.removed and not delta.outline_changed


def test_edits_while_the_rest_is_found_are_checked_again():
    doc = report()
    full_before = analyze(doc)
    typo = next(f for f in full_before.findings if f.rule.startswith("typo"))
    live = IncrementalAnalyzer()
    live.adopt(doc, analyze(doc, skip=LEXICON_MODULES))
    snapshot = live.snapshot()
    # edits before an update: a typo fixed, a paragraph with a slip inserted, one deleted
    p = doc.paragraphs[typo.index]
    p.text = p.text[:typo.start] + p.text[typo.end:]
    doc.paragraphs.insert(40, Paragraph("（九）新标题：各部门要认真贯彻，按步就班的的推进工作。"))
    del doc.paragraphs[60]
    during = live.update(doc)
    assert not lexicon_findings(during.analysis.findings)  # still pending: left out
    assert during.analysis.pending == LEXICON_MODULES
    # and edits after that update, not yet seen by any
    doc.paragraphs[80].text += "全角１２３。"
    doc.paragraphs.insert(90, Paragraph("要坚持稳中求进工作总基调，的确确保落实。"))
    delta = completed(live, doc, snapshot)
    assert rows(delta.analysis.findings) == rows(analyze(doc).findings)
    # and typing goes on incrementally from there
    doc.paragraphs[100].text += "按步就班"
    assert rows(live.update(doc).analysis.findings) == rows(analyze(doc).findings)


def test_a_snapshot_of_an_earlier_start_is_dropped():
    doc = report()
    live = IncrementalAnalyzer()
    live.adopt(doc, analyze(doc, skip=LEXICON_MODULES))
    snapshot = live.snapshot()
    for _ in snapshot.steps():
        pass
    live.analyze(doc)  # a full analysis since: nothing is pending any more
    assert live.complete(doc, snapshot) is None
    assert rows(live.analysis.findings) == rows(analyze(doc).findings)


def test_selected_rules_only():
    doc = report()
    rules = ["numbering", "typo", "hygiene"]
    live = IncrementalAnalyzer(rules)
    live.adopt(doc, analyze(doc, rules, skip=LEXICON_MODULES))
    delta = completed(live, doc, live.snapshot())
    assert rows(delta.analysis.findings) == rows(analyze(doc, rules).findings)
