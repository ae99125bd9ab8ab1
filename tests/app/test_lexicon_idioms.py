"""app/lexicon_idioms reads the four-character phrases of pypinyin's list from its keys alone (not
json.loads of every reading: ~30 MB the window's allocator kept): the same phrases either way."""

from __future__ import annotations

import json

import pytest

from app.lexicon_idioms import _four_character_keys


def test_the_keys_read_alone_are_the_four_character_phrases_of_the_list():
    pypinyin = pytest.importorskip("pypinyin", reason="pypinyin is not installed")
    from importlib.resources import files

    data = files(pypinyin).joinpath("phrases_dict.json").read_bytes()
    whole = json.loads(data)
    assert set(_four_character_keys(data)) == {k for k in whole if len(k) == 4}


def test_readings_of_four_letters_and_longer_phrases_are_no_keys():
    data = '{"真知灼见": [["zhēn"], ["zhī"]], "一丁点儿": [["dīng"]], "三心二意啊": [["a"]]}'
    assert _four_character_keys(data.encode("utf-8")) == ["真知灼见", "一丁点儿"]
