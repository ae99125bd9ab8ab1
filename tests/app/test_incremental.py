"""Incremental analysis gives what a cold analysis gives, after any sequence of edits.

Edits are the ones an editor makes: typing (letters, punctuation, serial numbers, placeholders)
anywhere, splitting a paragraph (Enter), joining two (Backspace at a start), deleting one,
moving a section (a heading and its body) elsewhere. After each edit the incremental result is
compared field by field with :func:`app.engine.analyze` on the same document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.engine import Analysis, analyze
from app.incremental import IncrementalAnalyzer
from app.model import Document, Paragraph

SHARED_CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"

OWN_TEXT = """关于2026年上半年工作情况的报告
市政府办公室：
今年以来，我局认真贯彻落实市委、市政府决策部署，现将有关情况报告如下：
一、主要工作
（一）抓好项目建设。全年共安排三项重点工作：一是加快审批，二是强化服务，三是压实责任。
1.推进重点项目。完成投资12.5亿元,同比增长8%。
2.优化营商环境。出台XX条措施。
2.加强要素保障。
（二）加强队伍建设
一是开展培训；二是完善制度。
二、存在的问题
主要有以下两个方面：
（一）统筹不够。
（三）落实不够(有的单位"走过场")。
四、下一步打算
我们将坚持以人民为中心,持续用力。
附件：1.重点项目清单
2.责任分工表
某某市发展和改革委员会
2026年7月1日""".splitlines()

SNIPPETS = ["一、", "（二）", "3.", "（1）", "，", "。", "(", ")", "\"", "X", "XX", "一是", "二是",
            "的", "省", "某某市发展和改革委", "：", "第一，", "《关于某某的报告》", "20", "三项",
            "附件：", "附件：1.", "2026年7月1日", "注：", "——", "（此件公开发布）",
            "国办发〔2026〕3号", "\u3000", " ", "一", "1.1", "第二章", "6-1.", "仅供参考",
            "扫一扫", "共三条措施", "市发展和改革局", "1+X",  # own names, "N+X" tiers
            "竟争", "竟"]  # a slip typo reports unless the document writes it again


def _shape(a: Analysis) -> dict:
    """Everything a cold analysis decides, as comparable values (headings link to each other,
    so they are compared by index)."""
    return {
        "roles": a.roles,
        "headings": [(h.index, h.marker, h.title, h.title_end, h.run_in,
                      h.parent.index if h.parent else None,
                      [c.index for c in h.children]) for h in a.all_headings],
        "outline": [h.index for h in a.outline],
        "groups": [(g.kind, g.items, g.expected_start, g.also_accepted, g.restarts)
                   for g in a.groups],
        "style": a.numbering_style, "markers": a.markers, "parts": a.parts,
        "appendix": a.appendix_parts, "findings": a.findings,
    }


def _apply(doc: Document, op: tuple) -> list[int]:
    """Apply one edit; return the ids of the paragraphs it touched (as the editor reports)."""
    kind, a, b, snippet = op
    paras = doc.paragraphs
    i = a % len(paras)
    p = paras[i]
    if kind == "type":
        k = b % (len(p.text) + 1)
        p.text = p.text[:k] + snippet + p.text[k:]
        return [p.id]
    if kind == "replace":
        p.text = snippet * (1 + b % 3)
        return [p.id]
    if kind == "backspace" and p.text:
        k = b % len(p.text)
        p.text = p.text[:k] + p.text[k + 1:]
        return [p.id]
    if kind == "split":
        k = b % (len(p.text) + 1)
        new = Paragraph(text=p.text[k:])
        p.text = p.text[:k]
        paras.insert(i + 1, new)
        return [p.id, new.id]
    if kind == "join" and i + 1 < len(paras):
        gone = paras.pop(i + 1)
        p.text += gone.text
        return [p.id]
    if kind == "delete" and len(paras) > 2:
        paras.pop(i)
        return []
    if kind == "move":
        length = 1 + b % 6
        block = paras[i:i + length]
        del paras[i:i + length]
        to = (a // 7) % (len(paras) + 1)
        paras[to:to] = block
        return [q.id for q in block]
    return []


OPS = st.tuples(st.sampled_from(["type", "type", "type", "backspace", "split", "join", "delete",
                                 "move", "replace"]),
                st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(SNIPPETS))


def _row(f) -> tuple:
    """What a problems row shows of a finding, by paragraph id."""
    return (f.rule, f.paragraph_id, f.start, f.end, f.severity.value, f.message, f.ignored)


def _check_delta(delta, before: list) -> None:
    """The delta's rows added and removed (in their order) and keys are those of the
    findings shown before and now, compared by what a row shows."""
    now = delta.analysis.findings
    was = {_row(f) for f in before}
    shown = {_row(f) for f in now}
    assert [_row(f) for f in delta.added] == list(dict.fromkeys(
        _row(f) for f in now if _row(f) not in was))
    assert [_row(f) for f in delta.removed] == list(dict.fromkeys(
        _row(f) for f in before if _row(f) not in shown))
    assert [tuple(k) for k in delta.keys] == [_row(f) for f in now]


def _check_sequence(lines: list[str], ops: list[tuple]) -> None:
    doc = Document.from_lines(lines)
    live = IncrementalAnalyzer()
    first = live.analyze(doc)
    assert _shape(first) == _shape(analyze(doc))
    before = list(first.findings)
    for op in ops:
        changed = _apply(doc, op)
        delta = live.update(doc, changed)
        assert _shape(delta.analysis) == _shape(analyze(doc)), op
        _check_delta(delta, before)
        before = list(delta.analysis.findings)
        KEPT[delta.reparsed] += 1


KEPT = {True: 0, False: 0}  # how often each path ran (the last test checks both did)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, min_size=1, max_size=12))
# found by this test: inline items after a "2." that is a heading marker only after a "1."
@example([("join", 0, 0, "一、"), ("type", 2676, 2, "一是"), ("type", 2676, 42, "一、")])
def test_incremental_equals_cold_on_own_report(ops: list[tuple]) -> None:
    _check_sequence(OWN_TEXT, ops)


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="../shared/corpus is absent")
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(p.name for p in SHARED_CORPUS.glob("*.txt")) or ["-"]),
       st.lists(OPS, min_size=1, max_size=8))
def test_incremental_equals_cold_on_real_reports(name: str, ops: list[tuple]) -> None:
    text = (SHARED_CORPUS / name).read_text(encoding="utf-8")
    _check_sequence(text.split("\n"), ops)


IN_PLACE = st.lists(st.tuples(st.sampled_from(["type", "type", "backspace", "replace"]),
                              st.integers(0, 10**6), st.integers(0, 10**6),
                              st.sampled_from(SNIPPETS)), min_size=2, max_size=5)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(IN_PLACE, min_size=1, max_size=5))
def test_several_paragraphs_edited_in_one_update_equal_a_cold_analysis(
        steps: list[list[tuple]]) -> None:
    """Edits in several paragraphs far apart between two updates, none added, removed or moved
    (what 修正全部序号 and replace all do): each update equals a cold analysis, its delta the
    rows shown before and after. The update then compares only the edited paragraphs one by
    one (app.incremental_align.inside_changes); headings typed or renumbered there change the
    roles and markers of paragraphs that were not edited, which must still be checked again."""
    doc = Document.from_lines(OWN_TEXT)
    live = IncrementalAnalyzer()
    before = list(live.analyze(doc).findings)
    for ops in steps:
        changed = [pid for op in ops for pid in _apply(doc, op)]
        delta = live.update(doc, changed)
        assert _shape(delta.analysis) == _shape(analyze(doc)), ops
        _check_delta(delta, before)
        before = list(delta.analysis.findings)


# What the whole-document modules kept by difference (count, unbalanced, stray) read across
# paragraphs: a quotation over paragraphs (each opens with “, the last closes), a book title
# broken over two lines, promises and the headings or 一是 runs after them, fragments of broken
# lines and a flattened table beside them.
ACROSS_TEXT = """关于某某工作的报告
主要做了以下三个方面的工作：
一、抓好学习
“第一段引文，开头的引号不闭合。

