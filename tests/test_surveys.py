"""Survey campaigns: a named screening round with its dates and instruments, screenings
tagged with it from the kiosk or typed in from paper sheets one line each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import expect_error
from station_desk.domain import assessments, instruments, survey_sheets, surveys
from station_desk.domain.assessments import AnonymousFields
from station_desk.domain.clock import FakeClock
from station_desk.domain.records.common import ValidationError
from tier_support import build_station, signed_in

PHQ9 = instruments.load_all()["phq9"]
GAD7 = instruments.load_all()["gad7"]


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock) -> Path:
    root = tmp_path / "v"
    build_station(root, clock)
    return root


def spring(session) -> surveys.Campaign:  # noqa: ANN001
    return surveys.create_campaign(session, "示例机械厂春季心理筛查", "示例机械厂",
                                   "2026-10-26", "2026-11-06", ["phq9", "gad7"],
                                   "车间轮班职工为主")


def test_a_campaign_is_made_with_its_dates_and_instruments(station: Path,
                                                           clock: FakeClock) -> None:
    with signed_in(station, "admin", clock) as admin:
        campaign = spring(admin)
        assert campaign.instruments == ("phq9", "gad7")
        assert campaign.open_on(dt.date(2026, 11, 2)) and not campaign.open_on(
            dt.date(2026, 11, 7))
        with pytest.raises(ValidationError) as bad:
            surveys.create_campaign(admin, "", "", "2026-11-10", "2026-11-01", ["nope"])
        assert set(bad.value.fields) == {"campaign_name", "instruments", "ends_on"}
        expect_error("survey_no_instruments", surveys.create_campaign, admin, "秋季", "",
                     "2026-11-01", "2026-11-02", [])
        assert [c.id for c in surveys.list_campaigns(admin, open_on=dt.date(2026, 11, 2))] \
            == [campaign.id]
        assert admin.audit.query(action="survey.create")[0].target == f"survey:{campaign.id}"
    with signed_in(station, "qian", clock) as qian:
        expect_error("forbidden", surveys.create_campaign, qian, "x", "", "2026-11-01",
                     "2026-11-02", ["phq9"])


def test_paper_sheets_one_line_each(station: Path, clock: FakeClock) -> None:
    with signed_in(station, "admin", clock) as admin:
        campaign = spring(admin)
    with signed_in(station, "lin", clock) as lin:
        anon, answers = survey_sheets.parse_sheet(PHQ9, "f 3 1 migrant 012301230", campaign.id)
        assert anon == AnonymousFields("female", "30_39", "manufacturing", "migrant",
                                       campaign.id)
        assert answers == [0, 1, 2, 3, 0, 1, 2, 3, 0]
        anon, _ = survey_sheets.parse_sheet(GAD7, "男 - - - 0,0,1,1,2,2,3")
        assert (anon.gender, anon.age_band, anon.industry, anon.key_group) == (
            "male", "unspecified", "", "")
        for line, code in (("f 3 1 012301230", "sheet_fields"),
                           ("x 3 1 - 012301230", "sheet_value"),
                           ("f 9 1 - 012301230", "sheet_value"),
                           ("f 3 99 - 012301230", "sheet_value"),
                           ("f 3 1 - 01230123", "sheet_answers"),
                           ("f 3 1 - 012301239", "sheet_answer")):
            expect_error(code, survey_sheets.parse_sheet, PHQ9, line)
        outcome = survey_sheets.enter_sheet(lin, campaign.id, PHQ9, "f 3 1 migrant 012301230")
        row = lin.db.one("SELECT campaign_id, anon_key_group, anon_industry, mode, client_id"
                         " FROM assessments WHERE id = ?", (outcome.administration.id,))
        assert tuple(row) == (campaign.id, "migrant", "manufacturing", "anonymous", None)
        # the kiosk's path: the same anonymous screening with the campaign in its fields
        assessments.anonymous_screening(lin, GAD7, [1] * 7, AnonymousFields(
            "male", "40_49", "", "", campaign.id))
        assert surveys.screening_counts(lin, campaign.id) == {"phq9": 1, "gad7": 1}
        expect_error("survey_instrument", assessments.anonymous_screening, lin,
                     instruments.load_all()["who5"], [3] * 5,
                     AnonymousFields(campaign_id=campaign.id))
        clock.advance(days=10)
        expect_error("survey_closed", survey_sheets.enter_sheet, lin, campaign.id, PHQ9,
                     "f 3 1 - 012301230")
        detail = lin.audit.query(action="assessment.anonymous")[0].detail
        assert f'"campaign": {campaign.id}' in detail


def test_campaigns_are_the_self_checks_evidence_of_routine_surveys(
        tmp_path: Path, clock: FakeClock) -> None:
    from station_desk.domain.tier import selfcheck

    root = tmp_path / "c2"
    build_station(root, clock, tier="complete_2")

    def survey(session) -> tuple[str, str]:  # noqa: ANN001
        finding = next(f for f in selfcheck.evaluate(session).findings
                       if f.code == "c2_wellbeing_survey")
        return finding.status, finding.reason("en")

    with signed_in(root, "admin", clock) as admin:
        assert survey(admin)[0] == selfcheck.MET  # the walk-in screenings kept up
        admin.db.execute("UPDATE clinical.assessments SET administered_at = '2026-08-30'"
                         " WHERE mode = 'anonymous'")  # ... now all in the first month
        assert survey(admin)[0] == selfcheck.NOT_MET
        surveys.create_campaign(admin, "秋季筛查", "示例机械厂", "2026-10-12", "2026-10-23",
                                ["phq9"])
        status, reason = survey(admin)
        assert status == selfcheck.NOT_MET and "1 campaign(s) ended without a screening" in reason
        spring(admin)
    with signed_in(root, "lin", clock) as lin:
        survey_sheets.enter_sheet(lin, 2, PHQ9, "f 3 1 - 012301230")
    with signed_in(root, "admin", clock) as admin:
        status, reason = survey(admin)
        assert status == selfcheck.MET
        assert reason == "1 survey campaign(s) with screenings recorded."
