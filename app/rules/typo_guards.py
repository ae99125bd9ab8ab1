"""The tests that keep typo/char quiet where a correction would be wrong (app/rules/typo.py):
the correction leaves a stray character beside it, the stretch is one item of a series built on
one pattern, or it is a name (a title or a body's kind word beside it, a list of names, a short
quoted phrase), the abbreviation of a body, or a stretch across the seam a conjunction makes.
Each was added for a false alarm met on real text (docs/checks.md)."""

from __future__ import annotations

import re
from bisect import bisect_left

from app.lexicon import COMMON_PHRASE, SOUND_CHAR, TAIL, lexicon, segments
from app.lexicon_slips import STANDALONE
from app.rules.base import data_lines
from app.rules.dedide import DISTRIBUTIVE
from app.rules.typo_coined import CN_DIGITS, count_alone, ordinal_measure

TITLES = ("同志", "书记", "省长", "市长", "县长", "区长", "镇长", "乡长", "村长", "主任", "局长",
          "厅长", "部长", "处长", "科长", "主席", "总理", "委员", "代表", "教授", "院士", "先生",
          "女士", "董事长", "经理", "院长", "校长", "所长", "秘书长", "副", "等同志", "烈士")
PLACE_BODY = set("省市县区镇乡村屯寨街路巷河江湖山岭峰湾港桥寺庙局厅委办署院所校馆站场厂矿社队部")
# Kinds of road, works and place whose name stands right before them (青华公路, 白鹤水库): the
# stretch is the name, not a slip of a word (清华).
FACILITY_AFTER = ("公路", "大道", "大街", "大桥", "水库", "隧道", "铁路", "机场", "码头", "公园",
                  "广场", "小区", "园区", "景区", "灌区", "中学", "小学", "幼儿园", "大厦",
                  "高速公路", "高速、", "高速等", "高速，")  # 阳信高速、增天高速等
# The titles that follow a person's name of two or three characters (施海波同志); not the
# words of bodies (委员, 代表), which follow other nouns too.
PERSON_TITLES = tuple(t for t in TITLES if t not in ("副", "等同志", "委员", "代表", "烈士"))
SURNAMES = frozenset(c for line in data_lines("surnames.txt") for c in line.split())
_NAME_THEN_TITLE = re.compile("[\u4e00-\u9fff]{1,2}(?:" + "|".join(PERSON_TITLES) + ")")
# The level of a body, standing alone before its abbreviation (县防指 = 县防汛抗旱指挥部, 市安办),
# and the characters such an abbreviation ends on: the first of its head noun (指挥部, 办公室,
# 委员会, 局, 站, 队, 组, 所, 院, 部, 室).
LEVELS = frozenset("省市县区州盟旗乡镇村")
ABBREVIATION_HEADS = frozenset("指办委局站队组所院部室")
# Kinds of units inside a body; two of them make a compound of units (科室, 处室, 股室, 局办).
UNIT_KINDS = frozenset("局科股室处办厅委部所站队组")
# Conjunctions of one character that join two nouns (河岸及村道, 大赛暨交流会): where one stands
# alone after a noun, it is a conjunction, and the stretch across it is no word of the writer's.
# Not 和 or 同, which begin too many words a slip may hide in (和谐, 同步).
CONJUNCTIONS = frozenset("及暨与并或兼")
# Marks that open a quotation or a title: a name begins there.
OPENERS = frozenset("“‘\"《「『")
# What opens the second name a conjunction joins (推进会暨“三大……”调度会议, 工作会暨三届二次
# 职代会, 年会暨第二届理事会): a quotation or title, a numeral, 第.
SECOND_NAME = OPENERS | CN_DIGITS | frozenset("第0123456789")


