"""Guards of typo/char for words the writer built on purpose from a word's kin (precision21).

Two false alarms of unseen21's real pages, each a pattern rather than a phrase:

- a level of administration in a word whose sibling with another level is a dictionary word
  (使镇容环境卫生面貌焕然一新: 镇容 as 市容, 村容; 基本实现大病不出县: 出县 as 出国), in a
  paragraph that speaks of that level elsewhere (我镇, 县域内). The writer moved a known word
  down to the level at hand; 镇容 → 阵容 and 出县 → 出现 were same-sound guesses.
- a set phrase whose changed half is itself a common word, reached by a character of another
  sound (综合协调、应对自如: 应对 for 应付, duì against fù). Slips are typed by sound (an input
  method offers 风声 for 风生, 提名 for 题名, and those stay found); a common word of another
  sound beside the phrase's other half is a word the writer chose.
"""

from __future__ import annotations

from app.lexicon import lexicon
from app.rules.typo_guards import LEVELS

KIN = LEVELS | {"国"}  # 国 over 省: 出国 beside 出省, 出县
KIN_MIN = 8  # the sibling's dictionary count (村容 8, 市容 530, 出国 915)
HALF_MIN = 100  # each half a common word (应对 184, 应付 1288, 自如 456)


def level_kin(text: str, start: int, end: int, k: int) -> bool:
    """The changed character is a level of administration the paragraph names elsewhere, and the
    word with another level in its place is a dictionary word."""
    word, freq = text[start:end], lexicon().freq
    c = word[k]
    if c not in KIN or c not in text[:start] + text[end:]:
        return False
    return any(freq.get(word[:k] + other + word[k + 1:], 0) >= KIN_MIN
               for other in KIN if other != c)


def chosen_half(text: str, start: int, end: int, k: int, cand: str) -> bool:
    """A four-character stretch whose changed half and its correction are both common words of
    different sound at the changed character, beside a common word: two words, not a slip."""
    lex = lexicon()
    word = text[start:end]
    if len(word) != 4 or len(cand) != 4:
        return False
    a, b = (0, 2) if k < 2 else (2, 4)
    other = word[2:] if k < 2 else word[:2]
    if lex.sound.get(word[k], "?") == lex.sound.get(cand[k], "!"):  # (main readings, toneless)
        return False
    return all(lex.freq.get(w, 0) >= HALF_MIN for w in (word[a:b], cand[a:b], other))

