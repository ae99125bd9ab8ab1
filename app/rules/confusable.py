"""confusable/word: two real words confused with each other, only where the context decides.

形势/形式, 度过/渡过, 启事/启示, 界限/界线, 其他/其它, 反应/反映, 截止/截至, 必须/必需, 发生/发声:
both members are correct words, so a dictionary cannot tell; each entry below names the context
that settles which one is meant (经济形式严峻 → 形势; 渡过假期 → 度过; 截止2024年底 → 截至;
反应城市发展规律 → 反映). Outside those contexts nothing is said: the rule does not guess.

Sources: 《现代汉语词典》第7版 (the meanings and the examples that separate each pair) and
《咬文嚼字》 on 形势/形式, 截止/截至, 反应/反映. Each entry is a regular expression whose
named group ``w`` is the wrong word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.lexicon import available, lexicon, segments, word_indices
from app.model import Document
from app.regex_prefix import word_alternation
from app.rules.base import RuleInfo, data_lines, prose_paragraphs
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

CONFUSABLE = RuleInfo("confusable/word", Severity.WARNING, "易混词误用",
                      "《现代汉语词典》第7版词义辨析；《咬文嚼字》易混词")
RULES = [CONFUSABLE]

# (a month of the lunar calendar too: 截止正月十二, precision24, a 镇人大 news item of unseen24)
_DATE = (r"(?:\d{2,4}年|\d{1,2}月|[一二三四五六七八九十〇]+月|今年|去年|明年|本月|上月|目前|当前|"
         r"年底|年末|年初|月底|正月|腊月|农历|\d)")


@dataclass(frozen=True)
class Pair:
    regex: str
    right: str
    why: str  # the meaning that decides, shown to the user
    words: tuple[str, ...] = ()  # the wrong words it can flag: a text without them is skipped

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Compiled when a text first holds one of the words: most entries' words never come
        up in a document, and compiling them all took ~9 ms in every process."""
        return re.compile(self.regex)


def _p(regex: str, right: str, why: str) -> Pair:
    words = tuple(re.findall(r"\(\?P<w2?>([^()|\\\[]+)\)", regex))
    return Pair(regex, right, why, words)


