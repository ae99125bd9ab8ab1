"""particle/attr: 地 where 的 belongs, an adjective linked to the noun phrase a verb takes as its
object (取得了显著地成效 → 显著的成效; 营造良好地发展氛围 → 良好的发展氛围). Split from
:mod:`app.rules.dedide`, whose ``check`` reports these findings and whose word lists this module
reads (MANNER, DEGREE_WORDS, MODALS, EXTRA_VERBS, GIVE_NOUN)."""

from __future__ import annotations

from app.lexicon import lexicon, segments, word_indices, words
from app.rules.dedide_phrases import DEGREE_WORDS, EXTRA_VERBS, GIVE_NOUN, MANNER, MODALS
from app.textcache import text_cache

# Verbs whose object is a noun phrase: after them "adjective + 地 + word" ending the clause is
# that object (取得了显著的成效), so 地 must be 的. Left out: 得到, 受到, 加以, 予以, which take a
# verb as object and where 地 is widely written (得到了有效地解决).
OBTAIN = words("取得 获得 收到 实现 带来 产生 发生 形成 起到 有了 具有 呈现 出现 迎来 赢得 "
               "作出 做出 留下 造成 引起 展现 彰显 显示 体现 凸显 迈出 走出") | GIVE_NOUN

_CLAUSE_END = frozenset("，。；！？、：）")


@text_cache
def attributive_di(text: str) -> tuple[tuple[int, str], ...]:
    """(offset of a 地, the phrase it stands in) for each 地 that links an adjective to the noun
    phrase a verb of obtaining takes as its object: 取得了显著地成效 → 显著的成效, 发生了深刻地变化,
    取得了历史性地突破 (an adjective in 性 counts: jieba tags those as nouns).
    The word after 地 must end the clause (or be followed by 和), so 取得成效后迅速地推广 (地 before
    a verb of a new clause) is left alone."""
    if "地" not in text:
        return ()
    tags = lexicon().tags
    words, starts = segments(text)
    out: list[tuple[int, str]] = []
    n = len(words)
    for k in word_indices(words, ("地",)):
        if k < 2 or k + 1 >= n:
            continue
        adj, nxt = words[k - 1], words[k + 1]
        if _head_noun(nxt, tags) and _ends_in_adjective(adj, tags):
            out.append((starts[k], text[starts[k - 1]:starts[k + 1] + len(nxt)]))
            continue  # 采取有效地措施压减……: a noun that is never a verb takes no 地
        if len(adj) < 2 or not (tags.get(adj) in ("a", "ad") or adj in MANNER or
                                (len(adj) >= 3 and adj[-1] == "性") or  # 历史性, 决定性
                                _modifier_after_obtained(words, k, tags)):
            continue
        if len(nxt) < 2 or not ("\u4e00" <= nxt[0] <= "\u9fff"):
            continue
        after = words[k + 2] if k + 2 < n else "。"
        one_word = after[0] in _CLAUSE_END or after == "和"
        noun_end = 0 if one_word else _noun_phrase_end(words, k, tags)
        if not one_word and not noun_end:
            continue
        j = k - 2
        while j >= 0 and words[j] in DEGREE_WORDS:
            j -= 1
        if j >= 1 and tags.get(words[j]) == "a":
            j -= 1  # two adjectives side by side (营造和谐|稳定地社会环境): the verb is before both
        if j >= 0 and words[j] in ("了", "着"):
            j -= 1
        if j < 0:
            continue
        if one_word and (words[j] in OBTAIN or words[j] + words[j + 1] in OBTAIN):
            out.append((starts[k], text[starts[k - 1]:starts[k + 1] + len(nxt)]))
        elif noun_end and _takes_noun_phrase(words[j], tags):
            out.append((starts[k], text[starts[k - 1]:starts[noun_end] + len(words[noun_end])]))
    return tuple(out)


# Nouns with no verb sense in 《现代汉语词典》第7版 that a report qualifies with an adjective
# (有效的措施, 良好的氛围, 有力的举措): 地 stands only before a verb or an adjective, so
# "adjective + 地 + one of these" is 的 whatever follows (采取有效地措施压减会议, 以更加有力地
# 举措推动).
# Not 作用 (作用于), 保障, 服务, 管理, 规范 …, which are verbs as well.
HEAD_NOUNS = words("措施 举措 办法 方法 手段 途径 方式 成效 成果 效果 氛围 环境 局面 态势 思路 "
                   "格局 机制 体系 理念 经验 效益 势头 风气 作风 形象")


def _head_noun(word: str, tags: dict[str, str]) -> bool:
    """A listed head noun, or a compound noun jieba keeps as one word that ends in one (校园环境,
    发展环境, 工作机制: 安全稳定地校园环境 → 的, recall23); none of them is a verb."""
    return word in HEAD_NOUNS or (len(word) >= 4 and word[-2:] in HEAD_NOUNS and
                                  tags.get(word) not in ("v", "vn", "a", "ad"))


