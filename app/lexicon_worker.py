"""The lexicon families of `reportdesk check` in a second process, run beside the other rules.

Why: the rule modules that read the Chinese lexicon (wording, typo, particle, repeat,
confusable) cost a fixed ~0.17 s in every process before they look at any text (rjieba builds
its dictionary in Rust holding the GIL, so a thread cannot hide it; our tables load from their
cache), then their own work. `check` starts this worker first thing; while it loads, the command
reads the file, parses the outline and runs every other rule; then it collects the worker's
findings.
On a machine with two cores or more the lexicon's cost then overlaps the rest instead of
adding to it (bench/bench_wording.py measures both ways).

The worker is a fresh interpreter (``subprocess``, never fork: Windows has none), talking pickle
over its stdin and stdout: a request is (texts, roles, wanted rules) of one document, the reply
the findings by module name, or an error. It keeps no state between requests but its caches
and ends at the end of its input. Whatever goes wrong (no second core, a frozen build without a
Python to start, the worker failing to start, dying or raising) the caller runs the modules in
its own process: the findings are the same either way (tests/app/test_lexicon_worker.py).
It is started only where a core is free for it (:func:`free_core`): on a machine already
busy it would only add its own start-up (a second interpreter, the imports) to the same work.
REPORTDESK_LEXICON_WORKER=0 never starts it, =1 starts it on every machine with two cores.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:  # (and pickle, subprocess, threading: imported where used; the worker
    # process itself never needs subprocess, and every import before its loop is waited for)
    import queue
    import subprocess
    from threading import Thread

    from app.engine import Analysis
    from app.findings import Finding
    from app.model import Document, Role

    Reply = dict[str, list[Finding]]
    UnitReply = dict[str, list[list[Finding]]]

# The rule modules the worker runs: every module that needs app.lexicon (a rule module that
# imports it and is not listed here loads rjieba and the lexicon's tables in `check`'s own
# process: ~0.2 s on its critical path; tests/app/test_lexicon_worker.py holds the list to
# the imports).
# Each with its rule ids, as its RULES give them (the test holds them equal): `check --rules`
# and the side parts' checks (app/side_checks.py) tell from them which of these modules a
# selection wants without importing one (app.lexicon_results._wanted_modules).
RULE_IDS: dict[str, tuple[str, ...]] = {
    "app.rules.wording": ("wording/misused",),
    "app.rules.variant": ("wording/variant",),
    "app.rules.typo": ("typo/char", "typo/traditional"),
    "app.rules.dedide": ("particle/attr", "particle/de", "particle/di", "particle/swap"),
    "app.rules.repeat": ("repeat/char", "repeat/word"),
    "app.rules.confusable": ("confusable/word",),
}
MODULES = frozenset(RULE_IDS)
FAMILIES = frozenset(i.split("/")[0] for ids in RULE_IDS.values() for i in ids)  # their families
# the folder holding this app/ package
_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The worker's interpreter starts with -S (no site module: ~20 ms less before its loop, mostly
# the .pth files of site-packages, an editable install's finder among them) and is handed this
# process's sys.path instead, so it imports the very same modules (rjieba from the same
# site-packages, app from _ROOT).
_CODE = ("import sys; sys.path[:0] = sys.argv[1:]; "
         "from app.lexicon_worker import main; main()")


def python_command(code: str, *args: str) -> list[str]:
    """A command running ``code`` in this interpreter without site processing (-S), with
    ``args`` and then this process's module search path (the app folder first) as its
    arguments: ``code`` puts those trailing paths on its own sys.path. The worker and the
    lexicon's cache build (app.lexicon) start their second interpreter this way."""
    paths = [_ROOT, *(p for p in sys.path if isinstance(p, str) and p and p != _ROOT)]
    return [sys.executable, "-S", "-c", code, *args, *paths]


def _command() -> list[str]:
    """The worker's command line."""
    return python_command(_CODE)


def wanted_here(rules: Iterable[str] | None) -> bool:
    """Whether a `check` with these rules (ids or families, None: all) needs the lexicon."""
    return rules is None or any(r.split("/")[0] in FAMILIES for r in rules)


def free_core(spare: int = 1) -> bool:
    """Whether ``spare`` cores are free for workers beside `check`: ``spare`` + 1 cores or more,
    and (where the system keeps a load average) at most all but ``spare`` busy over the last
    minute. On a busy machine a worker only adds its start-up to the same total of work: then
    `check` does it all itself (the second worker of :mod:`app.lexicon_pair` asks for 2)."""
    cores = os.cpu_count() or 1
    if cores < spare + 1:
        return False
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows keeps none
        return True
    return load <= cores - spare


