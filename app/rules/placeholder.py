"""placeholder: template blanks left unfilled — X月X日, XX县, ××同志, XXX, 新XX建设, X次, and a
template's own instruction left in the text: "[此处输入正文内容]", "【请填写标题】", Word's content
control prompt "单击或点击此处输入文字。".

An X counts only where it stands for a Chinese word or a number: next to CJK characters or
digits, and not part of a Latin word (Windows XP), a fixed term (X光, X射线, 1+X证书), a single
multiplication sign (数据要素×) or a year (二〇〇四). Masks of * and × count before a unit or a
measure word (*镇, **村, ×年, ×%, ×亿), a year's last two digits masked (20**年, 20xx年), and
a number's last digits masked before a unit (1xx人); in a document number, the masked year
and serial of a template (〔20XX〕XX号).
Underscore slots count in prose (20__年, __月__日, __市), not on a form's fill-in line, and an
empty year bracket of a document number (〔〕28号).
A model the sentence offers as the form to follow is no blank: a quotation after 一般为, 通常为,
统一为, 格式为, 例如, 比如, 形如 (标题一般为“XX区人民政府第X次常务会议纪要”或“XX区XX专题会议纪要”,
precision22: a 会议纪要 guide of unseen22), and the quotations joined to it by 或, 、, 和; a
title in 《》 counts as a quotation, and 如 "such as" after ，（； is a cue too (标题形式：……，
如：《××县教育局关于表彰×××同志……的通报》, precision23: 公文 writing guides of unseen23); a
quotation after a plain 为 (主题为“XXX”) is a slot a template left, and stays.
An instruction counts only inside square or
lenticular brackets (a template's marks; "（请填写全称）" in a 回执 form is an instruction to
whoever fills the form in, and stays), or as Word's own prompt, which no author types.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Finding, Severity
from app.model import Document, Role
from app.rules.base import RuleInfo
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

PLACEHOLDER = RuleInfo("placeholder", Severity.ERROR, "占位符未填写",
                       "公文写作惯例：定稿不得保留模板占位符")
RULES = [PLACEHOLDER]

_X = "[XxＸｘ×╳]"
# One run of placeholders possibly joined by single CJK units: "X月X日", "X镇X村".
_UNIT = "[年月日号次个名村镇县区市乡]"
# (Latin letters and digits full-width too: "ｘｘkm" is a masked amount before a unit, read
# whole by _X_METRIC, not its first ｘ)
_LATIN = "A-Za-zＡ-Ｚａ-ｚ"
_RUN = re.compile(rf"(?<![{_LATIN}0-9０-９+＋]){_X}+(?:[\u4e00-\u9fff]{_X}+)*{_UNIT}?(?![{_LATIN}])"
                  "|○{2,}|〇{2,}")
_NOT = re.compile(r"^[XxＸｘ](?:光|射线|线)")
# Masks of other marks, which stand for something only before a unit: "*镇", "**村", "×年×月",
# two hyphens before a place's unit ("--镇", "在--街": not the dash ——, a writer's mark)
# (a lone × before a unit is a blank, not a product), "×%", and a year's last digits "20**年",
# "20××年". Not "带*号的为必填项" (the mark itself), "**加强领导**" (Markdown bold), "3×4".
_MASK_UNIT = "[年月日次个名村镇县区市乡%％亿万元户家项所吨亩]"
# Two or more asterisks also stand for a count before a measure word: 培训保育员**人,
# 排查隐患**处, 发放**件 (a single * before 人 or 件 is a footnote mark: 标*人员为新任).
_COUNT_UNIT = "[人处条件场期批台辆座间套起天]"
_MASK = re.compile(rf"(?<![A-Za-z0-9*×+＋])[*＊×]{{1,4}}(?={_MASK_UNIT})"
                   rf"|(?<![A-Za-z0-9*×+＋])[*＊]{{2,4}}(?={_COUNT_UNIT})"
                   r"|(?<![0-9])(?:19|20)(?:[XxＸｘ×*＊]{2})(?=年|〕)"
                   r"|(?<![A-Za-z0-9\-－])(?:--|－－)(?=[镇县乡村区市街])")
# A run of asterisks anywhere, to tell Markdown bold (**村级组织建设**) from masks: bold's
# closing run is followed by something that is no unit.
_STARS = re.compile(r"[*＊]{2,4}")
_ANY_UNIT = re.compile(f"{_MASK_UNIT}|{_COUNT_UNIT}")
_CLAUSE_MARK = re.compile("[、，。；：,;:]")
# A number whose last digits are masked before a Chinese unit: "流动人口1xx人", "7xx户" (two or
# more x: "7x24小时" is a product, "0x1F" a code).
_DIGIT_X = re.compile(r"(?<![A-Za-z0-9.０-９])[0-9０-９]{1,4}[XxＸｘ]{2,4}(?=[\u4e00-\u9fff%％])")
_XX = ("xx", "XX", "ｘｘ", "ＸＸ")  # (a cheap test before the pattern)
# A masked amount before a metric unit written in Latin letters, after a Chinese word: "毒饵XXkg",
# "新建道路Xkm" (a lone lower-case x is left: it starts too many words). Not clothing sizes
# (XL, XXL: L is no unit here) nor a Latin word (Xmas).
_X_METRIC = re.compile(r"(?<=[\u4e00-\u9fff])(?:[XＸ×]{1,4}|[xｘ]{2,4})"
                       r"(?=(?:kg|km|mg|ml|mm|cm|kWh|kW|MW|m[²³]?|t|ha)(?![A-Za-z]))")
# Underscore slots inside a sentence: "20__年", "__月__日", "聆听__市、__区的……". Only where a
# word or number follows at once and the paragraph is prose (has 。，；): a form's fill-in line
# ("姓名：________  性别：____", "填表日期：____年__月__日") is for whoever fills the form in.
_LINE_SLOT = re.compile(r"(?<![_＿A-Za-z0-9])(?:(?:19|20)\d?(?=[_＿]))?[_＿]{1,8}"
                        r"(?=[\u4e00-\u9fff0-9])"
                        r"|(?<=[“‘《])[_＿]{2,}(?=[”’》])")  # a quoted name left blank: “______”
_SENTENCE = re.compile("[。，；]")
# A document number's year left out: 国办发明电〔〕28号.
_EMPTY_YEAR = re.compile(r"〔\s*〕")
# "[此处输入正文内容]", "【请在此填写标题】": an instruction to type something, in template
# brackets; or Word's content-control prompt.
_ASK = r"(?:请|此处|在此|这里)[^\]］】〕]{0,12}?(?:输入|填写|填入|键入|录入|插入)"
_INSTRUCTION = re.compile("|".join(
    [rf"{re.escape(o)}(?:(?!{re.escape(c)}).){{0,12}}?{_ASK}(?:(?!{re.escape(c)}).){{0,16}}?"
     rf"{re.escape(c)}" for o, c in ("[]", "［］", "【】", "〔〕")]
    + ["(?:单击或点击|单击|点击|轻触)此处以?输入(?:文字|文本|日期)。?"]))


@text_cache
def placeholders(text: str) -> tuple[tuple[int, int], ...]:
    """[start, end) of each unfilled blank in ``text``."""
    hits = []
    for m in _RUN.finditer(text):
        s, e = m.start(), m.end()
        if _NOT.match(text[s:]) or not _in_chinese(text, s, e):
            continue
        if m.group(0)[0] == "×" and m.group(0).count("×") == 1:
            continue  # a single × is a product ("数据要素×", 3×4), not a blank
        if m.group(0)[0] in "○〇" and _near_numeral(text, s, e):
            continue  # 二〇〇四年 is a year
        hits.append((s, e))
    if "*" in text or "＊" in text or "×" in text or "20" in text or "19" in text or \
            "--" in text or "－－" in text:
        taken = list(hits) + _bold_marks(text)
        for m in _MASK.finditer(text):
            s, e = m.span()
            if not any(a < e and s < b for a, b in taken):  # (its unit is Chinese)
                hits.append((s, e + (1 if m.group(0)[0] not in "12" else 0)))
        hits.sort()
    if any(pair in text for pair in _XX):
        _add_apart(hits, _DIGIT_X, text)
    if "X" in text or "Ｘ" in text or "×" in text or "xx" in text or "ｘｘ" in text:
        _add_apart(hits, _X_METRIC, text)
    if ("_" in text or "＿" in text) and _SENTENCE.search(text):
        hits.extend(m.span() for m in _LINE_SLOT.finditer(text))
        hits.sort()
    if "〔" in text:
        hits.extend(m.span() for m in _EMPTY_YEAR.finditer(text))
        hits.sort()
    if "此" in text or "请" in text or "这里" in text:
        hits.extend(m.span() for m in _INSTRUCTION.finditer(text))
        hits.sort()
    if hits and ("“" in text or "《" in text):
        models = _model_quotes(text)
        hits = [h for h in hits if not any(a <= h[0] and h[1] <= b for a, b in models)]
    return tuple(hits)


# what announces a model to follow right before its opening quotation mark (or title mark): a
# cue word, or 如 "such as" opening a clause or a bracket (，如《××县教育局关于……的请示》)
_MODEL_CUE = re.compile(r"(?:(?:一般|通常|统一|格式|例如|比如|形如|譬如)"
                        r"(?:为|是|写作|写成|写为|如)?|(?<=[，,（(；;])如)[：:]?$")
_QUOTE = re.compile("“[^“”]*”|《[^《》]*》")


def _model_quotes(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` that the sentence offers as a model (see the docstring): after
    a cue, or joined by 或、和 to the model before them."""
    out: list[tuple[int, int]] = []
    for m in _QUOTE.finditer(text):
        joined = bool(out) and out[-1][1] < m.start() and \
            text[out[-1][1]:m.start()] in ("或", "、", "和", "或者")
        if joined or _MODEL_CUE.search(text, max(0, m.start() - 8), m.start()):
            out.append(m.span())
    return out


