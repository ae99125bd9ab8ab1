"""hygiene/*: characters that copying, converting or careless typing leave in the text.

- ``hygiene/fullwidth-alnum``: full-width digits and Latin letters (１９９３年, ＧＤＰ) in running
  text; GB/T 15835-2011 writes numbers for counting and measuring in Arabic digits, and 公文
  practice (and every search, sum and spell check) wants them half-width. Heading markers
  ("１．") are the numbering rules' business and are skipped. Also a half-width number whose
  point alone is full width (0．8公顷, 第3．2．1条), and a full-width ％ after a half-width number
  in a paragraph that writes its other percentages with % (45％—60%; recall19).
- ``hygiene/spaced-digits``: letter-spaced digits ("1 9 9 3 年"), left by PDF extraction.
- ``hygiene/number-space``: a space inside a number or before its unit ("8.8 %", "8. 8%").
- ``hygiene/negative-change``: "增长-3.2%" → "下降3.2%" (a change is named by its direction,
  not by a sign after 增长).
- ``hygiene/zero-width``: zero-width characters (U+200B–U+200D, U+2060, U+FEFF) inside text.
- ``hygiene/odd-space``: a no-break or fixed-width space (U+00A0, U+2002–U+200A, U+202F, U+205F)
  between two Chinese characters ("县政府\u00a0采纳"): left by a web page or a PDF, it
  looks like nothing or like a plain space on screen, and no drafter types one there (none in
  ../shared's corpus, samples, realdocx or the unseen pages; recall18). Also one full-width
  space inside a clause before a number (拒付违规费用\u3000212万元，: recall19), where the clause
  opens and closes with a Chinese mark: layout columns (上午\u30009:00, 指标\u30002023年) have none.
- ``hygiene/decimal-mark``: a 句号 typed for the decimal point of a percentage ("完成率达98。5%",
  the IME in Chinese punctuation mode): "。" (or a middle dot "·") between digits with % or
  个百分点 right after.
  A sentence ending in a number and the next one beginning with a percentage (…达到98。5%的…)
  never came up in ../shared or the unseen pages; a count after 。 (2.27:1。15个) is left
  alone (recall18). Also before 万/亿 (投入资金3。6亿元; not 万分之: recall19).
- ``hygiene/html-entity``: HTML entities left by a web copy ("&nbsp;", "&#9826;", "&9826;").
- ``hygiene/lost-char``: U+FFFD, or an ASCII "?" between two Chinese characters (or a Chinese
  character and a digit, or after a number's unit of length: 50km?的, the ² lost) where the
  clause asks nothing: a character lost to an encoding conversion.
- ``hygiene/cut-sentence``: a sentence cut by "。并" ("……加强管理。并建立……"), and a list's
  item with nothing after it ("二是工作创新不够；三是。"): a draft left unfinished.
- ``hygiene/punct-space``: a space typed next to a Chinese punctuation mark inside Chinese
  text ("进行检查 。", "不可混为一谈。 同学们", "完成整改。 7月31日", "建立 “一日一汇总”",
  "“改革” 的建议"): a full-width mark
  carries its own spacing, and the extra space shows as a gap in print. Not after a colon (a
  form's "姓名： 张三" leaves room to fill in), nor after a heading's marker ("一、 总体要求":
  the numbering rules' business).

Inline objects (U+FFFC) and manual line breaks (U+2028) are neither Chinese characters nor
spaces here, so no pattern matches across them. Hanzi classes come from ``zhon.hanzi``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from zhon import hanzi  # type: ignore[import-untyped]

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document
from app.rules.base import Raw, RuleInfo, prose_paragraphs
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

FULLWIDTH = RuleInfo("hygiene/fullwidth-alnum", Severity.WARNING, "全角数字字母",
                     "排版惯例：阿拉伯数字、拉丁字母用半角（GB/T 15835-2011《出版物上数字用法》）")
SPACED = RuleInfo("hygiene/spaced-digits", Severity.WARNING, "数字间空格",
                  "排版惯例：一个数值的各位数字连写，不用空格隔开")
NUMBER_SPACE = RuleInfo("hygiene/number-space", Severity.WARNING, "数值内空格",
                        "排版惯例：数值与%、‰之间、小数点前后不加空格")
NEGATIVE = RuleInfo("hygiene/negative-change", Severity.WARNING, "负增长写法",
                    "公文数字表述惯例：减少用“下降”“减少”表述，不写“增长-x%”")
ZERO_WIDTH = RuleInfo("hygiene/zero-width", Severity.WARNING, "零宽字符",
                      "文本整理惯例：零宽字符不可见，会破坏检索和比对")
ODD_SPACE = RuleInfo("hygiene/odd-space", Severity.WARNING, "特殊空格",
                     "文本整理惯例：网页或PDF复制残留的不换行空格、定宽空格不可见，中文字间不应有")
DECIMAL = RuleInfo("hygiene/decimal-mark", Severity.WARNING, "小数点误为句号",
                   "GB/T 15835-2011：小数点用“.”；句号不能用在数字中间")
ENTITY = RuleInfo("hygiene/html-entity", Severity.ERROR, "网页实体残留",
                  "文本整理惯例：复制网页时残留的HTML实体须还原或删除")
LOST = RuleInfo("hygiene/lost-char", Severity.WARNING, "疑似丢字",
                "文本整理惯例：编码转换丢失的字符显示为“?”或“�”")
CUT = RuleInfo("hygiene/cut-sentence", Severity.WARNING, "句子被句号截断",
               "GB/T 15834-2011 4.1（句号用于句末）；“并”连接的分句不应被句号隔开")
DOUBLED = RuleInfo("hygiene/doubled-punct", Severity.WARNING, "标点重复",
                   "GB/T 15834-2011：逗号、顿号、分号、冒号、句号各表示一处停顿，不连用"
                   "（问号、叹号的叠用和连用见 4.2、4.3，不在此列）")
PUNCT_SPACE = RuleInfo("hygiene/punct-space", Severity.WARNING, "标点旁空格",
                       "GB/T 15834-2011 第5章：中文标点占一个字的位置，前后不另加空格")
RULES = [FULLWIDTH, SPACED, NUMBER_SPACE, NEGATIVE, ZERO_WIDTH, ODD_SPACE, DECIMAL, ENTITY, LOST,
         CUT, DOUBLED, PUNCT_SPACE]
_BY_ID = {r.id: r for r in RULES}

HAN = f"[{hanzi.characters}]"
_HAN_CHAR = re.compile(HAN)
_SPACE = "[ \u3000\u00a0]"
_FULLWIDTH = re.compile(r"[０-９Ａ-Ｚａ-ｚ]+(?:[．.][０-９]+)*(?:(?<=[０-９])％)?")
# a half-width number whose decimal point alone was typed full width (面积0．8公顷, 增长12．5%):
# the input method's point, and no search or sum reads it as a number. Not a list's marker
# before a year (附件：1．2026年培训日程): there the point is the marker's own.
_FULLWIDTH_POINT = re.compile(r"(?<![0-9０-９.．])[0-9]+(?:．(?![0-9]{4}年)[0-9]+)+(?![0-9０-９])")
# a full-width ％ after a half-width number in a paragraph whose other percentages are written
# with the half-width % ("湿度控制在45％—60%"): one slip of the input method's width. A
# paragraph (or document) written all in ％, as older 政府工作报告 are, is consistent and left
# alone, and so is one where ％ outnumbers % (the stray one is the half-width %: no slip).
_HALF_PERCENT = re.compile(r"\d%")
_MIXED_PERCENT = re.compile(r"(?<=[0-9])％")
_TO_HALF = {chr(c): chr(c - 0xFEE0) for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A),
                                                    (0xFF41, 0xFF5A), (0xFF0E, 0xFF0E))
            for c in range(lo, hi + 1)} | {"％": "%"}  # ０-９ Ａ-Ｚ ａ-ｚ ． and ％ after them
_SPACED = re.compile(rf"(?<![\d.,])\d(?:{_SPACE}\d){{2,}}(?:{_SPACE}?\.{_SPACE}?\d)?(?!\d)"
                     rf"(?:{_SPACE}+(?={HAN}))?|(?<![\d.,])\d{_SPACE}\d{_SPACE}?\.{_SPACE}?\d(?!\d)"
                     rf"(?:{_SPACE}+(?={HAN}))?")
_NUMBER_SPACE = re.compile(rf"\d(?:{_SPACE}+(?=[%‰％])|\.{_SPACE}+(?=\d+{_SPACE}*[%‰％])"
                           rf"|{_SPACE}+(?=\.\d))")
# a word of increase before a minus → the word of decrease it means
_OPPOSITE = {"增长": "下降", "增加": "减少", "上升": "下降", "提高": "降低", "增幅为": "降幅为",
             "增幅": "降幅", "增速为": "下降", "增速": "下降", "增长率为": "下降",
             "增长率": "下降", "涨幅为": "降幅为", "涨幅": "降幅"}
# a word of decrease before a minus is a double negative: the sign goes (下降-3.1% → 下降3.1%)
_DECREASE = ("下降", "减少", "降低", "回落", "降幅为", "降幅")
_NEGATIVE = re.compile("(" + "|".join(sorted((*_OPPOSITE, *_DECREASE), key=len, reverse=True))
                       + r")(?:了|达|达到)?[ \u3000]?[-－−–]\s*(?=\d)")
# a rate per mille is a level, given with its sign (人口自然增长率为-0.60‰: 国家统计局《2022年
# 国民经济和社会发展统计公报》), not a change to be named by its direction (下降 names the change)
_PER_MILLE = re.compile(r"\d+(?:\.\d+)?[ \u3000]?‰")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]+")
_NAMED = ("nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|ndash|"
          "hellip|middot|times|divide|yen|deg|plusmn|bull|copy|reg|trade|sect|para|laquo|raquo")
_ENTITY = re.compile(rf"&(?:#[0-9]{{2,7}};?|#[xX][0-9a-fA-F]{{2,6}};?|[0-9]{{3,7}};|(?:{_NAMED});)"
                     rf"|&nbsp(?![a-zA-Z])")
# a "?" between a Chinese character and a digit (冲锋?8艘, 3000件?救生衣) is a lost character as
# well: a question mark in Chinese text is full-width, and a clause that asks is left alone below
_QUESTION = re.compile(rf"(?<={HAN})\?+(?={HAN})|(?:^|(?<=[，、；：“（]))\?+(?={HAN})"
                       rf"|(?<=[，、；：“（(])\?{{2,}}|\?{{2,}}(?={HAN})"
                       rf"|(?<={HAN})\?(?=\d)|(?<=\d)\?(?={HAN})"
                       # a unit of length after a number, its ² or ³ lost (面积50km?的河流)
                       rf"|(?:(?<=\d[kcmd]m)|(?<=\dm))\?(?={HAN}|[，。；、）])")
_ASKS = re.compile("吗|呢|么|何|谁|哪|怎|几|是否|多少|难道|岂|可否|能否|有没有|是不是")
# 。并 + a word beginning with 并 (并非, 并购, 并存) opens a sentence of its own, unless the
# character after 并 begins a common word that 并 then joins on (。并存在, 。并发挥, 。并重视:
# 并 + 存在, not 并存 + 在)
_CUT = re.compile(r"。(并)(?:(?![非不无未没列购行网举重存入轨联表发肩驾用处案称吞立])(?=" + HAN +
                  ")|(?=存在|行动|发[展挥现布出放]|用于|列入|重[视点]|举[办行]|立[即足]|处理|"
                  "表[示彰]|联[系合]|购[买置]))")


# Every finding above needs one of these; most paragraphs have none, and one scan settles it.
_SUSPECT = re.compile(r"[０-９Ａ-Ｚａ-ｚ．\u200b\u200c\u200d\u2060\ufeff&?\ufffd\u00a0\u2002-\u200a"
                      r"\u202f\u205f]|\d[ \u3000\u00a0]|\d[。·・]\d|\d％|\u3000\d"
                      r"|\.[ \u3000\u00a0]|。并|是[。；]"
                      r"|[长加升高为幅速率达到降低少落]了?[ \u3000]?[-－−–]|[，。、；：]{2}"
                      r"|[ \u3000\u00a0][，。；：、！？）》”]"
                      r"|[，。；、！？][ \u3000\u00a0]"
                      r"|[ \u3000\u00a0][“‘《]|[”’》][ \u3000\u00a0]")


@text_cache
def paragraph_findings(text: str, skip_to: int = 0) -> tuple[Raw, ...]:
    """Every hygiene finding in one paragraph (``skip_to``: end of a heading marker)."""
    if not _SUSPECT.search(text) or (text.isascii() and "&" not in text):
        return ()
    out: list[Raw] = []
    out += _fullwidth(text, skip_to)
    out += _spaced(text)
    out += _number_space(text)
    out += _negative(text)
    out += _zero_width(text)
    out += _odd_spaces(text)
    out += [Raw(DECIMAL.id, m.start(1), m.end(1), f"数字中间的“{m.group(1)}”应为小数点“.”", ".")
            for m in _DECIMAL.finditer(text)]
    out += _entities(text)
    out += _lost(text)
    out += _cut(text)
    out += _doubled(text)
    out += _punct_space(text, skip_to)
    return tuple(sorted(out, key=lambda r: (r.start, r.rule)))


def _fullwidth(text: str, skip_to: int) -> list[Raw]:
    out = []
    for m in _FULLWIDTH.finditer(text, skip_to):
        half = "".join(_TO_HALF.get(c, c) for c in m.group())
        out.append(Raw(FULLWIDTH.id, m.start(), m.end(),
                       f"全角数字或字母“{m.group()}”，应为半角“{half}”", half))
    if "．" in text:
        for m in _FULLWIDTH_POINT.finditer(text, skip_to):
            half = m.group().replace("．", ".")
            out.append(Raw(FULLWIDTH.id, m.start(), m.end(),
                           f"数字“{m.group()}”中的点是全角“．”，应为半角“{half}”", half))
    if "％" in text and _HALF_PERCENT.search(text):
        wide = list(_MIXED_PERCENT.finditer(text, skip_to))
        if len(wide) <= len(_HALF_PERCENT.findall(text)):
            out += [Raw(FULLWIDTH.id, m.start(), m.end(),
                        "同一段中百分号有全角“％”也有半角“%”，此处应为半角“%”", "%")
                    for m in wide]
    return out


def entity_text(entity: str) -> str | None:
    """What an HTML entity of :func:`entity_spans` stands for (&#8220; → “, &ldquo; → “, its ";"
    lost or not); None for one whose # is lost too ("&9826;"), which no one can read for sure."""
    if entity[1:2] == "#" or not entity[1:2].isdigit():
        return html.unescape(entity if entity.endswith(";") else entity + ";")
    return None


