"""The main window names the app once, in the user's language, with Qt's own suffix too."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station_desk.app_main import name_application
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
