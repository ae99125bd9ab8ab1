"""particle/de and particle/di: two more slots where the grammar decides 的/地/得 (issue #13
item 3), used by app/rules/dedide.py.

1. 得 before a bare complement of manner. A plain verb + 的 + one or two adjectives that tell
   how the action went (及时, 到位, 深入, 细致 …) and end the clause: 整改的彻底。 → 整改得彻底.
   Why it is decided: after 的 no noun follows, so 的 could only make "verb + 的" a noun phrase
   of its own (说的 "what was said") with the adjective as its predicate (说的对). That reading
   needs an adjective that can describe the thing done (对, 好, 正确, 有效); these adjectives
   describe the doing — a thing is not 及时 or 彻底, its handling is — so the adjective is the
   verb's complement, and a verb takes its complement with 得 (《现代汉语八百词》 "得"
   (结构助词): 动词 + 得 + 形容词, the 状态补语; 《现代汉语词典》第7版 "得" de 助 ①). The
   degree word stays optional (落实的不够到位 was already caught).
   Not reported: a verb after 所 (所做的: a noun phrase) or first in its clause (认识的到位，
   才有…: a topic, "the understanding being in place"); a clause whose 的-phrase is the
   object of a verb of ensuring or valuing or of a preposition (确保信息报送的及时、准确,
   随着调查的深入, 得益于救治的及时, 关键在于落实的到位 — a verb ending in the preposition 于
   takes a noun phrase: there the adjective is made a noun, "the timeliness of the reporting"),
   looked for back to the first other verb (对来信做到了处理的及时: 对 ends before 做到);
   an item of a list whose next item has its own 的 (认识的到位、措施的到位是前提: a list of
   noun phrases).
2. 地 after a modal and an adjective. 要 / 应 / 必须 … + (adverbials) + an adjective + 的 + verb:
   要依法严格的执行 → 严格地执行. Why: a modal verb takes a verb phrase, never a noun phrase
   (《现代汉语八百词》 能愿动词: "后面必须跟动词或形容词"), so "adjective + 的 + verb" after it is
   the predicate, and an adjective before its verb is an adverbial (地). Without the modal,
   "严格的审查" may be a noun phrase (进行严格的审查, 一次认真的检查), so a plain adjective
   (jieba tag ``a``) is not taken for an adverbial anywhere else; jieba's ``ad`` words and the
   listed manner words keep their own test in dedide.py. The walk back from the adjective to the
   modal stops at any verb, preposition, 的 or punctuation (要有严格的审查, 要对严格的管理…:
   the modal's verb is another one).
3. 地 before a verb with an aspect particle. An adjective + 的 + verb + 了/着/过: 圆满的完成了
   任务 → 圆满地完成了. Why: 了, 着 and 过 follow a predicate verb, never the head of a noun
   phrase ("严肃的处理" may be a noun phrase, "严肃的处理了" cannot), so the adjective before it
   is an adverbial. The adjective is a jieba ``a``/``ad`` word of two characters or more, or one
   character after a degree word (较好的完成了). The particle must stand as a word (了解 in 认真的
   检查了解 is no 了), and 了 ends the clause or has an object after it; 着 and 过 must have one.
   With 了 ending the clause, a verb before the adjective still takes the phrase as its object
   (过上了美好的生活了: that 了 is the sentence's).
"""

from __future__ import annotations

import re

from app.lexicon import lexicon, words

# Adjectives that describe how an action is done, not a thing (《现代汉语八百词》: 形容词作状态
# 补语, "说明动作的结果或状态"): the ones dedide.py's complement patterns already use, less those
# that also describe a thing (有效, 明显, 突出 and the noun 规范: 制定的规范有效 is a noun phrase).
MANNER_COMPLEMENTS = words("""及时 到位 扎实 深入 细致 彻底 充分 认真 全面 严格 顺利 圆满 透彻
有序 有力 得当 顺畅 高效 出色""")
# … after one of those, a second may be any evaluation of the result (扎实有效, 及时准确): the
# first has already fixed the reading
SECOND_COMPLEMENTS = MANNER_COMPLEMENTS | words("有效 准确 规范 到家 稳妥 妥当 扎实")
_DEGREE = (r"(?:很|非常|十分|特别|比较|较为|较|不够|不太|太|更加|更|极为|相当|还不够|还不|还|"
           r"越来越|不)?")