def entity_spans(text: str) -> list[re.Match[str]]:
    """The HTML entities in ``text`` (app.rules.width leaves their ";" to this module)."""
    return list(_ENTITY.finditer(text))


def spaced_digit_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has letter-spaced digits ("1 9 9 8 年"): app.rules.hygiene_numbers leaves
    the spaces inside them to this module's own finding."""
    return [m.span() for m in _SPACED.finditer(text)]


def _spaced(text: str) -> list[Raw]:
    out = []
    for m in _SPACED.finditer(text):
        digits = re.sub(_SPACE, "", m.group())
        if not (_han_near(text, m.start() - 1, -1) or _han_near(text, m.end(), 1)):
            continue
        out.append(Raw(SPACED.id, m.start(), m.end(),
                       f"数字被空格隔开：“{m.group().strip()}”，应为“{digits}”", digits))
    return out


def _han_near(text: str, pos: int, step: int) -> bool:
    """A Chinese character at ``pos`` or just past spaces from it in direction ``step``."""
    while 0 <= pos < len(text) and text[pos] in " \u3000\u00a0":
        pos += step
    return 0 <= pos < len(text) and bool(_HAN_CHAR.match(text[pos]))


def _number_space(text: str) -> list[Raw]:
    out = []
    for m in _NUMBER_SPACE.finditer(text):
        kept = re.sub(_SPACE, "", m.group())
        out.append(Raw(NUMBER_SPACE.id, m.start(), m.end(),
                       "数值中间或数值与单位之间有多余空格", kept))
    return out


