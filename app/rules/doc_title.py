"""title/*: 公文标题 and 文种, for the document's own title and the titles it cites in 《》.

《党政机关公文处理工作条例》（中办发〔2012〕14号）第八条 lists the 15 文种 (决议、决定、命令（令）、
公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要); 第九条 and GB/T 9704-2012
7.3.3 make a title 发文机关名称 + 事由 + 文种. The checks are the errors that handbooks of 公文写作
list under 标题 (介词连用, 文种混用, 文种重复, 生造文种, 转发/印发/批转 misused):

- ``title/preposition``: "关于关于", "关于对……", or a second 关于 outside a cited 《》;
- ``title/mixed-type``: two 文种 at the end ("请示报告", "申请报告");
- ``title/redundant-verb``: a verb the 文种 already says ("关于申请……的请示", "关于要求……的请示");
- ``title/repeated-type``: "……的通知的通知" outside a cited 《》;
- ``title/forwarding``: 转发, 印发 and 批转 misused (:mod:`app.rules.doc_title_forwarding`);
- ``title/no-type``: a 关于-title that ends without a 文种 ("关于2024年工作情况"), or with a word
  that is not one ("……的汇报" → 报告, "……的申请" → 请示).
- ``title/preposition`` (info) also: an organ's title whose 事由 starts with a verb and has no 关于
  ("县应急管理局开展……的通知"); 转发/批转/印发 titles without 关于 are a common official form
  (国务院办公厅转发……的通知) and are left alone;
- ``title/punctuation`` also: a document issued or passed on named in quotes (印发“……”的通知):
  a title names a document in 《》 only (or bare);
- ``title/mixed-type`` also: a 公告 or 通告 followed by an addressee line (各……：): both are
  published to the public and have no 主送机关 (条例第八条), so a document to named bodies is a
  通知.

- ``title/wrong-type``: a 文种 the document itself belies: the opening says "……报告如下" under a
  通知 (a 通知 does not report up), "……通知如下" under a 函 or a 请示 (a 函 passes between organs
  not in line; notifying is a 通知), "……请示如下" under a 报告 (报告中不得夹带请示事项, 条例第十五
  条); or a 决议 issued by an office (局, 政府, 办公室 …): 条例第八条 keeps 决议 for what a meeting
  passes (党代会, 全会, 人大), an office decides by 决定 or 通知.
- ``title/no-de``: a 关于-title with no 的 at all before its 文种 ("关于加强……管理工作通知"):
  the 事由 is joined to the 文种 by 的 ("关于……的通知", GB/T 9704-2012 7.3.3 and every title of
  条例's examples); 纪要 and 令 titles ("……会议纪要") are left alone.
- ``title/punctuation`` also: 书名号 around an activity in the 事由 ("关于开展《……评估》工作的
  通知"): 《》 name a document, a law or a work, not a check or a campaign.

Titles that are not 关于-titles (工作总结, 述职报告, 调研报告, 实施方案, 政府工作报告) are
legitimate documents and are never asked for a 文种.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document, Role
from app.rules.base import Raw, RuleInfo
from app.rules.doc_title_body import (
    ADDRESSEE,
    DOC_TYPES,
    closing_formula,
    marks_inside,
    own_text_forwarded,
    request_to_several,
    type_belied,
)
from app.rules.doc_title_forwarding import (
    FORWARDING,
    ISSUING_OR_BUSINESS,
    ORGAN,
    forwarding,
)
from app.rules.doc_title_lines import cited_titles, joined_title, title_runs, title_with_end_mark
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

_REG = "《党政机关公文处理工作条例》第八、九条；GB/T 9704-2012 7.3.3"
PREPOSITION = RuleInfo("title/preposition", Severity.WARNING, "标题介词连用", _REG)
MIXED = RuleInfo("title/mixed-type", Severity.WARNING, "文种混用", _REG)
REDUNDANT = RuleInfo("title/redundant-verb", Severity.WARNING, "标题动词与文种重复", _REG)
REPEATED = RuleInfo("title/repeated-type", Severity.WARNING, "文种重复", _REG)
NO_TYPE = RuleInfo("title/no-type", Severity.WARNING, "标题缺少文种", _REG)
PUNCT = RuleInfo("title/punctuation", Severity.WARNING, "标题末尾标点",
                 "《国家行政机关公文处理办法》（2000年）第十条：标题中除法规、规章名称加书名号外，"
                 "一般不用标点符号")
WRONG_TYPE = RuleInfo("title/wrong-type", Severity.WARNING, "文种误用",
                      "《党政机关公文处理工作条例》第八条（各文种的适用范围）、第十五条（报告中不得夹带"
                      "请示事项）")
NO_DE = RuleInfo("title/no-de", Severity.WARNING, "标题文种前缺“的”", _REG)
RULES = [PREPOSITION, MIXED, REDUNDANT, REPEATED, FORWARDING, NO_TYPE, PUNCT, WRONG_TYPE, NO_DE]
_BY_ID = {r.id: r for r in RULES}

_TYPE_ALT = "|".join(sorted(DOC_TYPES, key=len, reverse=True))
# Words that begin with 对 and so do not make "关于对" a 介词连用 (关于对外开放、关于对口支援).
_DUI_WORDS = "外口台象策话照比接应等称冲手立抗华港澳标账表位联偶焦流调开折方"
# ... unless the character after 对 begins a common word of its own, which 对 then governs as a
# preposition (关于对开展……, 关于对调整……, 关于对标准……, 关于对表彰……): 对开, 对调, 对标 and
# 对表 are words, but no title of a 公文 is about them followed so.
_DUI_THEN = {"开": "展放发", "调": "整查研度配", "标": "准", "表": "彰扬", "应": "急", "立": "项",
             "方": "案", "联": "合", "流": "动转", "接": "收待", "比": "赛", "照": "顾", "等": "级",
             "称": "号"}
_MIXED = re.compile(rf"(?<!征求)({_TYPE_ALT}|申请)(?:和|及|与|暨)?({_TYPE_ALT}|建议)$")
_REDUNDANT = re.compile(r"关于(申请|请求|恳请|请示|要求)(?=[^关]+的(?:请示|请示报告|申请报告)$)"
                        r"|关于(报告|上报|呈报)(?=[^关]+的报告$)")
# "关于同意成立领导小组的批复的通知": a 通知 that gives out a 批复 (or 决定, 意见 …) as its own
# subject. Issuing or passing on another document is said with a verb and its title in 《》
# ("关于印发《关于……的决定》的通知"); a title that names its business (报送, 贯彻 …) is a
# different title, and so is one whose subject is a cited document ("对《……》的意见的函") or
# that conveys an opinion ("关于……项目选址的意见的函": 意见 is then the content, not a 文种).
_TWO_TYPES = re.compile(r"关于(.{2,}?)(?<!》)的(决定|决议|意见|批复|公告|通告|通报|报告|请示|纪要|"
                        r"通知)的(通知|通报|函|批复|报告)$")
# … and an 意见 named by its kind joined to the 事由 without 的 (关于加强……工作实施意见的通知:
# recall23, blind18 zt11): the 意见's own title runs into the 通知's
_OPINION_NOTICE = re.compile(r"关于(.{2,}?)(?<![》的])(实施意见|指导意见)的(通知|通报)$")
_ASKING_REPORT = re.compile(r"关于(申请|请求|恳请|请批|拟请)[^关]+的报告$")
_REPORTING_REQUEST = re.compile(r"(工作情况|情况|工作总结|总结)的请示$")
_WRONG_ENDINGS = {"汇报": "报告", "情况汇报": "情况报告", "情况说明": "情况报告", "申请": "请示",
                  "请求": "请示",
                  "申请书": "请示", "汇报材料": "报告", "汇报提纲": "报告", "报告材料": "报告",
                  "安排": "通知", "部署": "通知", "要求": "通知",
                  # words of notifying that pass for a 文种 and are none of the 15 (条例第八条):
                  # 提示/提醒/告知 are what a 通知 does; 指示 was a 文种 of the 1996 党的机关
                  # 公文处理条例 only, 布告/通令 of older rules
                  "提示": "通知", "提醒": "通知", "告知": "通知", "告知书": "通知",
                  "温馨提示": "通知", "指示": "通知", "布告": "通告", "通令": "通知",
                  # 批示 is what a leader writes on a document, no 文种: an organ's answer to a
                  # 请示 is a 批复 (条例第八条（十三）)
                  "批示": "批复",
                  "工作汇报": "工作报告"}
# compounds that end a title as a 文种 would, with or without 的 (关于上半年工作情况汇报)
_WRONG_COMPOUNDS = ("情况汇报", "工作汇报", "汇报材料", "汇报提纲", "报告材料")
# a 文种 with 件 after it (函件, 通知件, 请示件): 件 makes the 文种 "a piece of mail", which is
# none of the 15 of 条例第八条; the title ends with the 文种 itself
_TYPE_AS_ITEM = re.compile(f"的({_TYPE_ALT})件$")
# an activity or matter where the 文种 should be: 关于开展……活动, 关于召开……会议
_NO_TYPE_ENDINGS = re.compile(r"(?:工作|情况|问题|事项|事宜|活动|会议|建设|管理|改革|治理|整治"
                              r"|检查|考核|评比|工作总结|总结|的)$")
# an organ's name, then a verb opening the 事由, no 关于 anywhere: 县应急管理局开展……的通知;
# or a year opening it (县人民政府2027年度……资金安排的请示, recall24: a year names the matter,
# as a verb does, and a 公文 title leads it with 关于)
_NO_ABOUT = re.compile(rf"^([^关《“\"]{{2,30}}?{ORGAN})(?!关于|转发|批转|印发|发布|颁布)"
                       rf"(?:(?:19|20)\d\d年|开展|召开|举办|做好|加强|进一步|推进|实施|组织|成立|"
                       rf"调整|表彰|下达|"
                       rf"公布|申请|请求|同意|建立|印送|报送|启动)[^关]*的(?:{_TYPE_ALT})$")
# a document named in quotes where a title cites it: 印发“2027年工作要点”的通知
_QUOTED_DOC = re.compile(r"(?:印发|转发|批转)([“\"])([^”\"]{4,})([”\"])的(?:通知|函)$")
_TO_PUBLIC = re.compile(r"的(公告|通告)$")
# 决议 passed by a meeting: an organ whose name says it is one (大会, 会议, 委员会, 全会) or a
# party committee (中共……委, 党委); an office's name before 关于 (……局关于……的决议) is none
_OFFICE = re.compile(r"(?:局|厅|办公室|办公厅|政府|中心|公司|署|院|站|所)$")
# the writing organ sending the cited document itself (我局已向市政府报送《……的请示》): a
# first-person organ, then a verb of sending or drafting right before the 《
_OURS = re.compile(r"(?:我|本)(?:局|委|办|厅|部|院|中心|单位|部门|县|市|区|镇|乡|街道|公司)"
                   r"[^。；！？《]{0,20}(?:报送|上报|呈报|报请|提交|呈送|起草)(?:了|过|的)?《$")
# an activity named in 《》 after a verb of doing it: 开展《……评估》, 组织《……检查》
_ACTIVITY_QUOTED = re.compile(r"(?:开展|组织|举办|进行|参加|做好|启动)(《([^《》]{2,40}?"
                              r"(?:评估|检查|评比|竞赛|活动|行动|调研|培训|普查|考核|督查|巡查|"
                              r"比赛))》)")
# a 关于-title whose 文种 follows the 事由 with no 的 (纪要 and 令 titles go without: ……会议纪要)
_NO_DE_TYPES = "|".join(t for t in DOC_TYPES if t not in ("纪要", "令", "命令"))
_WITHOUT_DE = re.compile(rf"关于[^的]{{4,}}?(?<![的□》])({_NO_DE_TYPES})$")
# 关于 + a second preposition (关于根据……, 关于按照……, 关于针对……): 介词连用 as 关于对 is; the
# two-character prepositions only, which begin no noun a title could be about (关于在…… is left
# alone: 关于在全省开展……的通知 stands in titles the State Council itself issued)
_ABOUT_THEN_PREPOSITION = re.compile("关于(根据|按照|依据|依照|遵照|针对|对于|鉴于|围绕|为了)")
# the noun before 的 said again between 的 and the 文种 (……会议的会议通知, ……活动的活动方案通知):
# the 文种 is the last word alone, and 会议通知 is no 文种 of 条例第八条
_NOUN_AGAIN = re.compile(rf"([^的□《》]{{2,4}})(的\1)({_TYPE_ALT})$")



def _flatten(title: str) -> str:
    """The title with the text of nested 《》 or 〈〉 blanked (same length), so that a cited
    title's own 关于 and 文种 ("关于印发《关于……的意见》的通知") do not count."""
    out = list(title)
    depth = 0
    for k, c in enumerate(title):
        if c in "《〈":
            depth += 1
        elif c in "》〉":
            depth = max(0, depth - 1)
        elif depth:
            out[k] = "□"
    return "".join(out)


