"""hygiene/* (numbers written as words and digits): the number slips a 校对 pass corrects that
:mod:`app.rules.hygiene` (characters left by copying) does not cover.

- ``hygiene/approx-twice`` (约数重复): an approximate number marked twice, once before and once
  after ("约50余人", "大约100多家", "近10亿元左右", "约30%左右"): 约/大约/大概/近/将近 already
  make the number approximate, and 余/多/左右/上下 say it again (近 "not quite" and 余 "more
  than" even contradict each other). Not 节约/制约/签约… ("节约50余万元" is one approximation).
  Also an approximate number given as a bound ("1200余个以上", "80%左右以上"): 以上/以下 bound
  an exact number; the fix keeps the approximation and drops the bound.
- ``hygiene/mixed-numeral`` (数字混用): a Chinese-numeral word with Arabic digits ("百分之5",
  "千分之3"): GB/T 15835-2011 writes a percentage either as "5%" or all in words "百分之五".
- ``hygiene/number-gap`` (数字与汉字间空格): a space between a number and the Chinese text
  around it ("2006 年", "全省 100 个县"), left by a PDF or a web copy; 公文 text runs on.
  Lines laid out with spaces (tables flattened to text, lists without sentence punctuation)
  and Latin names before a number ("Windows 10 系统", "PM2.5 浓度") are left alone, and
  letter-spaced digits are :mod:`app.rules.hygiene`'s ("1 9 9 8 年").
- ``hygiene/fold-decrease`` (倍数表示减少): a decrease told in 倍 ("下降了2倍", "减少一倍"):
  a quantity can grow by any multiple, but it cannot fall by one or more times itself, so the
  norm of 数字用法 writes a decrease as a fraction or a percentage ("下降了50%", "减少到三分之一").
  Not where 倍 is what fell (降低……的倍数) or a comparison follows (下降幅度是去年的2倍: no
  verb of decrease right before the number).
- ``hygiene/bound-twice`` (上下限重复): a bound said twice, a verb of exceeding and 以上 ("超过50%
  以上", "不少于100人以上"), or of falling short and 以下 ("低于5%以下"): 超过 already means
  "more than", 以上 says it again (and 以上 includes the number, 超过 does not).
- ``hygiene/letter-digit`` (字母混入数字): a Latin letter typed for the digit it looks like
  inside a number ("2O27年", "l.3天", "5O0万元"): O/o for 0, l/I for 1. Only in a number that
  begins with a digit (or a letter before its decimal point, "l.3", or a percentage led by a
  letter between Chinese words, "达到l00%") and touches Chinese text, so names and codes are
  left alone (O2O, I2C, Win10, COVID-19).
- ``hygiene/number-comma`` (分节号误用全角逗号): a full-width comma grouping the thousands of
  a number ("3，860万元"): the comma of a sentence cannot stand between a number and the three
  digits of its own unit count; the group is written "3860" (or with a half-width separator).
- ``hygiene/year-zero`` (年份中的“零”): a year written digit by digit in Chinese numerals with 零
  for its zero ("二零二六年"): GB/T 15835-2011 writes the zero of a number used as a label (a
  year) as 〇 ("二〇一二年", not "二零一二年") and keeps 零 for quantities ("三千零五十二").
  Only four such digits in a row before 年: a quantity in words has 十百千 ("两千零五十年"
  is left alone) and no one counts in bare digits. Also a geometric circle ○/◯ or a
  full-width Ｏ for the numeral 〇 ("二○二六年": they print alike, but only 〇 is the numeral
  GB/T 15835 names, and a search for 二〇二六 does not find them; recall19).
- ``hygiene/short-year`` (年份简写): a year cut to two digits in a date ("自26年3月起"):
  GB/T 15835 writes the year in full ("1990年" not "90年"). Only two digits before 年 with a
  month (1–12) right after, so a span ("工作26年3个月", "历时26年") is left alone.
- ``hygiene/digit-unit`` (阿拉伯数字与“千”“百”连用): an Arabic number counted in 千 or 百
  ("3千个", "2百万元", "1.5千人"): GB/T 15835 counts large Arabic numbers in 万 and 亿 only
  ("不得以十、百、千、十万、百万、千万……作单位"), except the prefixes of legal units of
  measurement (千米, 千克, 千瓦, 百帕 …), which are left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Finding, Fix, Severity
from app.model import Document
from app.rules.base import Raw, RuleInfo
from app.rules.hygiene import HAN, prose_findings, spaced_digit_spans
from app.rules.hygiene_ranges import RULES as RANGE_RULES
from app.rules.hygiene_ranges import paragraph_findings as range_findings
from app.rules.hygiene_years import RULES as YEAR_RULES
from app.rules.hygiene_years import year_findings
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

APPROX = RuleInfo("hygiene/approx-twice", Severity.WARNING, "约数重复",
                  "GB/T 15835-2011《出版物上数字用法》及公文数字表述惯例：概数只用一种表示法，"
                  "“约”“近”与“余”“多”“左右”“上下”不同时使用")
MIXED = RuleInfo("hygiene/mixed-numeral", Severity.WARNING, "数字混用",
                 "GB/T 15835-2011：百分数写作“5%”或全用汉字“百分之五”，不混用")
GAP = RuleInfo("hygiene/number-gap", Severity.WARNING, "数字与汉字间空格",
               "排版惯例：中文行文中数字与前后汉字之间不加空格")
FOLD = RuleInfo("hygiene/fold-decrease", Severity.WARNING, "倍数表示减少",
                "GB/T 15835-2011 与数字用法惯例：倍数只用于增加，减少用分数或百分数表示")
BOUND = RuleInfo("hygiene/bound-twice", Severity.WARNING, "上下限重复",
                 "语法规范：“超过/多于/不少于”与“以上”、“低于/少于/不超过”与“以下”不同时使用")
LETTER = RuleInfo("hygiene/letter-digit", Severity.WARNING, "字母混入数字",
                  "GB/T 15835-2011：计量、编号用阿拉伯数字；字母O、l形似0、1，不可混用")
COMMA = RuleInfo("hygiene/number-comma", Severity.WARNING, "数字中用全角逗号",
                 "GB/T 15835-2011 5.1.3：多位数分节用半角逗号或空格（或不分节），不用全角逗号")
DIGIT_UNIT = RuleInfo("hygiene/digit-unit", Severity.WARNING, "数字计数单位误用",
                      "GB/T 15835《出版物上数字用法》：阿拉伯数字一般只以“万”“亿”作计数单位，"
                      "不以“十”“百”“千”“百万”“千万”等作单位（千米、千克、千瓦等计量单位词头除外）")
RULES = [APPROX, MIXED, GAP, FOLD, BOUND, LETTER, COMMA, *YEAR_RULES, DIGIT_UNIT,
         *RANGE_RULES]
_BY_ID = {r.id: r for r in RULES}

_NUM = r"(?:\d[\d,.]*|[零〇一二两三四五六七八九十百千]+)(?:[万亿]+)?"
# 约 as a word of its own: not the second character of 节约, 制约, 签约 …
_YUE_WORDS = "节制签预履违合特公条相契邀规隐简婉集缔践赴失解续毁守如誓要立租盟和俭乡成"
_GAP_WORDS = "占有为达计合是"  # 约占……的30%左右, 约有三千人左右: a verb, then the number
_BEFORE = (rf"(?:(?:大约|大概|(?<![{_YUE_WORDS}大])约(?![束定谈请见稿会]))"
           rf"(?:[{_GAP_WORDS}][^，。；、：\d]{{0,7}}?)?|将近|(?<![最接附靠将])近)")
# what may stand between the number and 左右/上下: a unit or a measure word, a few characters
_UNIT = rf"(?:[%‰％]|{HAN}){{0,4}}?"
_LEAD = re.compile(rf"({_BEFORE})({_NUM})(?:(余|多)|({_UNIT})(左右|上下))")  # 约50余人
_TAIL = re.compile(rf"({_NUM})(余|多)({_UNIT})(左右|上下)")  # 50余人左右
# an approximate number bounded as well (1200余个以上, 80%左右以上): 以上/以下 make the number a
# bound, 余/多/左右 make it approximate; a bound is exact, so one of them must go
_APPROX_BOUND = re.compile(rf"({_NUM})(?:(余|多)({_UNIT})|({_UNIT})(左右|上下))(以上|以下)")
_TIME = re.compile("年|个?月|天|日|周|季度|个?小时")  # a span of time after 近 (the last …)
_MIXED = re.compile(r"(百分之|千分之)(\d+(?:\.\d+)?)")
_SPACE = "[ \u00a0]"
# a number written as a quantity (not a phone number, a code or part of a Latin name: 024-…,
# PM2.5, Windows 10), with the spaces around it
_NUMBER = re.compile(r"(?<![A-Za-z\d.\-])(?<![A-Za-z] )\d[\d,.]*[%‰％]?(?![\d\-])")
_HAN_CHAR = re.compile(HAN)
_SPACED_LINE = re.compile(r"\t| {2,}|\u3000")  # a line laid out with spaces or tabs
# a verb of decrease right before a multiple (下降了2倍, 减少一倍, 降低了约3倍多)
_FOLD = re.compile(rf"(?:下降|减少|降低|缩小|缩减|减低|压缩)了?(?:约|近)?({_NUM}(?:\.\d+)?)倍")
# a bound said twice: (verb, number, unit, 以上/以下); the verbs of each direction
_OVER = ("超过", "超出", "多于", "高于", "大于", "不少于", "不低于", "不小于")
_UNDER = ("低于", "少于", "小于", "不超过", "不高于", "不多于", "不大于")
_BOUND = re.compile("(" + "|".join(sorted(_OVER + _UNDER, key=len, reverse=True)) +
                    rf")({_NUM})({_UNIT})(以上|以下)")


@text_cache
def paragraph_findings(text: str, skip_to: int = 0) -> tuple[Raw, ...]:
    """Every finding of this module in one paragraph (``skip_to``: end of a heading marker,
    whose space before the title is the heading's own: "5.1.2 省级人民政府")."""
    if text.isascii():
        return ()
    out = _approx(text) + _mixed(text) + _gaps(text, skip_to) + _fold(text) + _bound(text)
    out += _letters(text, skip_to) + _commas(text, skip_to) + year_findings(text)
    out += _digit_units(text) + range_findings(text)
    return tuple(sorted(out, key=lambda r: (r.start, r.rule)))


def _approx(text: str) -> list[Raw]:
    out: list[Raw] = []
    if "约" in text or "近" in text or "大概" in text:
        for m in _LEAD.finditer(text):
            lead, number = m.group(1), m.group(2)
            before = next(w for w in ("大约", "大概", "将近", "约", "近") if lead.startswith(w))
            after = m.group(3) or m.group(5)
            unit = m.group(4) if m.group(5) else text[m.end():m.end() + 2]
            if before in ("近", "将近") and _TIME.match(unit):
                continue  # 近十多年来, 近3个多月: 近 is "the last …", not "nearly"
            if m.group(5):  # … 左右/上下: drop it, the number keeps its 约/近
                fixed = text[m.start():m.end() - len(after)]
            elif before in ("近", "将近"):  # 近50余人 → 近50人
                fixed = lead + number
            else:  # 约有50余人 → 有50余人
                fixed = lead[len(before):] + number + after
            out.append(_approx_raw(m, before, after, fixed))
    if "以上" in text or "以下" in text:
        taken = [(r.start, r.end) for r in out]
        for m in _APPROX_BOUND.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                approx, bound = m.group(2) or m.group(5), m.group(6)
                out.append(_approx_raw(m, approx, bound, m.group()[:-len(bound)]))
    if "左右" in text or "上下" in text:
        taken = [(r.start, r.end) for r in out]
        for m in _TAIL.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                after = m.group(4)
                out.append(_approx_raw(m, m.group(2), after, m.group()[:-len(after)]))
    return out


def _approx_raw(m: re.Match[str], before: str, after: str, fixed: str) -> Raw:
    return Raw(APPROX.id, m.start(), m.end(),
               f"约数重复：“{before}”与“{after}”不宜同时使用，应为“{fixed}”", fixed)


def _mixed(text: str) -> list[Raw]:
    if "分之" not in text:
        return []
    sign = {"百分之": "%", "千分之": "‰"}
    return [Raw(MIXED.id, m.start(), m.end(),
                f"“{m.group()}”汉字与阿拉伯数字混用，应为“{m.group(2)}{sign[m.group(1)]}”",
                m.group(2) + sign[m.group(1)])
            for m in _MIXED.finditer(text)]


def _fold(text: str) -> list[Raw]:
    if "倍" not in text:
        return []
    return [Raw(FOLD.id, m.start(), m.end(),
                f"“{m.group()}”：减少不能用倍数表示，应改用分数或百分数（如“下降了50%”“减少到三分之一”）",
                "")
            for m in _FOLD.finditer(text)]


def _bound(text: str) -> list[Raw]:
    if "以上" not in text and "以下" not in text:
        return []
    out = []
    for m in _BOUND.finditer(text):
        verb, tail = m.group(1), m.group(4)
        if (tail == "以上") != (verb in _OVER):
            continue  # 超过……以下, 低于……以上: not a repetition (and no sense to fix)
        fixed = m.group()[:-2]
        out.append(Raw(BOUND.id, m.start(), m.end(),
                       f"“{verb}”与“{tail}”意思重复，应为“{fixed}”", fixed))
    return out


# a number with a look-alike letter in it: a run of digits, O/o/l/I and decimal points
_LOOKALIKE = re.compile(r"(?<![A-Za-z0-9.\-_/])[0-9OolI][0-9OolI.]*(?![A-Za-z0-9])")
_AS_DIGIT = str.maketrans("OolI", "0011")
_AFTER_NUMBER = re.compile(rf"[%‰％]|{HAN}")


def _letters(text: str, skip_to: int) -> list[Raw]:
    if not any(c in text for c in "OolI"):
        return []
    out = []
    for m in _LOOKALIKE.finditer(text, skip_to):
        run = m.group().rstrip(".")
        digits = sum(c.isdigit() for c in run)
        if digits == 0 or run.isdigit() or run.replace(".", "").isdigit():
            continue
        number = run.translate(_AS_DIGIT)
        if not re.fullmatch(r"\d+(?:\.\d+)?", number):
            continue
        end = m.start() + len(run)
        before = text[m.start() - 1] if m.start() else ""
        if not run[0].isdigit() and run[1:2] != "." and not (
                number[0] != "0" and before and _HAN_CHAR.match(before) and
                re.match(r"[%‰％]", text[end:end + 1])):
            continue  # O2O, I2: a name that begins with a letter (not 达到l00%: a percentage
            # between Chinese words, no name's; recall23)
        if not (_AFTER_NUMBER.match(text, end) or (before and _HAN_CHAR.match(before))):
            continue  # not in Chinese text
        out.append(Raw(LETTER.id, m.start(), end,
                       f"“{run}”中混入了形似数字的字母，应为“{number}”", number))
    return out


# a full-width comma between a number and the three digits of its next group, then a unit
_COMMA_GROUP = re.compile(r"(?<![\d.,，])\d{1,3}(?:，\d{3})+(?![\d，])"
                          r"(?=(?:\.\d+)?(?:[万亿]?元|[万亿千百]|%|‰|人|户|家|个|名|吨|亩|公里|"
                          r"平方米|米|件|项|次|套|台|辆|所|座|株|头))")


def _commas(text: str, skip_to: int) -> list[Raw]:
    if "，" not in text:
        return []
    return [Raw(COMMA.id, m.start(), m.end(),
                f"“{m.group()}”的分节号用了全角逗号，应为“{m.group().replace('，', '')}”",
                m.group().replace("，", ""))
            for m in _COMMA_GROUP.finditer(text, skip_to)]


# an Arabic number counted in 千/百 (3千个, 2百万元); the next character decides: a prefix of a
# unit of measurement (千米, 千克, 千瓦时, 百帕, 千伏安) is right
_DIGIT_UNIT = re.compile(r"(?<![\d.A-Za-z])(\d+(?:\.\d+)?)([千百])(?=[\u4e00-\u9fff])")
# what 千/百 may prefix as a unit: the legal units of measurement, and 千字, the unit a book's
# length is given in (GB/T 12450-2001《图书书名页》, 字数 in 千字: "287千字")
_MEASURE_PREFIXED = "米克瓦伏帕卡焦赫安欧兆分公升吨字"
# an integer part this long before 千/百 is a table's chosen scale (家禽存栏51313百羽, a county
# statistics bulletin's unit), not the spoken "3千个" the norm is about
_SCALE_DIGITS = 4


def _digit_units(text: str) -> list[Raw]:
    if "千" not in text and "百" not in text:
        return []
    out = []
    for m in _DIGIT_UNIT.finditer(text):
        number, unit = m.group(1), m.group(2)
        after = text[m.end()]
        if after in _MEASURE_PREFIXED or (unit == "百" and after in "分倍"):
            continue  # 3千米, 5千克, 2千瓦时: a unit of measurement; 5百分点 is another slip
        if len(number.split(".")[0]) >= _SCALE_DIGITS:
            continue
        value = float(number) * (1000 if unit == "千" else 100)
        fixed = f"{value:.0f}" if value == int(value) else None
        show = f"“{fixed}”" if fixed else "阿拉伯数字加“万”“亿”"
        out.append(Raw(DIGIT_UNIT.id, m.start(), m.end(),
                       f"“{m.group()}”以“{unit}”作计数单位，应写作{show}", fixed))
    return out


# A news item's dateline (本网讯, 本报讯, 新华社北京3月14日电) is set apart from its first words by
# a space by newsroom convention: that space is no slip, whatever number comes after it.
_DATELINE = re.compile(r"[\W\s]{0,3}[\u4e00-\u9fff\d]{1,16}[讯电]$")


def _gaps(text: str, skip_to: int) -> list[Raw]:
    if " " not in text and "\u00a0" not in text:
        return []
    # (a paragraph's own indent, 4 spaces or 　　 before its first word in a text file, lays
    # out nothing inside it)
    if _SPACED_LINE.search(text.strip(" \t\u3000")) or not any(c in text for c in "，。；"):
        return []  # a table row or a list flattened to text: its spaces lay it out
    spaced = spaced_digit_spans(text)
    out = []
    for m in _NUMBER.finditer(text, skip_to):
        digits = sum(c.isdigit() for c in m.group())
        if digits > 6 and not any(c in m.group() for c in ",."):
            continue  # an id or a phone number, which spaces may set apart
        if any(s <= m.start() < e for s, e in spaced):
            continue  # letter-spaced digits: app.rules.hygiene's finding
        gaps = []
        start = m.start()
        while start > skip_to and text[start - 1] in " \u00a0":
            start -= 1
        if (start < m.start() and start > 0 and _HAN_CHAR.match(text[start - 1])
                and not _DATELINE.match(text, 0, start)):
            gaps.append((start, m.start()))
        end = m.end()
        while end < len(text) and text[end] in " \u00a0":
            end += 1
        if end > m.end() and end < len(text) and _HAN_CHAR.match(text[end]) and \
                not _inline_serial(text, m):
            gaps.append((m.end(), end))
        if len(gaps) == 2:  # spaced on both sides ("共有 30 家"): one finding, one fix
            a, b = gaps[0][0], gaps[1][1]
            around = text[max(0, a - 4):b + 4].strip()
            out.append(Raw(GAP.id, a, b, f"数字与汉字之间多了空格（“{around}”），应删去",
                           m.group()))
            continue
        for g_start, g_end in gaps:
            around = text[max(0, g_start - 4):g_end + 4].strip()
            out.append(Raw(GAP.id, g_start, g_end,
                           f"数字与汉字之间多了空格（“{around}”），应删去", ""))
    return out


def _inline_serial(text: str, m: re.Match[str]) -> bool:
    """``m`` is a serial number run in at a clause's start ("内容：1. 当事人……。2. 违反……"): its
    space lays the list out, as after a heading's "1. " (``skip_to``); unseen21."""
    return m.group().endswith(".") and (m.start() == 0 or text[m.start() - 1] in "：；。！？:;")


# From this many spaced numbers in one paragraph on, they are one finding (text pasted from a PDF
# spaces every number: "2021 年 12 月 1 日……30 余人": a wall of findings nobody reads one by one).
MERGE_GAPS_AT = 3


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    return _merged_gaps(doc.texts, prose_findings(doc, analysis, paragraph_findings, _BY_ID))


def _merged_gaps(texts: list[str], findings: list[Finding]) -> list[Finding]:
    """``findings`` with a paragraph's number gaps made one finding where it has
    MERGE_GAPS_AT or more: from the first gap to the last, its fix deleting every one of them
    (one undo step). Per paragraph, so the window's paragraph-local analysis gets the same."""
    gaps: dict[int, list[Finding]] = {}
    for f in findings:
        if f.rule == GAP.id:
            gaps.setdefault(f.index, []).append(f)
    merged = {i: fs for i, fs in gaps.items() if len(fs) >= MERGE_GAPS_AT}
    if not merged:
        return findings
    out = []
    for f in findings:
        group = merged.get(f.index) if f.rule == GAP.id else None
        if group is None:
            out.append(f)
        elif f is group[0]:
            edits = tuple(e for g in group if g.fix is not None for e in g.fix.edits)
            text = texts[f.index]
            first = text[max(0, f.start - 4):f.end + 4].strip()
            out.append(GAP.finding(
                f"本段有{len(group)}个数字与前后汉字之间多了空格（如“{first}”），应删去", f.index,
                f.start, group[-1].end, fix=Fix(edits, "删除这些空格")))
    return out