“第二段引文，同样只开不合。
“第三段引文，到此闭合。”
二、抓好落实
重点抓好两项工作：一是定制度，二是抓检查，三是严考核。
（
三）改革开放取得新进展。
PM
2.5
年平均浓度下降。
关于印发《某某集约化
试点工作方案》的通知
序号
1
2
三、抓好队伍
下一步，要做好以下两点：
（一）强化培训。
（二）严格考核。""".splitlines()

ACROSS_SNIPPETS = ["“", "”", "《", "》", "（", "）", "(", "‘", "2.5", "1", "（三）", "三、",
                   "四、", "（一）", "三个方面：", "以下两点：", "一是", "二是", "　", "。"]
ACROSS_OPS = st.tuples(st.sampled_from(["type", "type", "type", "backspace", "split", "join",
                                        "delete", "move", "replace"]),
                       st.integers(0, 10**6), st.integers(0, 10**6),
                       st.sampled_from(ACROSS_SNIPPETS))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ACROSS_OPS, min_size=1, max_size=12))
def test_incremental_equals_cold_across_paragraphs(ops: list[tuple]) -> None:
    """Edits that open and close quotations over paragraphs, break and join pairs across lines,
    add headings after a promise and make or unmake fragments, compared with a cold analysis."""
    _check_sequence(ACROSS_TEXT, ops)


def _rows(doc: Document, analysis: Analysis, rule: str) -> list[tuple[str, str]]:
    """(the flagged text, the paragraph's first characters) of one rule's findings."""
    return [(doc.paragraphs[f.index].text[f.start:f.end], doc.paragraphs[f.index].text[:4])
            for f in analysis.findings if f.rule == rule]


def test_a_quotation_over_paragraphs_left_open_is_reported_on_each_paragraph() -> None:
    """Only the last paragraph is edited; the paragraphs before it change their findings."""
    doc = Document.from_lines(["关于引文的说明", "“甲段引文。", "“乙段引文。", "“丙段引文完。”"])
    live = IncrementalAnalyzer()
    assert _rows(doc, live.analyze(doc), "punctuation/unbalanced") == []
    last = doc.paragraphs[3]
    last.text = "“丙段引文完。"  # the closing quote deleted: the quotation never ends
    delta = live.update(doc, [last.id])
    assert _rows(doc, delta.analysis, "punctuation/unbalanced") == [
        ("“", "“甲段引"), ("“", "“乙段引"), ("“", "“丙段引")]
    last.text = "“丙段引文完。”"
    assert _rows(doc, live.update(doc, [last.id]).analysis, "punctuation/unbalanced") == []


def test_a_lone_number_stops_being_a_fragment_when_its_neighbour_becomes_a_cell() -> None:
    """stray reads a fragment's neighbours: an edit beside it changes its finding."""
    doc = Document.from_lines(["关于数据的说明", "全年完成投资。", "12",
                               "同比增长较快，效果明显。"])
    live = IncrementalAnalyzer()
    assert _rows(doc, live.analyze(doc), "junk/stray-fragment") == [("12", "12")]
    before, after = doc.paragraphs[1], doc.paragraphs[3]
    before.text, after.text = "项目", "金额"  # a table flattened into lines: 12 is a cell
    delta = live.update(doc, [before.id, after.id])
    assert _rows(doc, delta.analysis, "junk/stray-fragment") == []


def test_typing_in_a_heading_changes_only_its_outline_row() -> None:
    doc = Document.from_lines(OWN_TEXT)
    live = IncrementalAnalyzer()
    live.analyze(doc)
    heading = next(p for p in doc.paragraphs if p.text.startswith("（二）加强"))
    heading.text = heading.text.replace("队伍", "干部队伍")
    delta = live.update(doc, [heading.id])
    assert delta.outline_changed == [heading.id]
    assert not delta.outline_reshaped and not delta.renumbered
    shown = next(h for h in delta.analysis.headings if doc.paragraphs[h.index] is heading)
    assert shown.title == "加强干部队伍建设"
    assert delta.reanalysed == [heading.id]
    assert not delta.reparsed  # nothing the outline parser reads changed: the outline was kept


def test_typing_in_body_text_leaves_the_outline_alone_and_reports_the_new_problem() -> None:
    doc = Document.from_lines(OWN_TEXT)
    live = IncrementalAnalyzer()
    live.analyze(doc)
    body = next(p for p in doc.paragraphs if p.text.startswith("我们将坚持"))
    body.text = body.text.replace("持续用力", "持续用力,久久为功")
    delta = live.update(doc, [body.id])
    assert delta.outline_changed == [] and not delta.outline_reshaped
    assert [(f.rule, f.paragraph_id, body.text[f.start:f.end]) for f in delta.added] == \
        [("punctuation/width", body.id, ",")]
    assert delta.removed == []


def test_a_new_heading_reshapes_the_outline_and_fixes_the_numbering() -> None:
    doc = Document.from_lines(OWN_TEXT)
    live = IncrementalAnalyzer()
    first = live.analyze(doc)
    skip = [f for f in first.findings if f.rule == "numbering/skip"]
    assert [doc.paragraphs[f.index].text[:5] for f in skip] == ["（三）落实", "四、下一步"]
    # Enter at the end of "（一）统筹不够。" and type the missing （二）.
    at = next(i for i, p in enumerate(doc.paragraphs) if p.text.startswith("（一）统筹"))
    new = Paragraph(text="（二）协调不够。")
    doc.paragraphs.insert(at + 1, new)
    delta = live.update(doc, [new.id])
    assert delta.outline_reshaped and delta.renumbered and delta.reparsed
    assert new.id in delta.outline_changed
    assert all(doc.paragraphs[f.index].text[:3] != "（三）" for f in delta.analysis.findings
               if f.rule.startswith("numbering/"))
    third = next(p.id for p in doc.paragraphs if p.text.startswith("（三）"))
    assert [(f.rule, f.paragraph_id) for f in delta.removed] == [("numbering/skip", third)]
    # …and "两个方面" now announces three items: the promise is re-checked too.
    lead = next(p.id for p in doc.paragraphs if p.text.startswith("主要有以下两个方面"))
    assert [(f.rule, f.paragraph_id) for f in delta.added] == [("count/mismatch", lead)]


def test_the_property_tests_took_both_paths() -> None:
    """The shortcut (outline kept) and the full parse were both compared with a cold analysis."""
    if not KEPT[True] or not KEPT[False]:
        _check_sequence(OWN_TEXT, [("type", 4, 8, "的"), ("type", 3, 0, "一、")])
    assert KEPT[True] > 0 and KEPT[False] > 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, min_size=1, max_size=8))