# where a clause ends: its mark, also one typed in half width (充分;二是: a slip of its own that
# punctuation/width reports, not a reason to miss the 得), or the paragraph's end
CLAUSE_ENDS = r"(?=[，。；！？、：,;:!?]|$)"
_BARE = re.compile(f"{_DEGREE}(..){_DEGREE}(..)?" + CLAUSE_ENDS)
# Verbs whose object may be a "verb + 的 + adjective" noun phrase (确保报送的及时, 提高审批的
# 效率): an adjective made a noun, the quality of the doing. With one of them (or a preposition)
# earlier in the clause, the bare complement is not reported.
NOMINAL_FRAMES = words("""确保 保证 保障 提高 提升 注重 重视 强调 影响 体现 兼顾 维护 增强 加强
突出 追求 实现 考虑 关注 看到 发现 说明 表明 反映 随着 对 对于 关于 由于 因为 在 从 为 把 将""")
_CLAUSE_MARKS = frozenset("，。；！？：、（）“”")

# Modal verbs (《现代汉语八百词》 能愿动词; 须, 务必 adverbs of necessity): 要 in 要严格的执行 is
# "must", not "want" (要求, 需要 take noun phrases and are left out, so is 将, also 把's
# equal)
MODALS = words("要 应 应当 应该 必须 须 务必 能 能够 可以 需 必需 理应")
_ALSO_FULL_VERBS = frozenset(("要", "需"))
# Prepositions that may stand between a modal and the adjective (要对严格的…, 要以认真的态度):
# the adjective then belongs to the preposition's object
_PREPOSITIONS = words("""对 把 将 被 以 在 为 向 给 与 和 同 从 用 由 按 按照 依照 根据 通过
经过 随着 凭借 依靠 本着 对于 关于 围绕""")


def bare_complement(text: str, words_: tuple[str, ...], k: int,
                    single_verbs: frozenset[str], extra_verbs: frozenset[str],
                    pos: int) -> re.Match[str] | None:
    """The bare complement of manner after the 的 that is word ``k`` (its text begins at
    ``pos``, right after 的), or None: see slot 1 in the module docstring."""
    prev = words_[k - 1]
    tags = lexicon().tags
    if not ((len(prev) >= 2 and tags.get(prev) == "v") or prev in extra_verbs
            or prev in single_verbs):
        return None
    m = _paired(text, pos) or _BARE.match(text, pos)
    if not m or (m.re is _BARE and (m.group(1) not in MANNER_COMPLEMENTS or
                                    (m.group(2) and m.group(2) not in SECOND_COMPLEMENTS))):
        return None
    j = k - 2
    if j < 0 or words_[j] == "所" or words_[j] in _CLAUSE_MARKS:
        return None  # 所做的; a clause that begins with the verb (认识的到位，是…的前提: a topic)
    if m.re is _PAIRED:
        return m  # no quality made a noun: 确保工作做的又快又好 is 做得 too
    if text[m.end():m.end() + 1] == "、" and "的" in _next_item(text, m.end() + 1):
        return None  # 认识的到位、措施的到位是前提: a list of noun phrases, each with its 的
    while j >= 0 and words_[j] not in _CLAUSE_MARKS:  # back to the verb that governs it
        if words_[j] in NOMINAL_FRAMES or (len(words_[j]) >= 2 and words_[j][-1] == "于"):
            return None  # a verb with 于 fused in takes a noun phrase (得益于救治的及时)
        if tags.get(words_[j]) == "v":  # not vn: 工作, 管理 are the subject's nouns here
            break  # 对初信初访做到了处理的及时: 做到 takes the clause, 对 is done before it
        j -= 1
    return m


