"""particle/di: a 的 that opens no adverbial because the word before it is the predicate of a
relative clause (定语从句) inside a verb's object: 落实县委全会明确的深入开展“四个年”活动中两个
“首战年”任务 — what the plenum 明确 (laid down) is the 任务 that 落实 takes. Split from
:mod:`app.rules.dedide`, which passes its word lists in (precision18).

The shape: a plain verb V that takes a noun phrase (落实, 贯彻, 完成, 执行), then the clause's
own subject (one to six nouns or numerals: 县委十三届三次全会, no verb, no punctuation), then a
word that is a verb with that subject (明确, 确定, 部署: CAUSATIVE, not 认真 or 有序) and 的, and
the clause after 的 ends on a noun, not on a verb (…任务，). With 地 the subject could only be
V's object, and a second predicate would follow it without a comma.

Not after the verbs that make their object the subject of a second verb (兼语: 要求各单位认真的
落实 → 认真地, 督促, 推动, 确保 …): there the manner word does qualify that second verb. Not when
the verb after 的 takes an aspect particle (领导明确的指出了问题 is still 明确地).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from app.lexicon import words as word_set

# Verbs whose object is the subject of a second predicate (兼语动词) or a whole clause (确保工作
# 有效的开展): after them the manner word qualifies that predicate.
PIVOTAL = word_set("要求 让 使 使得 请 叫 令 组织 带领 号召 鼓励 督促 推动 引导 动员 支持 帮助 "
                   "指导 促使 促进 确保 保证 责成 允许 安排 选派 希望 推进 保障 致使 敦促 倡导 "
                   "发动 激励 提醒 监督 指挥 协助 配合 争取 力争 实现 看到 发现 认为 觉得 感到")
# Adjectives with a causative verb sense (《现代汉语词典》: 明确 ② 动 使明确; 统一 ② 动 使成为一个):
# with a subject before them they are that verb (全会明确的任务), which 认真, 有序, 切实 never are.
CAUSATIVE = word_set("明确 统一 规范 健全 完善 丰富 充实 端正 严肃 纯洁 密切 巩固 稳定 强化 深化 "
                     "细化 优化 活跃 繁荣 方便 便利 确定 提出 部署 安排 规定 要求 制定 下达 布置")
SUBJECT_MAX = 6  # words of the relative clause's own subject (县委|十三届|三次|全会)
_PUNCT = frozenset("，。；：！？、“”‘’《》（）()")
_CLAUSE_END = frozenset("，。；：！？")
_ASPECT = ("了", "着", "过")


def relative_clause(words: tuple[str, ...], k: int, tags: Mapping[str, str],
                    verbs: Collection[str], modals: Collection[str]) -> bool:
    """``words[k]`` is a 的 after the predicate ``words[k - 1]`` of a relative clause in the
    object of a plain verb, as the module describes. ``verbs``: the words that are verbs beyond
    jieba's tag v (dedide_phrases.EXTRA_VERBS: 落实 is tagged a); ``modals``:
    dedide_phrases.MODALS."""
    def is_verb(w: str) -> bool:  # … or a word ending in one (认真落实 as jieba joins it)
        return tags.get(w) == "v" or w in verbs or \
            (len(w) > 2 and (tags.get(w[-2:]) == "v" or w[-2:] in verbs))

    if words[k - 1] not in CAUSATIVE:
        return False
    j = k - 2
    subject = 0
    while j >= 0 and subject <= SUBJECT_MAX and not is_verb(words[j]):
        w = words[j]
        if w in _PUNCT or w in modals or w == "的" or tags.get(w) in ("a", "ad", "d", "r", "p",
                                                                      "c", "vn"):
            return False
        subject += 1
        j -= 1
    if j < 0 or subject == 0 or subject > SUBJECT_MAX or words[j] in PIVOTAL or \
            words[j] in modals:
        return False
    # the clause after 的: it ends on a noun, and its first verb takes no aspect particle
    e = k + 1
    while e < len(words) and words[e] not in _CLAUSE_END:
        if words[e] in _ASPECT:
            return False
        e += 1
    last = e - 1
    while last > k and words[last] in _PUNCT:
        last -= 1
    return last > k + 1 and not is_verb(words[last]) and \
        tags.get(words[last]) not in ("a", "ad", "vn")