class LexiconWorker:
    """The second process, seen from `check`: :meth:`submit` one document, run the other rules,
    then :meth:`collect` its findings. After a failure it stays closed, and :meth:`collect`
    runs the modules here."""

    handles: frozenset[str] = MODULES  # the rule modules whose findings collect() gives

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self._proc: subprocess.Popen[bytes] | None = proc
        self._writer: Thread | None = None
        self._sent = False

    @classmethod
    def start(cls) -> LexiconWorker | None:
        """A running worker, or None where one would not help or cannot start: turned off
        (REPORTDESK_LEXICON_WORKER=0), no core free for it (unless =1 asks for it anyway), a
        frozen build (it has no Python to start the worker with)."""
        setting = os.environ.get("REPORTDESK_LEXICON_WORKER", "")
        if setting == "0" or getattr(sys, "frozen", False):
            return None
        if setting != "1" and not free_core():
            return None
        worker = cls.spawn()
        if worker is None or cls is not LexiconWorker:
            return worker
        from app.lexicon_pair import paired  # (no fork: a second worker beside it)
        return paired(worker)

    @classmethod
    def spawn(cls, env: dict[str, str] | None = None) -> LexiconWorker | None:
        """Start the worker process (with ``env``, or this one's), or None when it cannot."""
        import subprocess

        try:
            proc = subprocess.Popen(
                _command(), stdin=subprocess.PIPE, env=env,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        except (OSError, ValueError):
            return None
        return cls(proc)

    def submit(self, doc: Document, analysis: Analysis, rules: Iterable[str] | None) -> None:
        """Send one document. The write runs in a thread: the worker reads it only once its
        lexicon is loaded, and the text may be more than the pipe holds."""
        self._send((doc.texts, analysis.roles, None if rules is None else sorted(rules)))

    def prefetch(self, texts: Iterable[str]) -> None:
        """Send the texts of paragraphs whose findings will be asked for soon (the document
        just read, before its outline is parsed): the worker, once its lexicon is loaded, finds
        what it can of them while it waits for the request (see :func:`_speculate`). No reply;
        the request that follows is answered as without it."""
        self._send(("texts", list(dict.fromkeys(t for t in texts if t.strip()))), reply=False)

    def _send(self, message: tuple[object, ...], reply: bool = True) -> None:
        import pickle
        import threading

        if reply:
            self._sent = False
        if self._proc is None or self._proc.stdin is None:
            return
        request = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        stdin = self._proc.stdin
        before = self._writer  # still writing an earlier message: this one goes after it

        def write() -> None:
            if before is not None:
                before.join()
            try:
                stdin.write(request)
                stdin.flush()
            except (OSError, ValueError):
                pass  # the worker is gone: collect() finds out

        self._writer = threading.Thread(target=write, name="lexicon-worker-send", daemon=True)
        self._writer.start()
        if reply:
            self._sent = True

    def submit_units(self, texts: list[str], roles: list[Role], modules: list[str]) -> None:
        """Send the units (distinct paragraphs) whose findings app.lexicon_results wants, each
        module's findings per unit (:func:`app.lexicon_results.unit_findings`)."""
        self._send(("units", texts, roles, modules))

    def collect_units(self) -> tuple[UnitReply, bool] | None:
        """The reply to :meth:`submit_units`, or None after any failure (the caller finds them
        itself; the worker is closed)."""
        reply = self._receive() if self._sent else None
        self._sent = False
        if reply is None:
            self.close()
            return None
        units: tuple[UnitReply, bool] = reply  # type: ignore[assignment]
        return units

    def discard(self) -> None:
        """End a worker that has nothing to do, without waiting for it to load the lexicon
        (closing its input would let it finish loading first): killed, which costs this process
        a system call. It holds no file open for writing but the pipes (its lexicon cache is
        built by a process of its own, and written by a rename)."""
        import contextlib

        proc = self._proc
        self._proc = None
        if proc is None:
            return
        with contextlib.suppress(OSError):
            proc.kill()
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        with contextlib.suppress(OSError):
            proc.wait()

    def collect(self, doc: Document, analysis: Analysis, rules: Iterable[str] | None) -> Reply:
        """The findings of :data:`MODULES` for the document last submitted, by module name:
        the worker's, or (after any failure) found here."""
        reply = self._receive() if self._sent else None
        self._sent = False
        if reply is None:
            self.close()
            return run_modules(doc, analysis, rules)
        found: Reply = reply  # type: ignore[assignment]
        return found

    def _receive(self) -> object | None:
        import pickle

        proc = self._proc
        if proc is None or proc.stdout is None:
            return None
        try:
            if self._writer is not None:
                self._writer.join()
            answer = pickle.load(proc.stdout)
        except Exception:  # a dead or garbled worker: do the work here
            return None
        if isinstance(answer, tuple) and len(answer) == 2 and answer[0] == "ok":
            reply: object = answer[1]
            return reply
        return None

    def finish(self) -> None:
        """No more documents: the worker ends at the end of its input (:meth:`close` then
        waits for it)."""
        import contextlib

        proc = self._proc
        if proc is not None and proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()

    def close(self) -> None:
        """End the worker (it stops at the end of its input)."""
        import subprocess

        proc = self._proc
        if proc is None:
            return
        self.finish()
        self._proc = None
        try:
            proc.wait(timeout=5)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()
        finally:
            if proc.stdout is not None:
                proc.stdout.close()


def run_modules(doc: Document, analysis: Analysis, rules: Iterable[str] | None) -> Reply:
    """The findings of :data:`MODULES` (those ``rules`` select), found in this process."""
    from app.rules import module_findings, selected

    wanted = set(rules) if rules is not None else None
    out: Reply = {}
    for name in sorted(MODULES):
        module = importlib.import_module(name)
        if selected(module, wanted):
            out[name] = module_findings(module, doc, analysis, wanted)
    return out


def main() -> None:
    """The worker process: serve, then leave at once (freeing the lexicon's tables one object
    at a time would keep `check` waiting for nothing). Nor does it intern the words it
    segments, nor collect cyclic garbage: it ends after the command, there is no memory to
    save: the collector's passes over the lexicon's tables and a report's objects cost ~1.5 %
    of the worker's instructions, and what cyclic garbage a command leaves goes with the
    process when the command ends."""
    import gc

    gc.disable()
    from app import regex_cache

    regex_cache.install("worker")
    import app.lexicon

    app.lexicon.INTERN_WORDS = False
    serve()
    regex_cache.save()  # (after the last reply: `check` has its findings already)
    sys.stderr.flush()
    os._exit(0)


def serve(stdin: IO[bytes] | None = None, stdout: IO[bytes] | None = None) -> None:
    """The worker's loop: load the lexicon, then answer each request until the input ends.
    The requests are read by a thread of their own (:func:`_reader`), so that the loop can
    tell while it finds the findings of texts sent ahead (``("texts", texts)``, no reply:
    :func:`_speculate`) whether the request it waits for has come."""
    import pickle
    import queue
    import threading

    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but replies goes into the reply stream
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_reader, args=(stdin, inbox), name="lexicon-worker-read",
                     daemon=True).start()
    from app.lexicon import available, spans

    if available():
        spans("预热")  # rjieba's dictionary and our tables, before the first document comes
    for name in (*MODULES, "app.lexicon_results", "app.incremental_scope"):
        importlib.import_module(name)
    while True:
        request = inbox.get()
        if request is None:
            return
        if request[0] == "texts":  # sent ahead: find what can be found until a request comes
            _speculate(request[1], inbox)
            continue
        answer: tuple[str, object]
        try:
            if request[0] == "units":  # app.lexicon_results: per unit, for the cache (on
                from app.lexicon_fork import unit_findings  # two cores: app/lexicon_fork.py)

                answer = ("ok", unit_findings(*request[1:]))
            else:
                answer = ("ok", _answer(*request))
        except Exception as err:  # reported; the caller does the work itself
            answer = ("error", f"{type(err).__name__}: {err}")
        pickle.dump(answer, stdout, protocol=pickle.HIGHEST_PROTOCOL)
        stdout.flush()


