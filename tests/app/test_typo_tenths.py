"""typo/char leaves a proportion in tenths alone (约三成未接入: 成 belongs to the number), and
still corrects the same two characters where no numeral counts them (已经成未 → 成为)."""

from __future__ import annotations

import pytest

from tests.app.sentences import needs_lexicon, sentence_checks

found, _ = sentence_checks("关于全市校园食品安全专项督查情况的通报")

# A look-alike slip (明橱亮灶) in the same sentence gives the typo search a window here.
LINE = "已建成的“明橱亮灶”系统约{}未接入监管平台，有的学校虽已接入但长期离线。"


@needs_lexicon
@pytest.mark.parametrize("share", ["三成", "两成", "近四成", "3成"])
def test_a_share_in_tenths_before_a_negation_is_no_typo(share):
    assert not any("成未" in text for _, text in found(LINE.format(share), "typo"))


@needs_lexicon
def test_the_same_characters_without_a_numeral_are_still_corrected():
    assert ("typo/char", "成未") in found(LINE.format("已经成"), "typo")
