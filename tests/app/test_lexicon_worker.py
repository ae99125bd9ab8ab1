"""`reportdesk check` runs the lexicon families in a second process: the findings must be the
ones the command finds alone, also when the worker fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import lexicon, lexicon_worker
from app.engine import analyze
from app.lexicon_worker import LexiconWorker, wanted_here
from app.model import Document

ROOT = Path(__file__).resolve().parents[2]
PLANTED = ROOT / "tests" / "data" / "planted"

# one mistake of each lexicon family, and the same paragraph twice (typo skips a spelling the
# writer uses twice: the worker must see the whole document, not one paragraph at a time)
LINES = [
    "关于加强基层治理工作的报告",
    "一、工作部暑情况",
    "我们们要积极的推进改革，把各项任务落实的不够到位的问题解决好。",
    "面对当前复杂的经济形式，全市上下竟争意识不断增强，按步就班推进重点项目。",
    "会议要求加强加强组织领导，确保各项工作落到实处。",
    "会议要求加强加强组织领导，确保各项工作落到实处。",
    "本月新增定单3000余份，群众文化生活丰富多采。",
]


def _planted_lines() -> list[str]:
    out = list(LINES)
    for tsv in ("typo.tsv", "particle.tsv", "repeat.tsv"):
        out += [line.split("\t")[0] for line in
                (PLANTED / tsv).read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")]
    return out


def _shown(findings: list) -> list[tuple]:
    return [(f.rule, f.index, f.start, f.end, f.message,
             f.fix.edits[0].replacement if f.fix else None) for f in findings]


@pytest.fixture
def worker():
    w = LexiconWorker.spawn()
    assert w is not None
    yield w
    w.close()


def test_the_worker_finds_what_the_process_finds_alone(worker):
    doc = Document.from_lines(_planted_lines())
    alone = _shown(analyze(doc).findings)
    assert {"typo/char", "particle/di", "repeat/char", "repeat/word", "wording/misused",
            "confusable/word"} <= \
        {rule for rule, *_rest in alone}  # the families are there to be compared
    assert _shown(analyze(doc, worker=worker).findings) == alone
    # a second document through the same worker, limited to some rules
    other = Document.from_lines(LINES[2:])
    for rules in (["typo"], ["particle/de", "numbering"], ["repeat", "wording"]):
        assert _shown(analyze(other, rules, worker).findings) == \
            _shown(analyze(other, rules).findings)


def test_a_worker_that_died_leaves_the_work_to_the_process(worker):
    doc = Document.from_lines(LINES)
    alone = _shown(analyze(doc).findings)
    worker._proc.kill()  # the worker dies before the document is sent
    worker._proc.wait()
    assert _shown(analyze(doc, worker=worker).findings) == alone
    assert _shown(analyze(doc, worker=worker).findings) == alone  # and it stays closed


def test_a_worker_that_cannot_start_is_none(monkeypatch):
    def broken(*_args, **_kwargs):
        raise OSError("no such interpreter")

    monkeypatch.setattr(subprocess, "Popen", broken)
    assert LexiconWorker.spawn() is None
    monkeypatch.setenv("REPORTDESK_LEXICON_WORKER", "0")
    assert LexiconWorker.start() is None


def test_no_worker_without_a_free_core(monkeypatch):
    monkeypatch.delenv("REPORTDESK_LEXICON_WORKER", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert LexiconWorker.start() is None
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    monkeypatch.setattr(os, "getloadavg", lambda: (3.5, 3.0, 3.0), raising=False)
    assert LexiconWorker.start() is None  # three of four cores busy already


def test_the_worker_is_asked_only_when_a_lexicon_family_is_wanted():
    assert wanted_here(None)
    assert wanted_here(["typo"]) and wanted_here(["particle/de"])
    assert wanted_here(["confusable"]) and wanted_here(["hygiene", "confusable/word"])
    assert not wanted_here(["numbering", "count", "formulation", "hygiene"])


def test_every_rule_module_that_needs_the_lexicon_runs_in_the_worker():
    """A rule module that imports app.lexicon (itself or through a helper) and is not in
    MODULES loads rjieba and the lexicon's tables in `check`'s own process, on its critical
    path (confusable/word did, from recall13 on). Each other rule module is imported in turn in
    a fresh interpreter; none may bring in the lexicon or rjieba."""
    from app.rules import MODULE_NAMES

    others = [name for name in MODULE_NAMES if name not in lexicon_worker.MODULES]
    assert others and set(MODULE_NAMES) >= lexicon_worker.MODULES
    code = ("import importlib, sys\n"
            f"for name in {others!r}:\n"
            "    importlib.import_module(name)\n"
            "    if 'app.lexicon' in sys.modules or 'rjieba' in sys.modules:\n"
            "        print(name)\n"
            "        break\n")
    out = _fresh_python(code)
    assert out.strip() == "", f"{out.strip()} imports the lexicon: add it to MODULES"
    # and the worker's list names modules that do use it (the list is not padded)
    code = ("import importlib, sys\n"
            f"for name in {sorted(lexicon_worker.MODULES)!r}:\n"
            "    for m in [m for m in sys.modules if m.startswith('app.')]:\n"
            "        del sys.modules[m]\n"
            "    importlib.import_module(name)\n"
            "    print(name, 'app.lexicon' in sys.modules)\n")
    out = _fresh_python(code)
    assert all(line.endswith("True") for line in out.splitlines()), out


def _fresh_python(code: str) -> str:
    """What ``code`` prints in a fresh interpreter (it must succeed)."""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_check_prints_the_same_with_and_without_the_worker(tmp_path):
    files = []
    for k, lines in enumerate((LINES, _planted_lines())):
        path = tmp_path / f"r{k}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files.append(str(path))
    outputs = []
    for use in ("1", "0"):  # 1: started even on a busy machine
        env = dict(os.environ, REPORTDESK_LEXICON_WORKER=use, PYTHONPATH=str(ROOT))
        r = subprocess.run([sys.executable, "-m", "app", "check", "--format", "json", *files],
                           capture_output=True, text=True, env=env, timeout=300)
        assert r.returncode == 1, r.stderr
        outputs.append(json.loads(r.stdout))
    assert outputs[0] == outputs[1]
    assert any(f["rule"] == "typo/char" for f in outputs[0]["files"][1]["findings"])


def test_the_worker_starts_without_site_from_this_process_path(monkeypatch):
    """The worker's interpreter skips the site module and gets this process's sys.path: an entry
    that is no folder (an editable install's path hook) must not keep it from finding app and
    rjieba."""
    monkeypatch.setattr(sys, "path", [*sys.path, "__editable__.no.such.finder.__path_hook__"])
    command = lexicon_worker._command()
    assert "-S" in command
    w = LexiconWorker.spawn()
    assert w is not None
    try:
        doc = Document.from_lines(LINES)
        assert _shown(analyze(doc, worker=w).findings) == _shown(analyze(doc).findings)
        assert w._proc is not None  # the answer came from the worker, not the fallback
    finally:
        w.close()


def test_words_not_interned_are_the_same_words(monkeypatch):
    """The worker segments without interning (app.lexicon.INTERN_WORDS): the same words."""
    text = LINES[3]
    lexicon.segments.cache_clear()
    interned = lexicon.segments(text)
    monkeypatch.setattr(lexicon, "INTERN_WORDS", False)
    lexicon.segments.cache_clear()
    try:
        assert lexicon.segments(text) == interned
    finally:
        lexicon.segments.cache_clear()


def test_the_worker_finds_each_unit_as_this_process_does(worker):
    """The cache's request (app.lexicon_results): each module's findings per unit."""
    from app.lexicon_results import SCOPES, unit_findings

    doc = Document.from_lines(_planted_lines())
    texts, roles = doc.texts, analyze(doc, ()).roles
    worker.submit_units(texts, roles, sorted(SCOPES))
    got = worker.collect_units()
    here = unit_findings(texts, roles, SCOPES)
    assert got is not None and got[1] is True and here[1] is True

    def shown(reply):
        return {name: [_shown(fs) for fs in per_unit] for name, per_unit in reply.items()}

    assert shown(got[0]) == shown(here[0])
    assert all(any(per_unit) for per_unit in here[0].values())  # every module found some


def test_a_worker_with_nothing_to_do_is_ended_not_waited_for(worker):
    """discard(): killed while it loads (closing its input would let it load the lexicon
    first, and close() would wait for that)."""
    proc = worker._proc
    worker.discard()
    assert proc.poll() is not None and proc.returncode != 0  # killed, not a normal exit
    assert worker._proc is None
    worker.close()  # harmless afterwards
    assert worker.collect_units() is None


def test_texts_sent_ahead_get_no_reply_and_change_no_finding(worker):
    """prefetch(): the document's texts go ahead of the request (the worker works on them while
    `check` parses the outline); the replies that follow are the requests' own, unchanged."""
    from app.lexicon_results import SCOPES, unit_findings

    doc = Document.from_lines(_planted_lines())
    texts, roles = doc.texts, analyze(doc, ()).roles
    worker.prefetch(texts)
    worker.submit_units(texts, roles, sorted(SCOPES))
    got = worker.collect_units()
    assert got is not None and got[1] is True
    here = unit_findings(texts, roles, SCOPES)[0]
    assert {name: [_shown(fs) for fs in per_unit] for name, per_unit in got[0].items()} == \
        {name: [_shown(fs) for fs in per_unit] for name, per_unit in here.items()}
    # and a whole document after more texts sent ahead (the request `--no-cache` makes)
    other = Document.from_lines(LINES[2:])
    worker.prefetch(other.texts)
    assert _shown(analyze(other, worker=worker).findings) == _shown(analyze(other).findings)


