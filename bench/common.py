"""Helpers shared by the bench/ scripts: one copy of the input, the timing and LibreOffice.

docs/benchmarks.md compares numbers across scripts ("the big report as in bench_docx_export.py")
and across runs, so these must not drift apart in six copies. Each helper does exactly what the
scripts did before it moved here. A script puts the repository root on sys.path, then imports:
`sys.path.insert(0, str(Path(__file__).resolve().parents[1]))`, `from bench.common import ...`.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import platform
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.model import Document

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"  # third-party documents, outside the repository
Thunk = Callable[[], object]
TIMES = 3  # the "big" report is the corpus 3× over: ~4,400 paragraphs, 580k characters

# The "big" report comes in two variants, and docs/benchmarks.md quotes numbers for both:
#  - raw lines (corpus_lines, write_big_txt): each file's text split on "\n", so its final
#    newline leaves one blank paragraph between files: 4,434 paragraphs;
#  - read_text (corpus_document_read_text): each file through app.readers.text.read_text, which
#    drops that final blank line: 4,386 paragraphs.


def corpus_files() -> list[Path]:
    """The corpus reports, sorted by name so that every script concatenates them in one order.
    Exits with a one-line reason when ../shared/corpus is absent (it is never copied in)."""
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        raise SystemExit(f"bench: {CORPUS} is absent: the benchmarks read the shared corpus")
    return files


def corpus_lines() -> list[str]:
    """The big report as raw lines (bench_engine, bench_docx_import): 4,434 paragraphs."""
    lines: list[str] = []
    for path in corpus_files():
        lines += path.read_text(encoding="utf-8").split("\n")
    return lines * TIMES


def write_big_txt(folder: Path, name: str = "big.txt", lines: list[str] | None = None) -> Path:
    """The raw-lines big report (or ``lines``) as UTF-8: the corpus files joined by "\\n", ×3."""
    path = folder / name
    path.write_text("\n".join(corpus_lines() if lines is None else lines), encoding="utf-8")
    return path


def corpus_document_read_text() -> Document:
    """The big report through read_text (bench_docx_export, bench_pdf): 4,386 paragraphs."""
    from app.model import Document, Paragraph
    from app.readers.text import read_text

    paragraphs: list[Paragraph] = []
    sources = corpus_files()
    for _ in range(TIMES):
        for path in sources:
            paragraphs += [Paragraph(p.text) for p in read_text(path).paragraphs]
    return Document(paragraphs)


def analyse_and_describe(doc: Document) -> Any:
    """Analyse once, untimed by the caller (the window has the analysis), but print its time."""
    from app.engine import analyze

    chars = sum(len(p.text) for p in doc.paragraphs)
    start = time.perf_counter()
    analysis = analyze(doc)
    print(f"document: {len(doc.paragraphs)} paragraphs, {chars} characters "
          f"(analysis {time.perf_counter() - start:.3f} s)")  # fmt: skip
    return analysis


def timings(n: int, fn: Thunk, before: Thunk | None = None, collect: bool = False) -> list[float]:
    """Seconds of ``n`` calls of ``fn``; ``collect``: each from the same heap (gc.collect())."""
    out: list[float] = []
    for _ in range(n):
        if before is not None:
            before()
        if collect:
            gc.collect()
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def best_of(n: int, fn: Thunk) -> float:
    """The fastest of ``n`` calls: on a shared machine, the least disturbed run is the fair one."""
    return min(timings(n, fn))


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (no interpolation: a p99 is a time some key really took)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def type_keys(app: Any, editor: Any, n: int,
              clock: Callable[[], float] = time.perf_counter) -> list[float]:  # fmt: skip
    """ms per key (QTest.keyClick + the events it queues); every fifth a Backspace. ``clock``:
    the wall clock by default; ``time.thread_time`` counts only the main thread's CPU time."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    times: list[float] = []
    for k in range(n):
        key = Qt.Key.Key_Backspace if k % 5 == 4 else Qt.Key.Key_A + (k % 26)
        t = clock()
        QTest.keyClick(editor, key)
        app.processEvents()
        times.append((clock() - t) * 1000)
    return times


