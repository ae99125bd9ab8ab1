"""The lexicon worker's units on two cores (app/lexicon_fork.py): the reply of a request shared
with a forked copy is the reply found in one process, finding for finding."""

from __future__ import annotations

import os
import pickle
import sys

import pytest

from app import lexicon_fork
from app.engine import analyze
from app.lexicon_results import SCOPES, unit_findings
from app.model import Document
from tests.app.test_lexicon_worker import _planted_lines

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or not hasattr(os, "fork"),
                                reason="the units are shared with a fork on Linux only")


@pytest.fixture
def units() -> tuple[list, list]:
    doc = Document.from_lines(_planted_lines())
    return doc.texts, analyze(doc, ()).roles


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The forks made (their pids), any request large enough to share."""
    made: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        if pid:
            made.append(pid)
        return pid

    monkeypatch.setattr(lexicon_fork.os, "fork", fork)
    monkeypatch.setattr(lexicon_fork, "MIN_CHARS", 0)
    monkeypatch.setattr(lexicon_fork.os, "cpu_count", lambda: 2)
    monkeypatch.setenv("REPORTDESK_LEXICON_SPLIT", "1")  # (whatever else the machine runs)
    return made


def test_units_found_on_two_cores_are_the_units_found_in_one(units, forks):
    texts, roles = units
    alone = unit_findings(texts, roles, sorted(SCOPES))
    shared = lexicon_fork.unit_findings(texts, roles, sorted(SCOPES))
    assert len(forks) == 1  # (the copy found the first part)
    assert shared == alone
    # both parts held findings, so the join's moving of the second part's findings was checked
    cut = lexicon_fork.split_at(texts)
    assert cut is not None and 0 < cut < len(texts)
    found = [k for per_unit in alone[0].values() for k, fs in enumerate(per_unit) if fs]
    assert min(found) < cut <= max(found)
    assert any(f.index != 0 for per_unit in shared[0].values()
               for fs in per_unit[cut + 1:] for f in fs)


def _short_reply(fd, *_a):
    os.write(fd, pickle.dumps(({"app.rules.typo": [[]]}, True)))  # a reply of the wrong shape
    os._exit(0)


@pytest.mark.parametrize("copy", [lambda *_a: os._exit(3), _short_reply],
                         ids=["dies", "wrong reply"])
def test_a_copy_that_fails_leaves_its_part_to_the_worker(units, forks, monkeypatch, copy):
    texts, roles = units
    monkeypatch.setattr(lexicon_fork, "_serve_part", copy)
    assert lexicon_fork.unit_findings(texts, roles, sorted(SCOPES)) == \
        unit_findings(texts, roles, sorted(SCOPES))
    assert len(forks) == 1


def test_only_large_requests_are_shared(monkeypatch):
    monkeypatch.delenv("REPORTDESK_LEXICON_SPLIT", raising=False)
    monkeypatch.setattr(lexicon_fork.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(lexicon_fork, "_busy", lambda: False)
    long = ["这是一段足够长的正文。" * 100] * 40  # 44,000 characters
    cut = lexicon_fork.split_at(long)
    assert cut == 21  # at COPY_SHARE (0.51) of the characters: 21 × 1,100 ≥ 0.51 × 44,000
    assert lexicon_fork.split_at(long[:1]) is None  # one unit (a re-check after an edit)
    assert lexicon_fork.split_at(["短文。"] * 40) is None  # below MIN_CHARS
    monkeypatch.setattr(lexicon_fork.os, "cpu_count", lambda: 1)
    assert lexicon_fork.split_at(long) is None  # no second core
    monkeypatch.setattr(lexicon_fork.os, "cpu_count", lambda: 2)
    monkeypatch.setenv("REPORTDESK_LEXICON_SPLIT", "0")
    assert lexicon_fork.split_at(long) is None  # turned off


def test_no_copy_while_other_work_holds_a_core(monkeypatch, tmp_path):
    long = ["这是一段足够长的正文。" * 100] * 40
    monkeypatch.delenv("REPORTDESK_LEXICON_SPLIT", raising=False)
    monkeypatch.setattr(lexicon_fork.os, "cpu_count", lambda: 2)
    loadavg = tmp_path / "loadavg"
    real_open = open

    def fake_open(path, *a, **k):
        return real_open(loadavg if path == "/proc/loadavg" else path, *a, **k)

    monkeypatch.setattr("builtins.open", fake_open)
    loadavg.write_text("0.50 0.40 0.30 2/180 4242\n")  # this worker and `check`
    assert lexicon_fork.split_at(long) == 21
    loadavg.write_text("2.10 1.40 0.90 3/180 4242\n")  # and something else
    assert lexicon_fork.split_at(long) is None
    monkeypatch.setenv("REPORTDESK_LEXICON_SPLIT", "1")  # asked for anyway
    assert lexicon_fork.split_at(long) == 21


def test_the_modules_one_time_loads_are_made_before_the_fork(units, forks, monkeypatch):
    """What the modules load on their first paragraph (the set phrases' index read back from
    the data folder's cache, the shipped tables, the memoised confusion sets) is loaded once,
    before the fork, and shared with the copy: made after it, both processes loaded it, each
    on its part's first paragraph."""
    from app.rules import typo_set_phrases
    from app.textcache import clear_text_caches

    texts, roles = units
    clear_text_caches()  # (as in a fresh worker: no paragraph looked at yet)
    typo_set_phrases._index.cache_clear()
    loaded_at_fork: list[int] = []
    counting_fork = os.fork

    def fork() -> int:
        loaded_at_fork.append(typo_set_phrases._index.cache_info().currsize)
        return counting_fork()

    monkeypatch.setattr(lexicon_fork.os, "fork", fork)
    shared = lexicon_fork.unit_findings(texts, roles, sorted(SCOPES))
    assert len(forks) == 1 and loaded_at_fork == [1]
    assert shared == unit_findings(texts, roles, sorted(SCOPES))


def test_a_paragraph_far_longer_than_a_reports_is_not_found_before_the_fork(units, forks,
                                                                              monkeypatch):
    """The unit found before the fork is one of a paragraph's usual length: a far longer one
    found there would keep the other core idle for all of its time."""
    from app import lexicon_results

    texts, roles = units
    giant = ("".join(texts) * 3)[:lexicon_fork.WARM_MAX + 500]
    assert len(giant) > lexicon_fork.WARM_MAX
    asked: list[list[int]] = []
    real = lexicon_results.unit_findings

    def found(part: list[str], *rest: object) -> object:
        asked.append([len(t) for t in part])
        return real(part, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(lexicon_results, "unit_findings", found)
    lexicon_fork.unit_findings([giant, *texts], [roles[0], *roles], sorted(SCOPES))
    assert len(forks) == 1
    assert asked[0] == [max(len(t) for t in texts if len(t) <= lexicon_fork.WARM_MAX)]