PAIRS: tuple[Pair, ...] = (
    # 形势 is the state of affairs; 形式 is form.
    # (after 当前/目前 … a field whose state is meant: 当前防汛形势, 目前就业形势, 当前安全生产形势;
    # 多种经济形式 / 灵活就业形式 have no 当前 before them and stay)
    _p(r"(?:当前|目前|国际|国内|周边|宏观|严峻的|复杂的)的?(?:经济|政治|安全|发展|斗争|防汛|抗旱|"
       r"防汛抗旱|汛期|安全生产|社会治安|治安|社会稳定|维稳|就业|疫情|疫情防控|禁毒|森林防火|"
       r"反腐败斗争|国际国内)?(?P<w>形式)"
       r"(?!主义|多样|上|和内容|与内容|要件)", "形势", "指事物发展的状况，用“形势”"),
    # (复杂 may stand before 严峻 and after it: 形式复杂严峻, 形式严峻复杂 — a form is neither)
    _p(r"(?P<w>形式)(?:依然|仍然|十分|更加|极为|日趋|日益|总体|整体|基本|保持|持续)?(?:复杂)?"
       r"(?:严峻|复杂多变|逼人|喜人|所迫|不容乐观|好转|向好|平稳|稳定)",
       "形势", "指事物发展的状况，用“形势”"),
    # (形势上 is 形式上 unless 上 begins a time word of the next clause: a heading run into
    # the body, 自然灾害形势上半年，全市发生…)
    _p(r"(?P<w>形势)(?:主义|多样|多种|上(?!半年|半月|半季|年|月|旬|季度|周)|化)|"
       r"(?:组织|表现|表达|活动|宣传|多种|各种)(?P<w2>形势)",
       "形式", "指事物的样式、结构，用“形式”"),
    # 度过: spend time; 渡过: cross water, get through a hardship.
    # (the time may have a bare modifier, 渡过了国庆假期, 渡过五一小长假; not when what is crossed
    # comes first: 渡过长江后的第一个春节)
    _p(r"(?P<w>渡过)了?(?:一个|一段|了)?(?![难危困险江河海湖])"
       r"(?:[^，。；：、！？\ufffc\u2028]{1,8}?的|[\u4e00-\u9fff]{1,4}?)?"
       r"(?:假期|暑假|寒假|春节|节日|假日|长假|小长假|黄金周|周末|时光|岁月|晚年|童年|青春|"
       r"一生|一天|一年|余生|难忘的|愉快的|快乐的|美好的|\d+[天年])", "度过", "用于时间，用“度过”"),
    _p(r"(?P<w>度过)(?:了)?(?:难关|危机|险滩|长江|黄河|海峡|河流)", "渡过",
       "用于越过水面或困难，用“渡过”"),
    # 启事: a notice; 启示: an insight.
    _p(r"(?:招聘|寻人|寻物|征稿|招领|更正|征婚|招生|迁址|开业|停业|致歉)(?P<w>启示)", "启事",
       "公开声明的文字，用“启事”"),
    _p(r"(?:深刻|重要|有益|宝贵|许多|诸多|很大|重大)的?(?P<w>启事)|(?P<w2>启事)(?:意义|作用)",
       "启示", "从事物中得到的领悟，用“启示”"),
    # 界限: an abstract dividing line; 界线: a boundary on the ground.
    # (a boundary of a place is a 界线: 保护区界线不清, 宅基地界线不清 stay)
    _p(r"划清(?P<w>界线)|(?<![区域地界境田林场省市县乡镇村宅址线])(?P<w2>界线)(?:分明|不清)",
       "界限", "不同事物的分界，用“界限”"),
    _p(r"(?:行政区域|行政区划|省际|县际|国境)(?P<w>界限)", "界线", "地域的边界，用“界线”"),
    # 其他 for people; 其它 only for things (GB 规范用法 prefers 其他 throughout).
    _p(r"(?P<w>其它)(?:人|同志|人员|干部|成员|代表|群众|职工|学生|党员|领导)", "其他",
       "指人时只用“其他”"),
    # 反映: reflect, report (takes an object); 反应: a reaction (a noun or intransitive).
    # (after 了 or 出, which make it a verb with an object, the object may have one modifier
    # with 的: 反应了群众的迫切需求; not 反应灵敏的特点, where 反应 is the subject)
    _p(r"(?<![化学应急连锁不良过敏快速迅速强烈])(?P<w>反应)(?:(?:了|出)(?!的|堆|速度|时间|能力)"
       r"(?:[^，。；：、！？的之\ufffc\u2028]{1,6}?的)?|(?!的|堆|速度|时间|能力))"
       r"[^，。；：、！？的之\ufffc\u2028]{0,6}?(?:问题|情况|意见|建议|诉求|心声|现状|规律|实际|水平|特点|本质|"
       r"民意|呼声|需求|面貌|成就|成效|全貌)", "反映",
       "把情况、意见告诉上级或表现出本质，用“反映”"),
    _p(r"(?:化学|应急|连锁|不良|过敏|强烈|快速)(?P<w>反映)(?![问情意建诉])", "反应",
       "事物引起的变化或行动，用“反应”"),
    # 截至: up to (a date); 截止: to end (no object after it). "截止到+时间" is right: 到 takes
    # the time (《现代汉语词典》第7版 glosses 截至 as “截止到”).
    _p(r"(?P<w>截止)" + _DATE, "截至", "后接时间表示“到某时为止”，用“截至”"),
    # 必须: must (before a verb); 必需: needed (an attribute or predicate).
    # (also before a preposition that opens the verb's phrase: 必需在月底前完成, 必需经过审批)
    # (所必需 is always the verb: 生产所必需)
    _p(r"(?<!所)(?P<w>必需)(?:坚持|加强|做到|落实|严格|切实|认真|高度|把|要|始终|进一步|在(?!于)|按照|"
       r"按|由|经过|经|通过|向|从)", "必须",
       "表示一定要（修饰动词），用“必须”"),
    # 发生: happen; 发声: make a sound / speak out.
    _p(r"(?:事故|火灾|案件|灾害|险情|疫情|变化|问题|纠纷|冲突)(?P<w>发声)|(?P<w2>发声)了?"
       r"(?:较大|重大|一般|特别重大|重特大|群体性)?[^，。；的\ufffc\u2028]{0,6}?"
       r"(?:事故|火灾|案件|灾害|险情|事件)", "发生",
       "出现、产生，用“发生”"),
    # 必须 is an adverb only (《现代汉语词典》第7版: 必须 副词, 必需 动词 “一定要有；不可少”):
    # an adverb cannot take 的 before a noun, so 必须的 + noun (教学必须的设施, 所必须的条件) is
    # 必需; 这是必须的。 (predicative, no noun after) and 必须的话 are left alone.
    _p(r"(?<![是])(?P<w>必须)的(?=[\u4e00-\u9fff])(?!话|时候)", "必需",
       "不可缺少的（作定语修饰名词），用“必需”；“必须”是副词，不带“的”修饰名词"),
    # 起用 “重新任用；提拔使用” takes people, 启用 “开始使用” things (《现代汉语词典》第7版);
    # the mirror of the data file's 起用 + 平台/设备 entry. Not 启用干部档案系统 (a thing after).
    _p(r"(?P<w>启用)了?(?:一批|一些|一大批|大批|了一批)?[^，。；、]{0,6}?"
       r"(?:干部|人才|新人|同志|骨干)(?!档案|信息|管理|系统|名册|数据|平台|库)", "起用",
       "任用、提拔使用人（起用年轻干部），用“起用”；“启用”是开始使用（设备、印章）"),
    # 树立正确的权力观、政绩观、事业观 (习近平, 2013年全国组织工作会议; 2018年全国组织工作会议):
    # next to 政绩观/事业观 the view is of power, 权力观; 权利观和义务观 (law teaching) stays.
    _p(r"(?P<w>权利观)(?=[、和与](?:政绩观|事业观))|(?:政绩观|事业观)[、和与](?P<w2>权利观)",
       "权力观", "对权力的看法（权力观、政绩观、事业观），用“权力观”"),
)