def absorbs(words: list[str], start: int, end: int, typed: str = "", at: int = -1) -> bool:
    """The correction is a word of the corrected clause, and it leaves no stray character next
    to it: 因城施策 → 因城市策 keeps a lone 策, so 城市 is not what the writer meant. A
    four-character set phrase may stand beside a single character (全力以赴稳增长: 稳 is the
    verb of the next phrase), so only shorter corrections are held to that. Given the ``typed``
    stretch and the offset ``at`` of its changed character, a stray on the side of the kept
    characters that makes no word with them is no leftover (:func:`_kept_side`)."""
    pos = 0
    whole = end - start >= 4
    covered = False
    freq = lexicon().freq
    for k, w in enumerate(words):
        a, b = pos, pos + len(w)
        pos = b
        if a <= start and end <= b:
            covered = True
        elif not whole and len(w) == 1 and start - 2 <= a < end + 2 and \
                freq.get(w, 0) < STANDALONE and not _floor_pair(words, k, a, start, end) and \
                not _beyond_particle(words, k, a, start, end) and \
                not _kept_side(w, a, start, end, typed, at):
            return False
    return covered


def _kept_side(w: str, a: int, start: int, end: int, typed: str, at: int) -> bool:
    """The stray ``w`` (at ``a``) stands right before the correction [start, end), whose first
    character the correction keeps, and makes no dictionary word with the typed characters:
    现答付如下 → 现|答复|如下 (现 "now" before 答; 现答 is no word). The stray the guard is for
    touches the changed character and was the writer's word with it (因城施策: 施策). A stray
    after the correction still counts: it is the head of a compound the dictionary lacks
    (县域医共体, 致理楼: a name), which the correction would break."""
    if not typed or at < 0:
        return False
    known = lexicon().known
    return a == start - 1 and at > 0 and \
        not any(known(w + typed[:j]) for j in range(1, len(typed) + 1))


def _beyond_particle(words: list[str], k: int, a: int, start: int, end: int) -> bool:
    """The single character ``words[k]`` (at ``a``) is two characters from the correction
    [start, end), with a character that stands alone often between them (脱落|的|楼|栋: 的):
    it belongs to the phrase beyond that word, not a leftover of the correction."""
    if a == end + 1 and k >= 1:
        between = words[k - 1]
    elif a == start - 2 and k + 1 < len(words):
        between = words[k + 1]
    else:
        return False
    return len(between) == 1 and lexicon().freq.get(between, 0) >= STANDALONE


def _floor_pair(words: list[str], k: int, a: int, start: int, end: int) -> bool:
    """The single character ``words[k]`` (at ``a``) makes a word of the dictionary's floor with a
    neighbour that is not the correction [start, end): 红|白 of "成立红白礼事会" is 红白, a word
    the model does not load (the floor words are left to rjieba), not a stray character that the
    correction would leave behind."""
    known = lexicon().known
    left = a - len(words[k - 1]) if k > 0 else None
    right = a + 1
    return (left is not None and (left >= end or right <= start) and
            known(words[k - 1] + words[k])) or \
        (k + 1 < len(words) and (right >= end or right + len(words[k + 1]) <= start) and
         known(words[k] + words[k + 1]))


def in_series(text: str, start: int, end: int, k: int) -> bool:
    """The stretch is one item of a series built on one pattern, so its odd character is
    meant: 赋权、赋能、赋责 and 扶优、扶大、扶强 (a neighbour across a 、 differs in one
    character), 政务公开、厂务公开 (the same words around another character close by)."""
    n = end - start
    word = text[start:end]
    # a frame: 先行先试, 一村一策, 细化实化, 首城首站 — the shared character is the frame's, kept
    # by the correction; where the correction would change the shared character itself, the
    # writer's input method echoed the word just typed (坚决杜决 → 杜绝: 决 chosen again for jué)
    if n == 2 and any(len(w) == 2 and w[1 - k] == word[1 - k]
                      for w in (text[max(0, start - 2):start], text[end:end + 2])):
        return True
    if n == 2 and _kept_in_next_item(text, start, end, start + 1 - k):
        return True  # 让形象更佳、让服务更优: the kept 更 recurs in the next item
    neighbours = []
    if start > n and text[start - 1] == "、":
        neighbours.append(text[start - 1 - n:start - 1])
    if text[end:end + 1] == "、":
        neighbours.append(text[end + 1:end + 1 + n])
    if any(len(w) == n and sum(x != y for x, y in zip(w, word, strict=True)) == 1
           for w in neighbours):
        return True
    p = start + k  # the character the correction would change
    pattern = re.compile(re.escape(text[max(0, p - 2):p]) + "[\u4e00-\u9fff]" +
                         re.escape(text[p + 1:p + 3]))
    lo, hi = max(0, p - 14), min(len(text), p + 15)
    return sum(1 for _m in pattern.finditer(text, lo, hi)) > 1


