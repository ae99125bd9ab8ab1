"""formulation/*: the fixed formulations (规范提法) of party and state documents.

The formulations live in ``app/data/formulations.json`` with, for each, the document that fixes
it and where its wording was checked (see that file's "about"). Four checks:

- ``formulation/order``: the members of a fixed list in another order ("道路自信、制度自信、理论
  自信、文化自信"). Needs three members in one enumeration, or two next to the formulation's
  name, so that a free list that happens to share two words is left alone.
- ``formulation/member``: a wrong member ("政治意识、大局意识、核心意识、服从意识") or a missing
  one ("创新、协调、绿色、开放的新发展理念"). Only where the enumeration is tied to the
  formulation (its name right before or after the list) or the list is a closed one whose
  members say what it is, because a partial quotation ("坚持创新、协调发展") is legitimate.
- ``formulation/count``: a wrong number in a numbered name ("三个意识"); older official counts
  ("三个自信", 2012) are reported as info only, and not at all in a sentence about the older
  form itself ("党的十八大报告提出“三个自信”").
- ``formulation/wording``: a fixed name or phrase written wrongly ("以习近平总书记为核心的党中央",
  "国际国内双循环"); ``formulation/collocation``: the verb that goes with a numbered name
  (增强“四个意识”、坚定“四个自信”、做到“两个维护”).

Everything is computed per paragraph text and cached, so re-checking after an edit only looks
at the paragraphs that changed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document
from app.outline.numerals import parse_chinese
from app.rules.base import Raw, RuleInfo, prose_paragraphs
from app.rules.formulation_changed import changed_forms
from app.rules.formulation_data import (
    _any_phrase,
    _collocation_patterns,
    _count_pattern,
    _data,
    _has_company,
    _inner,
    _member_pattern,
    _phrase_patterns,
    _sentence_around,
    _short,
    written_as,
)
from app.rules.formulation_forms import short_form_hits, swapped_form_hits
from app.rules.formulation_lists import MEMBER_ID, ORDER_ID, enumerations
from app.rules.formulation_names import misspelt_names, unquoted_names
from app.rules.formulation_pairs import slogan_halves
from app.rules.placeholder import placeholders
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

_NORM = "党和国家重要文件的固定提法（每条提示注明出处文件）"
ORDER = RuleInfo(ORDER_ID, Severity.WARNING, "提法顺序", _NORM)
MEMBER = RuleInfo(MEMBER_ID, Severity.WARNING, "提法缺项或错项", _NORM)
COUNT = RuleInfo("formulation/count", Severity.WARNING, "提法数字", _NORM)
WORDING = RuleInfo("formulation/wording", Severity.WARNING, "提法用词", _NORM)
COLLOCATION = RuleInfo("formulation/collocation", Severity.INFO, "提法搭配", _NORM)
RULES = [ORDER, MEMBER, COUNT, WORDING, COLLOCATION]
_BY_KEY = {r.id: r for r in RULES}

@text_cache
def paragraph_findings(text: str) -> tuple[Raw, ...]:
    """Every formulation finding in one paragraph's text."""
    out: list[Raw] = []
    if _any_phrase().search(text):
        out += _phrases(text)
        out += _collocations(text)
    out += _counts(text)
    out += slogan_halves(text)
    # a swap before a word left out: 做强做大做优 also holds the short form 做强做大
    out += _swapped_forms(text, [(r.start, r.end) for r in out])
    out += _short_forms(text, [(r.start, r.end) for r in out])
    if "“" in text:  # “两个唯护” for “两个维护”
        out += written_as(WORDING.id, text, misspelt_names(text))
    out += [Raw(WORDING.id, a, b, f"规范提法“{text[a:b]}”应加引号（出处：{_short(source)}）",
                f"“{text[a:b]}”") for a, b, source in unquoted_names(text)]
    out += changed_forms(text, [(r.start, r.end) for r in out], WORDING.id)  # 新世代 for 新时代
    if "、" in text:
        hits = [m.start() for m in _member_pattern().finditer(text)]
        if len(hits) >= 2:  # (a listed wrong phrase already covering the place is kept, as
            taken = [(r.start, r.end) for r in out]  # for the short and swapped forms)
            out += [r for r in enumerations(text, hits)
                    if not any(s < r.end and r.start < e for s, e in taken)]
    return tuple(sorted(out, key=lambda r: (r.start, r.rule)))


def _phrases(text: str) -> list[Raw]:
    out = []
    for pattern, e in _phrase_patterns():
        for m in pattern.finditer(text):
            if m.group() == e["right"]:
                continue
            if _blank_head(text, m.start(), e["right"], m.group()):
                continue
            sev = Severity(e.get("severity", "warning"))
            start = _typed_head(text, m.start(), e["right"], m.group())
            out.append(Raw(WORDING.id, start, m.end(),
                           f"规范提法为“{_inner(e['right'])}”，此处写作“{_inner(text[start:m.end()])}”"
                           f"（出处：{_short(e['source'])}）",
                           e["right"], sev))
    return out