@text_cache
def title_findings(title: str, own: bool, ours: bool = False) -> tuple[Raw, ...]:
    """Problems of one title (``own``: the document's own title, else a title cited in 《》;
    ``ours``: a cited title of a document the writing organ itself sent, whose redundant verb
    is its own slip, not a quotation of another organ's 请示 as issued)."""
    flat = _flatten(title).rstrip()
    out: list[Raw] = []
    out += _preposition(title, flat)
    out += _types(flat)
    out += forwarding(title, flat)
    out += _no_type(flat, own)
    if own:
        out += _form(title, flat) + marks_inside(flat)
        if not any(r.rule == FORWARDING.id for r in out):
            out += own_text_forwarded(title, flat)
    if not own:  # a cited title must match the original: say so, at info level, with no fix
        out = [Raw(r.rule, r.start, r.end,
                   f"所引文件标题：{r.message}（引用须与原标题一致，请核对原文）",
                   None, Severity.INFO)
               for r in out if r.rule != REDUNDANT.id or ours]  # 批复 quote 请示 titles
    return tuple(out)


def _preposition(title: str, flat: str) -> list[Raw]:
    out = []
    for m in re.finditer("关于关于", flat):
        out.append(Raw(PREPOSITION.id, m.start(), m.end(), "标题中“关于”重复", "关于",
                       Severity.ERROR))
    for m in re.finditer("关于对(.)(.?)", flat):
        if m.group(1) in _DUI_WORDS and not (m.group(2) and
                                             m.group(2) in _DUI_THEN.get(m.group(1), "")):
            continue
        out.append(Raw(PREPOSITION.id, m.start(), m.start() + 3,
                       "标题介词连用：“关于对……”应去掉“对”", "关于"))
    for m in _ABOUT_THEN_PREPOSITION.finditer(flat):
        p = m.group(1)
        out.append(Raw(PREPOSITION.id, m.start(), m.end(),
                       f"标题介词连用：“关于{p}……”应去掉“{p}”（依据写在正文中）", "关于"))
    starts = [m.start() for m in re.finditer("关于", flat)]
    if len(starts) >= 2 and "关于关于" not in flat:
        s = starts[1]
        out.append(Raw(PREPOSITION.id, s, s + 2,
                       "标题介词连用：“关于”出现两次（被转发或印发的标题应加书名号，或删去一个“关于”）"))
    return out


