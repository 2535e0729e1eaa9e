"""The tier self-check: each requirement's status on a station set up to meet its tier and on
one that falls short in known ways; the evidence behind it; manual answers; kept checks;
the CLI and the printed copy."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import expect_error
from station_desk.cli.main import main
from station_desk.domain import accounts
from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.domain.tier import duty, regimes, selfcheck
from station_desk.domain.tier.evidence import Window
from station_desk.domain.tier.selfcheck import MET, NOT_EVIDENCED, NOT_MET
from tier_support import CHECK_DAY, FLAWS, PASSWORDS, at, build_station, signed_in

OCTOBER = Window(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
EVERY_FLAW = {
    "b1_signage": NOT_MET, "b1_fixed_site": MET, "b1_staff_on_duty": NOT_MET,
    "b1_work_rules": MET, "b1_privacy": MET, "b2_timely_service": NOT_MET,
    "b2_education_function": MET, "b2_counselling_function": MET,
    "s_function_rooms": NOT_EVIDENCED, "s_procedures": NOT_EVIDENCED,
    "s_daily_staff": NOT_MET, "s_reading_materials": NOT_EVIDENCED,
    "s_hotline": NOT_EVIDENCED, "c1_assessment_service": MET,
    "c1_counselling_catharsis": NOT_EVIDENCED, "c1_crisis_intervention": NOT_MET,
    "c1_record_book": NOT_MET, "c1_psych_files": MET, "c1_workflow": NOT_EVIDENCED,
    "c1_staff_duties": MET, "c1_confidentiality": NOT_MET, "c1_satisfaction": NOT_MET,
}


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock) -> Path:
    root = tmp_path / "good"
    build_station(root, clock)
    return root


@pytest.fixture
def flawed(tmp_path: Path, clock: FakeClock) -> Path:
    root = tmp_path / "flawed"
    build_station(root, clock, flaws=FLAWS)
    return root


def statuses(check: selfcheck.SelfCheck) -> dict[str, str]:
    return {f.code: f.status for f in check.findings}


def facts(check: selfcheck.SelfCheck, code: str) -> dict[str, selfcheck.Fact]:
    finding = next(f for f in check.findings if f.code == code)
    return {fact.code: fact for fact in finding.facts}


def test_a_station_set_up_to_meet_complete_1_meets_every_requirement(
        station: Path, clock: FakeClock) -> None:
    with signed_in(station, "admin", clock) as admin:
        check = selfcheck.evaluate(admin)
    assert check.target_tier == "complete_1"
    assert len(check.findings) == 22  # every requirement of basic_1 .. complete_1
    assert statuses(check) == dict.fromkeys(EVERY_FLAW, MET)
    assert check.highest_met() == "complete_1"
    assert (check.window_first, check.window_last) == ("2026-08-24", "2026-11-02")
    # the figures are the station's own, counted and dated
    rooms = facts(check, "s_function_rooms")
    assert rooms["room.catharsis"].count == 10
    assert rooms["room.reception"].count == 10 + 26  # files registered + reception duty
    assert facts(check, "c1_record_book")["sessions.book"].count == 20
    assert facts(check, "s_hotline")["hotline.calls"].first == "2026-08-27"
    assert facts(check, "c1_satisfaction")["satisfaction.closed"].count == 3
    assert facts(check, "c1_confidentiality")["regime.acknowledged"].count == 4


def test_a_station_falling_short_gets_each_status_for_its_reason(
        flawed: Path, clock: FakeClock) -> None:
    with signed_in(flawed, "admin", clock) as admin:
        check = selfcheck.evaluate(admin)
    assert statuses(check) == EVERY_FLAW
    assert check.highest_met() is None
    assert check.counts() == {MET: 8, NOT_MET: 8, NOT_EVIDENCED: 6}
    reasons = {f.code: f.reason("en") for f in check.findings}
    assert "赵咨询师" in reasons["c1_confidentiality"]
    assert "1 week(s) with nobody on duty (e.g. the week from 2026-10-20)" in \
        reasons["b1_staff_on_duty"]
    assert "3 records are still unsigned after 7 days" in reasons["c1_record_book"]
    assert "Only 25% of closed cases were rated" in reasons["c1_satisfaction"]
    assert "Catharsis room" in reasons["s_function_rooms"]
    assert "Checked on 2026-10-30 by 王站长: not met." == reasons["b1_signage"]


@pytest.mark.parametrize("kind", ["good", "flawed"])
def test_the_package_shows_the_self_checks_own_statuses(kind: str, tmp_path: Path,
                                                        clock: FakeClock) -> None:
    """One rule: the statistics package's self-check table gives each requirement the
    status the self-check gives it for the package's period, except where that status rests
    on a count the package withholds; statuses about the station's arrangements are always
    shown."""
    from station_desk.domain.stats.period import parse_period
    from station_desk.export import profile
    from station_desk.export.build import build

    root = tmp_path / kind
    build_station(root, clock, flaws=FLAWS if kind == "flawed" else ())
    with signed_in(root, "admin", clock) as admin:
        check = selfcheck.judge(admin, OCTOBER)
        content = build(admin, parse_period("2026-10"))
    assert content.model is not None
    shown = {row[0]: (row[4], row[5]) for row in content.table("tier_selfcheck")["rows"]}
    judged = {f.code: (f.basis, f.status) for f in check.findings}
    assert set(shown) == set(judged)
    withheld = {code for code, (_basis, status) in shown.items() if status == "withheld"}
    assert withheld == profile.withheld_requirements(content.model) & {
        code for code, (basis, _s) in judged.items() if basis == selfcheck.RECORDS}
    assert {code: judged[code] for code in shown if code not in withheld} == {
        code: shown[code] for code in shown if code not in withheld}
    hidden = {c.id for c in content.model.cells.values() if c.suppressed}
    for code in withheld:  # each rests on a count this package withholds
        assert any(c in hidden or ("*" in c and any(
            h.startswith(c.split("*")[0]) and h.endswith(c.split("*")[1]) for h in hidden))
            for c in profile.DEPENDS[code])
    # the station's arrangements and the admin's answers are never withheld
    for code in ("b1_staff_on_duty", "c1_confidentiality", "c1_workflow", "b1_signage",
                 "s_daily_staff", "b1_privacy"):
        assert shown[code][1] == judged[code][1]
    for code in ("c1_confidentiality", "c1_workflow", "b1_signage", "b1_privacy"):
        assert judged[code][1] == (EVERY_FLAW[code] if kind == "flawed" else MET)
    assert len(shown) - len(withheld) >= 12


def test_the_packages_self_check_rests_on_its_period_alone(station: Path,
                                                           clock: FakeClock) -> None:
    """What happens after the period (an answer changed, a crisis opened) leaves the
    package's self-check as it was; the same check judged for the year to today sees both."""
    from station_desk.domain.records import crises
    from station_desk.domain.stats.period import parse_period
    from station_desk.export.build import build

    def package_statuses(admin: Session) -> dict[str, str]:
        return {r[0]: r[5] for r in build(admin, parse_period("2026-10")).table(
            "tier_selfcheck")["rows"]}

    with signed_in(station, "admin", clock) as admin:
        before = package_statuses(admin)
        year_before = statuses(selfcheck.evaluate(admin))
    at(clock, CHECK_DAY + dt.timedelta(days=1))
    with signed_in(station, "admin", clock) as admin:
        selfcheck.answer(admin, "b1_signage", "no", "牌子被风吹落")
    with signed_in(station, "lin", clock) as lin:
        client = lin.db.scalar("SELECT min(id) FROM clients WHERE status = 'open'")
        crises.open_crisis(lin, int(client), "high", ["suicidal_thoughts"],
                           ["safety_plan"], "来电表示有轻生念头。")
    at(clock, CHECK_DAY + dt.timedelta(days=3))  # the crisis is two days without follow-up
    with signed_in(station, "admin", clock) as admin:
        assert package_statuses(admin) == before
        year_after = statuses(selfcheck.evaluate(admin))
    changed = {code for code in year_before if year_before[code] != year_after[code]}
    assert {"b1_signage", "c1_crisis_intervention"} <= changed
    assert before["b1_signage"] == MET


