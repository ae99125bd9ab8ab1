"""The engine on real published documents (../shared/corpus, see SOURCES.md there).

Every expected value here was read off the corpus files by hand; line numbers are 1-based, as an
editor shows them. The documents are kept exactly as published, so their real numbering slips are
expected findings, and everything else they contain must not be reported as a numbering problem.
"""

from __future__ import annotations

import pytest

from app.engine import Analysis, analyze
from app.findings import Finding, Severity
from app.fixes import fix_all
from app.model import Document
from app.outline.types import Heading
from tests.conftest import CORPUS, CORPUS_FILES, needs_corpus

FILES = [p.name for p in CORPUS_FILES]
pytestmark = needs_corpus


def lines_of(name: str) -> list[str]:
    text = (CORPUS / name).read_text(encoding="utf-8")
    lines = text.split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def analysis_of(name: str) -> tuple[list[str], Analysis]:
    lines = lines_of(name)
    return lines, analyze(Document.from_lines(lines))


def numbering(a: Analysis) -> list[Finding]:
    """Numbering findings, less the informational "宜用半角点" marker notes."""
    return [f for f in a.findings if f.rule.startswith("numbering/")
            and not (f.rule == "numbering/marker" and f.severity is Severity.INFO)]


def bare(title: str) -> str:
    return "".join(title.split())


def test_the_corpus_is_there():
    assert len(FILES) >= 16
    assert "01_gwr_national_2024.txt" in FILES


@pytest.mark.parametrize("name", FILES)
def test_analyze_reads_every_document(name):
    lines, a = analysis_of(name)
    assert len(a.roles) == len(lines)
    for f in a.findings:
        assert 0 <= f.index < len(lines)
        assert 0 <= f.start <= f.end <= len(lines[f.index])
        for e in f.fix.edits if f.fix else ():
            assert 0 <= e.index <= e.last_index < len(lines)
            assert e.start <= len(lines[e.index]) and e.end <= len(lines[e.last_index])
    fixed, _ = fix_all(lines, lambda t: analyze(Document.from_lines(t)).findings)
    assert fixed  # the mechanical fixer gets through every real document


# Where the published documents really slip, verified by reading the files:
EXPECTED_NUMBERING = {
    # 三、促进经济又好又快发展 (line 50) has （一） line 52, （二） line 58, then （四） line 65:
    # （三） is missing (the 节能降耗 paragraphs at lines 62–64 carry no heading).
    "02_gwr_national_2007_wikisource.txt": {(65, "numbering/skip", "（四）")},
    # The 1981 report puts 一、…十、 (lines 35–113) beneath （二）今后经济建设的方针 (line 30):
    # a higher level below a lower one, GB/T 15834-2011 B.3.8.
    "03_gwr_national_1981_wikisource.txt": {(35, "numbering/level", "一、")},
    # Line 26 is a lone "（" and line 27 starts "三）改革开放持续深化": the published page broke the
    # heading （三） over two lines, so the numbering reads （一）（二）（四）.
    "06_gwr_yunnan_2026.txt": {(29, "numbering/skip", "（四）")},
    # Items of 第五条 (lines 20–28) and 第二十八条 (lines 62–64) use the special symbols ㈠㈡….
    "17_xinyu_2012_green_building_measures.txt": {
        (line, "numbering/marker", "㈠㈡㈢㈣㈤㈥㈦㈧㈨"[k])
        for start, count in ((20, 9), (62, 3)) for k, line in enumerate(range(start, start + count))
    },
}


@pytest.mark.parametrize("name", FILES)
def test_numbering_findings_only_where_the_documents_really_slip(name):
    lines, a = analysis_of(name)
    got = {(f.line, f.rule, lines[f.index][f.start:f.end]) for f in numbering(a)}
    assert got == EXPECTED_NUMBERING.get(name, set())


def test_the_special_symbol_markers_are_fixed_to_brackets():
    _, a = analysis_of("17_xinyu_2012_green_building_measures.txt")
    fixes = {f.line: f.fix.edits[0].replacement for f in numbering(a)}
    assert fixes[20] == "（一）" and fixes[28] == "（九）" and fixes[64] == "（三）"


def shape(h: Heading) -> tuple:
    return h.index + 1, h.marker.kind.value, h.number, bare(h.title)


def test_outline_2024_national_report():
    _, a = analysis_of("01_gwr_national_2024.txt")
    assert [shape(h) for h in a.outline] == [
        (7, "cn", 1, "2023年工作回顾"),
        (28, "cn", 2, "2024年经济社会发展总体要求和政策取向"),
        (38, "cn", 3, "2024年政府工作任务"),
    ]
    assert [h.children for h in a.outline[:2]] == [[], []]
    # run-in headings: the title is the first sentence, as printed
    assert [shape(h) for h in a.outline[2].children] == [
        (40, "cn_paren", 1, "大力推进现代化产业体系建设，加快发展新质生产力"),
        (44, "cn_paren", 2, "深入实施科教兴国战略，强化高质量发展的基础支撑"),
        (48, "cn_paren", 3, "着力扩大国内需求，推动经济实现良性循环"),
        (51, "cn_paren", 4, "坚定不移深化改革，增强发展内生动力"),
        (55, "cn_paren", 5, "扩大高水平对外开放，促进互利共赢"),
        (60, "cn_paren", 6, "更好统筹发展和安全，有效防范化解重点领域风险"),
        (64, "cn_paren", 7, "坚持不懈抓好“三农”工作，扎实推进乡村全面振兴"),
        (68, "cn_paren", 8, "推动城乡融合和区域协调发展，大力优化经济布局"),
        (71, "cn_paren", 9, "加强生态文明建设，推进绿色低碳发展"),
        (75, "cn_paren", 10, "切实保障和改善民生，加强和创新社会治理"),
    ]
    assert all(h.run_in for h in a.outline[2].children)
    # 一是…六是 (lines 18–23) are one inline run, not headings
    runs = [g for g in a.groups if g.kind.is_inline and g.items[0][0] == 17]
    assert [(i + 1, m.number) for i, m in runs[0].items] == [(18 + k, 1 + k) for k in range(6)]


