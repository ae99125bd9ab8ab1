"""Shared fixtures: paths to the bundled sample and corpus, and a helper to analyse lines."""

from __future__ import annotations

import importlib.util
import os
import tempfile
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings as hypothesis_settings

# The suite (and CI) runs the property tests on a fixed seed, so that main is green by what it
# holds and not by the luck of the draw; `HYPOTHESIS_PROFILE=explore` draws new inputs (run it
# when changing the engine), and a failure found that way is kept as an @example.
hypothesis_settings.register_profile("fixed", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "xinfang-dangjian-2020h1.txt"
# Third-party documents live outside the repository, beside it (docs/REFERENCE.md, helper brief):
# tests that read them skip with this reason when the folder is absent.
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"  # real published reports, text
REALDOCX = SHARED / "realdocx"  # real .docx written by Word, WPS, LibreOffice
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))
REALDOCX_FILES = sorted(REALDOCX.glob("*.docx"))
def packaging_script(name: str) -> ModuleType:
    """packaging/<name>.py (a script that builds a data file) loaded as a module, so that tests
    can run its functions on lines of their own."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


needs_corpus = pytest.mark.skipif(
    not CORPUS_FILES, reason=f"{CORPUS} is absent (third-party documents stay outside the repo)"
)
needs_realdocx = pytest.mark.skipif(
    not REALDOCX_FILES, reason=f"{REALDOCX} is absent (third-party documents stay outside the repo)"
)

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


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An app data folder of the test's own (recovery, locks, backups, logs): what
    REPORTDESK_DATA_DIR points at for the test. The UI tests add a recovery hub on it."""
    folder = tmp_path / "appdata"
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(folder))
    return folder
