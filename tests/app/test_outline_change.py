"""Outline edits planned on the real document (OutlineChange): sections carry their children,
paragraphs move whole (ids, fixed roles follow), 修正全部序号 repairs a restarted group."""

from __future__ import annotations

from app.engine import analyze
from app.findings import Fix
from app.fixes import apply_fixes
from app.model import Document, Role
from app.outline.change import OutlineChange
from app.outline.edits import (
    change_level,
    plan_change_level,
    plan_move_section,
    plan_move_section_to,
    plan_renumber_all,
    renumber_all,
)

DOC = [
    "关于2024年工作情况的报告",
    "一、主要工作",
    "（一）抓党建。正文甲。",
    "二、存在问题",
    "问题正文。",
    "三、下步打算",
    "（一）继续抓党建。",
    "（二）抓好队伍。",
    "打算正文。",
    "四、保障措施",
    "保障正文。",
]


def applied(doc: Document, change: OutlineChange) -> Document:
    """What an editor does with the change: move paragraph objects, edit texts, fix roles."""
    paras = list(doc.paragraphs)
    for mv in change.moves:
        block = paras[mv.first:mv.last + 1]
        rest = paras[:mv.first] + paras[mv.last + 1:]
        at = mv.before if mv.before < mv.first else mv.before - len(block)
        paras = rest[:at] + block + rest[at:]
    texts, _ = apply_fixes([p.text for p in paras], [Fix(tuple(change.edits), "")])
    for p, t in zip(paras, texts, strict=True):
        p.text = t
    for k, role in change.roles.items():
        paras[k].role = role
    return Document(paragraphs=paras)


def test_demote_carries_the_section_children_down():
    doc = Document.from_lines(list(DOC))
    change = plan_change_level(doc, analyze(doc), 5, +1)  # 三、下步打算 → under 二、
    assert change is not None and not change.moves
    out = applied(doc, change).texts
    assert out[5:] == ["（一）下步打算", "1.继续抓党建。", "2.抓好队伍。", "打算正文。",
                       "三、保障措施", "保障正文。"]
    # no restarted group is left behind: the checker is quiet on the result
    assert [f for f in analyze(Document.from_lines(out)).findings
            if f.rule.startswith("numbering/") and f.severity.value != "info"] == []


def test_promote_carries_the_children_up_and_limits():
    doc = Document.from_lines(["标题", "一、甲", "（一）乙", "1.丙", "2.丁", "二、戊"])
    out = change_level(doc.texts, 2, -1)
    assert out == ["标题", "一、甲", "二、乙", "（一）丙", "（二）丁", "三、戊"]
    deep = ["标题", "一、甲", "（一）乙", "1.丙", "（1）丁", "二、戊"]
    assert change_level(deep, 2, +1) is None  # its （1） would fall below the fourth level
    assert change_level(deep, 1, -1) is None


def test_moves_keep_paragraph_objects_and_fixed_roles_follow_the_level():
    doc = Document.from_lines(list(DOC))
    for i in (5, 6, 7):  # a .docx with Word heading styles on 三、 and its children
        doc.paragraphs[i].role_fixed = True
        doc.paragraphs[i].role = Role.HEADING_1 if i == 5 else Role.HEADING_2
    ids = [p.id for p in doc.paragraphs]
    change = plan_move_section_to(doc, analyze(doc), 5, 1, 1)  # 三、 → second child of 一、
    assert change is not None and change.moves
    new = applied(doc, change)
    moved = [p.id for p in new.paragraphs]
    assert sorted(moved) == sorted(ids) and moved != ids  # same paragraphs, new order
    at = moved.index(ids[5])
    assert new.paragraphs[at].text == "（二）下步打算"
    assert [new.paragraphs[at + k].role for k in range(3)] == [Role.HEADING_2, Role.HEADING_3,
                                                               Role.HEADING_3]


def test_move_section_is_two_block_moves():
    doc = Document.from_lines(list(DOC))
    change = plan_move_section(doc, analyze(doc), 3, +1)  # swap 二、 and 三、
    new = applied(doc, change)
    assert new.texts[3:9] == ["二、下步打算", "（一）继续抓党建。", "（二）抓好队伍。",
                              "打算正文。", "三、存在问题", "问题正文。"]
    assert change.description.startswith("将“存在问题”")


def test_renumber_all_fixes_a_restarted_group():
    lines = ["标题", "一、甲", "二、乙", "三、丙", "（一）子一。", "（二）子二。",
             "（三）原来的四。", "（一）孙一。", "（二）孙二。", "（三）孙三。"]
    fixed = renumber_all(lines)
    assert fixed[7:] == ["（四）孙一。", "（五）孙二。", "（六）孙三。"]
    doc = Document.from_lines(lines)
    change = plan_renumber_all(doc, analyze(doc))
    assert [(e.index, e.start, e.end, e.replacement) for e in change.edits] == [
        (7, 1, 2, "四"), (8, 1, 2, "五"), (9, 1, 2, "六")]
    assert plan_renumber_all(Document.from_lines(DOC)) is None  # nothing to do
