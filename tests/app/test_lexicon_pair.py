"""Two lexicon workers where the system cannot fork (app/lexicon_pair.py): the reply to a
request split between them is the reply found in one process, finding for finding, also when
one of them fails; the second is started only where no fork splits the units."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app import lexicon_fork, lexicon_pair
from app.engine import analyze
from app.lexicon_pair import WorkerPair, pair_wanted
from app.lexicon_results import SCOPES, unit_findings
from app.lexicon_worker import LexiconWorker
from app.model import Document
from tests.app.test_lexicon_worker import ROOT, _planted_lines, _shown


def _reply(reply: dict) -> dict:
    return {name: [_shown(fs) for fs in per_unit] for name, per_unit in reply.items()}


@pytest.fixture
def units() -> tuple[list, list]:
    doc = Document.from_lines(_planted_lines())
    return doc.texts, analyze(doc, ()).roles


@pytest.fixture
def sends(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str, int]]:
    """(worker's pid, message kind, number of texts) of each message sent to a worker."""
    made: list[tuple[int, str, int]] = []
    real_send = LexiconWorker._send

    def send(self, message, reply=True):
        if self._proc is not None:
            made.append((self._proc.pid, message[0], len(message[1])))
        return real_send(self, message, reply)

    monkeypatch.setattr(LexiconWorker, "_send", send)
    return made


@pytest.fixture
def pair(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("REPORTDESK_LEXICON_WORKER", "1")
    monkeypatch.setenv(lexicon_pair.SETTING, "1")
    monkeypatch.setenv("REPORTDESK_LEXICON_SPLIT", "0")  # (Linux: no fork of the first's part)
    monkeypatch.setattr(lexicon_pair, "MIN_CHARS", 0)  # (the planted lines are ~1,100 chars)
    started = LexiconWorker.start()
    assert isinstance(started, WorkerPair) and started._partner is not None
    yield started
    started.close()


def test_units_found_by_two_workers_are_the_units_found_in_one(pair, units, sends):
    texts, roles = units
    pair.prefetch(texts)
    pair.submit_units(texts, roles, sorted(SCOPES))
    got = pair.collect_units()
    here = unit_findings(texts, roles, SCOPES)
    assert got is not None and got[1] is True
    assert _reply(got[0]) == _reply(here[0])
    assert all(any(per_unit) for per_unit in here[0].values())  # every module found some
    # each worker was sent a part of the texts ahead and a part of the units, not all of them
    asked = [(pid, n) for pid, kind, n in sends if kind == "units"]
    ahead = [(pid, n) for pid, kind, n in sends if kind == "texts"]
    assert len(asked) == 2 and asked[0][0] != asked[1][0]
    assert sum(n for _pid, n in asked) == len(texts) and all(n > 0 for _pid, n in asked)
    assert {pid for pid, _n in ahead} == {pid for pid, _n in asked}
    # a second request through the same pair, one unit: the first worker alone
    sends.clear()
    pair.submit_units(texts[2:3], roles[2:3], sorted(SCOPES))
    one = pair.collect_units()
    assert one is not None and _reply(one[0]) == _reply(unit_findings(
        texts[2:3], roles[2:3], SCOPES)[0])
    assert len(sends) == 1


def test_a_second_worker_that_died_leaves_its_part_to_the_first(pair, units, sends):
    texts, roles = units
    partner = pair._partner._proc
    partner.kill()
    partner.wait()
    pair.submit_units(texts, roles, sorted(SCOPES))
    got = pair.collect_units()
    assert got is not None
    assert _reply(got[0]) == _reply(unit_findings(texts, roles, SCOPES)[0])
    assert pair._partner is None
    # the first worker was asked for its part, then for the part of the one that died
    first = pair._proc.pid
    assert [n for pid, kind, n in sends if kind == "units" and pid == first] == \
        [len(texts) - sends[0][2], sends[0][2]]


def test_a_first_worker_that_died_leaves_the_units_to_check(pair, units):
    """collect_units() None: `check` finds the units itself (app.lexicon_results), as after
    the failure of a lone worker; the second worker is ended, not waited for."""
    texts, roles = units
    partner = pair._partner._proc
    pair._proc.kill()
    pair._proc.wait()
    pair.submit_units(texts, roles, sorted(SCOPES))
    assert pair.collect_units() is None
    assert partner.wait(timeout=10) is not None and pair._partner is None


def test_the_second_worker_only_where_no_fork_shares_the_units(monkeypatch):
    monkeypatch.delenv(lexicon_pair.SETTING, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    monkeypatch.setattr(lexicon_fork, "can_fork", lambda: True)
    assert not pair_wanted()  # Linux: the worker forks
    monkeypatch.setattr(lexicon_fork, "can_fork", lambda: False)  # Windows, macOS
    monkeypatch.delattr(os, "getloadavg", raising=False)  # (Windows keeps no load average)
    assert pair_wanted()
    monkeypatch.setattr(os, "getloadavg", lambda: (2.5, 2.0, 2.0), raising=False)
    assert not pair_wanted()  # three processes, and another core busy already
    monkeypatch.setattr(os, "getloadavg", lambda: (1.5, 2.0, 2.0), raising=False)
    assert pair_wanted()
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert not pair_wanted()  # no core for the third process
    monkeypatch.setenv(lexicon_pair.SETTING, "1")
    assert pair_wanted()
    monkeypatch.setenv(lexicon_pair.SETTING, "0")
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    assert not pair_wanted()


def test_a_check_where_fork_does_not_exist_starts_two_workers(monkeypatch):
    """LexiconWorker.start(), the command's, without a fork: the pair; with one, one worker."""
    monkeypatch.delenv(lexicon_pair.SETTING, raising=False)
    monkeypatch.setenv("REPORTDESK_LEXICON_WORKER", "1")
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    monkeypatch.delattr(os, "getloadavg", raising=False)
    monkeypatch.setattr(lexicon_fork, "can_fork", lambda: False)
    started = LexiconWorker.start()
    try:
        assert isinstance(started, WorkerPair) and started._partner is not None
        first, second = started._proc, started._partner._proc
        assert first is not None and second is not None and first.pid != second.pid
    finally:
        assert started is not None
        started.discard()
    monkeypatch.setattr(lexicon_fork, "can_fork", lambda: True)
    started = LexiconWorker.start()
    try:
        assert type(started) is LexiconWorker
    finally:
        assert started is not None
        started.discard()


def test_check_prints_the_same_with_two_workers_as_without_a_worker(tmp_path):
    # distinct paragraphs past the pair's MIN_CHARS, so that the units are split
    lines = [f"{k + 1}. {line}" for k, line in enumerate(_planted_lines() * 5)]
    assert sum(map(len, lines)) > lexicon_pair.MIN_CHARS
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    # first the pair, its units unknown to the cache of findings (the paragraphs are this
    # test's own); then every rule in this one process, no worker, no cache
    for extra, worker, two in (((), "1", "1"), (("--no-cache",), "0", "0")):
        env = dict(os.environ, REPORTDESK_LEXICON_WORKER=worker, REPORTDESK_LEXICON_PAIR=two,
                   REPORTDESK_LEXICON_SPLIT="0", PYTHONPATH=str(ROOT))
        r = subprocess.run([sys.executable, "-m", "app", "check", "--format", "json", *extra,
                            str(path)], capture_output=True, text=True, env=env, timeout=300)
        assert r.returncode == 1, r.stderr
        outputs.append(json.loads(r.stdout))
    assert outputs[0] == outputs[1]
    # the lexicon families found their mistakes (typo/char skips a spelling used five times)
    assert {"particle", "repeat", "wording", "confusable"} <= \
        {f["rule"].split("/")[0] for f in outputs[0]["files"][0]["findings"]}
