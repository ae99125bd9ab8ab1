"""An undo step for a change that leaves every character in place.

Qt records no undo step for an edit block that changes nothing, so Undo after such a change
(a comment added, insertions accepted) would take the edit before it. Bumping a block-format
property that nothing else reads is the smallest real change: one step, one block laid out.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextFormat

MARK_PROPERTY = int(QTextFormat.Property.UserProperty) + 0x1F000  # block: undo step marker


def mark_undo_step(block: QTextBlock) -> None:
    """Change ``block``'s marker property (inside the caller's edit block, if any)."""
    fmt = block.blockFormat()
    fmt.setProperty(MARK_PROPERTY, int(fmt.property(MARK_PROPERTY) or 0) + 1)
    QTextCursor(block).setBlockFormat(fmt)
