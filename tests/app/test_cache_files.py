"""Two copies of the program sharing one data folder keep their own cache files.

An installed copy and a portable one (or two versions during an upgrade) compute different keys
for the same kind of cache; each used to delete the other's file when writing its own, so the
lexicon (seconds to build) was rebuilt on every alternate run. A few files per kind are kept;
beyond that the least recently written go, so the folder stays bounded."""

from __future__ import annotations

import marshal
import os

from app.lexicon import write_cache_file
from app.storage.paths import KEEP_CACHE_FILES, prune_cache_files


def _write(folder, name: str, when: int) -> None:
    path = folder / name
    write_cache_file(path, frozenset({name}))
    os.utime(path, ns=(when, when))


def test_two_installs_keep_their_own_lexicon_cache(tmp_path):
    cache = tmp_path / "cache"
    _write(cache, "lexicon-aaaa.marshal", 1_000_000_000)
    _write(cache, "lexicon-bbbb.marshal", 2_000_000_000)  # the other install's run
    # the first install's next run finds its file as it wrote it: nothing to rebuild
    assert marshal.loads((cache / "lexicon-aaaa.marshal").read_bytes()) == {"lexicon-aaaa.marshal"}
    assert marshal.loads((cache / "lexicon-bbbb.marshal").read_bytes()) == {"lexicon-bbbb.marshal"}


def test_old_keys_beyond_the_few_recent_go(tmp_path):
    cache = tmp_path / "cache"
    names = [f"lexicon-{i:04x}.marshal" for i in range(KEEP_CACHE_FILES + 2)]
    for when, name in enumerate(names, start=1):
        _write(cache, name, when * 1_000_000_000)
    kept = sorted(p.name for p in cache.glob("lexicon-*.marshal"))
    assert kept == sorted(names[-KEEP_CACHE_FILES:])


def test_prune_leaves_other_kinds_and_the_current_file(tmp_path):
    for name in ("results-1.marshal", "results-2.marshal", "results-3.marshal",
                 "results-4.marshal", "lexicon-1.marshal", "regex-check-1.marshal"):
        (tmp_path / name).write_bytes(b"x")
    os.utime(tmp_path / "results-1.marshal", ns=(1, 1))  # the oldest, but the one just written
    prune_cache_files(tmp_path, "results", "results-1.marshal", keep=2)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "results-1.marshal" in left
    assert len([n for n in left if n.startswith("results-")]) == 2
    assert "lexicon-1.marshal" in left and "regex-check-1.marshal" in left
