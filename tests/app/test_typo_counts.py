"""typo/char leaves a count standing alone with the writer's own measure word (首行空两格，):
a notice on document format says 空两格 and 顶格, and the generic 个 is no correction of the
measure 格; it still finds 格 typed for 个 where the count goes on to the noun it counts."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document

TITLE = "关于进一步规范公文格式的通知"


def typos(sentence: str) -> list[str]:
    a = analyze(Document.from_lines([TITLE, "", sentence]), ["typo"])
    return [sentence[f.start:f.end] for f in a.findings if f.index == 2]


@pytest.mark.parametrize("sentence", [
    "正文每段首行空两格，回行顶格。",
    "标题下空一行，主送机关前空一格。",
    "落款右空四格。",
])
def test_a_count_standing_alone_keeps_its_measure(sentence):
    assert typos(sentence) == []


def test_a_count_of_the_noun_after_it_is_still_a_slip_of_ge():
    assert typos("这里有两格问题需要说明。") == ["两格"]