def test_evidence_counts_only_what_is_real(station: Path, clock: FakeClock) -> None:
    """A disabled colleague's shifts are not duty; a new regime version undoes every
    acknowledgement; drafts are not records kept."""
    with signed_in(station, "admin", clock) as admin:
        before = facts(selfcheck.evaluate(admin), "b1_staff_on_duty")["duty.shifts"].count
        accounts.disable_user(admin, "qian")
        after = selfcheck.evaluate(admin)
        assert facts(after, "b1_staff_on_duty")["duty.shifts"].count == before - 20
        # reception duty was qian's: registrations still show the room at work
        assert facts(after, "s_function_rooms")["room.reception"].count == 10 + 26
        old = regimes.current(admin, "confidentiality")
        assert old is not None
        regimes.adopt(admin, "confidentiality", old.title, old.body + "\n\n补充条款。",
                      "增加补充条款")
        check = selfcheck.evaluate(admin)
        assert statuses(check)["c1_confidentiality"] == NOT_MET
        # the admin acknowledged it by adopting it; nobody else has yet
        assert facts(check, "c1_confidentiality")["regime.acknowledged"].count == 1
        assert "3 of 3 active accounts" not in check.findings[0].reason("en")


def test_stale_answers_need_checking_again(station: Path, clock: FakeClock) -> None:
    clock.advance(days=selfcheck.ANSWER_VALID_DAYS + 5)
    with signed_in(station, "admin", clock) as admin:
        found = statuses(selfcheck.evaluate(admin))
    assert found["b1_signage"] == found["s_reading_materials"] == NOT_EVIDENCED


