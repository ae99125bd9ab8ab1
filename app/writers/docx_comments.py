"""Word comments for the export: where each comment is anchored, and the comment parts.

Each :class:`Comment` with a start and end :class:`Position` is anchored on exactly that text:
the paragraph writer splits runs at the offsets and puts w:commentRangeStart / w:commentRangeEnd
and a w:commentReference run there (ranges may span paragraphs). Positions are resolved through
paragraph ids; an anchor inside a paragraph that is not written (JUNK) moves to the nearest
written text inside the range.

- Replies (``parent_id`` set) are anchored on their thread's range, like Word does, and linked
  in word/commentsExtended.xml (w15:commentEx/@w15:paraIdParent). Word threads are flat: a reply
  to a reply is linked to the thread's first comment.
- Resolved comments get w15:done="1".
- Orphans (no anchor, not a reply, or an anchor that no longer exists) are anchored at the very
  start of the document as a point.

The w14:paraId linking the two parts sits on the last paragraph of each comment's text; ids
are 8 hex digits below 0x80000000, deterministic (so the same input gives the same file).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from lxml import etree

from app.model import Comment, Position
from app.textclean import clean_text
from app.writers.docx_styles import MC_NS, W14_NS, W15_NS, W_NS

_W = f"{{{W_NS}}}"
_W15 = f"{{{W15_NS}}}"
PARA_ID_BASE = 0x1C000000

# Marker kinds the paragraph writer emits, and their order at one offset: ranges that end here,
# then zero-length ranges (start, end, reference), then ranges that start here.
END, POINT, START = 0, 1, 2


Point = tuple[int, int]  # (output paragraph, offset)


@dataclass
class Anchored:
    comment: Comment
    wid: int  # w:id
    para_id: str  # w14:paraId of its last paragraph
    parent_para_id: str | None
    start: tuple[int, int]  # (output paragraph, offset)
    end: tuple[int, int]


def word_date(value: str | None, default: str) -> str:
    """An ISO 8601 date as Word writes it (UTC, seconds, "Z"); ``default`` when unusable."""
    if not value:
        return default
    try:
        dt = datetime.fromisoformat(value.strip().replace("z", "Z"))
    except ValueError:
        return default
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def initials_of(name: str) -> str:
    """ "ReportDesk" → "RD", "Li Qiang" → "LQ", "王审核" → "王审"."""
    name = name.strip()
    if not name:
        return ""
    if name.isascii():
        caps = "".join(c for c in name if c.isupper())
        if len(caps) >= 2:
            return caps[:3]
        words = name.split()
        return "".join(w[0] for w in words).upper()[:3]
    return name[:2]


class CommentPlan:
    """Resolves the comments' anchors against the written paragraphs.

    ``paragraphs`` lists, in document order, (paragraph id, output index or None when the
    paragraph is not written, length of the written text).
    """

    def __init__(
        self, comments: list[Comment], paragraphs: list[tuple[int, int | None, int]], now: str
    ):
        self.now = now
        self._order = paragraphs
        self._pos = {pid: k for k, (pid, _, _) in enumerate(paragraphs)}
        self.items: list[Anchored] = []
        self.events: dict[int, list[tuple[int, int, int, int]]] = {}  # out → (off, kind, seq, id)
        first_written = next((out for _, out, _ in paragraphs if out is not None), 0)
        index = {c.id: k for k, c in enumerate(comments)}

        def root_of(k: int) -> int:  # the thread's first comment (a cycle counts as its own root)
            seen = {k}
            while (parent := parent_of(k)) is not None and parent not in seen:
                seen.add(parent)
                k = parent
            return k if parent_of(k) is None else min(seen)

        def parent_of(k: int) -> int | None:
            pid = comments[k].parent_id
            return None if pid is None else index.get(pid)

        def para_id(k: int) -> str:
            return f"{PARA_ID_BASE + k:08X}"

        anchors: dict[int, tuple[Point, Point]] = {}
        for k, c in enumerate(comments):
            root = root_of(k)
            if root not in anchors:
                r = comments[root]
                span = self._resolve(r.start, r.end)
                anchors[root] = span or ((first_written, 0), (first_written, 0))
            start, end = anchors[root]
            item = Anchored(c, k, para_id(k), para_id(root) if root != k else None, start, end)
            self.items.append(item)
            if start == end:
                self._event(start[0], start[1], POINT, k)
            else:
                self._event(start[0], start[1], START, k)
                self._event(end[0], end[1], END, k)

    def _event(self, out: int, offset: int, kind: int, wid: int) -> None:
        self.events.setdefault(out, []).append((offset, kind, wid, wid))

    def _resolve(self, start: Position | None, end: Position | None) -> tuple[Point, Point] | None:
        if start is None or end is None:
            return None
        i, j = self._pos.get(start.paragraph_id), self._pos.get(end.paragraph_id)
        if i is None or j is None or i > j:
            return None
        s: Point | None = None
        e: Point | None = None
        for k in range(i, j + 1):  # first written paragraph at or after the start
            _, out, length = self._order[k]
            if out is not None:
                s = (out, min(max(start.offset, 0), length) if k == i else 0)
                break
        for k in range(j, i - 1, -1):  # last written paragraph at or before the end
            _, out, length = self._order[k]
            if out is not None:
                e = (out, min(max(end.offset, 0), length) if k == j else length)
                break
        if s is None or e is None or s > e:
            return None
        return s, e

    def events_for(self, out: int) -> list[tuple[int, int, int, int]]:
        return sorted(self.events.get(out, ()))

    # --- parts -------------------------------------------------------------------------------
    def comments_xml(self) -> bytes:
        root = etree.Element(_W + "comments", nsmap={"w": W_NS, "w14": W14_NS, "mc": MC_NS})
        root.set(f"{{{MC_NS}}}Ignorable", "w14")
        for item in self.items:
            root.append(comment_element(item.comment, item.wid, item.para_id, self.now))
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    def comments_extended_xml(self) -> bytes:
        root = etree.Element(_W15 + "commentsEx", nsmap={"w15": W15_NS, "mc": MC_NS})
        root.set(f"{{{MC_NS}}}Ignorable", "w15")
        for item in self.items:
            el = etree.SubElement(root, _W15 + "commentEx")
            el.set(_W15 + "paraId", item.para_id)
            if item.parent_para_id:
                el.set(_W15 + "paraIdParent", item.parent_para_id)
            el.set(_W15 + "done", "1" if item.comment.resolved else "0")
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def comment_element(c: Comment, wid: int, para_id: str, now: str,
                    styles: tuple[str | None, str | None] = ("CommentText", "CommentReference"),
                    ) -> etree._Element:  # fmt: skip
    """One w:comment: its text as paragraphs (the last one carries ``para_id``), the
    annotation mark run first. ``styles``: the paragraph and reference character style to use,
    None to leave one out (a document without those styles)."""
    para_style, ref_style = styles
    el = etree.Element(_W + "comment", nsmap={"w": W_NS, "w14": W14_NS})
    el.set(_W + "id", str(wid))
    el.set(_W + "author", clean_text(c.author) or "ReportDesk")
    el.set(_W + "date", word_date(c.date, now))
    el.set(_W + "initials", clean_text(c.initials) or initials_of(clean_text(c.author)))
    lines = clean_text(c.text).split("\n")
    for n, line in enumerate(lines):
        p = etree.SubElement(el, _W + "p")
        if n == len(lines) - 1:
            p.set(f"{{{W14_NS}}}paraId", para_id)
            p.set(f"{{{W14_NS}}}textId", "77777777")
        if para_style:
            ppr = etree.SubElement(p, _W + "pPr")
            etree.SubElement(ppr, _W + "pStyle").set(_W + "val", para_style)
        if n == 0:
            r = etree.SubElement(p, _W + "r")
            if ref_style:
                rpr = etree.SubElement(r, _W + "rPr")
                etree.SubElement(rpr, _W + "rStyle").set(_W + "val", ref_style)
            etree.SubElement(r, _W + "annotationRef")
        if line:
            r = etree.SubElement(p, _W + "r")
            for k, chunk in enumerate(line.split("\t")):
                if k:
                    etree.SubElement(r, _W + "tab")
                if chunk:
                    t = etree.SubElement(r, _W + "t")
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                    t.text = chunk
    return el
