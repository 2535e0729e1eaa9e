"""Attendance of appointments: marking attended / no-show / late-cancelled when it is time,
a record of that day marking the booking attended by itself, the reminders of the next days,
and one count of attendance that the dashboard and the printed monthly report both show."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from station_desk.domain.audit_text import AuditWords
from station_desk.domain.records import appointments, dashboard, sessions
from station_desk.domain.records.common import ValidationError
from station_desk.domain.stats import counts
from station_desk.domain.stats.period import month_period
from station_desk.errors import StationDeskError
from station_desk.reports.data import Reader
from station_desk.reports.docs_station import monthly_data
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401

# The world's clock stands at 2026-11-02 17:00 station time.
TOMORROW = "2026-11-03"


def _code(call: object) -> str:
    with pytest.raises(StationDeskError) as info:
        call()  # type: ignore[operator]
    return info.value.code


def _book(world: World, cid: int, hour: int, day: str = TOMORROW) -> appointments.Appointment:
    return appointments.book_appointment(world.front, cid, f"{day}T{hour:02d}:00",
                                         f"{day}T{hour:02d}:50")


def test_marks_wait_for_the_appointment_and_are_audited(world: World) -> None:
    cid = world.client()
    item = _book(world, cid, 9)
    assert _code(lambda: appointments.mark_attendance(world.front, item.id, "attended")) == \
        "appointment_not_yet"
    assert _code(lambda: appointments.mark_attendance(world.front, item.id, "no_show")) == \
        "appointment_not_yet"
    # 16 hours ahead: calling it off now is a late cancellation
    late = appointments.mark_attendance(world.front, item.id, "late_cancel")
    assert late.status == "late_cancel"
    far = _book(world, cid, 9, "2026-11-10")
    assert _code(lambda: appointments.mark_attendance(world.front, far.id, "late_cancel")) == \
        "appointment_not_late"
    with pytest.raises(ValidationError) as info:
        appointments.mark_attendance(world.front, far.id, "maybe")
    assert info.value.fields == ["status"]
    assert _code(lambda: appointments.mark_attendance(world.front, item.id, "late_cancel")) \
        == "appointment_marked"
    world.clock.advance(days=1)
    corrected = appointments.mark_attendance(world.front, item.id, "attended")
    assert corrected.status == "attended"
    entries = world.admin.audit.query(action="appointment.attendance")
    details = [json.loads(e.detail) for e in entries]
    assert {(d["was"], d["status"]) for d in details} == {("booked", "late_cancel"),
                                                           ("late_cancel", "attended")}
    assert all(e.target == f"file:{item.file_no}" for e in entries)
    words = AuditWords.load(world.admin)  # the audit viewer reads it in words
    said = {words.details(e.detail) for e in entries}
    assert any("原状态：临时取消" in t and "状态：出席" in t for t in said), said
    appointments.cancel_appointment(world.front, far.id)
    assert _code(lambda: appointments.mark_attendance(world.front, far.id, "no_show")) == \
        "appointment_cancelled"
    # a marked booking is no longer "booked": it cannot be moved, and still shows in the day
    assert _code(lambda: appointments.move_appointment(
        world.front, item.id, "2026-11-05T09:00", "2026-11-05T09:50")) == "appointment_cancelled"
    assert [a.status for a in appointments.appointments_between(
        world.front, dt.date(2026, 11, 3))] == ["attended"]


def test_writing_the_days_record_marks_the_booking_attended(world: World) -> None:
    cid = world.client()
    other = world.client(name="李四")
    item = _book(world, cid, 9)
    later = _book(world, cid, 9, "2026-11-05")
    theirs = _book(world, other, 10)
    world.clock.advance(days=1)
    record = sessions.save_draft(world.lin, cid, full_input(world.today, start_time="09:00",
                                                            end_time="09:50"))
    assert appointments.get_appointment(world.front, item.id).status == "attended"
    assert appointments.get_appointment(world.front, later.id).status == "booked"
    assert appointments.get_appointment(world.front, theirs.id).status == "booked"
    entry = world.admin.audit.query(action="appointment.attendance")[0]
    assert json.loads(entry.detail)["record"] == record.id
    # signing writes again; nothing more to mark, no second entry
    sessions.sign_session(world.lin, cid, record.id, password=PASSWORD)
    assert len(world.admin.audit.query(action="appointment.attendance")) == 1


def test_a_refused_signature_marks_nothing(world: World) -> None:
    cid = world.client()
    item = _book(world, cid, 9)
    world.clock.advance(days=1)
    with pytest.raises(StationDeskError):
        sessions.sign_session(world.lin, cid, None, full_input(world.today), password="wrong")
    assert appointments.get_appointment(world.front, item.id).status == "booked"
    sessions.sign_session(world.lin, cid, None, full_input(world.today), password=PASSWORD)
    assert appointments.get_appointment(world.front, item.id).status == "attended"


def test_reminders_of_the_next_days(world: World) -> None:
    cid = world.client()
    mine = _book(world, cid, 9)
    in_three = _book(world, cid, 9, "2026-11-05")
    _book(world, cid, 9, "2026-11-06")  # four days on: not yet
    board = dashboard.dashboard(world.lin)
    assert [a.id for a in board.upcoming] == [mine.id, in_three.id]
    assert [a.id for a in dashboard.dashboard(world.he).upcoming] == []  # not his
    assert [a.id for a in dashboard.dashboard(world.front).upcoming] == [mine.id, in_three.id]
    assert appointments.booked_on(world.front, cid, dt.date(2026, 11, 5)) == [in_three]


def test_attendance_counts_once_for_dashboard_and_report(world: World) -> None:
    cid, other = world.client(), world.client(name="李四")
    came = _book(world, cid, 9)
    missed = _book(world, other, 10)
    late = _book(world, other, 14)
    _book(world, world.client(name="王五"), 15)  # left unmarked
    future = _book(world, cid, 9, "2026-11-20")  # still to come: not expected yet
    gone = _book(world, cid, 11)
    appointments.cancel_appointment(world.front, gone.id)  # ordinary cancellation: nowhere
    appointments.mark_attendance(world.front, late.id, "late_cancel")
    world.clock.advance(days=1)
    sessions.sign_session(world.lin, cid, None, full_input(world.today), password=PASSWORD)
    appointments.mark_attendance(world.front, missed.id, "no_show")
    assert appointments.get_appointment(world.front, came.id).status == "attended"
    assert appointments.get_appointment(world.front, future.id).status == "booked"
    found = counts.attendance(world.admin.db, month_period(2026, 11), "2026-11-03T17:00")
    assert found == counts.Attendance(attended=1, no_show=1, late_cancel=1, unmarked=1)
    assert found.expected == 4
    assert found.rate == pytest.approx(1 / 3)
    board = dashboard.month_counts(world.admin, 2026, 11)
    assert board.attendance == found
    own = dashboard.month_counts(world.he, 2026, 11).attendance
    assert own is not None and own.expected == 0  # a counsellor counts their own
    report = dict(monthly_data(Reader(world.admin), "2026-11").counts)
    assert report["预约出席"] == "应到 4 次：出席 1 次，未到 1 次，临时取消 1 次，未登记 1 次"


def test_dashboard_report_and_export_agree_on_a_past_month(world: World) -> None:
    from station_desk.domain.stats.period import parse_period
    from station_desk.export.collect import Collector

    cid, other = world.client(), world.client(name="李四")
    _book(world, cid, 9)
    missed = _book(world, other, 10)
    _book(world, other, 15)  # never marked
    _book(world, cid, 9, "2026-11-20")  # never marked either, by the month's end
    world.clock.advance(days=1)
    sessions.sign_session(world.lin, cid, None, full_input(world.today), password=PASSWORD)
    appointments.mark_attendance(world.front, missed.id, "no_show")
    world.clock.advance(days=30)  # December: November is over
    board = dashboard.month_counts(world.admin, 2026, 11).attendance
    assert board == counts.Attendance(attended=1, no_show=1, late_cancel=0, unmarked=2)
    report = dict(monthly_data(Reader(world.admin), "2026-11").counts)["预约出席"]
    assert report == "应到 4 次：出席 1 次，未到 1 次，临时取消 0 次，未登记 2 次"
    cells = Collector(world.admin.db, parse_period("2026-11")).collect().model.cells
    exported = tuple(cells[f"appointments.{kind}"].value for kind in counts.ATTENDANCE_KINDS)
    assert exported == (board.attended, board.no_show, board.late_cancel, board.unmarked)
    assert cells["appointments._total"].value == board.expected
