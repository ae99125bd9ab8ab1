"""Shapes the seventeenth blind set (recall18) showed the checks missing, each a mechanism, not a
phrase: 的/得 in a contrast of two actions (学的多、用的少), 的/地 before a verb that a 在-phrase of
place shows (紧密的团结在……周围), 地/的 before a noun that is never a verb (有效地措施), a verb
jieba tags an adverb before its complement (更新的不够及时), a doubling unit character left alone
after a word ending in it (有时时), and a no-break space between Chinese characters. Sentences of
our own; each look-alike keeps what it has."""

from __future__ import annotations

import pytest

from tests.app.sentences import needs_lexicon, sentence_checks

flagged, fixed = sentence_checks("2026年度个人工作总结")


@needs_lexicon
@pytest.mark.parametrize(("sentence", "right"), [
    ("理论学习不够系统，学的多、用的少，联系实际不够。",
     "理论学习不够系统，学得多、用得少，联系实际不够。"),
    ("有的干部说的多，做的少。", "有的干部说得多，做得少。"),
    ("工作中部署的多、落实的少。", "工作中部署得多、落实得少。"),
    ("平时想得多、干的少。", "平时想得多、干得少。"),               # one 的 of the two
    ("网站信息更新的不够及时。", "网站信息更新得不够及时。"),          # 更新: jieba tags d
    ("群众反对的很强烈。", "群众反对得很强烈。"),                    # 反对: jieba tags d
    ("支付改革落地的比较慢，成效不明显。", "支付改革落地得比较慢，成效不明显。"),  # untagged
])
def test_a_verb_before_its_complement_takes_de2(sentence, right):
    assert fixed(sentence, "particle") == right


@needs_lexicon
@pytest.mark.parametrize(("sentence", "right"), [
    ("我们要更加紧密的团结在党中央周围。", "我们要更加紧密地团结在党中央周围。"),
    ("全县上下紧密的团结在一起。", "全县上下紧密地团结在一起。"),
    ("要采取有效地措施压减会议数量。", "要采取有效的措施压减会议数量。"),
    ("以更加有力地举措推动落实。", "以更加有力的举措推动落实。"),
    ("对照会议主题，认真的对照检查。", "对照会议主题，认真地对照检查。"),      # 对照 untagged
    ("方案要反复的修改完善。", "方案要反复地修改完善。"),                  # 反复 tagged v
])
def test_di_and_de_by_the_word_after(sentence, right):
    assert fixed(sentence, "particle") == right


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    "单位里男的多、女的少。",          # kinds of people, not actions
    "库存新的多、旧的少。",
    "今天来的多、走的少。",            # those who came, those who left
    "学得多、悟得少。",                # already right
    "紧密的团结是胜利的保证。",        # 团结 heads a noun phrase, no 在-phrase of place
    "积极地作用于社会发展。",          # 作用于: a verb
    "系统更新的内容很多。",            # 更新 + 的 + a noun
    "两者形成鲜明的对照。",            # 对照, a noun after 形成
    "要进行认真的对照检查。",          # the object of 进行
    "项目落地的时间还不确定。",        # 落地 + 的 + a noun
    "经过反复的论证，方案最终确定。",   # the object of 经过
])
def test_look_alikes_keep_their_particle(sentence):
    assert flagged(sentence, "particle") == []


@needs_lexicon
@pytest.mark.parametrize(("sentence", "extra"), [
    ("工作中有时时存在急躁情绪。", "时"),
    ("要及时时处理群众诉求。", "时"),
])
def test_a_unit_character_left_alone_after_a_word_ending_in_it(sentence, extra):
    assert flagged(sentence, "repeat") == [("repeat/char", extra)]


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    "时时处处严格要求自己。", "这个人人品很好。", "同时时刻关注汛情。", "2026年年初完成。",
    "今年年底前完成。", "全体人员人人参与。",
])
def test_doublings_that_are_words_stay(sentence):
    assert flagged(sentence, "repeat") == []


def test_a_no_break_space_between_chinese_characters():
    sentence = "多条被县委、县政府\u00a0采纳。"
    assert flagged(sentence, "hygiene") == [("hygiene/odd-space", "\u00a0")]
    assert fixed(sentence, "hygiene") == "多条被县委、县政府采纳。"
    # between Latin words it is the writer's; before a mark it is punct-space's (one finding)
    assert flagged("使用Windows\u00a0Server系统。", "hygiene") == []
    assert [r for r, _t in flagged("进行检查\u00a0。", "hygiene")] == ["hygiene/punct-space"]


def test_a_full_stop_typed_for_a_decimal_point():
    assert flagged("全年任务完成率达98。5%。", "hygiene") == [("hygiene/decimal-mark", "。")]
    assert fixed("增速回落了3。2个百分点。", "hygiene") == "增速回落了3.2个百分点。"
    # a sentence that ends in a count or a ratio, and the next that begins with one
    assert flagged("差距缩小至2.27:1。15个项目落地。", "hygiene") == []
    assert flagged("累计投入1000。20%的资金用于民生。", "hygiene") == []
