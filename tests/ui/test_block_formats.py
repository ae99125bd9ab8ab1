"""Block formats by role: the space and indents a role wants, and nothing Qt must look through
for nothing (a zero margin is left out: Qt reads 0 for a missing one, and searches a block's
properties several times per line each time a keystroke moves the lines below it)."""

from __future__ import annotations

from PySide6.QtGui import QTextFormat

from app.model import Role
from ui.styling import Layout, block_format_for, layout_of

_MARGINS = (QTextFormat.Property.BlockTopMargin, QTextFormat.Property.BlockBottomMargin,
            QTextFormat.Property.BlockRightMargin)


def test_a_title_made_body_loses_its_space_above_and_below(qapp):
    title = block_format_for(Role.TITLE)
    assert title.topMargin() > 0 and title.bottomMargin() > 0
    body = block_format_for(Role.BODY, title)
    assert (body.topMargin(), body.bottomMargin(), body.rightMargin()) == (0, 0, 0)
    assert layout_of(body) is Layout.INDENT and layout_of(title) is Layout.CENTER


def test_a_right_aligned_paragraph_made_body_loses_its_right_indent(qapp):
    right = next(role for role in Role if layout_of(block_format_for(role)) is Layout.RIGHT)
    signed = block_format_for(right)
    assert signed.rightMargin() > 0
    body = block_format_for(Role.BODY, signed)
    assert body.rightMargin() == 0 and layout_of(body) is Layout.INDENT


def test_body_paragraphs_carry_no_zero_margins(qapp):
    for fmt in (block_format_for(Role.BODY), block_format_for(Role.BODY, block_format_for(
            Role.TITLE))):
        assert not any(fmt.hasProperty(p) for p in _MARGINS)
        assert fmt.lineHeight() == 140.0 and fmt.textIndent() > 0
