"""A word two rules would report: the more precise rule's finding is the one shown, and with
that rule switched off the other still reports the word (app.rules.drop_superseded).
Sentences are our own."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.incremental import IncrementalAnalyzer
from app.lexicon import available
from app.model import Document
from app.rules import ALL_RULES as ALL_RULE_IDS

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


def _rules_on(doc: Document, rules: list[str] | None, index: int, word: str) -> list[str]:
    text = doc.texts[index]
    start = text.index(word)
    return sorted(f.rule for f in analyze(doc, rules).findings
                  if f.index == index and f.start < start + len(word) and start < f.end)


# (lines, index of the line, the mistake, the rule that states it best, the one it silences)
ONE_MISTAKE_TWO_RULES = [
    ([TITLE, "新建的渡假村已于上月开业，接待游客两万人次。"], 1, "渡假村",
     "wording/misused", "confusable/word"),
    (["关于关于开展安全生产大检查的通知", "各乡镇：", "现将有关事项通知如下。"], 0, "关于关于",
     "title/preposition", "repeat/word"),
    (["关于印发工作方案的通知通知", "各单位：", "现将方案印发给你们，请认真贯彻执行。"], 0,
     "通知通知", "title/repeated-type", "repeat/word"),
    ([TITLE, "今年以来，各项工作进展顺利。", "某某县人民政府", "二0二六年五月十二日"], 3,
     "二0二六年", "date/format", "hygiene/year-zero"),
    ([TITLE, "网页转载时残留了&#x2022;符号，应予删除。"], 1, "&#x2022;",
     "hygiene/html-entity", "placeholder"),
    ([TITLE, "全年完成固定资产投资ＸＸ万元，带动就业千余人。"], 1, "ＸＸ",
     "placeholder", "hygiene/fullwidth-alnum"),
]


@pytest.mark.parametrize(("lines", "index", "word", "best", "silenced"), ONE_MISTAKE_TWO_RULES)
def test_one_mistake_seen_by_two_families_is_reported_once(lines, index, word, best, silenced):
    doc = Document.from_lines(lines)
    assert _rules_on(doc, None, index, word) == [best]
    # with the better rule's family off, the other still reports the mistake
    others = sorted({r.split("/")[0] for r in ALL_RULE_IDS} - {best.split("/")[0]})
    assert silenced in _rules_on(doc, others, index, word)
