"""title/*: what the document's own 关于-title says against its body and its own marks (split from
:mod:`app.rules.doc_title`, whose ``check`` calls :func:`title_against_body` for the document's
title; recall18, the seventeenth blind set).

- ``title/wrong-type``, the closing formula against the 文种: a 报告 that closes asking for
  approval (以上报告，妥否，请批示: 报告中不得夹带请示事项, 条例第十五条) and a 请示 that closes
  with 特此报告 (a 请示 asks: 妥否，请批示 / 当否，请批复); a 通知 or 通报 that closes with
  特此报告 and a 报告 that closes with 特此通知 / 特此通报 (the formula of the other direction:
  特此X names the 文种, recall21; not in a 转发/印发/批转 通知, whose forwarded text may follow
  with its own close); a 通知, 通报 or 函 that closes like a 请示 and a 函 that closes 特此报告
  (recall24). The formula is looked for in the body's
  paragraphs, as a sentence of its own (after 。 or a paragraph's start, at most a few words
  before it), so 请批示 inside a sentence about another document stays quiet.
- ``title/wrong-type``, a 请示 addressed to two organs (县委、县人民政府：): a 请示 一般只写一个主送
  机关; the others it must reach are 抄送 (条例第十五条（四）). Only two or three organ names
  joined by 、 or ， on the addressee line right after the title (recall19).
- ``title/forwarding``, 转发 of the organ's own text named in full: the cited title begins with the
  very organ that issues the 通知 (××县财政局关于转发《××县财政局2027年度预算编制手册》的通知):
  one's own text is 印发 (条例第八条). A cited name that goes on into another organ (县人民政府
  → 县人民政府办公室) is that other organ's.
- ``title/punctuation``, a sentence mark inside the title (……政务公开工作，提升政府透明度的通知):
  a title takes no 逗号, 句号, 分号, 问号 or 叹号 (《国家行政机关公文处理办法》 2000 第十条: 标题中
  除法规、规章名称加书名号外，一般不用标点符号); 顿号, quotes and 书名号 are used in titles and
  stay, and so does a subtitle after a dash.
"""

from __future__ import annotations

import re

from app.findings import Severity
from app.rules.base import Raw
from app.rules.doc_title_forwarding import FORWARDING

# a request for approval closing a 报告 (not 批转: the older 呈转性报告 asked for it)
# (以上议案，妥否，请批示 closes a 议案 the same wrong way: recall23)
_ABOVE = r"(?:以上(?:报告|议案)[，,]?)?"
_ASKS = re.compile(r"(?:^|[。；！])\s*(" + _ABOVE + r"(?:妥否|当否|可否|是否妥当)[，,]?\s*"
                   r"请(?:予)?(?:批示|批复|审批|批准|核准)|" + _ABOVE + r"请(?:予)?(?:批示|批复|"
                   r"审批|批准|核准))\s*[。！]?\s*$")
# a 报告 asking for 审议 of an organ that deliberates nothing (县审计局：… 特此报告，请审议): 审议
# is what a 人民代表大会, its 常委会 or a meeting does with a 报告 (《各级人民代表大会常务委员会
# 监督法》第二章); a 局, 办, 中心 … receives a 报告 and answers none
_DELIBERATE = re.compile(r"(?:^|[。；！])\s*((?:特此报告|以上报告)?[，,]?\s*请(?:予)?审议)"
                         r"\s*[。！]?\s*$")
_DEPARTMENT = re.compile(r"^[^。；！？，、：:]{1,30}?(?:局|厅|办公室|办|中心|所|站|处|科|股)[：:]$")
# a 报告's closing in a 请示, 通知 or 通报
_REPORTS = re.compile(r"(?:^|[。；！])\s*(特此报告)\s*[。！]?\s*$")
# a 通知's or 通报's closing in a 报告
_NOTIFIES = re.compile(r"(?:^|[。；！])\s*(特此通[知报])\s*[。！]?\s*$")
# the closing of a 通知, 通报 or 报告 in a 通告, 公告 or 批复, which close 特此通告 / 特此公告 /
# 此复 (recall23)
_NOT_ANNOUNCING = re.compile(r"(?:^|[。；！])\s*(特此(?:通知|通报|报告))\s*[。！]?\s*$")
_PASSES_ON = re.compile(r"转发|印发|批转")
_ATTACHMENT = re.compile(r"附\s*件\s*\d*\s*[：:]?")
# sentence marks a title does not take (outside 《》 and quotes, which the caller blanks)
_MARKS = re.compile(r"[，。；？！,;?!]")
# the 文种 (条例第八条, and 纪要): doc_title reads them from here (DOC_TYPES)
DOC_TYPES = ("决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告",
             "请示", "批复", "议案", "函", "纪要")
# a subtitle after a dash (——以产业为引领，助推乡村振兴) is a phrase of its own, commas and all
_SUBTITLE = re.compile(r"——|--|—|－－")
# the organ issuing: the title's text before 关于, ending in an organ's word
_ISSUER = re.compile(r"^([^关《》“”]{4,40}?(?:局|厅|委|办公室|办公厅|政府|中心|委员会|院|署|部))"
                     r"关于")
