"""Word auto-numbers as they are now: re-counted in model order after paragraphs were deleted,
added, moved or had their number typed into.

The reader renders each numbered paragraph's marker ("3.", "二、") as a text prefix
(``Paragraph.auto_number_len``). Word counts again whenever the file is opened, so after an edit
the prefixes the reader rendered can be stale: delete item 2 and Word shows item 3 as "2.". This
module counts again with the reader's own counter (:class:`app.readers.docx_numbering.Numbering`,
a fresh copy of the definitions the reader kept in ``DocxSource.numbering``), so the numbers it
gives are the numbers a re-read of the saved file gives, by construction.

Which paragraphs still carry the file's numbering (the one rule, shared with Save):

- a paragraph the file did not have has none (Save switches a new paragraph's numbering off);
- a paragraph whose XML a revision operation rewrote with its numbering off (w:numId 0) has none;
- a numbered paragraph of the file keeps its numbering while its text starts with the prefix it
  shows: the prefix as read, or the one a re-count last put there (``DocxSource.rendered``;
  the window keeps it in the block format, so that Undo and Redo bring it back).
  Typing inside the prefix turns the numbering off (the prefix becomes text, as Save writes it);
  a stale prefix is still the paragraph's own number, only not counted again yet.

A paragraph that keeps its numbering counts, wherever it now is (a moved one counts at its new
place); one that lost it does not, and the items after it move up, as in Word.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from app.docx.atoms import W_PPR, W
from app.docx.package import DocxSource, ParaRecord
from app.model import Document, Paragraph, Span


@dataclass(frozen=True)
class Number:
    """A paragraph's Word number: the prefix its text starts with, and the one Word gives now."""

    shown: str
    now: str

    @property
    def stale(self) -> bool:
        return self.shown != self.now


def record_of(source: DocxSource, pid: int) -> ParaRecord | None:
    """What the paragraph was last handed out as (a revision operation's record, else the
    reader's)."""
    override = source.overrides.get(pid)
    return override.record if override is not None else source.paragraphs.get(pid)


def shown_prefix(source: DocxSource, p: Paragraph) -> str | None:
    """The Word number ``p`` shows as its text's prefix while its numbering is on ("" for a
    numbered paragraph whose marker is empty); None when it carries no numbering of the file
    (new, never numbered, or switched off by an edit inside its number)."""
    base = source.paragraphs.get(p.id)
    if base is None or base.num is None:
        return None
    override = source.overrides.get(p.id)
    if override is not None and _numbering_switched_off(override.element):
        return None
    # Not re-counted since it was read: the reader's number (an override's record may hold a
    # re-counted one that an Undo took back since).
    shown = source.rendered.get(p.id, base.text[: base.auto_number_len])
    return shown if p.text.startswith(shown) else None


def counted_prefix(source: DocxSource, p: Paragraph) -> str | None:
    """:func:`shown_prefix` when the model agrees that it is the number
    (``auto_number_len``; the window sets it whenever it reads a block), else None: the rule
    for Save and for the count."""
    shown = shown_prefix(source, p)
    return shown if shown is not None and len(shown) == p.auto_number_len else None


def numbers(doc: Document) -> dict[int, Number]:
    """Paragraph id → its number, for every paragraph that still carries the file's numbering,
    counted in model order as Word counts on opening the saved file."""
    source = doc.source
    if not isinstance(source, DocxSource) or source.numbering is None:
        return {}
    counter = source.numbering.fresh()
    out: dict[int, Number] = {}
    for p in doc.paragraphs:
        shown = counted_prefix(source, p)
        if shown is None:
            continue
        base = source.paragraphs[p.id]
        assert base.num is not None
        num_id, ilvl = base.num
        out[p.id] = Number(shown, counter.render(num_id, ilvl))
    return out


def stale(doc: Document) -> list[tuple[int, Number]]:
    """(model index, number) of the paragraphs whose shown number is not Word's any more."""
    found = numbers(doc)
    if not found:
        return []
    return [(k, found[p.id]) for k, p in enumerate(doc.paragraphs)
            if p.id in found and found[p.id].stale]  # fmt: skip


def renumber(doc: Document) -> list[int]:
    """Replace every stale number in the model by Word's (text, ``auto_number_len``, spans
    after it), and remember it as the paragraph's shown prefix; returns the model indexes
    changed. The engine's own edit (the CLI, tests); the window edits its blocks instead and
    sets :func:`set_shown`."""
    changed = []
    for k, number in stale(doc):
        p = doc.paragraphs[k]
        delta = len(number.now) - len(number.shown)
        p.text = number.now + p.text[len(number.shown) :]
        p.auto_number_len = len(number.now)
        p.spans = [_shifted(s, len(number.shown), delta) for s in p.spans]
        set_shown(doc, p.id, number.now)
        changed.append(k)
    return changed


def set_shown(doc: Document, pid: int, prefix: str | None) -> None:
    """Paragraph ``pid`` now shows ``prefix`` as its Word number (None: as read)."""
    source = doc.source
    if not isinstance(source, DocxSource):
        return
    if prefix is None:
        source.rendered.pop(pid, None)
    else:
        source.rendered[pid] = prefix


def _shifted(s: Span, after: int, delta: int) -> Span:
    start = s.start + delta if s.start >= after else s.start
    end = s.end + delta if s.end >= after else s.end
    return Span(start, max(start, end), s.bold, s.italic, s.underline)


def _numbering_switched_off(el: etree._Element) -> bool:
    ppr = el[0] if len(el) and el[0].tag == W_PPR else None
    num_id = ppr.find(f"{W}numPr/{W}numId") if ppr is not None else None
    return num_id is not None and num_id.get(f"{W}val") == "0"
