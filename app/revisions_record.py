"""Turn an edit the editor already made into tracked changes (修订 on).

The editor shows the final text; when the reviewer types, deletes, pastes or a fix replaces
text, the paragraph's text changes from ``old`` to ``new``. Recording that edit means: put the
paragraph back as it was, then apply the difference as tracked operations (deletions, then
insertions, from the end so earlier offsets stay valid). Deleted text leaves the final view and
inserted text enters it, so afterwards the paragraph's text is ``new`` again — exactly what the
editor shows — and its revisions say who changed what.

Typing back text the reviewer just deleted (same place) takes the deletion back instead of
adding an insertion, so undo in the editor leaves no trace. An edit that removes or puts a
picture (an object) is recorded too: its run goes into w:del, or is written and put into w:ins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from app import revisions as rv
from app import revisions_resolve as rvr
from app.docx.revision_xml import mark_inserted
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
    or the edit moves objects. An edit inside Word's rendered auto-number (which is no text of
    the XML) stays an ordinary edit, as with 修订 off: Save switches the numbering off and writes
    the prefix as typed; undone before anything else is recorded, the numbering stays."""
    n = p.auto_number_len
    if n and p.text[:n] != before.text[:n]:
        return False  # inside Word's rendered number: an ordinary edit, the number becomes text
    new = p.text
    old = before.text
    if new == old:
        return False
    ops = edit_ops(old, new)
    stamp = date or rv.now_stamp()
    if any(OBJECT_CHAR in old[i1:i2] or OBJECT_CHAR in new[j1:j2] for _, i1, i2, j1, j2 in ops):
        return _record_objects(doc, p, before, ops, author, stamp)
    new_spans = p.spans
    p.text, p.spans, p.objects = old, before.spans, before.objects
    for tag, i1, i2, j1, j2 in reversed(ops):
        if tag in ("delete", "replace"):
            rv.delete_from(doc, p, i1, i2, author, stamp)
        if tag in ("insert", "replace"):
            _insert(doc, p, i1, new[j1:j2], author, stamp)
    if p.text != new:  # should not happen; the editor's text wins, as an ordinary edit
        p.text = new
    p.spans = new_spans
    return True


def _record_objects(doc: Document, p: Paragraph, before: ParagraphState,
                    ops: list[tuple[str, int, int, int, int]], author: str,
                    stamp: str) -> bool:  # fmt: skip
    """An edit that removes or puts objects (a picture): deletions as usual (the picture's run
    goes into w:del), then the paragraph is brought to its new content by the patcher — which
    writes a picture's w:drawing run — and what was put is marked inserted (w:ins around it).
    False (an ordinary edit) for a paragraph without Word XML."""
    if not rv._in_xml(doc, p):
        return False
    ops = _object_ops(before, p)  # which picture went: by the objects, not by U+FFFC alone
    new = (p.text, p.spans, p.objects)
    p.text, p.spans, p.objects = before.text, before.spans, before.objects
    for tag, i1, i2, _j1, _j2 in reversed(ops):
        if tag in ("delete", "replace"):
            rv.delete_from(doc, p, i1, i2, author, stamp)
    inserts = [(i1, j1, j2) for tag, i1, _i2, j1, j2 in ops if tag in ("insert", "replace")]
    if len(ops) == 1 and inserts:  # putting back what the reviewer just deleted (undo)
        i1, j1, j2 = inserts[0]
        gone = new[0][j1:j2].replace(OBJECT_CHAR, "")
        undone = next((r for r in p.revisions if r.kind == "del" and r.author == author
                       and r.start == i1 and r.text == gone), None)  # fmt: skip
        if undone is not None:
            rvr.resolve_revision(doc, p.id, undone.id, accept=False)
            if p.text == new[0]:
                return True
    p.text, p.spans, p.objects = new
    for _i1, j1, j2 in reversed(inserts):
        _mark_inserted(doc, p, j1, j2, author, stamp)
    return True


def _object_ops(before: ParagraphState, p: Paragraph) -> list[tuple[str, int, int, int, int]]:
    """:func:`edit_ops` with each object character standing for its own object (equal ones
    alike), so that deleting the second of five pictures is not read as deleting the last."""
    seen: list[tuple[InlineObject, str]] = []

    def code(obj: InlineObject | None) -> str:
        for known, c in seen:
            if obj is known or (obj is not None and obj == known):
                return c
        c = chr(0xF0000 + len(seen))
        if obj is not None:
            seen.append((obj, c))
        return c

    def encoded(text: str, objects: list[InlineObject]) -> str:
        out, k = [], 0
        for ch in text:
            if ch == OBJECT_CHAR:
                out.append(code(objects[k] if k < len(objects) else None))
                k += 1
            else:
                out.append(ch)
        return "".join(out)

    return edit_ops(encoded(before.text, before.objects), encoded(p.text, p.objects))


