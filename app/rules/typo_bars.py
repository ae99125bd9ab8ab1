"""The bars of typo/char's general search (app/rules/typo.py) that its other searches ask too
(typo_pairs' neighbour search, typo_bound's bound characters, typo_uncommon's rarer words): one
definition, so that a bar moved in one place moves for every search that says it asks the same.
Each a natural-log gain of the clause's best segmentation (e^9 ≈ 8,000×).
"""

from __future__ import annotations

MIN_GAIN = 9.0  # natural-log gain of the clause's best segmentation (e^9 ≈ 8,000×)
# The same sound and tone (pypinyin's main readings) making a well-known word (WELL_KNOWN) of
# two characters: e^6, where any tone needs e^9 (提质 → 体质 is tí/tǐ; at e^6 the corpus's
# same-tone candidates are series such as 细化实化 and 先行先试, left out by _in_series)
MIN_GAIN_TONE = 6.0
# … and into a common two-character word the dictionary counts less often (TONE_COMMON to
# WELL_KNOWN: 议政 285, 谋划 218, 汛期 420): e^7.5. Measured (typo18) on every real text at hand —
# ../shared's corpus, samples and realdocx, the clean prose set, the unseen pages of
# precision17/18 and the correct text of the planted reports — with every guard on: no such
# correction gains more than e^7.3 (大思政课 → 政客, 澄德现代庄园 → 承德: a coinage and a name),
# while made-up same-tone slips of such words spread evenly over e^6–e^9 (bench/typo_slips.py:
# a third of them above e^7.5). Not for three characters: jieba's three-character words of a few
# hundred are often names and set forms of address (胡大哥), which took 另狐大哥 from 令狐大哥
MIN_GAIN_TONE_COMMON = 7.5
TONE_COMMON = 100
# A look-alike of the same sound and tone (形音皆近: 财/材 cái, 塘/搪 táng, 讯/汛 xùn): what an
# input method offers for the syllable and the eye does not catch, the textbook 错别字. It asks
# the look-alike bar of a rarity, e^7, whatever the character's frequency (药品耗财 → 耗材 gains
# e^8.1; on the corpus and the unseen pages no such pair of strays gains more than e^6.6, 产消 →
# 产销); and where the typed pair is a floor rarity of the dictionary (which keeps attested
# misspellings there: 塘塞, 拉圾, 脉膊), e^3, the ratio a common twin has over the floor (the
# only such rarity on real text, 用财 e^3.7 in 生财、聚财、用财之道, is a series the writer repeats)
MIN_GAIN_LOOK_SOUND = 7.0
MIN_GAIN_LOOK_SOUND_RARE = 3.0
