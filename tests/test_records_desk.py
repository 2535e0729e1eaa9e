"""The front-desk and station rules added around the records: appointments (book, move,
cancel, clashes, day and week lists), reception editing a file's registration details, the
admin reassigning a departed counsellor's caseload, editing a logged activity, who may
co-sign, and the autosaves left behind."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from station_desk.domain import accounts
from station_desk.domain.records import (
    access,
    activities,
    appointments,
    dashboard,
    drafts,
    files,
    sessions,
)
from station_desk.domain.records.common import ValidationError
from station_desk.errors import StationDeskError
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401

# The world's clock stands at 2026-11-02 17:00 station time.
TOMORROW = "2026-11-03"


def _code(call: object) -> str:
    with pytest.raises(StationDeskError) as info:
        call()  # type: ignore[operator]
    return info.value.code


def _uid(world: World, username: str) -> int:
    return int(accounts.get_user(world.admin, username).id)


# --------------------------------------------------------------------------- appointments


def test_booking_moving_and_cancelling_an_appointment(world: World) -> None:
    cid = world.client()
    item = appointments.book_appointment(world.front, cid, f"{TOMORROW}T09:00",
                                         f"{TOMORROW}T09:50", room="counselling")
    assert (item.counsellor_name, item.room, item.time_range) == ("林咨询师", "counselling",
                                                                   "09:00–09:50")
    moved = appointments.move_appointment(world.front, item.id, f"{TOMORROW}T10:00",
                                          f"{TOMORROW}T10:50", counsellor_id=_uid(world, "he"),
                                          room="assessment")
    assert (moved.id, moved.starts_at, moved.counsellor_name, moved.room) == (
        item.id, f"{TOMORROW}T10:00", "何咨询师", "assessment")
    entry = world.admin.audit.query(action="appointment.move")[0]
    assert json.loads(entry.detail)["from"] == f"{TOMORROW}T09:00"
    assert entry.target == f"file:{moved.file_no}"
    appointments.cancel_appointment(world.lin, item.id)  # counsellors book and cancel too
    assert appointments.get_appointment(world.front, item.id).status == "cancelled"
    assert _code(lambda: appointments.move_appointment(
        world.front, item.id, f"{TOMORROW}T11:00", f"{TOMORROW}T11:50")) == \
        "appointment_cancelled"
    assert _code(lambda: appointments.cancel_appointment(world.front, item.id)) == \
        "appointment_cancelled"
    assert appointments.appointments_between(world.front, dt.date(2026, 11, 3)) == []
    cancelled = appointments.appointments_between(world.front, dt.date(2026, 11, 3),
                                                  include_cancelled=True)
    assert [a.status for a in cancelled] == ["cancelled"]


def test_appointments_refuse_the_past_bad_times_and_double_bookings(world: World) -> None:
    cid = world.client()
    other = world.client(name="李四")
    with pytest.raises(ValidationError) as info:
        appointments.book_appointment(world.front, cid, "2026-11-02T10:00",
                                      "2026-11-02T09:00", room="nowhere")
    assert set(info.value.fields) == {"starts_at", "ends_at", "room"}
    assert "2026-11-02 17:00" in info.value.message("zh")
    assert _code(lambda: appointments.book_appointment(
        world.front, cid, f"{TOMORROW}T09:00", f"{TOMORROW}T19:00")) == "record_invalid"
    assert _code(lambda: appointments.book_appointment(
        world.front, cid, "tomorrow", f"{TOMORROW}T09:00")) == "record_invalid"
    first = appointments.book_appointment(world.front, cid, f"{TOMORROW}T14:00",
                                          f"{TOMORROW}T14:50", room="counselling")
    # the same counsellor at an overlapping time
    with pytest.raises(StationDeskError) as busy:
        appointments.book_appointment(world.front, other, f"{TOMORROW}T14:30",
                                      f"{TOMORROW}T15:20")
    assert busy.value.code == "appointment_counsellor_busy"
    assert "林咨询师" in busy.value.message("zh") and "14:00–14:50" in busy.value.message("zh")
    assert "李四" not in busy.value.message("zh") and "张小敏" not in busy.value.message("zh")
    # another counsellor, but the same room
    with pytest.raises(StationDeskError) as room:
        appointments.book_appointment(world.front, other, f"{TOMORROW}T14:45",
                                      f"{TOMORROW}T15:30", counsellor_id=_uid(world, "he"),
                                      room="counselling")
    assert room.value.code == "appointment_room_busy"
    assert "咨询室" in room.value.message("zh") and "counselling room" in room.value.message("en")
    # back to back is fine; so is another room
    appointments.book_appointment(world.front, other, f"{TOMORROW}T14:50",
                                  f"{TOMORROW}T15:40", room="counselling")
    appointments.book_appointment(world.front, other, f"{TOMORROW}T14:00",
                                  f"{TOMORROW}T14:50", counsellor_id=_uid(world, "he"),
                                  room="assessment")
    # moving an appointment within its own slot does not clash with itself
    appointments.move_appointment(world.front, first.id, f"{TOMORROW}T13:50",
                                  f"{TOMORROW}T14:40")
    # only active counsellors are booked
    accounts.disable_user(world.admin, "he")
    assert _code(lambda: appointments.book_appointment(
        world.front, cid, f"{TOMORROW}T16:00", f"{TOMORROW}T16:50",
        counsellor_id=_uid(world, "he"))) == "bad_counsellor"
    assert _code(lambda: appointments.book_appointment(
        world.front, cid, f"{TOMORROW}T16:00", f"{TOMORROW}T16:50",
        counsellor_id=_uid(world, "front"))) == "bad_counsellor"


def test_day_and_week_lists_per_role_and_restricted_files(world: World) -> None:
    mine = world.client()
    his = world.client(by=world.he, name="李四")
    secret = world.client(name="王五")
    days = [dt.date(2026, 11, 3), dt.date(2026, 11, 5), dt.date(2026, 11, 9)]
    for n, day in enumerate(days):
        appointments.book_appointment(world.front, mine, f"{day}T09:00", f"{day}T09:50")
        appointments.book_appointment(world.front, his, f"{day}T10:00", f"{day}T10:50")
        if n == 0:
            appointments.book_appointment(world.front, secret, f"{day}T11:00", f"{day}T11:50")
    files.set_file_restricted(world.lin, secret, True)
    monday = appointments.week_start(dt.date(2026, 11, 5))
    assert monday == dt.date(2026, 11, 2)
    week = appointments.appointments_between(world.front, monday, appointments.WEEK)
    assert [(a.day, a.client_id) for a in week] == [
        ("2026-11-03", mine), ("2026-11-03", his), ("2026-11-05", mine), ("2026-11-05", his)]
    assert len(appointments.appointments_between(world.lin, monday, 7, mine=True)) == 3
    assert len(appointments.appointments_between(world.lin, monday, 7)) == 5
    assert [a.client_id for a in appointments.appointments_between(
        world.front, monday, 14, counsellor_id=_uid(world, "he"))] == [his] * 3
    assert [a.day for a in appointments.appointments_between(
        world.front, dt.date(2026, 11, 3))] == ["2026-11-03", "2026-11-03"]
    assert [a.client_id for a in appointments.client_appointments(world.front, mine)] == \
        [mine] * 3
    assert _code(lambda: appointments.client_appointments(world.front, secret)) == "not_found"
    # the dashboards read the same bookings
    world.clock.advance(days=1)
    assert [a.client_id for a in dashboard.dashboard(world.lin).appointments] == [mine, secret]
    assert [a.client_id for a in dashboard.dashboard(world.front).appointments] == [mine, his]


# --------------------------------------------------------------------------- basic details


def test_reception_edits_the_registration_details_with_an_audit_of_what_changed(
        world: World) -> None:
    cid = world.client(key_groups=("migrant",), source="walk_in")
    before = files.basic_details(world.front, cid)
    assert before.name == "张小敏" and before.key_groups == ("migrant",)
    assert not hasattr(before, "risk_level") and not hasattr(before, "closing_summary")
    data = before.as_input()
    changed = files.update_basic_details(world.front, cid, files.ClientInput(
        **{**data.__dict__, "phone": "138-0000-9999", "employer": "示例物流公司",
           "key_groups": ("migrant", "new_employment"),
           "emergency_contact": "丈夫 李某 13900001111"}))
    assert (changed.phone, changed.employer) == ("138-0000-9999", "示例物流公司")
    assert changed.counsellor_name == "林咨询师"  # the counsellor is not touched
    entry = world.admin.audit.query(action="file.edit")[0]
    detail = json.loads(entry.detail)
    assert detail["fields"] == ["phone", "employer", "key_groups", "emergency_contact"]
    assert "9999" not in entry.detail and "物流" not in entry.detail  # names, not values
    assert entry.username == "front" and entry.target == f"file:{changed.file_no}"
    # the finder sees the new phone and unit at once
    from station_desk.domain.records import search

    assert search.client_ids(world.front, "9999") == [cid]
    assert search.client_ids(world.front, "物流") == [cid]
    # saving unchanged details writes nothing
    files.update_basic_details(world.front, cid, changed.as_input())
    assert len(world.admin.audit.query(action="file.edit")) == 1
    # a counsellor and the admin may correct them too (no reason needed: nothing clinical)
    files.update_basic_details(world.admin, cid, files.ClientInput(
        **{**changed.as_input().__dict__, "job_type": "driver"}))
    assert files.basic_details(world.lin, cid).job_type == "driver"


def test_basic_details_refuse_bad_input_and_restricted_files(world: World) -> None:
    cid = world.client()
    data = files.basic_details(world.front, cid).as_input()
    with pytest.raises(ValidationError) as info:
        files.update_basic_details(world.front, cid, files.ClientInput(
            **{**data.__dict__, "name": "", "phone": "call me", "industry": "spaceflight"}))
    assert set(info.value.fields) == {"name", "phone", "industry"}
    assert files.basic_details(world.front, cid).name == "张小敏"
    # a pseudonym may stay empty: the file keeps a generated one
    anon = files.update_basic_details(world.front, cid, files.ClientInput(
        **{**data.__dict__, "name": "", "is_pseudonym": True}))
    assert anon.is_pseudonym and anon.name.startswith("匿名来访者")
    # 𰻞 and emoji are kept as typed
    rare = files.update_basic_details(world.front, cid, files.ClientInput(
        **{**data.__dict__, "name": "赵𰻞敏😀"}))
    assert rare.name == "赵𰻞敏😀"
    files.set_file_restricted(world.lin, cid, True)
    for other in (world.front, world.admin, world.he):
        assert _code(lambda s=other: files.update_basic_details(s, cid, data)) == "not_found"
        assert _code(lambda s=other: files.basic_details(s, cid)) == "not_found"
    files.update_basic_details(world.lin, cid, data)  # the one who restricted it may


# --------------------------------------------------------------------------- reassigning


def test_admin_reassigns_a_departed_counsellors_caseload(world: World) -> None:
    he, lin = _uid(world, "he"), _uid(world, "lin")
    open_one = world.client(by=world.he, name="甲")
    closed = world.client(by=world.he, name="乙")
    secret = world.client(by=world.he, name="丙")
    shared = world.client(by=world.he, name="丁")
    mine = world.client(name="戊")
    sessions.sign_session(world.he, open_one, sessions.save_draft(
        world.he, open_one, full_input(world.today)).id, password=PASSWORD)
    files.close_case(world.he, closed, "问题缓解，结案。")
    files.set_file_restricted(world.he, secret, True)
    files.share_case(world.he, shared, lin)
    future = appointments.book_appointment(world.front, open_one, f"{TOMORROW}T09:00",
                                           f"{TOMORROW}T09:50")
    accounts.disable_user(world.admin, "he")

    loads = {c.name: c for c in files.counsellor_loads(world.admin)}
    assert loads["何咨询师"].disabled and loads["何咨询师"].open_files == 3
    assert loads["何咨询师"].all_files == 4 and loads["林咨询师"].open_files == 1
    listed = files.caseload(world.admin, he)
    assert [c.id for c in listed] == [open_one, secret, shared]
    masked = next(c for c in listed if c.id == secret)
    assert masked.restricted and masked.name == "" and "XL-" not in masked.file_no
    assert _code(lambda: files.counsellor_loads(world.lin)) == "forbidden"
    assert _code(lambda: files.reassign_caseload(world.front, he, lin)) == "forbidden"
    assert _code(lambda: files.reassign_caseload(world.admin, he, he)) == "bad_counsellor"
    assert _code(lambda: files.reassign_caseload(world.admin, lin, lin)) == "record_invalid"
    assert _code(lambda: files.reassign_caseload(world.admin, he, _uid(world, "front"))) == \
        "bad_counsellor"
    assert _code(lambda: files.reassign_caseload(world.admin, _uid(world, "front"), lin)) == \
        "not_found"

    moved = files.reassign_caseload(world.admin, he, lin, note="何咨询师离职")
    assert moved == 3
    assert files.caseload(world.admin, he, include_closed=True)[0].id == closed
    # the admin read nothing: no break-the-glass, no file.view
    assert world.admin.audit.query(action="file.break_glass") == []
    entries = world.admin.audit.query(action="file.reassign")
    assert len(entries) == 3 and all(json.loads(e.detail)["note"] is True for e in entries)
    note = world.admin.audit.query(action="caseload.reassign.note")
    assert len(note) == 1 and json.loads(note[0].detail)["note"] == "何咨询师离职"
    assert {json.loads(e.detail)["to"] for e in entries} == {lin}
    assert json.loads(world.admin.audit.query(action="caseload.reassign")[0].detail)["files"] \
        == 3
    # the new counsellor now holds them, the restricted one restricted to her
    for cid in (open_one, secret, shared):
        assert files.open_file(world.lin, cid).access == access.OWN
    assert files.reload(world.lin, secret).restricted_by == lin
    assert files.reload(world.lin, shared).shared_with == ()
    assert appointments.get_appointment(world.front, future.id).counsellor_name == "林咨询师"
    # the closed file stays until asked for, then moves too
    assert files.reassign_caseload(world.admin, he, lin, include_closed=True) == 1
    assert files.counsellor_loads(world.admin)[0].all_files == 0
    assert sorted(c.id for c in files.caseload(world.admin, lin, include_closed=True)) == \
        sorted([open_one, closed, secret, shared, mine])


def test_reassigning_some_files_only(world: World) -> None:
    he, lin = _uid(world, "he"), _uid(world, "lin")
    a = world.client(by=world.he, name="甲")
    b = world.client(by=world.he, name="乙")
    mine = world.client(name="丙")
    assert _code(lambda: files.reassign_caseload(world.admin, he, lin,
                                                 client_ids=[a, mine])) == "not_found"
    assert files.reassign_caseload(world.admin, he, lin, client_ids=[b]) == 1
    assert [c.id for c in files.caseload(world.admin, he)] == [a]


# --------------------------------------------------------------------------- activities


def test_editing_a_logged_activity_is_audited_and_limited_to_author_or_admin(
        world: World) -> None:
    entry = activities.log_activity(world.front, activities.ActivityInput(
        "2026-10-20", "lecture", "职场压力与情绪管理", "职工服务中心", "示例机械厂", 45,
        ("migrant",)))
    edited = activities.update_activity(world.front, entry.id, activities.ActivityInput(
        "2026-10-21", "lecture", "职场压力与情绪管理（二）", "职工服务中心", "示例机械厂", 52,
        ("migrant", "hardship")))
    assert (edited.activity_date, edited.attendees, edited.target_groups) == (
        "2026-10-21", 52, ("migrant", "hardship"))
    detail = json.loads(world.admin.audit.query(action="activity.edit")[0].detail)
    assert detail["fields"] == ["activity_date", "topic", "attendees", "target_groups"]
    assert detail["attendees"] == [45, 52] and detail["date"] == ["2026-10-20", "2026-10-21"]
    lecture = next(p for p in activities.progress(world.front, 2026) if p.type == "lecture")
    assert (lecture.done, lecture.attendees) == (1, 52)
    assert activities.can_change(world.front, edited) and activities.can_change(
        world.admin, edited) and not activities.can_change(world.lin, edited)
    assert _code(lambda: activities.update_activity(
        world.lin, entry.id, activities.ActivityInput("2026-10-21", "lecture", "x", "", "",
                                                      1))) == "forbidden"
    activities.update_activity(world.admin, entry.id, activities.ActivityInput(
        "2026-10-21", "group_counselling", "团体辅导", "", "", 12))
    with pytest.raises(ValidationError) as info:
        activities.update_activity(world.front, entry.id, activities.ActivityInput(
            "2027-01-01", "nonsense", "", "", "", -1))
    assert set(info.value.fields) == {"activity_date", "type", "topic", "attendees"}
    assert _code(lambda: activities.update_activity(
        world.front, 999, activities.ActivityInput("2026-10-21", "lecture", "x", "", "", 1))) \
        == "not_found"
    before = len(world.admin.audit.query(action="activity.edit"))
    same = activities.list_activities(world.front, ids=[entry.id])[0]
    activities.update_activity(world.front, entry.id, activities.ActivityInput(
        same.activity_date, same.type, same.topic, same.venue, same.organiser, same.attendees,
        same.target_groups))
    assert len(world.admin.audit.query(action="activity.edit")) == before


# --------------------------------------------------------------------------- co-signing


def test_only_the_authors_supervisor_may_cosign(world: World) -> None:
    cid = world.client(by=world.shen)
    record = sessions.sign_session(world.shen, cid, sessions.save_draft(
        world.shen, cid, full_input(world.today)).id, password=PASSWORD)
    assert record.awaiting_cosign
    assert sessions.can_cosign(world.lin, sessions.get_session(world.lin, record.id))
    assert not sessions.can_cosign(world.shen, record)
    assert not sessions.can_cosign(world.he, record)
    assert [r.id for r in dashboard.dashboard(world.lin).awaiting_cosign] == [record.id]
    done = sessions.cosign_session(world.lin, record.id, "评估充分，计划可行。", password=PASSWORD)
    assert not sessions.can_cosign(world.lin, done)
    mine = world.client()
    own = sessions.sign_session(world.lin, mine, sessions.save_draft(
        world.lin, mine, full_input(world.today)).id, password=PASSWORD)
    assert not sessions.can_cosign(world.lin, own)


# --------------------------------------------------------------------------- leftovers


def test_leftover_autosaves_are_listed_with_their_file_and_can_be_discarded(
        world: World) -> None:
    cid = world.client()
    other = world.client(name="李四")
    saved = sessions.save_draft(world.lin, other, full_input(world.today))
    drafts.autosave(world.lin, sessions.DRAFT_KIND, sessions.new_ref(cid),
                    {"complaint": "", "assessment": "  睡眠\n很差，夜班后   难以入睡" * 10})
    world.clock.advance(minutes=5)
    drafts.autosave(world.lin, sessions.DRAFT_KIND, sessions.record_ref(saved.id),
                    {"complaint": "改过的主诉"})
    drafts.autosave(world.lin, "something_else", "x:1", {"a": 1})
    drafts.autosave(world.he, sessions.DRAFT_KIND, sessions.new_ref(cid), {"plan": "他的"})
    found = sessions.leftover_drafts(world.lin)
    assert [(f.client_id, f.session_id, f.session_no) for f in found] == [
        (other, saved.id, 1), (cid, None, None)]
    assert found[1].file_no.startswith("XL-2026-") and found[1].client_name == "张小敏"
    assert found[1].preview.startswith("睡眠 很差，夜班后 难以入睡")
    assert len(found[1].preview) == sessions.PREVIEW_CHARS
    assert all(f.reachable for f in found)
    # he cannot write in lin's case: listed, not reopenable
    assert [(f.client_id, f.reachable) for f in sessions.leftover_drafts(world.he)] == \
        [(cid, False)]
    sessions.discard_leftover(world.lin, found[1].ref)
    assert [f.session_id for f in sessions.leftover_drafts(world.lin)] == [saved.id]
    # once the record is signed its autosave goes with it
    sessions.sign_session(world.lin, other, saved.id, password=PASSWORD)
    assert sessions.leftover_drafts(world.lin) == []
    assert drafts.pending(world.lin, "something_else", "x:1") is not None


def test_a_leftover_of_a_record_signed_or_deleted_elsewhere_is_not_reopenable(
        world: World) -> None:
    cid = world.client()
    record = sessions.save_draft(world.lin, cid, full_input(world.today))
    drafts.autosave(world.lin, sessions.DRAFT_KIND, sessions.record_ref(record.id),
                    {"plan": "x"})
    world.lin.db.execute("DELETE FROM sessions WHERE id = ?", (record.id,))
    gone = sessions.leftover_drafts(world.lin)[0]
    assert (gone.session_id, gone.client_id, gone.reachable) == (record.id, None, False)
