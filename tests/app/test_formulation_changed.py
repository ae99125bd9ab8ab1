"""formulation/wording for long fixed phrases written with one slip: a character dropped or
added, or the last word of a long phrase changed (app/rules/formulation_changed.py). Sentences
are our own; the right forms are the sourced ones of formulations.json."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.model import Document

TITLE = "关于2026年工作情况的报告"


def wording(sentence: str) -> list:
    a = analyze(Document.from_lines([TITLE, sentence]), ["formulation"])
    return [f for f in a.findings if f.index == 1 and f.rule == "formulation/wording"]


@pytest.mark.parametrize(("sentence", "right"), [
    ("加快构建以国内大循环为主体、国内国际双循环相互促进的新发展模式。",
     "加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局。"),
    ("我们坚持稳中求进工作基调，推动经济回升向好。",
     "我们坚持稳中求进工作总基调，推动经济回升向好。"),
    ("牢固树立和践行绿水青山就是金山银山的理论。", "牢固树立和践行绿水青山就是金山银山的理念。"),
    ("深入学习贯彻习近平新时代中国特色社会会主义思想。",  # a character typed twice
     "深入学习贯彻习近平新时代中国特色社会主义思想。"),
])  # fmt: skip
def test_a_long_fixed_phrase_with_one_slip_is_fixed(sentence, right):
    (f,) = wording(sentence)
    out, _ = apply_fixes([TITLE, sentence], [f.fix])
    assert out[1] == right


@pytest.mark.parametrize("sentence", [
    "践行绿水青山就是金山银山的发展理念。",  # runs on: another thing said (北京 2026)
    "坚持稳中求进的工作总基调。",  # 的 added: the same term
    "加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局。",
    "牢固树立和践行绿水青山就是金山银山的理念。",
])
def test_the_right_forms_and_their_variants_stay_quiet(sentence):
    assert wording(sentence) == []
