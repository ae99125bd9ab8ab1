"""The cache of the lexicon families' findings (app/lexicon_results.py, app/storage/
result_cache.py): a check from the cache, cold or after an edit, finds exactly what the modules
find on the whole document; a damaged file never breaks a check; a change of the engine's code
or data never shows an old finding."""

from __future__ import annotations

import ast
import inspect
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app import lexicon_results
from app.engine import analyze
from app.lexicon_results import SCOPES, CachedLexicon
from app.model import Document
from app.storage import result_cache
from app.storage.result_cache import ResultStore, engine_files, engine_key
from tests.conftest import ROOT, SAMPLE

PLANTED_REPORTS = sorted((ROOT / "tests" / "data" / "planted_reports").rglob("*.txt"))
# the longest planted reports, each with findings of several families
LONG_REPORTS = sorted(PLANTED_REPORTS, key=lambda p: -p.stat().st_size)[:6]
FAMILIES = ["typo", "particle", "repeat", "wording"]

# one mistake of each lexicon family (竟争 is typo's, 按步就班 wording's, 积极的推进 particle's,
# 我们们 and 加强加强 repeat's), a paragraph twice, and blank and heading lines
LINES = [
    "关于加强基层治理工作的报告",
    "一、工作部暑情况",
    "我们们要积极的推进改革，把各项任务落实的不够到位的问题解决好。",
    "",
    "面对当前复杂的经济形式，全市上下竟争意识不断增强，按步就班推进重点项目。",
    "会议要求加强加强组织领导，确保各项工作落到实处。",
    "会议要求加强加强组织领导，确保各项工作落到实处。",
]


def _shown(findings: list) -> list[tuple]:
    """Everything a user sees of a finding, its fix's edits included."""
    return [(f.rule, f.severity, f.index, f.start, f.end, f.message, f.norm,
             None if f.fix is None else (f.fix.description, f.fix.edits), f.related)
            for f in findings]


def _lexicon_findings(doc: Document, runner=None, rules=None) -> list[tuple]:
    return _shown([f for f in analyze(doc, rules, runner).findings
                   if f.rule.split("/")[0] in FAMILIES])


def _cached(doc: Document, folder: Path, rules=None) -> list[tuple]:
    """The lexicon findings through the cache in ``folder`` (no worker: found in process)."""
    store = ResultStore.open(folder)
    found = _lexicon_findings(doc, CachedLexicon(store, None), rules)
    store.save()
    return found


@pytest.fixture
def no_finding_anew(monkeypatch):
    """Fail if a check finds any unit anew (everything must come from the cache)."""

    def refuse(texts, *_args):
        raise AssertionError(f"found anew: {texts!r}")

    monkeypatch.setattr(lexicon_results, "unit_findings", refuse)


def _counting(monkeypatch) -> list[list[str]]:
    """Record the units each check finds anew."""
    calls: list[list[str]] = []
    real = lexicon_results.unit_findings

    def count(texts, roles, modules):
        calls.append(list(texts))
        return real(texts, roles, modules)

    monkeypatch.setattr(lexicon_results, "unit_findings", count)
    return calls


