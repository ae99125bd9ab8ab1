"""OutlineChange applied to the editor: whole blocks move with their ids, roles and formats, then
edits, then fixed roles — one undo step."""

from __future__ import annotations

from app.findings import Edit
from app.model import Document, Paragraph, Role, Span
from app.outline.change import Move, OutlineChange
from tests.ui.test_comments import reviewer  # noqa: F401 (a fixture)
from tests.ui.test_identity import block_ids, model
from ui.styling import fixed_role

TEXTS = [
    "关于工作的报告",
    "一、甲项工作",
    "甲项正文。",
    "二、乙项工作",
    "乙项正文。",
    "三、丙项工作",
    "丙项正文。",
]


def load(window) -> Document:
    paragraphs = [Paragraph(t) for t in TEXTS]
    paragraphs[3].role, paragraphs[3].role_fixed = Role.HEADING_1, True
    paragraphs[4].spans = [Span(0, 2, bold=True)]
    doc = Document(paragraphs=paragraphs)
    window.load_document(doc, None)
    return doc


def test_a_section_moves_up_as_whole_blocks_in_one_undo_step(window):
    doc = load(window)
    objects = list(doc.paragraphs)
    ids = [p.id for p in objects]
    before = model(window)
    change = OutlineChange(
        moves=[Move(3, 4, 1)],
        edits=[Edit(1, 0, 1, "一"), Edit(3, 0, 1, "二")],
        description="将“二、乙项工作”上移",
    )
    assert window.apply_outline(change)
    got = model(window)
    assert [t for _, t in got] == [
        "关于工作的报告", "一、乙项工作", "乙项正文。", "二、甲项工作", "甲项正文。",
        "三、丙项工作", "丙项正文。",
    ]  # fmt: skip
    assert [i for i, _ in got] == [ids[0], ids[3], ids[4], ids[1], ids[2], ids[5], ids[6]]
    assert block_ids(window) == [i for i, _ in got]
    now = window.live.document.paragraphs
    assert [now[k] is objects[j] for k, j in enumerate([0, 3, 4, 1, 2, 5, 6])] == [True] * 7
    qdoc = window.editor.document()
    assert fixed_role(qdoc.findBlockByNumber(1).blockFormat()) is Role.HEADING_1  # role travelled
    assert window.editor.spans_of(2) == [Span(0, 2, bold=True)]  # character formats too
    window.undo()
    assert model(window) == before
    assert window.editor.spans_of(4) == [Span(0, 2, bold=True)]


def test_a_section_moves_to_the_end_and_roles_follow_the_new_level(window):
    doc = load(window)
    ids = [p.id for p in doc.paragraphs]
    change = OutlineChange(moves=[Move(1, 2, 7)], roles={5: Role.HEADING_2})
    assert window.apply_outline(change)
    got = model(window)
    assert [i for i, _ in got] == [ids[0], ids[3], ids[4], ids[5], ids[6], ids[1], ids[2]]
    assert [t for _, t in got][-2:] == ["一、甲项工作", "甲项正文。"]
    assert window.live.document.paragraphs[5].role is Role.HEADING_2
    assert window.live.document.paragraphs[5].role_fixed
    window.undo()
    assert [i for i, _ in model(window)] == ids


def test_moving_the_last_section_to_the_top(window):
    doc = load(window)
    ids = [p.id for p in doc.paragraphs]
    assert window.apply_outline(OutlineChange(moves=[Move(5, 6, 0)]))
    got = model(window)
    assert [i for i, _ in got] == [ids[5], ids[6], *ids[:5]]
    assert [t for _, t in got][:2] == ["三、丙项工作", "丙项正文。"]


def test_move_section_command_keeps_ids(qtbot, window):
    load(window)
    window.live.flush()
    ids = {t: i for i, t in model(window)}
    window.outline.select_paragraph(3)
    assert window.headings.move_section(-1)
    got = model(window)
    assert [t for _, t in got][1:5] == ["一、乙项工作", "乙项正文。", "二、甲项工作", "甲项正文。"]
    assert got[1][0] == ids["二、乙项工作"] and got[3][0] == ids["一、甲项工作"]
    window.undo()
    assert [t for _, t in model(window)] == TEXTS


def test_fix_all_numbering_renumbers_in_place_and_keeps_ids(window):
    texts = ["关于工作的报告", "一、甲项", "正文。", "三、乙项", "正文。", "五、丙项"]
    doc = Document(paragraphs=[Paragraph(t) for t in texts])
    window.load_document(doc, None)
    objects = list(window.live.document.paragraphs)
    assert window.headings.fix_all_numbering()
    got = window.live.document.paragraphs
    assert [p.text for p in got][3:] == ["二、乙项", "正文。", "三、丙项"]
    assert all(a is b for a, b in zip(objects, got, strict=True))
    window.undo()
    assert [p.text for p in window.live.document.paragraphs] == texts


def test_a_comment_travels_with_its_moved_paragraph(qtbot, reviewer):  # noqa: F811
    from tests.ui.test_comments import comment, select_text

    window = reviewer
    doc = load(window)
    body_id = doc.paragraphs[4].id  # "乙项正文。"
    select_text(window, "乙项正文")
    comment(qtbot, window, "请补充数据")
    assert window.apply_outline(OutlineChange(moves=[Move(3, 4, 1)]))
    notes = window.review.comments_for(window.current_document())
    note = next(c for c in notes if c.text == "请补充数据")
    assert note.start is not None and note.start.paragraph_id == body_id
    assert window.live.document.paragraphs[2].id == body_id
    assert window.review.store.quoted(note.id) == "乙项正文"


def test_demoting_a_heading_carries_its_section_and_its_word_style(window):
    texts = ["关于工作的报告", "一、甲项工作", "（一）甲一", "（二）甲二", "二、乙项工作",
             "（一）乙一", "（二）乙二"]  # fmt: skip
    paragraphs = [Paragraph(t) for t in texts]
    paragraphs[4].role, paragraphs[4].role_fixed = Role.HEADING_1, True  # a Word heading style
    window.load_document(Document(paragraphs=paragraphs), None)
    window.live.flush()
    ids = [p.id for p in window.live.document.paragraphs]
    window.outline.select_paragraph(4)
    assert window.headings.change_level(1)
    got = window.live.document.paragraphs
    assert [p.text for p in got][4:] == ["（三）乙项工作", "1.乙一", "2.乙二"]
    assert [p.id for p in got] == ids  # edited in place, nothing rebuilt
    assert got[4].role is Role.HEADING_2 and got[4].role_fixed
    window.undo()
    assert [p.text for p in window.live.document.paragraphs] == texts
