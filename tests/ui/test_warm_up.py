"""The first 修正全部序号 after opening a report imports nothing (ui/warm_up.py; issue 15).

Run in a process of its own: in the test session other tests have imported the outline's edit
modules already, so only a fresh process shows what the user's first click pays for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import json, sys, time
    from PySide6.QtWidgets import QApplication
    app = QApplication(["test"])
    from ui.main_window import MainWindow
    w = MainWindow()
    w.show()
    assert w.files.open_path(sys.argv[1], ask=False)
    deadline = time.monotonic() + 60
    while (w.loader.busy or w.live.dirty or w.live.pending) and time.monotonic() < deadline:
        app.processEvents()
    for _ in range(3):  # the pause after the report is shown: what it queued runs
        app.processEvents()
    before = set(sys.modules)
    fixed = w.headings.fix_all_numbering()
    texts = [p.text for p in w.live.document.paragraphs]
    print(json.dumps({"fixed": fixed, "texts": texts,
                      "imported": sorted(set(sys.modules) - before)}))
    sys.stdout.flush()
""")


def test_the_first_fix_after_opening_imports_nothing(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("\n".join([
        "关于工作的报告", "一、总体情况", "今年以来，一是加强领导，三是压实责任。",
        "三、下步打算", "（一）建立台账", "（三）定期调度", "正文" * 40,
    ]) + "\n", encoding="utf-8")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPORTDESK_DATA_DIR=str(tmp_path / "d"),
               XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(report)], capture_output=True,
                         text=True, cwd=root, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["fixed"]
    assert result["texts"][1:6] == [
        "一、总体情况", "今年以来，一是加强领导，二是压实责任。", "二、下步打算",
        "（一）建立台账", "（二）定期调度",
    ]  # fmt: skip
    assert result["imported"] == []


TABLES = textwrap.dedent("""
    import gc, json, sys, tracemalloc
    from app.engine import analyze
    from app.model import Document
    if sys.argv[1] == "preloaded":
        from ui.warm_up import preload_rules
        preload_rules()
    else:  # what the preload thread loaded before: the lexicon and two tables
        from app.lexicon import lexicon, spans
        from app.modern_words import attested_set
        from app.rules.typo_joined import twins
        lexicon(); spans("预热"); attested_set(); twins()
    gc.collect()
    tracemalloc.start()
    found = analyze(Document.from_lines(sys.argv[2:])).findings
    gc.collect()
    kept = tracemalloc.get_traced_memory()[0]
    print(json.dumps({"kept": kept,
                      "findings": [[f.rule, f.index, f.start, f.end, f.message] for f in found]}))
""")


def test_the_preload_builds_the_tables_a_first_check_would(tmp_path):
    """After the window's preload thread has run, a first check builds no table in the thread
    that checks (the GUI thread's first slice of a long report's second stage); after what the
    preload loaded before (the lexicon and two tables) it does. The findings are the same."""
    report = ["关于2024年工作情况的报告", "一、主要工作",
              "今年以来，我们坚持以人民为中心的发展思想，扎实推进各项工作，取得明显成效。",
              "二是加强队伍建设，开展业务培训，认真贯切落实上级部署。"]
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPORTDESK_DATA_DIR=str(tmp_path / "d"))
    results = {}
    for mode in ("lexicon", "preloaded"):
        out = subprocess.run([sys.executable, "-c", TABLES, mode, *report], capture_output=True,
                             text=True, cwd=root, env=env, timeout=300)
        assert out.returncode == 0, out.stderr[-2000:]
        results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    # a first check builds and keeps its tables (~11 MB: the lexicon families' modules, their
    # patterns and indexes); after the preload it keeps next to nothing (~0.06 MB)
    assert results["lexicon"]["kept"] > 4 * 2**20
    assert results["preloaded"]["kept"] < 2**20
    assert results["preloaded"]["findings"] == results["lexicon"]["findings"]
    assert any("贯彻落实" in f[4] for f in results["preloaded"]["findings"])  # (found)
