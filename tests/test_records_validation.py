"""Bad input: empty required fields, end before start, future dates, over-long notes, emoji and
rare CJK. Every problem is named in Chinese (and English), all at once; nothing is lost."""

from __future__ import annotations

import datetime as dt

import pytest

from station_desk.domain.records import activities, drafts, files, followups, sessions
from station_desk.domain.records.common import MAX_SECTION, ValidationError
from station_desk.domain.records.sessions import SessionInput
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def _invalid(call: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        call()  # type: ignore[operator]
    return info.value


def test_signing_lists_every_missing_field(world: World) -> None:
    cid = world.client()
    rid = sessions.save_draft(world.lin, cid, SessionInput(world.today, modality="online")).id
    err = _invalid(lambda: sessions.sign_session(world.lin, cid, rid, password=PASSWORD))
    assert set(err.fields) == {"start_time", "end_time", "issues", "complaint", "assessment",
                               "intervention", "plan"}
    zh = err.message("zh")
    assert "请填写“主诉”" in zh and "请填写“开始时间”" in zh
    assert "Please fill in “presenting complaint”" in err.message("en")
    assert sessions.get_session(world.lin, rid).status == "draft"


def test_draft_needs_date_and_modality(world: World) -> None:
    cid = world.client()
    err = _invalid(lambda: sessions.save_draft(world.lin, cid, SessionInput()))
    assert err.fields == ["session_date", "modality"]


def test_end_before_start_and_future_dates(world: World) -> None:
    cid = world.client()
    tomorrow = world.today + dt.timedelta(days=1)
    err = _invalid(lambda: sessions.save_draft(world.lin, cid, full_input(
        tomorrow, start_time="15:00", end_time="14:00",
        next_appointment=world.today - dt.timedelta(days=3))))
    messages = err.message("zh")
    assert "“辅导日期”不能晚于今天（2026-11-02）" in messages
    assert "结束时间 14:00 早于或等于开始时间 15:00" in messages
    assert "“下次预约”" in messages
    err = _invalid(lambda: sessions.save_draft(world.lin, cid, full_input(
        "2026-02-30", start_time="25:00")))
    assert set(err.fields) == {"session_date", "start_time"}
    assert "不是有效日期：2026-02-30" in err.message("zh")
    # a follow-up is planned ahead: yesterday is refused, an activity cannot be tomorrow
    err = _invalid(lambda: followups.schedule_followup(
        world.lin, cid, world.today - dt.timedelta(days=1), "phone"))
    assert "不能早于今天" in err.message("zh")
    err = _invalid(lambda: activities.log_activity(world.front, activities.ActivityInput(
        tomorrow, "lecture", "讲座", attendees=-1)))
    assert set(err.fields) == {"activity_date", "attendees"}


def test_a_50000_character_note_is_refused_clearly_and_kept(world: World) -> None:
    cid = world.client()
    long_note = ("长期焦虑失眠，" * 8000)[:50_000]
    data = full_input(world.today, complaint=long_note)
    # the autosave keeps every character even though the record refuses it
    drafts.autosave(world.lin, sessions.DRAFT_KIND, sessions.new_ref(cid), data.to_payload())
    err = _invalid(lambda: sessions.save_draft(world.lin, cid, data))
    assert err.fields == ["complaint"]
    assert f"共 50000 字，超过上限 {MAX_SECTION} 字" in err.message("zh")
    assert "内容未丢失" in err.message("zh")
    kept = drafts.pending(world.lin, sessions.DRAFT_KIND, sessions.new_ref(cid))
    assert kept is not None and kept.payload["complaint"] == long_note
    at_limit = full_input(world.today, complaint="焦" * MAX_SECTION)
    assert len(sessions.save_draft(world.lin, cid, at_limit).complaint) == MAX_SECTION


def test_emoji_rare_cjk_and_whitespace_round_trip(world: World) -> None:
    rare = "𠀀𪚥𰻞龘😀👩‍👩‍👧 \t多行\n第二行  "
    cid = world.client(name="𰻞𰻞面馆王㐱")
    opened = files.reload(world.lin, cid)
    assert opened.name == "𰻞𰻞面馆王㐱"
    record = sessions.save_draft(world.lin, cid, full_input(world.today, complaint=rare))
    assert sessions.get_session(world.lin, record.id).complaint == rare
    from station_desk.domain.records import search
    assert search.note_ids(world.lin, "𪚥") == [record.id]
    assert search.client_ids(world.lin, "𰻞𰻞") == [cid]


def test_registration_checks(world: World) -> None:
    err = _invalid(lambda: files.register_visitor(world.front, files.ClientInput(
        name="", phone="13９abc", birth_year=1850, gender="x")))
    assert set(err.fields) == {"name", "phone", "birth_year", "gender"}
    anonymous = files.register_visitor(world.front, files.ClientInput(is_pseudonym=True))
    assert anonymous.name.startswith("匿名来访者") and anonymous.is_pseudonym
    assert anonymous.file_no == f"XL-2026-{anonymous.id:06d}"
