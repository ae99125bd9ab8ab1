"""`reportdesk check`: the files read, analysed and reported, with the lexicon worker started
before anything else and the cache of findings in the data folder.

:func:`start_worker` runs first in :func:`app.cli.main`, before argparse, so the worker loads the
lexicon while the arguments are parsed and the rules' modules are imported; :func:`check` takes
it and hands it (or the cache's runner around it) to the analysis of each file.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from app.errors import ReportDeskError

if TYPE_CHECKING:
    from app.findings import Finding
    from app.lexicon_results import CachedLexicon
    from app.lexicon_worker import LexiconWorker
    from app.model import Document
    from app.storage.result_cache import ResultStore


def load_document(path: str) -> Document:
    """The file read for a command, with the reviewer's stored ignores attached."""
    from app.ignores import attach_stored
    from app.readers import read_document

    doc = read_document(path)
    attach_stored(doc, path)  # a .txt's list is in the data folder; a .docx carries its own
    return doc


_worker: LexiconWorker | None = None  # started by app.cli.main() for `check`, taken by check()


def start_worker(argv: list[str]) -> None:
    """For `check`, start the lexicon worker (app/lexicon_worker.py) before anything else.
    ``--rules`` and the files are read from the raw arguments (argparse comes after): a spelling
    it does not see only starts a worker that gets nothing to do, or leaves the work to this
    process; the findings are the same either way. Not started when the cache of findings
    (app/storage/result_cache.py) knew every file whole at its last check and the files have
    not changed since: a re-check then needs no lexicon (should the guess be wrong, the worker
    is started when the missing paragraphs are known, app.lexicon_results.CachedLexicon)."""
    global _worker, _worker_skipped
    _worker_skipped = False
    if argv[0] != "check" or "-h" in argv or "--help" in argv:
        return
    from app.lexicon_worker import LexiconWorker, wanted_here

    rules = None
    files = []
    skip_next = False
    for k, arg in enumerate(argv[1:], 1):
        if skip_next:
            skip_next = False
        elif arg.startswith("--rules="):
            rules = arg[len("--rules="):].split(",")
        elif arg == "--rules" and k + 1 < len(argv):
            rules = argv[k + 1].split(",")
            skip_next = True
        elif arg == "--format":
            skip_next = True
        elif not arg.startswith("-"):
            files.append(arg)
    if not wanted_here([r.strip() for r in rules] if rules is not None else None):
        return
    if rules is None and "--no-cache" not in argv and files:
        from app.storage.result_seen import seen_whole

        if seen_whole(files):
            _worker_skipped = True
            return
    _worker = LexiconWorker.start()


_worker_skipped = False  # main() did not start the worker: the cache knew the files whole


def take_worker() -> LexiconWorker | None:
    """Take the worker main() started (None if it did not)."""
    global _worker
    worker, _worker = _worker, None
    return worker


def check(args: argparse.Namespace) -> int:
    """Without the cyclic garbage collector while the files are checked: a check allocates
    some million objects (paragraphs, tokens, findings, the caches by text) and keeps most
    of them to the end, so each of the collector's passes walks a growing heap to free
    almost nothing (~6 % of `check`'s own instructions on the corpus ×3); the command is
    bounded and its process ends after it. The collector is switched back on afterwards for
    a caller that runs the command in its own process (the tests, a script)."""
    import gc

    rules = [r.strip() for r in args.rules.split(",")] if args.rules else None
    worker = take_worker()
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _check_files(args, rules, worker)
    finally:
        if collecting:
            gc.enable()
        if worker is not None:
            worker.close()


def _check_files(args: argparse.Namespace, rules: list[str] | None,
                 worker: LexiconWorker | None) -> int:
    store = _result_store(args, rules)
    runner = None
    if store is not None:
        from app.lexicon_results import CachedLexicon

        runner = CachedLexicon(store, worker, may_start=_worker_skipped)
    try:
        return _check_each(args, rules, worker, runner)
    finally:
        if runner is not None and runner.worker is not worker and runner.worker is not None:
            runner.worker.close()  # one it started itself


def _check_each(args: argparse.Namespace, rules: list[str] | None,
                worker: LexiconWorker | None, runner: CachedLexicon | None) -> int:
    from app.engine import analyze

    results = []
    status = 0
    for n, path in enumerate(args.files, 1):
        stamp = None
        if runner is not None:
            from app.storage.result_cache import file_stamp

            stamp = file_stamp(path)  # (before it is read: a later change makes it unknown)
        try:
            doc = load_document(path)
        except ReportDeskError as err:
            print(f"reportdesk: {err}", file=sys.stderr)
            status = 2
            continue
        side = False
        if doc.side_parts:
            from app.side_checks import has_side_text

            side = has_side_text(doc)
        if runner is not None:
            runner.prefetch(doc.texts)  # (the worker's head start: see LexiconWorker.prefetch)
            # (a worker with nothing to do is ended: not while the side parts are to come)
            runner.last = n == len(args.files) and not side
            findings = analyze(doc, rules, runner).findings
        else:
            if worker is not None:
                worker.prefetch(doc.texts)
            findings = analyze(doc, rules, worker).findings
        whole = runner is not None and runner.whole
        if side:  # headers, footers, notes, text boxes: their text checks, the lexicon's
            # families through the same runner or worker as the body's (app/side_checks.py)
            from app.side_checks import side_findings

            if runner is not None:
                runner.last = n == len(args.files)
            findings += side_findings(doc, rules, runner if runner is not None else worker)
            whole = whole and runner is not None and runner.whole
        if runner is not None and runner.store is not None:
            runner.store.note_file(stamp, whole)
        if not args.no_ignores:
            findings = [f for f in findings if not f.ignored]
        results.append((path, findings))
        if findings and status == 0:
            status = 1
        if n < len(args.files):
            import gc

            gc.collect(0)  # (off in _check) the file's document and analysis, before the next
    for running in (worker, runner.worker if runner is not None else None):
        if running is not None:
            running.finish()  # it ends while the report is written
    if args.format == "json":
        from app.json_text import dumps

        payload = {"files": [{"path": p, "findings": _findings_json(fs)} for p, fs in results]}
        print(dumps(payload))
    elif args.format == "sarif":
        from app.json_text import dumps
        from app.reports import sarif_report

        print(dumps(sarif_report(results)))
    else:
        from app.reports import text_report

        sys.stdout.write(text_report(results))
    if runner is not None and runner.store is not None:
        runner.store.save()  # (after the report: the user has it already)
    from app import regex_cache

    regex_cache.save()
    return status


def _result_store(args: argparse.Namespace, rules: list[str] | None) -> ResultStore | None:
    """The data folder's cache of the lexicon families' findings (app/lexicon_results.py), or
    None with --no-cache or when no lexicon family is wanted."""
    from app.lexicon_worker import wanted_here

    if args.no_cache or not wanted_here(rules):
        return None
    from app.storage.result_cache import ResultStore

    return ResultStore.open()


def _findings_json(findings: list[Finding]) -> list[dict[str, Any]]:
    seen: dict[int, int] = {}
    return [f.to_json(seen) for f in findings]
