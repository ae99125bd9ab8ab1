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


def test_every_engine_subcommand_runs_through_the_entry_without_qt(tmp_path):
    """The installed ``reportdesk`` command is the entry package (it knows the window and the
    PDF export); every subcommand but ``pdf`` must still run where Qt is missing."""
    out_docx, out_txt = tmp_path / "out.docx", tmp_path / "fixed.txt"
    code = BLOCK_QT + f"""
from reportdesk import main
runs = [(["check", {str(SAMPLE)!r}], 1), (["outline", {str(SAMPLE)!r}], 0),
        (["fix", {str(SAMPLE)!r}, "-o", {str(out_txt)!r}], 0),
        (["export", {str(SAMPLE)!r}, "-o", {str(out_docx)!r}], 0), (["rules"], 0)]
for argv, want in runs:
    rc = main(argv)
    assert rc == want, (argv, rc)
assert not any(m.startswith(("PySide6", "ui")) for m in sys.modules), "Qt or ui was imported"
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       timeout=120)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert out_docx.stat().st_size > 0 and out_txt.stat().st_size > 0


def test_the_engine_alone_says_in_one_line_where_the_pdf_export_is(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REPORTDESK_LANG": "zh"}
    r = subprocess.run([sys.executable, "-m", "app", "pdf", str(SAMPLE), "-o",
                        str(tmp_path / "x.pdf")], capture_output=True, text=True, env=env,
                       timeout=120)  # fmt: skip
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "reportdesk pdf" in r.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_app_never_imports_ui():
    """The layers hold in the source too: no module of app/ names ui."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "app").rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith(("from ui", "import ui"))
    ]
    assert offenders == []
