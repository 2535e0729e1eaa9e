"""The file list's rows: where each case stands at a glance, and who sees which part of it
(reception books, so it sees the next booking; only those who read a case see its last
session, risk and open crisis, and only from records they may read)."""

from __future__ import annotations

import datetime as dt

from station_desk.domain.clock import STATION_TZ
from station_desk.domain.records import appointments, crises, sessions
from station_desk.domain.records.file_list import listed_files
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), STATION_TZ)


def test_each_row_shows_where_the_case_stands_to_whom_it_may(world: World) -> None:
    today = world.today
    mine = world.client(world.lin, "张小敏")
    quiet = world.client(world.lin, "李四")
    theirs = world.client(world.he, "王五")
    earlier = today - dt.timedelta(days=7)
    sessions.sign_session(world.lin, mine, None, full_input(earlier, risk_level="high"),
                          password=PASSWORD)
    sessions.save_draft(world.lin, mine, full_input(today))  # a draft: lin's own, so it counts
    sessions.sign_session(world.he, theirs, None, full_input(earlier), password=PASSWORD)
    crises.open_crisis(world.lin, mine, "high", ["suicidal_thoughts"], ["safety_plan"],
                       "来访者表达轻生念头，已制定安全计划。")
    soon = today + dt.timedelta(days=3)
    appointments.book_appointment(world.front, mine, at(soon, 15), at(soon, 16))
    appointments.book_appointment(world.front, mine, at(soon, 9), at(soon, 10))
    tomorrow = today + dt.timedelta(days=1)
    appointments.book_appointment(world.front, quiet, at(tomorrow, 9), at(tomorrow, 10))
    world.clock.advance(days=1)  # quiet's booking is now past

    rows = {r.id: r for r in listed_files(world.lin, [mine, quiet, theirs])}
    assert list(rows) == [mine, quiet, theirs]
    assert rows[mine].last_session == today.isoformat()
    assert rows[mine].risk_level == "high" and rows[mine].open_crisis is True
    assert rows[mine].next_appointment is not None
    assert rows[mine].next_appointment == f"{soon.isoformat()}T09:00"  # the earlier one
    assert rows[quiet].next_appointment is None  # a booking already past is not "next"
    assert (rows[quiet].last_session, rows[quiet].open_crisis) == (None, False)
    # another counsellor's case: its directory line, nothing clinical
    assert rows[theirs].name == "王五"
    assert (rows[theirs].last_session, rows[theirs].risk_level,
            rows[theirs].open_crisis) == (None, None, None)

    # reception: the booking, never the clinical glance
    front = {r.id: r for r in listed_files(world.front, [mine, theirs])}
    assert front[mine].next_appointment == rows[mine].next_appointment
    assert (front[mine].last_session, front[mine].risk_level, front[mine].open_crisis) == (
        None, None, None)

    # he reads his own case; lin's draft in lin's file is not his to see, nor is the file
    his = {r.id: r for r in listed_files(world.he, [mine, theirs])}
    assert his[theirs].last_session == earlier.isoformat()
    assert his[mine].last_session is None