def _report(path: Path) -> Document:
    return Document.from_lines(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("source", ["lines", "sample", *[p.name for p in LONG_REPORTS]])
def test_cold_warm_and_edited_checks_find_what_the_modules_find(source, tmp_path, monkeypatch):
    doc = Document.from_lines(LINES) if source == "lines" else _report(
        SAMPLE if source == "sample" else next(p for p in LONG_REPORTS if p.name == source))
    alone = _lexicon_findings(doc)
    if source == "lines":
        assert {r for r, *_ in alone} >= {"typo/char", "particle/di", "repeat/char",
                                         "repeat/word", "wording/misused"}
    assert _cached(doc, tmp_path) == alone  # cold
    calls = _counting(monkeypatch)
    assert _cached(doc, tmp_path) == alone  # warm
    assert calls == []
    # a paragraph edited and one inserted at the top: only the paragraphs whose text or role is
    # new are found anew (the top line may give a neighbour another role), and every known
    # paragraph's findings move with it
    edited = Document.from_lines(["关于进一步做好相关工作的通知", *doc.texts])
    k = next(i for i, t in enumerate(edited.texts) if len(t) > 20)
    edited.paragraphs[k].text = "我们们要积极的推进改革。" + edited.texts[k]
    assert _cached(edited, tmp_path) == _lexicon_findings(edited)
    new = set(zip(edited.texts, analyze(edited, ()).roles, strict=True)) - \
        set(zip(doc.texts, analyze(doc, ()).roles, strict=True))
    assert edited.texts[k] in calls[0]
    assert sorted(calls[0]) == sorted(t for t, _r in new)


def test_a_spelling_used_elsewhere_in_the_document_hides_a_cached_typo(tmp_path):
    """typo's document-wide part: a spelling written twice is deliberate. The cache holds a
    paragraph's candidates; whether another paragraph repeats the spelling is decided anew on
    every check, both ways."""
    one = Document.from_lines(LINES)
    typo = next(f for f in analyze(one).findings if f.rule == "typo/char")
    wrong = one.texts[typo.index][typo.start:typo.end]
    two = Document.from_lines([*LINES, f"另据统计，“{wrong}”一词在文中出现。"])
    assert "typo/char" not in {r for r, *_ in _lexicon_findings(two)}  # it matters here
    assert _cached(one, tmp_path) == _lexicon_findings(one)
    assert _cached(two, tmp_path) == _lexicon_findings(two)  # from the cache of `one`
    assert _cached(one, tmp_path) == _lexicon_findings(one)  # and back


def test_rules_filter_after_the_cache(tmp_path, no_finding_anew):
    doc = Document.from_lines(LINES)
    folder = tmp_path / "warm"
    with pytest.MonkeyPatch.context() as m:
        m.setattr(lexicon_results, "unit_findings", _real_unit_findings)
        _cached(doc, folder)
    for rules in (["typo"], ["particle/di", "numbering"], ["repeat", "wording"], ["numbering"]):
        assert _cached(doc, folder, rules) == _lexicon_findings(doc, rules=rules)


_real_unit_findings = lexicon_results.unit_findings


def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path):
    doc = Document.from_lines(LINES)
    alone = _lexicon_findings(doc)
    _cached(doc, tmp_path)
    (path,) = (tmp_path / "cache").glob("results-*.marshal")
    whole = path.read_bytes()
    for damaged in (whole[: len(whole) // 2], b"", b"\x00garbage", whole[:-1] + b"\xff",
                    # a file of the right kind whose entries have the wrong shape
                    __import__("marshal").dumps(("reportdesk-lexicon-results", engine_key(),
                                                 3, {k: ("x", {"app.rules.typo": (("?",),)})
                                                     for k in ResultStore.open(tmp_path).entries
                                                     }))):
        path.write_bytes(damaged)
        assert _cached(doc, tmp_path) == alone
        assert ResultStore.open(tmp_path).entries  # written anew, readable
    # and a folder that cannot hold it (a file in its place): the check goes on
    shutil.rmtree(tmp_path / "cache")
    (tmp_path / "cache").write_text("not a folder")
    assert _cached(doc, tmp_path) == alone


def test_the_engine_key_follows_code_and_data(tmp_path):
    app = tmp_path / "app"
    shutil.copytree(ROOT / "app", app, ignore=shutil.ignore_patterns("__pycache__"))
    first = engine_key(app)
    assert engine_key(app) == first
    for changed in (app / "rules" / "typo.py", app / "data" / "similar_shape.txt",
                    app / "lexicon.py"):
        old = changed.read_bytes()
        changed.write_bytes(old + b"\n")
        assert engine_key(app) != first, changed
        changed.write_bytes(old)
    assert engine_key(app) == first


def imported_app_files(setup: str) -> set[Path]:
    """The files of the app modules a fresh interpreter has imported after running ``setup``
    (Python code; ``importlib`` is imported for it)."""
    code = "import importlib, json, sys\n" + textwrap.dedent(setup) + textwrap.dedent("""
        print(json.dumps(sorted(m.__file__ for n, m in sys.modules.items()
                                if (n == "app" or n.startswith("app.")) and
                                getattr(m, "__file__", None))))
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       cwd=ROOT, check=True, timeout=120)
    return {Path(f).resolve() for f in json.loads(r.stdout)}


def test_every_module_the_families_import_keys_the_cache():
    """The key covers the contents of every app module the cached findings can depend on: the
    worker's modules and everything they import (a rule module importing a new helper module
    later is caught here)."""
    used = imported_app_files("""
        from app.lexicon_worker import MODULES
        for name in (*MODULES, "app.lexicon_results", "app.lexicon_worker"):
            importlib.import_module(name)
        from app.lexicon import lexicon, spans
        lexicon(); spans("预热")
    """)
    covered = {p.resolve() for p in engine_files(ROOT / "app")}
    # the storage helpers only find the data folder (app.storage.paths, app.storage.datadir): no
    # finding depends on where the folder is
    allowed = {ROOT / "app" / "storage" / "__init__.py", ROOT / "app" / "storage" / "paths.py",
               ROOT / "app" / "storage" / "datadir.py"}
    assert used - covered - allowed == set()


def _reads_of_the_document(module_name: str) -> list[str]:
    """How a module's ``check`` reads ``doc`` and ``analysis``: the smallest expression around
    each use of the two names, as source."""
    module = __import__(module_name, fromlist=["check"])
    tree = ast.parse(textwrap.dedent(inspect.getsource(module.check)))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in ("doc", "analysis") and \
                not isinstance(parents[node], ast.arguments):
            around = parents[node]
            if isinstance(around, ast.Attribute):
                around = parents[around]
            out.append(ast.unparse(around))
    return out


# What the scope table of app/lexicon_results.py was worked out from: each module's check reads
# the document only through these (the paragraph being read, its role; typo's used-again test).
READS = {
    "app.rules.wording": {"enumerate(doc.texts)", "analysis.roles[i]"},
    "app.rules.variant": {"prose_paragraphs(doc, analysis)"},
    "app.rules.dedide": {"prose_paragraphs(doc, analysis)"},
    "app.rules.repeat": {"prose_paragraphs(doc, analysis)"},
    "app.rules.confusable": {"prose_paragraphs(doc, analysis)"},
    "app.rules.typo": {"prose_paragraphs(doc, analysis)", "texts = doc.texts"},  # used-again
}


@pytest.mark.parametrize("module_name", sorted(SCOPES))
def test_each_module_reads_the_document_as_its_scope_says(module_name):
    """If this fails, a lexicon module's check reads the document in a new way: work out its
    scope again (app/lexicon_results.py's table; LOCAL modules must read one paragraph's text
    and role only) before changing READS."""
    assert set(_reads_of_the_document(module_name)) <= READS[module_name]
    assert set(SCOPES) == set(READS) == set(__import__(
        "app.lexicon_worker", fromlist=["MODULES"]).MODULES)


def test_used_again_is_typos_own_test():
    from app.rules import typo

    assert typo.used_again is lexicon_results.used_again


def test_the_store_is_bounded_and_keeps_the_recent(tmp_path, monkeypatch):
    monkeypatch.setattr(result_cache, "MAX_ENTRIES", 10)
    monkeypatch.setattr(result_cache, "KEEP_AFTER_EVICTION", 6)
    for n in range(5):  # five "documents" of three paragraphs, one check each
        store = ResultStore.open(tmp_path)
        for p in range(3):
            store.put(result_cache.paragraph_key(f"文档{n}第{p}段", "body"), "app.rules.typo", ())
        store.save()
    kept = ResultStore.open(tmp_path).entries
    assert len(kept) <= 10
    newest = {result_cache.paragraph_key(f"文档{n}第{p}段", "body") for n in (3, 4)
              for p in range(3)}
    assert newest <= set(kept)
    assert result_cache.paragraph_key("文档0第0段", "body") not in kept


def test_findings_that_would_not_come_back_the_same_are_not_stored():
    from app.findings import Edit, Finding, Fix, Severity

    shared = Fix((Edit(0, 0, 1, "地"),), "改为“地”")
    plain = Finding("particle/di", Severity.WARNING, "m", 0, 0, 1, "n", shared)
    assert result_cache.to_rows([plain], 0) is not None
    assert result_cache.from_rows(result_cache.to_rows([plain], 0), 5)[0].fix.edits[0].index == 5
    for odd in (Finding("x/y", Severity.INFO, "m", 0, 0, 1, related=[3]),
                Finding("x/y", Severity.INFO, "m", 0, 0, 1,
                        fix=Fix((Edit(0, 0, 1, "", end_index=2),), "d"))):
        assert result_cache.to_rows([odd], 0) is None
    assert result_cache.to_rows([plain, Finding("particle/di", Severity.WARNING, "m", 0, 2, 3,
                                                "n", shared)], 0) is None


def _check_json(path: Path, data: Path, *extra: str, worker: str = "1") -> str:
    env = {**os.environ, "REPORTDESK_DATA_DIR": str(data), "REPORTDESK_LEXICON_WORKER": worker,
           "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-m", "app", "check", str(path), "--format", "json",
                        *extra], capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode in (0, 1), r.stderr
    return r.stdout


def test_check_from_the_cache_prints_the_same_and_never_loads_the_lexicon(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    data = tmp_path / "data"
    plain = _check_json(report, data, "--no-cache")
    assert not list((data / "cache").glob("results-*")) if (data / "cache").exists() else True
    assert _check_json(report, data) == plain  # cold, the worker finds the units
    assert list((data / "cache").glob("results-*.marshal"))
    assert _check_json(report, data, worker="0") == plain  # warm
    # warm and without a worker: the lexicon (rjieba) is never imported
    code = ("import sys; from app.cli import main; sys.argv[1:] = []; "
            f"main(['check', {str(report)!r}, '--format', 'json']); "
            "print('rjieba' in sys.modules, 'app.lexicon' in sys.modules, file=sys.stderr)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       cwd=ROOT, timeout=120, env={**os.environ, "REPORTDESK_DATA_DIR": str(data),
                                                   "REPORTDESK_LEXICON_WORKER": "0"})
    assert r.stdout == plain
    assert r.stderr.split() == ["False", "False"]
    # one paragraph edited: the same as without the cache
    report.write_text("\n".join([*LINES[:2], "我们要积极的推进改革。", *LINES[3:]]) + "\n",
                      encoding="utf-8")
    assert _check_json(report, data) == _check_json(report, data, "--no-cache")


def test_a_report_known_whole_starts_no_worker_and_a_wrong_guess_starts_it_late(
        tmp_path, monkeypatch, capsys):
    """`check` does not start the lexicon worker for a file the cache knew whole at its last
    check (unchanged since); when the guess is wrong (the cache was cleared) it starts one as
    soon as it knows what is missing, and the findings are the same."""
    from app import cli
    from app.lexicon_worker import LexiconWorker

    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(tmp_path / "data"))
    started: list[str] = []

    def start():
        started.append("worker")
        return None  # (the work is then done in this process: same findings)

    monkeypatch.setattr(LexiconWorker, "start", staticmethod(start))
    report = tmp_path / "report.txt"
    report.write_text("\n".join(LINES) + "\n", encoding="utf-8")

    def check(*extra: str) -> str:
        cli.main(["check", str(report), "--format", "json", *extra])
        return capsys.readouterr().out

    plain = check("--no-cache")
    assert started == ["worker"]
    assert check() == plain and started == ["worker"] * 2  # the first check with the cache
    assert check() == plain and started == ["worker"] * 2  # known whole: none started
    results = list((tmp_path / "data" / "cache").glob("results-*.marshal"))
    kept = {p: p.read_bytes() for p in results}
    for path in results:
        path.unlink()  # cleared: the list of files seen whole no longer counts
    assert check() == plain and started == ["worker"] * 3  # started before reading the file
    for path, data in kept.items():
        path.write_bytes(data)
    assert check() == plain and started == ["worker"] * 3  # known whole again
    (tmp_path / "data" / "cache" / "results_seen.marshal").unlink()
    assert check() == plain and started == ["worker"] * 4  # not listed: started
    assert check() == plain and started == ["worker"] * 4
    # a wrong guess (the cache lost the report's paragraphs, its file still there): the worker
    # is started as soon as the missing paragraphs are known
    store = ResultStore.open(tmp_path / "data")
    store.entries.clear()
    store.dirty = True
    store.save()
    assert check() == plain and started == ["worker"] * 5
    report.write_text("\n".join(LINES[:-1]) + "\n", encoding="utf-8")  # changed: unknown
    assert check() == check("--no-cache")
    assert started == ["worker"] * 7


def test_put_all_stores_what_put_stores_module_by_module(tmp_path):
    """UnitPlan.take stores a document's units with put_all (one entry a paragraph): the same
    entries, in the same order, as put() of each module's rows, also over an entry that holds
    other modules already."""
    row = ("typo/char", "warning", "“部暑”疑为“部署”", 3, 5, "《现代汉语词典》",
           ("改为“部署”", ((3, 5, "部署"),)))
    keys = [result_cache.paragraph_key(f"第{n}段", "body") for n in range(3)]
    rows = {keys[0]: {"app.rules.typo": (row,), "app.rules.repeat": ()},
            keys[2]: {"app.rules.repeat": (), "app.rules.typo": ()}}
    stores = []
    for together in (False, True):
        store = ResultStore.open(tmp_path / str(together))
        store.put(keys[2], "app.rules.wording", ())  # known before, with another module
        store.put(keys[1], "app.rules.typo", (row,))
        if together:
            store.put_all(rows)
        else:
            for key, modules in rows.items():
                for name, found in modules.items():
                    store.put(key, name, found)
        stores.append(store)
    assert list(stores[0].entries.items()) == list(stores[1].entries.items())
    assert [list(m) for _stamp, m in stores[1].entries.values()] == [
        ["app.rules.wording", "app.rules.repeat", "app.rules.typo"], ["app.rules.typo"],
        ["app.rules.typo", "app.rules.repeat"]]


def test_the_units_make_one_document_for_every_paragraph_local_module(monkeypatch):
    """The units of a request (app.lexicon_results.unit_findings) are laid out as one
    document once, read by each module whose findings are the paragraph's own (wording,
    variant, 的地得, repeats, confusable words), not built again for each: the same findings."""
    lines = LONG_REPORTS[0].read_text(encoding="utf-8").splitlines()
    doc = Document.from_lines(lines)
    roles = analyze(doc, ()).roles
    made: list[int] = []
    real = Document.from_lines.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Document], texts: list[str], path: str | None = None) -> Document:
        made.append(len(texts))
        return real(cls, texts, path)

    expected = lexicon_results.unit_findings(lines, roles, sorted(SCOPES))
    monkeypatch.setattr(Document, "from_lines", classmethod(counted))
    assert lexicon_results.unit_findings(lines, roles, sorted(SCOPES)) == expected
    assert made.count(len(lines)) == 1
