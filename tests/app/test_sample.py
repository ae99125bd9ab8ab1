"""The report the project started from: its real mistakes, found exactly, and its outline.

Every expected value below was read off resources/samples/xinfang-dangjian-2020h1.txt by hand
(line numbers as an editor shows them, blank lines counted).
"""

from __future__ import annotations

from app.engine import analyze
from app.model import Document, Role


def findings(lines):
    a = analyze(Document.from_lines(lines))
    return a, [(f.line, f.rule, lines[f.index][f.start:f.end]) for f in a.findings]


def test_sample_gives_exactly_the_known_mistakes(sample_lines):
    # Lines 28 and 30 name a 县信访局 in this 市信访局 report; a name at another level is another
    # body (issue 12: 市…局 and 区…局 are two bodies), so consistency/org-name stays quiet there.
    _, got = findings(sample_lines)
    assert got == [
        (1, "junk/site-boilerplate", "仅供学习 禁止外传"),  # lines 1–9: document-site header
        (17, "placeholder", "XX"),  # 新XX建设
        (17, "count/mismatch", "三个方面"),  # promises three, four 一、… follow
        (23, "wording/misused", "兵乓球"),
        (26, "punctuation/unbalanced", "”"),  # “大走访、大接访”制度”
        (27, "numbering/duplicate", "三、"),  # the second 三、
        (29, "placeholder", "X月X日"),
        (29, "punctuation/width", "("),  # 村(社区)
        (29, "punctuation/width", ")"),
        (29, "placeholder", "X月X日"),
        (30, "placeholder", "X次"),
        (30, "placeholder", "X镇X村"),
        (30, "placeholder", "X村"),
        (30, "placeholder", "X村"),
        (30, "placeholder", "X村"),
    ]


def test_duplicate_three_is_fixed_to_four(sample_lines):
    a = analyze(Document.from_lines(sample_lines))
    dup = next(f for f in a.findings if f.rule == "numbering/duplicate")
    assert "应为“四、”" in dup.message
    (edit,) = dup.fix.edits
    assert (edit.index + 1, edit.start, edit.end, edit.replacement) == (27, 0, 1, "四")


def test_junk_fix_deletes_lines_1_to_15_and_keeps_the_title_first(sample_lines):
    from app.fixes import apply_fixes

    a = analyze(Document.from_lines(sample_lines))
    junk = next(f for f in a.findings if f.rule == "junk/site-boilerplate")
    fixed, applied = apply_fixes(sample_lines, [junk.fix])
    assert applied == 1
    assert fixed[0] == "市信访局2020年上半年党建工作总结及下步工作打算"
    assert fixed[1:] == sample_lines[16:]


def test_sample_outline(sample_lines):
    a = analyze(Document.from_lines(sample_lines))
    tree = [(h.index + 1, h.marker.text, h.title, [(c.index + 1, c.marker.text, c.title)
                                                   for c in h.children]) for h in a.outline]
    assert [(line, marker) for line, marker, _, _ in tree] == [
        (18, "一、"), (21, "二、"), (24, "三、"), (27, "三、")]
    assert tree[0][2] == "坚持党要管党意识，夯实基层党建根基和提升组织凝聚力"
    # run-in headings: the title is the first sentence, up to 。
    assert tree[0][3] == [
        (19, "（一）", "坚持党组核心作用，把组织建设作为第一抓手，夯实党建和业务工作基础"),
        (20, "（二）", "坚持党组引领作用，把党建工作摆在重要位置，提升党组向心力和亲和力"),
    ]
    assert [len(children) for *_, children in tree] == [2, 2, 2, 3]
    assert tree[3][3][2] == (30, "（三）", "发挥率带作用，深入一线联防联控")
    assert a.numbering_style[2] == "restart"


def test_sample_roles(sample_lines):
    a = analyze(Document.from_lines(sample_lines))
    roles = a.roles
    assert all(roles[i] is Role.JUNK for i in (0, 1, 2, 3, 4, 6, 7, 8))
    assert roles[15] is Role.TITLE
    assert roles[16] is Role.BODY
    assert roles[17] is Role.HEADING_1 and roles[18] is Role.HEADING_2
    assert roles[31] is Role.BODY  # "一是继续抓好党支部规范化建设。" is an item, not a heading


def test_closing_promise_of_three_items_is_kept(sample_lines):
    """"重点做好三项重点工作。" is followed by 一是/二是/三是: three, as promised — no finding."""
    a = analyze(Document.from_lines(sample_lines))
    assert not [f for f in a.findings if f.rule == "count/mismatch" and f.line == 31]
    run = [g for g in a.groups if g.kind.is_inline and g.items[0][0] == 31]
    assert [(i + 1, m.number) for i, m in run[0].items] == [(32, 1), (33, 2), (34, 3)]
