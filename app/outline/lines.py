"""What a single line of a report looks like, read from its text alone: its text without the
surrounding spaces, a 发文字号, a date line, a short line in a title's shape, a line of pictures
only. The role passes (:mod:`app.outline.roles`, :mod:`app.outline.head`) build on these."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress, count, repeat
from operator import attrgetter, is_not

from app.model import OBJECT_CHAR, Paragraph
from app.textcache import sized_text_cache, text_cache

# 发文字号 (GB/T 9704 7.2.4: 国办发〔2019〕4号), also as templates leave it (〔20XX〕XX号,
# XXXX发〔    〕  号) and with the wrong brackets drafters type (国发[2019]4号, 国发（2019）4号).
_DOC_NUMBER = re.compile(r"^\S{0,12}[〔\[［(（][\s\dXxＸ×]{0,6}[〕\]］)）][\s\dXxＸ×]*号$")
# A template's line of placeholder marks only (xxxxxx, XXXXXXXX, ××××): a blank to fill, whose
# words (title, body, name) nothing tells; never taken for the title.
_PLACEHOLDER_ONLY = re.compile(r"^[XxＸｘ×＊*_＿\s]+$")
# a date line; its 日 typed as the spoken 号 is still one (date/format reports it)
_DATE_AR = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]$")
# a year written with the digit 0 or the letter O for 〇 (二0一0年, 二OO八年) is still a date line
_DATE_CN = re.compile(r"^[〇○零0OＯ０一二三四五六七八九]{4}年"
                      r"[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$")
_END_PUNCT = "。；，、！？：:;,!?"


@sized_text_cache(131072)
def clean(text: str) -> str:
    """``text`` without its surrounding spaces (cached: every pass asks it of every paragraph)."""
    return text.strip(" \t\u3000\u00a0")


_SPACES = frozenset(" \t\u3000\u00a0")
CLOSING = frozenset("。；，、！？：:;,!?…）)”")  # what ends a sentence or a clause


@sized_text_cache(131072)
def edge(text: str, step: int) -> str:
    """The first (step 1) or last (step -1) character of ``text`` that is not a space, or "".

    Found by walking in from the end: stripping would copy every paragraph of the document.
    Cached by text: every pass over the document asks it of every paragraph again.
    """
    k = 0 if step > 0 else len(text) - 1
    while 0 <= k < len(text) and text[k] in _SPACES:
        k += step
    return text[k] if 0 <= k < len(text) else ""


@text_cache
def is_date_line(text: str) -> bool:
    t = clean(text).replace(" ", "")
    return bool(_DATE_AR.match(t) or _DATE_CN.match(t))


def _looks_like_title(text: str) -> bool:
    """Short, not ending like a sentence, not a bulleted list item, and not two columns laid
    out with spaces (an organ on the left and a date on the right is a 版记 or masthead line,
    never a title)."""
    t = clean(text)
    return _is_short_line(text, 60) and not _COLUMN_GAP.search(t) \
        and not _PLACEHOLDER_ONLY.match(t) and t[:1] not in _BULLETS


# a bullet typed or pasted before a list item ("* A Nepalese name…", "● 工作目标"): a list's
# line, never a title
_BULLETS = frozenset("*＊•●■◆▪►➢·")


_COLUMN_GAP = re.compile(r"\S[ \u3000\u00a0\u2002\u2003]{4,}\S")


def _is_short_line(text: str, limit: int) -> bool:
    """A line of at most ``limit`` characters, words in it (not only pictures or spaces), that
    does not end like a sentence: a title's, a signature's shape."""
    t = clean(text)
    return 0 < len(t) <= limit and t[-1] not in _END_PUNCT and not pictures_only(t)


def pictures_only(t: str) -> bool:
    """A non-blank line holding pictures (objects) and spaces only: no words to read."""
    return OBJECT_CHAR in t and not t.replace(OBJECT_CHAR, "").strip()


def _blank(t: str) -> bool:
    """An empty line, or one of spaces only (WPS fills template lines with U+2002)."""
    return not t or t.isspace()


def set_right(p: Paragraph) -> bool:
    """Whether the file sets paragraph ``p`` flush right outside a table (its w:jc): where a
    drafter puts the 署名 and 成文日期, and the one fact about a line besides its text that the
    role passes read (a template's 署名 over a date still to fill: cn01)."""
    return p.look is not None and p.look.align == "right" and p.cell is None


_LOOK = attrgetter("look")


def set_right_indexes(paragraphs: Sequence[Paragraph]) -> list[int]:
    """The indexes of the paragraphs set flush right (:func:`set_right`), ascending. Those with
    no look in the file (every paragraph of a text file) are passed over in C: a Python call
    per paragraph cost ~1 ms a parse of corpus×3, and the parse runs at every typed heading and
    in each round of 修正全部序号's plan."""
    return [i for i in compress(count(), map(is_not, map(_LOOK, paragraphs), repeat(None)))
            if set_right(paragraphs[i])]


# The dot leader of a table of contents typed as text: a long run of periods (or of ·/．)
# ending the line, a page number after it or none (一、基本职能及主要工作............ 3). Seven
# marks at least: six periods are the typed ellipsis a writer means (标明安置地点......), which
# punctuation/ellipsis still reports (precision24: a 部门预算编制说明 of unseen24 lists its sections
# so, and each line was an ellipsis and the body's 一、 a repeat of the contents' 一、).
_LEADER = re.compile(r"(?:\.{7,}|·{7,}|．{7,})[ \t\u3000]*\d{0,4}[ \t\u3000]*$")


@text_cache
def toc_leader(text: str) -> tuple[int, int] | None:
    """(start, end) of the dot leader that ends ``text`` as a line of a table of contents does
    (the run of marks only, not the page number), or None."""
    m = _LEADER.search(text)
    if m is None:
        return None
    run = m.group().rstrip(" \t\u30000123456789")
    return m.start(), m.start() + len(run)