def test_manual_answers_are_kept_with_who_and_when_and_audited(
        admin: Session, clock: FakeClock) -> None:
    expect_error("tier_note_required", selfcheck.answer, admin, "b1_signage", "no")
    expect_error("tier_not_manual", selfcheck.answer, admin, "c1_workflow", "yes")
    expect_error("tier_unknown_requirement", selfcheck.answer, admin, "nonsense", "yes")
    expect_error("tier_bad_answer", selfcheck.answer, admin, "b1_signage", "maybe")
    selfcheck.answer(admin, "b1_signage", "no", "牌子还在制作中")
    clock.advance(days=3)
    selfcheck.answer(admin, "b1_signage", "yes", "已挂牌，见照片存档")
    history = selfcheck.answer_history(admin, "b1_signage")
    assert [(a.answer, a.note) for a in history] == [("yes", "已挂牌，见照片存档"),
                                                     ("no", "牌子还在制作中")]
    assert history[0].answered_name == "王站长" and history[0].day == "2026-11-05"
    check = selfcheck.evaluate(admin)
    signage = next(f for f in check.findings if f.code == "b1_signage")
    assert signage.status == MET and signage.answer == history[0]
    entries = admin.audit.query(action="tier.answer")
    assert [json.loads(e.detail)["answer"] for e in entries] == ["yes", "no"]
    assert entries[0].target == "tier:b1_signage"


def test_receptionist_and_counsellor_may_not_run_it(tmp_path: Path, clock: FakeClock,
                                                     admin: Session) -> None:
    accounts.add_user(admin, "qian", "钱接待", "receptionist", PASSWORDS["qian"])
    accounts.add_user(admin, "lin", "林咨询师", "counsellor", PASSWORDS["lin"])
    admin.close()
    root = admin.vault.paths.root
    for user in ("qian", "lin"):
        with signed_in(root, user, clock) as someone:
            expect_error("forbidden", selfcheck.run, someone)
            expect_error("forbidden", selfcheck.answer, someone, "b1_signage", "yes")
            expect_error("forbidden", duty.add_shifts, someone, user, CHECK_DAY, "09:00",
                         "10:00", "hotline")


def test_checks_are_kept_with_their_date_exactly_as_taken(station: Path,
                                                          clock: FakeClock) -> None:
    with signed_in(station, "admin", clock) as admin:
        first = selfcheck.run(admin)
        clock.advance(days=40)
        second = selfcheck.run(admin)
        assert statuses(second) != statuses(first)  # time moved on: duty ran out
        again = selfcheck.load(admin, first.id)
        assert again == first
        assert selfcheck.load(admin) == second
        kept = selfcheck.kept(admin)
        assert [(k.id, k.day) for k in kept] == [(second.id, "2026-12-12"),
                                                 (first.id, "2026-11-02")]
        assert kept[1].met == 22
        # kept in the clinical compartment: its figures come from the clinical records
        assert admin.db.scalar("SELECT count(*) FROM clinical.tier_selfchecks") == 2
        assert admin.db.scalar("SELECT count(*) FROM main.sqlite_master"
                               " WHERE name = 'tier_selfchecks'") == 0
        logged = admin.audit.query(action="tier.selfcheck")
        assert json.loads(logged[-1].detail) == {"tier": "complete_1", "met": 22,
                                                 "not_met": 0, "not_evidenced": 0}


def test_complete_2_adds_survey_reports_and_online(tmp_path: Path, clock: FakeClock) -> None:
    root = tmp_path / "c2"
    build_station(root, clock, tier="complete_2")
    with signed_in(root, "admin", clock) as admin:
        check = selfcheck.evaluate(admin)
    found = statuses(check)
    assert len(found) == 25
    assert found["c2_wellbeing_survey"] == MET  # anonymous screenings in two of four months
    assert found["c2_analysis_reports"] == NOT_EVIDENCED  # nothing sent to the union yet
    assert found["c2_online_service"] == NOT_EVIDENCED
    assert check.highest_met() == "complete_1"