_ZHUANFA_CITED = re.compile(r"转发《")


def closing_formula(flat: str, texts: list[str], first: int) -> tuple[int, int, int, str] | None:
    """(paragraph, start, end, message) of a closing formula in ``texts[first:]`` that the
    title's 文种 (报告 or 请示: ``flat``, the title with cited 《》 blanked) does not take, or
    None. A title that mixes the two (请示报告) is title/mixed-type's."""
    kind = next((t for t in ("请示", "报告", "通知", "通报", "通告", "公告", "议案", "批复", "函")
                 if flat.endswith(t)), "")
    if kind in ("通知", "通报", "函") and not _PASSES_ON.search(flat):
        if kind != "函" and (other := _other_close(kind, _REPORTS, texts, first)):
            return other
        return _asked_or_reported(kind, texts, first)
    if kind in ("通告", "公告", "批复"):  # (a 批复 closes 此复 or 特此批复)
        return _other_close(kind, _NOT_ANNOUNCING, texts, first)
    pattern = _ASKS if kind in ("报告", "议案") else _REPORTS if kind == "请示" else None
    if pattern is None or "请示报告" in flat:
        return None
    addressee = next((t.strip() for t in texts[first:first + 3] if t.strip()), "")
    to_department = kind == "报告" and bool(_DEPARTMENT.match(addressee))
    for i in range(first, len(texts)):
        text = texts[i].strip()
        if not text or len(text) > 200:
            continue
        m = pattern.search(text)
        if m is None and to_department and (d := _DELIBERATE.search(text)):
            at = texts[i].find(d.group(1))
            return (i, at, at + len(d.group(1)),
                    f"“{d.group(1).strip('，, ')}”：主送机关“{addressee[:-1]}”不审议报告"
                    "（审议是人大及其常委会、会议的职权）；报告的结束语用“特此报告”")
        if m is None:
            if kind == "报告" and (other := _other_close(kind, _NOTIFIES, texts, i, i + 1)):
                return other
            continue
        at = texts[i].find(m.group(1))
        if kind == "议案":  # 提请审议: a 议案 closes 请审议 (条例第八条: 提请……审议事项)
            return (i, at, at + len(m.group(1)),
                    f"议案提请人民代表大会或其常务委员会审议，结束语用“请审议”；"
                    f"“{m.group(1)}”是请示的结束语")
        if kind == "报告":
            return (i, at, at + len(m.group(1)),
                    f"报告中不得夹带请示事项：“{m.group(1)}”是请示的结束语；需要上级批准的事项"
                    "应另行请示，报告可用“特此报告”")
        return (i, at, at + len(m.group(1)),
                "请示的结束语应请求批示或批准（如“妥否，请批示”“当否，请批复”），"
                "“特此报告”是报告的结束语")
    return None


def _asked_or_reported(kind: str, texts: list[str], first: int) -> tuple[int, int, int, str] | None:
    """A 通知, 通报 or 函 closing like a 请示 (妥否，请批示), or a 函 closing 特此报告 (recall24): a
    通知 or 通报 goes down to organs that approve nothing of it, and a 函 goes across to an organ
    it neither reports to nor asks for 批示; it may ask one in charge to approve (请予批准).
    条例第八条: 函 "适用于不相隶属机关之间商洽工作、询问和答复问题、请求批准和答复审批事项"; it
    closes 特此函告, 特此函商, 请予函复."""
    for i in range(first, len(texts)):
        text = texts[i].strip()
        if _ATTACHMENT.match(text):
            return None
        if not text or len(text) > 200:
            continue
        m = _ASKS.search(text) or (_REPORTS.search(text) if kind == "函" else None)
        if m is None or (kind == "函" and "报告" not in m.group(1) and "批示" not in m.group(1)):
            continue  # a 函 may ask an organ in charge to approve (请予批准, 请予审批): 批示 only
        at = texts[i].find(m.group(1))
        if kind == "函":
            return (i, at, at + len(m.group(1)),
                    f"函的结束语用“特此函告”“特此函商”“请予函复”等，“{m.group(1)}”是"
                    f"{'报告' if '报告' in m.group(1) else '请示'}的结束语")
        return (i, at, at + len(m.group(1)),
                f"{kind}的结束语用“特此{kind}”，“{m.group(1)}”是请示的结束语")
    return None


def _other_close(kind: str, pattern: re.Pattern[str], texts: list[str], first: int,
                 end: int | None = None) -> tuple[int, int, int, str] | None:
    """The closing formula of another 文种 (``pattern``) in ``texts[first:end]`` of a ``kind``,
    up to an attachment (附件: a report form a 通知 hands out closes 特此报告 of its own)."""
    for i in range(first, len(texts) if end is None else end):
        text = texts[i].strip()
        if _ATTACHMENT.match(text):
            return None
        m = pattern.search(text) if text and len(text) <= 200 else None
        if m is not None:
            at = texts[i].find(m.group(1))
            return (i, at, at + len(m.group(1)),
                    f"{kind}的结束语用“特此{kind}”，“{m.group(1)}”是{m.group(1)[2:]}的结束语")
    return None


