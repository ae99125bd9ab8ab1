"""What an outline operation does to the document, as data the editor applies in one undo step.

Outline edits (move a section, drag it under another heading, promote/demote it, renumber) are
computed by :mod:`app.outline.edits` on the real :class:`~app.model.Document` and returned as an
:class:`OutlineChange`: whole paragraphs move (so they keep their ids, formatting, comments and,
for .docx, their original XML), then text edits renumber markers, then fixed roles follow the new
level. Nothing is rebuilt from bare strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.findings import Edit
from app.model import Role


@dataclass(frozen=True)
class Move:
    """Move paragraphs ``first``..``last`` (inclusive, indexes in the document as it is before
    this move) so that they stand right before paragraph ``before`` (an index in the same
    numbering; ``before`` == number of paragraphs means at the end). ``before`` is never inside
    ``first``..``last``."""

    first: int
    last: int
    before: int


@dataclass
class OutlineChange:
    """Applied in this order: ``moves`` one after the other (each index refers to the document
    as the previous moves left it), then ``edits`` (indexes in the moved document, as
    :func:`app.fixes.apply_fixes` would apply them), then ``roles``: paragraph index (in the moved
    document) → the role to fix on it (only for paragraphs whose role was fixed: a Word heading
    style follows its new level)."""

    moves: list[Move] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    roles: dict[int, Role] = field(default_factory=dict)
    description: str = ""  # Chinese, for the status bar ("将“三、……”上移")

    def __bool__(self) -> bool:
        return bool(self.moves or self.edits or self.roles)
