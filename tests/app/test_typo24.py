"""typo/char's search of the twenty-fourth session (docs/checks.md, typo24), sentences of our own.

A stray character typed for its look-alike of the same sound and tone (or its classic-pair
partner) in a word the dictionary counts fewer than COMMON (50) times (app/rules/typo_uncommon.py):
the general search offers only words of COMMON or more, so 禁止然放烟花 (燃放, 47) opened no
window although the clause gains e^14. Such words are now looked up beside the stray and proposed
at the look-alike bar e^7 (a look-alike or classic partner) or the general bar e^9 (any other
character of the reading and tone)."""

from __future__ import annotations

import pytest

from tests.app.sentences import typo_checks

TITLE = "关于2024年安全生产和乡村振兴工作情况的报告"

findings, fixed = typo_checks(TITLE)


@pytest.mark.parametrize(("line", "wrong", "right"), [
    ("春节期间禁止然放烟花爆竹。", "然放", "燃放"),  # recall23's sentence
    ("城区全域禁止然放鞭炮。", "然放", "燃放"),  # the same slip in another sentence
    # slips of our own of the same shape (a stray; its same-tone look-alike makes a word of 20–49)
    ("部分农产品滞消问题突出。", "滞消", "滞销"),
    ("受疫情影响，果蔬滞消严重。", "滞消", "滞销"),
    ("持续推进工业冶污和农业面源污染治理。", "冶污", "治污"),  # 冶/治: a classic pair
    # any character of the reading and tone, at the general bar e^9
    ("受市场影响，部分农产品滞宵。", "滞宵", "滞销"),
    ("持续推进工业滞污和农业面源污染治理。", "滞污", "治污"),
])
def test_slip_into_an_uncommon_word_is_reported_and_fixed(line: str, wrong: str,
                                                          right: str) -> None:
    found = [f for f in findings(line) if f.rule == "typo/char"]
    assert len(found) == 1 and f"“{wrong}”应为“{right}”" in found[0].message
    assert fixed(line) == line.replace(wrong, right)


@pytest.mark.parametrize("line", [
    "招募留用银龄人才5494人。",  # 银龄 (not 银铃): real text, e^5.7
    "接警后1小时内投入战位。",  # 战位 (not 站位)
    "招引链主型、基地型项目。",  # 链主型 (not 主刑)
    "学生就地避险，双手护头、身体蜷缩于课桌下。",  # 护头 (not 户头)
    "对全县两定机构开展现场检查。",  # 两定机构 (not 两锭)
    "澄德现代庄园、牧春民宿、远山露营等项目落地。",  # a name (not 暮春): e^6.3
    "沿河万亩稻菜轮作产业带。",  # 稻菜 (not 道菜)
    "孙浩强调：各项目应切实落实安全责任。",  # a name (not 孙皓)
    "春节期间禁止燃放烟花爆竹。",
    "部分农产品滞销问题突出。",
])
def test_right_words_beside_an_uncommon_twin_stay_quiet(line: str) -> None:
    assert [f for f in findings(line) if f.rule == "typo/char"] == []


def test_a_rare_characters_slip_is_not_taken_for_another_of_its_tone() -> None:
    # 严谨 was meant (the general search says so); 瑾 is too rare for a sound slip of 紧 (严紧)
    line = "工作中严瑾细致。"
    assert [f.message for f in findings(line) if f.rule == "typo/char"] == [
        "疑似错别字：“严瑾”应为“严谨”"]


@pytest.mark.parametrize("line", [
    "大力推进精文减会，减少督查检查考核。",  # 精简文件、减少会议: two verb-object halves
    "坚持减文减会，为基层减负。",
    "各级机关大力压文减会，转变作风。",
])
def test_a_four_character_coinage_of_two_halves_is_left_alone(line):
    """A block of four single characters between words (精|文|减|会) is a coinage: 文减 → 文件
    would leave 精 and 会 alone (app/rules/typo_coined.four_single_block)."""
    assert [f.message for f in findings(line) if f.rule == "typo/char"] == []


@pytest.mark.parametrize(("line", "wrong", "right"), [
    ("部分农产品滞消问题突出。", "滞消", "滞销"),  # a slip breaks its word into two singles
    ("要把安全生产放再首要位置。", "放再", "放在"),
])
def test_a_slip_beside_words_is_still_found(line, wrong, right):
    found = [f for f in findings(line) if f.rule == "typo/char"]
    assert len(found) == 1 and f"“{wrong}”应为“{right}”" in found[0].message