def test_an_adopted_analysis_goes_on_incrementally(ops: list[tuple]) -> None:
    """The window's loader analyses in a worker; the analyzer takes that analysis over."""
    doc = Document.from_lines(OWN_TEXT)
    live = IncrementalAnalyzer()
    live.adopt(doc, analyze(doc))
    for op in ops:
        changed = _apply(doc, op)
        assert _shape(live.update(doc, changed).analysis) == _shape(analyze(doc)), op


def test_a_paragraph_given_a_heading_style_joins_the_outline_incrementally() -> None:
    """The role chooser (or a Word heading style) makes a plain line a heading with no typed
    number: the incremental outline must follow, as a cold parse does."""
    from app.model import Role

    doc = Document.from_lines(["关于工作的报告", "总体情况", "正文。", "下步打算", "正文。"])
    live = IncrementalAnalyzer()
    live.analyze(doc)
    for k in (1, 3):
        doc.paragraphs[k].role, doc.paragraphs[k].role_fixed = Role.HEADING_1, True
    delta = live.update(doc, [doc.paragraphs[1].id, doc.paragraphs[3].id])
    assert [h.index for h in delta.analysis.outline] == [1, 3]
    assert _shape(delta.analysis) == _shape(analyze(doc))


def test_an_outline_offered_for_the_same_text_is_used_and_equals_a_parse() -> None:
    from app.outline.edits import renumber_all_plan

    doc = Document.from_lines(OWN_TEXT)
    live = IncrementalAnalyzer()
    live.analyze(doc)
    change, result = renumber_all_plan(doc, live.analysis)
    assert change is not None and result is not None
    for e in change.edits:  # what the editor does with the plan
        p = doc.paragraphs[e.index]
        p.text = p.text[:e.start] + e.replacement + p.text[e.end:]
    delta = live.update(doc, outline=result)
    assert delta.analysis.headings is result[1].headings  # taken, not parsed again
    assert _shape(delta.analysis) == _shape(analyze(doc))


