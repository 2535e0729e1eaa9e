"""The warm-up after unlock (domain/records/warm_up.py): it reads each step's newest rows up to
its bound, gives way when asked and carries on where it stopped, keeps to its time budget
(an injected clock: no timing in the test), and ends for good when the session locks."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from station_desk.domain import accounts
from station_desk.domain.clock import iso
from station_desk.domain.records import warm_up
from station_desk.domain.records.warm_up import PLAN, Step, WarmUp
from station_desk.domain.session import Session
from station_desk.tools.demo import load_demo_inputs, populate


@pytest.fixture
def filled(admin: Session) -> Iterator[Session]:
    inputs = load_demo_inputs()
    for member in inputs.staff:
        if member.role != "admin":
            accounts.add_user(admin, member.username, member.display_name, member.role,
                              member.password)
    ids = {r[0]: r[1] for r in admin.db.all("SELECT username, id FROM users")}
    now = admin.clock.now
    populate(admin.db, random.Random(7), inputs, ids, today=now.date(), n_clients=40,
             n_sessions=200, now=iso(now))
    yield admin


def _count(session: Session, table: str) -> int:
    return int(session.db.scalar(f"SELECT count(*) FROM {table}"))


def test_every_step_reads_its_rows_newest_first_up_to_its_bound(filled: Session) -> None:
    done = WarmUp(filled)
    assert done.run() is True
    assert done.ended == "done"
    assert done.rows["clients"] == _count(filled, "clients") == 40
    assert done.rows["sessions"] == _count(filled, "sessions") == 200
    assert done.rows["consents_client"] == _count(filled, "consents")
    assert done.rows["client_fts_data"] == _count(filled, "client_fts_data") > 0
    assert done.rows["session_fts_idx"] == _count(filled, "session_fts_idx") > 0
    assert [s.name for s in PLAN] == list(done.rows)

    # a bound smaller than the table, read in chunks smaller than the bound
    bounded = WarmUp(filled, plan=(Step("sessions", "sessions", 45, clinical=True, chunk=10),))
    assert bounded.run() is True
    assert bounded.rows == {"sessions": 45} and bounded.chunks == 5


def test_it_gives_way_when_asked_and_carries_on_where_it_stopped(filled: Session) -> None:
    plan = (Step("clients", "clients", None, chunk=7),
            Step("sessions", "sessions", None, clinical=True, chunk=30))
    whole = WarmUp(filled, plan=plan)
    whole.run()
    looks = iter([False, False, True] * 100)  # asked to stop after every second chunk
    turns = WarmUp(filled, plan=plan)
    while not turns.run(lambda: next(looks)):
        pass
    assert turns.turns > 3
    assert turns.rows == whole.rows == {"clients": 40, "sessions": 200}
    assert turns.chunks == whole.chunks


def test_it_keeps_to_its_budget(filled: Session) -> None:
    ticks = iter(range(0, 10_000, 5))  # every look at the clock: 5 ms later
    plan = (Step("sessions", "sessions", None, clinical=True, chunk=10),)
    done = WarmUp(filled, plan=plan, budget_ms=12, clock=lambda: next(ticks) / 1000)
    assert done.run() is True
    assert done.ended == "budget"
    assert done.chunks == 3 and done.rows == {"sessions": 30}  # 5 + 5 + 5 ms ≥ 12 ms
    assert done.ms == pytest.approx(15)


def test_it_ends_for_good_when_the_session_locks(filled: Session) -> None:
    done = WarmUp(filled)
    filled.locked = True
    try:
        assert done.run() is True
    finally:
        filled.locked = False
    assert done.ended == "closed" and done.rows == {} and done.chunks == 0


def test_the_plan_stays_inside_the_page_cache() -> None:
    """Each step's bound, at the densest rows the benchmark measured (docs/benchmarks), keeps
    the pages it reads well inside each file's 64 MiB page cache."""
    assert warm_up.BUDGET_MS <= 500
    assert sum(1 for s in PLAN if s.rows is None) == 2  # only the two small segment indexes
    assert all(s.by == "" for s in PLAN if s.rows is None)
