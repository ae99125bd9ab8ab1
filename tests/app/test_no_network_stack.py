"""Nothing the app runs may reach the network, and it should not even load the modules that
would: the HTTP client and TLS are megabytes of memory and milliseconds of every start, and a
module that imports them (xml.sax.saxutils pulls in urllib.request) is easy to add unnoticed."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT, SAMPLE

NETWORK_CLIENTS = ("urllib.request", "http.client", "ssl", "ftplib", "smtplib")


def test_checking_and_exporting_a_report_loads_no_network_client(tmp_path):
    out = tmp_path / "out.docx"
    code = f"""
import sys
from app.cli import main
assert main(["check", {str(SAMPLE)!r}]) == 1
assert main(["export", {str(SAMPLE)!r}, "-o", {str(out)!r}]) == 0
import app.writers.docx, app.readers.docx, app.docx.body_patch, app.storage
loaded = sorted(m for m in {NETWORK_CLIENTS!r} if m in sys.modules)
assert not loaded, loaded
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert out.stat().st_size > 0
