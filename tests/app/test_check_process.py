"""`check` in its own process: the garbage collector off while it checks and back as it was for
a caller in the same process (the window, the tests), and the process ended right after its
report, with the report whole and the exit functions run."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli, cli_check

ROOT = Path(__file__).resolve().parents[2]
LINES = ["关于加强基层治理工作的报告", "一、工作部暑情况", "我们们要积极的推进改革。",
         "三、下一步打算", "四、保障措施"]


def _report(tmp_path: Path) -> Path:
    report = tmp_path / "report.txt"
    report.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return report


@pytest.mark.parametrize("collecting", [True, False])
def test_check_leaves_the_collector_as_it_found_it(collecting, tmp_path, capsys, monkeypatch):
    """Off while the files are checked, back as it was after (the window and the tests run
    in the process that called the command)."""
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("REPORTDESK_LEXICON_WORKER", "0")
    seen: list[bool] = []
    real = cli_check.load_document

    def load(path):
        seen.append(gc.isenabled())
        return real(path)

    monkeypatch.setattr(cli_check, "load_document", load)
    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        assert cli.main(["check", str(_report(tmp_path)), "--format", "json"]) == 1
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False]


def test_a_failed_check_turns_the_collector_back_on(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("REPORTDESK_LEXICON_WORKER", "0")

    def broken(path):
        raise RuntimeError("损坏")

    monkeypatch.setattr(cli_check, "load_document", broken)
    assert gc.isenabled()
    assert cli.main(["check", str(_report(tmp_path))]) == 2  # an internal error: one line, exit 2
    assert gc.isenabled()


def test_checks_own_process_ends_after_the_whole_report_and_the_exit_functions(tmp_path):
    """main() without arguments runs the process's command line; after `check` the process
    ends there (the caller's next line is not reached), its status the command's, its report
    whole and its exit functions run; main() given arguments returns to its caller."""
    report = str(_report(tmp_path))
    env = {**os.environ, "REPORTDESK_DATA_DIR": str(tmp_path / "data")}
    code = ("import atexit, sys; "
            "atexit.register(lambda: print('exit functions ran', file=sys.stderr)); "
            "from app.cli import main; "
            f"sys.argv[1:] = ['check', {report!r}, '--format', 'json']; "
            "main(); print('after main', file=sys.stderr)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       env=env, timeout=300)
    assert r.returncode == 1, r.stderr
    assert "exit functions ran" in r.stderr and "after main" not in r.stderr
    findings = json.loads(r.stdout)["files"][0]["findings"]
    assert {"numbering/skip", "wording/misused"} <= {f["rule"] for f in findings}
    code = ("import sys; from app.cli import main; "
            f"print('returned', main(['check', {report!r}, '--format', 'json']), "
            "file=sys.stderr)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       env=env, timeout=300)
    assert r.returncode == 0 and "returned 1" in r.stderr, r.stderr
