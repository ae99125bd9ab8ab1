"""The lexicon's cache file (app/lexicon_pack.py): its strings stored as UTF-16 bytes come back
as the very strings packed, and a file of the earlier form is not taken for one."""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any

from app import lexicon_pack

# the kinds of text the tables hold: common and rare characters, one outside the BMP (a
# surrogate pair in UTF-16), an empty table, the separator
ITEMS: tuple[Any, ...] = ("部署\n防碍\n𠀀字", b"\x01\x02", "", {"己": frozenset({"已", "巳"})}, 7,
                         "a\nb")


def test_the_file_form_gives_back_what_was_packed() -> None:
    stored = lexicon_pack._to_file(ITEMS)
    assert not any(type(item) is str for item in stored[1])  # no string is marshalled as UTF-8
    assert lexicon_pack._from_file(marshal.loads(marshal.dumps(stored))) == ITEMS


def test_a_file_of_the_earlier_form_is_not_read(tmp_path: Path) -> None:
    """A plain tuple (the form before FILE_FORM 2) is not mistaken for a packed lexicon (its
    strings would be taken for bytes): the lexicon is built again, as for a damaged file."""
    old = tmp_path / "lexicon-old.marshal"
    old.write_bytes(marshal.dumps(ITEMS))
    assert lexicon_pack.read_cache(old) is None
    new = tmp_path / "lexicon-new.marshal"
    lexicon_pack.write_cache_file(new, ITEMS)
    assert lexicon_pack._from_file(marshal.loads(new.read_bytes())) == ITEMS


def _lexicon_with(**tables: Any) -> Any:
    from app.lexicon_model import Lexicon

    lex = Lexicon({"部署": 900, "部属": 20}, {"部": 100}, {"部署": "v"}, {}, {},
                  {"部\0": "署属"}, {}, 1000)
    for name, table in tables.items():
        setattr(lex, name, table)
    return lex


def test_the_character_tables_are_stored_as_strings_and_read_back_the_same() -> None:
    """shapes, sound, by_sound and tone (~24,000 keys, ~40,000 strings in their values) were
    marshalled as dicts, read one short string at a time at every worker's start; stored as
    strings they come back equal, their keys in the same order."""
    shapes = {"己": frozenset("已巳忌"), "𠀀": frozenset("丘"), "部": frozenset()}
    sound = {"部": "bu", "署": "shu", "𠀀": "qiu"}
    by_sound = {"bu": frozenset("部不步"), "shu": frozenset("署属数书")}
    tone = {"部": "bù", "署": "shǔ"}
    lex = _lexicon_with(shapes=shapes, sound=sound, by_sound=by_sound, tone=tone)
    packed = lexicon_pack.pack(lex)
    stored = lexicon_pack._to_file(packed)
    assert not any(type(item) is dict for item in stored[1])  # no table marshalled as a dict
    back = lexicon_pack._unpack(lexicon_pack._from_file(marshal.loads(marshal.dumps(stored))))
    for name, table in (("shapes", shapes), ("sound", sound), ("by_sound", by_sound),
                        ("tone", tone)):
        got = getattr(back, name)
        assert got == table and list(got) == list(table), name


def test_a_table_the_string_form_cannot_hold_is_stored_as_it_is() -> None:
    """A key or reading holding the separator, or a set of more than single characters, is
    kept as a dict (read back as it was), not cut wrongly."""
    odd_shapes = {"己": frozenset({"已", "巳巳"})}
    odd_sound = {"部": "b\nu"}
    lex = _lexicon_with(shapes=odd_shapes, sound=odd_sound, tone={"a\nb": "x"})
    back = lexicon_pack._unpack(lexicon_pack.pack(lex))
    assert back.shapes == odd_shapes and back.sound == odd_sound and back.tone == {"a\nb": "x"}
