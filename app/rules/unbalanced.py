"""punctuation/unbalanced: unpaired “” ‘’ （） 《》 【】 〔〕 within a paragraph.

Half-width and full-width brackets are paired with each other here ("村(社区）" is balanced);
their width is punctuation/width's business.

GB/T 15834 is the norm of Chinese text, so a paragraph in another language (letters, no Chinese
character: an English or Russian quotation, a reference list) is not read. Two marks that look
unpaired are not quote or bracket marks at all: "’" inside or at the end of a Latin word is an
apostrophe (Moody’s, users’), and a closer right after a short item number at the start of a
clause ("1)", "2）", "a)") is a list marker of the "1)" style, which other rules judge.

punctuation/nested-title: a 书名号 inside a 书名号 written 《》 again
(《关于印发《……办法》的通知》): GB/T 15834-2011 4.15.3, the inner pair is 〈〉 (recall24).
Only a pair wholly inside another in one paragraph is read; an unpaired one is
punctuation/unbalanced's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document, Role
from app.rules.base import RuleInfo, prose_paragraphs, scan_document
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

UNBALANCED = RuleInfo("punctuation/unbalanced", Severity.WARNING, "标点不成对",
                      "GB/T 15834-2011 4.1（引号）、4.2（括号）、4.9（书名号）")
NESTED = RuleInfo("punctuation/nested-title", Severity.WARNING, "书名号套用",
                  "GB/T 15834-2011 4.15.3：书名号里边还要用书名号时，"
                  "外面一层用双书名号，里边一层用单书名号")
RULES = [UNBALANCED, NESTED]

_OPEN = {"“": "”", "‘": "’", "（": "）", "(": "）", "《": "》", "【": "】", "〔": "〕", "「": "」"}
_CLOSE_ALIAS = {")": "）"}
_CLOSERS = set(_OPEN.values()) | set(_CLOSE_ALIAS)


_HAN = re.compile("[\u3400-\u9fff]")
# "1)" "12）" "a)" "B）" at the start of the text or of a clause: an item number, not a bracket
_ITEM_CLOSER = re.compile(r"(?:^|(?<=[\s：:；;，,。、]))(?:\d{1,2}|[A-Za-z])[)）]")


def _foreign(text: str) -> bool:
    """Text in another language: letters but no Chinese character. (A line of marks alone, such
    as a "（" that a web copy broke off its heading, is still read.)"""
    return not _HAN.search(text) and any(c.isalpha() for c in text)


def _is_apostrophe(text: str, pos: int, open_single: bool) -> bool:
    """Whether the "’" at pos is an apostrophe of a Latin word rather than a closing quote."""
    before = text[pos - 1] if pos else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if not (before.isascii() and before.isalpha()):
        return False
    return (after.isascii() and after.isalpha()) or not open_single


def _entities_decoded(text: str) -> str:
    """``text`` with each HTML entity of a paired mark (&#8220; &ldquo; &#65288; …) read as that
    mark, padded to the entity's length so the offsets stay: a web copy that left “ as &#8220;
    pairs it with its ”. hygiene/html-entity reports the entity; its partner is no unpaired
    mark (one mistake, one finding)."""
    from app.rules.hygiene import entity_spans, entity_text  # (here: hygiene is the bigger)

    out = list(text)
    for m in entity_spans(text):
        mark = entity_text(m.group()) or ""
        if len(mark) == 1 and (mark in _OPEN or mark in _CLOSERS):
            out[m.start():m.end()] = [mark] + ["\u3000"] * (m.end() - m.start() - 1)
    return "".join(out)


@text_cache
def unpaired(text: str) -> tuple[tuple[int, str], ...]:
    """Positions of unpaired quote/bracket characters, in order."""
    if "&" in text:
        text = _entities_decoded(text)
    stack: list[tuple[int, str]] = []
    bad: list[tuple[int, str]] = []
    items = {m.end() - 1 for m in _ITEM_CLOSER.finditer(text)} \
        if ")" in text or "）" in text else set()  # (every item closer is one of the two)
    # an odd straight " may close a “ (或 open a ”): punctuation/width reports that mark, and
    # the pair it completes is no unpaired mark
    odd = text.count('"') % 2 == 1
    for found in (_ANY_STRAIGHT if odd else _ANY).finditer(text):
        pos, c = found.start(), found.group()
        if c == '"':
            if stack and stack[-1][1] == "“":
                stack.pop()
            elif (nxt := _ANY.search(text, pos + 1)) and nxt.group() == "”":
                stack.append((pos, "“"))
            continue
        if c == "’" and _is_apostrophe(text, pos, any(o == "‘" for _, o in stack)):
            continue
        if pos in items and not any(o in "（(" for _, o in stack):
            continue
        if c in _OPEN:
            stack.append((pos, c))
        else:
            want = _CLOSE_ALIAS.get(c, c)
            if stack and _OPEN[stack[-1][1]] == want:
                stack.pop()
            elif any(_OPEN[o] == want for _, o in stack):
                # an opener inside was never closed: report it, match the outer one
                while stack and _OPEN[stack[-1][1]] != want:
                    bad.append(stack.pop())
                stack.pop()
            else:
                bad.append((pos, c))
    bad.extend(stack)
    return tuple(sorted(bad))


_ANY = re.compile("[“”‘’（）()《》【】〔〕「」]")
_ANY_STRAIGHT = re.compile("[“”‘’（）()《》【】〔〕「」\"]")
_NAMES = {  # mark → (its name, the name of its missing partner)
    "“": ("前引号", "后引号"), "”": ("后引号", "前引号"),
    "‘": ("单前引号", "单后引号"), "’": ("单后引号", "单前引号"),
    "（": ("前括号", "后括号"), "(": ("前括号", "后括号"),
    "）": ("后括号", "前括号"), ")": ("后括号", "前括号"),
    "《": ("前书名号", "后书名号"), "》": ("后书名号", "前书名号"),
    "【": ("前方头括号", "后方头括号"), "】": ("后方头括号", "前方头括号"),
    "〔": ("前六角括号", "后六角括号"), "〕": ("后六角括号", "前六角括号"),
    "「": ("前直角引号", "后直角引号"), "」": ("后直角引号", "前直角引号"),
}
_REACH = 2  # a pair broken over this many line breaks is a broken line, not a missing mark


def _pair_across_lines(bad: dict[int, list[tuple[int, str]]]) -> None:
    """Drop an opener left open at a paragraph's end that a closer in the next lines closes.

    Titles are set over several lines ("关于印发《政府网站集约化" / "试点工作方案》的通知") and
    web copies break lines inside book titles; the pair is complete, only the line is broken.
    """
    for i in sorted(bad):
        opens = [(p, c) for p, c in bad[i] if c in _OPEN]
        for pos, c in reversed(opens):
            want = _OPEN[c]
            for j in range(i + 1, i + 1 + _REACH):
                match = next(((p, d) for p, d in bad.get(j, []) if _CLOSE_ALIAS.get(d, d) == want),
                             None)
                if match:
                    bad[i].remove((pos, c))
                    bad[j].remove(match)
                    break


def _lead(text: str) -> int:
    """Offset of the first character that is not a space (len(text) when there is none)."""
    return len(text) - len(text.lstrip(" \t\u3000\u00a0"))


def _quote_over_paragraphs(texts: list[str], bad: dict[int, list[tuple[int, str]]]) -> None:
    """Drop the opening quotes of a quotation that runs over several paragraphs.

    GB/T 15834-2011 (引号): a quotation of more than one paragraph opens every paragraph with “
    and closes only the last one with ”. So a run of paragraphs whose one unpaired mark is the
    “ they begin with, followed by a paragraph that begins with “ and is balanced (it ends the
    quotation), is right. A run that no such paragraph ends is still reported.
    """
    def opens_only(i: int) -> bool:
        marks = bad.get(i)
        return marks is not None and len(marks) == 1 and marks[0] == (_lead(texts[i]), "“")

    def next_line(i: int, step: int) -> int | None:
        """The nearest paragraph before (step -1) or after (+1) ``i`` that is not blank."""
        j = i + step
        while 0 <= j < len(texts) and not texts[j].strip():
            j += step
        return j if 0 <= j < len(texts) else None

    # (only the lines around a paragraph that opens with its one unpaired “ are read: the
    # document's other paragraphs cannot start or end such a run)
    for i in sorted(i for i in bad if opens_only(i)):
        if not opens_only(i):
            continue  # in a run already found ended, and dropped
        before = next_line(i, -1)
        if before is not None and opens_only(before):
            continue  # not the first paragraph of its run
        run = [i]
        last = next_line(i, 1)
        while last is not None and opens_only(last):
            run.append(last)
            last = next_line(last, 1)
        if last is not None and last not in bad and texts[last][_lead(texts[last]):][:1] == "“":
            for k in run:
                bad[k] = []


def scan(text: str, role: Role, in_cell: bool) -> tuple[tuple[int, str], ...] | None:
    """The unpaired marks of one paragraph (None: none, or a paragraph not read)."""
    if role in (Role.JUNK, Role.BLANK) or not _ANY.search(text) or _foreign(text):
        return None
    return unpaired(text) or None


def combine(doc: Document, analysis: Analysis,
            hits: dict[int, tuple[tuple[int, str], ...]]) -> list[Finding]:
    """Findings from each paragraph's unpaired marks (:func:`scan`), less those that a quotation
    over several paragraphs or a line broken inside a pair accounts for."""
    out: list[Finding] = []
    if not hits:
        return out
    bad = {i: list(found) for i, found in hits.items()}
    _quote_over_paragraphs(doc.texts, bad)
    _pair_across_lines(bad)
    for i, marks in sorted(bad.items()):
        for pos, c in marks:
            name, other = _NAMES[c]
            out.append(UNBALANCED.finding(
                f"{name}「{c}」没有配对的{other}：标点符号应成对使用，"
                f"请补上{other}或删去多余的{name}", i, pos, pos + 1))
    return out


_INNER_TITLE = re.compile(r"《[^《》]*(《[^《》]*》)[^《》]*》")


def nested_titles(text: str) -> list[tuple[int, int]]:
    """(start, end) of each 《…》 wholly inside another 《…》 of the paragraph."""
    if text.count("《") < 2:
        return []
    return [m.span(1) for m in _INNER_TITLE.finditer(text)]


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out = combine(doc, analysis, scan_document(scan, doc, analysis))
    for i, text in prose_paragraphs(doc, analysis):
        for start, end in nested_titles(text):
            fix = Fix((Edit(i, start, start + 1, "〈"), Edit(i, end - 1, end, "〉")),
                      "里层改用单书名号〈〉")
            out.append(NESTED.finding(
                f"书名号“{text[start:end]}”套在另一书名号内：里层应改用单书名号"
                f"“〈{text[start + 1:end - 1]}〉”",
                i, start, end, fix=fix))
    return out
