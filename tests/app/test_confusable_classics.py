"""Classic confusions of 公文 prose decided by their context (confusable/word, entries of
app/data/confusable_context.txt: 机制/机智, 追究/追求, 启动/起动, 截留/截流, 期间/其间, 重申/重审,
暴发/爆发, 侦查/侦察, 不仅/不尽), each beside the legitimate uses of the typed word; and one
word named by two layers is reported once."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document
from tests.app.test_wording_checks import TITLE, fixed, run


@pytest.mark.parametrize(("line", "right"), [
    ("建立健全长效管护机智，确保长期见效。", "建立健全长效管护机制，确保长期见效。"),
    ("协调联动机智还不健全。", "协调联动机制还不健全。"),
    ("对失职失责的依法追求相关人员责任。", "对失职失责的依法追究相关人员责任。"),
    ("追求其法律责任。", "追究其法律责任。"),
    ("接到预警后及时起动应急响应。", "接到预警后及时启动应急响应。"),
    ("县里正式起动项目建设。", "县里正式启动项目建设。"),
    ("严禁截流、挪用扶贫资金。", "严禁截留、挪用扶贫资金。"),
    ("个别乡镇挤占截流专项资金。", "个别乡镇挤占截留专项资金。"),
    ("督查其间共发现问题12个。", "督查期间共发现问题12个。"),
    ("会议重审了中央八项规定精神。", "会议重申了中央八项规定精神。"),
    ("严防山洪爆发造成人员伤亡。", "严防山洪暴发造成人员伤亡。"),
    ("有效防止传染病爆发。", "有效防止传染病暴发。"),
    ("公安机关依法立案侦察。", "公安机关依法立案侦查。"),
    ("案件已侦察终结，移送审查起诉。", "案件已侦查终结，移送审查起诉。"),
    ("不尽要抓好学习，还要抓好落实。", "不仅要抓好学习，还要抓好落实。"),
    ("要准确把握新发展阶段的深刻内含。", "要准确把握新发展阶段的深刻内涵。"),
    ("深刻领会其丰富内含和实践要求。", "深刻领会其丰富内涵和实践要求。"),
    ("坚持走内含式发展道路。", "坚持走内涵式发展道路。"),
    ("景区文化内含挖掘不深。", "景区文化内涵挖掘不深。"),
    ("我们要严格要求自已，做到廉洁自律。", "我们要严格要求自己，做到廉洁自律。"),
    ("聘请心里咨询师开展疏导。", "聘请心理咨询师开展疏导。"),
    ("按照县委决策部属抓好落实。", "按照县委决策部署抓好落实。"),
    ("检查人员要如实纪录检查情况。", "检查人员要如实记录检查情况。"),
    ("未经依法等级的社会组织不得开展活动。", "未经依法登记的社会组织不得开展活动。"),
    ("拟推荐人选经公式无异议后上报。", "拟推荐人选经公示无异议后上报。"),
    ("移送涉险违纪违法问题线索3件。", "移送涉嫌违纪违法问题线索3件。"),
    ("部分村组道路狭隘，通行不便。", "部分村组道路狭窄，通行不便。"),
    ("少数群众法律意思淡薄。", "少数群众法律意识淡薄。"),
    ("部门智能交叉，职责不清。", "部门职能交叉，职责不清。"),
    ("各单位已指定整改方案。", "各单位已制定整改方案。"),
    ("会议重审了年底前的换届纪律。", "会议重申了年底前的换届纪律。"),
    ("对群众反应集中的征地拆迁、劳资纠纷、物业管理等问题建立台账。",
     "对群众反映集中的征地拆迁、劳资纠纷、物业管理等问题建立台账。"),
])  # fmt: skip
def test_reported_in_the_context_that_decides(line, right):
    assert [f.rule for f in run(line, "confusable")] == ["confusable/word"]
    assert fixed(line, "confusable") == right


@pytest.mark.parametrize("line", [
    "他沉着机智地处置了险情。",
    "这种饮料内含多种维生素。",  # 内含 the verb, with its object
    "这种文化内含的精神值得传承。",  # the verb in a relative clause
    "他激动得不能自已。", "泪流满面，难以自已。",  # 自已 "restrain oneself", negated
    "他心里很清楚。", "他的部属都很能干。", "他打破了世界纪录。", "开展等级评定。",
    "结果经公式计算得出。", "消防员多次涉险救人。", "他的眼光很狭隘。", "他的意思是不同意。",
    "按照指定方案执行，已指定专人负责。", "新政策出台后，群众反应强烈。",
    "其内含的道理值得深思。",
    "追求卓越，永不止步。",
    "始终追求高质量发展。",
    "发动机起动困难，需要检修。",
    "大坝截流工程顺利完成。",
    "雨水截流管网改造完成。",
    "其间，我们走访了群众120户。",
    "本案发回重审。",
    "第一次世界大战爆发后局势变化。",
    "矛盾集中爆发。",
    "在防汛期间加强值班。",
    "派出侦察兵侦察敌情。",
    "各地情况不尽相同，也有一些共性。",
    "工作成效不尽如人意，还需继续努力。",
])  # fmt: skip
def test_legitimate_uses_are_quiet(line):
    assert run(line, "confusable") == []


def test_a_word_confusable_names_is_not_also_a_typo():
    """长效机智: the typo layer would find 长效机制 too; the confusable word, with its reason, is
    the one finding."""
    findings = analyze(Document.from_lines([TITLE, "要建立健全长效机智。"])).findings
    rules = sorted(f.rule for f in findings if f.index == 1)
    assert rules == ["confusable/word"]


@pytest.mark.parametrize(("line", "right"), [
    # the time spent after a bare modifier
    ("全体干部职工愉快地渡过了国庆假期。", "全体干部职工愉快地度过了国庆假期。"),
    ("返乡人员渡过五一小长假后陆续返岗。", "返乡人员度过五一小长假后陆续返岗。"),
    # reflect + an object with a 的-modifier, after 了 or 出
    ("这反应了群众的迫切需求。", "这反映了群众的迫切需求。"),
    ("调查结果反应出基层的真实情况。", "调查结果反映出基层的真实情况。"),
    # must before the preposition that opens its verb's phrase
    ("整改任务必需在月底前完成。", "整改任务必须在月底前完成。"),
    ("新建项目必需经过环评审批方可开工。", "新建项目必须经过环评审批方可开工。"),
])  # fmt: skip
def test_the_wider_contexts_of_three_classic_pairs(line, right):
    assert [f.rule for f in run(line, "confusable")] == ["confusable/word"]
    assert fixed(line, "confusable") == right


@pytest.mark.parametrize("line", [
    "红军渡过长江后的第一个春节在瑞金度过。",  # what was crossed comes first
    "帮助困难企业渡过难关，度过最艰难的时期。",
    "该仪器反应灵敏的特点十分明显。",  # 反应 the subject, no 了/出
    "患者用药后出现不良反应的情况要及时上报。",
    "这些物资是抗灾救灾所必需的，必需品要优先保障。",
    "粮食安全的关键在于保障生产所必需在地种植的口粮。",
])  # fmt: skip
def test_the_wider_contexts_leave_the_right_words_alone(line):
    assert run(line, "confusable") == []


def test_a_listed_misspelling_of_a_needed_thing():
    assert [(f.rule, f.message) for f in run("安全生产是企业的必须品。", "wording")] == [
        ("wording/misused", "错别字：“必须品”应为“必需品”")]


# --- recall17: 纪要/记要, 纪录/记录 after 创/打破, 签订/签定 with an agreement,
# 佩戴/配戴 with a badge

@pytest.mark.parametrize(("line", "right"), [
    ("现将专题会议记要印发给你们。", "现将专题会议纪要印发给你们。"),
    ("我市游客接待量创下新记录。", "我市游客接待量创下新纪录。"),
    ("该县选手打破了全省记录。", "该县选手打破了全省纪录。"),
    ("各村与农户签定了土地流转合同。", "各村与农户签订了土地流转合同。"),
    ("党员要在工作时间配戴党徽。", "党员要在工作时间佩戴党徽。"),
    ("进入施工现场必须配戴好安全头盔。", "进入施工现场必须佩戴好安全头盔。"),
])
def test_record_summary_sign_and_wear_in_their_contexts(line, right):
    assert fixed(line, "confusable") == right


@pytest.mark.parametrize("line", [
    "空气质量创有监测记录以来最好水平。",   # 记录: the data kept
    "建立创新记录和成果转化台账。",         # 创新 + 记录 (innovation records)
    "请做好会议记录并存档。",
    "他长期配戴隐形眼镜。",                 # 配戴 of glasses
    "合同签订后及时备案。",
    "专题会议纪要已印发。",
])
def test_record_summary_sign_and_wear_right_words_stay_quiet(line):
    assert run(line, "confusable") == []


@pytest.mark.parametrize(("line", "right"), [
    ("本项工作由县发改委牵头，其它单位配合。", "本项工作由县发改委牵头，其他单位配合。"),
    ("市直机关和其它机关要各司其职。", "市直机关和其他机关要各司其职。"),
    ("各单位要认真做好节前安全检察工作。", "各单位要认真做好节前安全检查工作。"),
    ("市场监管局会同卫健局开展联合检察，共检查餐饮单位86家。",
     "市场监管局会同卫健局开展联合检查，共检查餐饮单位86家。"),
    ("两部门联合检察了全县学校食堂。", "两部门联合检查了全县学校食堂。"),
])
def test_other_bodies_and_inspection_work(line, right):
    assert fixed(line, "confusable") == right


@pytest.mark.parametrize("line", [
    "其它事项按有关规定执行。",  # 其它 of things
    "教育、科学和国民经济其它部门之间的比例很不合理。",  # sectors of the economy
    "县人民检察院依法开展公益诉讼检察工作。",  # the procuratorate's own work
    "加强对检察工作的法律监督。",
    "安全检查工作已全面完成。",
])
def test_other_things_and_procuratorial_work_stay_quiet(line):
    assert run(line, "confusable") == []
