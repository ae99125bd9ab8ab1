"""particle/di: 的 in a phrase joined by 和/与/及/、 to what comes before it, used by
app/rules/dedide.py (precision16, a tenth set of unseen real pages).

1. Two attributes of one noun, each after its degree word, joined by a coordinator:
   实现更加充分和更高质量的就业, 推动更加公平、更高质量的发展. Both attributes qualify the noun
   the verb before them takes as its object (实现 … 就业), so the 的 links an attribute to a
   noun; the walk back from the second attribute goes on past the first, as it already did
   for two attributes side by side (实现更加公平更高质量的就业).
2. A manner word and its verb kept as one token (努力实现, 全力推动: the segmenter's user
   phrases) take their object as the bare verb does.
3. "adjective + 的 + verb + noun" joined by 和/与/及 to a noun phrase before it (实施就业优先
   战略和更加积极的就业政策): it reads as a second noun phrase, the verb a modifier of the noun
   after it (就业政策), as well as a verb phrase (加强领导和认真的落实政策, where 地 was
   meant). Both readings are possible, and dedide.py reports no position where they are. Kept
   narrow: the word before the coordinator is a noun (a dictionary word with no verb, adjective
   or adverb tag, not a manner word), and the word right after the verb is a noun too (not
   推进改革, 改革 being a verbal noun: 统一思想和积极的推进改革 is still reported).
4. Attributes side by side with no degree word (precision20): 提供坚实有力的保障 — 坚实 and 有力
   both qualify the noun 提供 takes, so the walk back goes on past every adjective or manner
   word before the one at 的 to the verb (要坚实有力的推进改革 is still reported: 要 is a modal).
5. An adjective and a verbal noun side by side as the predicate (丰富发展积极的就业政策: 丰富 a,
   发展 vn): a verb pair, whose object "adjective + 的 + verb + noun" is a noun phrase (就业政策).
   Kept narrow: the word right after the verb is a noun; a verbal noun after a noun is still a
   subject's head (职工培训有序的推进 is reported).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from app.rules.dedide_slots import is_han_word

_JOIN_ATTRIBUTES = frozenset(("和", "与", "及", "、"))
_JOIN_PHRASES = frozenset(("和", "与", "及", "以及"))


def before_joined_attribute(words: tuple[str, ...], j: int, degree_words: Collection[str],
                            tags: Mapping[str, str]) -> int:
    """``j`` at a coordinator after "degree word + attribute" (更加充分和): the index of the word
    before that degree word; else ``j`` itself."""
    if j >= 2 and words[j] in _JOIN_ATTRIBUTES and words[j - 2] in degree_words and \
            tags.get(words[j - 1]) not in ("v", "vn"):
        return j - 3
    return j


def manner_verb(word: str, tags: Mapping[str, str], manner: Collection[str]) -> bool:
    """One token of a manner word and a plain verb (努力实现): a verb as its last two are."""
    return len(word) >= 4 and word not in tags and tags.get(word[-2:]) == "v" and \
        (word[:-2] in manner or tags.get(word[:-2]) == "ad")


def _noun(word: str, tags: Mapping[str, str], freq: Mapping[str, int],
          manner: Collection[str]) -> bool:
    return len(word) >= 2 and is_han_word(word) and word in freq and word not in tags and \
        word not in manner


def joined_to_noun(words: tuple[str, ...], k: int, text: str, verb_end: int,
                   degree_words: Collection[str], tags: Mapping[str, str],
                   freq: Mapping[str, int], manner: Collection[str]) -> bool:
    """The 的 at word ``k`` begins a phrase joined by 和/与/及 to a noun before it, and the verb
    after 的 (ending at ``verb_end``) is followed by a noun: both readings possible (item 3)."""
    j = k - 2
    while j >= 0 and words[j] in degree_words:
        j -= 1
    if j < 1 or words[j] not in _JOIN_PHRASES or not _noun(words[j - 1], tags, freq, manner):
        return False
    return _noun(text[verb_end:verb_end + 2], tags, freq, manner)


def before_attribute_run(words: tuple[str, ...], j: int, tags: Mapping[str, str],
                         manner: Collection[str], stops: Collection[str]) -> int:
    """``j`` at an adjective or a manner word (not a verb, nor one of ``stops``: the modals 切实,
    不断 and the listed verbs jieba tags a, 珍惜 of 珍惜难得的学习机会) right before the attribute
    at 的 (坚实 of 坚实有力的): the index of the first word before that run (item 4); else ``j``."""
    while j >= 1 and (tags.get(words[j]) in ("a", "ad") or words[j] in manner) and \
            tags.get(words[j]) not in ("v", "vn") and words[j] not in stops:
        j -= 1
    return j


def adjective_verb_pair(words: tuple[str, ...], j: int, text: str, verb_end: int,
                        tags: Mapping[str, str], freq: Mapping[str, int],
                        manner: Collection[str]) -> bool:
    """``words[j]`` is a verbal noun after an adjective (丰富发展), and a noun follows the verb
    after 的 (就业|政策): the pair is the predicate and takes the phrase as its object (item 5)."""
    return j >= 1 and tags.get(words[j]) == "vn" and tags.get(words[j - 1]) == "a" and \
        _noun(text[verb_end:verb_end + 2], tags, freq, manner)
