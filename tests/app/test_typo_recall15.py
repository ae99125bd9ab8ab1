"""typo/char's fifteenth-session changes (docs/checks.md, "Typo recall, fifteenth session").

1. An input method's echo: the word just typed ends in the character the slip repeats (国际经际:
   际 chosen again for jì). The frame guard (先行先试, 细化实化: an item built on the neighbour's
   pattern) holds only where the shared character is one the correction keeps.
2. A lone word before a slip (须执形到位: 须 "must"), on the side of the character the correction
   keeps and making no word with it, is no leftover of the correction; a character after the
   stretch still is (县域医共体, a building's name 致知楼).
"""

from __future__ import annotations

import pytest

from tests.app.test_typo_pairs import typos


@pytest.mark.parametrize("sentence, wrong, right", [
    ("进一步深化国际经际合作。", "经际", "经济"),
    ("持续加大科技经技融合力度。", "经技", "经济"),
    ("各地要坚决杜决形式主义和官僚主义。", "杜决", "杜绝"),
])
def test_a_character_echoed_from_the_word_before_is_corrected(sentence, wrong, right):
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence", [
    "坚持先行先试，细化实化各项举措。",  # frames: the shared 先 / 化 is kept by any correction
    "推动标准化规范化建设，做到一村一策。",
    "进一步深化国际经济合作，坚决杜绝形式主义。",  # the right words
])
def test_frames_and_right_words_stay_quiet(sentence):
    assert typos(sentence) == []


@pytest.mark.parametrize("sentence, wrong, right", [
    ("上述规定各单位须执形到位。", "执形", "执行"),
    ("相关材料均需申清备案。", "申清", "申请"),
    ("兹答付如下。", "答付", "答复"),
])
def test_a_lone_word_before_the_kept_character_does_not_block(sentence, wrong, right):
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence", [
    "支持各县建设县域医共体。",  # a compound the dictionary lacks: 体 after the stretch
    "活动在致知楼三层举行。",  # a building's name before 楼
    "请杜决同志于下周一到会。",  # a person's name before a title
])
def test_a_character_after_the_stretch_still_blocks(sentence):
    assert typos(sentence) == []


@pytest.mark.parametrize("sentence, wrong, right", [
    ("加强对学校教才的审核把关。", "教才", "教材"),
    ("统筹推进医疗器才集中采购。", "器才", "器材"),
    ("督促企业及时整里归档。", "整里", "整理"),
    ("各区要合里安排资金。", "合里", "合理"),
])
def test_a_frequent_character_slipped_into_its_look_alike_of_the_same_sound(sentence, wrong,
                                                                            right):
    """才/材 cái, 里/理 lǐ: the frequent character stands alone, its stray neighbour opens the
    window, and the same-sound look-alike asks the lower bar (typo_pairs)."""
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence", [
    "没想到一做题才发现有些细节平时没注意到。",  # 做题: the stray's word on its other side
    "提高基层医疗服务可及性。",
    "他是一个有才华的年轻人，常在村里帮忙。",
    "请张才同志于周五前报送材料。",  # a name before a title
])
def test_look_alike_neighbours_in_right_text_stay_quiet(sentence):
    assert typos(sentence) == []


@pytest.mark.parametrize("sentence, wrong, right", [
    ("全面加强自燃资源资产管理。", "自燃资源", "自然资源"),
    ("扎实推进精神文名建设。", "精神文名", "精神文明"),
    ("今年全市新录用工务员一百名。", "工务员", "公务员"),
    ("加快建设全省统一的数句库。", "数句库", "数据库"),
])
def test_a_rare_word_whose_twin_joins_its_neighbour_is_corrected(sentence, wrong, right):
    """自燃 and 文名 are words, so no stray points at them; their same-sound twins make one
    dictionary word with the neighbour (自然资源), the typed words none (typo_joined)."""
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence", [
    "严防煤堆自燃引发火灾，做好秸秆禁烧。",  # 自燃 in its own sense: no compound with the twin
    "请李文名同志于周五前报送材料。",  # names before a title
    "王建康同志任办公室主任。",
    "该厂生产的精神类药品已全部下架。",
])
def test_rare_words_in_their_own_sense_and_names_stay_quiet(sentence):
    assert typos(sentence) == []
