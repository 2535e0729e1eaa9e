"""The 发现—疏导—跟进 loop and station work: follow-ups, crises (24 h), referrals,
satisfaction, consent, closing, activities and targets, appointments, dashboards."""

from __future__ import annotations

import datetime as dt

import pytest

from station_desk.domain.records import (
    activities,
    appointments,
    consent,
    crises,
    dashboard,
    files,
    followups,
    referrals,
    satisfaction,
    sessions,
)
from station_desk.errors import StationDeskError
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def _code(call: object) -> str:
    with pytest.raises(StationDeskError) as info:
        call()  # type: ignore[operator]
    return info.value.code


def test_followups_move_from_upcoming_to_due_to_overdue(world: World) -> None:
    cid = world.client()
    item = followups.schedule_followup(world.lin, cid, world.today + dt.timedelta(days=1),
                                       "phone")
    assert item.state == followups.UPCOMING
    assert followups.due_followups(world.lin) == []
    assert [f.id for f in followups.due_followups(world.lin, days_ahead=1)] == [item.id]
    world.clock.advance(days=1)
    assert followups.due_followups(world.lin)[0].state == followups.DUE
    world.clock.advance(days=1)
    assert followups.due_followups(world.lin)[0].state == followups.OVERDUE
    assert followups.due_followups(world.he) == []  # not his case
    counts = followups.followup_counts(world.admin)
    assert [(c.counsellor_name, c.due, c.overdue) for c in counts] == [("林咨询师", 0, 1)]
    done = followups.complete_followup(world.lin, item.id, "电话回访，睡眠改善。")
    assert done.state == followups.DONE and done.done_by_name == "林咨询师"
    assert followups.due_followups(world.lin) == []
    assert _code(lambda: followups.complete_followup(world.lin, item.id, "再次")) == \
        "followup_done"


def test_crisis_creates_a_24h_followup_and_a_banner_until_closed(world: World) -> None:
    cid = world.client()
    crisis = crises.open_crisis(world.lin, cid, "high", ["suicidal_thoughts", "hopelessness"],
                                ["safety_plan", "emergency_contact_reached"],
                                "来访者表达强烈无望感，已制定安全计划。")
    assert crisis.followup_due == "2026-11-03T09:00:00Z"
    banner = files.reload(world.lin, cid).open_crisis
    assert banner is not None and banner.crisis_id == crisis.id
    assert files.reload(world.lin, cid).risk_level == "high"
    due = followups.due_followups(world.lin)
    assert [(f.crisis_id, f.state, f.due_at) for f in due] == [
        (crisis.id, followups.DUE, "2026-11-03T09:00:00Z")]
    overview = crises.open_crises_overview(world.admin)
    assert [(o.file_no, o.counsellor_name, o.overdue) for o in overview] == [
        (banner and files.reload(world.lin, cid).file_no, "林咨询师", False)]
    assert not hasattr(overview[0], "notes") and not hasattr(overview[0], "checklist")
    assert _code(lambda: crises.open_crisis(world.lin, cid, "high", [], [], "又一次")) == \
        "crisis_already_open"
    world.clock.advance(hours=23, minutes=59)
    assert followups.due_followups(world.lin)[0].state == followups.DUE
    world.clock.advance(minutes=2)  # 24 h and a minute
    assert followups.due_followups(world.lin)[0].state == followups.OVERDUE
    assert crises.open_crises_overview(world.admin)[0].overdue
    # it cannot be closed before its follow-up is done
    assert _code(lambda: crises.close_crisis(world.lin, crisis.id, "风险下降")) == \
        "crisis_followup_pending"
    assert _code(lambda: files.close_case(world.lin, cid, "结案")) == "close_open_crisis"
    crises.update_crisis(world.lin, crisis.id, actions=["safety_plan", "hotline_given"],
                         notes="补充：已提供心理援助热线。", risk_level="high")
    followups.complete_followup(world.lin, due[0].id, "电话回访，情绪平稳，无自伤行为。")
    closed = crises.close_crisis(world.lin, crisis.id, "风险已下降，转常规跟进。")
    assert not closed.is_open and closed.actions == ("safety_plan", "hotline_given")
    assert files.reload(world.lin, cid).open_crisis is None
    assert crises.open_crises_overview(world.admin) == []
    actions = {e.action for e in world.admin.audit.query(limit=100)}
    assert {"crisis.open", "crisis.update", "crisis.close", "followup.complete"} <= actions


