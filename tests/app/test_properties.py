"""Property tests of the engine: it never breaks on any text, it reads well-formed reports exactly,
and it finds (and mechanically fixes) numbering mistakes planted into them.

The generated reports follow docs/REFERENCE.md §1: 一、 → （一） → 1., sub-items either restarting
under each parent or running on through the document (both legitimate), run-in and standalone
headings, inline 一是/二是 runs in body paragraphs. The body vocabulary holds no numerals, brackets
or 、, so every serial number in a generated report is one the generator put there on purpose.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.engine import analyze
from app.findings import Finding
from app.fixes import apply_fixes, fix_all
from app.model import Document, Role
from app.outline.types import Heading

# ---------------------------------------------------------------------------------------------
# (a) analyze() never raises, and every position it hands out is inside the text


def _numeral(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五, 110 → 一百一十 (1 ≤ n ≤ 999)."""
    digits = "零一二三四五六七八九"
    if n >= 100:
        rest = n % 100
        tail = "" if not rest else ("零" + digits[rest] if rest < 10 else
                                    ("一" if rest < 20 else "") + _numeral(rest))
        return digits[n // 100] + "百" + tail
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


# Characters and pieces the parser and the rules look at: numerals, markers in every form, the
# brackets and quotes, separators, dates, chapter/article words, special-symbol serials.
_CHARS = list(
    "一二三四五六七八九十百零〇○两是要第章节条编部分（）()“”‘’\"'《》〔〕【】[]、，,：:；;。.．！？!?"
    "0123456789０１２３４５６７８９ \u3000\t\u00a0\r\u2028\ufeff的工作加强推进年月日号附件X×某"
    "①②③⑩⑴⑵㈠㈡"
)
_TOKENS = [
    "一、", "二、", "十一、", "（一）", "（二）", "(一)", "（一）、", "1.", "2.", "1、", "１．",
    "（1）", "(2)", "1.1", "1.2.1 ", "2 ", "一是", "二是", "三是", "一要", "第一，", "第二、",
    "第一章", "第二节", "第一条　", "附件", "附件1", "附件：1.", "2024年7月1日",
    "二〇二四年七月一日", "（此页无正文）", "一、二季度", "1.5万元", "PM2.5", "12345热线",
    "三个方面", "以下四项工作",
    "“四个意识”", "仅供参考", "XX", "X月X日", "国发〔2019〕4号", "各位代表：", "——2024年3月5日",
    "。", "\n", "\n\n",
]
_piece = st.one_of(
    st.sampled_from(_TOKENS),
    st.text(alphabet=st.sampled_from(_CHARS), max_size=12),
    st.text(max_size=6),  # anything Unicode has
)
_soup = st.lists(_piece, max_size=80).map("".join)
# Long paragraphs. Marker-rich ones stay under 2,900 characters: a paragraph of n repeated serial
# numbers gets n findings whose fixes renumber all later items, n²/2 edits (1,000 take 6 s).
_PLAIN = "加强推进工作发展改革群众服务的了和在是要，。；：“”（）《》 \u3000"
_long_soup = st.tuples(st.lists(_piece, min_size=1, max_size=8).map("".join),
                       st.integers(min_value=20, max_value=400)).map(lambda t: (t[0] * t[1])[:2900])
_long_plain = st.tuples(st.text(alphabet=st.sampled_from(_PLAIN), min_size=1, max_size=40),
                        st.integers(min_value=100, max_value=2000)).map(lambda t: t[0] * t[1])
_any_text = st.one_of(_soup, st.text(alphabet=st.sampled_from([*_CHARS, "\n"]), max_size=400),
                      st.text(max_size=200), _long_soup, _long_plain)


def _check_positions(texts: list[str], findings: list[Finding]) -> None:
    for f in findings:
        assert 0 <= f.index < len(texts), f
        assert 0 <= f.start <= f.end <= len(texts[f.index]), f
        for i in f.related:
            assert 0 <= i < len(texts), f
        if f.fix is None:
            continue
        assert f.fix.edits, f
        for e in f.fix.edits:
            assert 0 <= e.index <= e.last_index < len(texts), (f, e)
            assert 0 <= e.start <= len(texts[e.index]), (f, e)
            assert 0 <= e.end <= len(texts[e.last_index]), (f, e)
            if e.last_index == e.index:
                assert e.start <= e.end, (f, e)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_any_text)
