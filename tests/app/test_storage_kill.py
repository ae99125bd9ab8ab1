"""SIGKILL a process while it saves and autosaves a 2.5 MB report, many times, at random moments.

A "zygote" child (``python -c``) imports everything and builds the texts once, then forks a
worker per round; the worker loops: save version n+1 with save_document (atomic_write), then
autosave it with RecoveryStore, marking each step in a progress file (one ``os.write`` each, so
the marks are exactly what finished). The test kills the worker at a random moment and checks:

- the report is byte-for-byte the old version or (killed mid-save) the new one, and parses;
- the backup, if any, is a complete earlier version;
- the crashed autosave is offered by list_pending and loads the last finished autosave (or the
  one being written when killed);
- at most one temp folder is left beside the report, and the next save removes it.

Forking makes a round cost milliseconds instead of an interpreter start, so a few seconds give
dozens of kills. REPORTDESK_KILL_SECONDS sets the time per test (default 10; the two tests
stay under 30 s), REPORTDESK_KILL_SEED the random seed.
"""

from __future__ import annotations

import collections
import os
import random
import signal
import subprocess
import sys
import time
import zipfile

import pytest

from app.readers import read_document
from app.storage.recovery import RecoveryStore
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

LINES = 1900  # × ~1.3 KB = 2.5 MB of UTF-8

TEXTS = """
import random
def base_lines(count):
    rng = random.Random(7)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    return ["".join(rng.choices(chars, k=440)) + "。" for _ in range(count)]
def texts(base, n):
    return [f"{n:06d}|{i}|{line}" for i, line in enumerate(base)]
"""

ZYGOTE = (
    f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
    + TEXTS
    + """
import os
from app.model import Document
from app.storage.recovery import RecoveryStore
from app.storage.save import save_document
mode, folder, data, lines = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
target = os.path.join(folder, "报告." + mode)
progress = os.path.join(folder, "progress")
base = base_lines(lines)
analysis = None
if mode == "docx":
    from app.engine import analyze
    analysis = analyze(Document.from_lines(texts(base, 0)))
save_document(Document.from_lines(texts(base, 0)), target, author="测试", analysis=analysis,
              data_dir=data)

def worker(n):
    store = RecoveryStore(data)  # after the fork: the session lock is the worker's alone
    fd = os.open(progress, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    while True:
        n += 1
        doc = Document.from_lines(texts(base, n), path=target)
        os.write(fd, f"B {n}\\n".encode())
        save_document(doc, target, author="测试", analysis=analysis, data_dir=data)
        os.write(fd, f"D {n}\\n".encode())
        store.save("killtest", doc, target)
        os.write(fd, f"S {n}\\n".encode())

print("ready", flush=True)
for line in sys.stdin:
    cmd, arg = line.split()
    if cmd == "fork":
        pid = os.fork()
        if pid == 0:
            try:
                worker(int(arg))
            finally:
                os._exit(3)
        print(pid, flush=True)
    elif cmd == "reap":
        print(os.waitpid(int(arg), 0)[1], flush=True)
"""
)

namespace: dict = {}
exec(TEXTS, namespace)
BASE = namespace["base_lines"](LINES)


def texts(n: int) -> list[str]:
    return namespace["texts"](BASE, n)


def version_of(lines: list[str]) -> int:
    """The version all lines carry (fails if they are not exactly one version's lines)."""
    n = int(lines[0].split("|", 1)[0])
    assert lines == texts(n), "lines of mixed or damaged versions"
    return n


class Zygote:
    def __init__(self, mode: str, folder, data):
        env = {**os.environ, "REPORTDESK_DATA_DIR": str(data)}
        self.errors = open(folder / "zygote-stderr", "w+")  # noqa: SIM115
        args = [sys.executable, "-c", ZYGOTE, mode, str(folder), str(data), str(LINES)]
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
            env=env,
        )
        assert self.ask(None) == "ready", self.stderr()

    def ask(self, command: str | None) -> str:
        if command:
            self.proc.stdin.write(command + "\n")
            self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def stderr(self) -> str:
        self.errors.seek(0)
        return self.errors.read()[-3000:]

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(10)
        self.errors.close()


