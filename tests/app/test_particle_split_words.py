"""的/地/得 where the word before or after 的 is more than jieba's one token: a listed manner
word jieba cuts in two (有 | 针对性, 有 | 计划) is one adverbial before its verb, and a degree
word of two characters (更加, 极为) is read whole before its complement (过的更加幸福: not 更 +
"加幸福"). Sentences of our own; the look-alikes are noun phrases."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document

TITLE = "关于2025年基层治理工作情况的报告"


def particles(sentence: str) -> list[tuple[str, str]]:
    a = analyze(Document.from_lines([TITLE, "", sentence]), ["particle"])
    return [(f.rule, f.fix.edits[0].replacement) for f in a.findings if f.index == 2 and f.fix]


@pytest.mark.parametrize(("sentence", "rule", "particle"), [
    ("要坚持问题导向，有针对性的开展专项整治。", "particle/di", "地"),
    ("要有计划的推进各项改革任务。", "particle/di", "地"),
    ("各单位要有步骤的推进清理整顿。", "particle/di", "地"),
    ("要脚踏实地的推进改革。", "particle/di", "地"),
    ("要雷厉风行的抓好整改落实。", "particle/di", "地"),
    ("让群众的生活过的更加幸福。", "particle/de", "得"),
    ("这项工作推进的极为缓慢。", "particle/de", "得"),
])  # fmt: skip
def test_found(sentence, rule, particle):
    assert particles(sentence) == [(rule, particle)]


@pytest.mark.parametrize("sentence", [
    "要采取有针对性的措施。",
    "开展有针对性的培训。",
    "进行有计划的安排。",
    "这是有组织的犯罪行为。",
    "他是一个脚踏实地的人。",
    "这种雷厉风行的作风值得学习。",
    "我们过的是更加幸福的日子。",
])  # fmt: skip
def test_noun_phrases_keep_their_de(sentence):
    assert particles(sentence) == []


@pytest.mark.parametrize(("sentence", "found"), [
    ("旅游收入稳步的增长，实现旅游综合收入5亿元。", True),  # jieba tags 收入 v: still 地
    ("人民生活日益的改善。", True),
    ("生活水平日渐的提高。", True),
    ("全县经济保持稳步的增长。", False),  # 保持 takes the phrase: drop 的, not 地
    ("实现稳步的增长。", False),
])  # fmt: skip
def test_an_adverb_only_word_before_de_and_a_verb(sentence, found):
    """稳步, 日益, 日渐 are adverbs only (《现代汉语词典》): they never qualify a noun."""
    assert (particles(sentence) == [("particle/di", "地")]) is found