def test_analyze_never_raises_and_positions_are_valid(text):
    texts = text.split("\n")
    doc = Document.from_lines(texts)
    a = analyze(doc)
    assert len(a.roles) == len(texts)
    _check_positions(texts, a.findings)
    for h in a.all_headings:
        assert 0 <= h.index < len(texts)
        assert 0 <= h.marker.start <= h.marker.end <= len(texts[h.index])
        assert h.marker.start <= h.marker.number_start <= h.marker.number_end <= h.marker.end
    for g in a.groups:
        for i, m in g.items:
            assert 0 <= m.start <= m.end <= len(texts[i])
    # the fixes apply, whole or not at all, and re-analysing the result is fine too
    fixed, _ = apply_fixes(texts, [f.fix for f in a.findings if f.fix is not None])
    _check_positions(fixed, analyze(Document.from_lines(fixed)).findings)


@settings(max_examples=40, deadline=None)
@given(st.lists(_soup, min_size=1, max_size=6))
def test_fix_all_terminates_on_arbitrary_text(paragraph_lists):
    texts = "\n".join(paragraph_lists).split("\n")
    fixed, applied = fix_all(texts, lambda t: analyze(Document.from_lines(t)).findings)
    assert applied >= 0
    _check_positions(fixed, analyze(Document.from_lines(fixed)).findings)


# ---------------------------------------------------------------------------------------------
# (b) well-formed reports: no numbering findings, and the outline is what was written

# No numerals, no brackets, no 是/要/第 after a numeral can arise, no junk-site keywords, no dates.
_WORDS = [
    "加强", "党的建设", "推进", "改革", "创新", "发展", "服务", "群众", "基层",
    "治理", "作风", "制度", "机制", "完善", "落实", "责任", "队伍", "能力",
    "提升", "质量", "效率", "安全", "生产", "民生", "保障", "经济", "社会",
    "环境", "保护", "信访", "法治", "学习", "教育", "监督", "考核", "营商",
    "乡村", "振兴", "产业", "科技", "人才", "文化", "健康", "养老", "就业",
    "开放", "合作",
]
_LEADS = ["今年以来", "我们坚持", "在上级的正确领导下", "面对复杂形势", "工作中", "下一步"]

@dataclass
class Item:
    """A numbered heading the generator wrote, and what the outline must show for it."""

    level: int  # 1 一、  2 （一）  3 1.
    number: int
    title: str
    line: int = -1
    children: list[Item] = field(default_factory=list)


@dataclass
class Report:
    lines: list[str]
    roots: list[Item]
    style: str  # how （一） sub-items are numbered: "restart" or "continuous"

    def items(self, level: int | None = None) -> list[Item]:
        out: list[Item] = []

        def walk(items: list[Item]) -> None:
            for it in items:
                if level is None or it.level == level:
                    out.append(it)
                walk(it.children)

        walk(self.roots)
        out.sort(key=lambda it: it.line)
        return out


def marker(level: int, n: int) -> str:
    return {1: f"{_numeral(n)}、", 2: f"（{_numeral(n)}）", 3: f"{n}."}[level]