def run_kills(mode: str, tmp_path, max_delay: float, min_kills: int) -> collections.Counter:
    """Kill the saving process again and again for the time budget, and at least ``min_kills``
    times however slow the machine is (a loaded machine fits fewer rounds in the budget)."""
    budget = float(os.environ.get("REPORTDESK_KILL_SECONDS", "10"))
    seed = int(os.environ.get("REPORTDESK_KILL_SEED", str(random.randrange(10**6))))
    rng = random.Random(seed)
    folder, data = tmp_path / "docs", tmp_path / "appdata"
    folder.mkdir()
    target, progress = folder / f"报告.{mode}", folder / "progress"
    start = time.monotonic()
    zygote = Zygote(mode, folder, data)
    deadline = start + budget
    current, autosaved, old_bytes = 0, None, target.read_bytes()
    stats: collections.Counter = collections.Counter()
    try:
        while time.monotonic() < deadline or stats["kills"] < min_kills:
            progress.unlink(missing_ok=True)
            pid = int(zygote.ask(f"fork {current}"))
            time.sleep(rng.uniform(0, max_delay))
            os.kill(pid, signal.SIGKILL)
            status = int(zygote.ask(f"reap {pid}"))
            context = f"seed {seed}, round {stats['kills']}: {zygote.stderr()}"
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, context
            marks = progress.read_text().split() if progress.exists() else []
            marks = list(zip(marks[::2], map(int, marks[1::2]), strict=True))
            last = marks[-1] if marks else ("-", current)

            # The report: old or new, nothing else.
            saved = [n for kind, n in marks if kind == "D"]
            done = saved[-1] if saved else current
            allowed = {done} | ({last[1]} if last[0] == "B" else set())
            data_now = target.read_bytes()
            if mode == "txt":
                version = version_of(data_now.decode("utf-8").split("\n")[:-1])
            else:
                assert data_now == old_bytes or zipfile.ZipFile(target).testzip() is None
                version = version_of(read_document(target).texts)
            assert version in allowed, context
            phase = {"B": "mid-save", "D": "mid-autosave", "S": "between", "-": "startup"}
            outcome = "new" if last[0] == "B" and version == last[1] else "old"
            stats[f"killed {phase[last[0]]}"] += 1
            if last[0] == "B":
                stats[f"mid-save: report is the {outcome} version"] += 1
            if data_now != old_bytes:
                stats["report replaced"] += 1

            # The backup: one complete earlier version.
            names = os.listdir(data / "backups") if (data / "backups").exists() else []
            backups = [data / "backups" / n for n in names if not n.startswith(".~")]
            assert len(backups) <= 1 and len(names) - len(backups) <= 1, (names, context)
            stats["backup temp left by the kill"] += len(names) - len(backups)
            for backup in backups:
                if mode == "txt":
                    lines = backup.read_text(encoding="utf-8").split("\n")[:-1]
                    assert version_of(lines) <= version, context  # == : killed after it
                else:
                    assert zipfile.ZipFile(backup).testzip() is None, context

            # The autosave: offered, and it holds the last finished one (or the one in flight).
            finished = [n for kind, n in marks if kind == "S"]
            last_autosave = finished[-1] if finished else autosaved
            allowed = {last_autosave} | ({last[1]} if last[0] == "D" else set())
            pending = RecoveryStore(data).list_pending()
            if not pending:  # no autosave had finished yet
                assert None in allowed, context
            else:
                (entry,) = pending
                assert entry.original_path == str(target)
                restored = RecoveryStore(data).load(entry, claim=False)
                autosaved = version_of(restored.texts)
                assert autosaved in allowed, context
                stats["autosave loaded"] += 1
                if last[0] == "D":
                    kept = "new" if autosaved == last[1] else "previous"
                    stats[f"mid-autosave: recovery has the {kept} autosave"] += 1

            temps = [n for n in os.listdir(folder) if n.startswith(".~")]
            assert len(temps) <= 1, (temps, context)
            stats["temp folder left by the kill"] += len(temps)
            current, old_bytes = version, data_now
            stats["kills"] += 1
    finally:
        zygote.close()
    stats["seconds"] = round(time.monotonic() - start)
    print(f"\nkill test ({mode}, seed {seed}):", dict(stats))
    report = os.environ.get("REPORTDESK_KILL_REPORT")
    if report:
        with open(report, "a", encoding="utf-8") as f:
            f.write(f"{mode} seed {seed}: {dict(stats)}\n")
    return stats


def test_kill_while_saving_text(tmp_path):
    # every round's checks are inside run_kills; here: recovery was exercised at all
    stats = run_kills("txt", tmp_path, max_delay=0.6, min_kills=10)
    assert stats["autosave loaded"] >= 1


def test_kill_while_saving_docx(tmp_path):
    # every round's checks (the report old or new, one complete backup, no temp left) are
    # inside run_kills
    run_kills("docx", tmp_path, max_delay=1.0, min_kills=5)