def _add_apart(hits: list[tuple[int, int]], pattern: re.Pattern[str], text: str) -> None:
    """Add to ``hits`` (sorted again) the spans of ``pattern`` in ``text`` that overlap none of
    the blanks found before."""
    taken = list(hits)
    hits.extend(m.span() for m in pattern.finditer(text)
                if not any(a < m.end() and m.start() < b for a, b in taken))
    hits.sort()


def _bold_marks(text: str) -> list[tuple[int, int]]:
    """The asterisk runs of Markdown bold pasted in (**人民至上**, **加强领导**人员): two runs
    of two or more asterisks around a phrase with no 、，。；： in it, one of them followed by no
    unit. Masks in a list (培训保育员**人、保姆**人) stay masks."""
    if "**" not in text and "＊＊" not in text:
        return []
    runs = list(_STARS.finditer(text))
    out: list[tuple[int, int]] = []
    k = 0
    while k + 1 < len(runs):
        a, b = runs[k], runs[k + 1]
        if not _CLAUSE_MARK.search(text, a.end(), b.start()) and (
                not _ANY_UNIT.match(text, a.end()) or not _ANY_UNIT.match(text, b.end())):
            out += [a.span(), b.span()]
            k += 2
        else:
            k += 1
    return out


# "65+N+X指标体系", "1+X": a letter joined to other terms by "+" is a named tier of a system the
# document defines; every bare use of that letter in the document means the tier, not a blank.
_TIER = re.compile(r"(?:[0-9A-Za-z]+[+＋])+([A-Za-zＸｘ])(?![A-Za-z])|(?<![A-Za-z])([A-Za-zＸｘ])"
                   r"(?:[+＋][0-9A-Za-z]+)+")
