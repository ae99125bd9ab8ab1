"""错别字 in set phrases (成语) that the segmentation cuts into ordinary words and frequent
characters, found from the phrase's side (app/rules/typo_set_phrases.py). Sentences are our own;
the corrections are what a reviewer would mark."""

from __future__ import annotations

import pytest

from app.lexicon import available
from app.rules.typo_set_phrases import set_phrase_slips
from tests.app.test_rules_typo_phrases import typo_fixed

pytestmark = pytest.mark.skipif(not available(), reason="the lexicon's packages are not installed")


@pytest.mark.parametrize(("wrong", "right"), [
    # 鞠躬 | 尽 | 粹: a word and two characters common on their own (粹 of 纯粹)
    ("老支书三十年如一日，鞠躬尽粹。", "老支书三十年如一日，鞠躬尽瘁。"),
    # five characters, the slip in the last (燃/然 rán)
    ("要加强隐患排查，防患于未燃。", "要加强隐患排查，防患于未然。"),
    # 急难 | 衔 | 重: 衔 (xián) for 险 in 急难险重
    ("党员干部在急难衔重任务面前冲锋在前。", "党员干部在急难险重任务面前冲锋在前。"),
])
def test_a_set_phrase_with_one_character_mistyped_is_corrected(wrong, right):
    assert typo_fixed(wrong) == right


@pytest.mark.parametrize("sentence", [
    "全体干部职工勠力同心、实干争先。",  # 勠力同心 is the standard form (勠: in no common word)
    "持续激发和增强社会活力。",  # 社会活动 is a 习用语, not a set phrase
    "建设职住商服融合的活力中心。",
    "提出意见建议，以便进一步健全工作机制。",  # 以便 | 进一步: the stretch is half a word
    "坚持鞠躬尽瘁、死而后已的精神。",  # the phrase itself
    "各地要防患于未然，早发现早处置。",
])
def test_right_text_near_a_set_phrase_stays(sentence):
    assert set_phrase_slips(sentence) == ()
    assert typo_fixed(sentence) == sentence
