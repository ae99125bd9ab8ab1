"""The typo family's nineteenth-session changes (docs/checks.md, "Typo recall, twentieth session").

1. typo/traditional: a traditional-only character (繁体字, 旧字形) in simplified text, with its
   simplified form (app/data/traditional_chars.txt, from OpenCC's TSCharacters less what GB 2312
   holds); where the usual simplified form makes no word, a character of its syllable that does
   (與情 → 舆情). Not in a paragraph written in traditional characters, a 《》 title or a 「」
   quotation.
2. typo/char looks for the set phrases of today's official writing that jieba lacks
   (app/data/set_phrases.txt) with one character typed as another of its sound and tone, as it
   does for the formulation family's fixed wordings (踔励奋发 → 踔厉奋发, 笃行不殆 → 笃行不怠).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine import analyze
from app.lexicon import COMMON_PHRASE, lexicon
from app.lexicon_idioms import idioms
from app.model import Document
from app.rules.base import data_lines
from app.rules.typo_traditional import table
from tests.app.test_typo_pairs import typos
from tests.conftest import packaging_script

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
TITLE = "关于做好当前重点工作的报告"


def traditional(sentence: str) -> list[tuple[str, str, str]]:
    """(the stretch marked, the message, the fix's replacement) of each typo/traditional finding."""
    a = analyze(Document.from_lines([TITLE, "", sentence]), ["typo"])
    return [(sentence[f.start:f.end], f.message, f.fix.edits[0].replacement if f.fix else "")
            for f in a.findings if f.index == 2 and f.rule == "typo/traditional"]


@pytest.mark.parametrize("sentence, marked, right, fix", [
    ("建立网络與情监测、研判、处置工作机制，及时回应群众关切。", "與情", "舆情", "舆"),
    ("各单位要认真排查辖区裏面的安全隐患，建立问题清单。", "裏面", "里面", "里"),
    ("要確保各项任务按期完成，不折不扣抓好落实。", "確保", "确保", "确"),
    ("全年召開专题会议12次，研究解决重大问题。", "召開", "召开", "开"),
])
def test_a_traditional_character_in_simplified_text_is_marked_with_its_simplified_form(
        sentence, marked, right, fix):
    found = traditional(sentence)
    assert [(m, f) for m, _msg, f in found] == [(marked, fix)]
    assert f"应为“{right}”" in found[0][1]
    assert typos(sentence) == []  # reported once: typo/char gives way


@pytest.mark.parametrize("sentence", [
    "會議在北京召開，各單位負責人參加會議並作表態發言。",  # a paragraph in traditional characters
    "政府工作報告",  # … and a heading of one (no character only simplified text has)
    "一年來的主要工作是：",
    "认真学习《與時俱進的理論品格》一文，交流学习体会。",  # a title keeps its own spelling
    "他在发言中引用了「與時俱進」这句话。",  # so does a corner-bracket quotation
    "坚持稳中求进工作总基调，后续工作于下周部署。",  # 后, 于 and 干 are simplified forms
    "乾隆年间，於姓家族在此定居，著有家谱一部。",  # characters GB 2312 holds: names, words
])
def test_traditional_text_quoted_or_written_so_and_characters_of_both_scripts_stay_quiet(
        sentence):
    assert traditional(sentence) == []


def test_the_table_holds_traditional_only_characters():
    t = table()
    assert t["與"] == "与" and t["裏"] == "里" and t["説"] == "说" and t["爲"] == "为"
    for c in "乾於著後干于与里":  # in GB 2312: may be right in simplified text
        assert c not in t, c
    assert len(t) > 2000


def test_the_table_is_what_the_script_derives_from_its_source_lines():
    mod = packaging_script("make_traditional")
    lines = ["# comment", "與\t与", "乾\t干 乾", "後\t后", "閒\t闲 间", "開\t开 𫔭", "𠀾\t𠁊",
             "隻\t只"]
    # 乾 and 後 are in GB 2312; 𠀾's simplified form is not; 𫔭 is dropped
    assert mod.table(lines) == sorted([("與", "与"), ("閒", "闲间"), ("開", "开"), ("隻", "只")])
    # simplified-only: 这 and 们 have other traditional forms; 里 is one of its own (公里)
    assert mod.simplified_only(["# c", "这\t這", "们\t們", "里\t裏 里", "𫔭\t開"]) == "们这"


@pytest.mark.parametrize("sentence, wrong, right", [
    ("我们要始终保持革命者的大无畏精神，踔励奋发、勇毅前行。", "踔励奋发", "踔厉奋发"),
    ("全体干部要笃行不殆，以实干实绩回应群众期盼。", "笃行不殆", "笃行不怠"),
    ("生态保护要久久为攻，一张蓝图绘到底。", "久久为攻", "久久为功"),
])
def test_a_set_phrase_the_dictionary_lacks_is_found_with_one_character_of_its_sound(
        sentence, wrong, right):
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence", [
    "同心同德、踔厉奋发，为奋力谱写中国式现代化新篇章贡献力量。",
    "我们唯有踔厉奋发、笃行不怠，方能不负历史、不负时代、不负人民。",
    "坚持守正创新，久久为功抓好生态保护，自信自强走好赶考路。",
    "百战不殆，知己知彼；笃行之，方能致远。",
])
def test_the_set_phrases_written_right_and_their_characters_elsewhere_stay_quiet(sentence):
    assert typos(sentence) == []


def test_every_set_phrase_is_missing_from_the_dictionary_and_sourced():
    lex, known_idioms = lexicon(), idioms()
    rows = [line.split("\t") for line in data_lines("set_phrases.txt")]
    assert len(rows) >= 30
    for row in rows:
        phrase, source = row
        assert len(phrase) == 4 and source, row
        # typo's own set-phrase search offers the phrases the dictionary holds
        assert lex.freq.get(phrase, 0) < COMMON_PHRASE and phrase not in known_idioms, phrase
        if source.startswith("../shared/corpus/"):
            path = ROOT.parent / source[3:]
            if not CORPUS.is_dir():
                pytest.skip("../shared/corpus is absent: the attestations cannot be checked")
            assert phrase in path.read_text("utf-8"), (phrase, source)