def _reader(stdin: IO[bytes], inbox: queue.SimpleQueue[Any]) -> None:
    """Read the requests into ``inbox``; None at the end of the input (or a garbled one: the
    worker then ends, and the caller does the work itself)."""
    import pickle

    while True:
        try:
            inbox.put(pickle.load(stdin))
        except Exception:  # EOFError at the end; anything else: a broken stream
            inbox.put(None)
            return


def _speculate(texts: list[str], inbox: queue.SimpleQueue[Any]) -> None:
    """Run the modules on each of ``texts`` as a body paragraph of its own, discarding what
    they find, until a request is waiting. Why: the worker has loaded the lexicon before
    `check` has parsed the outline (the roles the request needs), and would sit idle; the
    modules keep the work a paragraph's text alone decides (segmentation, the typo search, the
    particles, the repeats) in their caches by text (app.textcache), so the request finds it
    done. Only those caches are filled: the findings of the request are found by the request,
    as without this."""
    from app.engine import Analysis
    from app.lexicon import available
    from app.model import Document, Role

    if not available():
        return
    modules = [importlib.import_module(name) for name in sorted(MODULES)]
    for text in texts:
        if not inbox.empty():
            return
        doc = Document.from_lines([text])
        analysis = Analysis(roles=[Role.BODY], headings=[], outline=[], groups=[])
        try:
            for module in modules:
                module.check(doc, analysis)
        except Exception:  # the request will meet it again, and report it
            return


def _answer(texts: list[str], roles: list[Role], rules: list[str] | None) -> Reply:
    """What the modules need of a document and its analysis: the texts and the roles."""
    from app.engine import Analysis
    from app.model import Document

    doc = Document.from_lines(texts)
    return run_modules(doc, Analysis(roles=roles, headings=[], outline=[], groups=[]), rules)

