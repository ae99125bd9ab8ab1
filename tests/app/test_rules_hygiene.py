"""Number and character hygiene (hygiene/*): what copying and converting leave in the text."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.model import LINE_BREAK, OBJECT_CHAR, Document

TITLE = "关于2024年统计工作的报告"


def found(text: str) -> list:
    return [f for f in analyze(Document.from_lines([TITLE, text]), ["hygiene"]).findings
            if f.index == 1]


def flagged(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start:f.end]) for f in found(text)]


def fixed(text: str) -> str:
    out, _ = apply_fixes([TITLE, text], [f.fix for f in found(text) if f.fix])
    return out[1]


@pytest.mark.parametrize(("text", "rule", "right"), [
    ("全市ＧＤＰ增长５．２％，完成全年目标。", "hygiene/fullwidth-alnum",
     "全市GDP增长5.2%，完成全年目标。"),
    ("该厂始建于1 9 9 3 年，现有职工二百人。", "hygiene/spaced-digits",
     "该厂始建于1993年，现有职工二百人。"),
    ("全年居民消费价格上涨0.2 %，保持平稳。", "hygiene/number-space",
     "全年居民消费价格上涨0.2%，保持平稳。"),
    ("城镇调查失业率为5. 2%，比上年下降。", "hygiene/number-space",
     "城镇调查失业率为5.2%，比上年下降。"),
    ("规模以上工业增加值增长-3.2%，降幅收窄。", "hygiene/negative-change",
     "规模以上工业增加值下降3.2%，降幅收窄。"),
    ("粮食库存增加－1.5万吨。", "hygiene/negative-change", "粮食库存减少1.5万吨。"),
    ("出口增长 -3.2%，进口增幅为-1.5%。", "hygiene/negative-change",
     "出口下降3.2%，进口降幅为1.5%。"),
    ("加强\u200b基层\u200d治理。", "hygiene/zero-width", "加强基层治理。"),
    ("详见附件&nbsp;说明。", "hygiene/html-entity", "详见附件说明。"),
    ("推进&ldquo;放管服&rdquo;改革。", "hygiene/html-entity", "推进“放管服”改革。"),
    ("加快建设项目，并完善配套。强化管理。并建立长效机制。", "hygiene/cut-sentence",
     "加快建设项目，并完善配套。强化管理，并建立长效机制。"),
    # 并存, 并发, 并重 are words, but here 并 joins on 存在, 发挥, 重视
    ("部分单位整改不到位。并存在反弹现象。", "hygiene/cut-sentence",
     "部分单位整改不到位，并存在反弹现象。"),
    ("试点取得成效。并发挥了示范作用。", "hygiene/cut-sentence",
     "试点取得成效，并发挥了示范作用。"),
    ("会议听取了汇报。并重视整改落实。", "hygiene/cut-sentence",
     "会议听取了汇报，并重视整改落实。"),
])
def test_found_and_fixed(text, rule, right):
    assert [r for r, _ in flagged(text)] == [rule] * len(flagged(text)) and flagged(text)
    assert fixed(text) == right


def test_broken_entities_without_a_guess():
    (f,) = found("◆&9826;加强组织领导")
    assert (f.rule, f.severity, f.fix) == ("hygiene/html-entity", "error", None)
    (f,) = found("◆&#9826;加强组织领导")
    assert f.fix is not None


def test_lost_characters():
    assert flagged("国务院?公厅印发通知。") == [("hygiene/lost-char", "?")]
    assert flagged("市政府办公\ufffd关于印发") == [("hygiene/lost-char", "\ufffd")]
    assert flagged("（??2019年9月19日市政府令第1号公布）") == [("hygiene/lost-char", "??")]
    # a question (in the wrong width: another rule's business) is not a lost character
    assert flagged("是否需要调整?请研究。") == []
    assert flagged("这项工作怎么落实?要明确责任。") == []


@pytest.mark.parametrize("text", [
    "全年GDP增长5.2%，城镇新增就业1244万人。",
    "时间为8:30，地点在1号会议室。",
    "1. 总体要求",  # heading marker: the numbering rules' business
    "１．总体要求",
    "增长2%—3%，增加5至6个百分点。",
    "比上年增长3.2%，降幅收窄。",
    "R&D经费投入强度达到2.6%，AT&T公司。",
    "第一，并非所有项目都要审批。并购重组取得新进展。并网发电能力提高。",
    "两种模式长期并存。并发症防治纳入考核。并重发展的格局形成。",
    "电话：010 6520 1234。",
    "Windows 10 (x64) 和 Office 2016。",
])
def test_look_alikes_are_quiet(text):
    assert flagged(text) == []


def test_objects_and_line_breaks_are_neutral():
    assert flagged(f"图{OBJECT_CHAR}?说明") == []
    assert flagged(f"1 9{LINE_BREAK}9 3年") == []
    assert flagged(f"加强管理。{LINE_BREAK}并建立制度") == []
    (f,) = found(f"{OBJECT_CHAR}增长-3.2%")
    assert f.start == 1


def test_a_lost_character_is_not_turned_into_a_question_mark_by_the_width_fix():
    def both(text: str) -> list:
        doc = Document.from_lines([TITLE, text])
        return [f for f in analyze(doc, ["hygiene", "punctuation"]).findings if f.index == 1]

    def fixed_by_both(text: str) -> str:
        return apply_fixes([TITLE, text], [f.fix for f in both(text) if f.fix])[0][1]

    lost = "本季度各项?据均已上报，请核对。"  # a character lost in copying: no question here
    assert [f.rule for f in both(lost)] == ["hygiene/lost-char"]
    assert "？" not in fixed_by_both(lost)
    asked = "本季度各项数据是否已经上报?请核对。"  # a real question typed with a half-width mark
    assert [f.rule for f in both(asked)] == ["punctuation/width"]
    assert fixed_by_both(asked).count("？") == 1


def test_an_entity_is_one_finding_not_two():
    # the ; that closes &#12288; is the entity's, not a half-width semicolon of the text
    a = analyze(Document.from_lines(["会议&#12288;强调;落实到位。"]), ["hygiene", "punctuation"])
    assert [(f.rule, f.start) for f in a.findings] == [("hygiene/html-entity", 2),
                                                       ("punctuation/width", 12)]


@pytest.mark.parametrize(("text", "right"), [
    ("督查结果将在全县进行通报 。", "督查结果将在全县进行通报。"),
    ("各单位要高度重视 ，认真组织实施。", "各单位要高度重视，认真组织实施。"),
    ("这项工作不能一蹴而就。 各地要久久为功。", "这项工作不能一蹴而就。各地要久久为功。"),
    ("要突出重点；　兼顾一般。", "要突出重点；兼顾一般。"),  # a full-width space
    ("他强调了“三个到位” 。", "他强调了“三个到位”。"),
    ("整改已全部完成。 7月31日开展回头看。", "整改已全部完成。7月31日开展回头看。"),
    ("各营地建立 “一日一汇总”机制。", "各营地建立“一日一汇总”机制。"),
    ("提出“深化综合改革” 的建议。", "提出“深化综合改革”的建议。"),
    ("认真学习 《条例》全文。", "认真学习《条例》全文。"),
])
def test_a_space_next_to_a_chinese_punctuation_mark_is_deleted(text, right):
    assert {rule for rule, _ in flagged(text)} == {"hygiene/punct-space"}
    assert fixed(text) == right


@pytest.mark.parametrize("text", [
    "联系人： 王明，电话：12345678。",  # room to fill in after a colon
    "一、 总体要求",  # after a heading's marker: the numbering rules'
    "（一） 加强组织领导。",
    "提高“才聚江西 智荟赣鄱”品牌影响力。",  # a slogan's two halves, no mark
    "完成投资 5 亿元。",  # a number's spaces are hygiene/number-gap's
    "负责人 （签字）",  # a form's room before a bracket
    "Windows “开始”菜单",  # Latin before the quote
    "坚持和发展新时代“枫桥经验” 推动矛盾纠纷就地化解",  # a title's phrases parted by a space
])
def test_spaces_a_punctuation_mark_does_not_own_are_left(text):
    assert "hygiene/punct-space" not in {rule for rule, _ in flagged(text)}


def test_a_list_item_left_empty():
    (f,) = [f for f in found("一是理论学习不够深入；二是工作创新不够；三是。") if
            f.rule == "hygiene/cut-sentence"]
    assert f.fix is None and "三是" in f.message
    for text in ("统一是前提。", "一是加强学习；二是改进作风。", "唯一是指……"):
        assert [f for f in found(text) if f.rule == "hygiene/cut-sentence"] == [], text