def test_crisis_checklist_sets_a_minimum_risk(world: World) -> None:
    cid = world.client()
    with pytest.raises(StationDeskError) as info:
        crises.open_crisis(world.lin, cid, "low", ["suicide_plan"], [], "说明")
    assert "高风险" in info.value.message("zh")
    assert _code(lambda: crises.open_crisis(world.lin, cid, "high", ["made_up"], [], "x")) \
        == "record_invalid"


def test_restricted_file_crisis_shows_masked_on_the_overview(world: World) -> None:
    cid = world.client()
    crises.open_crisis(world.lin, cid, "high", [], [], "说明")
    files.set_file_restricted(world.lin, cid, True)
    [seen] = crises.open_crises_overview(world.admin)
    assert seen.client_id is None and seen.file_no == crises.RESTRICTED_FILE_LABEL[0]
    assert seen.counsellor_name == "林咨询师"
    assert crises.open_crises_overview(world.lin)[0].client_id == cid


def test_referrals_and_outcomes(world: World) -> None:
    cid = world.client()
    item = referrals.add_referral(world.lin, cid, world.today, "psychiatry",
                                  "示例市精神卫生中心", "需进一步专业评估")
    referrals.set_referral_outcome(world.lin, item.id, "已预约首诊")
    [got] = referrals.list_referrals(world.lin, cid)
    assert (got.destination, got.outcome, got.created_by_name) == (
        "示例市精神卫生中心", "已预约首诊", "林咨询师")
    assert _code(lambda: referrals.list_referrals(world.he, cid)) == "case_forbidden"


def test_satisfaction_per_case_and_session(world: World) -> None:
    cid = world.client()
    rid = sessions.save_draft(world.lin, cid, full_input(world.today)).id
    sessions.sign_session(world.lin, cid, rid, password=PASSWORD)
    scores = {"attitude": 5, "professionalism": 4, "environment_privacy": 5,
              "improvement": 4, "overall": 5}
    rating = satisfaction.record_satisfaction(world.front, scores, "谢谢老师🙏",
                                              session_id=rid)
    assert rating.client_id == cid and rating.overall == 5 and rating.comment == "谢谢老师🙏"
    satisfaction.record_satisfaction(world.lin, {**scores, "overall": 3}, client_id=cid)
    assert [r.overall for r in satisfaction.list_satisfaction(world.lin, cid)] == [5, 3]
    summary = satisfaction.summary(world.admin, "2026-11-01", "2026-11-30")
    assert summary.responses == 2 and summary.averages["overall"] == 4.0
    assert _code(lambda: satisfaction.record_satisfaction(
        world.front, {**scores, "overall": 6}, client_id=cid)) == "record_invalid"
    missing = dict(scores)
    del missing["attitude"]
    assert _code(lambda: satisfaction.record_satisfaction(world.front, missing,
                                                          client_id=cid)) == "record_invalid"


def test_consent_is_recorded_and_shown(world: World) -> None:
    cid = world.client()
    assert not files.open_file(world.lin, cid).has_consent
    assert _code(lambda: consent.record_consent(world.front, cid, world.today,
                                                "个体心理辅导", False)) == "consent_limits"
    consent.record_consent(world.front, cid, world.today, "个体心理辅导及必要的危机干预", True)
    got = files.open_file(world.lin, cid).consent
    assert got is not None and got.recorded_by_name == "前台苏" and got.limits_explained
    assert files.directory_entry(world.front, cid).has_consent