def at_check_day(clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI signs in on the station's (fake) check day rather than today's date."""
    import functools

    from station_desk.domain.auth import sign_in

    at(clock, CHECK_DAY, 9)
    monkeypatch.setattr("station_desk.cli.common.sign_in",
                        functools.partial(sign_in, clock=clock))


def run_cli(args: list[str], password: str, capsys: pytest.CaptureFixture[str],
            monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_tier_json_answer_history_and_print(flawed: Path, clock: FakeClock,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    at_check_day(clock, monkeypatch)
    base = ["--vault", str(flawed), "--user", "admin", "--password-stdin"]
    pw = PASSWORDS["admin"]
    code, out, err = run_cli(["tier", *base, "--json"], pw, capsys, monkeypatch)
    assert code == 0, err
    data = json.loads(out)
    assert {r["code"]: r["status"] for r in data["requirements"]} == EVERY_FLAW
    assert data["tiers"] == {"basic_1": NOT_MET, "basic_2": NOT_MET, "standard": NOT_MET,
                             "complete_1": NOT_MET}
    code, out, err = run_cli(["tier", "answer", "s_reading_materials", "yes", "--note",
                              "书架上有心理类图书 40 余册", *base], pw, capsys, monkeypatch)
    assert code == 0 and "s_reading_materials = yes" in out
    code, out, err = run_cli(["tier", "answer", "c1_workflow", "yes", *base], pw, capsys,
                             monkeypatch)
    assert code == 1 and err.strip() == "“c1_workflow”由系统根据记录判断，不需要人工回答。"
    code, out, err = run_cli(["tier", "answer", "b1_signage", *base, "--lang", "en"], pw,
                             capsys, monkeypatch)
    assert code == 1 and "usage: tier answer CODE yes|no" in err and "Traceback" not in err
    code, out, _ = run_cli(["tier", *base, "--lang", "en"], pw, capsys, monkeypatch)
    assert "[Met] s_reading_materials" in out and "书架上有心理类图书 40 余册" in out
    code, out, _ = run_cli(["tier", "history", *base], pw, capsys, monkeypatch)
    assert out.count("#") == 2 and "已达到 9" in out.splitlines()[0]
    pdf = tmp_path / "selfcheck.pdf"
    code, out, err = run_cli(["print", "selfcheck", "--out", str(pdf), *base, "--id", "2"],
                             pw, capsys, monkeypatch)
    assert code == 0, err
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "机密" in text and "CONFIDENTIAL" not in text and "等级自查表" in text
        assert "书架上有心理类图书 40 余册" in text
        assert "门牌被装修遮挡" in text  # the "no" answer's note, too
        assert "赵咨询师" in text


def test_print_selfcheck_in_english_takes_a_check_when_none_given(
        station: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    at_check_day(clock, monkeypatch)
    pdf = tmp_path / "en.pdf"
    base = ["--vault", str(station), "--user", "admin", "--password-stdin"]
    code, _out, err = run_cli(["print", "selfcheck", "--out", str(pdf), *base, "--lang",
                               "en"], PASSWORDS["admin"], capsys, monkeypatch)
    assert code == 0, err
    with signed_in(station, "admin", clock) as admin:
        assert len(selfcheck.kept(admin)) == 1
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Station Tier Self-Check" in text and "Highest tier" in text
        assert "Every crisis had its 24-hour follow-up on time." in text
        # the page's header and footer speak the document's language too
        assert "CONFIDENTIAL" in text and "Page 1 of" in text and "Printed by" in text
        for chinese in ("机密", "第 1 页", "文件编号", "打印：", "本文件含个人敏感信息"):
            assert chinese not in text


def test_print_selfcheck_without_any_kept_says_so(admin: Session) -> None:
    from station_desk.reports.service import Request, prepare

    expect_error("tier_no_selfcheck", prepare, admin, Request("selfcheck"))
    _ = dt  # dates above are literal on purpose


def test_the_demo_vault_shows_every_state_of_the_self_check(tmp_path: Path,
                                                            clock: FakeClock) -> None:
    from station_desk.domain.auth import sign_in
    from station_desk.tools.demo import DEMO_ACCOUNTS, create_demo_vault

    root = tmp_path / "demo"
    summary = create_demo_vault(root, clients=40, sessions=160, clock=clock)
    assert summary.counts["regimes"] == 4 and summary.counts["acknowledgements"] == 5
    admin_account = next(a for a in DEMO_ACCOUNTS() if a["role"] == "admin")
    with sign_in(root, admin_account["username"], admin_account["password"],
                 clock=clock) as admin:
        check = selfcheck.evaluate(admin)
        found = statuses(check)
        assert found["b1_fixed_site"] == MET and found["b1_signage"] == NOT_MET
        assert found["s_reading_materials"] == NOT_EVIDENCED  # left for the admin to answer
        assert found["b1_staff_on_duty"] == found["s_daily_staff"] == MET
        # every account acknowledged: scripts and benchmarks sign in to the demo
        assert found["c1_confidentiality"] == MET
        assert {s.place for s in duty.on_duty_today(admin)} >= {"reception"}
    for account in DEMO_ACCOUNTS():
        with sign_in(root, account["username"], account["password"], clock=clock) as someone:
            assert regimes.pending(someone) == []