def _types(flat: str) -> list[Raw]:
    out = []
    m = _MIXED.search(flat)
    if m and m.group(1) == "意见" and m.group(2) == "函" and "征求" in flat:
        m = None  # 征求意见函: the 函 that asks for comments
    if m and "关于" not in flat and flat[m.start() - 1:m.start()] != "的":
        m = None  # "通知公告", a website's section name, is not a 公文 title
    if m and m.group(1) != m.group(2) and not flat.endswith("命令"):
        right = "请示" if "请示" in m.group() or m.group(1) == "申请" else None
        sev = Severity.ERROR if {m.group(1), m.group(2)} <= {"请示", "报告", "申请"} else None
        hint = f"，应为“{right}”" if right else "，应只用一个文种"
        out.append(Raw(MIXED.id, m.start(), m.end(), f"文种混用：“{m.group()}”{hint}",
                       right, sev))
    m = _TWO_TYPES.search(flat) or _OPINION_NOTICE.search(flat)
    if m and m.group(2) != m.group(3) and not ISSUING_OR_BUSINESS.search(flat) \
            and (m.group(2) not in ("意见", "实施意见", "指导意见") or
                 m.group(3) in ("通知", "通报")):
        out.append(Raw(MIXED.id, m.start(2), m.end(3),
                       f"标题中有两个文种（“{m.group(2)}”“{m.group(3)}”）：发布或转发另一公文"
                       "应写“印发”“转发”或“批转”，并给其标题加书名号；否则只用一个文种"))
    out += _wrong_choice(flat)
    m = _REDUNDANT.search(flat)
    if m:
        verb = m.group(1) or m.group(2)
        kind = "请示" if m.group(1) else "报告"
        at = m.start(1) if m.group(1) else m.start(2)
        hint = "可删去或改用具体动词（如“拨付”“批准”）" if kind == "请示" else "可删去"
        out.append(Raw(REDUNDANT.id, at, at + len(verb),
                       f"标题中“{verb}”与文种“{kind}”意思重复，{hint}"))
    m = re.search(rf"({_TYPE_ALT})的?\1$", flat)  # ……的通知的通知; 通知通知
    if m:
        out.append(Raw(REPEATED.id, m.start(), m.end(),
                       f"文种重复：“{m.group()}”（转发公文时被转发的标题应加书名号，或只保留一个文种）"))
    m = _NOUN_AGAIN.search(flat)  # 关于召开……会议的会议通知: the event named twice
    if m:
        out.append(Raw(REPEATED.id, m.start(2), m.end(),
                       f"“{m.group(1)}”重复：文种是“{m.group(3)}”，“{m.group(1)}的{m.group(1)}"
                       f"{m.group(3)}”应为“{m.group(1)}的{m.group(3)}”", "的" + m.group(3)))
    return out


