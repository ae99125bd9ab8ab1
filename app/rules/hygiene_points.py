"""hygiene/percent-point (百分点与百分数混用): a change of a rate told in % or a change of an
amount told in 百分点, called from :mod:`app.rules.hygiene_ranges` (same paragraphs, same
settings group).

A 百分点 is the unit of the difference between two percentages: "百分点是指不同时期以百分数形式
表示的相对指标（如：速度、指数、构成等）的变动幅度 … 第一产业占的比重 … 下降3.6个百分点 … 但不能
说下降3.6%" (统计知识《“百分数”与“百分点”》, http://data.acmr.com.cn/dictionary/dicshow.asp?id=31,
the statistics offices' usage). Three slips follow from it:

- a rate (增速, 增幅, 比重, 占比, 合格率, 完成率 …) that rose or fell by "X%": 增速提高了1.5% →
  1.5个百分点, also told after the rate's value (覆盖率达到65.8%，较上年提高0.5%). Only the
  rate words that name a percentage (效率, 汇率, 利率 are quantities of their own: 效率提高了20%
  is a relative change), and only "verb (了) X%": a rate that rose *to* a value (提高到8.5%,
  下降为3%) is right, and so is a change in proportion (按比例提高10%);
- an amount (元, 吨, 人, 户 …) whose growth right after it is told in 百分点: 实现地区生产总值
  120亿元，同比增长6.5个百分点 → 6.5%;
- "X%个百分点", both units at once (下降了30%个百分点): one must go, and only the writer knows
  which, so no fix is offered.
"""

from __future__ import annotations

import re

from app.findings import Severity
from app.rules.base import Raw, RuleInfo

PERCENT_POINT = RuleInfo("hygiene/percent-point", Severity.WARNING, "百分点与百分数混用",
                         "统计用语：百分点是以百分数表示的相对指标（速度、比重、比率等）的变动幅度；"
                         "绝对数的增减用百分数")

# rates that are percentages: their changes are differences of percentages
_RATE = (r"(?<![按依照同成])(?:增速|增幅|增长率|降幅|涨幅|比重|占比|比例|"
         r"(?:合格|完成|覆盖|达标|利用|入学|失业|就业|普及|参保|发生|贡献|城镇化|执行|办结|满意|优良|结案|上线|留存|转化|出栏|成活|到位|"
         r"知晓|参与|使用|回收|处理|化|整改|销号|收缴|征收|清收|发芽|出勤)率)")
_CHANGE = r"(?:提高|上升|下降|回落|降低|提升|加快|放缓|扩大|缩小|增加|减少|回升|下滑|上涨)"
_NUM = r"(\d+(?:\.\d+)?)"
# a rate, a few characters (同比, 比上年同期), its change and a bare percentage
_RATE_IN_PERCENT = re.compile(rf"{_RATE}[^，。；：、%％\d]{{0,8}}?{_CHANGE}了?{_NUM}([%％])")
_AMOUNT = (r"(?:[万亿]?元|[万亿]?吨|[万亿]?千瓦时|[万亿]?立方米|万?人次|万?人|万?户|万?辆|万?套|"
           r"万?件|万?亩)")
# an amount, a comma at most and a word of comparison, its growth and 百分点
_AMOUNT_IN_POINTS = re.compile(rf"\d{_AMOUNT}[，,]?(?:同比|比上年|比去年|比上年同期|较上年)?"
                               rf"(?:增长|下降|增加|减少)了?{_NUM}个百分点")
_BOTH = re.compile(rf"{_NUM}[%％]个?百分点")
# a rate told at its value, then its change after a comma with a word of comparison at most
# (森林覆盖率达到65.8%，较上年提高0.5%): the change follows the value the rate took, so it
# is the rate's, in 百分点. Only these comparison words between: 资金增加10% after the comma
# is another thing's change
_COMPARE = r"(?:同比|比上年同期|比上年|较上年同期|较上年|比去年同期|比去年|较去年|比年初|较年初)"
_RATE_THEN_CHANGE = re.compile(rf"{_RATE}[^，。；：、%％\d]{{0,6}}\d+(?:\.\d+)?[%％][，,]"
                               rf"{_COMPARE}?{_CHANGE}了?{_NUM}([%％])")


def percent_points(text: str) -> list[Raw]:
    """The three slips of the module's docstring in one paragraph."""
    out: list[Raw] = []
    for m in (*_RATE_IN_PERCENT.finditer(text), *_RATE_THEN_CHANGE.finditer(text)):
        out.append(Raw(PERCENT_POINT.id, m.start(1), m.end(2),
                       f"比率的升降用百分点：“{m.group(1)}{m.group(2)}”应为“{m.group(1)}个百分点”",
                       f"{m.group(1)}个百分点"))
    for m in _AMOUNT_IN_POINTS.finditer(text):
        s = m.start(1)
        out.append(Raw(PERCENT_POINT.id, s, m.end(),
                       f"绝对数的增减用百分数：“{text[s:m.end()]}”应为“{m.group(1)}%”",
                       f"{m.group(1)}%"))
    for m in _BOTH.finditer(text):
        out.append(Raw(PERCENT_POINT.id, m.start(), m.end(),
                       f"“{m.group()}”中百分号与“百分点”重复：比率的升降用“个百分点”，"
                       "绝对数的增减用“%”，只保留其一"))
    return out
