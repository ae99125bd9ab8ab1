"""Where the window's memory goes with corpus×3 open (issue 15: "memory with corpus×3 open stays
≤ 300 MB"; bench_live.py --memory-only gives the one number, this script the breakdown).

One process, offscreen, built up stage by stage; after each stage the Python garbage is
collected and freed heap handed back (malloc_trim, as bench_live.rss_after_cleanup does), then:

  - RSS and what it grew by;
  - the resident memory by kind of mapping (/proc/self/smaps): anonymous memory (the C heap,
    Python's object arenas, Rust's and Qt's allocations), font files (FreeType maps them: the
    pages of the glyphs Qt asked for, clean and shared with the page cache), shared libraries,
    other files;
  - malloc's bytes in use (mallinfo2, every arena) and Python's object arenas (pymalloc, from
    sys._debugmallocstats), which split the anonymous memory.

Stages: the interpreter; QApplication + ui.main_window imported; rjieba's dictionary (the first
segmentation); the lexicon's tables (from their cache in the data folder); an empty window shown;
corpus×3 open to interactive with every problem shown, laid out to its end; then (``--session``)
bench_live's session of the window alone (400 keys in the middle, 20 typed headings undone,
修正全部序号 and its Undo five times); with ``--autosave`` the session also autosaves at fixed
points, as a user's does: after every 50 keys and every fourth wait of the session (21 autosaves,
about ten minutes of a user's editing at the 30 s default). The autosave's timer would fire 0–2
times in the benchmark's session, depending on the machine's load; these points do not depend on
it, so runs of two trees autosave equally often.

Also:
  ``--tables``   the lexicon's tables (app/lexicon.py) by deep size, the rules' text caches by
                 entries;
  ``--shaping``  what Qt keeps for each laid-out paragraph: a plain QTextDocument of 500
                 paragraphs of 10 / 100 / 1,000 characters, bytes a paragraph still in use after
                 the layout, with Qt's default shaping (HarfBuzz) and with
                 QFont.PreferNoShaping (which avoids most of it but draws some text differently:
                 see docs/benchmarks.md, mem11);
  ``--python``   Python's heap by file at the end (tracemalloc from the start: its own tables
                 add to RSS, so the stage numbers of such a run are not the window's).

    QT_QPA_PLATFORM=offscreen python bench/bench_memory.py [--session] [--tables] [--shaping]
        [--python] [--autosave]
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import gc
import os
import sys
import tempfile
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import (
    machine,
    open_report,
    private_app_dirs,
    rss_mb,
    write_big_txt,
)

FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".pfb", ".pcf.gz")


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


def _libc() -> Any:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        return libc
    except (OSError, AttributeError):  # not glibc (or an old one): no malloc figures
        return None


LIBC = _libc()


def trimmed() -> None:
    """Garbage collected and freed heap handed back, so what is left is what is held."""
    gc.collect()
    if LIBC is not None:
        LIBC.malloc_trim(0)


def resident_by_kind() -> collections.Counter[str]:
    """Resident MB by kind of mapping (/proc/self/smaps), and by file for the font files."""
    out: collections.Counter[str] = collections.Counter()
    kind = "anonymous"
    with open("/proc/self/smaps", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            head = line.split(maxsplit=6)
            if "-" in head[0] and not head[0].endswith(":"):  # a mapping's first line
                path = head[5].strip() if len(head) > 5 else ""
                if not path or path in ("[heap]", "[stack]") or path.startswith("[anon"):
                    kind = "anonymous" if path != "[stack]" else "stack"
                elif path.endswith(FONT_SUFFIXES):
                    kind = "font " + Path(path).name
                elif ".so" in Path(path).name:
                    kind = "shared libraries"
                else:
                    kind = "other" if path.startswith("[") else "other files"
            elif head[0] == "Rss:":
                out[kind] += int(head[1]) / 1024
    return out


def malloc_mb() -> float | None:
    """malloc's bytes in use, every arena and its mmapped chunks (glibc's mallinfo2)."""
    if LIBC is None:
        return None
    info = LIBC.mallinfo2()
    return (info.uordblks + info.hblkhd) / 2**20


def pymalloc_mb() -> tuple[float, float] | None:
    """Python's object arenas: MB allocated, and MB of it in free blocks (fragmentation)."""
    fd, name = tempfile.mkstemp(prefix="bench-memory-")
    saved = os.dup(2)
    try:
        os.dup2(fd, 2)  # (sys._debugmallocstats writes to the C stderr)
        sys._debugmallocstats()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(fd)
    text = Path(name).read_text(encoding="utf-8", errors="replace")
    Path(name).unlink()
    fields = {}
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if value.strip().replace(",", "").isdigit():
            fields[key.strip()] = int(value.strip().replace(",", ""))
    arenas = fields.get("# arenas allocated current")
    if arenas is None:
        return None
    return arenas * (1 << 20) / 2**20, fields.get("# bytes in available blocks", 0) / 2**20