# 又A又B ending the clause (又快又好, 又细又实, 又准又稳): two evaluations of one action joined by
# 又 … 又 (《现代汉语八百词》 "又" ③ 表示几种情况或性质同时存在), after a verb and 的 only its
# complement (化解的又快又好 → 化解得又快又好); a noun phrase would need a noun after them
_PAIRED = re.compile(r"又([\u4e00-\u9fff]{1,2}?)又([\u4e00-\u9fff]{1,2}?)"
                     + CLAUSE_ENDS)
# one-character evaluations of how a thing is done (jieba tags few of them ``a``)
_ONE_CHAR_EVALUATIONS = frozenset("快好稳准细实深严早省紧牢")


def _paired(text: str, pos: int) -> re.Match[str] | None:
    """又A又B right at ``pos`` whose halves are both evaluations (tag a/ad, or a listed one)."""
    m = _PAIRED.match(text, pos)
    if m is None:
        return None
    tags = lexicon().tags
    ok = all(h in _ONE_CHAR_EVALUATIONS or tags.get(h) in ("a", "ad") for h in m.groups())
    return m if ok else None


def _next_item(text: str, pos: int) -> str:
    """The list item that begins at ``pos``: up to the next 、 or clause mark."""
    end = pos
    while end < len(text) and text[end] not in _CLAUSE_MARKS:
        end += 1
    return text[pos:end]


def adjective_after_modal(words_: tuple[str, ...], k: int, text: str, verb_end: int) -> bool:
    """The word before the 的 at ``k`` is an adjective (jieba tag ``a``) whose clause has a
    modal before it, with nothing between but adverbials: slot 2 in the module docstring.
    After 要 and 需, which are also full verbs ("want", "need": 我们要严格的考核 may want a
    strict assessment), the verb that ends at ``verb_end`` must also have an object or a
    complement after it, which a noun phrase cannot have (要严格的执行制度)."""
    tags = lexicon().tags
    if tags.get(words_[k - 1]) != "a" or len(words_[k - 1]) < 2:
        return False
    for j in range(k - 2, max(k - 6, -1), -1):
        w = words_[j]
        if w == "比" and j < k - 2:
            return True  # 比上年明显的提高: 比 + what is compared needs a predicate after it
        if w in MODALS:
            return w not in _ALSO_FULL_VERBS or (
                verb_end < len(text) and text[verb_end] not in _CLAUSE_MARKS)
        if w in _CLAUSE_MARKS or w == "的" or w in _PREPOSITIONS or \
                tags.get(w) in ("v", "vn"):
            return False
    return False


ASPECT_PARTICLES = ("了", "着", "过")
# complements of direction that a verb takes as a word of their own (发挥|出来, 坚持|下去): a
# verb with one is a predicate, never the head of a noun phrase, like a verb with 了 or 过
DIRECTIONS = words("出来 起来 下去 下来 上来 进来 回来 过来 出去 开来")


def adjective_before_direction(words_: tuple[str, ...], k: int, verb: str) -> bool:
    """The 的 that is word ``k`` stands between an adjective (two characters, or one after a
    degree word: 很好) and ``verb`` followed by a complement of direction (没有很好的发挥出来):
    the 的 can only be 地, as before a verb with 了 (slot 3)."""
    if k + 2 >= len(words_) or words_[k + 1] != verb or words_[k + 2] not in DIRECTIONS:
        return False
    prev = words_[k - 1]
    return lexicon().tags.get(prev) in ("a", "ad") and (
        len(prev) >= 2 or (k >= 2 and words_[k - 2] in _DEGREE_BEFORE_ONE))
# modal particles that end a sentence (做出了正确的决定了吗: 了 is the sentence's, not 决定's)
_SENTENCE_PARTICLES = frozenset(("吗", "呢", "吧", "啊", "呀", "嘛", "啦"))
_DEGREE_BEFORE_ONE = words("较 更 很 最 比较 十分 非常 特别 相当 极 极为 更加 更为 较为 越来越")