class Writer:
    """The wording of a generated report. Hypothesis draws the structure (what the engine reads);
    the words come from a seeded random.Random: drawing each word through Hypothesis made one
    report cost 0.7 s, and the words never change what the outline or the numbering is."""

    def __init__(self, rnd: random.Random):
        self.rnd = rnd

    def phrase(self) -> str:
        # distinct words: "群众群众" would be a real repeated word (repeat/word fixes it)
        return "".join(self.rnd.sample(_WORDS, k=self.rnd.randint(2, 4)))

    def title(self) -> str:
        return self.phrase() if self.rnd.random() < 0.6 else f"{self.phrase()}，{self.phrase()}"

    def sentence(self) -> str:
        phrases = [self.phrase() for _ in range(self.rnd.randint(1, 4))]
        return self.rnd.choice(_LEADS) + "，" + "，".join(phrases) + "。"

    def sentences(self, most: int) -> str:
        return "".join(self.sentence() for _ in range(self.rnd.randint(1, most)))

    def bodies(self, most: int = 2) -> list[str]:
        """Body paragraphs, some with a 一是/二是… run (in one paragraph, or one per item)."""
        out = []
        for _ in range(self.rnd.randint(0, most)):
            kind = self.rnd.choice(["plain", "plain", "inline", "inline_paragraphs"])
            if kind == "plain":
                out.append(self.sentences(3))
                continue
            verb = self.rnd.choice("是要")
            items = [f"{_numeral(i + 1)}{verb}{self.phrase()}，{self.phrase()}"
                     for i in range(self.rnd.randint(2, 5))]
            if kind == "inline":
                end = self.rnd.choice("。；")
                out.append(f"{self.phrase()}方面：" + "".join(it + end for it in items[:-1])
                           + items[-1] + "。")
            else:
                out.extend(it + "。" for it in items)
        return out

    def heading(self, level: int, n: int, title: str) -> str:
        """Standalone ("一、标题"), the same with a full stop, or run-in ("（一）标题。正文……")."""
        form = self.rnd.choice(["standalone", "stop", "run_in"] if level > 1
                               else ["standalone", "standalone", "run_in"])
        head = marker(level, n) + title
        if form == "standalone":
            return head
        if form == "stop":
            return head + "。"
        return head + "。" + self.sentences(2)


@st.composite
def reports(draw, min_sections: int = 1, max_sections: int = 8) -> Report:
    """Title, introduction, sections 一、… with 0–5 （一）… each, 1. items under some of those."""
    style = draw(st.sampled_from(["restart", "continuous"]))
    subs = draw(st.lists(st.integers(0, 5), min_size=min_sections, max_size=max_sections))
    threes = iter(draw(st.lists(st.sampled_from([0, 0, 0, 2, 3, 4]), min_size=sum(subs),
                                max_size=sum(subs))))
    signed = draw(st.booleans())
    w = Writer(draw(st.randoms(use_true_random=True)))
    lines = [f"关于{w.phrase()}工作情况的报告", w.sentences(2)]
    roots: list[Item] = []
    sub_number = 0
    for s, count in enumerate(subs, start=1):
        top = Item(1, s, w.title(), len(lines))
        lines.append(w.heading(1, s, top.title))
        lines.extend(w.bodies())
        if style == "restart":
            sub_number = 0
        for _ in range(count):
            sub_number += 1
            sub = Item(2, sub_number, w.title(), len(lines))
            lines.append(w.heading(2, sub_number, sub.title))
            lines.extend(w.bodies())
            for k in range(1, next(threes) + 1):
                item = Item(3, k, w.phrase(), len(lines))
                lines.append(w.heading(3, k, item.title))
                lines.extend(w.bodies(most=1))
                sub.children.append(item)
            top.children.append(sub)
        roots.append(top)
    if signed:
        lines += ["", f"某某市{w.rnd.choice(_WORDS)}局", "2024年7月1日"]
    return Report(lines, roots, style)


def numbering_findings(texts: list[str]) -> list[Finding]:
    return [f for f in analyze(Document.from_lines(texts)).findings
            if f.rule.startswith("numbering/")]


def _shape(h: Heading) -> tuple:
    return (h.index, h.level, h.number, h.title, tuple(_shape(c) for c in h.children))


def _expected_shape(it: Item) -> tuple:
    return (it.line, it.level, it.number, it.title, tuple(_expected_shape(c) for c in it.children))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_well_formed_report_has_no_numbering_findings_and_its_exact_outline(report):
    a = analyze(Document.from_lines(report.lines))
    found = [(f.line, f.rule, f.message) for f in a.findings if f.rule.startswith("numbering/")]
    assert found == []
    assert [_shape(h) for h in a.outline] == [_expected_shape(it) for it in report.roots]
    assert [h.index for h in a.headings] == [it.line for it in report.items()]
    for it in report.items():
        assert a.roles[it.line] is Role.for_heading_level(it.level)
    assert a.roles[0] is Role.TITLE
    groups_at_2 = sum(1 for top in report.roots if top.children)
    if groups_at_2 >= 2:  # the style is decided only when there is a second group to compare
        assert a.numbering_style.get(2) == report.style
    # a clean report gives the mechanical fixer nothing to do on its numbering
    fixed, _ = fix_all(report.lines, numbering_findings)
    assert fixed == report.lines