def _pairs_in_data() -> tuple[tuple[str, Pair], ...]:
    """(wrong word, entry) of the context entries in app/data/confusable_context.txt."""
    rows = [line.split("\t") for line in data_lines("confusable_context.txt")]
    return tuple((w, _p(regex, right, why)) for w, regex, right, why in rows)


PAIRS += tuple(pair for _w, pair in _pairs_in_data())
# Every word some entry may flag: a paragraph without any of them needs no further look; in one
# that has some, each entry is only tried where its words are (substring tests, at C speed).
_WORDS = tuple(sorted({"形式", "形势", "渡过", "度过", "启示", "启事", "界线", "界限", "其它",
                       "反应", "反映", "截止", "必需", "发声",
                       *(w for pair in PAIRS for w in pair.words)}))
_ANY = re.compile(word_alternation(list(_WORDS)))
# The words by their first character, and the entries by the words they may flag: a paragraph's
# words are found from its own characters and only their entries are tried, in PAIRS' order
# (instead of every word tested against the text and every entry against the words found).
_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _w in _WORDS:
    _BY_FIRST[_w[0]] = (*_BY_FIRST.get(_w[0], ()), _w)
_ENTRIES_OF: dict[str, frozenset[int]] = {}
for _i, _pair in enumerate(PAIRS):
    for _w in _pair.words:
        _ENTRIES_OF[_w] = _ENTRIES_OF.get(_w, frozenset()) | {_i}
_FIRSTS = frozenset(_BY_FIRST)
_ALWAYS = frozenset(i for i, pair in enumerate(PAIRS) if not pair.words)


@text_cache
def confusions(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, wrong, right, why) of each confused word in ``text``."""
    if not _ANY.search(text):
        return ()
    present = [w for c in _FIRSTS.intersection(text) for w in _BY_FIRST[c] if w in text]
    out: list[tuple[int, int, str, str, str]] = []
    taken: set[int] = set()
    # most entries' words are absent: no regex scan for them
    for i in sorted(_ALWAYS.union(*(_ENTRIES_OF.get(w, ()) for w in present))):
        pair = PAIRS[i]
        for m in pair.pattern.finditer(text):
            group = "w" if m.group("w") is not None else "w2"
            start, end = m.span(group)
            if start in taken:
                continue
            taken.add(start)
            out.append((start, end, m.group(group), pair.right, pair.why))
    if "必需" in text:
        out += [hit for hit in _need_before_verb(text) if hit[0] not in taken]
    return tuple(sorted(out))


_MUST_WHY = "表示一定要（修饰动词），用“必须”；“必需”是“一定要有、不可少”，不修饰动词"


def _need_before_verb(text: str) -> list[tuple[int, int, str, str, str]]:
    """必需 standing as a word before a verb (管行业必需管安全, 所必需具备的条件): 必需 is a verb
    “一定要有；不可少” that takes a noun or stands alone (必需品, 必需的设备, 是必需的), and only
    the adverb 必须 modifies a verb (《现代汉语词典》第7版). The verb is a word the dictionary tags
    v, or a one-character word tagged v or vn (管); a two-character vn (设备, 消毒) may be a noun,
    so 生产必需设备 stays. The listed contexts above catch the common verbs without the tags."""
    if not available():
        return []
    tags = lexicon().tags
    tokens, starts = segments(text)
    out = []
    for k in word_indices(tokens, ("必需",)):
        if k + 1 >= len(tokens):
            continue
        nxt = tokens[k + 1]
        tag = tags.get(nxt)
        if tag == "v" or (len(nxt) == 1 and tag in ("v", "vn")):
            out.append((starts[k], starts[k] + 2, "必需", "必须", _MUST_WHY))
    return out


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    for i, text in prose_paragraphs(doc, analysis):
        for start, end, wrong, right, why in confusions(text):
            fix = Fix((Edit(i, start, end, right),), f"改为“{right}”")
            out.append(CONFUSABLE.finding(f"“{wrong}”疑为“{right}”：{why}", i, start, end,
                                          fix=fix))
    return out
