"""The 版头 of a red-head 公文 (GB/T 9704-2012 7.2) where a template lays it out in a table or
draws it in a text box: passes :func:`app.outline.roles.assign_front_and_back` calls."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.model import InlineObject, Role
from app.outline.lines import (
    _DOC_NUMBER,
    _blank,
    _looks_like_title,
    clean,
    is_date_line,
    pictures_only,
)


def head_box_text(objects: Sequence[InlineObject]) -> str:
    """The words of a line's text boxes on one line ("XXXX人民政府"): Word templates draw the
    发文机关标志 in a text box anchored to an empty paragraph (cn07, cn08). "" when none."""
    return "".join(o.text.replace("\n", "").strip() for o in objects if o.kind == "textbox")


# 份号, 密级 and 紧急程度 (GB/T 9704 7.2.1–7.2.3): short head lines that are not the organ's
_SECRECY = re.compile(r"绝密|机密|秘密|特急|加急|平急|特提|^\d{6}$")


def boxed_masthead(texts: list[str], i: int, words: str) -> bool:
    """Whether the text boxes of picture line ``i`` (their ``words``) hold the 发文机关标志:
    one short line of Chinese words, no 密级 or 发文字号, and what follows it (the next line
    with anything in it) is the 发文字号, the title or another picture line."""
    if not (2 <= len(words) <= 40) or not _looks_like_title(words) or _SECRECY.search(words) \
            or _DOC_NUMBER.match(words) or is_date_line(words) \
            or not any("\u4e00" <= c <= "\u9fff" for c in words):
        return False
    for j in range(i + 1, min(len(texts), i + 8)):
        u = clean(texts[j])
        if not _blank(u):
            return bool(_DOC_NUMBER.match(u)) or pictures_only(u) or _looks_like_title(u)
    return False


def mark_masthead_above(texts: list[str], roles: list[Role | None], i: int,
                         cells: set[int]) -> None:
    """The 发文机关标志 above the 发文字号 at ``i`` (GB/T 9704 7.2.4 puts it right above): the
    nearest line with words above it, when it is a short line no role was given yet (a cell of
    the head's layout table, or a line the front matter took for a title) and not itself a
    发文字号. 份号, 密级 and 紧急程度 stand above the 发文机关标志, never right above the number."""
    j = i - 1
    while j >= 0 and (roles[j] is Role.BLANK or _blank(clean(texts[j]))):
        j -= 1
    if j < 0 or roles[j] not in (None, Role.TITLE):
        return
    t = clean(texts[j])
    if len(t) <= 40 and _looks_like_title(t) and not _DOC_NUMBER.match(t) \
            and (j in cells or roles[j] is Role.TITLE):
        roles[j] = Role.MASTHEAD
