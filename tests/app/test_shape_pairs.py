"""typo/char finds a look-alike slip whose intended character seldom stands alone (畴躇 → 踌躇:
踌 is in common words but rare alone), now that packaging/make_shape_pairs.py draws every
character of common words; both characters of such a pair in their own words stay untouched."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document

TITLE = "关于2025年基层困难群众帮扶工作情况的报告"


def typos(sentence: str) -> list[tuple[str, str]]:
    """(the stretch marked, the message) of each typo/char finding of ``sentence``."""
    a = analyze(Document.from_lines([TITLE, "", sentence]), ["typo"])
    return [(sentence[f.start:f.end], f.message) for f in a.findings
            if f.index == 2 and f.rule == "typo/char"]


# the written character is common, the intended one shares its right half and is rare alone
# (踌 of 踌躇, 猝 of 仓猝, 拮 of 拮据)
@pytest.mark.parametrize("sentence, wrong, right", [
    # (the same edit in the set phrase 踌躇满志 is reported in it: typo._held_in_longer)
    ("他畴躇满志，准备大干一场。", "畴躇满志", "踌躇满志"),
    ("部分单位准备仓悴，工作陷入被动。", "仓悴", "仓猝"),
    ("部分困难家庭经济桔据，需要帮扶。", "桔据", "拮据"),
])
def test_a_look_alike_slip_for_a_character_rare_alone_is_found(sentence, wrong, right):
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence", [
    "他踌躇再三，还是把田畴承包了出去，这不属于政策范畴。",
    "事发仓猝，她面容憔悴。",
    "部分困难家庭经济拮据，今年桔子丰收后有所缓解。",
    "该工程已于去年底竣工验收，沿线山势险峻。",
    "有关单位不得推诿搪塞，池塘清淤要按期完成。",
])
def test_both_characters_of_a_pair_in_their_own_words_are_left_alone(sentence):
    assert typos(sentence) == []