def _wrong_choice(flat: str) -> list[Raw]:
    """报告 that asks for approval, 请示 that only reports (条例第十五条: 报告中不得夹带请示事项;
    请示 asks for instructions or approval)."""
    m = _ASKING_REPORT.search(flat)
    if m:
        return [Raw(MIXED.id, len(flat) - 2, len(flat),
                    f"标题“{m.group(1)}……的报告”是请求批准的事项，应用“请示”"
                    "（报告中不得夹带请示事项）", "请示")]
    m = _REPORTING_REQUEST.search(flat)
    if m:
        return [Raw(MIXED.id, len(flat) - 2, len(flat),
                    f"“{m.group(1)}的请示”只汇报情况，应用“报告”（请示用于请求指示、批准）",
                    "报告")]
    return []


def _form(title: str, flat: str) -> list[Raw]:
    """The document's own title without 关于 before a verb, or citing a document in quotes."""
    out = []
    m = _NO_ABOUT.search(flat)
    if m and "关于" not in flat:
        at = m.end(1)  # where the organ's name ends
        out.append(Raw(PREPOSITION.id, at, at + 2,
                       "标题缺少“关于”：发文机关名称后一般用“关于”引出事由（关于……的通知）",
                       None, Severity.INFO))
    m = _ACTIVITY_QUOTED.search(title)
    if m:
        out.append(Raw(PUNCT.id, m.start(1), m.end(1),
                       f"标题中书名号只用于文件、法规或作品名称，“{m.group(2)}”是一项工作，不加书名号",
                       m.group(2)))
    m = _WITHOUT_DE.search(flat)
    if m and "的" not in flat[m.start():] and not flat.endswith(("纪要", "令")):
        at = m.start(1)
        out.append(Raw(NO_DE.id, at, len(flat),
                       f"标题事由与文种之间缺“的”：应为“……的{m.group(1)}”", "的" + m.group(1)))
    if flat.endswith("的决议"):
        head = flat[:flat.find("关于")] if "关于" in flat else ""
        if head and _OFFICE.search(head):
            out.append(Raw(WRONG_TYPE.id, len(flat) - 2, len(flat),
                           "“决议”只用于会议讨论通过的重大决策事项；机关作出的决策用“决定”"
                           "（或“通知”）", "决定"))
    m = _QUOTED_DOC.search(title)
    if m:
        out.append(Raw(PUNCT.id, m.start(1), m.end(3),
                       f"标题中的文件名称用书名号：“{m.group(2)}”应为《{m.group(2)}》",
                       f"《{m.group(2)}》"))
    return out