def test_an_outline_offered_for_other_text_is_not_used() -> None:
    doc = Document.from_lines(OWN_TEXT)
    live = IncrementalAnalyzer()
    live.analyze(doc)
    other = Document.from_lines(OWN_TEXT)
    stale = analyze(other)
    doc.paragraphs[3].text = "（一）主要工作"  # a heading changes level: the outline changes
    delta = live.update(doc, outline=(other, stale))
    assert delta.analysis.headings is not stale.headings
    assert _shape(delta.analysis) == _shape(analyze(doc))


def test_a_blank_line_between_two_title_lines_splits_the_title() -> None:
    # "关于……工作情况" / "的汇报" is one title (its 文种 汇报 is wrong); a blank line between them
    # leaves "关于……工作情况" a title of its own, without a 文种: the finding moves to it.
    lines = ["关于2024年上半年工作情况", "的汇报", "市政府办公室：",
             "今年以来，我局认真贯彻落实市委决策部署，现将有关情况报告如下：", "一、主要工作",
             "完成投资12.5亿元。"]
    doc = Document.from_lines(lines)
    live = IncrementalAnalyzer()
    assert [(f.rule, f.index) for f in live.analyze(doc).findings] == [("title/no-type", 1)]
    blank = Document.from_lines([""]).paragraphs[0]
    doc.paragraphs.insert(1, blank)
    after = live.update(doc, [blank.id]).analysis
    assert [(f.rule, f.index) for f in after.findings] == [("title/no-type", 0)]
    assert _shape(after) == _shape(analyze(doc))


