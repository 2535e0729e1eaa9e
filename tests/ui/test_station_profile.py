"""修改服务站信息: the admin corrects the station profile; audited; others are refused."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import RECEPTIONIST_PASSWORD, settle, sign_in_as

from helpers import expect_error
from station_desk.domain import station_settings
from station_desk.domain.auth import StationProfile
from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.ui.main_window import MainWindow
from station_desk.ui.settings import UiSettings
from station_desk.ui.station_profile import StationProfileDialog


def test_admin_edits_the_station_profile_from_the_tools_menu(
        qtbot: QtBot, admin: Session, ui_settings: UiSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(admin, ui_settings)
    qtbot.addWidget(window)
    settle(qtbot)  # the station's name is read on the worker
    assert window.station_action.isVisible()
    assert "示例职工心理健康服务站" in window.windowTitle()

    def ask(session: Session, parent: Any = None) -> Any:
        dialog = StationProfileDialog(session, None, parent)  # reads it on the worker
        qtbot.addWidget(dialog)
        settle(qtbot)
        assert dialog.name.text() == "示例职工心理健康服务站"
        assert dialog.tier.currentData() == "complete_1"
        dialog.name.setText("   ")
        dialog.accept()  # refused inline, in one language, naming no field code
        settle(qtbot)
        assert dialog.error.text() == "Station profile incomplete: enter the station's name"
        dialog.name.setText("  示例区职工心理健康服务站  ")
        dialog.tier.setCurrentIndex(dialog.tier.findData("complete_2"))
        dialog.address.setText("示例路 2 号")
        dialog.accept()
        settle(qtbot)
        assert dialog.result() == StationProfileDialog.DialogCode.Accepted
        return dialog.changed
    monkeypatch.setattr(StationProfileDialog, "ask", ask)
    window.station_action.trigger()
    settle(qtbot)  # and read again

    assert station_settings.station_profile(admin) == StationProfile(
        "示例区职工心理健康服务站", "U-TEST-01", "complete_2", "示例路 2 号")
    assert "示例区职工心理健康服务站" in window.windowTitle()
    entry = admin.audit.query(action="station.edit", limit=1)[0]
    assert entry.username == "admin" and "complete_1" in entry.detail
    assert entry.label("zh") == "修改服务站信息"
    # saving it unchanged writes nothing
    again = station_settings.update_station_profile(
        admin, station_settings.station_profile(admin))
    assert again == {} and len(admin.audit.query(action="station.edit")) == 1


def test_only_the_admin_may_edit_it(qtbot: QtBot, staff: Session, clock: FakeClock,
                                    ui_settings: UiSettings) -> None:
    expect_error("bad_station", station_settings.update_station_profile, staff,
                 StationProfile("x", "U", "no-such-tier"))
    err = expect_error("bad_station", station_settings.update_station_profile, staff,
                       StationProfile("x", "", "standard"))
    assert err.message("zh") == "服务站信息不完整：请填写工会代码"
    with sign_in_as(staff, "front", RECEPTIONIST_PASSWORD, clock) as front:
        window = MainWindow(front, ui_settings)
        qtbot.addWidget(window)
        assert not window.station_action.isVisible()
        expect_error("forbidden", station_settings.update_station_profile, front,
                     StationProfile("改名", "U-TEST-01", "standard"))
        assert station_settings.station_profile(front).name == "示例职工心理健康服务站"