def key_summary(times: list[float]) -> str:
    """p50, p99 and max of key times in ms, as bench_editor and bench_comments print them."""
    return (f"p50 {statistics.median(times):.2f} ms, p99 {percentile(times, 0.99):.2f} ms, "
            f"max {max(times):.2f} ms")  # fmt: skip


def private_app_dirs(prefix: str = "reportdesk-bench-") -> None:
    """Fresh settings and data folders: no locks, autosaves or recovery offers of the user's."""
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix=prefix)
    os.environ["REPORTDESK_DATA_DIR"] = tempfile.mkdtemp(prefix=prefix + "data-")


def open_report(app: Any, window: Any, path: Path) -> None:
    """open_path, then wait: big files are read in a worker and shown in steps (ui.loader)."""
    assert window.files.open_path(str(path), ask=False)
    while window.loader.busy:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()


def find_soffice() -> str | None:
    """LibreOffice's command (Debian installs `soffice`, some systems only `libreoffice`)."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def soffice_version(soffice: str) -> str:
    """`soffice --version`, e.g. "LibreOffice 7.4.7.2 40(Build:2)": runs differ with it."""
    return subprocess.run([soffice, "--version"], capture_output=True, text=True,
                          timeout=60).stdout.strip()  # fmt: skip


def soffice_command(
    soffice: str, work: Path, target: str, src: Path, outdir: Path, infilter: str | None = None
) -> list[str]:
    """Headless, with an own profile (work/lo-profile): a running LibreOffice cannot interfere."""
    cmd = [soffice, f"-env:UserInstallation={(work / 'lo-profile').as_uri()}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    return [*cmd, "--convert-to", target, "--outdir", str(outdir), str(src)]


def soffice_best_of(n: int, cmd: list[str]) -> float:
    """Best of ``n`` runs of a LibreOffice command after one untimed run (creates the profile)."""
    run = partial(subprocess.run, cmd, check=True, capture_output=True, timeout=600)
    run()
    return best_of(n, run)


def pdf_pages(pdf: Path) -> int | None:
    """Pages of ``pdf`` from pdfinfo; None without pdfinfo or when it says nothing about pages."""
    if not shutil.which("pdfinfo"):
        return None
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((int(line.split()[-1]) for line in out.splitlines() if line.startswith("Pages:")),
                None)  # fmt: skip


def _proc_field(file: str, key: str) -> str | None:
    """The value after ``key`` in /proc/<file> (Linux only; None elsewhere or when absent)."""
    try:
        lines = Path("/proc", file).read_text().splitlines()
    except OSError:
        return None
    return next((x.split(":", 1)[1].strip() for x in lines if x.startswith(key)), None)


def machine() -> dict[str, str]:
    """What a number needs to be compared later (the machines are shared: the load too)."""
    mem = _proc_field("meminfo", "MemTotal")
    return {"date": dt.date.today().isoformat(), "nproc": str(os.cpu_count()),
            "cpu": _proc_field("cpuinfo", "model name") or "?",
            "ram": f"{int(mem.split()[0]) / 1024 / 1024:.1f} GiB" if mem else "?",
            "python": platform.python_version(), "os": platform.platform(),
            "load average at start": "/".join(f"{x:.2f}" for x in os.getloadavg())}  # fmt: skip


def time_commands(commands: dict[str, list[str]], runs: int,
                  env: dict[str, str]) -> dict[str, list[float]]:
    """Whole-process wall times of ``commands`` (name → argv), interleaved round by round so
    that load on the machine falls on all of them alike, after one warm-up run each (LibreOffice
    creates its profile, the lexicon its cache). An exit status other than 0 or 1 (`check`
    exits 1 when it finds something) stops the benchmark."""
    for cmd in commands.values():
        subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=600)
    results: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            start = time.perf_counter()
            proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, timeout=600)
            results[name].append(time.perf_counter() - start)
            if proc.returncode not in (0, 1):
                raise SystemExit(f"{name} failed ({proc.returncode}): {proc.stderr[-500:]!r}")
    return results


def rss_mb() -> float:
    """The process's resident set size in MB (Linux's /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0
