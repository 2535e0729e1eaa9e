"""The surveys page (a new campaign, paper sheets typed one line each) and the anonymous
screening dialog taking a campaign running today."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain import instruments, survey_sheets, surveys
from station_desk.domain.clock import FakeClock
from station_desk.ui.assess.anonymous import AnonymousDialog
from station_desk.ui.tier.surveys_page import SurveysPage
from tier_support import build_station, signed_in


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock) -> Path:
    root = tmp_path / "v"
    build_station(root, clock)
    return root


def test_admin_creates_a_campaign_and_a_counsellor_types_in_sheets(
        station: Path, clock: FakeClock, qtbot: QtBot) -> None:
    with signed_in(station, "admin", clock) as admin:
        page = SurveysPage(admin)
        qtbot.addWidget(page)
        assert not page.sheet.isVisibleTo(page)  # the admin does not enter screenings
        page.name.setText("示例机械厂春季心理筛查")
        page.unit.setText("示例机械厂")
        page.create()
        settle(qtbot)  # created on the worker; the list reloads from the notice
        [campaign] = surveys.list_campaigns(admin)
        assert set(campaign.instruments) == {"phq9", "gad7"} and page.name.text() == ""
        assert page.list.topLevelItem(0).text(0) == "示例机械厂春季心理筛查"
        page.create()
        settle(qtbot)
        assert "campaign name" in page.message.text()
        assert len(surveys.list_campaigns(admin)) == 1
    with signed_in(station, "lin", clock) as lin:
        page = SurveysPage(lin)
        qtbot.addWidget(page)
        settle(qtbot)
        assert page.campaign.currentText() == "示例机械厂春季心理筛查"
        page.instrument.setCurrentIndex(page.instrument.findData("phq9"))
        page.sheet.setText("f 3 1 migrant 012301230")
        page.enter_sheet()
        settle(qtbot)
        assert page.sheet.text() == ""
        assert page.last_sheet.text().startswith("Stored: ")
        page.sheet.setText("f 3 1 migrant 0123")
        page.enter_sheet()
        settle(qtbot)
        assert page.sheet.text() == "f 3 1 migrant 0123"  # kept to be corrected
        assert "has 9 items; this line gives 4 answers" in page.message.text()
        assert page.list.topLevelItem(0).text(4) == "1"
        assert surveys.screening_counts(lin, campaign.id) == {"phq9": 1}


def test_the_anonymous_screening_takes_a_campaign_and_a_key_group(
        station: Path, clock: FakeClock, qtbot: QtBot) -> None:
    with signed_in(station, "admin", clock) as admin:
        campaign = surveys.create_campaign(admin, "春季筛查", "示例机械厂", "2026-11-01",
                                           "2026-11-30", ["phq9"])
    shipped = instruments.load_all()
    dialog = AnonymousDialog(shipped, campaigns=[campaign])
    qtbot.addWidget(dialog)
    dialog.campaign.setCurrentIndex(dialog.campaign.findData(campaign.id))
    dialog.key_group.setCurrentIndex(dialog.key_group.findData("new_employment"))
    dialog.accept()
    assert dialog.choice is not None
    assert dialog.choice.fields.campaign_id == campaign.id
    assert dialog.choice.fields.key_group == "new_employment"
    plain = AnonymousDialog(shipped)
    qtbot.addWidget(plain)
    plain.accept()
    assert plain.choice is not None and plain.choice.fields.campaign_id is None


def test_the_admin_opens_a_campaigns_report(station: Path, clock: FakeClock,
                                            qtbot: QtBot) -> None:
    with signed_in(station, "admin", clock) as admin:
        campaign = surveys.create_campaign(admin, "春季筛查", "示例机械厂", "2026-11-01",
                                           "2026-11-30", ["phq9"])
        page = SurveysPage(admin)
        qtbot.addWidget(page)
        settle(qtbot)
        assert not page.report_button.isHidden()
        page.show_report()
        assert "Choose a campaign" in page.message.text()
        page.list.setCurrentItem(page.list.topLevelItem(0))
        page.show_report()
        settle(qtbot)
        assert page._preview is None  # no screenings yet: said so, nothing opened
        assert "has no screenings yet" in page.message.text()
    with signed_in(station, "lin", clock) as lin:
        survey_sheets.enter_sheet(lin, campaign.id, instruments.load_all()["phq9"],
                            "f 3 1 - 012301230")
        page = SurveysPage(lin)
        qtbot.addWidget(page)
        settle(qtbot)
        assert page.report_button.isHidden()  # reports go out with the admin's packages
    with signed_in(station, "admin", clock) as admin:
        page = SurveysPage(admin)
        qtbot.addWidget(page)
        settle(qtbot)
        page.list.setCurrentItem(page.list.topLevelItem(0))
        page.show_report()
        settle(qtbot)
        assert page._preview is None  # November's package not sent yet
        assert "2026-11" in page.message.text() and "Export them first" in page.message.text()