def own_text_forwarded(title: str, flat: str) -> list[Raw]:
    """转发 of a cited title that begins with the issuing organ itself."""
    m = _ISSUER.match(flat)
    if m is None:
        return []
    issuer = m.group(1).replace("××", "")
    if len(issuer) < 3:
        return []
    out: list[Raw] = []
    for z in _ZHUANFA_CITED.finditer(title):
        cited = title[z.end():].replace("××", "")
        if cited.startswith(issuer) and re.match(r"(?:关于|\d)", cited[len(issuer):]):
            out.append(Raw(FORWARDING.id, z.start(), z.start() + 2,
                           "“转发”用于上级或不相隶属机关的公文；发文机关自己的文件用“印发”",
                           "印发"))
    return out


def marks_inside(flat: str) -> list[Raw]:
    """A sentence mark inside a 关于-title (the end is doc_title's own check)."""
    if "关于" not in flat:
        return []
    body = re.sub(r"“[^“”]*”", lambda q: "□" * len(q.group()), flat)
    body = _SUBTITLE.split(body, maxsplit=1)[0].rstrip("。．.，,；;！!、：: ")
    if not body.endswith(DOC_TYPES):
        return []  # no 文种 at the end: the run may hold a line of body text taken for a title
    return [Raw("title/punctuation", m.start(), m.end(),
                f"标题中一般不用“{m.group()}”等标点符号（书名号、引号、顿号除外）：删去或改写",
                None, Severity.WARNING)
            for m in _MARKS.finditer(body)]


# an organ's name: the words its name ends in (县委, 县人民政府, 市财政局, 市委办公室)
_ORGAN = r"[^。；！？，、：:]{1,20}?(?:委|政府|局|厅|办公室|办公厅|委员会|人大常委会|政协)"
_SEVERAL_ORGANS = re.compile(rf"^{_ORGAN}(?:[、，,]{_ORGAN}){{1,2}}[：:]$")


def request_to_several(flat: str, addressee: str) -> tuple[int, int, str] | None:
    """(start, end, message) when a 请示 (``flat``: its title with cited 《》 blanked) is
    addressed to two or three organs (``addressee``: the line after the title), else None."""
    if not flat.endswith("请示") or "请示报告" in flat:
        return None
    line = addressee.rstrip()
    if _SEVERAL_ORGANS.match(line.strip()) is None:
        return None
    start = len(line) - len(line.lstrip())
    return (start, len(line) - 1,
            f"请示一般只写一个主送机关：“{line.strip()[:-1]}”有几个机关；需要同时送其他机关的，"
            "应当用抄送形式（《党政机关公文处理工作条例》第十五条）")


# an addressee line: bodies named, ending in ：(各市场监管所：, 各乡镇人民政府，县直各单位：)
ADDRESSEE = re.compile(r"^[^。；！？]{0,50}(?:单位|部门|所|局|委|办|政府|室|站|中心|公司|企业|"
                       r"学校|院|会|组|队|科|股|处|厅|部|镇|乡|街道|村|社区|[）)])[：:]$")
# the opening sentence's own word for the document: 现将有关事项通知如下, 现就……请示如下
_SAYS = re.compile(r"(?:现将|现就|兹将|特将|现把)[^。；]{0,60}?(通知|报告|请示|通报)如下")
# 文种 of the title → what its opening may not say, and the 文种 that opening makes it
_BELIED = {"通知": ("报告", "请示"), "函": ("通知",), "请示": ("通知",), "报告": ("请示", "通知"),
           "通报": ("报告", "请示")}


def type_belied(flat: str, texts: list[str], last: int) -> Raw | None:
    """The title's 文种 against the opening's "……X如下" in the next paragraphs (addressee line,
    then the opening): a 通知 that says 报告如下 is a 报告 (条例第八条); ``flat``: the title
    with its cited titles blanked (doc_title's ``_flatten``)."""
    kind = next((t for t in _BELIED if flat.endswith("的" + t)), None)
    if kind is None:
        return None
    seen = 0
    for k in range(last + 1, min(len(texts), last + 6)):
        text = texts[k].strip()
        if not text or ADDRESSEE.match(text):
            continue
        m = _SAYS.search(text)
        if m and m.group(1) in _BELIED[kind]:
            said = m.group(1)
            # a 函 to bodies not in line that slips into 通知如下 is common usage: told, not warned
            return Raw("title/wrong-type", len(flat) - len(kind), len(flat),
                       f"标题文种为“{kind}”，正文却写“{said}如下”：文种应与内容一致，应为“{said}”"
                       "（或改正文）", None, Severity.INFO if kind == "函" else None)
        seen += 1
        if seen == 2:
            break
    return None
