"""Shared fixtures: paths to the bundled sample and corpus, and a helper to analyse lines."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "xinfang-dangjian-2020h1.txt"
CORPUS = ROOT / "tests" / "data" / "corpus"

os.environ.setdefault("REPORTDESK_LANG", "zh")  # CLI messages asserted in Chinese
# Backups, recovery files and logs of everything the tests run go to a throw-away folder.
os.environ.setdefault("REPORTDESK_DATA_DIR", tempfile.mkdtemp(prefix="reportdesk-test-data-"))


def read_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


@pytest.fixture
def sample_lines() -> list[str]:
    return read_lines(SAMPLE)