# ---------------------------------------------------------------------------------------------
# (c) planted numbering mistakes are found where they were planted and fixed mechanically


@dataclass
class Planted:
    lines: list[str]
    at: set[int]  # lines where a numbering finding must appear
    what: str


def _renumber(lines: list[str], it: Item, n: int) -> None:
    """Give heading ``it`` the number ``n`` in the canonical form of its level."""
    old = marker(it.level, it.number)
    assert lines[it.line].startswith(old)
    lines[it.line] = marker(it.level, n) + lines[it.line][len(old):]


def _sequence(report: Report, siblings: list[Item]) -> list[Item]:
    """The items numbered as one run with ``siblings``: all （N） of a continuous document."""
    if siblings[0].level == 2 and report.style == "continuous":
        return report.items(2)
    return siblings


def _sibling_lists(report: Report) -> list[list[Item]]:
    out = [report.roots]
    for it in report.items():
        if it.children:
            out.append(it.children)
    return out


_CN = "[一二三四五六七八九十]+"
_CN_VALUES = "一二三四五"
_INLINE_ITEM = re.compile(r"(?<=[：。；])([一二三四五])(?=[是要])")
_LEAD_MARKER = re.compile(rf"^(?:[（(]{_CN}[）)][、.．，]?|{_CN}[、.．，]|[0-9]+[.．、，])")
_INLINE_NUMERAL = re.compile(rf"{_CN}(?=[是要])")


@st.composite
def planted(draw) -> tuple[Report, Planted]:
    report = draw(reports(min_sections=2))
    lines = list(report.lines)
    lists = _sibling_lists(report)
    kind = draw(st.sampled_from(["duplicate", "skip", "swap", "start", "form", "inline"]))
    if kind == "inline":
        # 一是……二是……三是…… in one paragraph, with one item skipped: 一是……三是……四是……
        runs = [i for i, t in enumerate(lines) if "方面：一" in t]
        assume(runs)
        i = draw(st.sampled_from(runs))
        items = list(_INLINE_ITEM.finditer(lines[i]))
        k = draw(st.integers(1, len(items) - 1))
        text = lines[i]
        for m in reversed(items[k:]):
            n = _CN_VALUES.index(m.group(1)) + 1
            text = text[:m.start(1)] + _numeral(n + 1) + text[m.end(1):]
        lines[i] = text
        return report, Planted(lines, {i}, f"inline skip at item {k + 1}")
    if kind == "form":
        it = draw(st.sampled_from(report.items()))
        wrong = {
            1: [f"{_numeral(it.number)}．", f"{_numeral(it.number)}.", f"{_numeral(it.number)}，"],
            2: [f"({_numeral(it.number)})", f"（{_numeral(it.number)})",
                f"（{_numeral(it.number)}）、", f"({_numeral(it.number)})、"],
            3: [f"{it.number}、", f"{it.number}，"],
        }[it.level]
        form = draw(st.sampled_from(wrong))
        lines[it.line] = form + lines[it.line][len(marker(it.level, it.number)):]
        return report, Planted(lines, {it.line}, f"form {form!r}")
    if kind == "start":
        # A restarting sub-group that starts at （二）/2.: the whole group is one off.
        candidates = []
        for sibs in lists:
            if sibs[0].level == 1 or (sibs[0].level == 2 and report.style == "continuous"):
                continue
            prev = [g for g in lists if g[0].level == sibs[0].level and g[0].line < sibs[0].line]
            # (一) then (二)(三)… would be a legitimate continuous numbering: not a mistake
            if sibs[0].level == 2 and prev and len(prev[-1]) == 1:
                continue
            candidates.append(sibs)
        assume(candidates)
        sibs = draw(st.sampled_from(candidates))
        for it in sibs:
            _renumber(lines, it, it.number + 1)
        return report, Planted(lines, {sibs[0].line}, "start at 2")
    # duplicate / skip / swap act on a sibling list at a position past its first item
    lists = [s for s in lists if len(s) >= (3 if kind == "swap" else 2)]
    assume(lists)
    sibs = draw(st.sampled_from(lists))
    k = draw(st.integers(1, len(sibs) - (2 if kind == "swap" else 1)))
    seq = _sequence(report, sibs)
    pos = seq.index(sibs[k])
    if kind == "duplicate":
        # The author repeats the previous number and numbers on from there (一二二三).
        for it in seq[pos:]:
            _renumber(lines, it, it.number - 1)
        return report, Planted(lines, {sibs[k].line}, "duplicate")
    if kind == "skip":
        for it in seq[pos:]:
            _renumber(lines, it, it.number + 1)
        return report, Planted(lines, {sibs[k].line}, "skip")
    a, b = sibs[k], sibs[k + 1]
    _renumber(lines, a, b.number)
    _renumber(lines, b, a.number)
    return report, Planted(lines, {a.line, b.line}, "swap")