def test_the_worker_fills_its_caches_with_texts_sent_ahead_until_a_request_waits():
    """_speculate(): the modules' work on each text sent ahead lands in their caches by text;
    it stops as soon as a request is waiting."""
    import queue

    from app.lexicon_worker import _speculate
    from app.rules import typo

    if not lexicon.available():
        pytest.skip("no lexicon")
    texts = [f"{line}（{n}）" for n, line in enumerate(LINES)]  # texts no test saw yet
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    inbox.put(("units", [], [], []))
    before = typo.typos.cache_info().currsize
    _speculate(texts, inbox)
    assert typo.typos.cache_info().currsize == before  # a request waits: nothing done
    inbox.get()
    _speculate(texts, inbox)
    hits = typo.typos.cache_info().hits
    for text in texts:
        typo.typos(text)
    assert typo.typos.cache_info().hits == hits + len(texts)  # all found in the cache


def _side_docx(path: Path) -> Path:
    """A Word file whose header and footer hold mistakes of the lexicon's families."""
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "某某县人民政府办工室"
    d.sections[0].footer.paragraphs[0].text = "各单位要积极的推进改革，具体部暑见通知。"
    d.add_paragraph("关于做好防汛工作的通知")
    d.add_paragraph("各单位要切实做好防汛准备。")
    d.save(path)
    return path