class Stages:
    """Prints each stage's line; keeps the previous figures for the differences."""

    def __init__(self) -> None:
        self.rss = 0.0
        self.kinds: collections.Counter[str] = collections.Counter()

    def stage(self, label: str) -> None:
        trimmed()
        rss, kinds = rss_mb(), resident_by_kind()
        fonts = sum(v for k, v in kinds.items() if k.startswith("font "))
        heap, arenas = malloc_mb(), pymalloc_mb()
        print(f"\n{label}: RSS {rss:.1f} MB (+{rss - self.rss:.1f})")
        anon = kinds["anonymous"]
        print(f"   anonymous {anon:.1f} (+{anon - self.kinds['anonymous']:.1f})"
              f"; font files {fonts:.1f}; shared libraries {kinds['shared libraries']:.1f}"
              f" (+{kinds['shared libraries'] - self.kinds['shared libraries']:.1f}); other "
              f"{kinds['other files'] + kinds['other'] + kinds['stack']:.1f}")
        split = []
        if heap is not None:
            split.append(f"malloc in use {heap:.1f}")
        if arenas is not None:
            split.append(f"Python object arenas {arenas[0]:.0f} ({arenas[1]:.1f} of it free)")
        if split:
            print("   of the anonymous: " + "; ".join(split))
        grown = sorted(((v - self.kinds[k], k) for k, v in kinds.items()
                        if k.startswith("font ")), reverse=True)
        if any(d >= 0.5 for d, _ in grown):
            print("   font files grown: " + ", ".join(f"{k[5:]} +{d:.1f}" for d, k in grown
                                                       if d >= 0.5))
        self.rss, self.kinds = rss, kinds


def session(app: Any, w: Any, autosave: bool = False) -> int:
    """bench_live's session of the window alone (its --memory-only defaults), without prints;
    with ``autosave``, autosaving at fixed points (see the module's docstring). The number of
    autosaves written."""
    from bench import bench_live as bl
    from ui import autosave as saving

    saver, hub = w.safety.autosaver, saving.hub()
    writes = hub.writes
    wait, type_keys, waits = bl.wait, bl.type_keys, [0]

    def save_now() -> None:
        wait(app, lambda: not hub.busy(saver.key), 60)  # (the previous write done)
        saver.tick()

    def waiting(*args: Any, **kwargs: Any) -> float:
        seconds = wait(*args, **kwargs)
        waits[0] += 1
        if waits[0] % 4 == 0:
            save_now()
        return seconds

    def typing(app_: Any, editor: Any, n: int, *rest: Any) -> list[float]:
        times: list[float] = []
        for done in range(0, n, 50):
            times += type_keys(app_, editor, min(50, n - done), *rest)
            save_now()
        return times

    if autosave:
        saver.timer.stop()
        bl.wait, bl.type_keys = waiting, typing
    try:
        bl.user_session(app, w, keys=400, trials=20, fixes=5)
    finally:
        bl.wait, bl.type_keys = wait, type_keys
    wait(app, lambda: saver.key is None or not hub.busy(saver.key), 60)
    return hub.writes - writes


def deep_size(obj: object, seen: set[int]) -> int:
    """Bytes of ``obj`` and of the containers and strings it holds (each object once)."""
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, list | tuple | set | frozenset):
        size += sum(deep_size(v, seen) for v in obj)
    return size


