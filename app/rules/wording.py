"""wording/misused: a small, curated list of misused characters common in official writing.

Every entry is an outright error (a wrong character in a fixed word), never a style preference,
so the rule does not cry wolf. Sources: 《咬文嚼字》编辑部“当代汉语出版物中最常见的100个别字”
(2001) and 《现代汉语词典》第7版 for the correct forms. Entries were checked against the corpus
in ../shared/corpus (no hits in published documents). A match counts only where it stands as a
word: when the segmentation puts a common word across its edge (预防|犯罪 around 防犯) the
characters belong to other words and nothing is wrong.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.lexicon import FLOOR, available, is_han, lexicon
from app.model import Document, Role
from app.regex_prefix import word_alternation
from app.rules.base import RuleInfo, data_lines
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

WORDING = RuleInfo("wording/misused", Severity.ERROR, "错别字",
                   "《现代汉语词典》第7版；《咬文嚼字》常见别字表及年度十大语文差错等"
                   "（来源逐条见 app/data/misused_words.txt）")
RULES = [WORDING]

# wrong → right
MISUSED: dict[str, str] = {
    "兵乓球": "乒乓球", "布署": "部署", "部暑": "部署", "按步就班": "按部就班",
    "迫不急待": "迫不及待", "再接再励": "再接再厉", "一愁莫展": "一筹莫展", "甘败下风": "甘拜下风",
    "金榜提名": "金榜题名", "谈笑风声": "谈笑风生", "走头无路": "走投无路", "穿流不息": "川流不息",
    "默守成规": "墨守成规", "一如继往": "一如既往", "直接了当": "直截了当", "出谋化策": "出谋划策",
    "变本加利": "变本加厉", "不径而走": "不胫而走", "事必恭亲": "事必躬亲", "蛛丝蚂迹": "蛛丝马迹",
    "鼎立相助": "鼎力相助", "精兵减政": "精兵简政", "言简意骇": "言简意赅", "既往不究": "既往不咎",
    "原形必露": "原形毕露", "声名雀起": "声名鹊起", "出奇不意": "出其不意", "人情事故": "人情世故",
    "委屈求全": "委曲求全", "仗义直言": "仗义执言", "草管人命": "草菅人命", "好高鹜远": "好高骛远",
    "滥芋充数": "滥竽充数", "脍灸人口": "脍炙人口", "不落巢臼": "不落窠臼", "自抱自弃": "自暴自弃",
    "振耳欲聋": "震耳欲聋", "食不裹腹": "食不果腹", "松驰": "松弛", "寒喧": "寒暄", "国藉": "国籍",
    "暮然回首": "蓦然回首", "防犯": "防范", "幅射": "辐射", "侯车": "候车", "急燥": "急躁",
    "竟赛": "竞赛", "蓝球": "篮球", "粗旷": "粗犷", "针贬": "针砭", "一股作气": "一鼓作气",
    "以身做则": "以身作则", "发韧": "发轫", "精萃": "精粹", "既使": "即使", "按排": "安排",
    "好象": "好像", "挖墙角": "挖墙脚", "重迭": "重叠", "凑和": "凑合", "渲泄": "宣泄",
    "明信片": "明信片", "座右铭": "座右铭", "融汇贯通": "融会贯通", "贻笑大方": "贻笑大方",
    "矫枉过正": "矫枉过正", "再所不惜": "在所不惜", "无所是事": "无所事事", "暇不掩瑜": "瑕不掩瑜",
    "世外桃园": "世外桃源", "一诺千斤": "一诺千金", "共商国事": "共商国是", "病入膏盲": "病入膏肓",
    "披星带月": "披星戴月", "走投无路": "走投无路", "谈笑风生": "谈笑风生", "防碍": "妨碍",
    "既然如此": "既然如此", "截然不同": "截然不同", "趋之若鹜": "趋之若鹜", "美仑美奂": "美轮美奂",
    "迁徒": "迁徙", "一副对联": "一副对联", "九宵": "九霄", "决窍": "诀窍", "追朔": "追溯",
    "修茸": "修葺", "磬竹难书": "罄竹难书", "竭泽而鱼": "竭泽而渔", "不加思索": "不假思索",
    "按装": "安装",
}


# Where a word reaches across an edge of the match, the correction must make the clause clearly
# more probable, not merely so: the unigram model favours a frequent correction between frequent
# single characters (这|坐落|成 e^1.5 over 这座|落成, 插|坐落|满 e^1.5 over 插座|落满), while the
# listed slips met across a seam gain e^2.8 and more (直接|了|当地 → 直截了当, 研究部|暑 → 部署 e^9)
SEAM_MARGIN = 2.5


def _listed_in_data() -> dict[str, str]:
    """More entries, with their sources, in app/data/misused_words.txt (wrong, right, source)."""
    rows = (line.split("\t") for line in data_lines("misused_words.txt"))
    return {row[0]: row[1] for row in rows if len(row) >= 2}


MISUSED.update(_listed_in_data())
MISUSED = {k: v for k, v in MISUSED.items() if k != v}
# longest first (grouped by first character: app.regex_prefix.word_alternation, the same matches)
_PATTERN = re.compile(word_alternation(sorted(MISUSED, key=lambda w: len(re.escape(w)),
                                              reverse=True)))


@text_cache
def misused_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, wrong) of each listed misspelling that stands as a word of its own: 防犯 in
    预防犯罪 is the end of 预防 and the start of 犯罪, not a misspelling of 防范."""
    found = [(m.start(), m.end(), m.group()) for m in _PATTERN.finditer(text)]
    if not found or not available():
        return tuple(found)  # without the lexicon: every match, as before the seam test
    return tuple(f for f in found if not _cuts_a_word(text, f[0], f[1]))