def _no_type(flat: str, own: bool) -> list[Raw]:
    if "关于" not in flat[:40]:
        return []
    for wrong, right in sorted(_WRONG_ENDINGS.items(), key=lambda e: -len(e[0])):
        if flat.endswith("的" + wrong) or (wrong in _WRONG_COMPOUNDS and flat.endswith(wrong)):
            if not flat.endswith("的" + wrong) and wrong.endswith("汇报"):
                right = wrong[:2] + "的报告"  # 关于……工作情况汇报 → 情况的报告
            return [Raw(NO_TYPE.id, len(flat) - len(wrong), len(flat),
                        f"“{wrong}”不是法定文种，应为“{right}”", right)]
    m = _TYPE_AS_ITEM.search(flat)
    if m:  # 关于……的函件: the 文种 with 件 after it, which makes it "a document", no 文种
        return [Raw(NO_TYPE.id, m.start(1), len(flat),
                    f"“{m.group(1)}件”不是法定文种，应为“{m.group(1)}”", m.group(1))]
    m = _NO_TYPE_ENDINGS.search(flat)
    if own and m and not re.search(f"(?:{_TYPE_ALT})$", flat):
        return [Raw(NO_TYPE.id, m.start(), m.end(),
                    "标题缺少文种（标题由发文机关、事由和文种组成，如“……的通知”“……的报告”）")]
    return []


