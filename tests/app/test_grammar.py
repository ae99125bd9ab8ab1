"""Sentence faults of app/rules/grammar.py: our own sentences, each fault beside correct
sentences of the same look (a subject before the preposition, a word that begins with 使, an
adjective after 不, an object that is no head)."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document
from tests.app.sentences import sentence_checks

TITLE = "关于2026年上半年安全生产工作情况的报告"


def found(sentence: str, rule: str = "grammar") -> list:
    a = analyze(Document.from_lines([TITLE, "", sentence]), [rule])
    return [f for f in a.findings if f.index == 2]


_flagged, _fixed = sentence_checks(TITLE)


def fixed(sentence: str) -> str:
    return _fixed(sentence, "grammar")


@pytest.mark.parametrize("sentence, right", [
    ("通过开展专项整治，使群众满意度明显提升。", "通过开展专项整治，群众满意度明显提升。"),
    ("经过全体干部职工的共同努力，使得全年目标任务圆满完成。",
     "经过全体干部职工的共同努力，全年目标任务圆满完成。"),
    ("由于前期排查不够细致，让部分隐患未能及时消除。",
     "由于前期排查不够细致，部分隐患未能及时消除。"),
    ("随着监管力度不断加大，使违法违规行为明显减少。",
     "随着监管力度不断加大，违法违规行为明显减少。"),
    ("在县委、县政府的坚强领导下，使全县安全生产形势保持稳定。",
     "在县委、县政府的坚强领导下，全县安全生产形势保持稳定。"),
    ("在专项整治中，令一批突出问题得到解决。", "在专项整治中，一批突出问题得到解决。"),
    # after a sentence mark, an enumerator, a time phrase, a colon; an adverb before 使
    ("全年共检查企业120家。一是通过集中培训，使企业主体责任意识进一步增强。",
     "全年共检查企业120家。一是通过集中培训，企业主体责任意识进一步增强。"),
    ("近年来，通过实施“小切口”改革，使办事效率大幅提高。",
     "近年来，通过实施“小切口”改革，办事效率大幅提高。"),
])
def test_a_preposition_that_swallows_the_subject(sentence, right):
    fs = found(sentence)
    assert [f.rule for f in fs] == ["grammar/subject"]
    assert "缺少主语" in fs[0].message
    assert fixed(sentence) == right


def test_an_adverb_before_the_causative_verb_is_reported_without_a_fix():
    fs = found("主要成效：经过三个月的集中攻坚，从而使积案全部清零。")
    assert [(f.rule, f.fix) for f in fs] == [("grammar/subject", None)]


def test_a_heading_text_is_a_sentence_start():
    doc = Document.from_lines([TITLE, "", "（一）通过强化考核，使责任层层压实。"])
    fs = [f for f in analyze(doc, ["grammar"]).findings if f.index == 2]
    assert [f.rule for f in fs] == ["grammar/subject"]


@pytest.mark.parametrize("sentence", [
    # a subject before the preposition: 使 has one
    "我局通过开展专项整治，使群众满意度明显提升。",
    "学院希望通过这次技能竞赛，让同学们明白技术要有深度。",
    "我们要通过集团化办学、教师交流轮岗等办法，让乡村的孩子享受到好的教育。",
    "县应急局在上级部门的指导下，使隐患排查工作走上了规范化轨道。",
    # the clause after the comma has its own subject
    "通过开展专项整治，群众满意度明显提升。",
    "由于前期排查不够细致，部分隐患未能及时消除。",
    # a word beginning with 使/让/令, not the causative verb
    "在工作中，使用外资一定要细致、谨慎。",
    "在谈判中，让步要有底线。",
    "在执行中，令行禁止，不打折扣。",
    # 在 with no 下/中: a verb phrase whose subject is left out as usual in a list
    "在各村显眼处张贴宣传板报，让群众了解河长制工作的意义。",
    # a noun that begins with the preposition's characters, the subject itself
    "通过率的稳步提高，使企业的信心明显增强。",
    # an aside before a clause with its own subject
    "随着各项措施落地见效，令人欣慰的是，群众满意度明显提升。",
    # inside a sentence, after a clause with its subject
    "各级各部门要加强宣传教育，通过进一步健全法制，使社会成员树立法治观念。",
])
def test_subjects_that_are_there(sentence):
    assert found(sentence, "grammar/subject") == []


@pytest.mark.parametrize("sentence, right", [
    ("要防止问题整改后不再反弹。", "要防止问题整改后再次反弹。"),
    ("坚决避免类似事故不再发生。", "坚决避免类似事故再次发生。"),
    ("开展工作切忌不要搞形式主义。", "开展工作切忌搞形式主义。"),
    ("广大干部无时无刻都在关心群众冷暖。", "广大干部无时无刻不在关心群众冷暖。"),
    ("他无时无刻牵挂着群众。", "他无时无刻不牵挂着群众。"),
])
def test_a_negation_that_turns_the_sense_round(sentence, right):
    fs = found(sentence)
    assert [f.rule for f in fs] == ["grammar/negation"]
    assert fixed(sentence) == right


@pytest.mark.parametrize("sentence", [
    "要防止问题反弹，确保整改后不再出现。",  # 不再 in its own clause
    "要防止问题反弹，做到整改一个销号一个、不再反复。",
    "避免不必要的损失，防止不法分子乘虚而入。",  # 不 + an adjective
    "防止返贫，确保脱贫群众不再返贫。",
    "防止出现问题后使群众不再信任政府。",  # 使 brings its own clause
    "广大干部无时无刻不在关心群众冷暖。",
    "他无时无刻都不敢放松。",
    "切忌搞形式主义、不要做表面文章。",
])
def test_negations_that_are_right(sentence):
    assert found(sentence, "grammar/negation") == []


@pytest.mark.parametrize("sentence, right", [
    ("事故发生的原因是由于操作人员违规作业。", "事故发生的原因是操作人员违规作业。"),
    ("问题的主要原因是因为责任落实不到位。", "问题的主要原因是责任落实不到位。"),
    ("事故原因是操作人员违章作业造成的。", "事故原因是操作人员违章作业。"),
    ("本着公开公正为原则开展评审。", "本着公开公正的原则开展评审。"),
    ("开展专项检查的目的是为了消除隐患。", "开展专项检查的目的是消除隐患。"),
    ("副市长一早出席在供电公司职工代表大会上。", "副市长一早出席供电公司职工代表大会。"),
    ("全体班子成员参加在县委党校的专题培训班开班仪式上。",
     "全体班子成员参加县委党校的专题培训班开班仪式。"),
])
def test_two_constructions_run_together(sentence, right):
    fs = found(sentence)
    assert [f.rule for f in fs] == ["grammar/mixed"]
    assert fixed(sentence) == right


@pytest.mark.parametrize("sentence", [
    "事故发生的原因是操作人员违规作业。",
    "由于操作人员违规作业，造成了事故。",
    "事故是由操作人员违章作业造成的。",
    "分析原因，是责任落实不到位造成的后果。",  # no 原因是 …… 的 at the clause end
    "本着公开公正的原则开展评审。",
    "以公开公正为原则开展评审。",
    "开展专项检查的目的是消除隐患。",
    "为了消除隐患，开展专项检查。",
    "副市长出席在京召开的全国人民代表大会。",  # 在 opens a relative clause
    "副市长出席供电公司职工代表大会并讲话。",
    "副市长在供电公司职工代表大会上讲话。",
    "本着对人民负责的精神以问题为导向开展评审。",  # 以……为 is its own phrase
])
def test_constructions_that_are_whole(sentence):
    assert found(sentence, "grammar/mixed") == []


@pytest.mark.parametrize("sentence, right", [
    ("要进一步提高对违法行为的查处力度。", "要进一步加大对违法行为的查处力度。"),
    ("全面提升执法检查力度，严厉打击非法违法行为。",
     "全面加大执法检查力度，严厉打击非法违法行为。"),
    ("加强企业安全管理水平。", "提高企业安全管理水平。"),
    ("加大基层应急处置水平和能力。", "提高基层应急处置水平和能力。"),
    ("增加群众收入水平。", "提高群众收入水平。"),
])
def test_a_verb_and_an_object_that_do_not_go_together(sentence, right):
    fs = found(sentence)
    assert [f.rule for f in fs] == ["grammar/collocation"]
    assert fixed(sentence) == right


@pytest.mark.parametrize("sentence", [
    "加大执法力度，提高监管水平。",
    "提高思想认识，加大工作力度。",  # a comma between
    "加强高水平学科和大学建设。",  # 水平 inside another noun phrase
    "加强高水平人才队伍建设。",
    "扩大高水平对外开放。",
    "提高认识加大力度。",  # another verb between
    "加强管理，确保服务水平不降低。",
    "加强监管，使服务水平稳步提升。",
])
def test_collocations_that_are_right(sentence):
    assert found(sentence, "grammar/collocation") == []


def test_grammar_rules_can_be_left_out():
    sentence = "通过开展专项整治，使群众满意度明显提升。"
    assert found(sentence, "grammar") != []
    assert found(sentence, "hygiene") == []
    assert found(sentence, "grammar/negation") == []


@pytest.mark.parametrize("sentence, right", [
    ("该村党支部共有30党员，平均年龄58岁。", "该村党支部共有30名党员，平均年龄58岁。"),
    ("全村共6个村民小组，400余农户。", "全村共6个村民小组，400余户农户。"),
    ("工作组先后走访30多典型贫困户。", "工作组先后走访30多户典型贫困户。"),
    ("社区主要做了以下3各方面的工作。", "社区主要做了以下3个方面的工作。"),
])
def test_a_number_without_its_measure_word(sentence, right):
    fs = found(sentence)
    assert [f.rule for f in fs] == ["grammar/measure-word"]
    assert fixed(sentence) == right


@pytest.mark.parametrize("sentence", [
    "该村党支部共有党员30名，平均年龄58岁。",
    "共有30名党员参加。",
    "接到报警后，110民警迅速赶到现场。",  # a service line's name
    "12345热线全年受理群众诉求1.2万件。",
    "联合10部门开展春风行动，从5方面提出具体措施。",  # the compressed style, left alone
    "表彰排名前10党员示范岗。",  # a place in a ranking
    "评选2024党员先锋岗。",  # a year
    "双方各3人参加，男女各半。",
    "分3组，各自负责一个片区。",
    "如表2各项数据所示，附件1各单位名单已核对。",  # a table's or an attachment's number
])
def test_numbers_that_need_no_measure_word_here(sentence):
    assert found(sentence, "grammar/measure-word") == []


@pytest.mark.parametrize("sentence, right", [
    ("只要加强日常管理，才能从根本上提高效率。", "只有加强日常管理，才能从根本上提高效率。"),
    ("只有压实各方责任，就能守住安全底线。", "只有压实各方责任，才能守住安全底线。"),
])
def test_conditions_whose_words_are_crossed(sentence, right):
    fs = found(sentence)
    assert [f.rule for f in fs] == ["grammar/conjunction"]
    assert fixed(sentence) == right


@pytest.mark.parametrize("sentence", [
    "只要加强日常管理，就能提高效率。",
    "只有加强日常管理，才能提高效率。",
    "问题只有一个，就是责任没有压实。",  # 只有 the verb
    "全村只有300人，就业岗位不足。",
    "上级只要求企业自查，才发现问题不少。",  # 只要求: "only asked"
])
def test_conditions_that_are_right(sentence):
    assert found(sentence, "grammar/conjunction") == []