# an organisation's name running on after the stretch (its kind word within ten characters)
_BODY_AFTER = re.compile("[\u4e00-\u9fff]{0,10}?(?:有限公司|有限责任公司|股份公司|集团|合作社|"
                         "协会|商会|学会|基金会|研究院|研究所|银行|医院|大学|学院)")
# the last item of a list of names (……、京东方、中芯国际等企业): from a 、 to 等 + their kind
_NAMES_END = re.compile("[\u4e00-\u9fff]{0,4}等(?:企业|公司|单位|机构|品牌|集团|高校|院校|医院|"
                        "平台)")
_ITEM_START = re.compile("、[\u4e00-\u9fff]{0,4}$")


_BOUNDARY = re.compile("[、，。；：！？,;:!?]")


def _kept_in_next_item(text: str, start: int, end: int, at: int) -> bool:
    """The stretch stands in an item of a 、-list whose neighbouring item holds the character
    the correction would keep (at ``at``) in the same place, counted from the item's start or
    its end: a parallel build (让形象更佳、让服务更优、让窗口更亮). Not the same character anywhere
    in the item (内涵深遂、博大精深: 深 ends the set phrase, it begins no frame)."""
    before = [m.end() for m in _BOUNDARY.finditer(text, max(0, start - 12), start)]
    a = before[-1] if before else max(0, start - 12)
    m = _BOUNDARY.search(text, end, end + 12)
    b = m.start() if m else min(len(text), end + 12)
    items = []
    if b < len(text) and text[b] == "、":
        nxt = _BOUNDARY.search(text, b + 1, b + 14)
        items.append(text[b + 1:nxt.start() if nxt else b + 14])
    if a > 0 and text[a - 1] == "、":
        prev = [m.end() for m in _BOUNDARY.finditer(text, max(0, a - 14), a - 1)]
        items.append(text[prev[-1] if prev else max(0, a - 14):a - 1])
    kept, head, tail = text[at], at - a, b - at
    return any(item[head:head + 1] == kept or (tail <= len(item) and item[-tail] == kept)
               for item in items)


def looks_like_name(text: str, start: int, end: int, cand: str = "") -> bool:
    """A person, place or body, or a coined slogan: a title before or after it, a place or body
    suffix after it, or a short quoted phrase around it (“智汇云南”, 《…》). Given the
    correction ``cand``, a verb (jieba's tag v) is no name before a suffix: a place or a body is
    named by a noun (丰阳县 beside 凤阳, 鸿山街道 beside 洪山), and the character after a verb
    begins its object (紧紧围饶县委中心工作, 围饶市委部署 → 围绕; 简易注消办理 → 注销)."""
    after = text[end:end + 4]
    suffix = after[:1] in PLACE_BODY and not (cand and lexicon().tags.get(cand) == "v")
    if any(after.startswith(t) for t in TITLES) or suffix or \
            after.startswith(FACILITY_AFTER):
        return True
    if _BODY_AFTER.match(text, end):  # 新禾农业科技有限公司
        return True
    if _NAMES_END.match(text, end) and _ITEM_START.search(text, max(0, start - 5), start):
        return True
    before = text[max(0, start - 4):start].rstrip(" \u3000")
    if any(before.endswith(t) for t in TITLES if len(t) > 1):
        return True
    opener = max(text.rfind(q, 0, start) for q in "“‘《「『\"")
    if opener != -1 and start - opener <= 12:
        closer = min((i for i in (text.find(q, end) for q in "”’》」』\"") if i != -1),
                     default=-1)
        return closer != -1 and closer - end <= 12
    return False


