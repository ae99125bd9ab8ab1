"""The compiled regular expressions `check` keeps between runs (app/regex_cache.py): a pattern
made from the cache must be the pattern ``re`` compiles, and a second check must compile none."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app import regex_cache
from app.engine import analyze
from app.model import Document

_compiler: Any = importlib.import_module("re._compiler")

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "planted_reports"
TEXT = ("一、总体情况\n（一）主要做法。今年以来，我们们坚持以习近平新时代中国特色社会主义思想"
        "为指导，"
        "完成投资12.5亿元，同比增长3.4%，2026年11月30日前全部到位。\nABC-123 abc_def (x) [y]")


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The module as in a new process, its hook removed after the test."""
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(tmp_path))
    # re's own compile (a `check` run in this process before may have set the hook), put
    # back afterwards as it was
    monkeypatch.setattr(_compiler, "compile", regex_cache._original or _compiler.compile)
    for name, value in (("_stored", {}), ("_used", {}), ("_new", False), ("_file", None),
                        ("_original", None)):
        monkeypatch.setattr(regex_cache, name, value)
    return tmp_path


def _restart(monkeypatch: pytest.MonkeyPatch, original: object) -> None:
    """Forget the hook and what was compiled, as a new process would."""
    monkeypatch.setattr(_compiler, "compile", original)
    regex_cache._stored, regex_cache._used = {}, {}
    regex_cache._new, regex_cache._original = False, None
    re.purge()


def test_patterns_from_the_cache_are_the_compiled_ones(
        fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = _compiler.compile
    assert regex_cache.install("test")
    re.purge()
    # every pattern a check of a report uses, compiled through the hook (the rule modules
    # compile theirs when imported: done again here from their source strings)
    from app.rules import MODULE_NAMES

    for name in MODULE_NAMES:
        importlib.import_module(name)
    patterns = {(p.pattern, p.flags) for m in list(sys.modules.values())
                if (m.__name__ or "").startswith("app.")
                for p in vars(m).values() if isinstance(p, re.Pattern)}
    patterns |= {(r"(?P<year>\d{4})年(?P<month>\d+)月", 0), (rb"[\x00-\x1f]+", 0),
                 (r"(?i)abc|(?P<x>d)", 0), (r"(?x) a b  # c", 0), (r"^x$", re.M)}
    assert len(patterns) > 100
    made = {(p, flags): re.compile(p, flags) for p, flags in patterns}
    analyze(Document.from_lines(TEXT.split("\n")))
    regex_cache.save()
    assert regex_cache.cache_path("test") is not None
    assert Path(regex_cache.cache_path("test") or "").is_file()

    _restart(monkeypatch, original)
    assert regex_cache.install("test")
    stored = dict(regex_cache._stored)
    assert len(stored) >= len(patterns)
    for (p, flags), _args in stored.items():
        cached = re.compile(p, flags)
        compiled = original(p, flags)
        # Pattern equality compares the pattern, the flags and the compiled code itself: the
        # pattern made from the file is the one the hook made when it compiled it (re's own,
        # or re's own with a first-character set: app/regex_prefix.py, whose tests compare
        # the matches of the two over real text)
        if (p, flags) in made:
            assert cached == made[(p, flags)], p
        assert (cached.groups, cached.groupindex) == (compiled.groups, compiled.groupindex)
        sample: str | bytes = TEXT if isinstance(p, str) else TEXT.encode()
        assert [m.span() for m in cached.finditer(sample)] == \
            [m.span() for m in compiled.finditer(sample)]  # type: ignore[arg-type]
    assert not regex_cache._new  # nothing compiled anew


def test_damaged_file_is_ignored(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = Path(regex_cache.cache_path("test") or "")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00garbage")
    assert regex_cache.install("test")
    re.purge()
    assert re.compile(r"[甲乙]+(\d+)").findall("甲乙12 乙3") == ["12", "3"]
    regex_cache.save()
    assert regex_cache._read(str(path))  # replaced by a good one


def test_second_check_compiles_nothing(tmp_path: Path) -> None:
    """Two checks of a report in fresh processes: the first compiles the rules' patterns and
    keeps them, the second makes every one from the cache, with the same findings."""
    report = next(SAMPLE.rglob("*.txt"))
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from app import regex_cache; "
            "regex_cache.install('check'); from app.cli_check import load_document as _load; "
            "from app.engine import analyze; fs = analyze(_load(sys.argv[2])).findings; "
            "print(regex_cache._new, len(regex_cache._used), "
            "sorted((f.rule, f.index, f.start, f.end, f.message) for f in fs)); "
            "regex_cache.save()")
    env = dict(os.environ, REPORTDESK_DATA_DIR=str(tmp_path), REPORTDESK_LEXICON_WORKER="0")
    runs = [subprocess.run([sys.executable, "-c", code, str(ROOT), str(report)], env=env,
                           capture_output=True, text=True, check=True).stdout
            for _ in range(2)]
    first_new, first_count, first = runs[0].split(" ", 2)
    second_new, second_count, second = runs[1].split(" ", 2)
    assert (first_new, second_new) == ("True", "False")
    assert int(first_count) > 100 and int(second_count) > 100
    assert first == second


def test_a_second_install_follows_the_data_folder(
        fresh: Path, tmp_path_factory: pytest.TempPathFactory,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`check` run twice in one process (tests do) with another data folder the second time:
    the second one's file is read and written, the first folder is left alone."""
    assert regex_cache.install("test")
    first = Path(regex_cache.cache_path("test") or "")
    other = tmp_path_factory.mktemp("other-data")
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(other))
    assert regex_cache.install("test")
    re.purge()
    re.compile(r"第(?P<n>[一二三四五六七八九十]+)次")
    regex_cache.save()
    assert not first.exists()
    assert Path(regex_cache.cache_path("test") or "").parent.parent == other
    assert Path(regex_cache.cache_path("test") or "").is_file()


def test_a_pattern_compiled_unrecorded_is_never_written(fresh: Path) -> None:
    """What a user types into find and replace is compiled inside ``not_recorded``: it works,
    and it is not kept in the data folder (it could hold a piece of a document)."""
    assert regex_cache.install("test")
    re.purge()
    with regex_cache.not_recorded():
        secret = re.compile(r"张三丰(?:同志)?")
    kept = re.compile(r"第(?P<n>[一二三四五六七八九十]+)批")
    assert secret.findall("请张三丰同志、张三丰参会") == ["张三丰同志", "张三丰"]
    regex_cache.save()
    table = regex_cache._read(regex_cache.cache_path("test") or "")
    assert (kept.pattern, 0) in table  # the program's own pattern is kept …
    assert not any("张三丰" in str(p) for p, _flags in table)  # … the typed one is not
