"""Outline edits on paragraph texts: move a section, change a level, renumber everything."""

from __future__ import annotations

from pathlib import Path

from app.findings import Edit, Fix
from app.fixes import apply_fixes
from app.outline.edits import (
    change_level,
    marker_text,
    move_section,
    move_section_to,
    renumber_all,
)

SAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "samples" / "xinfang-dangjian-2020h1.txt"
)

DOC = [
    "关于2024年工作情况的报告",
    "一、主要工作",
    "（一）抓党建。正文甲。",
    "（二）抓业务。正文乙。",
    "二、存在问题",
    "问题正文。",
    "三、下步打算",
    "（一）继续抓党建。",
    "打算正文。",
]


def test_markers_of_each_level():
    assert [marker_text(level, 3) for level in (1, 2, 3, 4)] == ["三、", "（三）", "3.", "（3）"]


def test_move_section_down_swaps_and_keeps_numbering():
    new = move_section(DOC, 1, +1)
    assert new == [
        "关于2024年工作情况的报告",
        "一、存在问题",
        "问题正文。",
        "二、主要工作",
        "（一）抓党建。正文甲。",
        "（二）抓业务。正文乙。",
        "三、下步打算",
        "（一）继续抓党建。",
        "打算正文。",
    ]


def test_move_section_up_and_limits():
    new = move_section(DOC, 6, -1)
    assert new is not None
    assert new[4:] == [
        "二、下步打算",
        "（一）继续抓党建。",
        "打算正文。",
        "三、存在问题",
        "问题正文。",
    ]
    assert move_section(DOC, 1, -1) is None  # first section
    assert move_section(DOC, 6, +1) is None  # last section
    assert move_section(DOC, 5, +1) is None  # not a heading


def test_move_subsection_stays_inside_its_parent():
    new = move_section(DOC, 3, -1)
    assert new is not None
    assert new[1:4] == ["一、主要工作", "（一）抓业务。正文乙。", "（二）抓党建。正文甲。"]
    assert move_section(DOC, 3, +1) is None  # last child of 一、


def test_move_keeps_trailing_signature_in_place():
    doc = [*DOC, "", "XX市信访局", "2024年7月1日"]
    new = move_section(doc, 4, +1)
    assert new is not None
    assert new[-3:] == ["", "XX市信访局", "2024年7月1日"]
    assert len(new) == len(doc)


def test_demote_and_promote():
    demoted = change_level(DOC, 4, +1)
    assert demoted is not None
    assert demoted[4] == "（三）存在问题"
    promoted = change_level(demoted, 4, -1)
    assert promoted is not None
    assert promoted[4] == "二、存在问题"
    assert change_level(DOC, 1, -1) is None  # level 1 cannot go up
    assert change_level(DOC, 5, +1) is None  # body text


def test_renumber_all_fixes_the_sample_duplicate():
    texts = SAMPLE.read_text(encoding="utf-8").split("\n")
    fixed = renumber_all(texts)
    heads = [t[:2] for t in fixed if t[:2] in ("一、", "二、", "三、", "四、")]
    assert heads == ["一、", "二、", "三、", "四、"]
    changed = [i for i, (a, b) in enumerate(zip(texts, fixed, strict=True)) if a != b]
    assert len(changed) == 1 and fixed[changed[0]].startswith("四、坚持号令责任意识")


def test_renumber_all_leaves_correct_text_alone():
    assert renumber_all(DOC) == DOC


def test_fixes_across_paragraphs_and_overlaps():
    texts = ["广告", "标题", "正文甲乙"]
    delete = Fix((Edit(0, 0, 0, "", end_index=1),), "")
    assert apply_fixes(texts, [delete])[0] == ["标题", "正文甲乙"]
    same = Fix((Edit(2, 2, 3, "丙"),), "")
    assert apply_fixes(texts, [same, same])[0] == ["广告", "标题", "正文丙乙"]


def test_move_section_to_another_parent_renumbers_both_groups():
    new = move_section_to(DOC, 2, 6, 1)  # （一）抓党建 → second child of 三、
    assert new == [
        "关于2024年工作情况的报告",
        "一、主要工作",
        "（一）抓业务。正文乙。",
        "二、存在问题",
        "问题正文。",
        "三、下步打算",
        "（一）继续抓党建。",
        "打算正文。",
        "（二）抓党建。正文甲。",
    ]
    first = move_section_to(DOC, 3, 6, 0)
    assert first is not None
    assert first[5:] == [
        "三、下步打算",
        "（一）抓业务。正文乙。",
        "（二）继续抓党建。",
        "打算正文。",
    ]


def test_move_top_level_section_to_the_front():
    new = move_section_to(DOC, 6, None, 0)
    assert new == [
        "关于2024年工作情况的报告",
        "一、下步打算",
        "（一）继续抓党建。",
        "打算正文。",
        "二、主要工作",
        "（一）抓党建。正文甲。",
        "（二）抓业务。正文乙。",
        "三、存在问题",
        "问题正文。",
    ]


def test_move_section_to_under_a_sibling_changes_levels_of_the_whole_section():
    new = move_section_to(DOC, 6, 1, 2)  # 三、 with its （一） → last child of 一、
    assert new is not None
    assert new[1:7] == [
        "一、主要工作",
        "（一）抓党建。正文甲。",
        "（二）抓业务。正文乙。",
        "（三）下步打算",
        "1.继续抓党建。",
        "打算正文。",
    ]
    assert new[7:] == ["二、存在问题", "问题正文。"]


def test_move_section_to_refuses_impossible_moves():
    assert move_section_to(DOC, 1, 2, 0) is None  # into its own subtree
    assert move_section_to(DOC, 1, 1, 0) is None  # onto itself
    assert move_section_to(DOC, 1, None, 0) is None  # where it already is
    assert move_section_to(DOC, 5, None, 0) is None  # body text is not a section
    assert move_section_to(DOC, 1, 5, 0) is None  # a body paragraph is no parent
    deep = ["标题", "一、甲", "（一）乙", "1.丙", "（1）丁", "二、戊"]
    assert move_section_to(deep, 5, 4, 0) is None  # below （1） there is no level


def test_move_section_to_leaves_text_outside_the_section_alone():
    texts = SAMPLE.read_text(encoding="utf-8").split("\n")
    second = next(i for i, t in enumerate(texts) if t.startswith("（二）坚持党组引领作用"))
    first = second - 1
    new = move_section_to(texts, second, first - 1, 0)
    assert new is not None and len(new) == len(texts)
    assert new[:first] == texts[:first] and new[second + 1 :] == texts[second + 1 :]
    assert new[first] == "（一）" + texts[second][3:]
    assert new[second] == "（二）" + texts[first][3:]