def name_before_title(text: str, start: int, end: int) -> bool:
    """The stretch ends on a surname that begins a person's name of two or three characters,
    which a title follows (我局施海波同志: 局施 → 局势 would cut the name, 我部许建国同志: 部许
    → 不许 too). A surname alone proves nothing (县委书计王军同志 is still 书记: 计 is none)."""
    return text[end - 1] in SURNAMES and _NAME_THEN_TITLE.match(text, end) is not None


def body_or_seam(text: str, start: int, end: int, k: int, cand: str) -> bool:
    """The stretch is no slip of the writer's but the way official prose names a body, or a
    cut the segmentation made across two words (each met on real pages, docs/checks.md):

    - the abbreviation of a body after its level standing alone (上报县防指: 县 + 防指), ending
      on the first character of its head noun (指挥部), where the correction is a verb (防止):
      a level before a verb is its subject (由县拔款 is still 拨款), and no slip of 拨款 ends
      so;
    - a compound of two kinds of units (各业务股室, as 科室 and 处室);
    - 逐 + a measure word (逐件, 逐户: app.rules.dedide.DISTRIBUTIVE), a distributive adverbial
      the dictionary does not list, not a slip of 逐渐 or 逐步;
    - a conjunction standing alone after a noun, in the stretch (大赛暨2022年交流会, 河岸及村道):
      the conjunction is meant (暨 is no slip of 季), and the character after it begins the next
      noun (村), unless that character is a verb (问题及是整改 is still 及时). Only for two
      characters: a set phrase holds such a character as its own (标本兼制 is 标本兼治). The
      noun before it may be cut to one character (推进|会|暨, 年|会|暨) where a quotation
      opens right after the conjunction: that quotation is the second name it joins
      (推进会暨“三大高速公路新通道”调度会议, 乒协年会暨“隆凯杯”比赛), and so is a numbered
      body or session right after it (工作会暨三届二次职代会, 年会暨第二届理事会: a numeral or
      第), while a slip of 会计 runs on into its noun (财务会暨人员);
    - the head of a body's abbreviation of three characters after its level (县资规局 = 县自然
      资源和规划局: 县 + 资 + 规局), where the correction changes that head (规局 → 规矩): a slip
      of a word keeps the level's body whole, no abbreviation ends on a slip's last character;
    - an ordinal and its measure word (第三十期）, 第十期,): the correction would turn the measure
      word into a digit (十七) and leave the ordinal without the word it counts;
    - a count standing alone (首行空两格，): its measure word made the generic 个."""
    word = text[start:end]
    lex = lexicon()
    if len(word) == 2 and all(c in UNIT_KINDS for c in word):
        return True
    if len(word) == 2 and word[0] == "逐" and word[1] in DISTRIBUTIVE:
        return True  # 逐件, 逐户: 逐 + a measure word, a word of its own (not 逐渐, 逐步)
    words, starts = segments(text)
    at = {s: i for i, s in enumerate(starts)}
    j = at.get(start)
    if j is not None and j > 0 and words[j - 1] in LEVELS and word[-1] in ABBREVIATION_HEADS \
            and lex.tags.get(cand) == "v":
        return True
    if j is not None and j > 1 and words[j - 2] in LEVELS and len(words[j - 1]) == 1 and \
            k == len(word) - 1 and word[-1] in ABBREVIATION_HEADS:
        return True  # 县资规局: the head of a three-character abbreviation (规局 → 规矩)
    if len(word) == 2 and k == 1 and word[1] in CONJUNCTIONS and \
            text[end:end + 1] in SECOND_NAME:
        return True  # 推进会暨“三大……”调度会议, 工作会暨三届二次职代会
    if ordinal_measure(text, start, end, k, cand) or count_alone(text, start, end, k, cand):
        return True
    for p in range(start, end) if len(word) == 2 else ():  # (not a set phrase: 标本|兼|制)
        i = at.get(p)
        if i is None or i == 0 or words[i] not in CONJUNCTIONS or len(words[i - 1]) < 2 or \
                lex.tags.get(words[i - 1]) in ("v", "vn", "ad"):
            continue
        changed = start + k
        if changed == p or (changed == p + 1 and lex.tags.get(text[changed]) != "v"):
            return True
    return False


