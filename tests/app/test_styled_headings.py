"""Headings a Word file gives by style alone (标题 1/2 with no typed 一、/（一）): they are the
document's outline, as in Word's navigation pane, and they have no numbers to check or rewrite."""

from __future__ import annotations

from app.engine import analyze
from app.model import Document, Paragraph, Role
from app.outline.edits import apply_change, plan_change_level, plan_move_section


def styled(text: str, role: Role) -> Paragraph:
    return Paragraph(text, role=role, role_fixed=True)  # what the .docx reader gives


def document() -> Document:
    return Document([
        styled("产品设计方案", Role.TITLE),
        styled("产品介绍", Role.HEADING_1),
        Paragraph("本产品体积小，功耗低。"),
        styled("主要特点", Role.HEADING_2),
        Paragraph("容量大，速度快。"),
        styled("技术规格", Role.HEADING_1),
        Paragraph("接口与尺寸如下。"),
    ])  # fmt: skip


def test_styled_headings_make_the_outline_tree():
    analysis = analyze(document())
    tree = [(h.index, [c.index for c in h.children]) for h in analysis.outline]
    assert tree == [(1, [3]), (5, [])]
    assert [analysis.roles[i] for i in (1, 3, 5)] == [Role.HEADING_1, Role.HEADING_2,
                                                       Role.HEADING_1]  # fmt: skip


def test_styled_headings_are_never_numbering_problems():
    findings = analyze(document()).findings
    assert not [f for f in findings if f.rule.startswith(("numbering/", "count/"))]


def test_moving_a_styled_section_moves_it_and_writes_no_number():
    doc = document()
    change = plan_move_section(doc, analyze(doc), 5, -1)
    assert change is not None
    assert apply_change(doc.texts, change) == [
        "产品设计方案", "技术规格", "接口与尺寸如下。", "产品介绍", "本产品体积小，功耗低。",
        "主要特点", "容量大，速度快。"]  # fmt: skip


def test_a_styled_heading_has_no_marker_to_promote():
    doc = document()
    assert plan_change_level(doc, analyze(doc), 3, -1) is None  # its level is its Word style


def test_a_typed_number_still_wins_over_the_style():
    doc = document()
    doc.paragraphs[1] = styled("一、产品介绍", Role.HEADING_1)
    doc.paragraphs[5] = styled("三、技术规格", Role.HEADING_1)  # 二、 skipped: a real mistake
    rules = {f.rule for f in analyze(doc).findings}
    assert "numbering/skip" in rules
