"""Where the system has no os.fork (Windows) the lexicon worker finds every unit itself, even
when asked to share: app/lexicon_fork.py must not depend on what Windows lacks. Runs on every
system, with fork taken away."""

from __future__ import annotations

import os

import pytest

from app import lexicon_fork
from app.engine import analyze
from app.lexicon import available
from app.lexicon_results import SCOPES, unit_findings
from app.model import Document
from tests.app.test_lexicon_worker import _planted_lines

pytestmark = pytest.mark.skipif(not available(), reason="the lexicon (rjieba) is not installed")


def test_without_fork_the_worker_finds_every_unit_itself(monkeypatch):
    monkeypatch.delattr(os, "fork", raising=False)
    monkeypatch.setenv("REPORTDESK_LEXICON_SPLIT", "1")  # asked to share all the same
    monkeypatch.setattr(lexicon_fork, "MIN_CHARS", 0)
    monkeypatch.setattr(lexicon_fork.os, "cpu_count", lambda: 2)
    doc = Document.from_lines(_planted_lines())
    texts, roles = doc.texts, analyze(doc, ()).roles
    modules = sorted(SCOPES)
    assert lexicon_fork.split_at(texts) is None
    assert lexicon_fork.unit_findings(texts, roles, modules) == unit_findings(texts, roles, modules)
