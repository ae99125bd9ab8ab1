"""错别字 that the general method cannot see because jieba's dictionary holds the wrong form as a
word (义无返顾, 惹事生非, 挺而走险) or keeps it at its floor with no bar that fits (决择):
the curated first layer (app/data/misused_words.txt, sourced) reports them as errors with the
fix, once, and stays quiet where the characters belong to the words around them. Sentences of
our own (docs/checks.md, typo17)."""

from __future__ import annotations

import re

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.lexicon import lexicon
from app.model import Document
from app.rules import wording
from app.rules.base import DATA_DIR, data_lines

TITLE = "关于2024年工作情况的报告"


def findings(line: str, families: list[str] | None = None) -> list:
    a = analyze(Document.from_lines([TITLE, line]), families)
    return [f for f in a.findings if f.index == 1]


def fixed(line: str) -> str:
    fixes = [f.fix for f in findings(line, ["wording"]) if f.fix]
    return apply_fixes([TITLE, line], fixes)[0][1]


@pytest.mark.parametrize(("line", "wrong", "right"), [
    # the dictionary holds the wrong form above its floor (13, 47, 10, 8)
    ("广大党员干部义无返顾地冲在防汛一线。", "义无返顾", "义无反顾"),
    ("对在校园周边惹事生非的人员依法处理。", "惹事生非", "惹是生非"),
    ("个别人员为谋取私利挺而走险。", "挺而走险", "铤而走险"),
    ("这里山青水秀，是远近闻名的旅游胜地。", "山青水秀", "山清水秀"),
    # at its floor, where no lower bar of the general method fits
    ("面对重大决择，我们始终坚持人民至上。", "决择", "抉择"),
    ("唱响新时代主弦律，传播正能量。", "主弦律", "主旋律"),
    ("能够独立承担项目的技术骨干寥若辰星。", "寥若辰星", "寥若晨星"),
    ("人民法院依法申张正义，维护群众合法权益。", "申张正义", "伸张正义"),
    ("严禁以任何形式略夺群众财产。", "略夺", "掠夺"),
    ("今年全县哈蜜瓜种植面积进一步扩大。", "哈蜜瓜", "哈密瓜"),
    # unknown to the dictionary, and still missed by the general method
    ("市领导亲自坐阵指挥，确保抢险工作有序推进。", "坐阵", "坐镇"),
    ("新能源汽车成为灸手可热的投资领域。", "灸手可热", "炙手可热"),
    ("全县上下戳力奋发，奋力谱写新篇章。", "戳力奋发", "踔厉奋发"),
    ("个别干部工作不细致，屡屡捅篓子。", "捅篓子", "捅娄子"),
    ("有人认为这是小事，孰不知小事也会酿成大祸。", "孰不知", "殊不知"),
    ("对贪脏受贿的行为坚决查处。", "贪脏", "贪赃"),
    ("这款产品在网络上迅速窜红。", "窜红", "蹿红"),
])
def test_a_listed_misspelling_is_an_error_with_its_fix(line, wrong, right):
    (f,) = findings(line, ["wording"])
    assert (f.rule, f.severity.value) == ("wording/misused", "error")
    assert f.message == f"错别字：“{wrong}”应为“{right}”"
    assert fixed(line) == line.replace(wrong, right)


@pytest.mark.parametrize("line", [
    "一年之季在于春，春耕生产要抓紧抓实。",  # the general method proposed 之际, itself wrong
    "对顶风违纪行为严惩不怠。",  # the general method's warning gives way to the error
])
def test_reported_once_by_the_precise_rule(line):
    assert [(f.rule, f.severity.value) for f in findings(line)] == [("wording/misused", "error")]


@pytest.mark.parametrize("line", [
    "新区又有一座落成的体育馆投入使用。",  # 一座|落成
    "大厅里摆着一座落地钟。",  # 一座|落地钟
    "本次会议的主题纲要已印发各单位。",  # 主题|纲要
    "不能忽略夺冠热门队伍的实力。",  # 忽略|夺冠
    "对此作出判决择日宣判。",  # 判决|择日
])
def test_the_characters_of_other_words_are_left_alone(line):
    assert findings(line, ["wording", "typo"]) == []


def test_a_misspelling_the_dictionary_counts_above_its_correction_stands_as_a_word(
        monkeypatch):
    """The seam test asks whether a word of the sentence reaches across an edge of the match;
    only then does it compare the sentence with the correction. jieba counts 惹事生非 47 and
    惹是生非 36, so comparing alone took the listed misspelling for a seam."""
    monkeypatch.setitem(wording.MISUSED, "惹事生非", "惹是生非")
    assert not wording._cuts_a_word("不要惹事生非。", 2, 6)
    assert wording._cuts_a_word("要加强预防犯罪工作。", 4, 6)  # 预防|犯罪 still a seam


@pytest.mark.parametrize(("line", "start"), [
    ("这座落成不久的大桥成为新地标。", 1),  # 这座|落成, not 这|坐落|成 (e^1.5)
    ("电脑插座落满了灰尘。", 3),  # 插座|落满 (e^1.5)
    ("将基座落在混凝土地基上。", 2),  # 基座|落在 (e^0.0)
])
def test_across_a_seam_the_correction_must_read_clearly_better(monkeypatch, line, start):
    """The unigram model favours a frequent correction between frequent single characters: an
    entry 座落 → 坐落 (left out of the list for this) would have been reported in these."""
    monkeypatch.setitem(wording.MISUSED, "座落", "坐落")
    assert wording._cuts_a_word(line, start, start + 2)
    assert not wording._cuts_a_word("研究部暑了下半年工作", 2, 4)  # 研究部|暑 → 部署: e^9


def test_an_older_entry_the_dictionary_counts_above_its_correction_is_reported():
    """对帐 → 对账 was listed before (《现代汉语词典》: 账 for money records) but never reported:
    jieba counts 对帐 above 对账, so the comparison took the entry for a seam wherever it stood."""
    (f,) = findings("财务人员每月与银行对帐一次。", ["wording"])
    assert (f.rule, f.message) == ("wording/misused", "错别字：“对帐”应为“对账”")


def _rows() -> list[list[str]]:
    return [line.split("\t") for line in data_lines("misused_words.txt")]


def test_every_entry_names_a_source_the_file_explains():
    header = "\n".join(line for line in (DATA_DIR / "misused_words.txt").read_text(
        "utf-8").splitlines() if line.startswith("#"))
    codes = set(re.findall(r"#\s+([A-Z])(?:<year>)? = ", header)) | \
        set(re.findall(r"Sources: ([A-Z]) = ", header))
    for row in _rows():
        assert len(row) == 3, row
        assert re.sub(r"\d{4}$", "", row[2]) in codes, row


def test_every_right_form_of_this_block_is_a_word_of_the_lexicon():
    """The seam test scores the correction with the lexicon: the entries added here were
    chosen so that it knows the right form (older ones such as 一副对联 predate the rule)."""
    text = (DATA_DIR / "misused_words.txt").read_text("utf-8")
    block = text[text.index("# typo17:"):text.index("# typo20:")].splitlines()
    rows = [line.split("\t") for line in block if line and not line.startswith("#")]
    lex = lexicon()
    assert len(rows) > 40
    assert [r for _w, r, _s in rows if not lex.known(r)] == []