def test_outline_2019_vocational_plan_numbers_sub_items_continuously():
    _, a = analysis_of("08_guofa_2019_4_vocational_education_plan.txt")
    assert [shape(h) for h in a.outline] == [
        (13, "cn", 1, "完善国家职业教育制度体系"),
        (23, "cn", 2, "构建职业教育国家标准"),
        (32, "cn", 3, "促进产教融合校企“双元”育人"),
        (41, "cn", 4, "建设多元办学格局"),
        (46, "cn", 5, "完善技术技能人才保障政策"),
        (51, "cn", 6, "加强职业教育办学质量督导评价"),
        (56, "cn", 7, "做好改革组织实施工作"),
    ]
    children = [[(h.index + 1, h.number) for h in top.children] for top in a.outline]
    assert children == [
        [(14, 1), (16, 2), (19, 3), (21, 4)],
        [(24, 5), (26, 6), (28, 7), (30, 8)],
        [(33, 9), (35, 10), (37, 11), (39, 12)],
        [(42, 13), (44, 14)],
        [(47, 15), (49, 16)],
        [(52, 17), (54, 18)],
        [(57, 19), (59, 20)],
    ]
    assert bare(a.outline[2].children[3].title) == "多措并举打造“双师型”教师队伍"
    assert bare(a.outline[6].children[1].title) == "完善国务院职业教育工作部际联席会议制度"
    assert a.numbering_style[2] == "continuous"


# 国务院工作规则 (2004): 第一章…第十章, and 一、…五十四、 running on through the chapters.
RULES_CHAPTERS = [  # (line, title, lines of its 一、 items)
    (11, "总则", [12, 13, 14, 15]),
    (16, "组成人员职责", [17, 18, 19, 20, 21, 22, 23]),
    (26, "全面履行政府职能", [27, 28, 29, 30, 31]),
    (32, "实行科学民主决策", [33, 34, 35, 36, 37]),
    (38, "坚持依法行政", [39, 40, 41, 42, 43]),
    (44, "加强行政监督", [45, 46, 47, 48, 49]),
    (50, "工作安排布局", [51, 52, 53]),
    (54, "会议制度", [55, 56, 61, 66, 67, 68, 69]),
    (70, "公文审批", [71, 72, 73, 74, 77]),
    (78, "作风纪律", [79, 80, 81, 82, 83, 84, 85, 87]),
]


def test_outline_2004_state_council_rules_chapters_with_items_running_on():
    _, a = analysis_of("10_guofa_2004_18_state_council_work_rules.txt")
    assert [shape(h) for h in a.outline] == [
        (line, "chapter", k, title) for k, (line, title, _) in enumerate(RULES_CHAPTERS, start=1)]
    items = [[(h.index + 1, h.marker.kind.value) for h in ch.children] for ch in a.outline]
    assert items == [[(line, "cn") for line in lines] for _, _, lines in RULES_CHAPTERS]
    numbers = [h.number for ch in a.outline for h in ch.children]
    assert numbers == list(range(1, 55))
    assert a.numbering_style[1] == "continuous"
    # 三十六、 and 三十七、 each list （一）（二）（三）, restarting
    by_line = {h.index + 1: h for ch in a.outline for h in ch.children}
    assert [(c.index + 1, c.number) for c in by_line[56].children] == [(57, 1), (58, 2), (59, 3)]
    assert [(c.index + 1, c.number) for c in by_line[61].children] == [(62, 1), (63, 2), (64, 3)]
    assert a.numbering_style[2] == "restart"


def test_outline_1981_report_inverted_levels():
    _, a = analysis_of("03_gwr_national_1981_wikisource.txt")

    def of_kind(kind: str) -> list[tuple[int, int]]:
        return [(h.index + 1, h.number) for h in a.headings if h.marker.kind.value == kind]

    assert of_kind("cn_paren") == [(4, 1), (30, 2), (123, 3)]
    assert of_kind("cn") == list(zip([35, 47, 52, 59, 68, 81, 87, 96, 102, 113], range(1, 11),
                                     strict=True))
    # 一、二、三、 at lines 62–64 are a list nested inside 四、 (line 59), not new sections
    assert all(a.heading_at(i) is None for i in (61, 62, 63))
    nested = [g for g in a.groups if g.items[0][0] == 61]
    assert [(i + 1, m.number) for i, m in nested[0].items] == [(62, 1), (63, 2), (64, 3)]


def test_outline_1981_report_third_part_is_a_top_level_part():
    _, a = analysis_of("03_gwr_national_1981_wikisource.txt")
    third = a.heading_at(122)
    assert third is not None and third.number == 3
    assert third.parent is None
