"""的/地/得 decided by the slot (app/rules/dedide_slots.py): a verb + 的 + a bare complement of
manner that ends the clause is 得 (问题整改的彻底 → 整改得彻底); a modal + an adjective + 的 + a
verb is 地 (应当准确的把握 → 准确地把握). Sentences of our own; the look-alikes keep their 的:
noun phrases after a verb or a preposition, 的 before a noun, 是…的, 所做的, quoted words, a
list of noun phrases each with its 的, and 要 meaning "want"."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document

TITLE = "关于2025年机关作风建设工作情况的报告"


def particles(sentence: str) -> list[tuple[str, str, str]]:
    """(rule, the phrase from the word before the particle, the particle proposed) for each
    particle finding in ``sentence``."""
    a = analyze(Document.from_lines([TITLE, "", sentence]), ["particle"])
    out = []
    for f in a.findings:
        if f.index != 2:
            continue
        assert f.fix is not None
        out.append((f.rule, sentence[f.start - 2:f.end], f.fix.edits[0].replacement))
    return out


@pytest.mark.parametrize("sentence, phrase", [
    ("今年的安全检查部署的全面，没有留下死角。", "部署的"),
    ("去年反馈的问题整改的彻底、销号及时。", "整改的"),
    ("他们这件事做的细致。", "事做的"),
    ("各项惠民政策解读的到位，群众知晓率高。", "解读的"),
    ("党员大会筹备的充分。", "筹备的"),
    ("风险点排查后，整改方案执行的透彻有效。", "执行的"),
])
def test_a_bare_complement_of_manner_takes_de2(sentence, phrase):
    assert particles(sentence) == [("particle/de", phrase, "得")]


@pytest.mark.parametrize("sentence", [
    "确保信息报送的及时、准确。",            # the object of 确保: the timeliness of the reporting
    "随着调查的深入，问题逐步清晰。",        # after a preposition: the deepening of the inquiry
    "认识的到位、措施的到位是前提。",        # a list of noun phrases, each with its 的
    "认识的到位，是做好工作的前提。",        # the verb begins its clause: a topic
    "这是我们所做的扎实工作。",              # 所做的 + a noun
    "取得的成效明显。",                      # 的 before a noun
    "他说的对。",                            # 对 tells what was said, not how
    "这一做法是及时的。",                    # 是…的
    "“做的到位”是他的口头禅。",              # a quoted phrase
    "处理的及时性有待提高。",                # 的 before a noun in 性
    "这次抢救成功得益于送医的及时。",        # a verb in 于 takes a noun phrase
    "效果好坏取决于执行的彻底。",
])
def test_a_de_before_an_adjective_that_is_no_complement_stays(sentence):
    assert particles(sentence) == []


@pytest.mark.parametrize("sentence, phrase", [
    ("各地应当准确的把握政策要求。", "准确的"),
    ("对这一条款可以简单的理解为禁止性规定。", "简单的"),
    ("各部门要依法依规谨慎的使用强制措施。", "谨慎的"),
    ("遇到险情务必冷静的处置。", "冷静的"),
])
def test_an_adjective_after_a_modal_before_its_verb_takes_di(sentence, phrase):
    assert particles(sentence) == [("particle/di", phrase, "地")]


@pytest.mark.parametrize("sentence", [
    "要进行严肃的处理。",                    # the object of 进行
    "要有清醒的认识。",                      # the object of 有
    "要对准确的数据进行汇总。",              # the object of a preposition
    "我们要简单的处理。",                    # 要 "want" + a noun phrase that ends the clause
    "必须坚持客观的评价。",                  # the object of 坚持
    "开展了一次认真的检查。",                # one inspection: a noun phrase
    "需要准确的判断。",                      # 需要 takes a noun phrase
    "这是一项严肃的工作。",                  # 的 before a noun
])
def test_an_adjective_that_is_no_adverbial_keeps_its_de(sentence):
    assert particles(sentence) == []


@pytest.mark.parametrize("sentence, phrase", [
    ("今年以来，职工培训有序的推进。", "有序的"),
    ("全市环境监管持续的加强。", "持续的"),
])
def test_a_subject_jieba_tags_a_verbal_noun_does_not_hide_the_adverbial(sentence, phrase):
    """培训, 监管 (tag vn) end the subject here: a verbal noun before the adverbial is read as a
    noun, where a plain verb (进行严肃的处理) takes "adjective + 的 + verb" as its object."""
    assert particles(sentence) == [("particle/di", phrase, "地")]


@pytest.mark.parametrize("sentence, phrase", [
    ("展会成功的举办了三届。", "成功的"),           # 展会 is tagged v: no verb taking an object
    ("全年较好的完成了各项指标。", "较好的"),       # one character after a degree word
    ("村民们热烈的讨论着方案。", "热烈的"),
])
def test_an_adjective_before_a_verb_with_an_aspect_particle_takes_di(sentence, phrase):
    """了, 着, 过 follow a predicate verb, never the head of a noun phrase."""
    found = particles(sentence)
    assert [(rule, right) for rule, _, right in found] == [("particle/di", "地")]
    assert found[0][1].endswith(phrase)


@pytest.mark.parametrize("sentence", [
    "这是最好的结果了。",                    # 了 after a noun: the sentence's particle
    "开展了一次认真的检查了解情况。",        # 了解 is a word, no 了 after 检查
    "这已经是最认真的检查了。",              # 是 + a noun phrase
    "他们做出了正确的决定了吗？",            # 了吗: the sentence's 了 after 做出's object
])
def test_a_noun_phrase_before_le_keeps_its_de(sentence):
    assert particles(sentence) == []


@pytest.mark.parametrize("sentence", ["老百姓过上了美好的生活了。", "群众过上了更加美好的生活了。"])
def test_le_ending_the_clause_after_an_object_keeps_its_de(sentence):
    """过上了美好的生活了: the noun phrase is 过上's object and 了 the sentence's particle."""
    assert particles(sentence) == []


@pytest.mark.parametrize("sentence, phrase", [
    ("上半年各项工作齐头并进的比较顺利。", "并进的"),
    ("群众反映的很强烈，要抓紧解决。", "反映的"),
])
def test_a_subject_and_verb_kept_as_one_word_still_takes_de2(sentence, phrase):
    """The dictionary keeps some subject + verb pairs (群众反映) and idioms ending in a verb
    (齐头并进) as one word with no verb tag: a complement of degree after its 的 is still 得."""
    assert particles(sentence) == [("particle/de", phrase, "得")]


@pytest.mark.parametrize("sentence", [
    "这是令人瞩目的成就。",
    "群众反映的问题很多。",
    "齐头并进的局面已经形成。",
])
def test_such_a_word_before_a_noun_keeps_its_de(sentence):
    assert particles(sentence) == []


# --- 很 alone as the complement of degree (满意得很) ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "群众对这项工作满意的很。",
    "今年的收成好的很，大家都很高兴。",
    "下一步要办的事情多的很。",
])
def test_hen_alone_ending_the_clause_takes_de(sentence):
    (found,) = particles(sentence)
    assert found[0] == "particle/de" and found[2] == "得"


@pytest.mark.parametrize("sentence", [
    "这是他说的，很对。",  # 的 ends the clause; 很 opens the next
    "他是最好的，很受欢迎。",
    "我们的工作很扎实。",
])
def test_de_before_a_clause_with_hen_stays(sentence):
    assert particles(sentence) == []