def test_an_offered_outline_is_taken_only_for_the_same_parser_input():
    """修正全部序号 offers its last parse; it stands for the editor's paragraphs only when the
    parser would read the same of each: text, fixed role, table cell."""
    from app.incremental import same_parser_input
    from app.model import CellRef, ParaLook, Role

    def doc(*changes):
        paragraphs = [Paragraph("一、总体情况"), Paragraph("正文。"), Paragraph("二、做法")]
        for k, field, value in changes:
            setattr(paragraphs[k], field, value)
        return Document(paragraphs)

    assert same_parser_input(doc(), doc())
    assert not same_parser_input(doc(), doc((2, "text", "三、做法")))
    assert not same_parser_input(doc(), Document(doc().paragraphs[:2]))
    assert not same_parser_input(doc(), doc((1, "role_fixed", True), (1, "role", Role.BODY)))
    assert not same_parser_input(doc((1, "role_fixed", True), (1, "role", Role.BODY)),
                                 doc((1, "role_fixed", True), (1, "role", Role.TITLE)))
    assert same_parser_input(doc((1, "role_fixed", True), (1, "role", Role.BODY)),
                             doc((1, "role_fixed", True), (1, "role", Role.BODY)))
    assert not same_parser_input(doc(), doc((1, "cell", CellRef(1, 0, 0))))
    assert not same_parser_input(doc((1, "cell", CellRef(1, 0, 0))),
                                 doc((1, "cell", CellRef(1, 0, 1))))
    # the role of a paragraph whose role is not fixed is the parser's output, not its input
    assert same_parser_input(doc((1, "role", Role.BODY)), doc((1, "role", Role.TITLE)))
    # set flush right in the file (a 署名 over a blank date) or not
    right, left = ParaLook(align="right"), ParaLook(align="left")
    assert not same_parser_input(doc(), doc((1, "look", right)))
    assert same_parser_input(doc((1, "look", left)), doc())
    # the same Paragraph objects where nothing changed (a plan's stand-in), others compared
    shared = doc()
    stand_in = Document([shared.paragraphs[0], Paragraph("正文。"), shared.paragraphs[2]])
    assert same_parser_input(shared, stand_in)
    stand_in.paragraphs[1].look = right
    assert not same_parser_input(shared, stand_in)


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_headings_typed_key_by_key_equal_a_cold_analysis_each_key() -> None:
    """What the benchmark of a typed heading does, checked: Enter after a body paragraph, then
    "（九）新标题" typed one character at a time (the analysis brought up to date after each,
    as after a pause), in several places of several reports in one document."""
    lines: list[str] = []
    for path in sorted(SHARED_CORPUS.glob("*.txt"))[:4]:
        lines += path.read_text(encoding="utf-8").split("\n")
    doc = Document.from_lines(lines)
    live = IncrementalAnalyzer()
    live.analyze(doc)
    n = len(doc.paragraphs)
    for k, at in enumerate(range(n // 5, n, n // 5)):
        while at < n - 1 and len(doc.paragraphs[at].text) < 40:
            at += 1
        new = Paragraph(text="")
        doc.paragraphs.insert(at + 1, new)
        for typed in "（九）新标题" + str(k):
            new.text += typed
            delta = live.update(doc, [new.id])
            assert _shape(delta.analysis) == _shape(analyze(doc)), (k, new.text)
        assert new.id in [doc.paragraphs[h.index].id for h in delta.analysis.headings]


def test_the_delta_gives_each_findings_row_key_in_order() -> None:
    """The problems table diffs its rows by these keys (paragraph id, not index): after a
    paragraph inserted above, a finding below keeps its key."""
    doc = Document.from_lines(OWN_TEXT)
    live = IncrementalAnalyzer()
    live.analyze(doc)

    def keys_match(delta) -> bool:
        ids = [p.id for p in doc.paragraphs]
        return delta.keys is not None and [k[:4] for k in delta.keys] == [
            (f.rule, ids[f.index], f.start, f.end) for f in delta.analysis.findings]

    body = next(p for p in doc.paragraphs if p.text.startswith("我们将坚持"))
    body.text = body.text.replace("持续用力", "持续用力,久久为功")
    before = live.update(doc, [body.id])
    assert keys_match(before)
    doc.paragraphs.insert(0, Paragraph(text="新的一段。"))
    after = live.update(doc)
    assert keys_match(after)
    assert before.keys is not None and after.keys is not None
    comma = [k for k in before.keys if k[0] == "punctuation/width" and k[1] == body.id]
    assert comma and all(k in after.keys for k in comma)


def test_a_tier_line_edited_keeps_or_drops_the_lone_x_by_the_tiers_it_defines() -> None:
    """placeholder reads of its "N+X" lines only the tier letters: renumbering such a line
    keeps the document's own X tier (the lone X stays quiet, no whole-document run needed);
    editing its "+X" away makes the lone X a blank to fill again."""
    lines = ["关于推进工作的报告", "一、总体情况", "一是推行“1+X”模式。", "三是完善制度。",
             "X类指标由各区自选。", "二、下一步打算", "加强协调。"]
    doc = Document.from_lines(lines)
    live = IncrementalAnalyzer()
    live.analyze(doc)
    tier = doc.paragraphs[2]

    def lone_x(analysis: Analysis) -> list[int]:
        return [f.index for f in analysis.findings if f.rule.startswith("placeholder")]

    tier.text = "二是推行“1+X”模式。"  # the numeral changed, the tiers did not
    delta = live.update(doc, [tier.id])
    assert _shape(delta.analysis) == _shape(analyze(doc))
    assert lone_x(delta.analysis) == []
    tier.text = "二是推行“1+2”模式。"  # no X tier any more
    delta = live.update(doc, [tier.id])
    assert _shape(delta.analysis) == _shape(analyze(doc))
    assert lone_x(delta.analysis) == [4]


def test_a_slip_written_again_elsewhere_is_dropped_and_comes_back_when_that_goes() -> None:
    """typo's "used again" test reads every text of the document (a spelling written twice is
    deliberate): typing the slip into another paragraph drops it from the first, editing it
    away there, deleting that paragraph or splitting the slip brings it back — each step as a
    cold analysis finds it, although the first paragraph is never edited."""
    doc = Document.from_lines(["关于市场工作的报告", "我们要积极参与市场竟争，提高水平。",
                               "其他工作有序推进。", "下一步继续努力。"])
    live = IncrementalAnalyzer()
    live.analyze(doc)

    def slips(analysis: Analysis) -> list[tuple[int, int]]:
        return [(f.index, f.start) for f in analysis.findings if f.rule == "typo/char"]

    def step(changed: list[int]) -> list[tuple[int, int]]:
        delta = live.update(doc, changed)
        assert _shape(delta.analysis) == _shape(analyze(doc))
        return slips(delta.analysis)

    if not slips(analyze(doc)):
        pytest.skip("the lexicon is not installed: typo finds nothing")
    other = doc.paragraphs[2]
    other.text = "其他竟争工作有序推进。"
    assert step([other.id]) == []
    other.text = "其他竞争工作有序推进。"
    assert step([other.id]) == [(1, 9)]
    other.text = "其他竟争工作有序推进。"
    assert step([other.id]) == []
    doc.paragraphs.insert(0, Paragraph(text="前言。"))
    assert step([doc.paragraphs[0].id]) == []
    doc.paragraphs.remove(other)
    assert step([]) == [(2, 9)]
    third = doc.paragraphs[3]
    third.text = "下一步竟争竟争。"  # written twice in one paragraph: deliberate there
    assert step([third.id]) == []
    third.text = "下一步竟"
    doc.paragraphs.insert(4, Paragraph(text="争竟争。"))
    assert step([third.id, doc.paragraphs[4].id]) == []


def test_a_headings_title_typed_key_by_key_is_not_parsed_again_until_it_ends_a_sentence(
) -> None:
    """Once "（九）" has made the line a heading, the title's own characters change nothing the
    outline parser reads: the outline stands and only the row's title follows the keys (the
    last key of a typed heading needs no parse). A full stop or a colon at the end is read
    (a lead sentence, a run-in heading), so it is parsed again. Each step as a cold analysis."""
    doc = Document.from_lines(OWN_TEXT)
    live = IncrementalAnalyzer()
    live.analyze(doc)
    at = next(i for i, p in enumerate(doc.paragraphs) if p.text.startswith("一是开展培训"))
    new = Paragraph(text="")
    doc.paragraphs.insert(at + 1, new)
    live.update(doc, [new.id])
    parsed: list[bool] = []
    for typed in "（三）加强作风建设：":
        new.text += typed
        delta = live.update(doc, [new.id])
        assert _shape(delta.analysis) == _shape(analyze(doc)), new.text
        parsed.append(delta.reparsed)
    titles = [h.title for h in delta.analysis.headings if doc.paragraphs[h.index] is new]
    assert titles == ["加强作风建设"]
    assert parsed[4:-1] == [False] * 5  # 加强作风建 after 加: titles only
    assert parsed[-1]  # the colon


def test_a_paragraph_whose_role_an_edit_elsewhere_changes_is_checked_again() -> None:
    """The update looks one by one only at the stretch of paragraphs the edit changed; a new
    parse may still give a paragraph outside it another role (the addressee under a title
    that became a heading, the signature above a date deleted), and the rules that read a
    paragraph's role must see it again."""
    for at, text in ((0, "一、" + OWN_TEXT[0]), (len(OWN_TEXT) - 1, "")):
        doc = Document.from_lines(OWN_TEXT)
        live = IncrementalAnalyzer()
        before = live.analyze(doc).roles
        doc.paragraphs[at].text = text
        delta = live.update(doc)
        assert _shape(delta.analysis) == _shape(analyze(doc))
        moved_role = [doc.paragraphs[i].id for i, role in enumerate(delta.analysis.roles)
                      if i != at and role is not before[i]]
        assert moved_role  # (the edit does change a neighbour's role)
        assert set(moved_role) <= set(delta.reanalysed)


# A red head's lines (app/outline/roles.py: Role.MASTHEAD): edits that make and unmake the
# 发文机关标志 (its 文件, the 发文字号 under it, the title after it) are read as a cold analysis
# reads them, and so are the rules that read it (org_name's own units).
HEAD_SNIPPETS = ["文件", "某政办发〔2026〕12号", "〔2026〕", "关于", "的通知", "：", "。", "一、",
                 "某某县人民政府办公室", "县政府办", "\u2002", "xxxxxx", "XXXX"]
HEAD_OPS = st.tuples(st.sampled_from(["type", "type", "backspace", "split", "join", "delete",
                                      "move", "replace"]),
                     st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(HEAD_SNIPPETS))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(HEAD_OPS, min_size=1, max_size=10))
def test_incremental_equals_cold_around_a_red_head(ops: list[tuple]) -> None:
    from tests.app.test_masthead_role import NOTICE

    _check_sequence(NOTICE.splitlines(), ops)
