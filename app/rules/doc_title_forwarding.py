"""title/forwarding: 转发, 印发 and 批转 in a 公文 title (split from :mod:`app.rules.doc_title`,
which calls :func:`forwarding` for every title it checks).

《党政机关公文处理工作条例》第八条 gives the 通知 three such uses: 批转 a lower organ's 公文, 转发 a
higher or unrelated organ's, and 印发 (发布) the organ's own rules and plans. The checks:

- 印发 of another organ's 公文 (印发市教育局关于……的意见的通知 → 转发);
- 转发 of the organ's own text (转发本局……, 转发我委…… → 印发, with the fix);
- a 转发 inside the 《》 of a 转发: a title passed down level by level (info);
- a 通知 that gives out a plan or rules with no verb of issuing (关于开展……活动的实施方案的通知 →
  关于印发《……实施方案》的通知);
- 转发 of a bare 办法/方案 with no organ named (info: one's own rules are 印发);
- a title of 转发, 印发 or 批转 that ends in the 文种 of the text passed on (关于转发……关于加强
  ……的意见): the 通知 that passes it on was left out (第八条; the 国务院办公厅 also gives out a
  text by 函, 关于印发国家粮食应急预案的函, so 函 stays).
"""

from __future__ import annotations

import re

from app.findings import Severity
from app.rules.base import Raw, RuleInfo

FORWARDING = RuleInfo("title/forwarding", Severity.WARNING, "转发印发误用",
                      "《党政机关公文处理工作条例》第八条（通知：批转下级机关的公文，转发上级机关和"
                      "不相隶属机关的公文）")
# the end of an organ's name (doc_title's check of a title with no 关于 uses it too)
ORGAN = r"(?:部|厅|局|委|委员会|办公厅|办公室|政府|院|署|总局|公司|中心|党委|党组)"
# 印发 + another organ named before its title: 印发市教育局关于……, 印发省财政厅《关于……》,
# 印发省财政厅《专项资金管理办法》 (an organ issuing its own text does not name itself)
_YINFA_OTHER = re.compile(rf"印发(?![本我])《?[^《》]{{0,30}}?{ORGAN}(?:关于|《)")
_YINFA_TYPE = re.compile(r"印发《?[^《》]{2,60}?的(?:通知|请示|报告|批复|函|通报)》?的(?:通知|函)$")
# (a cited title that names its organ before 关于, 转发《市应急局关于……方案》, is another
# organ's: 转发 is right there)
_ZHUANFA_RULE = re.compile(r"^关于转发《?([^《》]{2,40}?(?:办法|规定|细则|方案|规划|计划|要点|规则|"
                           r"制度|预案|纲要|守则))》?的通知$")
# 转发 of the organ's own text (转发本局……, 转发我委……): 转发 passes on another organ's 公文; an
# organ gives out its own with 印发
_ZHUANFA_OWN = re.compile(r"转发(?=[本我](?:局|委|厅|部|办|院|府|司|处|室|中心|单位|机关|公司|"
                          r"校|会)(?!议))")
# a 通知 that gives out a plan or rules as its subject with no verb of issuing: 关于开展……活动的
# 实施方案的通知 is 关于印发《……实施方案》的通知 (the 通知 issues the plan; the plan is not what
# the 通知 is about). One 的 only ("关于调整……缴费标准的通知") is a 通知 about the matter itself.
_PLAN_AS_SUBJECT = re.compile(r"关于(.{2,}?)(?<![》□])的((?:实施|工作|行动|专项|推进|建设|管理|"
                              r"考核|应急|培训|评估|监测|若干|暂行|试行)?(?:方案|办法|细则|规划|"
                              r"计划|要点|规则|预案|纲要|守则|规定))的通知$")
# 转发/印发/批转 at a title's head, and at its end the 文种 of the text passed on with no 通知 (or
# 函) to pass it on: another organ's title (… 关于 … 的意见), a plan named with no 的 (印发2027年
# 工作要点), or a cited 《》. (关于转发工作的若干规定 names rules about forwarding: no title
# follows its 转发.)
_PASSED_ON_TYPE = re.compile(r"^(?:.{0,20}?关于)?(?:转发|印发|批转)"
                             r"(?:.+?关于.+?的(决定|决议|意见|报告|请示|批复|通报|公告|通告|纪要)"
                             r"|[^的]+?(方案|办法|规定|细则|规划|计划|要点)|.*?(》))$")
# a title that issues, passes on or names its business (doc_title's two-文种 check uses it too)
ISSUING_OR_BUSINESS = re.compile("印发|转发|批转|发布|颁布|公布|下发|报送|上报|提交|征求|修改|"
                                  "修订|废止|撤销|撰写|起草|执行|贯彻|落实|学习|传达|宣传|解读|做好")


def forwarding(title: str, flat: str) -> list[Raw]:
    """The 转发/印发/批转 problems of ``title`` (``flat``: the title with its cited 《》
    blanked, :func:`app.rules.doc_title._flatten`)."""
    out: list[Raw] = []
    m = _YINFA_OTHER.search(title) or _YINFA_TYPE.search(title)
    if m:
        s = title.find("印发", m.start())
        out.append(Raw(FORWARDING.id, s, s + 2,
                       "“印发”用于本机关制定的规章、方案等；转发上级或不相隶属机关的公文用“转发”，"
                       "批转下级机关的公文用“批转”"))
    if "转发" in flat:
        inner = [m.start() for m in re.finditer("转发", title) if flat[m.start()] == "□"]
        if inner:  # a 转发 inside the 《》 of a 转发: a title passed down level by level
            out.append(Raw(FORWARDING.id, inner[0], inner[0] + 2,
                           "多层转发：标题宜只保留一个“关于”、一个“转发”、一个“通知”，"
                           "省略中间环节，直接转发原发文机关的文件", None, Severity.INFO))
    own = _ZHUANFA_OWN.search(flat)
    if own:
        out.append(Raw(FORWARDING.id, own.start(), own.end(),
                       f"“转发”用于上级或不相隶属机关的公文；“{flat[own.end():own.end() + 2]}”"
                       "自己的文件用“印发”", "印发"))
    m = _PLAN_AS_SUBJECT.search(flat)
    if m and not ISSUING_OR_BUSINESS.search(flat):
        out.append(Raw(FORWARDING.id, m.start(2), m.end(2),
                       f"标题“……的{m.group(2)}的通知”缺少“印发”：发布本机关的{m.group(2)}应写"
                       f"“关于印发《……{m.group(2)}》的通知”"))
    m = _PASSED_ON_TYPE.search(flat)
    if m:
        verb = next(v for v in ("转发", "印发", "批转") if v in flat)
        end = next(g for g in (1, 2, 3) if m.group(g))
        where = "书名号后" if m.group(end) == "》" else f"“{m.group(end)}”后"
        out.append(Raw(FORWARDING.id, m.start(end), m.end(end),
                       f"“{verb}”公文以“通知”行文：标题{where}缺少“的通知”",
                       m.group(end) + "的通知"))
    m = _ZHUANFA_RULE.search(title)
    if m and not own and not re.search(f"{ORGAN}关于", m.group(1)):
        s = title.find("转发")
        out.append(Raw(FORWARDING.id, s, s + 2,
                       f"“转发”用于上级或不相隶属机关的公文；印发本机关的“{m.group(1)}”用“印发”",
                       None, Severity.INFO))
    return out