def strip_markers(lines: list[str]) -> list[str]:
    """The text without its serial numbers: what a numbering fix must never touch."""
    return [_INLINE_NUMERAL.sub("", _LEAD_MARKER.sub("", t)) for t in lines]


def _analyse(texts: list[str]) -> list[Finding]:
    return analyze(Document.from_lines(texts)).findings


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(planted())
def test_planted_numbering_mistake_is_found_and_fixed(case):
    report, plant = case
    assert plant.lines != report.lines
    found = numbering_findings(plant.lines)
    assert {f.index for f in found} & plant.at, (plant.what, [(f.line, f.rule) for f in found])
    fixed, applied = fix_all(plant.lines, _analyse)
    assert applied >= 1
    left = [(f.line, f.rule, f.message) for f in numbering_findings(fixed)]
    assert left == [], plant.what
    assert strip_markers(fixed) == strip_markers(plant.lines)
    if report.style == "restart":
        # nothing was ambiguous: the fix gives back the report as it was before the mistake
        assert fixed == report.lines, plant.what


# ---------------------------------------------------------------------------------------------
# Engine bugs the properties ran into, pinned down (strict xfail: the lead fixes the engine)

_HEAD = ["关于信访工作情况的报告", "今年以来，我们认真做好各项工作，取得了明显成效，现报告如下。"]


_BODY = "正文内容，落实责任。"


# A repeated first number (一、一、二、) was once read as a one-item list nested in the first item
# (parser._nested_runs) and not reported; the planted-duplicate property relies on the fix.
@pytest.mark.parametrize("lines,dup", [
    (["一、推进改革创新", _BODY, "一、提升服务质量", _BODY, "二、改进工作作风", _BODY], 2),
    (["一、加强党的建设", "（一）推进改革", _BODY, "（一）提升质量", _BODY, "（二）改进作风"], 3),
    (["一、加强党的建设", "（一）推进改革创新", "1.落实责任", "1.提升质量", "2.改进作风"], 3),
], ids=["一、", "（一）", "1."])
def test_repeated_first_number_is_a_duplicate(lines, dup):
    texts = _HEAD + lines
    found = [(f.line, f.rule) for f in numbering_findings(texts)]
    assert (len(_HEAD) + dup + 1, "numbering/duplicate") in found, found


def test_regulation_with_more_than_110_articles():
    texts = ["某某管理条例", "第一章　总则"]
    texts += [f"第{_numeral(n)}条　本条例所称的事项，依照有关规定办理。" for n in range(1, 131)]
    a = analyze(Document.from_lines(texts))
    assert [h.number for h in a.all_headings if h.marker.kind == "article"] == list(range(1, 131))
    assert [(f.line, f.rule) for f in a.findings if f.rule.startswith("numbering/")] == []
