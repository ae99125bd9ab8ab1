"""Roles of the paragraphs that are not numbered headings: title, 主送机关, 署名, 日期, junk….

These decide the layout of the export and where a new part (an attachment, an enclosed plan)
begins, which resets the numbering. The tests in tests/app/test_roles.py list the real shapes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress

from app.model import Role
from app.outline.head import (
    boxed_masthead,
    mark_masthead_above,
)
from app.outline.lines import (
    _DOC_NUMBER,
    _PLACEHOLDER_ONLY,
    _blank,
    _is_short_line,
    _looks_like_title,
    pictures_only,
)
from app.outline.lines import CLOSING as CLOSING  # (re-exported: the passes import them here)
from app.outline.lines import clean as clean
from app.outline.lines import edge as edge
from app.outline.lines import is_date_line as is_date_line
from app.textcache import sized_text_cache

# Text a document-sharing site adds around a report; never part of the report itself.
_JUNK = re.compile(
    "仅供学习|禁止外传|仅供参考|会员群|会员资料|订阅立享|免费QQ群|QQ群[:：]|微信群[:：]|倒卖|"
    "下载(?:更多|本文)|更多(?:资料|范文)|扫码(?:关注|加入)|实时分享|免费赠送|版权归|本文来源于|"
    "文档来源|原创(?:首发|文档)"
)
_JUNK_WINDOW = 15  # boilerplate sits at the top; look no further than this many non-blank lines

_SUBTITLE = re.compile(r"^[—－-]{1,2}")
_ATTACH_LABEL = re.compile(r"^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?$")
_ATTACH_NOTE = re.compile(r"^附\s*件\s*[：:]")
_NOTE = re.compile(r"^[（(][^（）()]*[）)]$")  # 附注 "（此件公开发布）", never a title
# 发文机关标志 of the 文件 form: the organ's name + 文件 (GB/T 9704 7.2.4), one short line
_ORGAN_FILE = re.compile(r"^[^\s，。：:；;！？、“”《》（）()]{2,28}文件$")
# The opening line of a block of its own after the body: notes to the text, a glossary, an
# appendix or an attachment list ("附件：1.……"). Items in it are numbered on their own.
_APPENDIX_START = re.compile(
    r"^(?:注释|注|名词解释|名词注释|附注|备注|附录|附表|附件)\s*"
    r"(?:[0-9０-９一二三四五六七八九十A-Z]{0,3}\s*)(?:[：:]|$)")


def is_attachment_label(text: str) -> bool:
    return bool(_ATTACH_LABEL.match(clean(text)))


def is_appendix_start(text: str) -> bool:
    """"注释：" / "名词解释" / "附录" / "附件：1.……": may open a block after the body."""
    t = clean(text)
    return bool(t) and t[0] in "注名附备" and bool(_APPENDIX_START.match(t))


def is_junk_line(text: str) -> bool:
    return bool(_JUNK.search(text))


# A report's own numbered line (一、 （一） 1. （1） 第一条): never a site's banner, whatever words
# it holds ("（三）……倒卖医保药品等问题" is a plan's point, not an anti-piracy notice).
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]"
                       r"|\d+[.．、]|第[一二三四五六七八九十百]+[条章节])")
_BANNER_MAX = 36  # a site's banner line is short; a longer one only with two of its phrases


def banner_line(text: str) -> bool:
    """A line a document-sharing site added: a junk phrase in a short line (or two in a long
    one), not a numbered line of the report."""
    t = clean(text)
    if _NUMBERED.match(t) or not is_junk_line(t):
        return False
    return len(t) <= _BANNER_MAX or len(set(_JUNK.findall(t))) >= 2


def junk_indexes(texts: list[str]) -> set[int]:
    """Boilerplate at the top: every line up to the last banner line among the first lines,
    unless the report has begun by then (a numbered line before it: then only the banner
    lines themselves)."""
    nonblank = []
    for i, t in enumerate(texts):
        if clean(t):
            nonblank.append(i)
            if len(nonblank) == _JUNK_WINDOW:
                break
    hits = [i for i in nonblank if banner_line(texts[i])]
    if not hits:
        return set()
    last = hits[-1]
    block = {i for i in nonblank if i <= last}
    if any(_NUMBERED.match(clean(texts[i])) for i in block):
        block = set(hits)
    # Keyword lines further down (a footer pasted from the site) are junk on their own.
    block.update(i for i, t in enumerate(texts) if len(clean(t)) <= 40 and banner_line(t))
    return block


def assign_front_and_back(texts: list[str], roles: list[Role | None], junk: set[int],
                          is_heading: list[bool], cells: set[int],
                          boxes: dict[int, str] | None = None,
                          right: set[int] | None = None) -> list[int]:
    """Fill roles for the front matter, signature blocks and part starts; return part starts.

    A part is a stretch numbered on its own: the report, then each attachment or enclosed plan.
    Table cells (``cells``) are data: never a title, a date or a part start, and a table does
    not end the front matter (a red-head template lays out 份号, 密级 and 发文字号 in tables).
    ``boxes``: the words in the text boxes of picture-only lines (:func:`head_box_text`);
    ``right``: the short lines the file sets flush right (:func:`app.outline.lines.set_right`).
    """
    boxes = boxes or {}
    right = right or set()
    part_starts = [0]
    n = len(texts)
    expect_title = True
    last_long = _last_long_line(texts)
    # Outside the front matter only these paragraphs do anything here: the rest is plain body
    # text (the loop would only note that no title is expected), skipped in one step.
    stops = sorted(set(compress(range(n), map(_not_plain, texts))).union(
        compress(range(n), roles), junk, right))
    i = 0
    while i < n:
        if not expect_title:
            k = bisect_left(stops, i)
            if k == len(stops):
                break
            i = stops[k]
        t = clean(texts[i])
        fixed = roles[i]
        if i in cells:
            if fixed is None and _blank(t):
                roles[i] = Role.BLANK
            elif fixed is None and expect_title and _DOC_NUMBER.match(t):
                # a red head laid out in a table (WPS templates): its 发文字号 is a cell, and
                # the line right above it is the 发文机关标志 (GB/T 9704 7.2.4)
                roles[i] = Role.DOC_NUMBER
                mark_masthead_above(texts, roles, i, cells)
            i += 1
            continue
        if fixed is not None:  # chosen by the user or a Word style: keep it, track the layout
            if fixed is Role.ATTACHMENT and t and is_attachment_label(t):
                part_starts.append(i)
                expect_title = True
            elif fixed is Role.DATE and last_long > i:
                part_starts.append(i + 1)
                expect_title = True
            elif fixed not in (Role.BLANK, Role.JUNK, Role.MASTHEAD, Role.DOC_NUMBER):
                # (a red head's lines: the document's title is still to come)
                expect_title = False
            i += 1
            continue
        if _blank(t):
            roles[i] = Role.BLANK
        elif i in junk:
            roles[i] = Role.JUNK
        elif t[0] == "附" and is_attachment_label(t):
            roles[i] = Role.ATTACHMENT
            part_starts.append(i)
            expect_title = True
        elif t[0] == "附" and _ATTACH_NOTE.match(t):
            roles[i] = Role.ATTACHMENT
        elif len(t) <= 24 and is_date_line(t):
            roles[i] = Role.DATE
            _mark_signature(texts, roles, i, is_heading)
            if last_long > i:  # real text follows: a new part (enclosed plan, attachment)
                part_starts.append(i + 1)
                expect_title = True
        elif not expect_title and i in right \
                and _closing_line(texts, i, cells, is_heading, last_long):
            roles[i] = Role.SIGNATURE  # set right at the end: the 署名 (its date still blank)
        elif expect_title and pictures_only(t):
            # a masthead's picture (a red line, an emblem): the title may follow; or the
            # 发文机关标志 itself, drawn in a text box
            if i in boxes and boxed_masthead(texts, i, boxes[i]):
                roles[i] = Role.MASTHEAD
        elif expect_title and _PLACEHOLDER_ONLY.match(t):
            roles[i] = Role.BODY  # a template's blank to fill (xxxxxx): no title, none yet
        elif expect_title and _DOC_NUMBER.match(t):
            roles[i] = Role.DOC_NUMBER  # 版头's 发文字号 (GB/T 9704 7.2.4): the title follows
        elif expect_title and _organ_file_mark(texts, i, cells):
            roles[i] = Role.MASTHEAD  # the title is still to come
        elif expect_title and _NOTE.match(t):
            roles[i] = Role.BODY  # 附注 between a signature block and the next part's title
        elif expect_title and not is_heading[i]:
            i = _front_matter(texts, roles, i, is_heading, cells)
            expect_title = False
            continue
        else:
            expect_title = False
        i += 1
    return sorted(set(part_starts))


def _organ_file_mark(texts: list[str], i: int, cells: set[int]) -> bool:
    """Whether line ``i`` is a 发文机关标志 "……文件" (GB/T 9704 7.2.4): the organ's name and 文件,
    with the 发文字号 or the red rule (a line shape) as the next line that is not blank. A
    title never ends in 文件 (关于转发……文件的通知 ends in its 文种); the look-ahead keeps a
    heading such as 学习文件 in a body out."""
    t = clean(texts[i])
    if not t.endswith("文件") or "关于" in t or not _ORGAN_FILE.match(t):
        return False
    for j in range(i + 1, min(len(texts), i + 6)):
        if j in cells:
            return False
        u = clean(texts[j])
        if not _blank(u):
            return bool(_DOC_NUMBER.match(u)) or pictures_only(u)
    return False


def _front_matter(texts: list[str], roles: list[Role | None], i: int,
                  is_heading: list[bool], cells: set[int]) -> int:
    """Title (possibly over several lines), subtitle/author lines, 发文字号, 主送机关; it ends
    at a table cell (the caller passes over tables), except in a table holding the 发文字号."""
    n = len(texts)
    t = clean(texts[i])
    if t.endswith(("：", ":")) and len(t) <= 80:
        roles[i] = Role.ADDRESSEE
        return i + 1
    if not _looks_like_title(t) or _DOC_NUMBER.match(t) or _NOTE.match(t):
        return i  # plain body: no title here (the caller then treats it as body)
    start = i
    roles[i] = Role.TITLE
    i += 1
    while i < n and i not in cells and _blank(clean(texts[i])):
        roles[i] = Role.BLANK
        i += 1
    # A title broken over lines: short lines without punctuation right below it.
    while i < n and i not in cells and roles[i] is None and _is_short_line(texts[i], 30) \
            and not is_heading[i] and not _DOC_NUMBER.match(clean(texts[i])) \
            and not _SUBTITLE.match(clean(texts[i])) and not is_date_line(texts[i]) \
            and not _next_is_subtitle_or_body(texts, i):
        roles[i] = Role.TITLE
        i += 1
    numbered = False
    number_table = False  # in the table that lays out the 发文字号
    while i < n:
        t = clean(texts[i])
        if i in cells:
            # a table under the title ends the front matter, unless it lays out the 发文字号
            # (with 签发人 or 签发日期 beside it): then what stood above was the red head's
            if not numbered and roles[i] is None and _DOC_NUMBER.match(t):
                roles[i], numbered, number_table = Role.DOC_NUMBER, True, True
            elif not number_table:
                return i
            elif roles[i] is None and _blank(t):
                roles[i] = Role.BLANK
            i += 1
            continue
        number_table = False
        if _blank(t):
            roles[i] = Role.BLANK
        elif _DOC_NUMBER.match(t):
            roles[i] = Role.DOC_NUMBER
            numbered = True
        elif numbered and pictures_only(t):
            pass  # the red rule under the 发文字号
        elif numbered and roles[i - 1] is not Role.SUBTITLE and not is_heading[i] \
                and not is_date_line(t) and not _SUBTITLE.match(t) and _looks_like_title(t):
            # What stood above the 发文字号 was the 发文机关标志 (GB/T 9704 7.2: 版头); the
            # document's own title follows the red rule.
            for j in range(start, i):
                if roles[j] is Role.TITLE:
                    roles[j] = Role.MASTHEAD
            return _front_matter(texts, roles, i, is_heading, cells)
        elif _SUBTITLE.match(t) or (roles[i - 1] == Role.SUBTITLE and _is_short_line(t, 30)
                                     and not is_heading[i]):
            roles[i] = Role.SUBTITLE
        elif t.endswith(("：", ":")) and len(t) <= 80 and not is_heading[i]:
            roles[i] = Role.ADDRESSEE
            return i + 1
        else:
            return i
        i += 1
    return i


def _next_is_subtitle_or_body(texts: list[str], i: int) -> bool:
    """A short line followed by a long sentence is the opening of the body, not the title;
    so is a line that opens with a label and its colon ("各单位：……", "WOWOWOW： 正文")."""
    t = clean(texts[i])
    return len(t) > 30 or "：" in t or t.endswith(":")


def _closing_line(texts: list[str], i: int, cells: set[int], is_heading: list[bool],
                  last_long: int) -> bool:
    """Whether the line the file sets flush right at ``i`` closes the text as its 署名 (GB/T
    9704 7.3.5): a short line, not a heading, a label ("三等奖：……") or a 附注, and after it
    the end, a table (the 版记), a date line, or an attachment or appendix that opens a part of
    its own; no more body text of its part. A template leaves the date under it blank (a form
    field to fill), so no date line marks it (cn01)."""
    t = clean(texts[i])
    if is_heading[i] or not _is_short_line(texts[i], 25) or _NOTE.match(t) or "：" in t \
            or ":" in t or _DOC_NUMBER.match(t) or t.startswith("附"):
        return False
    for j in range(i + 1, len(texts)):
        if j in cells:
            return last_long < j
        u = clean(texts[j])
        if _blank(u) or pictures_only(u):
            continue
        if is_attachment_label(u) or is_appendix_start(u):
            return True  # a part of its own follows
        return (is_date_line(u) or bool(_NOTE.match(u))) and last_long < j
    return True


def _mark_signature(texts: list[str], roles: list[Role | None], date_index: int,
                    is_heading: list[bool]) -> None:
    j = date_index - 1
    while j >= 0 and not clean(texts[j]):
        j -= 1
    if j >= 0 and roles[j] in (None, Role.BODY) and _is_short_line(texts[j], 25) \
            and not is_heading[j]:
        roles[j] = Role.SIGNATURE


@sized_text_cache(131072)
def _not_plain(text: str) -> bool:
    """False for a paragraph of plain body text, which :func:`assign_front_and_back` leaves
    alone outside the front matter: not blank, not opening with 附, not a short date line."""
    t = clean(text)
    return _blank(t) or t[0] == "附" or (len(t) <= 24 and is_date_line(t))


def _last_long_line(texts: list[str]) -> int:
    """The index of the last paragraph of real text (over 40 characters), -1 when none: real
    text follows paragraph i when it is greater than i. Found from the end, in a few steps."""
    for i in range(len(texts) - 1, -1, -1):
        if len(texts[i]) > 40 and len(clean(texts[i])) > 40:
            return i
    return -1
