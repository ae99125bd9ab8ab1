"""False alarms found on correct official prose of kinds the corpus has little of
(tests/data/clean_prose: 述职报告, 调研报告 full of figures, 通知 with 附件 and contact lines,
会议纪要, 讲话稿, 党建 text, names, acronyms, titles of laws), each fixed in the shared mechanism.
Every fix is tested with the sentence that raised the false alarm (nothing may be found) next to
a mistake of the same shape that must still be found. Expected values are what a reviewer would
mark."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine import analyze
from app.findings import Severity
from app.model import Document
from app.readers.text import read_text
from tests.app.sentences import sentence_checks

TITLE = "关于2026年工作情况的报告"
CLEAN = Path(__file__).resolve().parents[1] / "data" / "clean_prose"


flagged, _ = sentence_checks(TITLE)


# --- repeat/word: verbs doubled as ABAB ("have a try") that the verb list lacked -----------

@pytest.mark.parametrize("sentence", [
    "遇到拿不准的问题，我就到市发展改革委请教请教。",
    "希望本地企业之间多合作合作、多交流交流。",
    "请有关部门帮我们核实核实，再分析分析原因。",
    "节日里让大家热闹热闹。",
])
def test_abab_reduplication_is_not_a_repeated_word(sentence: str) -> None:
    assert flagged(sentence, "repeat") == []


@pytest.mark.parametrize(("sentence", "extra"), [
    ("要进一步加强加强安全生产监管。", "加强"),
    ("切实落实落实主体责任。", "落实"),
    ("不断提高提高服务水平。", "提高"),
])
def test_formal_verb_written_twice_is_still_found(sentence: str, extra: str) -> None:
    assert flagged(sentence, "repeat") == [("repeat/word", extra)]


# --- repeat/char: a preposition before a word that begins with the same character ----------

@pytest.mark.parametrize("sentence", [
    "在在建项目中，有3个项目进度滞后。",
    "会后，市领导与与会代表逐一握手。",
    "要在在岗职工中广泛开展技能培训。",
])
def test_preposition_before_a_word_with_the_same_first_character(sentence: str) -> None:
    assert flagged(sentence, "repeat") == []


@pytest.mark.parametrize(("sentence", "extra"), [
    ("要在在全县范围内开展排查。", "在"),
    ("对对标先进地区，我县差距明显。", "对"),
    ("这是他们们的责任。", "们"),
])
def test_character_typed_twice_is_still_found(sentence: str, extra: str) -> None:
    assert flagged(sentence, "repeat") == [("repeat/char", extra)]


# --- particle/di: a noun that jieba tags as a verb ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "让我们以更加务实的作风、更加有力的举措，推动各项工作落实。",
    "要找准解决问题的有效的抓手。",
])
def test_noun_tagged_as_verb_keeps_its_de(sentence: str) -> None:
    assert flagged(sentence, "particle") == []


# --- particle/di: the adjective + 的 + verb is the object of a verb with 了, or of a preposition

@pytest.mark.parametrize("sentence", [
    "会议对明年工作作出了全面的部署。",
    "群众反映强烈的问题得到了有效的解决。",
    "经过认真的讨论，会议通过了该方案。",
    "通过不懈的努力，目标如期实现。",
])
def test_noun_phrase_after_verb_with_aspect_or_preposition(sentence: str) -> None:
    assert flagged(sentence, "particle") == []


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("要积极的推进各项改革。", "积极的推进"),
    ("以更加有力的措施，认真的落实各项任务。", "认真的落实"),
    ("会议结束了，各单位要认真的部署落实。", "认真的部署"),
])
def test_adverbial_de_before_a_verb_is_still_found(sentence: str, phrase: str) -> None:
    a = analyze(Document.from_lines([TITLE, sentence]), ["particle"])
    found = [(f.rule, f.start) for f in a.findings if f.index == 1]
    assert found == [("particle/di", sentence.find(phrase) + phrase.index("的"))]


# --- confusable/word: 截止到 + a time is right (截至 means 截止到) ---------------------------

def test_jiezhi_dao_before_a_time_is_right() -> None:
    assert flagged("截止到目前，已有5家企业完成整改。", "confusable") == []
    assert flagged("截止到2025年底，全县共建成基站320个。", "confusable") == []


def test_jiezhi_right_before_a_time_is_still_found() -> None:
    assert flagged("截止2025年底，全县共建成基站320个。", "confusable") == \
        [("confusable/word", "截止")]


# --- numbering: "附件：1．2026年……" is item 1 of the attachment list ------------------------

def numbering_findings(lines: list[str]) -> list[tuple[str, str]]:
    a = analyze(Document.from_lines(lines), ["numbering"])
    return [(f.rule, f.severity.value) for f in a.findings
            if f.severity is not Severity.INFO]


def test_attachment_item_whose_words_start_with_a_year() -> None:
    lines = ["关于举办培训班的通知", "各单位：", "现将有关事项通知如下。",
             "附件：1．2026年培训班日程安排", "　　　2．参训人员回执", "　　　3．交通示意图"]
    assert numbering_findings(lines) == []


def test_attachment_list_that_really_skips_is_still_found() -> None:
    lines = ["关于举办培训班的通知", "各单位：", "现将有关事项通知如下。",
             "附件：1．2026年培训班日程安排", "　　　2．参训人员回执", "　　　4．交通示意图"]
    assert ("numbering/skip", "error") in numbering_findings(lines)


def test_note_with_a_value_is_not_made_an_item() -> None:
    lines = ["关于预算执行情况的报告", "一、总体情况", "全年支出增长较快。",
             "注：1.5万元为预计数。"]
    assert numbering_findings(lines) == []


# --- the whole set: no error or warning on correct prose -----------------------------------

def test_clean_prose_set_has_no_error_or_warning() -> None:
    files = sorted(CLEAN.glob("*.txt"))
    assert len(files) >= 10
    found = []
    for path in files:
        doc = read_text(path)
        for f in analyze(doc).findings:
            if f.severity in (Severity.ERROR, Severity.WARNING):
                found.append((path.name, f.rule, doc.texts[f.index][f.start:f.end]))
    assert found == []


def test_clean_prose_set_is_large_enough_to_measure() -> None:
    chars = sum(len(p.read_text(encoding="utf-8")) for p in CLEAN.glob("*.txt"))
    assert chars >= 20_000


# --- punctuation/unbalanced: a quotation over several paragraphs ---------------------------

def unbalanced_lines(lines: list[str]) -> list[int]:
    a = analyze(Document.from_lines(lines), ["punctuation"])
    return [f.index for f in a.findings if f.rule == "punctuation/unbalanced"]


def test_quotation_over_paragraphs_opens_each_and_closes_the_last() -> None:
    lines = ["关于学习的报告", "他指出：", "“第一，要提高站位。", "",
             "“第二，要压实责任。", "", "“第三，要强化督查。”", "其他内容。"]
    assert unbalanced_lines(lines) == []


def test_quotation_that_no_paragraph_closes_is_still_found() -> None:
    lines = ["关于学习的报告", "他指出：", "“第一，要提高站位。", "“第二，要压实责任。",
             "其他内容。"]
    assert unbalanced_lines(lines) == [2, 3]


def test_opening_quote_missing_its_closer_inside_a_paragraph_is_still_found() -> None:
    lines = ["关于学习的报告", "要坚持“项目为王理念。", "“第三，要强化督查。”"]
    assert unbalanced_lines(lines) == [1]
