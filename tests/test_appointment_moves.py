"""Moving a booking, as the calendar's drag does: before the move the domain says what the
new time runs into. The counsellor's or the room's other booking refuses it (as the move
itself would); other bookings at that time are only named, for the station to be warned."""

from __future__ import annotations

import pytest

from station_desk.domain.records import appointments
from station_desk.domain.records.common import ValidationError
from station_desk.errors import StationDeskError
from test_records_world import World, world_fixture  # noqa: F401

# The world's clock stands at 2026-11-02 17:00 station time.
DAY = "2026-11-03"


def _uid(world: World, username: str) -> int:
    return int(world.admin.db.scalar("SELECT id FROM users WHERE username = ?", (username,)))


def test_a_move_is_checked_before_it_is_made(world: World) -> None:
    mine = world.client()
    other = world.client(name="李四")
    item = appointments.book_appointment(world.front, mine, f"{DAY}T09:00", f"{DAY}T09:50")
    beside = appointments.book_appointment(world.front, other, f"{DAY}T14:00", f"{DAY}T14:50",
                                           counsellor_id=_uid(world, "he"), room="")
    # a free time: nothing in the way
    assert appointments.check_move(world.front, item.id, f"{DAY}T11:00", f"{DAY}T11:50") == []
    # another counsellor's booking at that time: named, not refused
    found = appointments.check_move(world.front, item.id, f"{DAY}T14:30", f"{DAY}T15:20")
    assert [a.id for a in found] == [beside.id]
    # the same counsellor (or room) taken: refused, as the move would be
    same = appointments.book_appointment(world.front, other, f"{DAY}T16:00", f"{DAY}T16:50")
    with pytest.raises(StationDeskError) as info:
        appointments.check_move(world.front, item.id, f"{DAY}T16:00", f"{DAY}T16:50")
    assert info.value.code in ("appointment_counsellor_busy", "appointment_room_busy")
    assert same.id not in [a.id for a in found]
    # the past: refused
    with pytest.raises(ValidationError):
        appointments.check_move(world.front, item.id, "2026-11-01T09:00", "2026-11-01T09:50")
    # checking writes nothing: the booking is where it was, and no move is audited
    assert appointments.get_appointment(world.front, item.id).starts_at == f"{DAY}T09:00"
    assert not world.admin.audit.query(action="appointment.move")
    moved = appointments.move_appointment(world.front, item.id, f"{DAY}T14:30", f"{DAY}T15:20")
    assert moved.starts_at == f"{DAY}T14:30"
    assert world.admin.audit.query(action="appointment.move")


def test_a_cancelled_booking_is_not_moved(world: World) -> None:
    cid = world.client()
    item = appointments.book_appointment(world.front, cid, f"{DAY}T09:00", f"{DAY}T09:50")
    cancelled = appointments.book_appointment(world.front, cid, f"{DAY}T11:00", f"{DAY}T11:50")
    appointments.cancel_appointment(world.front, cancelled.id)
    with pytest.raises(StationDeskError) as info:
        appointments.check_move(world.front, cancelled.id, f"{DAY}T12:00", f"{DAY}T12:50")
    assert info.value.code == "appointment_cancelled"
    assert appointments.check_move(world.front, item.id, f"{DAY}T10:00", f"{DAY}T10:50") == []


def test_a_booking_is_checked_as_a_move_is(world: World) -> None:
    """A new booking asks the same before it is made (`check_booking`): a taken counsellor
    or room refuses as booking would; other bookings at that time are only named."""
    mine = world.client()
    other = world.client(name="李四")
    beside = appointments.book_appointment(world.front, other, f"{DAY}T14:00", f"{DAY}T14:50",
                                           counsellor_id=_uid(world, "he"), room="")
    assert appointments.check_booking(world.front, mine, f"{DAY}T11:00", f"{DAY}T11:50") == []
    found = appointments.check_booking(world.front, mine, f"{DAY}T14:30", f"{DAY}T15:20",
                                       room="")
    assert [a.id for a in found] == [beside.id] and found[0].client_name == "李四"
    # the file's own counsellor taken: refused with the counsellor's name
    appointments.book_appointment(world.front, other, f"{DAY}T16:00", f"{DAY}T16:50",
                                  counsellor_id=_uid(world, "lin"), room="")
    with pytest.raises(StationDeskError) as info:
        appointments.check_booking(world.front, mine, f"{DAY}T16:20", f"{DAY}T17:10")
    assert info.value.code == "appointment_counsellor_busy"
    # the room taken (another counsellor): refused with the room
    appointments.book_appointment(world.front, other, f"{DAY}T10:00", f"{DAY}T10:50",
                                  counsellor_id=_uid(world, "he"), room="counselling")
    with pytest.raises(StationDeskError) as info:
        appointments.check_booking(world.front, mine, f"{DAY}T10:00", f"{DAY}T10:50",
                                   room="counselling")
    assert info.value.code == "appointment_room_busy"
    with pytest.raises(ValidationError):
        appointments.check_booking(world.front, mine, "2026-11-01T09:00", "2026-11-01T09:50")
    # checking writes nothing
    assert [a.id for a in appointments.client_appointments(world.front, mine)] == []
    booked = appointments.book_appointment(world.front, mine, f"{DAY}T14:30", f"{DAY}T15:20",
                                           room="")
    assert booked.starts_at == f"{DAY}T14:30"
