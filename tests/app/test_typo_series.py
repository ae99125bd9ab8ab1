"""typo/char leaves an item of a list of coined short phrases alone (点多、线长、面广) and keeps
finding a slip among real words (质量、效律、安全)."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document

TITLE = "关于2025年农村学校布局调整情况的报告"


def typos(sentence: str) -> list[str]:
    a = analyze(Document.from_lines([TITLE, "", sentence]), ["typo"])
    return [sentence[f.start:f.end] for f in a.findings if f.index == 2]


@pytest.mark.parametrize("sentence", [
    "山区学校点多、线长、面广，管理难度较大。",
    "乡镇卫生院普遍人少、事多、线长，人员流失严重。",
])
def test_an_item_of_a_list_of_coinages_is_meant(sentence):
    assert typos(sentence) == []


@pytest.mark.parametrize("sentence, slip", [
    ("注重质量、效律、安全，统筹推进各项工作。", "效律"),
    ("抓好生态、效律、质量三个方面。", "效律"),
    ("提升管理、服务、竟争能力。", "竟争"),
])
def test_a_slip_among_real_words_is_still_found(sentence, slip):
    assert typos(sentence) == [slip]