def _typed_head(text: str, start: int, right: str, found: str) -> int:
    """Where the fixed form's head is missing before ``found`` (习近平 before 新时代……思想) but the
    text typed the head's first characters (以习近新时代……: unseen21), the span starts there, so
    the fix replaces them too instead of putting the whole head after them."""
    if not right.endswith(found) or len(right) == len(found):
        return start
    head = right[:len(right) - len(found)]
    return next((start - k for k in range(len(head) - 1, 0, -1)
                 if text[max(0, start - k):start] == head[:k]), start)


def _blank_head(text: str, start: int, right: str, found: str) -> bool:
    """The fixed form's head is missing before ``found`` and a template blank stands right
    there (坚持以XXX新时代中国特色社会主义思想为指引: a page that masked the name, unseen23):
    placeholder reports the blank; filled in, the phrase is the fixed form."""
    return right.endswith(found) and len(right) > len(found) and \
        any(b == start for _a, b in placeholders(text))


def _short_forms(text: str, taken: list[tuple[int, int]]) -> list[Raw]:
    """A fixed phrase with a word left out inside it (:func:`short_form_hits`); where another
    finding already covers the place (a listed wrong phrase), that one is kept."""
    return [Raw(WORDING.id, a, b, f"规范提法为“{right}”，此处缺字（出处：{_short(source)}）", right)
            for a, b, right, source in short_form_hits(text)
            if not any(s < b and a < e for s, e in taken)]


def _swapped_forms(text: str, taken: list[tuple[int, int]]) -> list[Raw]:
    """A fixed phrase with two neighbouring parts swapped (:func:`swapped_form_hits`):
    做强做大做优 → 做强做优做大; where another finding covers the place, that one is kept."""
    return [Raw(ORDER.id, a, b, f"规范提法为“{right}”，此处顺序有误（出处：{_short(source)}）",
                right)
            for a, b, right, source in swapped_form_hits(text)
            if not any(s < b and a < e for s, e in taken)]


def _collocations(text: str) -> list[Raw]:
    out = []
    for pattern, e in _collocation_patterns():
        for m in pattern.finditer(text):
            out.append(Raw(COLLOCATION.id, m.start(), m.end(),
                           f"固定搭配为“{e['verb']}‘{e['name']}’”（出处：{_short(e['source'])}）"))
    return out


def _counts(text: str) -> list[Raw]:
    out: list[Raw] = []
    by_noun: dict[str, dict[str, Any]] = {}
    for m in _count_pattern().finditer(text):
        if not by_noun:  # (made only where a count is written: most paragraphs have none)
            by_noun = {c["noun"]: c for c in _data()["counts"]}
        c = by_noun[m.group(2)]
        after = text[m.end():m.end() + 4]
        if c.get("follow_not") and after.startswith(c["follow_not"]):
            continue
        if c.get("follow") and not re.match(c["follow"], after):
            continue
        number = m.group(1)
        if c.get("needs_company") and not _has_company(text, m.start(), m.end(), c["noun"]):
            continue
        before = text[m.start() - 1] if m.start() else ""
        quoted = before in ("“", '"') or "“" in m.group()
        if c.get("needs_quote_or_company") and not quoted and \
                not _has_company(text, m.start(), m.end(), c["noun"]):
            continue
        if number == c["number"] or parse_chinese(number) == parse_chinese(c["number"]):
            continue
        if number in c.get("historical", {}):
            sentence = _sentence_around(text, m.start())
            if any(w in sentence for w in c.get("historical_context", ())):
                continue  # the sentence is about the older form itself
            out.append(Raw(COUNT.id, m.start(1), m.end(1),
                           f"“{number}个{c['noun']}”是旧提法（{c['historical'][number]}），"
                           f"现行为“{c['name']}”（{c['source']}）", c["number"], Severity.INFO))
            continue
        out.append(Raw(COUNT.id, m.start(1), m.end(1),
                       f"应为“{c['name']}”，此处写作“{number}个{c['noun']}”（出处：{_short(c['source'])}）",
                       c["number"]))
    return out


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    for i, text in prose_paragraphs(doc, analysis):
        for r in paragraph_findings(text):
            info = _BY_KEY[r.rule]
            fix = None
            if r.replacement is not None:
                fix = Fix((Edit(i, r.start, r.end, r.replacement),), f"改为“{r.replacement}”")
            out.append(info.finding(r.message, i, r.start, r.end, fix=fix, severity=r.severity))
    return out
