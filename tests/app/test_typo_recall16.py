"""typo/char's sixteenth-session changes (docs/checks.md, "Typo recall, sixteenth session").

1. A set phrase cut by the segmentation into a three-character word and the mistyped character
   left alone: jieba holds truncated phrases (半途而, 不自量, 露头角) as words, so 半途而|费 and
   斩|露头角 showed none of the shapes the set-phrase search looked for.
2. The series guard (赋权、赋能、赋责: an item differing from its neighbour in one character is
   meant) gives way where the correction is a four-character set phrase reached by a character
   of the same sound and tone (同心同行、同心同得 → 同心同德): a series is built of coinages,
   not of a set phrase with a homophone swapped in.
3. A half of a set phrase that is seldom a word on its own (随心, 恍然: both halves of 随心所欲
   are words, so neither is a HEAD or TAIL) next to the other half cut into two single
   characters (随心|所|域) opens the set-phrase window as the HEAD and TAIL halves did.
"""

from __future__ import annotations

import pytest

from tests.app.test_typo_pairs import typos


def _one(wrong: str, right: str) -> list[tuple[str, str]]:
    return [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence, wrong, right", [
    ("年底前全部完成整改，决不半途而费。", "半途而费", "半途而废"),  # 半途而|费
    ("我们决不能不自量立，盲目铺摊子。", "不自量立", "不自量力"),  # 不自量|立
    ("一批青年干部在攻坚一线斩露头角。", "斩露头角", "崭露头角"),  # 斩|露头角 (look-alike)
    ("看到群众满意的笑脸，大家晴不自禁地鼓起掌来。", "晴不自禁", "情不自禁"),  # 晴|不自禁
])
def test_a_set_phrase_cut_into_three_characters_and_one(sentence, wrong, right):
    assert typos(sentence) == _one(wrong, right)


@pytest.mark.parametrize("sentence", [
    "年底前全部完成整改，决不半途而废。",  # the right phrases
    "一批青年干部在攻坚一线崭露头角，我们决不能不自量力。",
    "形而上者谓之道，形而下者谓之器。",  # 形而上|者: a classical sentence, no phrase meant
    "马上就到，不一会儿就到了。",
    "阿拉伯人和土耳其人的商队在此交汇。",  # names of peoples beside their kind word
])
def test_three_character_words_beside_a_single_stay_quiet(sentence):
    assert typos(sentence) == []


@pytest.mark.parametrize("sentence, wrong, right", [
    ("团结广大统一战线成员同心同行、同心同得。", "同心同得", "同心同德"),
    ("携手同心，做到同舟共进、同舟共剂。", "同舟共剂", "同舟共济"),
])
def test_a_series_item_mistyped_into_a_set_phrase_is_corrected(sentence, wrong, right):
    assert typos(sentence) == _one(wrong, right)


@pytest.mark.parametrize("sentence", [
    "坚持同心同向、同心同行，凝聚各方共识。",  # coinages on one frame: no set phrase
    "聚焦同心同行、同心同力、同心同向三个方面。",
    "推进赋权、赋能、赋责，坚持先行先试。",
    "团结广大成员同心同德、同舟共济。",  # the right phrases
])
def test_series_of_coinages_stay_quiet(sentence):
    assert typos(sentence) == []


@pytest.mark.parametrize("sentence, wrong, right", [
    ("干部不能随心所域，想干什么就干什么。", "随心所域", "随心所欲"),
    ("听完讲解，大家恍然大勿。", "恍然大勿", "恍然大悟"),
])
def test_a_rare_half_beside_two_single_characters(sentence, wrong, right):
    assert typos(sentence) == _one(wrong, right)


@pytest.mark.parametrize("sentence", [
    "不能随心所欲，大家恍然大悟。",  # the right phrases
    "会议由随心同志主持。",  # a person's name before a title
    "恍然间，十年过去了。",  # the half used on its own
])
def test_rare_halves_used_rightly_stay_quiet(sentence):
    assert typos(sentence) == []
