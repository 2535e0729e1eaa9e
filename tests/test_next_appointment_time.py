"""A record's 下次预约 keeps its time with its day (clinical v013): saved with a draft, signed
with the record (and covered by the signature, while the records signed before the time was
kept keep their digests), printed as "YYYY-MM-DD HH:MM"."""

from __future__ import annotations

import pytest

from station_desk.domain.records import sessions, signing
from station_desk.domain.records.common import ValidationError
from station_desk.reports.docs_records import session_fields
from station_desk.storage.database import DatabaseError
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def test_the_next_appointment_keeps_its_time(world: World) -> None:
    cid = world.client()
    draft = sessions.save_draft(world.lin, cid, full_input(
        world.today, next_appointment="2026-11-09", next_appointment_time="15:30"))
    assert (draft.next_appointment, draft.next_appointment_time) == ("2026-11-09", "15:30")
    assert draft.next_shown == "2026-11-09 15:30"
    assert draft.as_input().next_appointment_time == "15:30"  # reopened, the form gets it
    # a time without a day is not kept (the pickers unticked); a bad time is refused
    none = sessions.save_draft(world.lin, cid, full_input(world.today,
                                                          next_appointment_time="15:30"),
                               draft.id)
    assert (none.next_appointment, none.next_appointment_time, none.next_shown) == ("", "", "")
    with pytest.raises(ValidationError) as info:
        sessions.save_draft(world.lin, cid, full_input(
            world.today, next_appointment="2026-11-09", next_appointment_time="25:00"),
            draft.id)
    assert [p.field for p in info.value.problems] == ["next_appointment_time"]
    sessions.save_draft(world.lin, cid, full_input(
        world.today, next_appointment="2026-11-09", next_appointment_time="15:30"), draft.id)
    signed = sessions.sign_session(world.lin, cid, draft.id, password=PASSWORD)
    assert signed.next_shown == "2026-11-09 15:30"
    assert ("下次预约", "2026-11-09 15:30") in session_fields(signed)
    # signed: the time is as fixed as the day, and the signature covers it
    with pytest.raises(DatabaseError, match="immutable"):
        world.admin.db.execute(
            "UPDATE sessions SET next_appointment_time = '16:00' WHERE id = ?", (signed.id,))
    assert signing.first_altered(world.admin) is None


def test_a_record_without_a_time_keeps_the_digest_it_was_signed_with() -> None:
    """The column came after records were signed: empty, it is left out of the digest, so a
    record signed before it (and one with only a day) hashes as it did."""
    before = tuple(c for c in signing.SESSION_SIGNED if c != "next_appointment_time")
    row = {c: f"value of {c}" for c in signing.SESSION_SIGNED}
    row["next_appointment_time"] = ""
    assert signing._digest("session", signing.SESSION_SIGNED,
                           [row[c] for c in signing.SESSION_SIGNED]) == signing._digest(
        "session", before, [row[c] for c in before])
    row["next_appointment_time"] = "15:30"
    assert signing._digest("session", signing.SESSION_SIGNED,
                           [row[c] for c in signing.SESSION_SIGNED]) != signing._digest(
        "session", before, [row[c] for c in before])


def test_a_day_only_record_prints_the_day(world: World) -> None:
    cid = world.client()
    draft = sessions.save_draft(world.lin, cid, full_input(world.today,
                                                           next_appointment="2026-11-09"))
    assert draft.next_appointment_time == "" and draft.next_shown == "2026-11-09"
    assert ("下次预约", "2026-11-09") in session_fields(draft)
