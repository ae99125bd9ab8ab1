"""After edits shown by difference, the underlines and the findings a context menu reads are
those of the analysis shown, as they would be drawn from scratch: each underline over its
problem's text, one per problem not ignored; the findings by paragraph are the analysis'."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import index_starting, type_text
from ui.textpos import to_utf16


def settled(w) -> bool:
    return not w.live.dirty and not w.live._timer.isActive()


def underlined(w) -> list[tuple[int, int]]:
    return sorted((s.cursor.selectionStart(), s.cursor.selectionEnd())
                  for s in w.editor.extraSelections()
                  if s.format.underlineStyle() == s.format.UnderlineStyle.WaveUnderline)


def problems_at(w) -> list[tuple[int, int]]:
    doc = w.editor.document()
    out = []
    for f in w.live.analysis.findings:
        if f.ignored:
            continue
        block = doc.findBlockByNumber(f.index)
        text = block.text()
        out.append((block.position() + to_utf16(text, f.start),
                    block.position() + to_utf16(text, min(f.end, len(text)))))
    return sorted(out)


def by_index(w) -> dict[int, list]:
    out: dict[int, list] = {}
    for f in w.live.analysis.findings:
        out.setdefault(f.index, []).append(f)
    return out


def test_underlines_and_findings_by_paragraph_follow_the_edits(qtbot, sample_window):
    w = sample_window
    assert underlined(w) == problems_at(w)
    at = index_starting(w, "（一）坚持党组核心作用") + 1
    w.editor.go_to(at, len(w.editor.document().findBlockByNumber(at).text()))
    type_text(w.editor, "好,")  # a new problem
    qtbot.waitUntil(lambda: settled(w) and any(f.index == at and f.rule == "punctuation/width"
                                               for f in w.live.analysis.findings),
                    timeout=3000)
    assert underlined(w) == problems_at(w)
    assert w.findings_by_index == by_index(w)
    w.editor.go_to(at - 1, 0)
    qtbot.keyClick(w.editor, Qt.Key.Key_Return)  # a paragraph above: every index below moves
    qtbot.waitUntil(lambda: settled(w), timeout=3000)
    assert underlined(w) == problems_at(w)
    assert w.findings_by_index == by_index(w)
    assert [f.rule for f in w.fixes.view.findings_at(at + 1)] == \
        [f.rule for f in by_index(w)[at + 1]]
