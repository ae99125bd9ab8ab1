"""A report read in the loader's worker hands its parse's parts to the window's incremental
analyzer (ui/live.py ``_parsed``): the first heading typed after opening redoes the outline of
its own part only, not of every part (issue 15: corpus×3 has 109), and shows what a cold
analysis shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import app.outline.parser as parser
from app.engine import analyze
from app.model import Document
from tests.app.test_incremental import _shape
from tests.app.test_renumber_parts import SLIPS, report
from tests.ui.helpers import texts, type_text
from ui import loader


def _same(shown, cold) -> bool:
    """Everything a cold analysis decides (the findings without their paragraph ids, which are
    the window's own)."""
    def findings(a) -> list[tuple]:
        return [(f.rule, f.index, f.start, f.end, f.message) for f in a.findings]

    return {**_shape(shown), "findings": findings(shown)} == \
        {**_shape(cold), "findings": findings(cold)}


def _count_trees(monkeypatch) -> list[int]:
    built: list[int] = []
    real = parser.build_tree

    def counting(texts_, chunk, nested, part_of):
        built.extend({part_of[i] for i, _ in chunk})
        return real(texts_, chunk, nested, part_of)

    monkeypatch.setattr(parser, "build_tree", counting)
    return built


def _open(qtbot, window, tmp_path, monkeypatch) -> list[str]:
    """Five reports bound together, read and analysed in the loader's worker."""
    monkeypatch.setattr(loader, "BACKGROUND_BYTES", 1)
    lines = [t for k in range(5) for t in report(k, k in SLIPS)]
    path = tmp_path / "合订.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert window.files.open_path(str(path), ask=False)
    qtbot.waitUntil(lambda: not window.loader.busy and window.live.analysis is not None
                    and texts(window)[:len(lines)] == lines, timeout=60_000)
    qtbot.waitUntil(lambda: not window.live.pending, timeout=60_000)
    return lines


def _type_heading(qtbot, window, after: int, heading: str) -> None:
    window.editor.go_to(after, len(texts(window)[after]))
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    type_text(window.editor, heading)
    qtbot.waitUntil(lambda: any(heading in item.text() for item in window.outline._item_list))
    qtbot.waitUntil(lambda: not window.live.dirty and not window.live._timer.isActive())


def test_the_first_heading_typed_after_opening_redoes_its_part_only(qtbot, window, tmp_path,
                                                                    monkeypatch):
    _open(qtbot, window, tmp_path, monkeypatch)
    built = _count_trees(monkeypatch)
    _type_heading(qtbot, window, 25 * 2 + 20, "四、保障措施")  # in the third report's body
    assert len(set(built)) == 1, built
    assert _same(window.live.analysis, analyze(Document.from_lines(texts(window))))


def test_parts_kept_from_another_text_are_checked_and_redone(qtbot, window, tmp_path,
                                                             monkeypatch):
    """The look-alike: after the report, another one is shown from an analysis made elsewhere
    (no parts of its own: the analyzer keeps those of the first text). The reports are in
    another order, so the kept parts are at other places with other text: the typed heading's
    parse does those parts again and shows what a cold analysis shows."""
    _open(qtbot, window, tmp_path, monkeypatch)
    lines = [t for k in (3, 0, 4, 1, 2) for t in report(k, k in SLIPS)]
    doc = Document.from_lines(lines)
    window.load_document(doc, None, analyze(doc))
    built = _count_trees(monkeypatch)
    _type_heading(qtbot, window, 25 * 2 + 20, "四、保障措施")
    assert len(set(built)) > 1, built
    assert _same(window.live.analysis, analyze(Document.from_lines(texts(window))))
