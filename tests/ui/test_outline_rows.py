"""The outline after edits shown by difference equals an outline built from scratch for the
same analysis: labels, parents, order, expansion and each row's severity icon (the worst
problem of its heading)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import index_starting, texts, type_text
from ui.outline_view import ID_ROLE, SEVERITY_ROLE, OutlineView


def tree(view: OutlineView) -> list[tuple]:
    """Every row in tree order: (label, parent id, severity, expanded)."""
    out = []
    for item in view._walk_items():
        parent = item.parent()
        out.append((item.text(), parent.data(ID_ROLE) if parent is not None else None,
                    item.data(SEVERITY_ROLE), view.isExpanded(item.index())))
    return out


def from_scratch(qtbot, w) -> list[tuple]:
    """A new outline view's rows for the analysis shown, after checking that its order and
    parents are those of the analysis' tree walked depth first."""
    fresh = OutlineView()
    qtbot.addWidget(fresh)
    fresh.set_analysis(w.live.analysis, texts(w), [p.id for p in w.live.document.paragraphs])
    ids = [p.id for p in w.live.document.paragraphs]
    walked: list[tuple[int, int | None]] = []

    def walk(nodes, parent) -> None:
        for h in nodes:
            walked.append((ids[h.index], parent))
            walk(h.children, ids[h.index])

    walk(w.live.analysis.outline, None)
    assert [(item.data(ID_ROLE), row[1]) for item, row in
            zip(fresh._walk_items(), tree(fresh), strict=True)] == walked
    return tree(fresh)


def settled(w) -> bool:
    return not w.live.dirty and not w.live._timer.isActive()


def test_the_outline_after_edits_is_the_outline_built_from_scratch(qtbot, sample_window):
    w = sample_window
    assert tree(w.outline) == from_scratch(qtbot, w)
    severities = {row[2] for row in tree(w.outline)}
    # a new section heading that adopts the sub-headings after it, typed key by key
    w.editor.go_to(index_starting(w, "（二）", nth=2), 0)
    type_text(w.editor, "四、新的一节\n")
    qtbot.waitUntil(lambda: settled(w) and any(r[0].startswith("四、新的一节")
                                               for r in tree(w.outline)), timeout=3000)
    assert tree(w.outline) == from_scratch(qtbot, w)
    # a problem in a heading (a half-width comma) gives its row an icon; removing it takes it
    at = index_starting(w, "（一）坚持党组核心作用")
    w.editor.go_to(at, 3)
    type_text(w.editor, "好,")
    qtbot.waitUntil(lambda: settled(w) and any(
        f.index == at and f.rule == "punctuation/width" for f in w.live.analysis.findings),
        timeout=3000)
    rows = tree(w.outline)
    assert rows == from_scratch(qtbot, w)
    assert any(r[0].startswith("（一）好,坚持") and r[2] is not None for r in rows)
    for _ in range(3):
        qtbot.keyClick(w.editor, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: settled(w), timeout=3000)
    assert tree(w.outline) == from_scratch(qtbot, w)
    # headings removed: the new section joined back onto the text before it
    w.editor.go_to(index_starting(w, "四、新的一节"), 0)
    qtbot.keyClick(w.editor, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: settled(w), timeout=3000)
    assert tree(w.outline) == from_scratch(qtbot, w)
    assert severities <= {r[2] for r in tree(w.outline)} | {None}