def _ends_in_adjective(word: str, tags: dict[str, str]) -> bool:
    """An adjective of two characters or more (tag a/ad, or a listed manner word), alone or at
    the end of a word jieba joined to what precedes it (采取有效, 切实有效)."""
    return len(word) >= 2 and any(
        tags.get(w) in ("a", "ad") or w in MANNER
        for w in ((word, word[-2:]) if len(word) > 2 else (word,)))


def _modifier_after_obtained(words: tuple[str, ...], k: int, tags: dict[str, str]) -> bool:
    """The word before the 地 at ``k`` comes right after "verb of obtaining or providing + 了"
    (提供了有益地参考, 取得了可喜地进展): there it can only begin that verb's object, whatever
    jieba tags it (有益, 可喜 have no adjective tag), unless it is a verb itself."""
    # (a word jieba tags a verb counts when what follows 地 is no verb nor adjective: 取得了
    # 出色地成绩, 作出了突出地贡献 — 地 then links nothing a manner could qualify; recall22)
    return k >= 3 and words[k - 2] == "了" and words[k - 3] in OBTAIN and (
        tags.get(words[k - 1]) not in ("v", "vn") or
        (k + 1 < len(words) and tags.get(words[k + 1]) not in ("v", "vn", "a", "ad") and
         words[k + 1] not in EXTRA_VERBS))


# Verbs that take a verb phrase as their object (坚持科学地决策, 进行深入地研究讨论 is 地 by some
# usage): after them "adjective + 地 + …" is an adverbial, whatever follows
TAKES_VERB = words("进行 开展 加以 予以 得到 受到 给予 坚持 继续 开始 注重 注意 学会 善于 "
                   "努力 力求 做到 希望 要求 推动 促进 保持 实现 确保 保证 能够 需要 应当 "
                   "可以 争取 主张 决定")


def _noun_phrase_end(words: tuple[str, ...], k: int, tags: dict[str, str]) -> int:
    """Index of the last word of a two-word noun phrase after the 地 at ``k`` that ends the
    clause (良好地|政务|生态, 良好地|发展|氛围), or 0: its head is no verb nor adjective in
    jieba's tags (生态, 氛围), and its first word no plain verb (研究 in 认真地研究问题 is one)."""
    if k + 3 > len(words):
        return 0
    first, head = words[k + 1], words[k + 2]
    after = words[k + 3] if k + 3 < len(words) else "。"
    if after[0] not in _CLAUSE_END or len(first) < 2 or len(head) < 2 or \
            not ("\u4e00" <= first[0] <= "\u9fff" and "\u4e00" <= head[0] <= "\u9fff"):
        return 0
    if tags.get(head) in ("v", "vn", "a", "ad") or tags.get(first) in ("v", "a", "ad") or \
            head in EXTRA_VERBS or first in EXTRA_VERBS:
        return 0
    return k + 2


def _takes_noun_phrase(verb: str, tags: dict[str, str]) -> bool:
    """A verb before the adjective (营造良好地发展氛围, 形成良好地政务生态) whose object the
    noun phrase after 地 is: a verb of two characters or more, no modal, none that takes a verb
    phrase."""
    return len(verb) >= 2 and (tags.get(verb) in ("v", "vn") or verb in EXTRA_VERBS) and \
        verb not in MODALS and verb not in TAKES_VERB


# People and groups, and the personal pronouns: none of them takes 地 as an adverbial (群众地,
# 他们地 are never "in the manner of"), so "one of these + 地 + a noun" is a possessive slip for
# 的 (群众地切身利益 → 群众的切身利益; recall21). Words that do take 地 as an adverbial (历史地,
# 科学地, 系统地, 重点地, 集体地) are not listed; 地 beginning a word (地位, 地里) is joined to it
# by jieba.
POSSESSORS = words("群众 人民 人民群众 百姓 老百姓 农民 农户 村民 居民 市民 职工 员工 干部 党员 "
                   "学生 患者 企业 单位 政府 国家 公民 家庭 老人 老年人 儿童 妇女 残疾人 消费者 "
                   "我们 他们 她们 你们 大家 自己 本人")


@text_cache
def possessive_di(text: str) -> tuple[tuple[int, str], ...]:
    """(offset of a 地, the phrase) for each 地 standing alone between a listed person or group
    and a noun of two characters or more (群众地切身利益, 他们地意见): a verb after it (群众地
    参与) is left alone, as is anything jieba tags or lists as a verb."""
    if "地" not in text:
        return ()
    tags = lexicon().tags
    words_, starts = segments(text)
    out: list[tuple[int, str]] = []
    for k in word_indices(words_, ("地",)):
        if k < 1 or k + 1 >= len(words_) or words_[k - 1] not in POSSESSORS:
            continue
        nxt = words_[k + 1]
        if len(nxt) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in nxt) or \
                tags.get(nxt) in ("v", "vd", "vn", "a", "ad", "d") or nxt in EXTRA_VERBS:
            continue
        out.append((starts[k], text[starts[k - 1]:starts[k + 1] + len(nxt)]))
    return tuple(out)