def _negative(text: str) -> list[Raw]:
    out = []
    for m in _NEGATIVE.finditer(text):
        if m.group(1).startswith("增长率") and _PER_MILLE.match(text, m.end()):
            continue  # 自然增长率为-3.19‰: the value of a rate, not a change
        if m.group(1) in _DECREASE:
            out.append(Raw(NEGATIVE.id, m.start(), m.end(),
                           f"“{m.group().strip()}”是双重否定：减少的幅度写正数（若实为增长，应写“增长”）",
                           m.group(1)))
            continue
        right = _OPPOSITE[m.group(1)]
        out.append(Raw(NEGATIVE.id, m.start(), m.end(),
                       f"“{m.group().strip()}”表示减少，应写作“{right}”加正数", right))
    return out


def _zero_width(text: str) -> list[Raw]:
    return [Raw(ZERO_WIDTH.id, m.start(), m.end(),
                f"有{m.end() - m.start()}个不可见的零宽字符（U+{ord(m.group()[0]):04X}）", "")
            for m in _ZERO_WIDTH.finditer(text)]


# (next to a Chinese mark it is hygiene/punct-space's: one finding per space)
_ODD_SPACE = re.compile(rf"(?<={HAN})[\u00a0\u2002-\u200a\u202f\u205f]+(?={HAN})")


