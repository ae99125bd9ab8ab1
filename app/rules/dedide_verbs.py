"""particle/di: the verb after "adverbial + 的" where jieba's tags do not show it, used by
app/rules/dedide.py (recall17, the sixteenth blind set).

dedide.py takes the word after 的 for a verb only when jieba tags it ``v`` (or lists it). Three
shapes show a verb whatever the tag, because a noun cannot stand there:

1. A verbal noun (tag ``vn``: 约束, 管理, 教育) right before a personal pronoun: the pronoun is
   its object (严格的约束自己 → 严格地约束自己). A noun takes no pronoun after it.
2. After a distributive adverbial, 逐 + a measure word (逐一, 逐项, 逐户 …: 《现代汉语词典》 逐
   副 "挨着（次序）"), any word that is no adjective: 逐一 never qualifies a noun, so 逐一的核实
   is 逐一地核实 even though jieba tags 核实 a noun (n), and 逐条的对照检查 though 对照检查 is a
   rare word of the dictionary.
3. A one-character verb (tag ``v``) standing as a word of its own, with a word after it (主动的
   靠前指挥, 严格的按规定执行): a single verb character the segmenter leaves alone is the
   predicate, not the head of a noun phrase (a noun head would be a word: 主动的态度).

A verb pair kept as one rare word (沟通交流, jieba's floor word tagged n) is a verb before a 得
complement when its first half is a verb and its last a verbal noun (``verb_pair``).

And one adverbial jieba does not tag: a three-character "X性" word (经常性, 针对性, 系统性)
before a plain verb (tag v) that has its object after it (经常性的开展警示教育 → 经常性地开展).
Such a word is an attribute as often (根本性的转变, 系统性的思考和…), so the verb must be
followed by an object in the same clause (not 的, not a coordinator, not a clause mark);
dedide.py's guards (a verb before that takes the phrase as its object, a noun the verb
modifies) apply as to every other adverbial.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.lexicon import words
from app.rules.dedide_slots import is_han_word

# personal pronouns and 自己, 大家: the object of the verbal noun before them
OBJECT_PRONOUNS = words("自己 我们 他们 她们 你们 大家 他 她 我 你 咱们 彼此")
# 逐 + a measure word or a unit noun (shared with dedide._is_manner)
DISTRIBUTIVE = frozenset("一个项条户村人级年月日家件批段笔步处片类块单所校镇企")
# words that join, so what follows is no object of the verb
_JOINERS = words("和 与 及 以及 或 或者 同 并 而 且")


def distributive(word: str) -> bool:
    """逐 + a measure word (逐一, 逐项, 逐户): an adverbial only."""
    return len(word) == 2 and word[0] == "逐" and word[1] in DISTRIBUTIVE


# ABA adverbials: a body part or a point set against itself (手把手, 面对面, 心贴心, 背靠背,
# 肩并肩, 一对一): 《现代汉语词典》第7版 gives 手把手 and 面对面 as adverbial ("手把手地教"); and
# 按/如/足/全 + a measure of time or amount (按时, 如期, 足额, 全额: "按规定数额足够地"): both are
# adverbials of manner before a verb (recall22: 手把手的教村民, 及时足额的拨付到户)
_MIRROR_JOINS = frozenset("把对贴靠并拉连挨")


def shaped_adverbial(word: str) -> bool:
    """A manner adverbial by its shape: ABA (手把手, 面对面), 按/如/足/全 + 时/期/额/量/数, or
    一 + a measure word said twice (一件一件, 一步一步: one by one, as 逐 + a measure word)."""
    if len(word) == 4:
        return word[:2] == word[2:] and word[0] == "一" and word[1] in DISTRIBUTIVE
    if len(word) == 3:
        return word[0] == word[2] != word[1] and word[1] in _MIRROR_JOINS
    return len(word) == 2 and word[0] in "按如足全" and word[1] in "时期额量数"


def _object_after(words_: tuple[str, ...], j: int) -> bool:
    """Word ``j`` exists and begins an object: a Chinese word, not 的 nor a joining word."""
    return j < len(words_) and is_han_word(words_[j]) and words_[j] != "的" and \
        words_[j] not in _JOINERS


def hidden_verb(words_: tuple[str, ...], k: int, tags: Mapping[str, str], manner: bool) -> str:
    """The word after the 的 that is word ``k`` when it is a verb by shapes 1–3 of the module
    docstring, else "". ``manner``: the word before 的 is an adverbial (dedide._is_manner)."""
    if not manner or k + 1 >= len(words_):
        return ""
    nxt = words_[k + 1]
    if not is_han_word(nxt):
        return ""
    after = words_[k + 2] if k + 2 < len(words_) else ""
    if tags.get(nxt) == "vn" and after in OBJECT_PRONOUNS:
        return nxt  # 严格的约束自己
    if distributive(words_[k - 1]) and len(nxt) >= 2 and tags.get(nxt) not in ("a", "ad"):
        return nxt  # 逐一的核实
    if len(nxt) == 1 and tags.get(nxt) == "v" and _object_after(words_, k + 2):
        return nxt  # 主动的靠前指挥
    return ""


def property_adverbial(words_: tuple[str, ...], k: int, verb: str,
                       tags: Mapping[str, str]) -> bool:
    """The word before the 的 at ``k`` is an "X性" word and ``verb`` (tag v) after 的 has its
    object after it: the X性 word is the verb's adverbial (经常性的开展警示教育)."""
    prev = words_[k - 1]
    return len(prev) == 3 and prev[2] == "性" and is_han_word(prev) and bool(verb) and \
        k + 1 < len(words_) and words_[k + 1] == verb and tags.get(verb) == "v" and \
        _object_after(words_, k + 2)


def verb_pair(word: str, tags: Mapping[str, str], freq: Mapping[str, int],
              verbal_nouns: frozenset[str]) -> bool:
    """Two verbs side by side kept as one rare word (沟通交流 n 3, 宣传发动): the first tagged v,
    the last a verbal noun (vn, or listed: jieba tags 交流 n)."""
    return len(word) == 4 and word not in freq and tags.get(word[:2]) == "v" and \
        (tags.get(word[2:]) == "vn" or word[2:] in verbal_nouns)
