"""The status bar's running character count equals a fresh count after any edits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ui.stats import Counts, ParagraphTally, count_long, count_paragraphs

TEXTS = st.sampled_from(["", "一、总体情况", "完成投资12.5亿元，同比增长8%。", "（一）", " ",
                         "“走过场”", "长" * 5000 + "。" + "文" * 10])
EDITS = st.tuples(st.sampled_from(["insert", "delete", "change", "same text, new object"]),
                  st.integers(0, 10**6), TEXTS)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXTS, max_size=12), st.lists(st.lists(EDITS, max_size=4), max_size=8))
def test_running_count_equals_a_fresh_count(start: list[str], rounds: list[list]) -> None:
    texts = list(start)
    tally = ParagraphTally(count_long)
    assert tally.update(texts) == count_paragraphs(texts)
    for edits in rounds:
        texts = list(texts)  # the window hands a new list each time
        for kind, at, text in edits:
            if kind == "insert":
                texts.insert(at % (len(texts) + 1), text)
            elif texts and kind == "delete":
                del texts[at % len(texts)]
            elif texts and kind == "change":
                texts[at % len(texts)] = text + "改"
            elif texts:
                i = at % len(texts)
                texts[i] = "".join(list(texts[i]))  # equal, not the same object
        assert tally.update(texts) == count_paragraphs(texts)


def test_an_edit_in_one_paragraph_changes_the_count_by_that_paragraph() -> None:
    texts = ["第一段。", "第二段", "第三段"]
    tally = ParagraphTally(count_long)
    assert tally.update(texts) == Counts(10, 9)  # 4 + 3 + 3 characters, the 。 is punctuation
    assert tally.update([texts[0], "第二段落，", texts[2]]) == Counts(12, 10)
    assert tally.update([texts[0], texts[2]]) == Counts(7, 6)