# run `check` as the `reportdesk` command does (main() on the process's own command line), and
# say on stderr whether this process loaded the lexicon or rjieba
_PROBE = ("import atexit, sys\n"
          "atexit.register(lambda: print('lexicon here:', 'app.lexicon' in sys.modules or "
          "'rjieba' in sys.modules, file=sys.stderr))\n"
          "from app.cli import main\n"
          "sys.argv[0] = 'reportdesk'\n"
          "main()\n")


def test_side_parts_are_checked_by_the_worker_not_in_the_command(tmp_path):
    """A header's or footer's text goes through the worker (or the cache of findings) like the
    body's: `check` of a Word file with Chinese in its side parts never loads rjieba and the
    lexicon's tables in its own process (app/side_checks.py), and finds the same."""
    path = _side_docx(tmp_path / "side.docx")

    def check(worker: str, *extra: str) -> tuple[dict, bool]:
        env = dict(os.environ, REPORTDESK_LEXICON_WORKER=worker, PYTHONPATH=str(ROOT),
                   REPORTDESK_DATA_DIR=str(tmp_path / "data"))
        r = subprocess.run([sys.executable, "-c", _PROBE, "check", "--format", "json",
                            str(path), *extra], capture_output=True, text=True, env=env,
                           cwd=ROOT, timeout=300)
        assert r.returncode == 1, r.stderr
        assert "lexicon here:" in r.stderr, r.stderr
        return json.loads(r.stdout), "lexicon here: True" in r.stderr

    alone, loaded = check("0", "--no-cache")  # no worker: found here
    assert loaded  # (the probe sees a lexicon loaded here)
    found = {(f["part"], f["rule"]) for f in alone["files"][0]["findings"]}
    assert {("页眉（第1节）", "typo/char"), ("页脚（第1节）", "particle/di"),
            ("页脚（第1节）", "wording/misused")} <= found
    for extra in (("--no-cache",), (), ()):  # without the cache, cache cold, cache warm
        out, loaded = check("1", *extra)
        assert out == alone, extra
        assert not loaded, extra


