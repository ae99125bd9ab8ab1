"""app/digests.py: the caches' keys digested as hashlib digests them, and a cold check whose
two processes never import hashlib (OpenSSL's start, ~15 M instructions in each)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from app import digests, lexicon_worker

ROOT = Path(__file__).resolve().parents[2]


def test_the_digests_are_hashlibs() -> None:
    for data in (b"", b"abc", "部署落实\n".encode() * 5000):
        assert digests.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
        assert digests.blake2b(data, digest_size=8).hexdigest() == \
            hashlib.blake2b(data, digest_size=8).hexdigest()
        h = digests.blake2b(digest_size=16)
        h.update(data)
        h.update(b"\0")
        assert h.digest() == hashlib.blake2b(data + b"\0", digest_size=16).digest()


def test_a_cold_check_imports_no_hashlib(tmp_path: Path) -> None:
    """`check` with the cache of findings empty (its own process) and the lexicon worker's start
    (regex cache, lexicon, rule modules: the keys of their cache files) leave hashlib out."""
    path = tmp_path / "r.txt"
    path.write_text("一、总体情况\n今年以来，我们认真部署各项工作。\n", encoding="utf-8")
    env = dict(os.environ, REPORTDESK_LEXICON_WORKER="1", REPORTDESK_DATA_DIR=str(tmp_path))
    code = ("import atexit, sys\n"
            "atexit.register(lambda: print('main', 'hashlib' in sys.modules))\n"
            "from app.cli import main\n"
            "main()\n")
    r = subprocess.run([sys.executable, "-c", code, "check", str(path), "--format", "json"],
                       capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert r.stdout.strip().endswith("main False"), (r.stdout[-500:], r.stderr[-2000:])
    from tests.app.test_lexicon_worker import worker_start

    code = worker_start("'worker', 'hashlib' in sys.modules")
    r = subprocess.run(lexicon_worker.python_command(code), capture_output=True, text=True,
                       cwd=ROOT, env=env, timeout=300)
    assert r.stdout.strip() == "worker False", (r.stdout, r.stderr[-2000:])
