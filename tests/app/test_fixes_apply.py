"""app.fixes.apply_fixes: what a set of fixes does to paragraph texts."""

from __future__ import annotations

from app.findings import Edit, Fix
from app.fixes import apply_fixes


def test_apply_fixes_rebuilds_only_the_paragraphs_it_edits():
    """修正全部序号 edits a few hundred of 4,400 paragraphs: the others keep their very strings;
    a fix across a paragraph break still joins them, one writing a break splits."""
    texts = ["一、甲", "正文" * 3, "三、乙", "四、丙"]
    out, applied = apply_fixes(texts, [Fix((Edit(2, 0, 1, "二"), Edit(3, 0, 1, "三"),
                                            Edit(3, 2, 3, "丁")), "")])
    assert (out, applied) == (["一、甲", "正文" * 3, "二、乙", "三、丁"], 1)
    assert out[0] is texts[0] and out[1] is texts[1]
    assert texts == ["一、甲", "正文" * 3, "三、乙", "四、丙"]  # the caller's list as it was
    joined, _ = apply_fixes(texts, [Fix((Edit(0, 3, 0, "", end_index=1),), "")])
    assert joined == ["一、甲正文正文正文", "三、乙", "四、丙"]
    split, _ = apply_fixes(texts, [Fix((Edit(0, 2, 2, "\n"),), "")])
    assert split == ["一、", "甲", "正文" * 3, "三、乙", "四、丙"]
    at_end, _ = apply_fixes(texts, [Fix((Edit(0, 3, 3, "。"), Edit(2, 0, 0, "（")), "")])
    assert at_end == ["一、甲。", "正文" * 3, "（三、乙", "四、丙"]
    assert apply_fixes([], []) == ([], 0)


def test_overlapping_fixes_are_taken_in_order_whole_or_not_at_all():
    """The first fix wins a contested span and a fix is never applied in part; touching spans,
    an edit two fixes share, and insertions at the end of one paragraph and at the start of
    the next all go in."""
    texts = ["三、甲乙", "五、丙"]
    first = Fix((Edit(0, 0, 1, "一"), Edit(1, 0, 1, "二")), "")
    clash = Fix((Edit(0, 0, 2, "二、"), Edit(1, 2, 3, "丁")), "")  # overlaps first's 三
    touching = Fix((Edit(0, 1, 2, "．"),), "")  # right after first's 三
    shared = Fix((Edit(1, 0, 1, "二"), Edit(0, 4, 4, "。")), "")  # first's 五 again, and an end
    at_start = Fix((Edit(1, 0, 0, "（"),), "")  # insertion at the next paragraph's start
    same_point = Fix((Edit(0, 4, 4, "！"),), "")  # a second insertion where shared inserts
    out, applied = apply_fixes(texts, [first, clash, touching, shared, at_start, same_point])
    assert (out, applied) == (["一．甲乙。", "（二、丙"], 4)
    # the same fix offered by several findings counts once
    assert apply_fixes(texts, [first, first]) == (["一、甲乙", "二、丙"], 1)


def test_an_edit_beyond_its_paragraph_is_applied_in_the_joined_text():
    """An edit ending past its paragraph's end reaches across the break (as a Word-style fix
    that deletes a line break does); the choice among the other fixes is the same."""
    texts = ["一、甲", "乙", "二、丙"]
    across = Fix((Edit(0, 3, 4, ""),), "")  # the break after 甲
    other = Fix((Edit(2, 0, 1, "三"),), "")
    assert apply_fixes(texts, [across, other]) == (["一、甲乙", "三、丙"], 2)