def test_the_worker_modules_rule_ids_are_their_rules():
    """RULE_IDS says which of the worker's modules a --rules selection wants without importing
    them: it must list each module's rules exactly, and select as app.rules does."""
    import importlib

    from app.lexicon_results import _wanted_modules
    from app.rules import selected_modules

    assert {name: tuple(sorted(r.id for r in importlib.import_module(name).RULES))
            for name in lexicon_worker.MODULES} == \
        {name: tuple(sorted(ids)) for name, ids in lexicon_worker.RULE_IDS.items()}
    for rules in (None, ["typo"], ["particle/di"], ["particle/nothing"], ["hygiene"],
                  ["typo/char", "repeat"], ["typo", "confusable", "particle", "wording",
                                            "formulation"]):
        assert _wanted_modules(rules) == selected_modules(lexicon_worker.MODULES, rules), rules
    assert _wanted_modules(["particle/di"]) == {"app.rules.dedide"}
    assert _wanted_modules(["hygiene", "numbering"]) == frozenset()


def test_check_starts_the_worker_before_the_storage_imports(tmp_path):
    """`check` reads its cache's list of files known whole before it starts the worker; that
    read must not bring in the cache's and the storage layer's own imports (hashlib, socket,
    getpass, datetime: ~30 M instructions before the worker's start, on a cold check's critical
    path). The worker is started all the same when the file is not known."""
    path = tmp_path / "r.txt"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    code = ("import os, subprocess, sys\n"
            "def started(self, *args, **kwargs):\n"
            "    heavy = ['socket', 'getpass', 'datetime', 'hashlib', 'app.storage.paths',\n"
            "             'app.storage.result_cache']\n"
            "    print('started after', [m for m in heavy if m in sys.modules], flush=True)\n"
            "    os._exit(0)\n"
            "subprocess.Popen.__init__ = started\n"
            "from app.cli import main\n"
            "main()\n")
    env = dict(os.environ, REPORTDESK_LEXICON_WORKER="1", REPORTDESK_DATA_DIR=str(tmp_path))
    r = subprocess.run([sys.executable, "-c", code, "check", str(path)], capture_output=True,
                       text=True, cwd=ROOT, env=env, timeout=120)
    assert r.stdout.strip() == "started after []", (r.stdout, r.stderr)


def worker_start(shown: str) -> str:
    """Code that starts as the worker does (its own command: the paths, its regex cache, the
    lexicon, its rule modules) and then prints ``shown``."""
    return ("import sys\n"
            "sys.path[:0] = sys.argv[1:]\n"  # (as the worker's own command)
            "from app import regex_cache\n"
            "regex_cache.install('worker')\n"
            "import importlib\n"
            "from app.lexicon import available, spans\n"
            "from app.lexicon_worker import MODULES\n"
            "assert available(), 'no lexicon'\n"
            "spans('预热')\n"
            "for name in MODULES: importlib.import_module(name)\n"
            f"print({shown})\n")


def test_the_workers_start_leaves_out_the_storage_layers_imports(tmp_path):
    """The worker's start (its regex cache, the lexicon's tables and cache files, its rule
    modules) finds the data folder without app.storage.paths, whose imports (socket, getpass:
    ~20 M instructions) would only lengthen the start every cold check waits for."""
    code = worker_start("[m for m in ('socket', 'getpass', 'app.storage.paths') "
                        "if m in sys.modules]")
    env = dict(os.environ, REPORTDESK_DATA_DIR=str(tmp_path))
    r = subprocess.run(lexicon_worker.python_command(code), capture_output=True, text=True,
                       cwd=ROOT, env=env, timeout=300)
    assert r.stdout.strip() == "[]", (r.stdout, r.stderr[-2000:])
