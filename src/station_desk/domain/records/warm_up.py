"""Warming the page cache after unlock: the pages the first searches and the file list read.

Why: on the vault every page is decrypted and its HMAC checked the first time a connection
reads it (about 10 µs a page on the 2-core machine); the plain copy only copies it from the
operating system's cache. The first name search after unlock reads about 110 pages, the first
note search about 290 (measured by tracing the reads on the benchmark's 1,000,000-session
copy, docs/benchmarks/README.md), so the first of each is up to 1.5 times as slow as on plain
SQLite, and as fast once the pages are cached (64 MiB per file, storage/database.py).

What: the b-trees those screens read, newest rows first (the file list and a search's first
page show the newest), each up to a number of rows, in the order a counsellor meets them:

| step | b-tree | rows at most | pages at 100,000 files / 1,000,000 sessions |
|---|---|---:|---:|
| files' search index | client_fts (its index and data) | 20,000 blocks | ~2,800 |
| the directory | clients | 100,000 | ~6,600 |
| "has a consent" | consents by file | 150,000 | ~260 |
| notes' search index | session_fts's segment index | all | ~70 |
| newest records | sessions | 12,000 | ~1,900 |

About 10,000 pages of station.db (40 MiB) and 2,000 of clinical.db (8 MiB): inside the page
cache of each file, so warming evicts nothing and adds at most about 50 MB of memory (a
cached page costs a little more than its 4 KiB), far inside the 400 MB target.

How it behaves: `WarmUp.run` reads in small chunks (a few milliseconds each) and asks
`should_stop` between them; the app runs it on the operations worker after the main window
is up (ui/operations.py `background`), and it gives way as soon as the user asks for anything
else, carrying on after that: a search never waits more than one chunk. `budget_ms` bounds
the time spent reading over all its turns (the clock is injected, so tests need no timing).
It ends for good when the session locks or closes. Rows are read by key (`rowid < last`),
never OFFSET, so a chunk costs what the pages it reads cost. Only a count comes back: the
pages are read and cached, nothing of a record leaves the database or is kept in Python.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from station_desk.domain.session import Session

BUDGET_MS = 400.0  # about 12,000 pages on the 2-core machine; a bound, not the usual cost
CHUNK_ROWS = 2000  # a few milliseconds of reading between two looks at `should_stop`
_TOP = 1 << 62  # above every rowid (FTS5 block ids included)


@dataclass(frozen=True)
class Step:
    name: str
    table: str  # read by rowid, newest first; or a WITHOUT ROWID table read whole
    rows: int | None  # at most this many rows (None: the whole table, for small ones)
    clinical: bool = False  # in clinical.db: skipped when the compartment is not attached
    chunk: int = CHUNK_ROWS
    by: str = "rowid"  # the integer key read newest first ("" for a whole small table)
    source: str = ""  # FROM clause when it is not the table itself (an index to read)


PLAN: tuple[Step, ...] = (
    Step("client_fts_idx", "client_fts_idx", None, by=""),
    Step("client_fts_data", "client_fts_data", 20_000, chunk=500),
    Step("clients", "clients", 100_000, source="clients NOT INDEXED"),
    Step("consents_client", "consents", 150_000, by="client_id",
         source="consents INDEXED BY consents_client", chunk=20_000),
    Step("session_fts_idx", "session_fts_idx", None, clinical=True, by=""),
    Step("sessions", "sessions", 12_000, clinical=True, chunk=1000,
         source="sessions NOT INDEXED"),
)


class WarmUp:
    """One warm-up of a session's connection, run in turns: `run` reads until it is done,
    out of budget, or asked to give way, and the next `run` carries on where it stopped."""

    def __init__(self, session: Session, *, budget_ms: float = BUDGET_MS,
                 plan: tuple[Step, ...] = PLAN,
                 clock: Callable[[], float] = time.perf_counter) -> None:
        self.session = session
        self.budget_ms = budget_ms
        self.plan = plan
        self.clock = clock
        self.rows: dict[str, int] = {}
        self.chunks = 0
        self.turns = 0
        self.ms = 0.0  # time spent reading, over every turn
        self.ended = ""  # "" while there is more; "done", "budget" or "closed" at the end
        self._step = 0
        self._below = _TOP

    def as_json(self) -> dict[str, object]:
        return {"rows": dict(self.rows), "chunks": self.chunks, "turns": self.turns,
                "ms": round(self.ms, 1), "ended": self.ended or "gave way"}

    def run(self, should_stop: Callable[[], bool] = lambda: False) -> bool:
        """Read until done (True) or until `should_stop()` (False: call again to go on)."""
        self.turns += 1
        db = self.session.db
        while not self.ended:
            if self.session.locked or db.closed:
                self.ended = "closed"
                break
            if self.ms >= self.budget_ms:
                self.ended = "budget"
                break
            if should_stop():
                return False
            began = self.clock()
            try:
                self._chunk()
            except Exception:
                if not db.closed:
                    raise
                self.ended = "closed"  # signed out under it: nothing more to warm
            finally:
                self.ms += (self.clock() - began) * 1000
        return True

    def _chunk(self) -> None:
        """One chunk of the current step (or the whole of a small one); moves on when the
        step has read its rows."""
        if self._step >= len(self.plan):
            self.ended = "done"
            return
        step = self.plan[self._step]
        db = self.session.db
        if step.clinical and not db.has_clinical:
            self._next()
            return
        source = step.source or step.table
        self.chunks += 1
        if not step.by:  # small: one statement
            self.rows[step.name] = int(db.scalar(f"SELECT count(*) FROM {source}") or 0)
            self._next()
            return
        read = self.rows.setdefault(step.name, 0)
        want = step.chunk if step.rows is None else min(step.chunk, step.rows - read)
        # One row back per chunk: the pages are what is wanted, not the keys.
        count, lowest = db.one(f"SELECT count(*), min(k) FROM (SELECT {step.by} AS k"
                               f" FROM {source} WHERE {step.by} < ?"
                               f" ORDER BY {step.by} DESC LIMIT ?)", (self._below, want))
        self.rows[step.name] = read + count
        self._below = lowest if lowest is not None else self._below
        if count < want or (step.rows is not None and self.rows[step.name] >= step.rows):
            self._next()

    def _next(self) -> None:
        self._step += 1
        self._below = _TOP
