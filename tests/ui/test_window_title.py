"""The main window names the app once, in the user's language, with Qt's own suffix too."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import refuse_disk_full, settle

from station_desk.app_main import name_application
from station_desk.domain import station_settings
from station_desk.domain.session import Session
from station_desk.ui.i18n import LANG_PROPERTY, install_translators
from station_desk.ui.main_window import MainWindow
from station_desk.ui.settings import UiSettings


def native_title(title: str, display_name: str) -> str:
    """What Qt puts in the title bar (QPlatformWindow::formatWindowTitle): the display name
    is appended unless the title already ends with it."""
    if not display_name or title.endswith(display_name):
        return title
    return f"{title} \u2014 {display_name}" if title else display_name


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_title_names_the_app_once(qapp: QApplication, qtbot: QtBot, admin: Session,
                                  ui_settings: UiSettings, lang: str) -> None:
    before = qapp.applicationDisplayName()
    translators = install_translators(qapp, lang)
    try:
        name_application(qapp)
        window = MainWindow(admin, ui_settings)
        qtbot.addWidget(window)
        settle(qtbot)  # the station's name is read on the worker
        shown = native_title(window.windowTitle(), qapp.applicationDisplayName())
        assert shown.count("Station Desk") == 1, shown
        assert "王站长" in shown and "示例职工心理健康服务站" in shown
        window.lock()
        shown = native_title(window.windowTitle(), qapp.applicationDisplayName())
        assert shown.count("Station Desk") == 1, shown
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setProperty(LANG_PROPERTY, "en")
        qapp.setApplicationDisplayName(before)


def test_the_station_name_is_read_on_the_worker_and_never_shown_while_locked(
        qtbot: QtBot, admin: Session, ui_settings: UiSettings, shown: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = station_settings.station_profile
    threads: list[int] = []

    def watched(session: Session) -> Any:
        threads.append(threading.get_ident())
        return real(session)

    monkeypatch.setattr(station_settings, "station_profile", watched)
    window = MainWindow(admin, ui_settings)
    qtbot.addWidget(window)
    settle(qtbot)
    assert threads and threading.get_ident() not in threads
    assert "示例职工心理健康服务站" in window.windowTitle()
    window._update_title()  # asked again (the profile edited) ...
    window.lock()  # ... and locked before the answer is back
    settle(qtbot)
    assert "示例职工心理健康服务站" not in window.windowTitle()
    assert "王站长" not in window.windowTitle()


def test_a_station_name_that_cannot_be_read_is_left_out_without_a_box(
        qtbot: QtBot, admin: Session, ui_settings: UiSettings, shown: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:

    monkeypatch.setattr(station_settings, "station_profile", refuse_disk_full)
    window = MainWindow(admin, ui_settings)
    qtbot.addWidget(window)
    settle(qtbot)
    assert "王站长" in window.windowTitle() and shown.errors == []
