"""Settings: this PC's display choices, and the station's idle-lock policy (admins only)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import RECEPTIONIST_PASSWORD, settle, sign_in_as

from station_desk.domain import station_settings
from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import settings as ui_settings_registry
from station_desk.ui.main_window import MainWindow
from station_desk.ui.preferences import PreferencesDialog
from station_desk.ui.settings import UiSettings


def test_admin_changes_idle_minutes_and_text_size(qtbot: QtBot, admin: Session,
                                                   ui_settings: UiSettings) -> None:
    dialog = PreferencesDialog(admin, ui_settings)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == station_settings.DEFAULT_IDLE_LOCK_MINUTES
    dialog.idle_minutes.setValue(2)
    dialog.font_scale.setCurrentIndex(dialog.font_scale.findData(1.25))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    settle(qtbot)  # the lock policy is saved on the worker
    assert station_settings.idle_lock_minutes(admin) == 2
    assert admin.audit.query(action="settings.edit", limit=1)[0].target == \
        "setting:idle_lock_minutes"
    assert ui_settings.get(ui_settings_registry.FONT_SCALE) == 1.25
    assert ui_settings.get(ui_settings_registry.LANGUAGE) == "en"

    window = MainWindow(admin, ui_settings)
    qtbot.addWidget(window)
    assert window.idle.timeout_ms() == 2 * 60_000


def test_receptionist_cannot_change_the_lock_policy(
        qtbot: QtBot, admin: Session, clock: FakeClock, ui_settings: UiSettings) -> None:
    from station_desk.domain import accounts

    accounts.add_user(admin, "front", "前台", "receptionist", RECEPTIONIST_PASSWORD)
    receptionist = sign_in_as(admin, "front", RECEPTIONIST_PASSWORD, clock)
    try:
        dialog = PreferencesDialog(receptionist, ui_settings)
        qtbot.addWidget(dialog)
        assert not dialog.idle_minutes.isEnabled()
        dialog.idle_minutes.setValue(60)  # even if the widget were enabled somehow
        dialog.accept()
        settle(qtbot)
        assert dialog.result() == 0 and "Not permitted" in dialog.error.text()
        with pytest.raises(StationDeskError) as refused:
            station_settings.set_idle_lock_minutes(receptionist, 30)
        assert refused.value.code == "forbidden"
        assert station_settings.idle_lock_minutes(receptionist) == 5
    finally:
        receptionist.close()


def test_out_of_range_values_are_refused(admin: Session) -> None:
    for bad in (0, 61):
        with pytest.raises(StationDeskError) as refused:
            station_settings.set_idle_lock_minutes(admin, bad)
        assert refused.value.code == "bad_input"
    with pytest.raises(StationDeskError):
        station_settings.set_backup_dir(admin, "relative/folder")
    with pytest.raises(StationDeskError):
        station_settings.set_backup_keep(admin, 0)
