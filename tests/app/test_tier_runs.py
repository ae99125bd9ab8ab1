"""The "N+X" tiers a document defines, read from the runs around its plus signs only
(app.incremental_scope.plus_runs, what the incremental update reads at each edit of a line with a
plus), are the tiers placeholder reads from the whole lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.incremental_scope import plus_runs
from app.rules.placeholder import defined_tiers

LINES = ["三是推行“1+N”模式", "构建“65+N+X”指标体系", "X+1", "（+5.2%）增长", "a+b c+D",
         "AB+CD+EF+G", "ＸＸ+1", "1＋ｘ", "++X", "X++", "1+XY", "Y+X+1，再X+2", "+", "无加号"]


def test_hand_written_lines_define_the_same_tiers() -> None:
    for line in LINES:
        assert defined_tiers(plus_runs([line])) == defined_tiers([line]), line
    assert defined_tiers(plus_runs(LINES)) == defined_tiers(LINES)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="1N+＋XxＸｘaB 中“”.", max_size=30), max_size=6))
def test_any_lines_define_the_same_tiers(lines: list[str]) -> None:
    assert defined_tiers(plus_runs(lines)) == defined_tiers(lines)
