"""False alarms found on a third set of unseen real pages (issue 13, precision8), each cause on
sentences written for this test: the legitimate shape stays quiet, the look-alike mistake is
still reported.
"""

from __future__ import annotations

import pytest

from tests.app.sentences import family_findings, needs_lexicon, where

T = "关于执法检查工作的报告"


# --- repeat/char: a word whose last character is read otherwise, then the particle ----------


@needs_lexicon
@pytest.mark.parametrize("sentence", [
    "这是实现工作目的的有效途径。",      # 目的 (mùdì) + 的 (de)
    "合同标的的价值由双方约定。",        # 标的 (biāodì) + 的
    "把握好教育的目的的同时，也要注重方法。",
])
def test_a_word_ending_in_a_homograph_then_the_particle_is_no_doubling(sentence):
    assert family_findings([T, sentence], "repeat") == []


@needs_lexicon
@pytest.mark.parametrize(("sentence", "extra"), [
    ("我们们要进一步提高思想认识。", "们"),    # 我们 (wǒmen) + 们: the suffix typed twice
    ("这是当前所面临的的问题。", "的"),        # the particle typed twice
    ("这件事情是真的的。", "的"),              # 真的 (zhēnde): the same 的, twice
    ("各单位要正在在推进。", "在"),            # 正在 (zhèngzài) + 在
])
def test_a_suffix_or_particle_typed_twice_is_still_found(sentence, extra):
    lines = [T, sentence]
    found = where(lines, family_findings(lines, "repeat"))
    assert [(rule, text) for _line, rule, text in found] == [("repeat/char", extra)]


# --- numbering/duplicate: two lists, each announced by its own lead sentence --------------------

def test_two_item_lists_each_after_its_own_lead_sentence_are_two_lists():
    lines = [T, "一、基本情况", "检查中发现的主要问题是：", "1.宣传不够深入。", "2.执法力量不足。",
             "3.配套制度滞后。", "为此，提出如下改进意见：", "1.加大宣传力度。", "2.充实执法力量。"]
    assert family_findings(lines, "numbering/duplicate") == []


def test_a_list_numbered_again_after_one_lead_sentence_is_still_a_judgement_call():
    # the first run follows the heading directly: only the restart is announced
    lines = [T, "一、基本情况", "1.宣传不够深入。", "2.执法力量不足。", "为此，提出如下改进意见：",
             "1.加大宣传力度。", "2.充实执法力量。"]
    found = family_findings(lines, "numbering/duplicate")
    assert where(lines, found) == [(6, "numbering/duplicate", "1.")]


def test_a_list_numbered_twice_without_lead_sentences_is_still_a_duplicate():
    lines = [T, "一、基本情况", "（一）宣传情况。", "（二）执法情况。", "（三）制度情况。",
             "（一）队伍情况。", "（二）经费情况。"]
    assert where(lines, family_findings(lines, "numbering/duplicate")) == \
        [(6, "numbering/duplicate", "（一）")]


# --- recall: a 成文日期 whose 〇 is typed as the digit 0 or the letter O -----------------------

@pytest.mark.parametrize(("line", "right"), [
    ("二0一0年九月二十六日", "2010年9月26日"),
    ("二OO八年五月六日", "2008年5月6日"),
    ("二〇〇四年六月二十六日", "2004年6月26日"),  # the 〇 form, found before too
])
def test_a_date_line_with_zero_typed_as_a_digit_or_letter_is_found(line, right):
    lines = ["关于做好防汛工作的通知", "各乡镇人民政府：", "现将有关事项通知如下，请遵照执行。",
             "某某县人民政府", line]
    (f,) = family_findings(lines, "date/format")
    assert (f.line, f.fix.edits[0].replacement) == (5, right)


def test_an_arabic_date_line_stays_quiet():
    lines = ["关于做好防汛工作的通知", "各乡镇人民政府：", "现将有关事项通知如下，请遵照执行。",
             "某某县人民政府", "2010年9月26日"]
    assert family_findings(lines, "date/format") == []


# --- recall: a number whose last digits are masked (1xx人) ---------------------------------------

def test_a_number_with_masked_last_digits_is_a_blank():
    lines = [T, "辖区流动人口1xx人，80岁以上老人7xx人。"]
    assert [text for _line, _rule, text in where(lines, family_findings(lines, "placeholder"))] == \
        ["1xx", "7xx"]


def test_a_product_or_a_code_with_x_is_no_blank():
    lines = [T, "实行7x24小时值班，故障代码0x1F已排除。"]
    assert family_findings(lines, "placeholder") == []


def test_the_reread_list_is_what_pypinyin_gives():
    """app/data/repeat_reread.txt is generated from pypinyin's readings by the rule its header
    states; this recomputes it, so a new pypinyin or a changed GRAMMATICAL set shows up here."""
    import json
    from pathlib import Path

    pypinyin = pytest.importorskip("pypinyin")
    from app.rules.repeat import GRAMMATICAL, REREAD

    folder = Path(pypinyin.__file__).parent
    phrases = json.loads((folder / "phrases_dict.json").read_text("utf-8"))
    first = {chr(int(k)): v.split(",")[0] for k, v in
             json.loads((folder / "pinyin_dict.json").read_text("utf-8")).items()}
    expected = {w for w, r in phrases.items() if len(w) >= 2 and w[-1] in GRAMMATICAL
                and r[-1][0] != first.get(w[-1], r[-1][0])}
    assert expected == set(REREAD)
    assert {"目的", "标的", "认为"} <= REREAD and not {"我们", "有的", "正在"} & REREAD
