"""The hotline log: calls without a file, linked to one later, the crisis path from a call at
crisis risk, who may read and write it, and where its figures are counted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import expect_error
from station_desk.domain.clock import FakeClock
from station_desk.domain.records import crises, dashboard, files, hotline
from station_desk.domain.records.common import ValidationError
from station_desk.domain.tier import selfcheck
from tier_support import CHECK_DAY, at, build_station, signed_in

CALM = hotline.CallInput("2026-11-02", "08:30", 25, "female", "30_39", "work_stress", "none",
                         "listened_supported", "夜班压力大，想找人说说")
URGENT = hotline.CallInput("2026-11-02", "08:50", 40, "male", "40_49", "low_mood", "imminent",
                           "crisis", "")


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock) -> Path:
    root = tmp_path / "v"
    build_station(root, clock)
    at(clock, CHECK_DAY, 9)
    return root


def test_a_call_needs_no_file_and_is_linked_to_one_later(station: Path,
                                                         clock: FakeClock) -> None:
    with signed_in(station, "lin", clock) as lin:
        call = hotline.log_call(lin, CALM)
        assert (call.client_id, call.file_no, call.crisis_pending) == (None, "", False)
        assert call.local_time == "2026-11-02 08:30" and call.counsellor_name == "林咨询师"
        # the caller comes in a week later and gets a file; the call is linked to it
        clock.advance(days=7)
        entry = files.register_visitor(lin, files.ClientInput(name="来电者甲", gender="female"))
        linked = hotline.link_file(lin, call.id, entry.id)
        assert linked.client_id == entry.id and linked.file_no == entry.file_no
        expect_error("hotline_linked", hotline.link_file, lin, call.id, entry.id)
        # a second caller gets a file opened from the call itself
        other = hotline.log_call(lin, CALM)
        opened = hotline.open_file_for_call(lin, other.id, files.ClientInput(
            name="来电者乙", gender="male", source="hotline"))
        assert opened.file_no.startswith("XL-2026-")
        calls = hotline.list_calls(lin, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
        assert [c.id for c in calls] == [other.id, call.id]
        logged = [(e.action, e.target) for e in lin.audit.query(target=f"file:{entry.file_no}")]
        assert ("hotline.link", f"file:{entry.file_no}") in logged
        # what a call says is clinical: its entries are in the clinical chain only
        assert lin.db.scalar("SELECT count(*) FROM clinical_audit WHERE action LIKE"
                             " 'hotline.%'") == 4
        assert lin.db.scalar("SELECT count(*) FROM main.audit WHERE action LIKE"
                             " 'hotline.%'") == 0


def test_a_call_at_crisis_risk_starts_the_crisis_path(station: Path, clock: FakeClock) -> None:
    with signed_in(station, "lin", clock) as lin:
        call = hotline.log_call(lin, URGENT)
        assert call.crisis_pending
        expect_error("hotline_not_crisis", hotline.start_crisis_path, lin,
                     hotline.log_call(lin, CALM).id, [], [], "x")
        done, crisis = hotline.start_crisis_path(
            lin, call.id, ["suicidal_thoughts"], ["safety_plan", "hotline_given"],
            "来电者称有轻生念头，已稳定情绪并制定安全计划。")
        assert done.crisis_id == crisis.id and not done.crisis_pending
        assert crisis.risk_level == "imminent" and crisis.client_id == done.client_id
        # a pseudonymous file was opened for the caller, with the 24-hour follow-up due
        entry = files.directory_entry(lin, done.client_id)
        assert entry.is_pseudonym and entry.name.startswith("匿名来访者")
        assert crises.get_crisis(lin, crisis.id).followup_due == "2026-11-03T01:00:00Z"
        expect_error("hotline_crisis_open", hotline.start_crisis_path, lin, call.id, [], [],
                     "x")


def test_the_crisis_form_opened_on_the_callers_file_is_linked_to_the_call(
        station: Path, clock: FakeClock) -> None:
    with signed_in(station, "lin", clock) as lin:
        call = hotline.open_file_for_call(lin, hotline.log_call(lin, URGENT).id)
        crisis = crises.open_crisis(lin, call.client_id, "high", ["suicide_plan"],
                                    ["emergency_services"], "来电者描述了具体计划，已拨打 120。")
        linked = hotline.link_crisis(lin, call.id, crisis.id)
        assert linked.crisis_id == crisis.id
        other = hotline.open_file_for_call(lin, hotline.log_call(lin, URGENT).id)
        expect_error("not_found", hotline.link_crisis, lin, other.id, crisis.id)


def test_bad_input_is_named_field_by_field(station: Path, clock: FakeClock) -> None:
    with signed_in(station, "lin", clock) as lin:
        with pytest.raises(ValidationError) as bad:
            hotline.log_call(lin, hotline.CallInput("2026-11-02", "25:00", 9999, "robot",
                                                    "teen", "", "none", "sang_a_song"))
        assert set(bad.value.fields) == {"call_time", "duration", "caller_gender",
                                         "caller_age_band", "topic", "action"}
        assert "通话时长" in bad.value.message("zh")
        with pytest.raises(ValidationError) as later:
            hotline.log_call(lin, hotline.CallInput("2026-11-02", "23:30", 5, "", "", "other",
                                                    "none", "information"))
        assert "cannot be later than now (2026-11-02 09:00)" in later.value.message("en")


def test_only_counsellors_keep_the_log(station: Path, clock: FakeClock) -> None:
    for user, code in (("qian", "forbidden"), ("admin", "forbidden")):
        with signed_in(station, user, clock) as someone:
            expect_error(code, hotline.log_call, someone, CALM)
            expect_error(code, hotline.list_calls, someone, CHECK_DAY, CHECK_DAY)
    with signed_in(station, "qian", clock) as qian:
        assert not qian.has_clinical  # the receptionist's key does not open the log at all


def test_calls_count_on_the_dashboard_the_monthly_report_and_the_self_check(
        station: Path, clock: FakeClock) -> None:
    with signed_in(station, "admin", clock) as admin:
        before_month = dashboard.month_counts(admin, 2026, 11).hotline
        before = selfcheck.evaluate(admin)
    with signed_in(station, "lin", clock) as lin:
        for _ in range(3):
            hotline.log_call(lin, CALM)
        assert dashboard.month_counts(lin, 2026, 11).hotline == 3  # a counsellor's own
    with signed_in(station, "admin", clock) as admin:
        assert dashboard.month_counts(admin, 2026, 11).hotline == before_month + 3
        after = selfcheck.evaluate(admin)

    def calls(check: selfcheck.SelfCheck) -> selfcheck.Fact:
        finding = next(f for f in check.findings if f.code == "s_hotline")
        return next(f for f in finding.facts if f.code == "hotline.calls")

    assert calls(after).count == calls(before).count + 3
    assert calls(after).last == "2026-11-02"
    from station_desk.domain.stats import counts
    from station_desk.domain.stats.period import parse_period
    with signed_in(station, "admin", clock) as admin:  # the monthly report's hotline target
        month = counts.hotline_contacts(admin.db, parse_period("2026-11"))
        year = counts.hotline_contacts(admin.db, parse_period("2026-11").year_start())
    assert (month, year) == (3, 3 + 10)  # the log's calls and the ten sessions by phone
