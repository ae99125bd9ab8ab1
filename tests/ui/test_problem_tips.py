"""Hovering a wavy underline shows the problem: offscreen with a help event, and under Xvfb with
the real pointer moved by xdotool."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from app.model import OBJECT_CHAR, Document, InlineObject, Paragraph
from tests.ui.conftest import ROOT


def point_in(editor, index: int, offset: int) -> QPoint:
    """The middle of the character at (index, offset), in viewport coordinates."""
    block = editor.document().findBlockByNumber(index)
    cur = QTextCursor(block)
    cur.setPosition(block.position() + offset)
    left = editor.cursorRect(cur)
    cur.setPosition(block.position() + offset + 1)
    right = editor.cursorRect(cur)
    return QPoint((left.x() + right.x()) // 2, left.center().y())


def tip_at(qtbot, editor, pos: QPoint) -> str:
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())  # Qt hides a tip after a short fade
    viewport = editor.viewport()
    ev = QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, ev)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_hover_on_an_underline_shows_its_problem(qtbot, window):
    # the placeholder XX ends the line: the blank space after it is no longer "on" it
    window.resize(1400, 900)
    window.load_document(Document.from_lines(["关于工作的报告", "正文内容，请填写XX"]), None)
    window.live.flush()
    assert window.editor.document().findBlockByNumber(1).layout().lineCount() == 1
    f = next(f for f in window.live.analysis.findings if f.index == 1)
    assert (f.start, f.end) == (8, 10)
    editor = window.editor
    assert tip_at(qtbot, editor, point_in(editor, 1, 8)) == f.message
    assert tip_at(qtbot, editor, point_in(editor, 1, 9)) == f.message
    assert tip_at(qtbot, editor, point_in(editor, 1, 3)) == ""  # 容: no problem there
    beside = QPoint(editor.viewport().width() - 4, point_in(editor, 1, 9).y())
    assert tip_at(qtbot, editor, beside) == ""


def test_hover_on_a_text_box_shows_its_text_and_on_a_problem_its_problem(qtbot, window):
    # the problem tips take every tool tip: an object without a problem must still say what it is
    box = InlineObject("textbox", "文本框 1", text="发文机关标志")
    doc = Document(paragraphs=[Paragraph("关于工作的报告"),
                               Paragraph(f"见{OBJECT_CHAR}，请填写XX", objects=[box])])
    window.resize(1400, 900)
    window.load_document(doc, None)
    window.live.flush()
    editor = window.editor
    placeholder = next(f for f in window.live.analysis.findings if f.index == 1)
    on_box = tip_at(qtbot, editor, point_in(editor, 1, 1))
    assert "发文机关标志" in on_box and "文本框" in on_box
    assert tip_at(qtbot, editor, point_in(editor, 1, placeholder.start)) == placeholder.message
    assert tip_at(qtbot, editor, point_in(editor, 1, 0)) == ""  # 见: neither


@pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("xdotool")),
    reason="needs xvfb-run and xdotool (apt-get install xvfb xdotool)",
)
def test_hover_with_a_real_pointer_under_xvfb(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path))  # fmt: skip
    out = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", sys.executable,
         str(ROOT / "tests" / "ui" / "hover_probe.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["expected"].startswith("占位符")
    assert result["on_mark"] == result["expected"]  # the pointer on XX: the problem
    assert result["beside"] == ""  # the pointer in the blank space after the line: nothing
