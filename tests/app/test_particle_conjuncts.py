"""particle/di reads the second of two joined phrases as the first one reads: after a noun
phrase "… 的 + word" (良好的环境), the phrase joined to it by 和/与 is a noun phrase too and keeps
its 的 (积极的参与); after an adverbial that must be 地 (要认真的学习), the joined one must be 地
as well (a false alarm met on a real page, docs/checks.md, precision7)."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document

TITLE = "关于2025年机关学习工作情况的报告"


def particles(sentence: str) -> list[str]:
    a = analyze(Document.from_lines([TITLE, "", sentence]), ["particle"])
    return [sentence[max(0, f.start - 2):f.end + 2] for f in a.findings if f.index == 2]


@pytest.mark.parametrize("sentence", [
    "良好的环境和积极的参与是活动成功的关键。",
    "依靠持续的投入和扎实的推进，项目如期完工。",
])
def test_a_noun_phrase_joined_to_a_noun_phrase_keeps_its_de(sentence):
    assert particles(sentence) == []


@pytest.mark.parametrize("sentence, found", [
    ("我们要认真的学习和深入的思考。", ["认真的学习", "深入的思考"]),
    ("要积极的参与和认真的组织。", ["积极的参与", "认真的组织"]),
    ("大家要认真的学习，深入的思考。", ["认真的学习", "深入的思考"]),
])
def test_adverbials_joined_to_an_adverbial_are_still_found(sentence, found):
    assert particles(sentence) == found


@pytest.mark.parametrize("sentence", [
    # the 四个最严 of food safety: four noun phrases in a row, whatever jieba tags 处罚
    "坚持最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责。",
    "按照最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责要求，抓紧抓实。",
])
def test_an_item_of_an_enumeration_of_noun_phrases_keeps_its_de(sentence):
    assert particles(sentence) == []


def test_adverbials_enumerated_after_an_adverbial_are_still_found():
    assert particles("要积极的推进、认真的落实。") == ["积极的推进", "认真的落实"]
