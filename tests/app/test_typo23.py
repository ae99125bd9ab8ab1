"""typo/char's search of the twenty-third session (docs/checks.md, typo23), sentences of our own.

A slip in the frequent character beside a stray (app/rules/typo_pairs.py): the stray search
tries only the stray, and the neighbour search asked e^9 of a replacement of the same sound and
tone where typo.py's own windows ask e^6 into a word of WELL_KNOWN (驾使 → 驾驶: 驾 is the stray,
使 stands alone every day). The neighbour now gets those bars; a word the stray makes with its
other neighbour counts only where that neighbour is left alone (疲劳驾使: 劳 is 疲劳's).

A bound character written as a commoner one of its syllable (app/rules/typo_bound.py): 邃 and 髓
hardly stand alone, so a writer who does not know them types 遂, 随; the correction into their
word asks e^5 (深遂 → 深邃 gains e^5.7, under the same-tone bar e^7.5 and the general e^9).
A 、 list's neighbouring item keeps a slip quiet only where it holds the kept character in the
same place (让形象更佳、让服务更优), not anywhere (内涵深遂、博大精深: typo_guards.in_series)."""

from __future__ import annotations

import pytest

from tests.app.sentences import typo_checks

TITLE = "关于2024年安全生产和作风建设工作情况的报告"

findings, fixed = typo_checks(TITLE)


@pytest.mark.parametrize(("line", "wrong", "right"), [
    ("严禁酒后驾使机动车辆。", "驾使", "驾驶"),  # the brief's slip
    ("严禁超速、超员、疲劳驾使。", "驾使", "驾驶"),  # 劳驾 is a word, 劳 is 疲劳's
    ("一是部分基层单位职则不清。", "职则", "职责"),
    # slips of our own of the same shape (a stray, a frequent same-tone neighbour)
    ("会议议程已经却定。", "却定", "确定"),
    ("要把安全生产放再首要位置。", "放再", "放在"),
    ("切实提高行政审批笑率。", "笑率", "效率"),
    ("加强基层至理能力建设。", "至理", "治理"),
    ("群众满意度有待提生。", "提生", "提升"),
    ("做好农作物病虫害防至工作。", "防至", "防治"),
    ("坚决防只形式主义反弹。", "防只", "防止"),
    ("对企业诉求限时达复。", "达复", "答复"),
    # the paragraph writes the word meant elsewhere (销号, under COMMON, is never offered)
    ("建立问题清单，实行挂账消号管理，整改一项、销号一项。", "消号", "销号"),
])
def test_same_tone_slip_of_a_strays_neighbour_is_reported_and_fixed(line: str, wrong: str,
                                                                    right: str) -> None:
    found = [f for f in findings(line) if f.rule == "typo/char"]
    assert len(found) == 1 and f"“{wrong}”应为“{right}”" in found[0].message
    assert fixed(line) == line.replace(wrong, right)


@pytest.mark.parametrize("line", [
    "建成阳信高速、增天高速等高速公路。",  # a road named before 高速 (not 增添)
    "原以为很熟，没想到一做题才发现问题。",  # 做题: the stray's word on its other side
    "局属各股室各部门相互配合。",  # 各股 (not 个股): e^4.8, under the bar
    "提高基层医疗服务可及性。",  # 可及性 (not 急性)
    "各处室主要负责人均需参加会议。",  # 均需 (not 军需)
    "配建无障碍设施和适老化设施。",  # 和 适老化 (not 合适)
    "违规用火要受处罚。",  # 用火 要 (not 火药)
    "管而不死，活而不乱。",  # 活而 (not 活儿)
    "我们始终将河长制工作摆在突出位置。",  # 将 河长制 (not 江河)
    "严禁驾驶员疲劳驾驶。",
])
def test_right_use_is_left_alone(line: str) -> None:
    assert [f.message for f in findings(line) if f.rule == "typo/char"] == []


@pytest.mark.parametrize(("line", "wrong", "right"), [
    ("其思想深遂，影响深远。", "深遂", "深邃"),  # the brief's slips
    ("全面领会讲话精随。", "精随", "精髓"),
    # slips of our own of the same shape (the bound character's common homophone)
    ("矛盾已初现端逆。", "端逆", "端倪"),
    ("坚决病弃陈旧观念。", "病弃", "摒弃"),
    ("考核干部的政记要看实效。", "政记", "政绩"),
    ("他自愿捐献骨随。", "骨随", "骨髓"),
    ("对违纪干部严肃乘戒。", "乘戒", "惩戒"),
    # into a rarer word (50–99: e^7)
    ("移风易俗，革除漏习。", "漏习", "陋习"),
    ("在广貌的田野上播种希望。", "广貌", "广袤"),
    # in a 、 list whose next item holds the kept character elsewhere (no parallel build)
    ("中华优秀传统文化内涵深遂、博大精深。", "深遂", "深邃"),
    ("通过图文解渎、视频讲解等形式宣传政策。", "解渎", "解读"),
])
def test_bound_character_typed_as_its_homophone_is_reported_and_fixed(line: str, wrong: str,
                                                                      right: str) -> None:
    found = [f for f in findings(line) if f.rule == "typo/char"]
    assert len(found) == 1 and f"“{wrong}”应为“{right}”" in found[0].message
    assert fixed(line) == line.replace(wrong, right)


@pytest.mark.parametrize("line", [
    "防止学生因病弃学、因贫辍学。",  # 因病 弃学 (not 摒弃)
    "紧盯不放，确保整改到位。",  # 不放 (not 不妨: 放 e^2.8)
    "四川遂宁市召开现场会。",
    "组织开展高端逆向设计研究。",
    "市政记者站正式挂牌。",
    "他乘戒毒所的车返回。",
    "对骨随访患者定期复查。",
    "事情办成后遂即返回。",
    "受伤部位骨随即复位。",
    "建设宜居宜业和美乡村。",  # 宜业 (not 肄业): e^5.5, under the rarer word's bar
    "坚决整治庸懒散慢问题。",
])
def test_bound_characters_homophone_in_its_own_word_is_left_alone(line: str) -> None:
    assert [f.message for f in findings(line) if f.rule == "typo/char"] == []


@pytest.mark.parametrize(("line", "wrong", "right"), [
    ("持续开展现场堪查。", "堪查", "勘查"),  # recall22's slip
    ("各地开展现场堪测。", "堪测", "勘测"),  # of our own
])
def test_slip_after_a_word_the_context_would_cut_is_reported(line: str, wrong: str,
                                                             right: str) -> None:
    """The clause's context (three characters each side) began inside 开展, and the model read
    展现|场 there, leaving 场 alone beside the correction; the context now takes whole words."""
    found = [f for f in findings(line) if f.rule == "typo/char"]
    assert len(found) == 1 and f"“{wrong}”应为“{right}”" in found[0].message
