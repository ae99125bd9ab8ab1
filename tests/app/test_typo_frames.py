"""typo/char and the 在……上 frame (app/rules/typo_coined.locative_frame): a dictionary word closed
by a localizer after a preposition of place is the frame's noun, not a slip of a three-character
word that the localizer would complete (把功夫下在实绩上 is right; 实际上 only looked likelier
because the model counts it as one frequent word)."""

from __future__ import annotations

import pytest

from tests.app.test_typo_pairs import typos


@pytest.mark.parametrize("sentence", [
    "各级干部要把功夫下在实绩上，把精力用在干事上。",
    "把工作重心放在实绩上。",
    "考核评价要落到实绩上。",
])
def test_a_word_in_a_place_frame_stays_quiet(sentence):
    assert typos(sentence) == []


@pytest.mark.parametrize("sentence, wrong, right", [
    ("实绩上，这一问题并不复杂。", "实绩上", "实际上"),  # no frame: the adverb mistyped
    ("要在基楚上下功夫。", "基楚", "基础"),  # in a frame, but 基楚 is no word
])
def test_slips_outside_the_frame_or_not_words_are_still_found(sentence, wrong, right):
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]
