"""Two lexicon workers where the system cannot fork (Windows, macOS): `check` starts a second
worker beside the first and hands each a part of the units; the reply put together is the one
worker's reply (app/lexicon_worker.py).

Why: on Linux the lexicon worker, once loaded, forks, and its copy finds part of the units on
the second core (app/lexicon_fork.py). Without a fork the one worker finds every unit itself
while `check`'s own process, its rules done, waits with a core idle: on the corpus x3 the
units are ~3.7 G instructions, about two thirds of the worker's time. A second worker started
with the first loads the lexicon again (its start, ~1.3 G, on a core of its own, beside the
first's and `check`'s own work) and then takes half of the units: the first check waits for
the start and half of the units instead of the start and all of them. (A frozen build starts
no worker at all, app/lexicon_worker.py: the pair serves `check` run from an installed Python.)

Used only where no fork splits the units (:func:`app.lexicon_fork.can_fork`) and the machine
has a core for each of the three processes (:func:`pair_wanted`: three cores or more, and where
the system keeps a load average, no other work on them); REPORTDESK_LEXICON_PAIR=0 never starts
the second, =1 starts it wherever the first starts (tests, benchmarks). Each unit's findings
depend on the unit alone (app/lexicon_results.py), so a unit found by either worker is the one
the other would find; the parts are joined as the fork's are (:func:`app.lexicon_fork.join`).
Whatever goes wrong with the second worker (it cannot start, dies, garbles its reply) the first
finds its part; if the first fails, `check` finds the units itself, as with one worker.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from app.lexicon_worker import LexiconWorker, free_core

if TYPE_CHECKING:
    import subprocess
    from collections.abc import Iterable

    from app.engine import Analysis
    from app.lexicon_results import UnitReply
    from app.model import Document, Role

SETTING = "REPORTDESK_LEXICON_PAIR"
MIN_CHARS = 4_000  # fewer characters to find: the first worker alone (one unit after an edit)
SHARE = 0.5  # the second worker's share of the characters (the two do the same work)


def pair_wanted() -> bool:
    """Whether `check` starts a second worker: never where the first forks its units, and only
    with a core for each of `check`, the first and the second (unless SETTING says)."""
    setting = os.environ.get(SETTING, "")
    if setting in ("0", "1"):
        return setting == "1"
    from app.lexicon_fork import can_fork

    return not can_fork() and free_core(spare=2)


def paired(first: LexiconWorker) -> LexiconWorker:
    """``first`` (just started, so that a second never delays it) with a second worker beside it
    where :func:`pair_wanted`, else ``first`` alone; also alone when the second cannot start.
    The second never forks its units (the pair is the split); where REPORTDESK_LEXICON_PAIR=1
    forces a pair on Linux, REPORTDESK_LEXICON_SPLIT=0 keeps the first from forking too."""
    if first._proc is None or not pair_wanted():
        return first
    partner = LexiconWorker.spawn({**os.environ, "REPORTDESK_LEXICON_SPLIT": "0"})
    if partner is None:
        return first
    pair, first._proc = WorkerPair(first._proc, partner), None  # (the process is the pair's)
    return pair


class WorkerPair(LexiconWorker):
    """The first worker (this object's own process) with a second, ``partner``: a request of
    units is split between them, anything else goes to the first alone."""

    def __init__(self, proc: subprocess.Popen[bytes], partner: LexiconWorker | None) -> None:
        super().__init__(proc)
        self._partner = partner
        self._part: tuple[list[str], list[Role], list[str]] | None = None  # the partner's

    def _split(self, texts: list[str]) -> int | None:
        """Where to cut ``texts`` (the partner takes ``texts[:cut]``), or None to leave them
        all to the first worker."""
        if self._partner is None:
            return None
        from app.lexicon_fork import share_cut

        return share_cut(texts, SHARE, MIN_CHARS)

    def prefetch(self, texts: Iterable[str]) -> None:
        """The texts sent ahead, split as a request of the same units would be: each worker
        fills its caches with the part it will be asked for."""
        ahead = list(dict.fromkeys(t for t in texts if t.strip()))
        cut = self._split(ahead)
        if cut is None or self._partner is None:
            super().prefetch(ahead)
            return
        self._partner.prefetch(ahead[:cut])
        super().prefetch(ahead[cut:])

    def submit_units(self, texts: list[str], roles: list[Role], modules: list[str]) -> None:
        cut = self._split(texts)
        self._part = None
        if cut is None or self._partner is None:
            super().submit_units(texts, roles, modules)
            return
        self._part = (texts[:cut], roles[:cut], modules)
        self._partner.submit_units(*self._part)
        super().submit_units(texts[cut:], roles[cut:], modules)

    def collect_units(self) -> tuple[UnitReply, bool] | None:
        from app.lexicon_fork import join

        part = self._part
        rest = super().collect_units()  # (a failure closes the pair: the partner is ended)
        self._part = None
        if part is None or rest is None:
            return rest  # None: `check` finds every unit itself, as after one worker's failure
        first = self._partner.collect_units() if self._partner is not None else None
        if first is not None and (set(first[0]) != set(rest[0]) or
                                  any(len(units) != len(part[0]) for units in first[0].values())):
            first = None  # a garbled reply: as if the partner had failed
        if first is None:  # the first worker finds the partner's part too
            self._drop_partner()
            super().submit_units(*part)
            first = super().collect_units()
            if first is None:
                return None
        return join(first, rest, len(part[0]))

    def submit(self, doc: Document, analysis: Analysis, rules: Iterable[str] | None) -> None:
        """A whole document (not in units) goes to the first worker alone."""
        self._part = None
        super().submit(doc, analysis, rules)

    def _drop_partner(self) -> None:
        partner, self._partner = self._partner, None
        if partner is not None:
            partner.discard()

    def discard(self) -> None:
        self._drop_partner()
        super().discard()

    def finish(self) -> None:
        if self._partner is not None:
            self._partner.finish()
        super().finish()

    def close(self) -> None:
        partner, self._partner = self._partner, None
        if partner is not None:  # ended at once while it still finds a part nobody will read
            if self._part is not None:
                partner.discard()
            else:
                partner.close()
        super().close()