def adjective_before_aspect(words_: tuple[str, ...], k: int, verb: str) -> str:
    """The 的 that is word ``k`` stands between an adjective and ``verb`` followed by 了, 着 or
    过 as a word (slot 3 in the module docstring): "object" when something follows the
    particle in its clause (成功的举办了三届), "end" when 了 ends the clause (任务圆满的完成了。),
    else "". At the clause's end 了 may also be the sentence's particle after a noun phrase
    (过上了美好的生活了), so dedide.py still asks there whether a verb before takes the phrase
    as its object."""
    if k + 2 >= len(words_) or words_[k + 1] != verb or words_[k + 2] not in ASPECT_PARTICLES:
        return ""
    after = words_[k + 3] if k + 3 < len(words_) else "。"
    if after == "的":
        return ""  # 变化了的情况: 了 inside an attribute
    prev, tags = words_[k - 1], lexicon().tags
    after_degree = k >= 2 and words_[k - 2] in _DEGREE_BEFORE_ONE
    # a degree word makes its word an adjective whatever jieba tags it (较系统的学习了: 系统
    # is a noun in the dictionary, but 较 qualifies no noun)
    graded = after_degree and len(prev) >= 2 and is_han_word(prev) and \
        tags.get(prev) not in ("v", "vn")
    if not graded and (tags.get(prev) not in ("a", "ad") or not (len(prev) >= 2 or after_degree)):
        return ""
    if is_han_word(after) and after not in _SENTENCE_PARTICLES:
        return "object"
    if words_[k + 2] != "了" or (after[0] not in _CLAUSE_MARKS
                                 and after not in _SENTENCE_PARTICLES):
        return ""
    j = k - 2 if len(prev) >= 2 else k - 3
    while j >= 0 and words_[j] in _DEGREE_BEFORE_ONE:
        j -= 1
    # after a verb's aspect particle (过上了美好的生活了, jieba splits 过|上) the phrase is
    # that verb's object
    return "" if j >= 0 and words_[j] in ASPECT_PARTICLES else "end"


def is_han_word(word: str) -> bool:
    """A word that begins with a Chinese character (an object after the particle)."""
    return "\u4e00" <= word[0] <= "\u9fff"


def manner_adverb(word: str) -> bool:
    """A word jieba tags as an adverb (``d``: 果断, 默默, 逐步, 擅自) of two characters or more,
    other than those that also stand as attributes of a noun (共同的目标, 初步的成果, 同样的问题):
    before 的 and a plain verb it can only be the verb's adverbial, so that 的 is 地
    (《现代汉语词典》第7版: 状语与动词之间用“地”)."""
    return len(word) >= 2 and word in lexicon().adverbs and word not in ATTRIBUTIVE_ADVERBS


# jieba adverbs that are also adjectives or nouns in official prose (共同的努力, 最新的研究表明,
# 日常的管理, 必要的抢险物资, 真正的生财之道, 权责一致的要求): before 的 they may begin a noun
# phrase whose head follows the verb, so they are no adverbial there
ATTRIBUTIVE_ADVERBS = words("""真正 一致 必要 共同 初步 最新 全新 同样 日常 恰当 整齐 异常 十足
一定 原来 原先 大幅 大幅度 大致 特别 自然 绝对 相对 相互 互相 长期 真实 正常 最终 一时 暂时
永久 当然 更好 更新 必然 必须 经常 常年 最早 一贯 相应 随时""")


# Verbs of forbidding and avoiding (严禁, 不得 …): like the modals they take a verb phrase only
# (严禁随意地对企业开展检查), never a noun phrase with 的
PROHIBITIVES = words("严禁 禁止 不得 不准 不要 不能 不应 切忌 切勿 避免 防止 杜绝 严防")
# prepositions that open the verb's phrase when they stand as words of their own (对企业开展,
# 向群众宣传): after "modal + word + 的" they begin the predicate, as 把 and 将 do
OPENERS = ("对", "向", "与", "同", "跟", "给", "为", "从")