_BARE = re.compile(r"^[XxＸｘ]$")


def defined_tiers(texts: list[str]) -> set[str]:
    """Letters the document uses as a tier of a "N+X"-style system (upper-cased)."""
    tiers: set[str] = set()
    for text in texts:
        if "+" in text or "＋" in text:
            for m in _TIER.finditer(text):
                tiers.add((m.group(1) or m.group(2)).upper().replace("Ｘ", "X"))
    return tiers


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    tiers: set[str] | None = None  # read from the whole document only when a lone X shows up
    for i, text in enumerate(doc.texts):
        if analysis.roles[i] in (Role.JUNK, Role.BLANK) or not _MAYBE.search(text):
            continue
        for s, e in placeholders(text):
            if _BARE.match(text[s:e]):
                if tiers is None:
                    tiers = defined_tiers(doc.texts)
                if "X" in tiers:
                    continue  # the document's own "X" tier ("X类指标由各区自选")
            out.append(PLACEHOLDER.finding(
                f"占位符“{text[s:e]}”未填写：请替换为实际内容", i, s, e))
    return out


_MAYBE = re.compile("[XxＸｘ×╳○〇*＊_＿〔]|此处|在此|请|这里|--|－－")


def _is_cjk(c: str) -> bool:
    # (a document number's year brackets too: 〔2025〕XX号)
    return "\u4e00" <= c <= "\u9fff" or c in "“”（）、，。：；〔〕"


def _in_chinese(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    return (bool(before) and (_is_cjk(before) or before.isdigit())) or \
        (bool(after) and (_is_cjk(after) or after.isdigit())) or (not before and not after)


def _near_numeral(text: str, s: int, e: int) -> bool:
    numerals = "〇○零一二三四五六七八九十"
    return (s > 0 and text[s - 1] in numerals) or (e < len(text) and text[e] in numerals)
