"""The recall work of issue #13: mistakes of kinds the first rules missed, each next to a sentence
that looks alike and is right. Sentences are our own; every expected value is what a reviewer
would mark, not what the program printed."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document
from tests.app.sentences import sentence_checks

TITLE = "关于2025年工作情况的报告"
flagged, fixed = sentence_checks(TITLE)


# --- formulation: a wrong member without the formulation's name nearby ---------------------

@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("倡导自由、平等、公平、法治。", "公平", "公正"),                      # open list, in place
    ("不断提高政治判断力、政治领导力、政治执行力。", "政治领导力", "政治领悟力"),  # 3 members
    ("增强人民群众的获得感、幸福感、满足感。", "满足感", "安全感"),
    ("坚定道路自信、理论自信、制度自信、文明自信。", "文明自信", "文化自信"),  # not cut to 文明
    ("协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严管党。",
     "全面从严管党", "全面从严治党"),
    ("统筹推进经济建设、政治建设、文化建设、民生建设和生态文明建设。", "民生建设", "社会建设"),
    ("经济建设、政治建设、文化建设、社会建设和生态建设。", "生态建设", "生态文明建设"),
    ("完整、准确、全面贯彻创新、协同、绿色、开放、共享的新发展理念。", "协同", "协调"),
    ("坚决反对形式主义、官僚主义、享乐主义和奢侈之风。", "奢侈之风", "奢靡之风"),
    ("坚持面向世界科技前沿、面向经济主战场、面向国家重大需要、面向人民生命健康。",
     "面向国家重大需要", "面向国家重大需求"),
    ("做到严以修身、严以治权、严以律己。", "严以治权", "严以用权"),
    ("统揽伟大斗争、伟大工程、伟大事业、伟大理想。", "伟大理想", "伟大梦想"),
])
def test_wrong_member_is_found_and_fixed(sentence, wrong, right):
    assert flagged(sentence, "formulation") == [("formulation/member", wrong)]
    assert fixed(sentence, "formulation") == sentence.replace(wrong, right)


@pytest.mark.parametrize("sentence", [
    "倡导自由、平等、公正、法治。",
    "坚持问题导向、目标导向和结果导向。",                   # shares 问题导向 with 六个必须坚持
    "坚持民主、法治、公平、正义。",                         # another list sharing words
    "统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设和党的建设。",  # continued
    "坚决纠治形式主义、官僚主义，",                          # partial quotation
    "推动创新、协调发展，",
    "大力发展文化、旅游、体育、康养产业。",
    "全面推进党的政治建设、思想建设、组织建设、作风建设、纪律建设。",
    "全面加强党的思想建设、组织建设、作风建设、反腐倡廉建设、制度建设。",  # 十八大 (2012)
])
def test_lists_that_look_alike_are_quiet(sentence):
    assert flagged(sentence, "formulation") == []



def test_order_of_party_building():
    s = "全面推进党的思想建设、政治建设、组织建设、作风建设、纪律建设。"
    assert flagged(s, "formulation") == [
        ("formulation/order", "思想建设、政治建设、组织建设、作风建设、纪律建设")]
    assert fixed(s, "formulation") == \
        "全面推进党的政治建设、思想建设、组织建设、作风建设、纪律建设。"


def test_name_of_the_thought_without_xi():
    s = "深入学习贯彻新时代中国特色社会主义思想。"
    assert flagged(s, "formulation") == [("formulation/wording", "新时代中国特色社会主义思想")]
    assert fixed(s, "formulation") == "深入学习贯彻习近平新时代中国特色社会主义思想。"
    assert flagged("深入学习贯彻习近平新时代中国特色社会主义思想。", "formulation") == []
    assert flagged("积极发展全过程民主。", "formulation") == [("formulation/wording", "全过程民主")]
    assert flagged("积极发展全过程人民民主。", "formulation") == []


# --- title ---------------------------------------------------------------------------------

def title_rules(title: str) -> list[tuple[str, str]]:
    # an opening that names no 文种: title/wrong-type reads "……通知如下" against a 报告 or 函
    a = analyze(Document.from_lines([title, "现将有关事项说明如下。"]), ["title"])
    return [(f.rule, title[f.start:f.end]) for f in a.findings if f.index == 0]


def test_title_endings_that_are_not_document_types():
    assert title_rules("关于开展2026年度安全生产大检查的安排") == [("title/no-type", "安排")]
    assert title_rules("关于2025年度财政预算执行情况的汇报材料") == [("title/no-type", "汇报材料")]
    assert title_rules("关于征求2026年工作要点意见建议的函") == []
    assert title_rules("关于进一步做好信访工作的意见建议") == [("title/mixed-type", "意见建议")]


def test_title_ending_with_an_activity_has_no_type():
    assert title_rules("关于开展2026年春季植树造林活动") == [("title/no-type", "活动")]
    assert title_rules("关于召开2026年全县经济工作会议") == [("title/no-type", "会议")]
    assert title_rules("关于开展2026年春季植树造林活动的通知") == []
    assert title_rules("全县经济工作会议纪要") == []


def test_yinfa_of_another_organs_text_in_quotes():
    assert title_rules("关于印发省财政厅《关于进一步规范专项资金管理的意见》的通知") == \
        [("title/forwarding", "印发")]
    assert title_rules("关于印发《关于进一步规范专项资金管理的意见》的通知") == []
    assert title_rules("关于印发本局《专项资金管理办法》的通知") == []


def test_report_that_says_it_reports():
    assert title_rules("关于上报2025年安全生产工作情况的报告") == \
        [("title/redundant-verb", "上报")]
    assert title_rules("关于2025年安全生产工作情况的报告") == []


# --- 错别字 (curated layer from app/data/misused_words.txt) ----------------------------------

@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("各镇街建立隐患排查整改台帐。", "台帐", "台账"),
    ("对发现的问题立既交办。", "立既", "立即"),
    ("修订完善防讯抗旱应急预案。", "防讯", "防汛"),
    ("产业帮扶资金拔付率达到96%。", "拔付", "拨付"),
    ("及时移交人民检查院。", "人民检查院", "人民检察院"),
    ("县人民医院门疹楼主体已封顶。", "门疹", "门诊"),
    ("新建项目全部峻工验收。", "峻工", "竣工"),
    ("本次培训达到了预期的目地。", "目地", "目的"),  # jieba counts 目地 (11): no typo
])
def test_listed_misspellings(sentence, wrong, right):
    assert flagged(sentence, "wording") == [("wording/misused", wrong)]
    assert fixed(sentence, "wording") == sentence.replace(wrong, right)


@pytest.mark.parametrize("sentence", [
    "规模底数不清的问题要尽快解决。",   # 规模|底数, not 模底
    "家长们为了望子成龙不惜代价。",     # 为了|望子成龙, not 了望
    "调整该问题的处理方式。",
    "县人民检察院召开会议。",
    "项目地块已平整完毕。",  # 项目|地块, not 目地
])
def test_listed_misspellings_across_word_seams_are_quiet(sentence):
    assert flagged(sentence, "wording") == []


# --- confusable words by context (app/data/confusable_context.txt) -------------------------

@pytest.mark.parametrize(("sentence", "wrong"), [
    ("老旧小区燃气管道老化，一旦发生泄露极易引发事故。", "泄露"),
    ("严防泄漏国家秘密。", "泄漏"),
    ("坚持把权利关进制度的笼子里。", "权利"),
    ("依法保障公民的合法权力。", "权力"),
    ("即要学好原文，又要联系实际。", "即"),
    ("管理不善，以至造成重大损失。", "以至"),
    ("在新形式下做好群众工作。", "形式"),
    ("面临的形式十分复杂。", "形式"),
    ("各责任单位必需确保项目按期完工。", "必需"),
    ("对群众反应的噪声、油烟等问题，做到件件有回应。", "反应"),
    ("要象抓经济工作一样抓安全生产。", "象"),
    ("做为考核的重要依据。", "做为"),
    ("要认清形式，把握大局。", "形式"),
    ("采取线上线下相结合的形势开展培训。", "形势"),
    ("要分清功过是非的界线。", "界线"),
    ("其它村干部要积极配合。", "其它"),
    ("报名截至日期为10月31日。", "截至"),
    ("这一做法反应了群众的心声。", "反应"),
])
def test_confused_words_in_deciding_contexts(sentence, wrong):
    assert flagged(sentence, "confusable") == [("confusable/word", wrong)]


@pytest.mark.parametrize("sentence", [
    "严防泄露国家秘密。",
    "燃气管道发生泄漏。",
    "依法保障公民的合法权利。",
    "把权力关进制度的笼子里。",
    "即日起施行。",
    "既要学好原文，又要联系实际。",
    "丰富活动形式，创新宣传形式。",
    "生活必需品供应充足。",
    "群众反应强烈。",
    "这一现象一样值得关注。",
    "把它当做为民服务的抓手。",
    "对当前形势进行分析研判。",
    "结合当前形势开展工作。",
    "要适应新的形式和内容。",
    "截至10月31日，全县新增就业2100人。",
    "会上大家纷纷发言，反应热烈。",
    "其它部门要积极配合。",            # 其它 for things is allowed
    "两县之间的行政区域界线已勘定。",
])
def test_the_right_word_in_those_contexts_is_quiet(sentence):
    assert flagged(sentence, "confusable") == []


# --- 的/地/得 and repeated characters ------------------------------------------------------

def test_particles_with_verbs_jieba_tags_otherwise_and_negated_complements():
    assert flagged("认真的落实整改任务。", "particle") == [("particle/di", "的")]
    assert flagged("对整改的不彻底的单位一律约谈。", "particle") == [("particle/de", "的")]
    assert flagged("做好耐心细致的宣传教育工作。", "particle") == []   # 宣传教育工作: a noun
    assert flagged("群众反映的不实问题已澄清。", "particle") == []


@pytest.mark.parametrize(("sentence", "rule"), [
    ("要严肃认真的对待群众来信。", "particle/di"),       # two manner words as one token
    ("要科学合理的安排资金。", "particle/di"),
    ("各地要因地制宜的开展工作。", "particle/di"),       # an adverbial idiom; 工作 is the object
    ("要实事求是的反映情况。", "particle/di"),
    ("各项工作开展的有声有色。", "particle/de"),         # an idiom as complement
    ("宣传工作做的很扎实。", "particle/de"),             # a one-character verb
    ("工作部署的不够具体。", "particle/de"),             # degree + any adjective ending the clause
    ("学习贯彻的不深不透。", "particle/de"),
    ("要扎扎实实的推进工作。", "particle/di"),           # AABB adverbial
    ("要进一步的加强作风建设。", "particle/di"),
    ("工作做的还很不够。", "particle/de"),
])
def test_more_kinds_of_particle_errors(sentence, rule):
    assert flagged(sentence, "particle") == [(rule, "的")]


@pytest.mark.parametrize("sentence", [
    "这是一次深入的调查工作。",          # 深入的 modifies 调查工作
    "开展全面的检查工作。",
    "他们取得的较好成绩令人鼓舞。",
    "部署的很多任务已经完成。",
    "因地制宜的办法更管用。",
    "为创业者提供更好的收入前景。",      # 收入 is a noun here (a corpus sentence)
    "为企业提供进一步的发展空间。",
    "形成扎扎实实的工作作风。",
])
def test_particle_look_alikes_stay_quiet(sentence):
    assert flagged(sentence, "particle") == []


def test_content_character_doubled_at_a_clause_end():
    assert flagged("各部门要主动作为，形成工作合力力。", "repeat") == [("repeat/char", "力")]
    assert flagged("进一步提升服务水平平，", "repeat") == [("repeat/char", "平")]
    assert flagged("落实到位，确保安全全。", "repeat") == [("repeat/char", "全")]
    for right in ("今年是“十五五”开局之年。", "看望了老爷爷。", "大家干劲满满。", "去现场看看。",
                  "超超临界机组投产。", "形成合力。", "这项工作标准不够高等等。",
                  "涉及交通、水利等等。"):
        assert flagged(right, "repeat") == [], right


# --- the second planted set (tests/data/planted_reports, key.tsv) ---------------------------

def test_recall_on_the_planted_reports():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from bench.report_recall import run

    planted, found, missed, other = run()
    assert sum(planted.values()) >= 60
    assert sum(found.values()) >= 0.85 * sum(planted.values()), missed
    for family, n in planted.items():
        assert found[family] >= 0.7 * n, (family, missed)
    # the findings outside the key are true ones: in "同比增长 12.5 %" the space before the
    # number is as stray as the planted one before %, and t1, t3 (通知) and t8 (通报) open
    # "现将有关事项报告如下" to 县人民政府 (title/wrong-type). (关于关于 in t1's title is reported
    # once, by the title rule: app.rules.SUPERSEDED_BY.)
    assert sorted(o.split()[1] for o in other) == ["hygiene/number-gap", "title/wrong-type",
                                                   "title/wrong-type", "title/wrong-type"], other


def test_classic_look_alikes_need_less_evidence():
    assert flagged("不断增强综合实力和核心竟争力。", "typo") == [("typo/char", "竟争力")]
    assert fixed("致敬戌边英雄。", "typo") == "致敬戍边英雄。"
    assert fixed("建立工做台账。", "typo") == "建立工作台账。"   # the stray's neighbour
    assert fixed("加强部门间协做配合。", "typo") == "加强部门间协作配合。"
    for right in ("不断增强综合实力和核心竞争力。", "他自己经常下乡调研。",
                  "毕竟争取到了项目资金。", "陶冶情操。", "要作好充分准备。", "这种做法值得推广。",
                  "立足本职做贡献。", "对象是困难群众。"):
        assert flagged(right, "typo") == [], right


# --- number and character hygiene, half-width marks ----------------------------------------

def test_negative_change_after_more_words():
    for s, wrong in (("利润总额增幅-8%。", "增幅-"), ("增速-2.1%。", "增速-"),
                     ("社会消费品零售总额增长率为-1.5%。", "增长率为-")):
        assert flagged(s, "hygiene") == [("hygiene/negative-change", wrong)], s
    assert flagged("气温最低-8℃，增幅8%。", "hygiene") == []


def test_half_width_marks_beside_latin_terms_and_single_quotes():
    assert flagged("主要指标:GDP增长5%。", "punctuation") == [("punctuation/width", ":")]
    assert flagged("开展'学雷锋'志愿服务活动。", "punctuation") == \
        [("punctuation/width", "'"), ("punctuation/width", "'")]
    assert fixed("开展'学雷锋'志愿服务活动。", "punctuation") == "开展‘学雷锋’志愿服务活动。"
    for right in ("升级到Windows 10 (x64)版本。", "他说 don't worry。", "比例为3:2。"):
        assert flagged(right, "punctuation") == [], right


def test_a_measure_word_doubled_after_the_long_word_that_ends_in_it():
    assert fixed("进一步步坚定理想信念。", "repeat") == "进一步坚定理想信念。"
    for right in ("要一步步推进。", "这一步步走来。", "进一步步伐加快。", "一个个项目落地。",
                  "关心每一个个体。"):
        assert flagged(right, "repeat") == [], right
