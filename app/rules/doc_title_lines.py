"""Where a document's 公文 titles are, for the title/* checks (:mod:`app.rules.doc_title`): its
own title's lines joined (a long title set on two or three lines, layout spaces dropped), a first
line that is a title but for an end mark after its 文种 (which the outline therefore read as body
text), and the 《》 titles a paragraph cites."""

from __future__ import annotations

import re

from app.model import Role
from app.rules.doc_title_body import DOC_TYPES

_TYPE_ALT = "|".join(sorted(DOC_TYPES, key=len, reverse=True))

_CITED = re.compile(r"《([^《》]*(?:《[^《》]*》[^《》]*)*)》")


def cited_titles(text: str) -> list[tuple[int, str]]:
    """(offset, inner text) of the 《》 titles in a paragraph that look like 公文 titles."""
    out = []
    for m in _CITED.finditer(text):
        inner = m.group(1)
        if "关于" in inner:
            out.append((m.start(1), inner))
    return out


def title_runs(roles: list[Role]) -> list[list[int]]:
    """Consecutive TITLE paragraphs: a long title is set on two or three lines."""
    runs: list[list[int]] = []
    for i, role in enumerate(roles):
        if role != Role.TITLE:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def joined_title(texts: list[str], run: list[int]) -> tuple[str, list[tuple[int, int]]]:
    """The title of a run with layout spaces dropped ("国 家 粮 食 应 急 预 案 的 函") and a
    trailing note in parentheses cut off, plus where each character came from."""
    chars: list[str] = []
    where: list[tuple[int, int]] = []
    for i in run:
        for k, c in enumerate(texts[i]):
            if c.isspace() or c in "\ufffc\u2028":
                continue
            chars.append(c)
            where.append((i, k))
    title = "".join(chars)
    m = re.search(r"[（(][^（）()]*[）)]$", title)
    if m and m.start() > 0:
        title = title[:m.start()]
        where = where[:m.start()]
    return title, where


# A first line that is a 公文 title but for the sentence mark after its 文种: the outline takes
# it for body text (a title has no end mark), so it is looked at here.
# The 事务文书 kinds (总结, 方案, 要点 …) are no 文种 of 条例第八条 but their titles follow the same
# form (关于……工作的总结) and, as titles, take no end mark either (GB/T 9704-2012 7.3.2: 标题
# is a line of its own, no sentence)
_PAPER_KINDS = "总结|方案|计划|规划|要点|办法|细则|预案|汇报|规则"
_TITLE_WITH_END = re.compile(rf"^\s*[^\s，。；：！？、]{{0,30}}关于\S{{2,80}}的"
                             rf"(?:{_TYPE_ALT}|{_PAPER_KINDS})"
                             r"([。．.，,；;！!、：:]+)\s*$")


def title_with_end_mark(texts: list[str], roles: list[Role]) -> tuple[int, int, int] | None:
    """The first line, when it is a 关于-title ending in 。，；！、： (关于……的通知。): its
    index and the marks' span."""
    for i, text in enumerate(texts[:8]):
        if roles[i] in (Role.JUNK, Role.BLANK) or not text.strip():
            continue
        if roles[i] not in (Role.BODY, Role.TITLE):
            return None
        m = _TITLE_WITH_END.match(text)
        if m is None:
            return None
        return i, m.start(1), m.end(1)
    return None
