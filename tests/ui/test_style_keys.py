"""How each paragraph is drawn (ui.style_keys): a run-in heading's heading face ends where its
heading sentence ends, counted in UTF-16 units as Qt counts; a standalone heading to its end."""

from __future__ import annotations

from app.engine import analyze
from app.model import Document, Role
from ui.style_keys import style_keys
from ui.styling import WHOLE_BLOCK, decode_key


def test_run_in_headings_end_after_their_sentence_and_standalone_ones_at_the_end() -> None:
    lines = ["关于工作的报告", "一、总体情况", "（一）加强𠀀领导。各部门按要求推进工作。",
             "（二）完善制度", "制度建设取得进展。"]
    a = analyze(Document.from_lines(lines))
    keys = [decode_key(k) for k in style_keys(a, lines)]
    assert keys[2] == (a.roles[2], len("（一）加强领导。") + 2)  # 𠀀: two UTF-16 units
    assert keys[1] == (a.roles[1], WHOLE_BLOCK)
    assert keys[3] == (a.roles[3], WHOLE_BLOCK)
    assert keys[4] == (Role.BODY, 0)
    assert keys[0] == (Role.TITLE, 0)
