"""A word two rules would report: the more precise rule's finding is the one shown, and with
that rule switched off the other still reports the word (app.rules.drop_superseded).
Sentences are our own."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.incremental import IncrementalAnalyzer
from app.lexicon import available
from app.model import Document

pytestmark = pytest.mark.skipif(not available(), reason="the lexicon (rjieba) is not installed")

TITLE = "关于2025年工作情况的报告"
# 机智 where a mechanism is meant: confusable/word knows the pair, typo's model suspects it too
SENTENCE = "要建立健全长效机智，确保各项工作落到实处。"


def _rules_at(findings: list, word: str, text: str) -> list[str]:
    start = text.index(word)
    return [f.rule for f in findings
            if f.index == 1 and f.start < start + len(word) and start < f.end]


@pytest.mark.parametrize("rules", [None, ["typo", "confusable"]])
def test_one_finding_when_both_rules_are_on(rules: list[str] | None) -> None:
    doc = Document.from_lines([TITLE, SENTENCE])
    assert _rules_at(analyze(doc, rules).findings, "机智", SENTENCE) == ["confusable/word"]


def test_typo_reports_the_word_when_confusable_is_off() -> None:
    doc = Document.from_lines([TITLE, SENTENCE])
    found = analyze(doc, ["typo"]).findings
    assert _rules_at(found, "机智", SENTENCE) == ["typo/char"]
    fix = next(f.fix for f in found if f.rule == "typo/char")
    assert fix is not None and fix.edits[0].replacement == "制"


def test_the_window_with_a_family_unticked_keeps_the_typo() -> None:
    """The window's analyzer, with every family but confusable (the settings' checkbox)."""
    from app.rules import ALL_RULES

    families = sorted({r.split("/")[0] for r in ALL_RULES} - {"confusable"})
    live = IncrementalAnalyzer(families)
    doc = Document.from_lines([TITLE, SENTENCE])
    assert _rules_at(live.analyze(doc).findings, "机智", SENTENCE) == ["typo/char"]
    everything = IncrementalAnalyzer()
    assert _rules_at(everything.analyze(doc).findings, "机智", SENTENCE) == ["confusable/word"]


def test_a_typo_elsewhere_in_the_paragraph_stays() -> None:
    text = "要建立健全长效机智，认真贯澈落实会议精神。"
    found = analyze(Document.from_lines([TITLE, text]), None).findings
    assert _rules_at(found, "机智", text) == ["confusable/word"]
    assert _rules_at(found, "贯澈", text) == ["typo/char"]