def _cuts_a_word(text: str, start: int, end: int) -> bool:
    """The characters belong to the words around them: a word of the surrounding Chinese reaches
    across an edge of the match, and the text does not read clearly better with the correction
    (预防犯罪 against 预防范罪, 这座落成 against 这坐落成; SEAM_MARGIN), under the unigram model
    of the lexicon with its rarities (a few attested misspellings) left out."""
    a, b = start, end
    while a > 0 and is_han(text[a - 1]) and start - a < 6:
        a -= 1
    while b < len(text) and is_han(text[b]) and b - end < 6:
        b += 1
    lex = lexicon()
    if lex.freq.get(MISUSED[text[start:end]], 0) <= FLOOR:
        return False  # the model knows too little of the right form (发轫) to judge
    before, words = lex.best_split(text[a:b], min_freq=FLOOR)
    if not _straddles(words, start - a, end - a):
        # no word reaches across an edge of the match: it stands as a word, however often
        # the dictionary counts the misspelling itself (惹事生非 47 against 惹是生非 36, which
        # the comparison below would take for a seam)
        return False
    fixed = text[a:start] + MISUSED[text[start:end]] + text[end:b]
    return lex.best_split(fixed, min_freq=FLOOR)[0] < before + SEAM_MARGIN


def _straddles(words: list[str], start: int, end: int) -> bool:
    """A word of the segmentation ``words`` holds characters of [start, end) and characters
    outside it (预防|犯罪 around 防犯): only then may the match be no word of its own."""
    at = 0
    for w in words:
        stop = at + len(w)
        if at < end and start < stop and (at < start or end < stop):
            return True
        at = stop
    return False


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    for i, text in enumerate(doc.texts):
        if analysis.roles[i] in (Role.JUNK, Role.BLANK):
            continue
        for start, end, wrong in misused_words(text):
            right = MISUSED[wrong]
            fix = Fix((Edit(i, start, end, right),), f"改为“{right}”")
            out.append(WORDING.finding(f"错别字：“{wrong}”应为“{right}”", i, start, end, fix=fix))
    return out
