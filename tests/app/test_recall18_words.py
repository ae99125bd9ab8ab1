"""Confusable words and formulations the seventeenth blind set (recall18) showed missing: four
context slots of confusable/word (反应的问题, 取得时效, 竖立……观, 不够……，以至), four sourced
formulations (守土有责、守土负责、守土尽责; 意识形态工作是党的一项极端重要的工作;
中央八项规定及其实施细则精神; 伟大建党精神's pairs, checked only beside the recital's other
words). Sentences of our own; the look-alikes are right text that must stay silent."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document
from tests.app.sentences import needs_lexicon, sentence_checks

TITLE = "关于2026年度意识形态工作责任制落实情况的报告"
flagged, fixed = sentence_checks(TITLE)


@needs_lexicon
@pytest.mark.parametrize(("sentence", "right"), [
    ("对游客投诉反应的问题，做到件件有回音。", "对游客投诉反映的问题，做到件件有回音。"),
    ("他们反应强烈的意见已转交有关部门。", "他们反映强烈的意见已转交有关部门。"),
    ("确保政务公开工作取得时效。", "确保政务公开工作取得实效。"),
    ("牢固竖立正确的政绩观，践行宗旨。", "牢固树立正确的政绩观，践行宗旨。"),
    ("预算编制不够精准，以至执行中调整较多。", "预算编制不够精准，以致执行中调整较多。"),
    ("宣传不到位，以至群众知晓率低。", "宣传不到位，以致群众知晓率低。"),
    ("数据难以互联互通，以至患者重复检查。", "数据难以互联互通，以致患者重复检查。"),
    ("服务点设施简陋、服务单一，以至长期闲置。", "服务点设施简陋、服务单一，以致长期闲置。"),
    ("对群众反应集中的征地拆迁、劳资纠纷、物业管理等问题，逐件建立台账。",
     "对群众反映集中的征地拆迁、劳资纠纷、物业管理等问题，逐件建立台账。"),
])
def test_confusable_in_the_slot_that_decides(sentence, right):
    assert fixed(sentence, "confusable") == right


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    "要重视药物不良反应的问题。",      # a reaction's own kind
    "市场反应的意见不一。",
    "信息发布要注重时效。",            # timeliness
    "广场上竖立起观景台。",            # standing a thing upright
    "服务范围不断扩大，以至覆盖全县。",  # 以至: extension, after no shortfall
])
def test_confusable_look_alikes(sentence):
    assert flagged(sentence, "confusable") == []


@pytest.mark.parametrize(("sentence", "rule", "right"), [
    ("切实做到守土有责、守土尽责、守土负责。", "formulation/order", "守土有责、守土负责、守土尽责"),
    ("要深刻认识意识形态工作是党的一项极其重要的工作。", "formulation/wording",
     "意识形态工作是党的一项极端重要的工作"),
    ("严格落实中央八项规定及其细则精神。", "formulation/wording", "中央八项规定及其实施细则精神"),
    ("形成了坚持真理、坚守理想，践行初心、担当使命，不怕牺牲、英勇斗争，对党忠诚、服务人民的伟大建党精神。",
     "formulation/member", "不负人民"),
])
def test_a_formulation_slip_names_the_fixed_form(sentence, rule, right):
    got = flagged(sentence, "formulation")
    assert [r for r, _t in got] == [rule]
    assert right in fixed(sentence, "formulation")


@pytest.mark.parametrize("sentence", [
    "切实做到守土有责、守土负责、守土尽责。",
    "意识形态工作是党的一项极端重要的工作。",
    "统战工作是党的一项极为重要的工作。",                     # not 意识形态工作's sentence
    "意识形态工作是党的一项重要工作。",                       # a paraphrase, listed as not
    "严格落实中央八项规定及其实施细则精神。",
    "贯彻落实中央八项规定实施细则精神。",                     # the Politburo's own wording
    "坚持真理、坚守理想，践行初心、担当使命，不怕牺牲、英勇斗争，对党忠诚、不负人民。",
    "做到对党忠诚、服务人民、执法公正、纪律严明。",           # the police's own 总要求
])
def test_right_formulations_stay_silent(sentence):
    assert flagged(sentence, "formulation") == []


@pytest.mark.parametrize(("sentence", "rule", "right"), [
    # a closed list's last member written shorter, with 的 after it (odd item cut at that 的)
    ("按照“管行业必须管安全、管业务必须管安全、管生产必须管安全”的要求开展检查。",
     "formulation/member", "管生产经营必须管安全"),
    # one level of the core values short of a member, the other two levels in full beside it
    ("把富强、民主、文明、和谐，自由、平等、法治，爱国、敬业、诚信、友善融入志愿服务全过程。",
     "formulation/member", "自由、平等、公正、法治"),
    # pairs that share a half (预防为主), each checked beside its own field's words
    ("落实消防工作预防为主、防治结合的方针。", "formulation/member", "防消结合"),
    ("落实森林防火工作预防为主、积极扑灭的要求。", "formulation/member", "积极消灭"),
    ("完善共建共享共治的社会治理制度。", "formulation/order", "共建共治共享"),
])
def test_more_formulation_slips(sentence, rule, right):
    a = analyze(Document.from_lines([TITLE, sentence]), ["formulation"])
    assert [f.rule for f in a.findings] == [rule]
    assert right in a.findings[0].message  # the fixed form, named to the writer


@pytest.mark.parametrize("sentence", [
    "职业病防治工作坚持预防为主、防治结合的方针。",      # that law's own 方针
    "草原防火工作实行预防为主、防消结合的方针。",
    "营造自由、平等、法治的良好环境。",                  # no other level beside it
    "推进共建共享发展。",
    "按照管行业必须管安全、管业务必须管安全、管生产经营必须管安全的要求。",
])
def test_more_right_formulations(sentence):
    assert flagged(sentence, "formulation") == []


@needs_lexicon
@pytest.mark.parametrize(("sentence", "right"), [
    ("对法律意思淡薄的机构依法处理。", "对法律意识淡薄的机构依法处理。"),
    ("在县委的坚强领到下，各项工作有序推进。", "在县委的坚强领导下，各项工作有序推进。"),
    ("被审计单位已指定整改计划。", "被审计单位已制定整改计划。"),
    ("推动各方行程合力。", "推动各方形成合力。"),
    ("名单经公式无异议后予以命名。", "名单经公示无异议后予以命名。"),
    ("对未依法等级的经营主体责令整改。", "对未依法登记的经营主体责令整改。"),
    ("根据市局统一部属，开展专项检查。", "根据市局统一部署，开展专项检查。"),
    ("检查人员要如实纪录检查情况。", "检查人员要如实记录检查情况。"),
    ("对涉险违法违规的依法查处。", "对涉嫌违法违规的依法查处。"),
    ("对服务时常累计达到1500小时的志愿者表彰。", "对服务时长累计达到1500小时的志愿者表彰。"),
    ("部分景区道路狭隘，停车位不足。", "部分景区道路狭窄，停车位不足。"),
    ("把惠企政策坐实落细。", "把惠企政策做实落细。"),
    ("转变教育行政部门智能，提高治理水平。", "转变教育行政部门职能，提高治理水平。"),
    ("提案按时半截率100%。", "提案按时办结率100%。"),
    ("持续做好学生近视防空工作。", "持续做好学生近视防控工作。"),
])
def test_an_input_method_word_slip_in_its_slot(sentence, right):
    assert fixed(sentence, "confusable") == right


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    "这次活动很有意思。", "当事人的意思表示真实。", "各村统一领到救灾物资。",
    "经公式计算得出结果。",
    "指定专人负责联络。", "加强人民防空建设。", "他时常加班到深夜。", "推进智能化改造。",
    "创造了新的全国纪录。", "思想狭隘要不得。", "案件事实已经坐实。", "行程安排紧凑。",
    "划分安全等级。",
])
def test_the_same_words_in_their_own_slots_stay(sentence):
    assert flagged(sentence, "confusable") == []