def tables() -> None:
    """The lexicon's tables by deep size; the text caches by entries."""
    from app.lexicon import lexicon
    from app.textcache import _CACHES

    lex = lexicon()
    seen: set[int] = set()
    sizes = sorted(((deep_size(v, seen) / 2**20, k, len(v) if hasattr(v, "__len__") else 0)
                    for k, v in vars(lex).items()), reverse=True)
    print(f"\nlexicon tables (deep size, each object once): {sum(s for s, _, _ in sizes):.1f} MB")
    for size, name, n in sizes:
        if size >= 0.1:
            print(f"   {name:20s} {size:6.1f} MB  {n:>7} entries")
    caches = sorted(((c.cache_info().currsize, f"{c.__module__}.{c.__qualname__}")
                     for c in _CACHES), reverse=True)
    print(f"text caches: {len(caches)}, {sum(n for n, _ in caches)} entries; largest: "
          + ", ".join(f"{name} {n}" for n, name in caches[:5]))


def shaping() -> None:
    """What Qt keeps for each laid-out paragraph, with and without HarfBuzz shaping."""
    from PySide6.QtGui import QFont, QTextDocument

    from ui.fonts import Face, resolve

    family = resolve(Face.FANGSONG).family
    print(f"\nQt: bytes still in use a paragraph after its layout (500 paragraphs, {family}):")
    for strategy, label in ((None, "default (HarfBuzz shapes)"),
                            (QFont.StyleStrategy.PreferNoShaping, "PreferNoShaping")):
        cells = []
        for n in (10, 100, 1000):
            font = QFont(family, 16)
            if strategy is not None:
                font.setStyleStrategy(strategy)
            doc = QTextDocument()
            doc.setDefaultFont(font)
            doc.setTextWidth(600)
            doc.setPlainText("\n".join(["国" * n] * 500))
            trimmed()
            before = malloc_mb() or 0.0
            doc.documentLayout().documentSize()  # (lays it out to its end)
            trimmed()
            cells.append(f"{n} characters {((malloc_mb() or 0.0) - before) * 2**20 / 500:,.0f}")
            del doc
        print(f"   {label}: " + "; ".join(cells))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--session", action="store_true", help="then bench_live's session")
    ap.add_argument("--tables", action="store_true", help="the lexicon's tables by size")
    ap.add_argument("--shaping", action="store_true", help="Qt's memory a laid-out paragraph")
    ap.add_argument("--python", action="store_true", help="Python's heap by file at the end")
    ap.add_argument("--autosave", action="store_true",
                    help="the session autosaves at fixed points (21 autosaves)")
    args = ap.parse_args()
    if args.python:
        tracemalloc.start()
    data = os.environ.get("REPORTDESK_DATA_DIR")
    private_app_dirs()
    if data:  # the caller's data folder: the lexicon's cache is there after the first run
        os.environ["REPORTDESK_DATA_DIR"] = data
    print("machine: " + ", ".join(f"{k} {v}" for k, v in machine().items()))
    stages = Stages()
    stages.stage("1. the interpreter")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    from ui.main_window import MainWindow

    stages.stage("2. QApplication + ui.main_window imported")
    import rjieba

    rjieba.cut("预热", False)
    stages.stage("3. rjieba's dictionary (the first segmentation)")
    from app.lexicon import lexicon

    lexicon()
    stages.stage("4. the lexicon's tables")
    w = MainWindow()
    w.resize(1600, 1000)
    w.show()
    app.processEvents()
    stages.stage("5. an empty window shown")
    big = write_big_txt(Path(tempfile.mkdtemp(prefix="bench-memory-")))
    open_report(app, w, big)
    from bench import bench_live as bl

    bl.wait(app, lambda: not getattr(w.live, "pending", False), timeout=120)
    bl.laid_out(w.editor)
    app.processEvents()
    stages.stage(f"6. corpus×3 ({w.editor.document().blockCount()} paragraphs) open, every "
                 "problem shown, laid out")
    if args.session or args.autosave:
        writes = session(app, w, args.autosave)
        stages.stage("7. after bench_live's session (keys, typed headings, 修正全部序号 + Undo; "
                     f"{writes} autosaves)")
    if args.tables:
        tables()
    if args.shaping:
        shaping()
    if args.python:
        snapshot = tracemalloc.take_snapshot()
        stats = snapshot.statistics("filename")
        print(f"\nPython heap by file (tracemalloc): {sum(s.size for s in stats) / 2**20:.1f} MB")
        for stat in stats[:15]:
            print(f"   {stat.size / 2**20:6.2f} MB  {stat.traceback[0].filename}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # (PySide's teardown of the window can crash at exit; the numbers are out)