def preposition_after_modal(words_: tuple[str, ...], k: int, manner: bool = False) -> str:
    """The preposition right after the 的 that is word ``k`` when a modal or a verb of
    forbidding stands right before the word before 的 (严禁随意的对企业开展检查 → 随意地): what a
    modal takes is a verb phrase, so "word + 的" there is its adverbial and the preposition
    opens the verb's phrase. The word before 的 must be no verb (要加强的对外合作 has 对外, a
    word, after it anyway); else "".
    ``manner``: the word before 的 is a manner word (耐心, 果断, 积极): then no modal is needed
    when a plain verb follows the preposition's object in the clause (耐心的向群众讲解 → 耐心地):
    "manner word + 的 + preposition + object + verb" has no noun phrase reading, a preposition
    heads no noun."""
    if k < 1 or k + 2 >= len(words_) or words_[k + 1] not in OPENERS:
        return ""
    if manner and _verb_after_object(words_, k + 2):
        return words_[k + 1] if is_han_word(words_[k + 2]) else ""
    if k < 2:
        return ""
    before, prev = words_[k - 2], words_[k - 1]
    if (before not in PROHIBITIVES and before not in MODALS) or len(prev) < 2 or \
            not is_han_word(prev) or lexicon().tags.get(prev) in ("v", "vn"):
        return ""
    return words_[k + 1] if is_han_word(words_[k + 2]) else ""


def _verb_after_object(words_: tuple[str, ...], j: int) -> bool:
    """A verb (tag v, or a two-character vn: 为群众|办理) within the three words after the
    object that begins at word ``j``, before any clause mark or a second 的 (向群众|讲解,
    给老人|送|去). The object may itself hold one 的 before its head noun (向身边的同志|请教,
    recall24): a preposition heads no noun, so its object, however long, still ends before
    the verb; the window then runs two words further."""
    tags = lexicon().tags
    seen_de = False
    end = j + 4
    i = j + 1
    while i < min(end, len(words_)):
        w = words_[i]
        if w in _CLAUSE_MARKS:
            return False
        if w == "的":
            if seen_de or i + 1 >= len(words_) or tags.get(words_[i + 1]) in ("v", "vn", "a"):
                return False  # a second 的, or 的 + a verb: no plain noun object
            seen_de, end = True, end + 2
        elif tags.get(w) == "v" or (len(w) >= 2 and tags.get(w) == "vn"):
            # … and after such an object the verb is no verdict on a noun phrase (向上级的汇报
            # 不够: 汇报 heads it, what is 不够 is the reporting)
            return not (seen_de and w[0] in "不没未")
        i += 1
    return False


# 不同程度, 一定程度 …: "to some degree", an adverbial of extent when a verb follows its 的 and
# no verb (取得, 有, 得到) or aspect particle stands before it to take the phrase as its object
_EXTENT = words("不同 一定 很大 较大 相当 更大 较高 很高 极大")


def extent_adverbial(words_: tuple[str, ...], k: int) -> bool:
    """The two words before the 的 at ``k`` are an extent (不同|程度) used as an adverbial:
    问题仍不同程度的存在 → 不同程度地存在. 取得了一定程度的提高, 有较大程度的提升, 存在不同程度的
    问题 (no verb after 的) stay."""
    if k < 3 or words_[k - 1] != "程度" or words_[k - 2] not in _EXTENT:
        return False
    before = words_[k - 3]
    return before not in ("了", "过", "着", "的", "有", "是", "在") and \
        lexicon().tags.get(before) not in ("v", "vn")


# Prepositions of two characters that open a verb's phrase (严格得按照程序办理 → 严格地按照): a
# complement of 得 is a state or a degree, never a prepositional phrase (《现代汉语八百词》 得)
PREPOSITION_OPENERS = words("按照 依照 遵照 依据 根据 围绕 对照 针对 通过 结合")


def split_pair(first: str, second: str, manner: frozenset[str]) -> bool:
    """A manner word and an adjective jieba cut apart (及时 | 准确 in 及时准确的公开): together one
    adverbial, as the one-token pairs of dedide._is_manner (深入细致, 科学合理) are (recall20)."""
    return len(first) == 2 and len(second) == 2 and first in manner and \
        lexicon().tags.get(second) in ("a", "ad")
