"""The curated first layer widened from published lists (app/data/misused_words.txt, block
"typo20": 《咬文嚼字》's yearly lists, articles on 编校 and 公文 slips), and the character pairs of
that list carried over to typo/char (app/rules/typo_listed.py): a pair the list attests (防讯 →
防汛: 讯/汛) asks a lower bar in other words (讯期 → 汛期). Sentences of our own (docs/checks.md,
typo20)."""

from __future__ import annotations

import re

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.lexicon import _package_file
from app.model import Document
from app.rules.base import DATA_DIR
from app.rules.typo_listed import MIN_GAIN_LISTED, listed_bar, listed_pairs
from tests.conftest import CORPUS_FILES, ROOT, needs_corpus

TITLE = "关于2024年工作情况的报告"


def findings(line: str, families: list[str] | None = None) -> list:
    a = analyze(Document.from_lines([TITLE, line]), families)
    return [f for f in a.findings if f.index == 1]


def fixed(line: str, families: list[str]) -> str:
    fixes = [f.fix for f in findings(line, families) if f.fix]
    return apply_fixes([TITLE, line], fixes)[0][1]


@pytest.mark.parametrize(("line", "wrong", "right"), [
    ("我们要庚续红色血脉，赓续奋斗精神。", "庚续", "赓续"),  # 《咬文嚼字》2021
    ("加快天燃气管网建设，保障群众冬季用气。", "天燃气", "天然气"),  # 2022
    ("储备莲花清瘟等常用药品。", "莲花清瘟", "连花清瘟"),  # 2022
    ("严格落实长江流域禁鱼期制度。", "禁鱼期", "禁渔期"),  # 2019
    ("依法及时批露政府信息。", "批露", "披露"),  # 编校: 高频别字
    ("对是否上马新项目举旗不定。", "举旗不定", "举棋不定"),
    ("在安置点搭建帐蓬二十顶。", "帐蓬", "帐篷"),
    ("是否立即整改，亦或另作安排，请示后办理。", "亦或", "抑或"),
    ("坚持未雨稠缪、关口前移。", "未雨稠缪", "未雨绸缪"),
    ("传统产业日渐势微，亟须转型升级。", "势微", "式微"),
    ("始终保持政策的一惯性和连续性。", "一惯", "一贯"),  # 南方农村报 2024
    ("调处婚姻家庭、瞻养纠纷六十四起。", "瞻养", "赡养"),
])
def test_a_listed_misspelling_is_an_error_with_its_fix(line, wrong, right):
    (f,) = findings(line, ["wording"])
    assert (f.rule, f.severity.value) == ("wording/misused", "error")
    assert f.message == f"错别字：“{wrong}”应为“{right}”"
    assert fixed(line, ["wording"]) == line.replace(wrong, right)


@pytest.mark.parametrize("line", [
    "各地区坚持统一惯例处理。",  # 统一|惯例
    "系统采用单一惯性导航。",  # 单一|惯性
    "严格审批露天矿山项目。",  # 审批|露天
    "当前国际形势微妙复杂。",  # 形势|微妙
    "对手攻势微弱。",  # 攻势|微弱
    "前瞻养老产业布局。",  # 前瞻|养老
    "历经沧桑，初心不改。",
])
def test_the_characters_of_other_words_are_left_alone(line):
    assert findings(line, ["wording", "typo"]) == []


@pytest.mark.parametrize(("line", "wrong", "right"), [
    ("结合讯期特点，组织对危险区域开展巡查。", "讯期", "汛期"),  # 讯/汛: 防讯 (e^6.8 < e^7)
    ("聚焦共同富裕，谋化实施项目十七个。", "谋化", "谋划"),  # 化/划: 出谋化策 (e^6.8 < e^7.5)
    ("社区入户调查，证求居民对改造内容的意见。", "证求", "征求"),  # 证/征: 旁证博引 (e^8.0 < e^9)
])
def test_a_pair_the_list_attests_is_looked_for_in_other_words(line, wrong, right):
    (f,) = findings(line, ["typo"])
    assert (f.rule, f.message) == ("typo/char", f"疑似错别字：“{wrong}”应为“{right}”")
    assert fixed(line, ["typo"]) == line.replace(wrong, right)


@pytest.mark.parametrize("line", [
    "率先实现磷石膏产消动态平衡。",  # 消/销 is listed (消声匿迹), 产消 a term: e^6.62
    "四、下步打算",  # 步/部 is listed (按步就班): e^4.3
    "全年建成汛期应急避险点十二个。",
])
def test_a_listed_pair_still_asks_its_bar(line):
    assert [f for f in findings(line, ["typo"]) if f.rule == "typo/char"] == []


def test_the_pairs_are_the_one_character_entries_of_the_list():
    pairs = listed_pairs()
    assert frozenset("讯汛") in pairs  # 防讯 → 防汛
    assert frozenset("化划") in pairs  # 出谋化策 → 出谋划策
    assert frozenset("的地") not in pairs  # 目地 → 目的: the particle family's
    assert frozenset("惹是") not in pairs  # 惹事生非: 事/是 only
    assert listed_bar("讯", "汛", 7.0) == MIN_GAIN_LISTED
    assert listed_bar("讯", "汛", 6.0) == 6.0  # never raises a bar
    assert listed_bar("讯", "迅", 7.0) == 7.0


def _block() -> list[list[str]]:
    text = (DATA_DIR / "misused_words.txt").read_text("utf-8")
    lines = text[text.index("# typo20:"):].splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_every_entry_of_the_block_names_a_source_the_header_gives():
    header = "\n".join(line for line in (DATA_DIR / "misused_words.txt").read_text(
        "utf-8").splitlines() if line.startswith("#"))
    rows = _block()
    assert len(rows) >= 20
    for wrong, _right, source in rows:
        code = re.sub(r"\d{4}$", "", source)
        assert re.search(rf"#\s+{code}(<year>)? = ", header), wrong
        if code == "T":  # each year cited
            assert source[1:] in header, wrong


def test_no_wrong_form_is_part_of_a_word_of_the_dictionary():
    """A wrong form inside a word jieba counts 20 times or more would be met in right text."""
    words = [line.split(" ", 2) for line in
             _package_file("jieba", "dict.txt").read_text("utf-8").splitlines()]
    common = [w for w, f, *_ in words if int(f) >= 20]
    wrong = [row[0] for row in _block()]
    assert [(x, w) for w in common for x in wrong if x in w] == []


@needs_corpus
def test_no_wrong_form_is_in_real_text():
    texts = [p.read_text("utf-8") for p in CORPUS_FILES]
    texts += [p.read_text("utf-8") for p in (ROOT / "tests/data/clean_prose").glob("*.txt")]
    assert [row[0] for row in _block() if any(row[0] in t for t in texts)] == []
