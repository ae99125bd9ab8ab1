"""The lexicon worker's units on two cores (app/lexicon_worker.py): where the system can fork,
the worker, its lexicon loaded, forks once per large request; the copy finds the first part of
the units, the worker the rest, and the worker hands `check` the two parts' findings as one
reply, the very reply it would have found alone.

Why: `check`'s two processes (its own rules, and this worker with the lexicon families) each
have a core, but the worker's part is the longer (its units ~2.4 G instructions after ~1.2 G of
loading rjieba's dictionary and our tables), so `check` waits for it with a core idle. A second
worker started from scratch would load the lexicon again (~1.2 G); a fork shares what is loaded
(copy on write) and starts at once. Nothing else changes: each unit's findings depend on the
unit alone (app/lexicon_results.py, the scopes), so a unit found in the copy is found as it
would be here, and is moved to its place in the reply as the cache moves a unit's findings.

Only on Linux (os.fork; macOS's system frameworks do not survive a fork with threads, Windows
has none), with two cores or more, and for requests of at least MIN_CHARS characters (a
re-check after an edit asks for one unit), and when no other work holds a core right then
(:func:`_busy`); REPORTDESK_LEXICON_SPLIT=0 turns it off, =1 on whatever the machine does.
Whatever goes wrong in the copy (it cannot start, it fails, its reply is garbled), the worker
finds that part itself.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.findings import Finding
    from app.lexicon_results import UnitReply
    from app.model import Role

MIN_CHARS = 20_000  # fewer characters to analyse: no fork (it costs a few ms and a core)
# the copy's share of the characters: a little over half, for the worker also takes the copy's
# reply and joins the two. Callgrind on the corpus x3 (speed22): at 0.53 the copy's units were
# 1,878 M instructions and the worker's 1,648 M (~35 M each per 1 % of the characters: the
# units cost as their characters do), the rest after the fork 49 M in the copy and 90 M in the
# worker (the copy's reply read and joined, the reply written): even at ~0.506. (cold20 had
# already seen the copy end ~50 ms after the worker on a quiet machine; the 0.53 was set from a
# count at 0.50 before the typo family's searches grew.)
COPY_SHARE = 0.51
# the longest unit found before the fork (see unit_findings) has at most this many characters
# (a report's paragraphs have fewer than 2,000)
WARM_MAX = 2_000


def split_at(texts: list[str]) -> int | None:
    """Where to cut the units (the copy takes ``texts[:cut]``): at COPY_SHARE of their
    characters; None when the request is to be found in one process."""
    setting = os.environ.get("REPORTDESK_LEXICON_SPLIT", "")
    if setting == "0" or not can_fork() or \
            (os.cpu_count() or 1) < 2 or (setting != "1" and _busy()):
        return None
    return share_cut(texts, COPY_SHARE, MIN_CHARS)


def can_fork() -> bool:
    """Whether this system's worker shares its units with a fork of itself (Linux only: see
    above); elsewhere `check` may start a second worker instead (app/lexicon_pair.py)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def share_cut(texts: list[str], share: float, min_chars: int) -> int | None:
    """Where ``texts`` reach ``share`` of their characters (the first part is ``texts[:cut]``,
    neither part empty); None for fewer than ``min_chars`` characters or fewer than two texts."""
    total = sum(map(len, texts))
    if total < min_chars or len(texts) < 2:
        return None
    wanted, seen = total * share, 0
    for k, text in enumerate(texts):
        seen += len(text)
        if seen >= wanted:
            return max(1, min(k + 1, len(texts) - 1))
    return None


def _busy() -> bool:
    """More processes ready to run right now than cores, this one and `check`'s counted (the
    kernel's count in /proc/loadavg, "running/total"): other work holds a core, so a copy would
    only share the same cores, and its cost (pages copied on write, caches filled twice: ~0.1 s
    of CPU on the corpus x3) would be lost. The load average would not do: it counts `check`'s
    own processes of the last minute."""
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            running = int(f.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return False
    return running > (os.cpu_count() or 1)


def unit_findings(texts: list[str], roles: list[Role], modules: list[str]
                  ) -> tuple[UnitReply, bool]:
    """app.lexicon_results.unit_findings, its units shared with a forked copy of this process
    when :func:`split_at` says so."""
    from app.lexicon_results import unit_findings as found_here

    cut = split_at(texts)
    if cut is None:
        return found_here(texts, roles, modules)
    # One unit first, here, before the fork: what the modules load on their first paragraph
    # (the set phrases' index read back from the data folder, the shipped tables, confusion
    # sets memoised) is then loaded once and shared, where both processes loaded it after the
    # fork (~95 M instructions each on the corpus x3). The longest of a paragraph's usual
    # length, to reach as many of the modules' paths as one can: a far longer one would be
    # found here alone, with the other core idle. Its per-text work stays in the text caches
    # for whichever process finds that unit.
    warm = max(range(len(texts)),
               key=lambda k: len(texts[k]) if len(texts[k]) <= WARM_MAX else -1)
    found_here(texts[warm:warm + 1], roles[warm:warm + 1], modules)
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return found_here(texts, roles, modules)
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return found_here(texts, roles, modules)
    if pid == 0:  # the copy: the first part, its reply down the pipe, then gone
        os.close(read_end)
        _serve_part(write_end, texts[:cut], roles[:cut], modules)
    os.close(write_end)
    try:
        rest = found_here(texts[cut:], roles[cut:], modules)
        first = _receive(read_end)
    finally:
        os.close(read_end)
        with contextlib.suppress(OSError):
            os.waitpid(pid, 0)
    if first is None or set(first[0]) != set(rest[0]) or \
            any(len(units) != cut for units in first[0].values()):
        first = found_here(texts[:cut], roles[:cut], modules)  # the copy failed: found here
    return join(first, rest, cut)


def _serve_part(fd: int, texts: list[str], roles: list[Role], modules: list[str]) -> None:
    """The forked copy's whole life: find, write the pickled reply, leave at once (no exit
    functions, no buffers of the worker's flushed twice)."""
    status = 1
    try:
        import pickle

        from app.lexicon_results import unit_findings as found_here

        view = memoryview(pickle.dumps(found_here(texts, roles, modules),
                                       protocol=pickle.HIGHEST_PROTOCOL))
        while view:
            view = view[os.write(fd, view):]
        status = 0
    finally:
        os._exit(status)


def _receive(fd: int) -> tuple[UnitReply, bool] | None:
    """The copy's reply, read to its end; None when it is missing or garbled."""
    import pickle

    chunks = []
    try:
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        reply = pickle.loads(b"".join(chunks))
    except Exception:  # a dead copy, a torn pickle: the part is found here
        return None
    if isinstance(reply, tuple) and len(reply) == 2 and isinstance(reply[0], dict):
        return reply
    return None


def join(first: tuple[UnitReply, bool], rest: tuple[UnitReply, bool], cut: int
         ) -> tuple[UnitReply, bool]:
    """One reply from the two parts: the second part's units follow the first's, their
    findings moved from their place in the part (unit ``j``) to the reply's (``cut + j``)."""
    from app.lexicon_results import _at

    out: UnitReply = {}
    for name, units in first[0].items():
        moved: list[list[Finding]] = [[_at(f, cut + j) for f in fs] if fs else []
                                      for j, fs in enumerate(rest[0][name])]
        out[name] = units + moved
    return out, first[1] and rest[1]
