"""One sentence checked as the second paragraph of a report with a title: what the rule tests of
recall and precision ask (tests/app/test_rules_recall.py, _blind4.py, _clean_prose.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.engine import analyze
from app.findings import Finding
from app.fixes import apply_fixes
from app.lexicon import available
from app.model import Document


def sentence_checks(title: str) -> tuple[Callable[[str, str], list[tuple[str, str]]],
                                         Callable[[str, str], str]]:
    """``flagged(sentence, family)``: (rule, flagged text) of each finding of ``family`` in the
    sentence; ``fixed(sentence, family)``: the sentence with those findings' fixes applied.
    The sentence follows ``title`` (the rules read a paragraph as body text after a title)."""

    def flagged(sentence: str, family: str) -> list[tuple[str, str]]:
        a = analyze(Document.from_lines([title, sentence]), [family])
        return [(f.rule, sentence[f.start:f.end]) for f in a.findings if f.index == 1]

    def fixed(sentence: str, family: str) -> str:
        a = analyze(Document.from_lines([title, sentence]), [family])
        fixes = [f.fix for f in a.findings if f.index == 1 and f.fix is not None]
        return apply_fixes([title, sentence], fixes)[0][1]

    return flagged, fixed


# the tests of the lexicon's families: skipped, with the reason, where jieba/pypinyin are missing
needs_lexicon = pytest.mark.skipif(not available(), reason="jieba/pypinyin not installed")


def family_findings(lines: list[str], family: str) -> list[Finding]:
    """The findings of ``family`` (a rule id prefix) over the report ``lines``."""
    return [f for f in analyze(Document.from_lines(lines)).findings if f.rule.startswith(family)]


def where(lines: list[str], findings: list[Finding]) -> list[tuple[int, str, str]]:
    """(line, rule, flagged text) of each finding: what a reviewer reads in the problems list."""
    return [(f.line, f.rule, lines[f.index][f.start:f.end]) for f in findings]


def typo_checks(title: str) -> tuple[Callable[[str], list[Finding]], Callable[[str], str]]:
    """``findings(line)``: the typo and wording findings of ``line`` after ``title`` (wording
    too: a slip either family may report must be reported once); ``fixed(line)``: the line
    with their fixes applied (tests/app/test_typo21.py, _typo22.py)."""

    def findings(line: str) -> list[Finding]:
        a = analyze(Document.from_lines([title, line]), ["typo", "wording"])
        return [f for f in a.findings if f.index == 1]

    def fixed(line: str) -> str:
        fixes = [f.fix for f in findings(line) if f.fix]
        return apply_fixes([title, line], fixes)[0][1]

    return findings, fixed
