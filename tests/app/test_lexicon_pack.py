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
