"""typo/char's collocation search leaves a noun that stands before a verbal noun of its own:
提供志愿服务 is the verb's object "志愿服务", not 提供支援 (recall20 met it as a false alarm on
its look-alikes; the phrase is common in real reports). Before a plain noun the same typed word is
still a slip (全面实时志愿者积分管理制度 → 全面实施, blind10)."""

from __future__ import annotations

import pytest

from tests.app.sentences import family_findings, needs_lexicon, where

TITLE = "县民政局年度工作总结"


def found(body: list[str]) -> list[tuple[int, str, str]]:
    lines = [TITLE, *body]
    return [f for f in where(lines, family_findings(lines, "typo")) if f[1] == "typo/char"]


@needs_lexicon
@pytest.mark.parametrize("body", [
    ["组织党员干部深入社区，为困难老人提供志愿服务120余次。"],
    ["全年为留守儿童提供志愿服务，受到群众好评。"],
])
def test_a_noun_before_its_verbal_noun_is_no_slipped_verb(body):
    assert found(body) == []


@needs_lexicon
@pytest.mark.parametrize(("body", "want"), [
    (["健全激励机制，全面实时志愿者积分管理制度。"], [(2, "typo/char", "全面实时")]),
    (["各级领导要加强检查知道，推动工作落实。"], [(2, "typo/char", "检查知道")]),
])
def test_the_same_shape_before_a_plain_noun_is_still_a_slip(body, want):
    assert found(body) == want
