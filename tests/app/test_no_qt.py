"""The engine and its command line must work where Qt is not installed (servers, CI, scripts)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT, SAMPLE

BLOCK_QT = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
            raise ImportError("Qt is not available here")
        return None
sys.meta_path.insert(0, Block())
"""


def test_engine_imports_and_checks_without_qt():
    code = BLOCK_QT + f"""
import app, app.engine, app.cli, app.readers, app.writers.docx, app.fixes
from app.cli import main
rc = main(["check", "--format", "json", {str(SAMPLE)!r}])
assert rc == 1, rc
assert not any(m.startswith("PySide6") for m in sys.modules), "Qt was imported"
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 0, r.stderr
