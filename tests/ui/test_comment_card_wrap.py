"""A comment card in a narrow pane keeps its date and time in one piece: they go under the
author's name rather than breaking inside the date (2016-05-0 | 9 16:13 in the 190-pixel pane
of an 800-pixel screen)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from ui.comment_cards import _card, shown_time


@pytest.mark.parametrize("width", [120, 150, 170, 200, 400])
def test_the_date_is_never_broken(qapp, width):
    when = shown_time("2016-05-09T16:13:00Z")
    doc = QTextDocument()  # as ui.comments_view.CardDelegate lays a card out
    doc.setDocumentMargin(0)
    doc.setHtml(_card("Jesse Rosenthal", "2016-05-09T16:13:00Z", "I left a comment.", None,
                      False, "open", "some text to have a comment"))
    doc.setTextWidth(width)
    assert doc.size().height() > 0  # (laid out)
    block = doc.begin()
    text = block.text().replace("\u00a0", " ")
    at = text.index(when)
    layout = block.layout()
    first = layout.lineForTextPosition(at).lineNumber()
    last = layout.lineForTextPosition(at + len(when) - 1).lineNumber()
    assert first == last, (width, text)