# (also a middle dot, 上涨1·8%: unseen21; not 3·15 or 9·11, which no percentage or 万 follows)
_DECIMAL = re.compile(r"(?<![\d.:：])\d{1,3}([。·・])\d{1,2}(?=[%％‰]|个百分点|[万亿](?!分之))")


# a full-width space inside a clause, between a word and the number it goes with (拒付违规费用
# \u3000212万元，): the clause opens after a Chinese mark and closes with one, so it is running
# text, not a form's or a schedule's columns (上午\u30009:00—9:30, 指标\u30002023年\u30002024年,
# ……编\u3000\u3000\u30002026年11月), which have no mark before the space in the line
_CLAUSE_SPACE = re.compile(rf"[，；、](?:(?![，。；、：\s]).){{0,11}}?{HAN}(\u3000)"
                           r"(?=\d[\d.]*[^\s\u3000\d.][^\s\u3000]*?[，。；])")


def _odd_spaces(text: str) -> list[Raw]:
    out = [Raw(ODD_SPACE.id, m.start(), m.end(),
               f"中文字间有不可见的特殊空格（U+{ord(m.group()[0]):04X}，网页或PDF复制残留）", "")
           for m in _ODD_SPACE.finditer(text)]
    if "\u3000" in text:
        out += [Raw(ODD_SPACE.id, m.start(1), m.end(1), "句中有一个全角空格，应删去", "")
                for m in _CLAUSE_SPACE.finditer(text)]
    return out