def test_closing_needs_a_summary_and_no_unsigned_drafts(world: World) -> None:
    cid = world.client()
    rid = sessions.save_draft(world.lin, cid, full_input(world.today)).id
    assert _code(lambda: files.close_case(world.lin, cid, "  ")) == "record_invalid"
    assert _code(lambda: files.close_case(world.lin, cid, "小结")) == "close_open_drafts"
    sessions.sign_session(world.lin, cid, rid, password=PASSWORD)
    assert _code(lambda: files.close_case(world.he, cid, "小结")) == "case_owner_only"
    files.close_case(world.lin, cid, "来访者困扰缓解，双方同意结案。")
    closed = files.reload(world.lin, cid)
    assert closed.status == "closed" and closed.closed_at == "2026-11-02T09:00:00Z"
    assert _code(lambda: sessions.save_draft(world.lin, cid, full_input(world.today))) == \
        "file_not_open"
    files.reopen_case(world.lin, cid)
    assert files.reload(world.lin, cid).status == "open"


def test_activities_have_no_names_and_count_against_targets(world: World) -> None:
    assert "names" not in activities.ActivityInput.__dataclass_fields__
    activities.set_target(world.admin, 2026, "lecture", 6)
    assert _code(lambda: activities.set_target(world.front, 2026, "lecture", 1)) == "forbidden"
    for day in ("2026-03-01", "2026-11-01"):
        activities.log_activity(world.front, activities.ActivityInput(
            day, "lecture", "职场压力与情绪管理", "职工服务中心", "示例市某某机械厂", 45,
            ("migrant",)))
    lecture = next(p for p in activities.progress(world.lin, 2026) if p.type == "lecture")
    assert (lecture.target, lecture.done, lecture.attendees) == (6, 2, 90)
    assert activities.month_counts(world.lin, 2026, 11) == {"lecture": 1}
    entry = activities.list_activities(world.lin, year=2026)[0]
    activities.delete_activity(world.admin, entry.id)
    assert len(activities.list_activities(world.lin, year=2026)) == 1
    assert {"activity.log", "activity.delete", "target.set"} <= {
        e.action for e in world.admin.audit.query(limit=50)}


def test_appointments_and_dashboards_per_role(world: World) -> None:
    cid = world.client()
    other = world.client(by=world.he, name="李四")
    appointments.book_appointment(world.front, cid, "2026-11-02T18:00", "2026-11-02T18:50")
    appointments.book_appointment(world.front, other, "2026-11-02T19:00", "2026-11-02T19:50")
    assert _code(lambda: appointments.book_appointment(
        world.front, cid, "2026-11-02T10:00", "2026-11-02T10:50")) == "record_invalid"
    assert [a.client_id for a in appointments.appointments_on(world.lin)] == [cid]
    assert [a.client_id for a in appointments.appointments_on(world.front)] == [cid, other]
    crises.open_crisis(world.lin, cid, "high", [], [], "说明")
    rid = sessions.save_draft(world.lin, cid, full_input(world.today)).id

    lin = dashboard.dashboard(world.lin)
    assert [f.client_id for f in lin.followups] == [cid] and len(lin.open_crises) == 1
    assert [d.id for d in lin.my_drafts] == [rid] and lin.month is not None
    admin = dashboard.dashboard(world.admin)
    assert admin.followups == [] and len(admin.followup_counts) == 1
    assert len(admin.open_crises) == 1 and len(admin.appointments) == 2
    front = dashboard.dashboard(world.front)
    assert front.open_crises == [] and front.followups == [] and len(front.appointments) == 2
    sessions.sign_session(world.lin, cid, rid, password=PASSWORD)
    month = dashboard.dashboard(world.lin).month
    assert month is not None and month.sessions == 1 and month.new_files == 2
