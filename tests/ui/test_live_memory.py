"""The window's C heap (ui/live_memory.py; issue 15: ≤ 300 MB with corpus×3 after a session)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from ui.live_memory import _libc

pytestmark = pytest.mark.skipif(_libc() is None, reason="glibc's malloc only")


def test_a_worker_threads_heap_is_the_gui_threads(tmp_path):
    """What a worker thread (the loader's analysis) allocates and frees comes from the same
    heap as the GUI thread's, which reuses it: no second heap is left with the worker's free
    memory in it."""
    script = textwrap.dedent("""
        import ctypes, re, sys, threading
        import ui.live_memory as m
        if sys.argv[1] == "one":
            m.one_arena()
        def work():
            chunks = [bytearray(1000) for _ in range(20_000)]
            del chunks[::2]
        t = threading.Thread(target=work)
        t.start(); t.join()
        libc = ctypes.CDLL("libc.so.6")
        libc.fopen.restype = ctypes.c_void_p
        fp = libc.fopen(sys.argv[2].encode(), b"w")
        libc.malloc_info(0, ctypes.c_void_p(fp))
        libc.fclose(ctypes.c_void_p(fp))
        print(len(re.findall("<heap nr=", open(sys.argv[2]).read())))
    """)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    heaps = {}
    for mode in ("one", "default"):
        out = subprocess.run([sys.executable, "-c", script, mode, str(tmp_path / "info.xml")],
                             capture_output=True, text=True, cwd=root, check=True, timeout=60)
        heaps[mode] = int(out.stdout.strip())
    assert heaps["one"] == 1
    assert heaps["default"] > 1  # (the measure sees a second heap where there is one)