def _entities(text: str) -> list[Raw]:
    out = []
    for m in _ENTITY.finditer(text):
        entity = m.group()
        replacement: str | None
        if entity.startswith("&nbsp"):
            around = text[m.start() - 1:m.start()] + text[m.end():m.end() + 1]
            replacement = " " if around.isascii() and around.strip() else ""
        else:
            replacement = entity_text(entity)  # (None for "&9826;": the # is lost, no guess)
            if replacement is not None and (_ZERO_WIDTH.fullmatch(replacement) or
                                            replacement == "\u00ad"):
                replacement = ""  # &#8203;, &shy;: an invisible character, drop it
        out.append(Raw(ENTITY.id, m.start(), m.end(), f"网页HTML实体残留“{entity}”", replacement))
    return out


def lost_questions(text: str) -> list[tuple[int, int]]:
    """[start, end) of each "?" that stands for a lost character: between Chinese characters,
    in a clause that asks nothing. The width rule asks this too, so that it never offers to
    turn a lost character into "？"."""
    out = []
    for m in _QUESTION.finditer(text):
        clause_start = max(text.rfind(c, 0, m.start()) for c in "，。；！？,;!\u2028\ufffc") + 1
        clause_end = min((p for p in (text.find(c, m.end()) for c in "，。；！？,;!")
                          if p >= 0), default=len(text))
        if not _ASKS.search(text, clause_start, clause_end):
            out.append((m.start(), m.end()))
    return out


def _lost(text: str) -> list[Raw]:
    out = [Raw(LOST.id, m.start(), m.end(), "乱码字符“\ufffd”：此处有字符在转换编码时丢失")
           for m in re.finditer("\ufffd+", text)]
    out += [Raw(LOST.id, start, end, f"“{text[start:end]}”疑为复制或转换编码时丢失的字")
            for start, end in lost_questions(text)]
    return out


def _cut(text: str) -> list[Raw]:
    out = [Raw(CUT.id, m.start(), m.start() + 2,
               "句号后以“并”开头，句子疑被截断：“。并”应为“，并”", "，并")
           for m in _CUT.finditer(text)]
    out += [Raw(CUT.id, m.start(1), m.end(),
                f"列举项“{m.group(1)}”后缺少内容：句子未写完，或多了此项", None)
            for m in _EMPTY_ITEM.finditer(text)]
    return out