def _emit(r: Raw, where: list[tuple[int, int]], texts: list[str]) -> Finding:
    info = _BY_ID[r.rule]
    i, start = where[r.start]
    j, last = where[r.end - 1]
    end = last + 1 if j == i else len(texts[i])
    fix = None
    contiguous = j == i and end - start == r.end - r.start
    if r.replacement is not None and contiguous:
        fix = Fix((Edit(i, start, end, r.replacement),), f"改为“{r.replacement}”")
    return info.finding(r.message, i, start, end, fix=fix, severity=r.severity)


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    roles = analysis.roles
    texts = doc.texts
    first = title_with_end_mark(texts, roles)
    if first is not None:
        i, start, end = first
        mark = texts[i][start:end]
        out.append(PUNCT.finding(f"标题末尾不用标点：删去“{mark}”", i, start, end,
                                 fix=Fix((Edit(i, start, end, ""),), "删除")))
    for run in title_runs(roles):
        title, where = joined_title(texts, run)
        if title:
            out += [_emit(r, where, texts) for r in title_findings(title, True)]
            public = _TO_PUBLIC.search(title)
            after = next((k for k in range(run[-1] + 1, min(len(texts), run[-1] + 4))
                          if texts[k].strip()), None)
            belied = type_belied(_flatten(title), texts, run[-1])
            if belied is not None:
                out.append(_emit(belied, where, texts))
            closing = closing_formula(_flatten(title), texts, run[-1] + 1)
            if closing is not None:  # 请示 closing 特此报告, 报告 closing 妥否，请批示
                out.append(WRONG_TYPE.finding(closing[3], *closing[:3]))
            several = None if after is None else request_to_several(_flatten(title), texts[after])
            if several is not None and after is not None:  # 请示 to 县委、县人民政府
                out.append(WRONG_TYPE.finding(several[2], after, several[0], several[1]))
            if public and "关于" in title and after is not None and \
                    ADDRESSEE.match(texts[after].strip()):
                r = Raw(MIXED.id, public.start(1), public.end(1),
                        f"“{public.group(1)}”向社会公布，没有主送机关；发给“{texts[after].strip()}”"
                        "的公文应为“通知”", "通知")
                out.append(_emit(r, where, texts))
    for i, text in enumerate(texts):
        if roles[i] in (Role.JUNK, Role.BLANK) or "《" not in text:
            continue
        for off, inner in cited_titles(text):
            where = [(i, off + k) for k in range(len(inner))]
            ours = bool(_OURS.search(text, max(0, off - 40), off))
            out += [_emit(r, where, texts) for r in title_findings(inner, False, ours)]
    return out
