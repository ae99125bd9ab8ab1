"""punctuation/width: half-width , ; : ? ! ( ) and straight quotes in Chinese text (GB/T 15834 3.1).

Only punctuation touching a Chinese character is flagged: "8:30", "1,000", "Windows 10 (x64)"
and English sentences are left alone. A "," ";" ":" between a number (or %) and Chinese text
("增长10.1%;地方", "时间:8时") is Chinese punctuation too, and so is a "," inside a run of numbers
that Chinese text touches where it is no thousands separator: after a percentage
("增长22.2%,28.6%和15%") or between numbers not grouped by three ("第3,5,7条", "2019,2020年",
which take 、: GB/T 15834 4.5.3.1, a pause between coordinate items). ASCII straight quotes
around Chinese text ("放管服") become “”. The fix swaps in the full-width mark.

A "." that ends a Chinese sentence ("意识明显增强." or "较好.下一步") is a 句号 typed in half
width: one after a Chinese character (or a closing mark after one), before the paragraph's end,
a Chinese character or an opening mark. Left alone: a reference list's entries (GB/T 7714 writes
"王某. 题名[J]. 刊名" with half-width points), a web address, and a heading's "一." (the
numbering rules' finding).

punctuation/ellipsis: an ellipsis typed as half-width periods ("问题...需要") beside Chinese
text, for the six dots of "……" (GB/T 15834-2011 4.11). A lone "…" is left alone: fonts and
input methods differ in how they give it; "。。。" is hygiene/doubled-punct's.

punctuation/approx-comma: a 顿号 between two neighbouring numerals that together give an
approximate number ("三、四个月" → 三四个月, "十五、六岁" → 十五六岁, "二、三十年" → 二三十年;
GB/T 15834-2011, 顿号: 相邻或相近两数字连用表示概数通常不用顿号). The same two numerals
naming two things keep it ("第三、四季度", "一、二线城市", "二、三产业", "三、四月份",
"七、八十年代": 若相邻两数字连用为缩略形式，宜用顿号), so only a count follows: a measure
word or unit of quantity (个 名 人 天 年 次 岁 倍 万 …), never an ordinal's (季度 月 年级 号
期 届 线 类 级 产业 …), and nothing after 第. A list of three or more numerals ("一、二、三
类") and a heading's own marker are left alone.

punctuation/range-dash: a hyphen (or en dash) typed for the 连接号 of a range in Chinese text
(GB/T 15834-2011 4.13.3): the start and end of a time take the 一字线 "—" ("2021-2025年" →
"2021—2025年", "1-6月" → "1—6月"), a range of values the 浪纹线 "～" ("90-100万元" → "90～100万元",
"3-5个" → "3～5个"). Only two numbers that make a range (the first smaller, a unit or 年/月
after the second), so dates (2024-01-05), phone numbers, standard numbers (GB/T 9704-2012) and
codes are left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document, Role
from app.outline.lines import toc_leader
from app.rules.base import RuleInfo
from app.rules.hygiene import entity_spans, lost_questions
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

WIDTH = RuleInfo("punctuation/width", Severity.WARNING, "半角标点",
                 "GB/T 15834-2011 3.1：中文文本使用全角标点")
ELLIPSIS = RuleInfo("punctuation/ellipsis", Severity.WARNING, "省略号写法",
                    "GB/T 15834-2011 4.11：省略号的形式为“……”，占两个字的位置")
APPROX_COMMA = RuleInfo("punctuation/approx-comma", Severity.WARNING, "概数误用顿号",
                        "GB/T 15834-2011（顿号）：相邻或相近两数字连用表示概数通常不用顿号")
RANGE_DASH = RuleInfo("punctuation/range-dash", Severity.WARNING, "连接号误用",
                      "GB/T 15834-2011 4.13.3：标示时间起止用一字线“—”，标示数值范围用浪纹线“～”")
RULES = [WIDTH, ELLIPSIS, APPROX_COMMA, RANGE_DASH]

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_ANY = re.compile(r"[,;:?!()\"']")
_NUMBERISH = frozenset("0123456789%％")
_CLOSERS = "）”’》」』"
_OPENERS = "“‘（《「『"
# a GB/T 7714 entry's type code: [J] [M] [N] [C] [D] [R] [S] [Z] [EB/OL] …
_REFERENCE = re.compile(r"\[[A-Z]{1,2}(?:/OL)?\]")
# a heading's numeral before a "." (一. 第三章. （二).): numbering/marker's finding
_LONE_PERIOD = re.compile(r"(?<!\.)\.(?!\.)")
_NUMERAL_HEAD = re.compile(r"[\s\u3000]*(?:第?[一二三四五六七八九十百零〇]+[章节条部分]?"
                           r"|[（(][一二三四五六七八九十]+[）)])")


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"


@text_cache
def half_width_marks(text: str, skip_to: int = 0) -> tuple[tuple[int, str], ...]:
    """(offset, mark) of each half-width mark inside Chinese text, past a heading marker. None
    in a reference list's entry, which GB/T 7714 writes with half-width marks (陈登原. 国史旧闻:
    第1卷[M]. 北京: 中华书局, 2000: 29.)."""
    if "[" in text and _REFERENCE.search(text):
        return ()
    lost = {start for start, _ in lost_questions(text)} if "?" in text else set()
    if "&" in text:  # the ; of an HTML entity left by a web copy is hygiene's finding
        lost.update(m.end() - 1 for m in entity_spans(text))
    marks = [(m.start(), m.group()) for m in _ANY.finditer(text, skip_to)
             if m.group() not in "\"'" and m.start() not in lost
             and _flag(text, m.start(), m.group())]
    if '"' in text:
        marks += _straight_quotes(text, skip_to, '"', "“”")
    if "'" in text:
        marks += _straight_quotes(text, skip_to, "'", "‘’")
    return tuple(sorted(marks))


def _straight_quotes(text: str, skip_to: int, quote: str, pair: str) -> list[tuple[int, str]]:
    """Pairs of " (or ') that enclose Chinese text: the opener reads “ (‘) and the closer ” (’).
    An apostrophe of English text (don't) encloses no Chinese and is left alone."""
    found: list[tuple[int, str]] = []
    quotes = [m.start() for m in re.finditer(quote, text) if m.start() >= skip_to]
    if quote == '"' and len(quotes) % 2:
        mixed = _mixed_quote(text, quotes)
        if mixed is not None:
            found.append(mixed)
            quotes.remove(mixed[0])
    for opener, closer in zip(quotes[::2], quotes[1::2], strict=False):
        inside = text[opener + 1:closer]
        if quote == "'" and not all(_cjk(c) or c.isdigit() for c in inside):
            continue  # an apostrophe of English text or code
        if inside and any("\u4e00" <= c <= "\u9fff" for c in inside):
            found += [(opener, pair[0]), (closer, pair[1])]
    return found


def _mixed_quote(text: str, quotes: list[int]) -> tuple[int, str] | None:
    """The odd straight " that pairs with a Chinese quote mark (“称号" → ”, "称号” → “): the
    nearest quote mark before it is an open “ (or the nearest after it a closing ”) with Chinese
    text between; one mark of the pair was typed in the other width."""
    for q in quotes:
        before = max((text.rfind(c, 0, q) for c in '“”"'), default=-1)
        if before >= 0 and text[before] == "“" and _HAN_IN.search(text, before + 1, q):
            return q, "”"
        after = min((i for c in '“”"' if (i := text.find(c, q + 1)) >= 0), default=-1)
        if after >= 0 and text[after] == "”" and _HAN_IN.search(text, q + 1, after):
            return q, "“"
    return None


_HAN_IN = re.compile("[\u4e00-\u9fff]")
_DOTS = re.compile(r"\.{3,6}")


@text_cache
def typed_ellipses(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each ellipsis typed as three to six periods beside a Chinese character
    or mark (not "1...10", a range, nor "etc..." of English text). At a paragraph's end too
    (标明安置地点...): a web page cutting its text so is no writer's, but the norm is the same."""
    out = []
    leader = toc_leader(text)  # a contents line's dot leader is no ellipsis (precision24)
    for m in _DOTS.finditer(text):
        a, b = m.span()
        if leader is not None and leader[0] <= a < leader[1]:
            continue
        if (a and _cjk(text[a - 1])) or (b < len(text) and _cjk(text[b])):
            out.append((a, b))
    return tuple(out)


@text_cache
def sentence_periods(text: str, skip_to: int = 0) -> tuple[int, ...]:
    """Offsets of each "." that ends a Chinese sentence (see the module's docstring)."""
    if _REFERENCE.search(text):
        return ()
    out = []
    for m in _LONE_PERIOD.finditer(text, max(skip_to, 1)):  # (not an ellipsis nor a "..")
        pos = m.start()
        before = text[pos - 1]
        if not (_HAN_IN.match(before) or (before in _CLOSERS and pos >= 2
                                          and _HAN_IN.match(text[pos - 2]))):
            continue
        j = pos + 1
        while j < len(text) and text[j] in " \u3000":  # the next mark, past spaces
            j += 1
        if j < len(text) and not (_HAN_IN.match(text[j]) or text[j] in _OPENERS):
            continue
        window = text[max(0, pos - 40):pos]
        if "http" in window or "www" in window:
            continue
        if _NUMERAL_HEAD.fullmatch(text, 0, pos):
            continue  # "一." as a heading's marker: numbering/marker's
        out.append(pos)
    return tuple(out)


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    for i, text in enumerate(doc.texts):
        if analysis.roles[i] in (Role.JUNK, Role.BLANK):
            continue
        marker = analysis.markers[i] if analysis.markers else None
        skip_to = marker.end if marker is not None else 0  # (a heading's marker is not text)
        if "、" in text:
            for a, b in approximate_commas(text, skip_to):
                fix = Fix((Edit(i, a, a + 1, ""),), "删除“、”")
                out.append(APPROX_COMMA.finding(
                    f"“{text[a - 1:b]}”表示概数，相邻数字连用不加顿号，应为"
                    f"“{text[a - 1] + text[a + 1:b]}”", i, a - 1, b, fix=fix))
            for a, b in approximate_digit_commas(text, skip_to):
                words = "".join("〇一二三四五六七八九"[int(d)] for d in text[a:b:2])
                fix = Fix((Edit(i, a, b, words),), f"改为“{words}”")
                out.append(APPROX_COMMA.finding(
                    f"“{text[a:b]}”表示概数，相邻两数字连用表示概数用汉字且不加顿号，应为“{words}”",
                    i, a, b, fix=fix))
        if "-" in text or "－" in text or "–" in text or "~" in text:
            for pos, dash, span in range_dashes(text):
                fix = Fix((Edit(i, pos, pos + 1, dash),), f"改为“{dash}”")
                out.append(RANGE_DASH.finding(
                    f"“{text[span[0]:span[1]]}”表示{'时间起止' if dash == '—' else '数值范围'}，"
                    f"连接号应为“{dash}”", i, span[0], span[1], fix=fix))
        if "..." in text:
            for a, b in typed_ellipses(text):
                fix = Fix((Edit(i, a, b, "……"),), "改为“……”")
                out.append(ELLIPSIS.finding(f"省略号应为“……”，不用“{text[a:b]}”", i, a, b,
                                            fix=fix))
        if "." in text:
            for pos in sentence_periods(text, skip_to):
                fix = Fix((Edit(i, pos, pos + 1, "。"),), "改为全角“。”")
                out.append(WIDTH.finding("中文句末使用了半角“.”，应为句号“。”", i, pos, pos + 1,
                                         fix=fix))
        if "<" in text:
            out += _angle_titles(text, i)
        if not _ANY.search(text):
            continue
        for pos, c in half_width_marks(text, skip_to):
            if c in "“”‘’":
                straight = '"' if c in "“”" else "'"
                fix = Fix((Edit(i, pos, pos + 1, c),), f"改为“{c}”")
                out.append(WIDTH.finding(
                    f"中文文本中使用了英文直引号“{straight}”，应为中文引号“{c}”",
                    i, pos, pos + 1, fix=fix))
                continue
            full = _FULL[c]
            if c == "," and text[pos + 1:pos + 2].isdigit():
                full = _list_comma(text, pos) or full
            fix = Fix((Edit(i, pos, pos + 1, full),), f"改为全角“{full}”")
            out.append(WIDTH.finding(f"中文文本中使用了半角“{c}”，应为全角“{full}”",
                                     i, pos, pos + 1, fix=fix))
    return out


# a title in ASCII angle brackets (印发<柞水县机构改革方案>的通知): Chinese from its first
# character, no sentence mark inside (温度<5℃，湿度>80% compares numbers)
_ANGLED = re.compile(r"<([\u4e00-\u9fff][^<>，。；！？\n]{0,40})>")


def _angle_titles(text: str, i: int) -> list[Finding]:
    """Titles marked with ASCII < >: GB/T 15834 4.15 marks a title with 《》, and one inside
    another title's 《》 with 〈〉."""
    out = []
    for m in _ANGLED.finditer(text):
        inner = text.count("《", 0, m.start()) > text.count("》", 0, m.start())
        left, right = ("〈", "〉") if inner else ("《", "》")
        fix = Fix((Edit(i, m.start(), m.start() + 1, left), Edit(i, m.end() - 1, m.end(), right)),
                  f"改为“{left}{right}”")
        where = "书名号内的书名" if inner else "书名、篇名"
        out.append(WIDTH.finding(f"{where}应使用“{left}{right}”，不用英文尖括号“<>”",
                                 i, m.start(), m.end(), fix=fix))
    return out


_DIGIT = {c: n for n, c in enumerate("一二三四五六七八九", 1)} | {"两": 2}
# the measure words and units of quantity a count takes (not an ordinal's: 年级, 年代, 周年)
_COUNTS = ("个|名|人|天|年(?![级度代初中底末份])|次|家|项|件|种|岁|所|位|户|倍|遍|周(?!年)|"
           "小时|分钟|公里|千米|米|元|成|篇|页|张|台|辆|亩|吨|斤|公斤|套|份|场|座|栋|间|株|头|只")
# two numerals, 、 between them, then a count: the second may take 十/百/千/万/亿 (二、三十年)
# and 多/余; what follows is a measure word or unit of quantity, not an ordinal's, or the
# numerals are a fraction's (百分之二、三)
_APPROX = re.compile(
    r"(?<![第\d零〇一二两三四五六七八九十百千万、])(?:[一二三四五六七八九]?十)?"
    r"([一二两三四五六七八九])、([一二两三四五六七八九])(?![、])"
    r"((?:[十百千万亿]{0,2})(?:多|余)?)"
    rf"({_COUNTS})?")
# the two numerals and their 、 that every match of _APPROX holds (a scan from its class)
_APPROX_CORE = re.compile("[一二两三四五六七八九]、[一二两三四五六七八九]")
_CLAUSE_START = "。；：:;！？!?"  # where a sequence marker may stand in running text
# 二、三次产业, 一、二次供水: 次 there makes an ordinal of a compound noun, not a count
_ORDINAL_CI = re.compile("次(?:产业|供水|能源|分配|创业|开发|污染|元)")
# 分获一、二名, 排名一、二位: places in a ranking, not a count of people
_RANKED = re.compile("(?:获|得|居|列|排|夺|占|名)(?:了|第)?$")


def _marker_or_place(text: str, start: int, unit: str | None) -> bool:
    """The two numbers at ``start`` are no approximate number: a sequence marker, in a heading
    or in running text (三、四个方面), or places in a ranking (分获一、二名)."""
    if start == 0 or text[start - 1] in _CLAUSE_START:
        return True
    return unit in ("名", "位") and _RANKED.search(text, max(0, start - 3), start) is not None


@text_cache
def approximate_commas(text: str, skip_to: int = 0) -> tuple[tuple[int, int], ...]:
    """(position of the 、, end of the number) of each 顿号 that splits an approximate number:
    the two numerals neighbours (三、四; 一、两) or the customary 三、五, a count after them."""
    out: list[tuple[int, int]] = []
    if not _APPROX_CORE.search(text, skip_to):
        return ()
    for m in _APPROX.finditer(text, skip_to):
        first, second = _DIGIT[m.group(1)], _DIGIT[m.group(2)]
        if not (second == first + 1 or (first, second) == (3, 5)):
            continue  # two numbers apart (一、五): a list
        unit = m.group(4)
        if _marker_or_place(text, m.start(), unit):
            continue
        if unit is None and not text[:m.start()].endswith("分之"):
            continue  # no count follows: two things named (三、四季度, 一、二线)
        if unit == "次" and _ORDINAL_CI.match(text, m.start(4)):
            continue
        out.append((m.start(2) - 1, m.end(3)))
    return tuple(out)


# the same with Arabic digits (7、8级大风, 建成2、3个示范点): GB/T 15835 writes two neighbouring
# numerals that make an approximate number in Chinese, with no 顿号 (七八级, 二三个); the count
# after them is what tells it from two things named (5、6月份, 1、2号楼, 3、4年级 stay)
_APPROX_DIGITS = re.compile(
    r"(?<![第\d.、\-—~～])([1-9])、([1-9])(?![\d、.])"
    rf"(?=多|余|{_COUNTS}|级(?:大?风|阵风))")


@text_cache
def approximate_digit_commas(text: str, skip_to: int = 0) -> tuple[tuple[int, int], ...]:
    """(start, end) of each approximate number of two neighbouring Arabic digits split by a
    顿号 ("7、8级"), with the exceptions of :func:`approximate_commas` (a sequence marker at a
    clause start, places in a ranking)."""
    out = []
    at = text.find("、", max(skip_to, 1))
    while at != -1:  # from each 、 between two digits, not the look-behind at every character
        m = _APPROX_DIGITS.match(text, at - 1) if text[at - 1].isdigit() and \
            text[at + 1:at + 2].isdigit() else None
        at = text.find("、", at + 1)
        if m is None:
            continue
        if int(m.group(2)) != int(m.group(1)) + 1:
            continue  # 1、5个: two numbers apart, a list
        if _marker_or_place(text, m.start(), text[m.end():m.end() + 1]):
            continue
        out.append((m.start(), m.end()))
    return tuple(out)


# two numbers joined by a hyphen, an en dash or a full-width hyphen: years before 年, months
# before 月, or values before a unit of quantity
_RANGE = re.compile(
    r"(?<![A-Za-z0-9_.\-－–~/:])(?:((?:19|20)\d\d)([-－–~])((?:19|20)?\d\d)(?=年)"
    r"|(1[0-2]|[1-9])([-－–~])(1[0-2]|[1-9])(?=月)"
    r"|(\d+(?:\.\d+)?)([-－–~])(\d+(?:\.\d+)?)(?=[%‰℃]|[万亿]?元|[万亿千百]?(?:个|人|户|家|名|"
    r"吨|亩|公里|平方米|米|件|项|次|套|台|所|天|小时|分钟|倍|岁|年|周))"
    # a time with its unit written on both ends: 1月-2月, 2021年-2025年, 6月1日-8月31日
    r"|(\d{1,4})([年月日])([-－–~])(\d{1,4})(?=[年月日])(?![年月日][-－–~]))")
# a range's end in a finer unit than its start makes no time span (2026年-3月: a slip elsewhere)
_TIME_UNITS = "年月日"


@text_cache
def range_dashes(text: str) -> tuple[tuple[int, str, tuple[int, int]], ...]:
    """(position of the hyphen, the dash it stands for, the range's span) of each range written
    with a hyphen: "—" for years and months, "～" for values."""
    out = []
    for m in _RANGE.finditer(text):
        if m.group(1):
            first, second = m.group(1), m.group(3)
            last = int(first[:2] + second) if len(second) == 2 else int(second)
            if last > int(first):
                out.append((m.start(2), "—", m.span()))
        elif m.group(4):
            if int(m.group(4)) < int(m.group(6)):
                out.append((m.start(5), "—", m.span()))
        elif m.group(7):
            if float(m.group(7)) < float(m.group(9)):
                out.append((m.start(8), "～", m.span()))
        else:
            first_unit = m.group(11)
            second_unit = text[m.end()]
            if first_unit == second_unit and int(m.group(10)) >= int(m.group(13)):
                continue  # 5月-3月: no range from a later to an earlier time
            if _TIME_UNITS.index(second_unit) > _TIME_UNITS.index(first_unit):
                continue  # 2026年-3月: the end in a finer unit than the start
            out.append((m.start(12), "—", (m.start(), m.end() + 1)))
    return tuple(out)


_NUMBER_RUN = re.compile(r"[0-9.,%％]+")
# a number in thousands groups, whole: no digit before it, none right after its last group
_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?%?")


def _list_comma(text: str, pos: int) -> str | None:
    """The mark a "," at ``pos``, between a number or % and a digit, stands for: None where it
    is no Chinese punctuation (a thousands separator, 1,000 and 12,345.6; a number run that no
    Chinese character touches, as in English text); "、" between integers listed one after the
    other (第3,5,7条, 2019,2020年); "，" after a percentage (增长22.2%,28.6%和15%)."""
    run = next((m for m in _NUMBER_RUN.finditer(text, max(0, pos - 40))
                if m.start() <= pos < m.end()), None)
    if run is None:
        return None
    a, b = run.span()
    if not ((a and _cjk(text[a - 1])) or (b < len(text) and _cjk(text[b]))):
        return None
    # the number the comma belongs to: thousands groups read from the left of the run
    for m in _THOUSANDS.finditer(text, a, b):
        if m.start() < pos < m.end():
            return None
    if text[pos - 1] in "%％":
        return "，"
    items = run.group().split(",")
    return "、" if all(x.isdigit() for x in items) else "，"


def _flag(text: str, pos: int, c: str) -> bool:
    before = text[pos - 1] if pos else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if c == "(":
        return _cjk(before) or _cjk(after)
    if c == ")":
        opener = text.rfind("(", 0, pos)
        return opener != -1 and (_cjk(text[opener - 1] if opener else "") or
                                 _cjk(text[opener + 1] if opener + 1 < len(text) else ""))
    if c == "," and after.isdigit() and (before.isdigit() or before in "%％"):
        return _list_comma(text, pos) is not None  # 1,000 no, 22.2%,28.6%和 / 3,5,7条 yes
    if c in ",:" and before.isdigit() and after.isdigit():
        return False  # 8:30
    if c in ",;:" and ((before in _NUMBERISH and _cjk(after))
                       or (_cjk(before) and after.isdigit() and after.isascii())):
        return True  # "增长10.1%;地方", "时间:8时": Chinese punctuation beside a number
    if c in ",;:" and ((_cjk(before) and after.isascii() and after.isalpha()) or
                       (before.isascii() and before.isupper() and _cjk(after))):
        return True  # "主要指标:GDP", "GDP,增长": between Chinese text and a Latin term
    return _cjk(before) and (not after or _cjk(after) or after in " “‘")