_DOUBLED = re.compile(r"[，。、；：]{2,}")
# a list's item with nothing after it (一是……；二是……；三是。): a draft left unfinished
_EMPTY_ITEM = re.compile(r"(?:^|(?<=[。；：，！？\s\u3000]))([一二三四五六七八九十]是)[。；]")


def _doubled(text: str) -> list[Raw]:
    """Two pause marks in a row (推动高质量发展，，加快…; 。。; ，。): a slip of the keyboard or a
    sentence joined badly. The same mark twice has a fix (one of them); two different ones need
    the writer to choose."""
    out = []
    for m in _DOUBLED.finditer(text):
        marks = m.group()
        same = len(set(marks)) == 1
        hint = "，应只保留一个" if same else "，应只保留一个合适的标点"
        out.append(Raw(DOUBLED.id, m.start(), m.end(), f"标点“{marks}”连用{hint}",
                       marks[0] if same else None))
    return out


# spaces between Chinese text (or a closing quote or bracket) and the mark after it, or between
# a pause or end mark and the Chinese text (or an opening quote or bracket) after it
_BEFORE_MARK = re.compile(rf"(?<={HAN}|[”’）》])[ \u3000\u00a0]+(?=[，。；：、！？）》”])")
_AFTER_MARK = re.compile(rf"(?<=[，。；、！？])[ \u3000\u00a0]+(?={HAN}|[“‘（《]|\d)")
# a space between Chinese text and an opening quote or title mark, or between a closing one and
# Chinese text (国有企业 “争链主”, “改革” 的建议): quotes and title marks carry their own spacing.
# Not brackets: a form's "负责人 （签字）" leaves the space on purpose; only in running text (a
# title or heading with no sentence mark uses a space to part its phrases: 坚持和发展新时代“枫桥
# 经验” 推动矛盾纠纷就地化解)
_IN_SENTENCES = re.compile("[，。；！？]")
_BEFORE_QUOTE = re.compile(rf"(?<={HAN})[ \u3000\u00a0]+(?=[“‘《])")
_AFTER_QUOTE = re.compile(rf"(?<=[”’》])[ \u3000\u00a0]+(?={HAN})")
# (spaces, the mark stands after them, quotes and title marks: only in running text)
_SPACES_AT_MARKS = ((_BEFORE_MARK, True, False), (_AFTER_MARK, False, False),
                    (_BEFORE_QUOTE, True, True), (_AFTER_QUOTE, False, True))


def _punct_space(text: str, skip_to: int) -> list[Raw]:
    running = _IN_SENTENCES.search(text) is not None
    out = []
    for spaces, mark_after, quotes in _SPACES_AT_MARKS:
        if quotes and not running:
            continue
        for m in spaces.finditer(text, skip_to):
            if m.start() == skip_to and (quotes or not mark_after):
                continue  # "一、 总体要求": right after the heading's marker
            mark = text[m.end()] if mark_after else text[m.start() - 1]
            side = "前" if mark_after else "后"
            out.append(Raw(PUNCT_SPACE.id, m.start(), m.end(),
                           f"标点“{mark}”{side}多了空格，应删去", ""))
    return out


def prose_findings(doc: Document, analysis: Analysis,
                   scan: Callable[[str, int], tuple[Raw, ...]],
                   by_id: Mapping[str, RuleInfo]) -> list[Finding]:
    """``scan`` (a paragraph's text, where its heading marker ends → raw findings) over the
    prose paragraphs, as findings with a fix where the raw one has a replacement ("" deletes);
    this module's and app.rules.hygiene_numbers's ``check``."""
    out: list[Finding] = []
    markers = analysis.markers
    for i, text in prose_paragraphs(doc, analysis):
        marker = markers[i] if markers else None
        for r in scan(text, marker.end if marker is not None else 0):
            fix = None
            if r.replacement is not None:
                what = "删除" if r.replacement == "" else f"改为“{r.replacement}”"
                fix = Fix((Edit(i, r.start, r.end, r.replacement),), what)
            out.append(by_id[r.rule].finding(r.message, i, r.start, r.end, fix=fix))
    return out


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    return prose_findings(doc, analysis, paragraph_findings, _BY_ID)
