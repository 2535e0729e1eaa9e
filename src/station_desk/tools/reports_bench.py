"""How long the whole case of a busy client takes to print (issue 5: under 1.5 s for 200
sessions). Used by the benchmark command; not a timed test."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from station_desk.domain.auth import sign_in
from station_desk.reports.document import render_document
from station_desk.reports.service import Request, prepare
from station_desk.tools.demo import DEMO_ACCOUNTS, create_demo_vault


def case_pdf_seconds(sessions: int = 200, *, repeat: int = 3, root: Path | None = None,
                     seed: int = 2026) -> float:
    """Best of `repeat` runs of reading and typesetting one client's whole case with
    `sessions` sessions (demo data: one file with all its sessions, addenda, follow-ups,
    crises and referrals), as the counsellor of that file. Builds a throwaway demo vault
    under `root` (a temporary folder by default). Nothing is logged or written."""
    with tempfile.TemporaryDirectory(prefix="sd-bench-") as tmp:
        vault = Path(root or tmp) / "case-bench"
        create_demo_vault(vault, seed=seed, clients=1, sessions=sessions)
        return case_seconds_in(vault, repeat=repeat)


def case_seconds_in(vault: Path, *, repeat: int = 3) -> float:
    """`case_pdf_seconds` on an existing demo vault (its first file)."""
    accounts = {a["username"]: a for a in DEMO_ACCOUNTS()}
    admin = next(a for a in accounts.values() if a["role"] == "admin")
    with sign_in(vault, admin["username"], admin["password"]) as session:
        owner = session.db.scalar("SELECT u.username FROM clients c JOIN users u"
                                  " ON u.id = c.counsellor_id ORDER BY c.id LIMIT 1")
    with sign_in(vault, owner, accounts[owner]["password"]) as session:
        def once() -> None:
            doc = prepare(session, Request("case"))
            render_document(doc, doc_number="BENCH", printed_by="bench",
                            printed_at="2026-01-01 00:00")

        return _best(once, repeat)


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best
