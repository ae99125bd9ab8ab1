"""Turn an edit the editor already made into tracked changes (修订 on).

The editor shows the final text; when the reviewer types, deletes, pastes or a fix replaces
text, the paragraph's text changes from ``old`` to ``new``. Recording that edit means: put the
paragraph back as it was, then apply the difference as tracked operations (deletions, then
insertions, from the end so earlier offsets stay valid). Deleted text leaves the final view and
inserted text enters it, so afterwards the paragraph's text is ``new`` again — exactly what the
editor shows — and its revisions say who changed what.

Typing back text the reviewer just deleted (same place) takes the deletion back instead of
adding an insertion, so undo in the editor leaves no trace. Objects (a pasted picture) are not
recorded: such an edit stays an ordinary edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from app import revisions as rv
from app.model import OBJECT_CHAR, Document, InlineObject, Paragraph, Span


@dataclass
class ParagraphState:
    """What a paragraph held before an edit (the recorder's memory of it)."""

    text: str
    spans: list[Span] = field(default_factory=list)
    objects: list[InlineObject] = field(default_factory=list)

    @classmethod
    def of(cls, p: Paragraph) -> ParagraphState:
        return cls(p.text, [Span(s.start, s.end, s.bold, s.italic, s.underline) for s in p.spans],
                   list(p.objects))  # fmt: skip


def record_edit(doc: Document, p: Paragraph, before: ParagraphState, author: str,
                date: str | None = None) -> bool:  # fmt: skip
    """Record the change of ``p`` from ``before`` to its current text as revisions by
    ``author``. False (nothing recorded, the edit stays as made) when there is nothing to record
    or the edit moves objects."""
    new = p.text
    old = before.text
    if new == old:
        return False
    ops = [op for op in SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
           if op[0] != "equal"]  # fmt: skip
    if any(OBJECT_CHAR in old[i1:i2] or OBJECT_CHAR in new[j1:j2] for _, i1, i2, j1, j2 in ops):
        return False
    stamp = date or rv.now_stamp()
    new_spans = p.spans
    p.text, p.spans, p.objects = old, before.spans, before.objects
    for tag, i1, i2, j1, j2 in reversed(ops):
        if tag in ("delete", "replace"):
            rv.track_delete(doc, p.id, i1, i2, author, stamp)
        if tag in ("insert", "replace"):
            _insert(doc, p, i1, new[j1:j2], author, stamp)
    if p.text != new:  # should not happen; the editor's text wins, as an ordinary edit
        p.text = new
    p.spans = new_spans
    return True


def _insert(doc: Document, p: Paragraph, offset: int, text: str, author: str, stamp: str) -> None:
    undone = next((r for r in p.revisions if r.kind == "del" and r.author == author
                   and r.start == offset and r.text == text), None)  # fmt: skip
    if undone is not None:
        rv.resolve_revision(doc, p.id, undone.id, accept=False)
    else:
        rv.track_insert(doc, p.id, offset, text, author, stamp)