_last_ops: tuple[str, str, list[tuple[str, int, int, int, int]]] = ("", "", [])


def edit_ops(old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    """The changes from ``old`` to ``new`` (difflib opcodes without "equal"). One edit (a key, a
    paste, a fix) changes one stretch: found by common prefix and suffix in linear time; only
    when that stretch is long on both sides (a replace-all in the paragraph) is it diffed. A
    key asks three times (the paint, the expected marks, the recording): the last answer is
    kept."""
    global _last_ops
    if old == _last_ops[0] and new == _last_ops[1]:
        return list(_last_ops[2])
    ops = _edit_ops(old, new)
    _last_ops = (old, new, ops)
    return list(ops)


def _edit_ops(old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    n = min(len(old), len(new))
    a = _longest(lambda k: old[:k] == new[:k], n)  # slices compare in C: a key costs little
    b = _longest(lambda k: old[len(old) - k :] == new[len(new) - k :], n - a)
    i2, j2 = len(old) - b, len(new) - b
    if i2 - a > 40 and j2 - a > 40:
        inner = SequenceMatcher(None, old[a:i2], new[a:j2], autojunk=False).get_opcodes()
        return [(tag, a + i1, a + x2, a + j1, a + y2) for tag, i1, x2, j1, y2 in inner
                if tag != "equal"]  # fmt: skip
    if i2 == a and j2 == a:
        return []
    tag = "replace" if i2 > a and j2 > a else ("delete" if i2 > a else "insert")
    return [(tag, a, i2, a, j2)]


def _longest(same: Callable[[int], bool], n: int) -> int:
    """The largest k ≤ n with same(k) (same is monotone: true up to some k), by bisection."""
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if same(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def predicted_marks(marks: list[tuple[str, str, int, int]], old: str, new: str,
                    author: str | None) -> list[tuple[str, str, int, int]]:  # fmt: skip
    """Where the shown marks (kind, author, start, end) of a paragraph will be once ``old``
    became ``new``: shifted over the edit, and with ``author`` given (修订 on) the inserted text
    marked as their insertion. What the recorder then records gives the same in the usual case
    (typing, deleting), so the editor can paint the marks before the model has them."""
    ops = edit_ops(old, new)
    out = list(marks)
    for _tag, i1, i2, j1, j2 in reversed(ops):
        delta = (j2 - j1) - (i2 - i1)
        shifted = []
        for kind, who, s, e in out:
            s2 = s if s <= i1 else (s + delta if s >= i2 else i1)
            e2 = e if e <= i1 else (e + delta if e >= i2 else j1)
            if author is not None and kind == "ins" and who == author and e == i1 and s < e:
                e2 = j2  # typing on at the end of one's own insertion
            if e2 > s2:
                shifted.append((kind, who, s2, e2))
        if author is not None and j2 > j1 and not any(
            k == "ins" and w == author and s <= j1 and j2 <= e for k, w, s, e in shifted
        ):
            shifted.append(("ins", author, j1, j2))
        out = shifted
    return _merged(out)


def shown_marks(p: Paragraph) -> list[tuple[str, str, int, int]]:
    """The marks the editor paints over the text of ``p`` (own insertions merged when they
    touch, as the paint cannot tell them apart)."""
    return _merged([(r.kind, r.author, r.start, r.end) for r in p.revisions
                    if r.kind in ("ins", "moveTo", "format") and r.end > r.start])  # fmt: skip


def _merged(marks: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    out: list[tuple[str, str, int, int]] = []
    for kind, who, s, e in sorted(marks, key=lambda m: (m[2], m[3], m[0])):
        last = out[-1] if out else None
        if last and last[0] == kind == "ins" and last[1] == who and last[3] >= s:
            out[-1] = (kind, who, last[2], max(last[3], e))
        else:
            out.append((kind, who, s, e))
    return out


def _insert(doc: Document, p: Paragraph, offset: int, text: str, author: str, stamp: str) -> None:
    undone = next((r for r in p.revisions if r.kind == "del" and r.author == author
                   and r.start == offset and r.text == text), None)  # fmt: skip
    if undone is not None:
        rvr.resolve_revision(doc, p.id, undone.id, accept=False)
    else:
        rv.insert_into(doc, p, offset, text, author, stamp)


def _mark_inserted(doc: Document, p: Paragraph, start: int, end: int, author: str,
                   date: str) -> None:  # fmt: skip
    """The model already holds [start, end) of ``p`` (objects too, e.g. a picture put there):
    write it into the paragraph's XML and mark it as the reviewer's insertion."""
    el, ctx, known = rv._recording(doc, p)
    shift = p.auto_number_len
    mark_inserted(el, max(start - shift, 0), max(end - shift, 0), author, date,
                  lambda: rv._id_source(ctx), ctx.run_format)  # fmt: skip
    rv._reread(doc, p, el, known)
