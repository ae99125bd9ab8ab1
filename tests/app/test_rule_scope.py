"""The false-alarm causes measured on real reports (issue 12), each on hand-written text.

Each test states the shape a reviewer sees, with a positive case (the mistake is still found)
and a negative one (the legitimate shape stays quiet).
"""

from __future__ import annotations

from app.engine import analyze
from app.findings import Severity
from app.fixes import fix_all
from app.model import CellRef, Document
from tests.app.sentences import where

T = "关于市场监管工作情况的报告"


def run(lines, family=None, doc=None):
    a = analyze(doc or Document.from_lines(lines))
    return [f for f in a.findings if family is None or f.rule.startswith(family)]


# --- count/mismatch: the scope of a promise ------------------------------------------------

def test_promise_counts_the_headings_below_not_a_list_inside_the_first():
    lines = [T, "二、明年打算", "重点抓好以下三个方面：", "（一）强监管。一是查案件；二是抓整改。",
             "（二）优服务。", "（三）防风险。"]
    assert run(lines, "count") == []
    short = lines[:-1]  # two headings for three promised: still found
    (f,) = run(short, "count")
    assert f.line == 3 and "2项" in f.message and f.severity is Severity.WARNING


def test_promise_counts_its_own_run_not_the_next_sections_list():
    lines = [T, "一、甲", "抓好三个方面：", "一是查案件。", "二是抓整改。", "三是强宣传。",
             "二、乙", "全年安排如下。", "一是春季行动。", "二是夏季行动。", "三是秋季行动。",
             "四是冬季行动。"]
    assert run(lines, "count") == []
    lines[5] = "另外，强化宣传。"
    (f,) = run(lines, "count")
    assert f.line == 3 and "2项" in f.message


def test_statistics_and_named_items_promise_nothing():
    lines = [T, "一、成效", "全年完成12项重点指标：", "（一）甲。", "（二）乙。",
             "建成东环路、南环路两条出口路：", "（一）东环路。", "（二）南环路。", "（三）西环路。",
             "累计整治5条黑臭水体。", "1.甲河。"]
    assert run(lines, "count") == []
    # the same count as an announcement is checked
    announced = [T, "一、成效", "下一步做好以下两项工作：", "（一）甲。", "（二）乙。",
                 "（三）丙。"]
    (f,) = run(announced, "count")
    assert "3项" in f.message


def test_numbers_quoted_in_a_glossary_promise_nothing():
    lines = [T, "一、甲", "（一）子甲。", "（二）子乙。", "名词解释：",
             "1.扶企政策：指市里出台的3个方面18条措施：", "2.双随机：指随机抽取检查对象。",
             "3.一网通办：指线上办理。"]
    assert run(lines) == []


# --- notes and attachment lists are parts of their own --------------------------------------

def test_attachment_list_after_the_body_is_its_own_list():
    lines = [T, "各区局：", "一、工作要求", "1.按时报送。", "2.加强协调。",
             "附件：1.检查计划表", "2.人员名单", "3-1.甲区分表", "3-2.乙区分表", "4.联系表",
             "市市场监管局", "2024年3月1日"]
    a = analyze(Document.from_lines(lines))
    assert [f for f in a.findings if f.rule.startswith("numbering/")
            and f.severity is not Severity.INFO] == []
    assert 5 in a.appendix_parts
    # a real slip inside the attachment list is still found, with item 1 on the 附件 line
    lines[9] = "5.联系表"
    assert where(lines, run(lines, "numbering/skip")) == [(10, "numbering/skip", "5.")]


def test_a_note_in_the_middle_of_the_body_stays_in_its_section():
    lines = [T, "一、甲", "（一）子甲。", "注：以上数据为快报数。", "（二）子乙。", "二、乙"]
    a = analyze(Document.from_lines(lines))
    assert a.appendix_parts == [] and run(lines, "numbering") == []


# --- inline runs ---------------------------------------------------------------------------

def test_inline_runs_restart_at_a_new_lead():
    lines = [T, "一、甲", "一是查案件。", "二是抓整改。", "三是强宣传。", "下一步，要做到：",
             "一是早发现。", "二是早处置。", "三是早报告。", "四是早总结。"]
    assert run(lines, "numbering") == []
    lines[9] = "三是早总结。"
    assert where(lines, run(lines, "numbering")) == [(10, "numbering/duplicate", "三是")]


def test_an_unnumbered_heading_ends_a_run():
    lines = [T, "一、甲", "一是查案件。", "二是抓整改。", "食品安全", "二是抽检。", "三是通报。"]
    (f,) = run(lines, "numbering")
    assert (f.line, f.rule) == (6, "numbering/start")  # not a duplicate of line 4's 二是
    lines[4] = "食品安全方面，加强抽检。"  # body text between items keeps the run going
    assert where(lines, run(lines, "numbering")) == [(6, "numbering/duplicate", "二是")]


def test_a_paragraph_item_continues_the_run_it_follows_past_a_list_inside():
    lines = [T, "一、甲", "一是查案件，具体：一是立案；二是结案。", "二是抓整改。", "三是强宣传。"]
    assert run(lines, "numbering") == []


