"""The demo vault's assessments: scored by the shipped instruments, stored exactly as the
assessments domain stores them, a trend series for some files, a recent positive PHQ-9 item 9
with its open alert, and anonymous screenings; the records themselves unchanged by them."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from station_desk.domain import accounts, assessments, instruments
from station_desk.domain.auth import sign_in
from station_desk.domain.clock import FakeClock, iso
from station_desk.domain.session import Session
from station_desk.domain.vocab import load_demo_inputs
from station_desk.tools.demo import DEMO_ACCOUNTS, create_demo_vault, demo_answers, populate

NOW = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
ADMIN = next(a for a in DEMO_ACCOUNTS() if a["role"] == "admin")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, dict[str, int]]]:
    root = tmp_path_factory.mktemp("demo") / "vault"
    summary = create_demo_vault(root, clock=FakeClock(NOW))
    session = sign_in(root, ADMIN["username"], ADMIN["password"], clock=FakeClock(NOW))
    yield session, summary.counts
    session.close()


def as_user(admin: Session, user_id: int) -> Session:
    name = admin.db.scalar("SELECT username FROM users WHERE id = ?", (user_id,))
    return Session(admin.vault, accounts.get_user(admin, name), admin.clock)


def test_the_500_session_demo_keeps_its_counts_and_adds_assessments(
        demo: tuple[Session, dict[str, int]]) -> None:
    session, counts = demo
    for key, value in {"users": 5, "clients": 120, "sessions": 500}.items():
        assert counts[key] == value
    for key in ("consents", "followups", "addenda", "activities", "crises", "referrals",
                "satisfaction", "appointments"):
        assert counts[key] > 0, key
    for table, key in (("assessments", "assessments"),
                       ("assessment_alerts", "assessment_alerts")):
        assert session.db.scalar(f"SELECT count(*) FROM {table}") == counts[key] > 0
    assert counts["assessments"] > 150
    assert counts["anonymous_screenings"] == session.db.scalar(
        "SELECT count(*) FROM assessments WHERE mode = 'anonymous'") >= 10
    assert session.db.scalar("SELECT count(DISTINCT mode) FROM assessments WHERE client_id"
                             " IS NOT NULL") == 1


def test_every_row_is_what_the_instrument_scores_from_its_answers(
        demo: tuple[Session, dict[str, int]]) -> None:
    session, _counts = demo
    shipped = instruments.load_all()
    rows = session.db.all("SELECT id, instrument_id, instrument_version, answers, total, score,"
                          " band, band_level, alerts, administered_at, created_at, mode,"
                          " client_id, administered_by FROM assessments")
    seen = set()
    for r in rows:
        inst = shipped[r[1]]
        result = instruments.score(inst, json.loads(r[3]))
        band = result.band
        assert (r[2], r[4], r[5], r[7]) == (inst.version, result.total, result.display_score,
                                            band.level)
        assert json.loads(r[6]) == {"min": band.min, "max": band.max, "zh": band.label_zh,
                                    "en": band.label_en}
        assert [a["code"] for a in json.loads(r[8])] == [a.code for a in result.alerts]
        codes = [c for (c,) in session.db.all(
            "SELECT code FROM assessment_alerts WHERE assessment_id = ? ORDER BY id", (r[0],))]
        assert codes == [a.code for a in result.alerts]
        assert r[9] == r[10] and r[13] is not None
        if r[11] == "anonymous":
            assert r[12] is None and len(r[9]) == 10  # the day only, as the domain stores it
        else:
            assert r[11] == "counsellor" and r[12] is not None
            assert r[9] <= iso(NOW) and r[9].endswith("Z")
            # office hours on the station's calendar
            assert 9 <= (int(r[9][11:13]) + 8) <= 17
        seen.add(r[1])
    assert seen == set(shipped)  # every shipped instrument appears somewhere


def test_files_have_trends_and_a_recent_positive_item_9_waits_for_its_counsellor(
        demo: tuple[Session, dict[str, int]]) -> None:
    admin, _counts = demo
    series = admin.db.all(
        "SELECT client_id, count(*) FROM assessments WHERE instrument_id = 'phq9'"
        " AND client_id IS NOT NULL GROUP BY client_id HAVING count(*) >= 3")
    assert len(series) >= 5
    flagged = admin.db.all(
        "SELECT al.client_id, a.administered_at, c.counsellor_id, c.status, al.acknowledged_at"
        " FROM assessment_alerts al JOIN assessments a ON a.id = al.assessment_id"
        " JOIN clients c ON c.id = al.client_id WHERE al.code = 'suicidal_ideation'")
    assert len(flagged) == 1
    client_id, when, counsellor, status, acked = flagged[0]
    assert status == "open" and acked is None
    assert (NOW.date() - dt.date.fromisoformat(when[:10])).days <= 7
    assert json.loads(admin.db.scalar(
        "SELECT answers FROM assessments WHERE client_id = ? AND administered_at = ?",
        (client_id, when)))[8] > 0
    own = as_user(admin, counsellor)
    assert assessments.item9_flag(own, client_id) is not None
    alerts = assessments.open_alerts(own, client_id)
    assert "suicidal_ideation" in {a.code for a in alerts}
    trend = next(t for t in assessments.build_trends(
        assessments.list_for_client(own, client_id), instruments.load_all())
        if t.instrument_id == "phq9")
    assert len(trend.points) >= 3 and trend.change is not None
    # older alerts were acknowledged by the counsellor who gave the test
    assert admin.db.scalar(
        "SELECT count(*) FROM assessment_alerts WHERE acknowledged_at IS NULL AND raised_at < ?"
        " AND assessment_id NOT IN (SELECT assessment_id FROM assessment_alerts"
        " WHERE code = 'suicidal_ideation')",
        ((NOW - dt.timedelta(days=2)).strftime("%Y-%m-%d"),)) == 0


def test_anonymous_screenings_count_in_the_statistics(
        demo: tuple[Session, dict[str, int]]) -> None:
    admin, counts = demo
    stats = assessments.statistics(admin, NOW.date() - dt.timedelta(days=600), NOW.date())
    assert stats.by_mode["anonymous"] == counts["anonymous_screenings"]
    assert sum(stats.anonymous_by_gender.values()) == counts["anonymous_screenings"]
    assert set(stats.anonymous_by_age_band) <= set(assessments.AGE_BANDS)
    assert stats.anonymous_by_industry


def test_assessments_leave_the_records_as_they_were(tmp_path: Path) -> None:
    """The same seed gives the same files and sessions with or without assessments."""
    inputs = load_demo_inputs()
    dumps = []
    for flag in (False, True):
        from station_desk.domain.auth import create_station
        from station_desk.tools.demo import DEMO_STATION

        admin = next(s for s in inputs.staff if s.role == "admin")
        session, _key = create_station(tmp_path / str(flag), DEMO_STATION, admin.username,
                                       admin.display_name, admin.password,
                                       clock=FakeClock(NOW))
        with session:
            for member in inputs.staff:
                if member is not admin:
                    accounts.add_user(session, member.username, member.display_name,
                                      member.role, member.password)
            ids = {r[0]: r[1] for r in session.db.all("SELECT username, id FROM users")}
            counts = populate(session.db, random.Random(7), inputs, ids, today=NOW.date(),
                              n_clients=30, n_sessions=90, now=iso(NOW), assessments=flag)
            dumps.append([[tuple(r) for r in session.db.all(f"SELECT * FROM {t} ORDER BY id")]
                          for t in ("clients", "sessions", "followups", "crises",
                                    "appointments", "activities")])
            assert ("assessments" in counts) is flag
            assert bool(session.db.scalar("SELECT count(*) FROM assessments")) is flag
    assert dumps[0] == dumps[1]


def test_answer_sets_lean_with_severity_and_keep_item_9_as_asked() -> None:
    rng = random.Random(1)
    shipped = instruments.load_all()
    for inst in shipped.values():
        mild = [instruments.score(inst, demo_answers(rng, inst, 0)).total for _ in range(40)]
        hard = [instruments.score(inst, demo_answers(rng, inst, 3)).total for _ in range(40)]
        worse = sum(hard) > sum(mild) if inst.direction == "higher_worse" else \
            sum(hard) < sum(mild)
        assert worse, inst.id
    phq9 = shipped["phq9"]
    assert all(demo_answers(rng, phq9, 3)[8] == 0 for _ in range(50))
    assert all(demo_answers(rng, phq9, 2, self_harm=1)[8] == 1 for _ in range(5))
