"""grammar/*: sentence faults that 公文 reviewers mark and that a pattern finds without guessing.

Each rule reads one paragraph alone; each shape is narrow enough that a correct sentence of the
same look does not fit it (the look-alikes are in tests/app/test_grammar.py).

- ``grammar/subject`` (成分残缺：介词淹没主语): a sentence opening with a preposition phrase
  (通过……, 经过……, 由于……, 随着……, 在……下/中) whose next clause begins with 使/使得/让/令:
  "通过开展专项整治，使群众满意度明显提升" — what should be the subject (专项整治) sits inside the
  preposition phrase and 使 has none (also with an adverb before 使: 从而使, 进一步使; then
  without a fix, the adverb wanting a rewrite). Only at the start of a sentence (a paragraph,
  a heading's text, after 。！？ or ：, an enumerator 一是/首先 or a time phrase 近年来， in
  between): after a subject ("我局通过……，使……") or inside a sentence the subject may be
  there. The fix deletes 使 (the phrase then reads as an adverbial of the clause after it);
  deleting the preposition is the other way, which the message names.
- ``grammar/negation`` (否定不当): a negation inside a verb of prevention ("防止问题不再发生",
  "避免……不再反弹": 防止/避免 already negate, 不再 turns the sense round; → 再次), 切忌不要 (切忌
  is "must not"), and 无时无刻 without its 不 ("无时无刻都在" → "无时无刻不在").
- ``grammar/mixed`` (句式杂糅): two constructions run together: 原因是由于/原因是因为 (原因 and
  由于 say the same), 目的是为了 (目的 and 为了 likewise), "本着……为原则" (本着……的原则 and
  以……为原则 crossed), "原因是……造成的" (原因是…… and ……造成的 crossed), "出席在……大会上"
  (出席……大会 and 在……大会上 crossed; not 出席在京召开的……, a relative clause).
- ``grammar/collocation`` (动宾搭配不当): a verb and an object that do not go together:
  提高/提升……力度 (力度 is 加大), 加大/加强/增加……水平 (水平 is 提高). Only where no other
  verb stands between them and the object ends its clause.
- ``grammar/measure-word`` (缺少量词): a number put straight before a counted noun ("共有30党员",
  "400余住户", "走访30多典型贫困户": 名, 户 dropped; all three on real pages), and 各 typed for
  个 after a number ("以下3各方面"). Only people and households, whose measure word is not in
  doubt (党员 名, 农户 户), after a Chinese character or a clause mark: the compressed style of
  联合10部门, 从5方面, 18乡镇 is left alone, and so are 12345热线, 前10名, a year (2024党员…)
  and a list's own "1学生" at a paragraph start.
- ``grammar/conjunction`` (关联词搭配不当): 只要……才 and 只有……就 crossed ("只要加强管理，才能
  提高效率" → 只有); only where the next clause opens with the consequence (才能, 就会 …), so
  the verb 只有 ("问题只有一个，就是……") and 只要求 stay quiet.

``grammar/plan-year`` (a year against the document's own) is app/rules/grammar_years.py's.

Sources: 《现代汉语词典》第7版（防止、避免、切忌、无时无刻）; 黄伯荣、廖序东《现代汉语》（增订六版）
句子成分残缺、搭配不当、句式杂糅; the 病句 lists of 公文 writing guides (例：“通过作风整顿，使各级
干部的担当实干精神大大增强”缺主语).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Finding, Severity
from app.model import Document
from app.rules.base import RuleInfo, prose_paragraphs
from app.rules.grammar_hit import Hit, finding
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

SUBJECT = RuleInfo("grammar/subject", Severity.WARNING, "介词淹没主语",
                   "语法规范（成分残缺）：句首介词短语“通过/经过/由于/随着/在……下”后接“使/让/令”，"
                   "句子缺少主语；删去介词或“使”")
NEGATION = RuleInfo("grammar/negation", Severity.WARNING, "否定不当",
                    "《现代汉语词典》第7版：“防止”“避免”“切忌”本身含否定义，“无时无刻”须与“不”"
                    "连用；否定词多用或少用使意思相反")
MIXED = RuleInfo("grammar/mixed", Severity.WARNING, "句式杂糅",
                 "语法规范（句式杂糅）：“原因是……”与“由于……”“……造成的”，“目的是”与“为了”，"
                 "“本着……的原则”与“以……为原则”，“出席……会议”与“在……会议上”不能混用")
MEASURE = RuleInfo("grammar/measure-word", Severity.WARNING, "缺少量词",
                   "现代汉语语法：数词一般不直接修饰名词，中间须用量词（“30名党员”“3个方面”）")
CONJUNCTION = RuleInfo("grammar/conjunction", Severity.WARNING, "关联词搭配不当",
                       "现代汉语语法：充分条件“只要……就……”，必要条件“只有……才……”，不可交叉搭配")
COLLOCATION = RuleInfo("grammar/collocation", Severity.WARNING, "动宾搭配不当",
                       "语法规范（搭配不当）：“力度”与“加大”搭配，“水平”与“提高”搭配")
RULES = [SUBJECT, NEGATION, MIXED, COLLOCATION, MEASURE, CONJUNCTION]
_BY_ID = {r.id: r for r in RULES}


# --- grammar/subject ------------------------------------------------------------------------

_STOP = "，。；！？：,;!?:"
# where a sentence starts: the paragraph, or after a sentence mark or a colon
_START = r"(?:^|(?<=[。！？!?：:]))[\s“”\"]*"
# what may stand between the sentence start and the preposition: an enumerator (一是, 首先,
# 同时), a short time phrase with its comma (近年来，, 今年以来，); none of them is a subject
_LEAD = (r"(?:(?:[一二三四五六七八九十]是|首先|其次|再次|最后|同时|此外|另外|另一方面|一方面)，?)?"
         r"(?:[^，。；！？：\s]{0,8}(?:以来|年来|期间|之际)，)?")
# the preposition phrase: 通过/经过/由于/随着 …, or 在 … 下/中 (在党委的领导下, 在工作中); not
# the nouns 通过率, 经过的…… that may be the subject themselves
_PREP = (rf"(?:(?P<p>通过|经过|由于|随着)(?![率性的])[^{_STOP}]{{1,40}}?"
         rf"|(?P<z>在)[^{_STOP}]{{1,40}}?(?:下|中))")
# 使 and its kin opening the next clause (after an adverb at most: 从而使); not the words that
# begin with them (使用, 使命, 让步, 令行禁止), nor the aside 令人欣慰的是, 让人高兴的是 (a full
# clause with its subject follows)
_CAUSE = (r"(?P<adv>从而|进一步|有效|切实|大大|极大地)?"
          r"(?P<c>使得|使|让|令)(?![用命者馆节劲步利渡行])(?!人[^，。；]{0,6}的是)")
_SUBJECT = re.compile(_START + _LEAD + _PREP + "，" + _CAUSE, re.M)
# what every match holds, searched first (a literal start the regex engine scans for quickly)
_CAUSE_AFTER_COMMA = re.compile("，(?:从而|进一步|有效|切实|大大|极大地)?[使让令]")


def _subject(text: str, skip_to: int) -> list[Hit]:
    if _CAUSE_AFTER_COMMA.search(text, skip_to) is None:
        return []
    out = []
    body = text[skip_to:]  # (the heading's text starts a sentence: ^ matches there)
    for m in _SUBJECT.finditer(body):
        prep = m.group("p") or m.group("z")
        start = skip_to + (m.start("p") if m.group("p") else m.start("z"))
        cause = m.group("c")
        if m.group("z"):
            where, way = "“在……下/中”", f"应删去“{cause}”"
        else:
            where, way = f"“{prep}”", f"应删去“{cause}”，或删去“{prep}”让其后的成分作主语"
        message = f"句子缺少主语：句首{where}与“{cause}”连用，主语被介词短语淹没；{way}"
        if m.group("adv"):  # 从而使, 进一步使: the adverb goes or stays with a rewrite
            out.append(Hit(SUBJECT.id, start, skip_to + m.end(), message))
            continue
        out.append(Hit(SUBJECT.id, start, skip_to + m.end(), message,
                       skip_to + m.start("c"), skip_to + m.end(), "", f"删去“{cause}”"))
    return out


# --- grammar/negation -----------------------------------------------------------------------

# a verb of prevention, then (within the clause, no verb that brings its own negation: 确保,
# 保证, 做到, 使, 让) 不再
_PREVENT_VERBS = ("防止", "避免", "杜绝", "以免", "以防", "严防", "谨防", "防范")
_PREVENT = re.compile(rf"(?P<v>{'|'.join(_PREVENT_VERBS)})"
                      rf"(?P<mid>(?:(?!确保|保证|做到|力争|使|让|要|并|而)[^{_STOP}、]){{0,12}}?)"
                      r"(?P<neg>不再)(?=[\u4e00-\u9fff])")
_SHUN = re.compile("切忌不要")
# 无时无刻 with 都/也/在 after it, not 不 (无时无刻不在)
_NEVER = re.compile("无时无刻(?![都也]?不)(?P<w>都|也)?(?=[\u4e00-\u9fff])")


def _negation(text: str) -> list[Hit]:
    out = []
    if "不再" in text and any(v in text for v in _PREVENT_VERBS):
        for m in _PREVENT.finditer(text):
            verb = m.group("v")
            out.append(Hit(NEGATION.id, m.start(), m.end(),
                           f"“{verb}……不再”否定多用，意思正好相反；应为“{verb}……再次”",
                           m.start("neg"), m.end("neg"), "再次", "改为“再次”"))
    if "切忌" in text:
        for m in _SHUN.finditer(text):
            out.append(Hit(NEGATION.id, m.start(), m.end(),
                           "“切忌”即“切不可”，与“不要”连用否定多用；应删去“不要”",
                           m.start() + 2, m.end(), "", "删去“不要”"))
    if "无时无刻" in text:
        for m in _NEVER.finditer(text):
            w = m.group("w")
            at = m.start("w") if w else m.end()
            out.append(Hit(NEGATION.id, m.start(), m.end() if w else m.end() + 1,
                           "“无时无刻”须与“不”连用（“无时无刻不在”），否则意思相反",
                           at, at + len(w or ""), "不", "改为“无时无刻不”"))
    return out


# --- grammar/mixed --------------------------------------------------------------------------

# 出席/参加 take the meeting as their object; 在……上 is the other way to say where (出席在供电公司
# 职工代表大会上: a real page, unseen17). Not 在……召开的 (出席在京召开的大会: a relative clause)
_ATTEND = re.compile(rf"(?P<v>出席|参加)(?P<in>在(?P<what>[^{_STOP}]{{1,24}}?"
                     r"(?:会|会议|大会|仪式|典礼|活动|论坛))上)")
_REASON_BECAUSE = re.compile("原因(?:主要|就|正)?是(?P<w>由于|因为)")
# 目的 is what 为了 introduces: "目的是为了……" says it twice (目的是…… or 为了……)
_AIM = re.compile("目的(?:主要|就)?是(?P<w>为了)")
_BENZHE = re.compile(rf"本着(?P<mid>(?:(?!以)[^{_STOP}、]){{1,30}}?)(?P<w>为)(?P<n>原则|宗旨|方针)")
_REASON_CAUSED = re.compile(rf"原因(?:主要|就)?(?:是|在于)(?P<mid>[^{_STOP}]{{2,30}}?)"
                            rf"(?P<w>(?:所)?(?:造成|导致|引起|引发)的|所致)(?=[{_STOP}]|$)")


def _mixed(text: str) -> list[Hit]:
    out: list[Hit] = []
    if "出席在" in text or "参加在" in text:
        out += _attend(text)
    if "目的" in text:
        for m in _AIM.finditer(text):
            out.append(Hit(MIXED.id, m.start(), m.end(),
                           "“目的是”与“为了”意思重复，句式杂糅；应删去“为了”",
                           m.start("w"), m.end("w"), "", "删去“为了”"))
    if "原因" in text:
        out += _reason(text)
    if "本着" in text:
        for m in _BENZHE.finditer(text):
            n = m.group("n")
            out.append(Hit(MIXED.id, m.start(), m.end(),
                           f"“本着……的{n}”与“以……为{n}”两种句式杂糅；应为“本着……的{n}”",
                           m.start("w"), m.end("w"), "的", "改为“的”"))
    return out


def _attend(text: str) -> list[Hit]:
    out = []
    for m in _ATTEND.finditer(text):
        verb, what = m.group("v"), m.group("what")
        if "召开" in what or "举行" in what or "举办" in what:
            continue  # 出席在京召开的大会: 在 opens a relative clause
        out.append(Hit(MIXED.id, m.start(), m.end(),
                       f"“{verb}……{what[-2:]}”与“在……{what[-2:]}上”两种说法杂糅；应为“{verb}{what}”",
                       m.start("in"), m.end("in"), what, f"改为“{what}”"))
    return out


def _reason(text: str) -> list[Hit]:
    out = []
    for m in _REASON_BECAUSE.finditer(text):
        w = m.group("w")
        out.append(Hit(MIXED.id, m.start(), m.end(),
                       f"“原因是”与“{w}”意思重复，句式杂糅；应删去“{w}”",
                       m.start("w"), m.end("w"), "", f"删去“{w}”"))
    for m in _REASON_CAUSED.finditer(text):
        w = m.group("w")
        out.append(Hit(MIXED.id, m.start(), m.end(),
                       f"“原因是……”与“……{w}”两种句式杂糅；应删去“{w}”或改为“是由……{w}”",
                       m.start("w"), m.end("w"), "", f"删去“{w}”"))
    return out


# --- grammar/collocation --------------------------------------------------------------------

# verbs that would take the object themselves: between the verb and its object none may stand
_VERBS = ("加大|加强|强化|加快|增强|提高|提升|扩大|推进|保持|确保|保障|实现|形成|建立|健全|完善|"
          "开展|落实|推动|促进|改进|优化|规范|严格|做到|达到|体现|反映|具有|具备|突出|注重|结合|"
          "以|把|将|使|让|是")
_MID = rf"(?:(?!{_VERBS})[^{_STOP}、]){{0,12}}?"
_COLLOCATIONS = (
    # (pattern, object, its wrong verbs, right verb)
    (re.compile(rf"(?P<v>提高|提升)(?P<mid>{_MID})力度(?=[{_STOP}、和及与]|$)"), "力度",
     ("提高", "提升"), "加大"),
    (re.compile(rf"(?P<v>加大|加强|增加)(?P<mid>{_MID})(?<!高)水平(?=[{_STOP}、和及与]|$)"), "水平",
     ("加大", "加强", "增加"), "提高"),
)


def _collocation(text: str) -> list[Hit]:
    out = []
    for pattern, noun, verbs, right in _COLLOCATIONS:
        if noun not in text or not any(v in text for v in verbs):
            continue
        for m in pattern.finditer(text):
            verb = m.group("v")
            out.append(Hit(COLLOCATION.id, m.start(), m.end(),
                           f"“{verb}”与“{noun}”搭配不当；应为“{right}……{noun}”",
                           m.start("v"), m.end("v"), right, f"改为“{right}”"))
    return out


# --- grammar/conjunction --------------------------------------------------------------------

# 只要 (enough) pairs with 就, 只有 (only if) with 才; crossed, the condition says the wrong thing.
# The next clause must open with the consequence (才能/就能 …): 只有 is also the verb "have
# only" (问题只有一个，就是……), and 只要求 is "only ask"
_ONLY_IF = re.compile(rf"只要(?!求)(?P<c>[^{_STOP}]{{1,30}})，(?P<w>才)(?=能|会|可以|可能|有|是)")
_IF_ENOUGH = re.compile(rf"只有(?P<c>[^{_STOP}]{{1,30}})，(?P<w>就)(?=能|会|可以|一定|必然|必将)")


def _conjunction(text: str) -> list[Hit]:
    out = []
    if "只要" in text and "才" in text:
        for m in _ONLY_IF.finditer(text):
            out.append(Hit(CONJUNCTION.id, m.start(), m.end(),
                           "“只要”与“才”搭配不当：应为“只要……就……”或“只有……才……”",
                           m.start(), m.start() + 2, "只有", "改为“只有”"))
    if "只有" in text and "就" in text:
        for m in _IF_ENOUGH.finditer(text):
            out.append(Hit(CONJUNCTION.id, m.start(), m.end(),
                           "“只有”与“就”搭配不当：应为“只有……才……”或“只要……就……”",
                           m.start("w"), m.end("w"), "才", "改为“才”"))
    return out


# --- grammar/measure-word -------------------------------------------------------------------

# people and households counted in a report, each with its measure word (党员 名, 农户 户); a
# bare number before one of them has dropped it ("共有30党员", "走访30多典型贫困户"). Not the
# bodies and parts that official prose counts without one in its compressed style (联合10部门,
# 从5方面, 18乡镇, 10企业入选: on real pages, corpus and unseen19)
_COUNTED = {
    "名": "党员 干部 群众 村民 居民 职工 学生 教师 人员 代表 志愿者 医生 护士 民警 专家 老人 儿童",
    "户": "住户 农户 贫困户 脱贫户 低保户 家庭",
}
_MEASURE_OF = {noun: m for m, nouns in _COUNTED.items() for noun in nouns.split()}
_NOUN = "|".join(sorted(_MEASURE_OF, key=len, reverse=True))
# a count, then 多/余, a modifier at most, and the noun; the count (checked in _measure) after a
# Chinese character or a clause mark, not a year, a code, a decimal, a range's end or a place in
# a ranking (前10, 第3)
# the emergency and service lines, names of their own (110民警, 120医生)
_SERVICE = frozenset({"110", "119", "120", "122", "12345", "12315"})
_BARE = re.compile(rf"(?P<n>(?P<d>[0-9]+)(?:多|余)?)"
                   rf"(?P<mod>典型|重点|困难|贫困|优秀|青年|农村|基层|留守)?(?P<noun>{_NOUN})")
# what a match starts with, looked for first: a digit, then the first character of what may follow
# (a literal class at its start: the regex engine skips to the digits on its own)
_BARE_START = re.compile("[0-9](?:多|余)?[" + "".join(sorted(
    {w[0] for w in _MEASURE_OF} | set("典重困贫优青农基留"))) + "]")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_BEFORE_COUNT = re.compile(r"[\u4e00-\u9fff，、：]")
# 各 typed for 个 after a number ("以下3各方面"): 各 is no measure word; not 各自, 各有 …, nor
# after the number of a table, a figure or an attachment (如表2各项数据: a label, then 各项)
_GE = re.compile(r"(?<![表图件第号\d.])\d+(?P<g>各)(?![自有异半占执就])(?=[\u4e00-\u9fff])")


def _measure(text: str) -> list[Hit]:
    out = []
    if "各" in text:
        for m in _GE.finditer(text):
            out.append(Hit(MEASURE.id, m.start("g"), m.end("g"), "数词后的“各”应为量词“个”",
                           m.start("g"), m.end("g"), "个", "改为“个”"))
    if _BARE_START.search(text):
        for m in _BARE.finditer(text):
            digits, at = m.group("d"), m.start()
            if (len(digits) > 4 or digits in _SERVICE or _YEAR_LIKE.fullmatch(digits)
                    or at == 0 or not _BEFORE_COUNT.match(text, at - 1) or text[at - 1] in "前第"):
                continue  # a code, a service line, a year, a list's number, a ranking
            noun = m.group("noun")
            measure = _MEASURE_OF[noun]
            number = m.group("n")
            out.append(Hit(MEASURE.id, m.start(), m.end(),
                           f"数词“{number}”与“{noun}”之间缺少量词，应为“{number}{measure}……”",
                           m.end("n"), m.end("n"), measure, f"补上“{measure}”"))
    return out


# --- the module -----------------------------------------------------------------------------

@text_cache
def paragraph_hits(text: str, skip_to: int = 0) -> tuple[Hit, ...]:
    """Every finding of this module in one paragraph (``skip_to``: where its heading marker
    ends, the heading's text being where a sentence starts)."""
    if text.isascii():
        return ()
    out = _subject(text, skip_to) + _negation(text) + _mixed(text) + _collocation(text)
    out += _measure(text) + _conjunction(text)
    return tuple(sorted(out, key=lambda h: (h.start, h.rule)))


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    markers = analysis.markers
    for i, text in prose_paragraphs(doc, analysis):
        marker = markers[i] if markers else None
        for h in paragraph_hits(text, marker.end if marker is not None else 0):
            out.append(finding(_BY_ID[h.rule], i, h))
    return out