def test_a_run_whose_first_item_is_not_at_a_clause_start_is_not_a_wrong_start():
    lines = [T, "一、甲", "重点抓好一是查案件，二是抓整改，三是强宣传。"]
    assert run(lines, "numbering") == []
    lines[2] = "重点抓好一是查案件，二是抓整改，二是强宣传。"
    assert where(lines, run(lines, "numbering")) == [(3, "numbering/duplicate", "二是")]
    # without 一是 anywhere before it, a run opening at 二是 is still reported
    (f,) = run([T, "一、甲", "重点抓好查案件，二是抓整改。"], "numbering")
    assert f.rule == "numbering/start" and f.severity is Severity.WARNING


def test_run_in_di_headings_are_checked_and_hold_their_own_lists():
    lines = [T, "第一，稳定市场秩序。内容：第一，查处；第二，通报。", "正文。",
             "第二，优化营商环境。一是减材料；二是减时限。",
             "第三，守住安全底线。一是食品。二是药品。"]
    assert run(lines, "numbering") == []
    lines[4] = "第二，守住安全底线。一是食品。"
    assert where(lines, run(lines, "numbering")) == [(5, "numbering/duplicate", "第二，")]


# --- a restarted sibling group under one parent ------------------------------------------

def test_restarted_group_under_one_parent_is_a_duplicate_and_fixed():
    lines = [T, "一、甲", "二、乙", "三、丙", "（一）子一。", "（二）子二。", "（三）原来的四。",
             "（一）孙一。", "（二）孙二。", "（三）孙三。"]
    found = run(lines, "numbering")
    assert where(lines, found) == [(8, "numbering/duplicate", "（一）")]
    assert found[0].severity is Severity.ERROR
    out, _ = fix_all(lines, lambda t: analyze(Document.from_lines(t)).findings)
    assert out[7:] == ["（四）孙一。", "（五）孙二。", "（六）孙三。"]


def test_a_restarted_item_list_is_a_judgement_call():
    lines = [T, "一、甲", "（一）子一。", "1.甲项。", "2.乙项。", "另有说明。", "1.丙项。",
             "2.丁项。"]
    (f,) = run(lines, "numbering")
    assert (f.line, f.rule, f.severity) == (7, "numbering/duplicate", Severity.WARNING)


def test_a_heading_between_two_groups_keeps_them_apart():
    unnumbered = [T, "一、甲", "（一）子一。", "（二）子二。", "上半年重点", "（一）孙一。",
                  "（二）孙二。"]
    assert run(unnumbered, "numbering") == []
    run_in = [T, "一、甲", "（一）子一。", "（二）子二。", "第一，下半年。", "（一）孙一。",
              "（二）孙二。"]
    assert run(run_in, "numbering") == []
    lead = [T, "一、甲", "（一）子一。", "（二）子二。", "具体要求如下：", "（一）孙一。",
            "（二）孙二。"]
    (f,) = run(lead, "numbering")
    assert f.rule == "numbering/duplicate" and f.severity is Severity.WARNING


# --- placeholder, org-name, stray, tables -----------------------------------------------

def test_x_as_a_defined_tier_is_not_a_blank():
    lines = [T, "建立“30+N+X”考核体系，X为各区自选项目。", "X项目由各区报送。"]
    assert run(lines, "placeholder") == []
    blank = [T, "X项目由各区报送，于X月X日前完成。"]
    assert where(blank, run(blank, "placeholder")) == [(2, "placeholder", "X"),
                                                       (2, "placeholder", "X月X日")]


def test_a_flattened_table_is_data():
    lines = [T, "指标", "上年", "本年", "户数", "1200", "1350", "增速", "12.5%", "全市PM", "2.5",
             "浓度下降。"]
    found = run(lines, "junk/stray-fragment")
    assert [(f.line, f.fix) for f in found] == [(11, None)]
    assert "不要删除" in found[0].message


def test_table_cells_are_not_outline_material():
    lines = [T, "一、甲", "1.表头", "2.数据", "二、乙"]
    doc = Document.from_lines(lines)
    for p in doc.paragraphs[2:4]:
        p.cell = CellRef(1, 0, 0)
    a = analyze(doc)
    assert [h.index for h in a.headings] == [1, 4]
    lines_dup = [T, "一、甲", "一、表中的一行", "二、乙"]
    doc = Document.from_lines(lines_dup)
    doc.paragraphs[2].cell = CellRef(1, 0, 0)
    assert run(lines_dup, "numbering", doc) == []
    assert run(lines_dup, "numbering") != []


# --- width misses ------------------------------------------------------------------------

def test_half_width_marks_next_to_numbers_and_straight_quotes():
    lines = [T, "收入增长8.2%;支出下降3%,结余:5亿元。",
             "深化\"放管服\"改革，比例为3:2，时间8:30，版本\"v2\"。"]
    got = [(f.line, lines[f.index][f.start]) for f in run(lines, "punctuation/width")]
    assert got == [(2, ";"), (2, ","), (2, ":"), (3, '"'), (3, '"')]
    out, _ = fix_all(lines, lambda t: analyze(Document.from_lines(t)).findings)
    assert out[1] == "收入增长8.2%；支出下降3%，结余：5亿元。"
    assert out[2] == "深化“放管服”改革，比例为3:2，时间8:30，版本\"v2\"。"
