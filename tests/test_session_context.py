"""What the session form reads when it opens: the file's name and number, the day's booking
(booked or already attended), the last plan this counsellor may read, the next number."""

from __future__ import annotations

import datetime as dt

import pytest

from station_desk.domain.records import appointments, files, sessions
from station_desk.domain.records.session_context import session_context
from station_desk.errors import StationDeskError
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def test_the_form_knows_whose_file_the_booking_and_the_last_plan(world: World) -> None:
    cid = world.client()
    empty = session_context(world.lin, cid, world.today)
    assert (empty.name, empty.booking, empty.last_plan, empty.last_session_no) == (
        "张小敏", None, "", None)
    booked = appointments.book_appointment(world.front, cid, "2026-11-03T10:00",
                                           "2026-11-03T10:50")
    sessions.sign_session(world.lin, cid, None, full_input(world.today, plan="一周后复诊"),
                          password=PASSWORD)
    files.share_case(world.lin, cid, world.he.user.id)
    sessions.sign_session(world.he, cid, None, full_input(world.today, restricted=True,
                                                          plan="何的高度保密计划"),
                          password=PASSWORD)
    sessions.save_draft(world.lin, cid, full_input(world.today, plan="草稿里的计划"))
    found = session_context(world.lin, cid, dt.date(2026, 11, 3))
    assert found.booking == booked and found.default_times == ("10:00", "10:50")
    # the colleague's restricted record and the draft are not offered; the numbering
    # counts every record, as the next one will be numbered
    assert found.last_plan == "一周后复诊" and found.last_session_no == 3
    with pytest.raises(StationDeskError):
        session_context(world.front, cid, world.today)  # reception writes no records
