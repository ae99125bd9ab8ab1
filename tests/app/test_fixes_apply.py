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
