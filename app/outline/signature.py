"""What the outline parser reads of one paragraph, as a value: equal values, equal outline.

:func:`app.outline.parser.parse_outline` decides roles, headings and numbering groups from a few
facts about each paragraph's text: its serial-number marker, inline 一是/第一 items, its first and
last non-space characters, how its length compares with the parser's limits, and a handful of
pattern tests (date line, attachment label, 发文字号, subtitle dash, appendix opener, site junk,
a template's placeholder-only line, pictures only, a colon inside), the words of its text
boxes (a 发文机关标志 drawn in one) and whether the file sets it flush right (a 署名).
:func:`outline_signature` collects exactly those facts. When an edit leaves every paragraph's
signature as it was (typing inside a sentence, the usual keystroke), the previous outline still
holds except for the edited headings' titles, which :func:`retitle` brings up to date — so the
incremental analyzer can skip the parse. Keep this list in step with the parser: the property
test in tests/app/test_incremental.py compares the shortcut with a full parse after random edits.
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Iterable

from app.engine import Analysis
from app.model import Paragraph
from app.outline.head import head_box_text
from app.outline.inline import find_inline_items
from app.outline.lines import _DOC_NUMBER, _PLACEHOLDER_ONLY, pictures_only, set_right, toc_leader
from app.outline.markers import find_marker, find_marker_before_number
from app.outline.parser import (
    _LABEL_ITEM,
    _SUB_ITEM,
    heading_before_numeral,
)
from app.outline.roles import (
    _ATTACH_NOTE,
    _NOTE,
    _SUBTITLE,
    CLOSING,
    banner_line,
    clean,
    is_appendix_start,
    is_attachment_label,
    is_date_line,
)
from app.outline.roles import (
    edge as _edge,
)
from app.outline.tree import split_run_in
from app.textcache import text_cache

# Every length the parser compares a paragraph (stripped or not) with: "≤ limit" tests give the
# same answers for two lengths exactly when they fall in the same bucket.
_LIMITS = (24, 25, 30, 40, 60, 80)


def _last_kind(text: str) -> str | None:
    """What the parser reads of the last non-space character: only whether it is one of
    :data:`~app.outline.roles.CLOSING` (each test — a sentence end, a lead's colon, an
    unnumbered heading's missing full stop — asks about one of those), so any other character
    is the same to it (None). A heading's title typed key by key keeps its signature: the
    outline stands and only the title is brought up to date, without a parse."""
    last = _edge(text, -1)
    return last if last in CLOSING or not last else None


@text_cache
def text_signature(text: str) -> Hashable:
    """The facts about ``text`` the outline parser uses; the text itself where it reads more
    (inline items: their wording decides how runs continue)."""
    marker = find_marker(text)
    loose = find_marker_before_number(text)
    sub = _SUB_ITEM.match(text)
    # where the parser may look for inline items: after any marker a heading can take here
    # (the loose "2." and the "6-1." item become the marker only after an item 1 or 6, the
    # "一、" of "一、二级标题" only before a "（一）" or "二、")
    numeral = heading_before_numeral(text)  # "一、二级标题", a heading where its neighbours say
    skips = {0, *(m.end for m in (marker, loose, numeral) if m is not None),
             *((sub.end(),) if sub else ())}
    if any(find_inline_items(text, skip) for skip in skips):
        return ("text", text)
    label = _LABEL_ITEM.match(text)
    label_item = None
    if label is not None:
        if find_inline_items(text, label.end()):
            return ("text", text)
        label_item = (label.end(), find_marker(text[label.end():]))
    t = clean(text)
    return (marker, loose, numeral, sub.group(0) if sub else None, label_item,
            _edge(text, 1), _last_kind(text), "第" in text[:8],
            bisect.bisect_left(_LIMITS, len(t)), len(text) > 40,
            is_date_line(text), is_attachment_label(text), is_appendix_start(text),
            banner_line(text), bool(_ATTACH_NOTE.match(t)), bool(_NOTE.match(t)),
            bool(_DOC_NUMBER.match(t)), bool(_SUBTITLE.match(t)),
            bool(_PLACEHOLDER_ONLY.match(t)), pictures_only(t), "：" in t,
            toc_leader(text) is not None)  # a contents line: no heading (precision24)


def outline_signature(p: Paragraph) -> Hashable:
    """A paragraph's signature: its text's, and what the user or the file fixed about it."""
    return (p.id, text_signature(p.text), p.cell is not None, p.role_fixed,
            p.role if p.role_fixed else None, head_box_text(p.objects) if p.objects else "",
            set_right(p))


def retitle(analysis: Analysis, texts: list[str], indexes: Iterable[int]) -> None:
    """Bring the titles of the headings at ``indexes`` up to date with ``texts`` (in place)."""
    wanted = set(indexes)
    for h in analysis.all_headings:
        if h.index in wanted:
            h.title, h.title_end, h.run_in = split_run_in(texts[h.index], h.marker.end)