# The adjectives official prose puts after a one-character verb as its result, coining a verb
# of two characters that the dictionary lacks (建优平台, 建强队伍, 做优服务, 抓实抓细, 管严): the
# second character is meant, and the correction (建有) would drop the result.
RESULTS = frozenset("优强实细精严好大美新活深透牢稳全准亮特")
# Coverbs that take a one-character noun as their object before the main verb, an adverbial of
# the manner or ground of an act (视情开展 = 视情况开展, 依规处理, 据实填报, 按需配置, 因地制宜):
# a closed class of prepositions (《现代汉语八百词》); the stretch is no slip of a noun (事情).
COVERBS = frozenset("视依据按凭因趁随循")


def coined_verb(text: str, start: int, end: int, k: int) -> bool:
    """The stretch is a coinage of official prose, not a slip (each met on real pages,
    docs/checks.md "fourth set"):

    - a one-character verb and the adjective of its result (建优人文社会科学重点研究平台,
      建优营商环境), where the correction would change that adjective (建有);
    - a coverb and its one-character object right before a verb (视情开展行业整顿, 视情采取以下
      措施), where the correction would change the coverb (事情);
    - the object of a coverb in a set frame the dictionary fills with several characters
      (因地制宜, 因时制宜, 因人制宜 …: 因村制宜), when that object is the unit the paragraph is
      about (各村 … 17个村): see :func:`_frame_object`;
    - the half of a set phrase whose other half the writer fills with a word of the kind the
      dictionary fills it with (宽严相济 beside 刚柔相济): see :func:`_phrase_frame`;
    - a one-character verb and the object the paragraph gives to its other one-character verbs
      (“两严两准”建队要求 … 依法治队、从严治队): see :func:`_paragraph_object`."""
    if end - start == 4 and k == 1 and text[start] in COVERBS:
        return _frame_object(text, start, end)
    if end - start != 2:
        return False
    if _phrase_frame(text, start, end) or (k == 0 and _paragraph_object(text, start, end)):
        return True
    lex = lexicon()
    word = text[start:end]
    if k == 1 and word[1] in RESULTS and lex.tags.get(word[0]) == "v":
        return True
    if k == 0 and word[0] in COVERBS:
        words, starts = segments(text)
        j = bisect_left(starts, end)
        return j < len(words) and starts[j] == end and len(words[j]) >= 2 and \
            lex.tags.get(words[j]) in ("v", "vn")
    return False


def topical(text: str, start: int, end: int, k: int, cand: str) -> bool:
    """The character the correction would replace is the paragraph's topic: it stands in two or
    more other places of the paragraph (关爱抗疫行动 … 疫情防控 … 防疫津贴), it seldom stands
    alone (below SOUND_CHAR: a bound character of one field's words, not 己 of 自己), and it is
    rarer alone than the character that would replace it. A slip puts a common character for
    another, not the rare one the paragraph keeps writing (抗疫 is a word of 2020 that jieba's
    2012 dictionary lacks, so 抗议 looked right)."""
    lex = lexicon()
    c = text[start + k]
    own = lex.singles.get(c, 0)
    if own >= SOUND_CHAR or own >= lex.singles.get(cand[k], 0):
        return False
    return text.count(c) - text[start:end].count(c) >= 2


def variant(typed: str, right: str) -> bool:
    """The typed word and its correction read alike, character by character (same sound and
    tone), and the typed word is at least as frequent in the dictionary: two spellings of one
    word (汇演 and 会演: 《现代汉语词典》 会演 "也作汇演"), not a slip (检查知道 → 指导 reads
    otherwise). For collocations: 文艺汇演 is no slip of 文艺会演."""
    lex = lexicon()
    if len(typed) != len(right) or typed == right:
        return False
    if any(a != b and (lex.tone.get(a) is None or lex.tone.get(a) != lex.tone.get(b))
           for a, b in zip(typed, right, strict=True)):
        return False
    return lex.freq.get(typed, 0) >= lex.freq.get(right, 0) > 0



