"""Administering instruments against a real vault: storage, partial answers, alerts and their
acknowledgement, the two-month item-9 flag, permissions per role, anonymous screening,
trends, statistics and station-licensed imports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from station_desk.domain import accounts
from station_desk.domain import assessments as A
from station_desk.domain.clock import FakeClock
from station_desk.domain.instruments import Instrument, load_all, shipped_dir
from station_desk.domain.records import access, crises, files
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError

PW = "counsel-pass-2026"
PHQ_SEVERE_ITEM9 = [3, 3, 3, 3, 3, 2, 2, 2, 1]  # 22: severe, item 9 positive
PHQ_MILD = [1, 1, 1, 1, 1, 0, 0, 0, 0]  # 5: mild, no alert
PHQ_MILD_ITEM9 = [1, 1, 1, 1, 0, 0, 0, 0, 1]  # 5: mild, item 9 positive


@pytest.fixture(scope="module")
def shipped() -> dict[str, Instrument]:
    return load_all()


def _as(admin: Session, username: str, role: str) -> Session:
    user = accounts.add_user(admin, username, username, role, PW)
    return Session(admin.vault, user, admin.clock)


def _client(session: Session, counsellor: Session) -> int:
    entry = files.register_visitor(session, files.ClientInput(
        name="测试来访者", gender="female", counsellor_id=counsellor.user.id))
    return entry.id


@pytest.fixture
def team(admin: Session) -> dict[str, Session]:
    return {"admin": admin, "lin": _as(admin, "lin", "counsellor"),
            "zhou": _as(admin, "zhou", "counsellor"),
            "desk": _as(admin, "desk", "receptionist")}


@pytest.fixture
def file_id(team: dict[str, Session]) -> int:
    return _client(team["admin"], team["lin"])


def _count(session: Session, table: str) -> int:
    return int(session.db.scalar(f"SELECT count(*) FROM {table}"))


# ---------------------------------------------------------------- storing results


def test_administration_stores_scores_band_version_and_answers(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument]) -> None:
    lin = team["lin"]
    out = A.administer(lin, shipped["phq9"], file_id, PHQ_MILD)
    row = lin.db.one("SELECT * FROM assessments WHERE id = ?", (out.administration.id,))
    assert row["client_id"] == file_id
    assert (row["instrument_id"], row["instrument_version"], row["mode"]) == ("phq9", "1.0",
                                                                              "counsellor")
    assert json.loads(row["answers"]) == PHQ_MILD
    assert (row["total"], row["score"], row["band_level"]) == (5, 5, "mild")
    assert json.loads(row["band"])["zh"] == "轻度抑郁"
    assert row["administered_by"] == lin.user.id
    assert row["anon_gender"] is None and row["administered_at"] == "2026-11-02T09:00:00Z"
    assert out.alerts == () and _count(lin, "assessment_alerts") == 0
    audit = lin.audit.query(action="assessment.administer")
    assert len(audit) == 1 and audit[0].target.startswith("file:XL-2026-")
    assert json.loads(audit[0].detail)["assessment"] == out.administration.id
    assert "5" not in json.loads(audit[0].detail).values()  # no score in the trail


def test_who5_stores_the_percentage_and_raw_total(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument]) -> None:
    out = A.administer(team["lin"], shipped["who5"], file_id, [1, 1, 1, 1, 1])
    a = out.administration
    assert (a.total, a.score, a.band_level) == (5, 20, "high")
    assert [x.code for x in out.alerts] == ["likely_depression"]


def test_kiosk_mode_is_recorded(team: dict[str, Session], file_id: int,
                                shipped: dict[str, Instrument]) -> None:
    out = A.administer(team["lin"], shipped["gad7"], file_id, [0] * 7, mode="kiosk")
    assert out.administration.mode == "kiosk"
    with pytest.raises(StationDeskError) as err:
        A.administer(team["lin"], shipped["gad7"], file_id, [0] * 7, mode="anonymous")
    assert err.value.code == "assessment_mode"


@pytest.mark.parametrize("answers, code", [
    ([0, 1, None, 2, 0, 0, 0, 0, 0], "answers_missing"),
    ([0, 1, 2], "answers_missing"),
    ([None] * 9, "answers_missing"),
    ([0] * 8 + [4], "answer_invalid"),
    ([0] * 10, "answers_count"),
])
def test_partial_or_invalid_answers_are_refused_and_nothing_stored(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument],
        answers: list[int | None], code: str) -> None:
    lin = team["lin"]
    with pytest.raises(StationDeskError) as err:
        A.administer(lin, shipped["phq9"], file_id, answers)
    assert err.value.code == code
    assert _count(lin, "assessments") == 0 and _count(lin, "assessment_alerts") == 0
    assert not lin.audit.query(action="assessment.administer")


def test_partial_message_names_the_unanswered_items(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument]) -> None:
    with pytest.raises(StationDeskError) as err:
        A.administer(team["lin"], shipped["phq9"], file_id, [0, None, 0, 0, None, 0, 0])
    assert err.value.message("zh") == (
        "患者健康问卷抑郁量表（PHQ-9）还有第 2、5、8、9 题未作答。未计分：请答完所有题目后再保存。")
    assert "Not scored" in err.value.message("en")


# ---------------------------------------------------------------- alerts


def test_item9_and_severe_band_raise_alerts_to_acknowledge(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument]) -> None:
    lin = team["lin"]
    out = A.administer(lin, shipped["phq9"], file_id, PHQ_SEVERE_ITEM9)
    assert out.administration.band_level == "severe"
    assert sorted(a.code for a in out.alerts) == ["severe_band", "suicidal_ideation"]
    item9 = next(a for a in out.alerts if a.code == "suicidal_ideation")
    assert item9.self_harm and item9.offers_crisis and not item9.acknowledged
    suggestion = item9.crisis_suggestion()
    assert suggestion is not None
    assert (suggestion.client_id, suggestion.risk_level, suggestion.checklist) == (
        file_id, "medium", ("suicidal_thoughts",))
    assert "第 9 题阳性" in item9.label("zh")
    assert {a.id for a in A.open_alerts(lin)} == {a.id for a in out.alerts}
    assert {a.id for a in A.open_alerts(lin, file_id)} == {a.id for a in out.alerts}

    done = A.acknowledge_alert(lin, item9.id)
    assert done.acknowledged and done.acknowledged_by == lin.user.id
    assert done.acknowledged_at == "2026-11-02T09:00:00Z"
    assert [a.code for a in A.open_alerts(lin)] == ["severe_band"]
    entry = lin.audit.query(action="assessment.alert_ack")[0]
    assert entry.username == "lin" and json.loads(entry.detail)["alert"] == item9.id
    with pytest.raises(StationDeskError) as err:
        A.acknowledge_alert(lin, item9.id)
    assert err.value.code == "alert_already_acknowledged"


def test_acknowledging_can_open_a_crisis_record_in_the_same_step(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument]) -> None:
    lin = team["lin"]
    out = A.administer(lin, shipped["phq9"], file_id, PHQ_SEVERE_ITEM9)
    item9, severe = sorted(out.alerts, key=lambda a: a.code != "suicidal_ideation")
    done = A.acknowledge_alert(lin, item9.id, open_crisis=True)
    assert done.acknowledged and done.crisis_id is not None and not done.offers_crisis
    crisis = crises.get_crisis(lin, done.crisis_id)
    assert crisis.client_id == file_id and crisis.risk_level == "medium"
    assert crisis.checklist == ("suicidal_thoughts",) and "第 9 题阳性" in crisis.notes
    assert lin.audit.query(action="crisis.open")
    # the second alert links the crisis already open instead of opening another
    again = A.acknowledge_alert(lin, severe.id, open_crisis=True)
    assert again.crisis_id == done.crisis_id
    assert len(crises.list_crises(lin, file_id)) == 1


def test_a_refused_crisis_leaves_the_alert_unacknowledged(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument],
        monkeypatch: pytest.MonkeyPatch) -> None:
    lin = team["lin"]
    out = A.administer(lin, shipped["phq9"], file_id, PHQ_MILD_ITEM9)

    def refuse(*_args: object, **_kw: object) -> None:
        raise StationDeskError("disk_full")

    monkeypatch.setattr(crises, "open_crisis", refuse)
    with pytest.raises(StationDeskError):
        A.acknowledge_alert(lin, out.alerts[0].id, open_crisis=True)
    assert [a.id for a in A.open_alerts(lin)] == [out.alerts[0].id]
    assert not lin.audit.query(action="assessment.alert_ack")


def test_other_counsellors_cannot_see_or_acknowledge_alerts(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument]) -> None:
    out = A.administer(team["lin"], shipped["phq9"], file_id, PHQ_SEVERE_ITEM9)
    assert A.open_alerts(team["zhou"]) == []
    with pytest.raises(StationDeskError) as err:
        A.acknowledge_alert(team["zhou"], out.alerts[0].id)
    assert err.value.code == "case_forbidden"
    for role in ("desk", "admin"):
        with pytest.raises(StationDeskError) as err:
            A.open_alerts(team[role])
        assert err.value.code == "forbidden"


def test_crisis_from_an_anonymous_alert_is_refused(
        team: dict[str, Session], shipped: dict[str, Instrument]) -> None:
    out = A.anonymous_screening(team["lin"], shipped["phq9"], PHQ_SEVERE_ITEM9,
                                A.AnonymousFields("female", "30_39", "manufacturing"))
    alert = out.alerts[0]
    assert not alert.offers_crisis and alert.crisis_suggestion() is None
    with pytest.raises(StationDeskError) as err:
        A.acknowledge_alert(team["lin"], alert.id, open_crisis=True)
    assert err.value.code == "alert_no_file"
    # the counsellor who ran it still sees and acknowledges it
    assert {a.id for a in A.open_alerts(team["lin"])} == {a.id for a in out.alerts}
    assert A.open_alerts(team["zhou"]) == []
    A.acknowledge_alert(team["lin"], alert.id)


# ---------------------------------------------------------------- the item-9 flag


def test_item9_flag_lasts_two_months(team: dict[str, Session], file_id: int,
                                     shipped: dict[str, Instrument], clock: FakeClock) -> None:
    lin = team["lin"]
    assert A.item9_flag(lin, file_id) is None
    A.administer(lin, shipped["phq9"], file_id, PHQ_MILD_ITEM9)  # 2026-11-02
    assert A.item9_flag(lin, file_id) == dt.date(2027, 1, 2)
    clock.advance(days=30)
    A.administer(lin, shipped["phq9"], file_id, PHQ_MILD)  # a negative answer does not clear it
    assert A.item9_flag(lin, file_id) == dt.date(2027, 1, 2)
    clock.now = dt.datetime(2027, 1, 1, 15, 59, tzinfo=dt.UTC)  # 23:59 on 1 Jan in China
    assert A.item9_flag(lin, file_id) == dt.date(2027, 1, 2)
    clock.now = dt.datetime(2027, 1, 1, 16, 0, tzinfo=dt.UTC)  # midnight, 2 Jan in China
    assert A.item9_flag(lin, file_id) is None


def test_item9_flag_is_renewed_by_a_new_positive_answer_and_clamps_month_ends(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument],
        clock: FakeClock) -> None:
    lin = team["lin"]
    clock.now = dt.datetime(2026, 12, 31, 2, 0, tzinfo=dt.UTC)
    A.administer(lin, shipped["phq9"], file_id, PHQ_MILD_ITEM9)
    assert A.item9_flag(lin, file_id) == dt.date(2027, 2, 28)
    clock.now = dt.datetime(2027, 2, 10, 2, 0, tzinfo=dt.UTC)
    A.administer(lin, shipped["phq9"], file_id, PHQ_MILD_ITEM9)
    assert A.item9_flag(lin, file_id) == dt.date(2027, 4, 10)


def test_severe_band_without_item9_sets_no_flag(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument]) -> None:
    out = A.administer(team["lin"], shipped["phq9"], file_id, [3, 3, 3, 3, 3, 3, 3, 0, 0])
    assert [a.code for a in out.alerts] == ["severe_band"]
    assert A.item9_flag(team["lin"], file_id) is None


# ---------------------------------------------------------------- permissions


def test_receptionist_never_administers_or_sees_results(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument]) -> None:
    desk = team["desk"]
    out = A.administer(team["lin"], shipped["phq9"], file_id, PHQ_MILD_ITEM9)
    calls = [
        lambda: A.administer(desk, shipped["phq9"], file_id, PHQ_MILD),
        lambda: A.anonymous_screening(desk, shipped["phq9"], PHQ_MILD, A.AnonymousFields()),
        lambda: A.list_for_client(desk, file_id),
        lambda: A.trends(desk, file_id),
        lambda: A.get_administration(desk, out.administration.id),
        lambda: A.item9_flag(desk, file_id),
        lambda: A.open_alerts(desk),
        lambda: A.acknowledge_alert(desk, out.alerts[0].id),
        lambda: A.kiosk_started(desk, shipped["phq9"], file_id),
        lambda: A.statistics(desk, dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ]
    for call in calls:
        with pytest.raises(StationDeskError) as err:
            call()
        assert err.value.code == "forbidden"
    assert err.value.message("zh").startswith("权限不足：接待员不能")


def test_admin_sees_results_only_by_breaking_the_glass_and_may_count_them(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument]) -> None:
    admin = team["admin"]
    A.administer(team["lin"], shipped["phq9"], file_id, PHQ_MILD_ITEM9)
    for call in (lambda: A.list_for_client(admin, file_id),
                 lambda: A.item9_flag(admin, file_id)):
        with pytest.raises(StationDeskError) as err:
            call()
        assert err.value.code == "reason_required"
    with pytest.raises(StationDeskError) as err:
        A.administer(admin, shipped["phq9"], file_id, PHQ_MILD)
    assert err.value.code == "forbidden"
    counts = A.statistics(admin, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert counts.total == 1 and counts.by_instrument_level == {("phq9", "mild"): 1}
    # the records rule: a written reason opens the case, and the reason is in the trail
    access.break_glass(admin, file_id, "督导抽查")
    assert len(A.list_for_client(admin, file_id)) == 1
    assert A.item9_flag(admin, file_id) == dt.date(2027, 1, 2)


def test_results_belong_to_the_case_counsellors(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument]) -> None:
    lin, zhou = team["lin"], team["zhou"]
    A.administer(lin, shipped["phq9"], file_id, PHQ_MILD)
    for call in (lambda: A.list_for_client(zhou, file_id),
                 lambda: A.item9_flag(zhou, file_id),
                 lambda: A.administer(zhou, shipped["phq9"], file_id, PHQ_MILD)):
        with pytest.raises(StationDeskError) as err:
            call()
        assert err.value.code == "case_forbidden"
        assert "XL-2026-" in err.value.message("zh")
    files.share_case(lin, file_id, zhou.user.id)
    assert len(A.list_for_client(zhou, file_id)) == 1
    files.set_file_restricted(lin, file_id, True)
    with pytest.raises(StationDeskError) as err:  # others do not even learn it exists
        A.list_for_client(zhou, file_id)
    assert err.value.code == "not_found"
    assert len(A.list_for_client(lin, file_id)) == 1


def test_viewing_results_is_audited(team: dict[str, Session], file_id: int,
                                    shipped: dict[str, Instrument]) -> None:
    lin = team["lin"]
    out = A.administer(lin, shipped["phq9"], file_id, PHQ_MILD)
    A.list_for_client(lin, file_id)
    A.trends(lin, file_id)
    A.get_administration(lin, out.administration.id)
    views = lin.audit.query(action="assessment.view")
    assert len(views) == 3 and all(v.username == "lin" for v in views)


def test_unknown_file_is_not_found(team: dict[str, Session],
                                   shipped: dict[str, Instrument]) -> None:
    with pytest.raises(StationDeskError) as err:
        A.administer(team["lin"], shipped["phq9"], 999, PHQ_MILD)
    assert err.value.code == "not_found"


# ---------------------------------------------------------------- anonymous screening


def test_anonymous_screening_keeps_no_identity(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument]) -> None:
    lin = team["lin"]
    out = A.anonymous_screening(lin, shipped["gad7"], [2, 2, 2, 2, 2, 1, 1],
                                A.AnonymousFields("male", "40_49", "express_logistics"))
    row = dict(lin.db.one("SELECT * FROM assessments WHERE id = ?", (out.administration.id,)))
    assert row["client_id"] is None and row["mode"] == "anonymous"
    # the day only: a time of day next to gender, age band and industry could single someone out
    assert row["administered_at"] == "2026-11-02" and row["created_at"] == "2026-11-02"
    assert (row["anon_gender"], row["anon_age_band"], row["anon_industry"]) == (
        "male", "40_49", "express_logistics")
    assert (row["total"], row["band_level"]) == (12, "moderate")
    columns = {k for k, v in row.items() if v is not None}
    assert columns == {"id", "instrument_id", "instrument_version", "mode", "administered_at",
                       "administered_by", "answers", "total", "score", "band", "band_level",
                       "alerts", "anon_gender", "anon_age_band", "anon_industry", "created_at"}
    assert A.list_for_client(lin, file_id) == []
    entry = lin.audit.query(action="assessment.anonymous")[0]
    assert entry.target == f"assessment:{out.administration.id}"


def test_anonymous_fields_are_checked(team: dict[str, Session],
                                      shipped: dict[str, Instrument]) -> None:
    for fields in (A.AnonymousFields(gender="woman"), A.AnonymousFields(age_band="35"),
                   A.AnonymousFields(industry="space")):
        with pytest.raises(StationDeskError) as err:
            A.anonymous_screening(team["lin"], shipped["gad7"], [0] * 7, fields)
        assert err.value.code == "anon_field_invalid"
    with pytest.raises(StationDeskError) as err:
        A.anonymous_screening(team["lin"], shipped["gad7"], [0] * 6, A.AnonymousFields())
    assert err.value.code == "answers_missing"
    assert _count(team["lin"], "assessments") == 0


def test_statistics_count_anonymous_screenings(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument],
        clock: FakeClock) -> None:
    lin = team["lin"]
    A.administer(lin, shipped["gad7"], file_id, [0] * 7, mode="kiosk")
    A.anonymous_screening(lin, shipped["gad7"], [3] * 7,
                          A.AnonymousFields("female", "20_29", "platform_delivery"))
    A.anonymous_screening(lin, shipped["phq9"], PHQ_MILD, A.AnonymousFields())
    clock.advance(days=40)
    A.anonymous_screening(lin, shipped["phq9"], PHQ_MILD, A.AnonymousFields())
    counts = A.statistics(lin, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert counts.total == 3
    assert counts.by_mode == {"kiosk": 1, "anonymous": 2}
    assert counts.by_instrument_level == {("gad7", "none"): 1, ("gad7", "severe"): 1,
                                          ("phq9", "mild"): 1}
    assert counts.anonymous_by_gender == {"female": 1, "unspecified": 1}
    assert counts.anonymous_by_age_band == {"20_29": 1, "unspecified": 1}
    assert counts.anonymous_by_industry == {"platform_delivery": 1, "": 1}


# ---------------------------------------------------------------- trends


def test_trend_series_thresholds_and_change(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument],
        clock: FakeClock) -> None:
    lin = team["lin"]
    for answers in ([3, 3, 2, 2, 2, 2, 1, 1, 0], [2, 2, 1, 1, 1, 1, 1, 1, 0], PHQ_MILD):
        A.administer(lin, shipped["phq9"], file_id, answers)
        clock.advance(days=14)
    A.administer(lin, shipped["who5"], file_id, [2, 2, 2, 2, 2])
    clock.advance(days=14)
    A.administer(lin, shipped["who5"], file_id, [3, 3, 3, 3, 4])
    phq, who = A.trends(lin, file_id)
    assert phq.instrument_id == "phq9" and phq.name("en").startswith("Patient Health")
    assert [(p.day, p.score) for p in phq.points] == [
        (dt.date(2026, 11, 2), 16), (dt.date(2026, 11, 16), 10), (dt.date(2026, 11, 30), 5)]
    assert (phq.low, phq.high) == (0, 27)
    assert phq.thresholds == (5, 10, 15, 20)
    assert phq.change == -11 and phq.improved is True
    assert who.direction == "higher_better" and (who.low, who.high) == (0, 100)
    assert who.thresholds == (29, 51)
    assert who.change == 24 and who.improved is True


def test_trend_of_a_single_result_has_no_change(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument]) -> None:
    A.administer(team["lin"], shipped["k10"], file_id, [1] * 10)
    (k10,) = A.trends(team["lin"], file_id)
    assert k10.change is None and k10.improved is None and (k10.low, k10.high) == (10, 50)


def test_trend_survives_an_instrument_no_longer_loaded(
        team: dict[str, Session], file_id: int, shipped: dict[str, Instrument]) -> None:
    A.administer(team["lin"], shipped["gad7"], file_id, [1] * 7)
    (gad,) = A.trends(team["lin"], file_id, instruments={})
    assert gad.points[0].score == 7 and gad.name("zh") == "gad7"
    assert [(b.min, b.max, b.level) for b in gad.bands] == [(5, 9, "mild")]


# ---------------------------------------------------------------- station-licensed imports


def _licensed_file(folder: Path, ident: str = "sds_demo") -> Path:
    doc = json.loads((shipped_dir() / "gad7.json").read_text("utf-8"))
    doc["id"], doc["name_zh"], doc["name_en"] = ident, "演示授权量表", "Demo licensed scale"
    path = folder / f"{ident}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


def test_import_beside_the_vault_is_validated_loaded_and_audited(
        team: dict[str, Session], tmp_path: Path, file_id: int) -> None:
    lin = team["lin"]
    src = _licensed_file(tmp_path)
    assert A.preview_import(src).id == "sds_demo"
    imported = A.import_licensed(lin, src)
    assert imported.path == lin.vault.paths.root / "instruments" / "sds_demo-1.0.json"
    loaded = A.load_instruments(lin)
    assert set(loaded) == {"phq9", "gad7", "who5", "pss10", "k10", "sds_demo"}
    entry = lin.audit.query(action="instrument.import")[0]
    assert entry.target == "instrument:sds_demo" and entry.username == "lin"
    out = A.administer(lin, loaded["sds_demo"], file_id, [1] * 7)
    assert out.administration.instrument_id == "sds_demo"
    with pytest.raises(StationDeskError) as err:
        A.import_licensed(lin, src)
    assert err.value.code == "instrument_import_duplicate"


def test_import_refuses_bad_files_and_receptionists(
        team: dict[str, Session], tmp_path: Path) -> None:
    with pytest.raises(StationDeskError) as err:
        A.import_licensed(team["desk"], _licensed_file(tmp_path))
    assert err.value.code == "import_forbidden"
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": 1}', "utf-8")
    with pytest.raises(StationDeskError) as err:
        A.import_licensed(team["admin"], broken)
    assert err.value.code == "instrument_invalid" and "broken.json" in err.value.message("zh")
    assert not (team["admin"].vault.paths.root / "instruments" / "broken.json").exists()
    assert not team["admin"].audit.query(action="instrument.import")
