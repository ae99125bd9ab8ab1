"""grammar/plan-year (计划年份与总结年份相同): the plan that follows a year's summary given the
summary's year.

A 工作总结 of a year is written at that year's end, and the 计划/打算/思路 it closes with are for
the next year. So the same year on both is a slip (a template of last year, or the summary's
year typed again) for the next one:

- in one phrase: "现就2020年工作总结和2020年工作计划报告如下" (a real page, unseen19) →
  "2021年工作计划";
- against the title: a document titled "……2024年工作总结" whose heading reads "三、2024年工作
  打算" → "2025年工作打算".

And ``grammar/year-order`` (年份先后矛盾): in one sentence, a forecast or plan for a year and
then a clause reaching it in an earlier year: "2023年预计完成生猪年出栏3.2万头，2014年实现年
出栏量满产10万头" (a real page, unseen19: 2024 meant). Not a comparison (比2014年, 较, 以来)
and not years listed without a forecast ("2023年完成……，2022年完成……").

And ``grammar/current-year`` (年份与本文年度不符): a sentence about the current work (今年, 本年度,
下一步, 明年, 年内) that gives a year two or more away from every year of the title and the
dateline: "今年，全县2014年完成……" in a 2024 report (→ 2024, offered when ten years off). Not
in a clause of history or comparison (比2014年, 2014年以来, 自, 实施, 印发, 评为, 建成 …). Over
the real text (588 files) no sentence with such a word names a far year, so it is quiet there.

Left alone: a year's halves or quarters ("2024年上半年工作总结和2024年下半年工作计划": a
month, 季度 or 半年 on either side), a heading that goes on after the plan word ("2024年工作计划
完成情况": the plan of the year being summed up), and a title that names the same year's plan
itself ("2024年工作总结及2024年工作计划" is the phrase rule's finding, not a context for the
headings). A 政府工作报告 reviews last year and plans this one under its own year ("2026年工作
安排"): only a title with 总结 sets the year.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from app.findings import Finding, Severity
from app.model import Document, Role
from app.rules.base import RuleInfo, prose_paragraphs
from app.rules.grammar_hit import Hit, finding
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

PLAN_YEAR = RuleInfo("grammar/plan-year", Severity.WARNING, "计划年份有误",
                     "公文写作惯例：年度工作总结所附的计划、打算针对下一年度，年份应为总结年份加一")
YEAR_ORDER = RuleInfo("grammar/year-order", Severity.WARNING, "年份先后矛盾",
                      "公文写作惯例：同一句中先说某年预计、计划的事，其后实现、完成的年份不会更早")
CURRENT_YEAR = RuleInfo("grammar/current-year", Severity.WARNING, "年份与本文年度不符",
                        "公文写作惯例：说“今年”“本年度”“下一步”“明年”的句子，所写年份应与标题或"
                        "成文日期的年度相符")
RULES = [PLAN_YEAR, YEAR_ORDER, CURRENT_YEAR]
_BY_ID = {r.id: r for r in RULES}

_STOP = "，。；！？：,;!?:"
_PLAN = "(?:计划|打算|思路|安排|要点|谋划)"
# what tells a year's parts apart: then the same year may well stand twice
_PART = re.compile(r"上半年|下半年|半年|季度|\d+月|[一二三四五六七八九十]+月|前三|年中|期中")
_PHRASE = re.compile(
    rf"(?P<y>(?:19|20)\d\d)年度?(?P<a>[^{_STOP}]{{0,20}}?)总结"
    rf"(?:和|及|与|暨|并|、|以及|及其)(?P<y2>(?P=y))年度?(?P<b>[^{_STOP}]{{0,20}}?){_PLAN}")
_TITLE_SUMMARY = re.compile(rf"(?P<y>(?:19|20)\d\d)年度?[^{_STOP}]{{0,30}}?总结")
_TITLE_PLAN = re.compile(rf"(?:19|20)\d\d年度?[^{_STOP}]{{0,20}}?{_PLAN}")
_HEADING_ROLES = frozenset({Role.HEADING_1, Role.HEADING_2, Role.HEADING_3, Role.HEADING_4,
                            Role.CHAPTER})


def _message(year: str) -> str:
    return (f"总结之后的计划应针对下一年度，“{year}年”应为“{int(year) + 1}年”"
            "（同一年份既作总结又作计划，前后矛盾）")


@text_cache
def plan_year_hits(text: str) -> tuple[Hit, ...]:
    """The summary-and-plan phrases of ``text`` giving one year to both."""
    if "总结" not in text:
        return ()
    out = []
    for m in _PHRASE.finditer(text):
        if _PART.search(m.group("a")) or _PART.search(m.group("b")):
            continue
        year = m.group("y2")
        out.append(Hit(PLAN_YEAR.id, m.start("y2"), m.end(), _message(year),
                       m.start("y2"), m.end("y2"), str(int(year) + 1),
                       f"改为“{int(year) + 1}”"))
    return tuple(out)


# a forecast for a year ("2023年预计完成……"), then a clause opening with an earlier year that
# says what will be reached ("，2014年实现满产……": 2024 meant); no comparison in it (比2014年,
# 较2014年同期, 2014年以来)
_CLAUSE_YEAR = re.compile(r"(?:^|(?<=[，、：,。！？；]))(?P<y>(?:19|20)\d\d)年")
_ANY_YEAR = re.compile(r"(?P<y>(?:19|20)\d\d)年")
_SENTENCE_END = re.compile("[。！？；]")
_CLAUSE_END = re.compile("[，。！？；]")
_FORECAST = re.compile("预计|计划|力争|预期|目标|拟|将")
_REACHED = re.compile("实现|达到|完成|建成|突破|投产|满产")
_COMPARED = re.compile("比|较|同比|以来|至今|之前|以前")


@text_cache
def year_order_hits(text: str) -> tuple[Hit, ...]:
    """Sentences whose forecast for one year is followed by a clause reaching its goal in an
    earlier one."""
    years = list(_ANY_YEAR.finditer(text)) if "年" in text else []
    if len(years) < 2 or not _FORECAST.search(text):
        return ()
    out = []
    for first, second in pairwise(years):
        a, b = first.start(), second.start()
        y1, y2 = int(first.group("y")), int(second.group("y"))
        if y2 >= y1 or not _CLAUSE_YEAR.match(text, b) or _SENTENCE_END.search(text, a, b):
            continue
        end = _CLAUSE_END.search(text, b)
        later = text[b:end.start() if end else len(text)]
        if (_FORECAST.search(text, a, b) and _REACHED.search(later)
                and not _COMPARED.search(later)):
            out.append(Hit(YEAR_ORDER.id, b, b + 5,
                           f"前文说“{y1}年”预计、计划的事，此处实现的年份“{y2}年”反而更早，"
                           f"疑为笔误（如“{y1 + 1}年”）"))
    return tuple(out)


@text_cache
def _year_hits(text: str) -> tuple[Hit, ...]:
    return plan_year_hits(text) + year_order_hits(text)


# a clause about the current work, and what makes a year in it history or a comparison instead
_CURRENT = re.compile("今年|本年度|本年|年内|下一步|明年")
_HISTORY = re.compile("比|较|相比|以来|起|自|从|至今|之前|以前|年前|以后|之后|期间|时期|当年|曾|"
                      "成立|设立|实施|启动|开始|周年|印发|出台|发布|颁布|制定|命名|评为|获|"
                      "建成|建立|组建|竣工|投用|投入使用")
_SENTENCE = re.compile("[^。；！？]+")
_CLAUSE = re.compile(r"[^，。；！？：,;!?:]+")


@text_cache
def current_year_hits(text: str, years: frozenset[int]) -> tuple[Hit, ...]:
    """Sentences about this year's or next year's work ("今年，……", "下一步，……") giving a year
    two or more away from every year of the document (``years``: its title's and its
    dateline's), outside a clause of history or comparison."""
    out = []
    own = "、".join(map(str, sorted(years)))
    for sentence in _SENTENCE.finditer(text):
        marker = _CURRENT.search(sentence.group())
        if marker is None:
            continue
        for clause in _CLAUSE.finditer(text, sentence.start(), sentence.end()):
            if _HISTORY.search(clause.group()):
                continue
            for m in _ANY_YEAR.finditer(text, clause.start(), clause.end()):
                year = int(m.group("y"))
                if min(abs(year - y) for y in years) < 2:
                    continue
                guess = next((y for y in (year + 10, year - 10) if y in years), None)
                hint = f"（应为“{guess}年”？）" if guess else ""
                out.append(Hit(CURRENT_YEAR.id, m.start(), m.end(),
                               f"本句说的是“{marker.group()}”的工作，“{year}年”与本文的年度"
                               f"（{own}年）相差较远，疑为笔误{hint}"))
    return tuple(out)


def _document_years(own: list[str]) -> frozenset[int]:
    """The years of the title and of the dateline (成文日期): ``own``, their texts."""
    return frozenset(int(m.group("y")) for t in own for m in _ANY_YEAR.finditer(t))


@text_cache
def _paragraph_hits(text: str, years: frozenset[int]) -> tuple[Hit, ...]:
    """A paragraph's hits of every year rule but the headings' (read once per text and
    document years: the window runs this whole-document check again after every edit)."""
    hits = _year_hits(text)
    if years and _CURRENT.search(text):
        hits += current_year_hits(text, years)
    return hits


def _summary_year(title: str) -> str | None:
    """The year a title sums up ("2024年工作总结"), when it names one year and no part of it
    and no plan of its own."""
    years = {m.group("y") for m in _TITLE_SUMMARY.finditer(title)}
    if len(years) != 1 or _PART.search(title) or _TITLE_PLAN.search(title):
        return None
    return years.pop()


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    texts = doc.texts  # (a new list at each read: once a check)
    roles = analysis.roles
    titles = [t for t, r in zip(texts, roles, strict=False) if r == Role.TITLE]
    years = _document_years(titles + [t for t, r in zip(texts, roles, strict=False)
                                      if r == Role.DATE])  # fmt: skip
    for i, text in prose_paragraphs(doc, analysis):
        if "年" in text:
            out += [finding(_BY_ID[h.rule], i, h) for h in _paragraph_hits(text, years)]
    title = "".join(titles)
    year = _summary_year(title) if "总结" in title else None
    if year is None:
        return out
    heading = re.compile(rf"{year}年度?(?:[^{_STOP}]{{0,12}}?){_PLAN}[。：:]?\s*$")
    next_year = str(int(year) + 1)
    markers = analysis.markers
    for i in sorted({h.index for h in analysis.headings}):
        if analysis.roles[i] not in _HEADING_ROLES:
            continue
        text = texts[i]
        marker = markers[i] if markers else None
        at = marker.end if marker is not None else 0
        while at < len(text) and text[at].isspace():
            at += 1
        m = heading.match(text, at)
        if m is None or _PART.search(m.group()):
            continue
        out.append(finding(PLAN_YEAR, i, Hit(
            PLAN_YEAR.id, at, len(text.rstrip()),
            f"本文是{year}年的工作总结，其后的计划应针对下一年度，“{year}年”应为“{next_year}年”",
            at, at + 4, next_year, f"改为“{next_year}”")))
    return sorted(out, key=lambda f: (f.index, f.start))