# How many fillers of a coverb frame the dictionary must hold as common words (因地制宜,
# 因时制宜; its floor adds 因人制宜, 因事制宜, 因企制宜) for its object slot to be open to the
# writer's own noun.
FRAME_FILLERS = 2


def _frame_object(text: str, start: int, end: int) -> bool:
    """因村制宜 (让各村（社区）因村制宜选择增收举措): a coverb, its one-character object, and a
    frame the dictionary holds as common words with at least FRAME_FILLERS other objects (the
    lexicon's ``masked`` index) — the slot is open, as 因X施策 is in official prose — and the
    paragraph names that object twice or more elsewhere as a noun of its own or the head of one
    (各村, 17个村). A slip of the object is no unit of the paragraph: 因第制宜 is still 因地制宜
    (第 stands before numbers, 第一)."""
    word, c = text[start:end], text[start + 1]
    fillers = lexicon().masked.get(word[0] + "\0" + word[2:], "").replace(c, "")
    if len(fillers) < FRAME_FILLERS:
        return False
    words, starts = segments(text)
    return sum(1 for w, a in zip(words, starts[:len(words)], strict=True)
               if w[-1] == c and not start <= a < end) >= 2


def _phrase_heads() -> dict[str, frozenset[str]]:
    """The first halves of the dictionary's common set phrases, by their last half (相济: 刚柔):
    the phrases whose halves ``Lexicon.halves`` marks (one half no word of its own; made once per
    lexicon, one pass over its words)."""
    global _HEADS
    lex = lexicon()
    if _HEADS[0] is not lex:
        freq = lex.freq
        heads: dict[str, set[str]] = {}
        for w, f in freq.items():
            if len(w) == 4 and f >= COMMON_PHRASE and (w[:2] not in freq or w[2:] not in freq):
                heads.setdefault(w[2:], set()).add(w[:2])
        _HEADS = (lex, {t: frozenset(h) for t, h in heads.items()})
    return _HEADS[1]


_HEADS: tuple[object, dict[str, frozenset[str]]] = (None, {})


def _phrase_frame(text: str, start: int, end: int) -> bool:
    """宽严相济 (推行宽严相济柔性执法机制): the stretch is the last half of a set phrase of the
    dictionary (相济 of 刚柔相济), and the word right before it is of the part of speech of that
    phrase's own first half (宽严 and 刚柔, adjectives): the writer fills the phrase's frame as the
    dictionary does (宽严相济 is a phrase of legal prose jieba lacks), so the half is meant, not a
    slip of 相继. A slip of 相继 follows its subject, a noun or pronoun (各地相济出台), which no
    first half of such a phrase is."""
    word = text[start:end]
    lex = lexicon()
    if not lex.halves.get(word, 0) & TAIL:
        return False
    words, starts = segments(text)
    j = bisect_left(starts, start)
    if j == 0 or j >= len(words) or starts[j] != start or len(words[j - 1]) != 2:
        return False
    tag = lex.tags.get(words[j - 1])
    return tag is not None and any(lex.tags.get(h) == tag for h in _phrase_heads().get(word, ()))


def _paragraph_object(text: str, start: int, end: int) -> bool:
    """建队 (坚决贯彻落实“两严两准”建队要求 … 依法治队、从严治队): a one-character verb and its
    one-character object, where the paragraph puts that object after other one-character verbs
    twice or more in words the dictionary lacks (治队): the writer's own verb-object coinages on
    one noun, of which the stretch is one, not a slip of a noun (舰队). A dictionary word on the
    noun (带队, 编队) is no such coinage, so 东海建队 beside 带队 is still 舰队."""
    lex = lexicon()
    verb, noun = text[start], text[start + 1]
    if lex.tags.get(verb) != "v":
        return False
    coined = 0
    q = text.find(noun, 1)
    while q != -1:
        if not start <= q < end and lex.tags.get(text[q - 1]) == "v" and \
                not lex.known(text[q - 1] + noun):
            coined += 1
        q = text.find(noun, q + 1)
    return coined >= 2
