"""The one QApplication, named, with its icon and its look (ui/theme.py: style, palette,
stylesheet, applied here once): for the app (`app_main`), the union's own window
(`station-desk union`) and the bench's app pass alike."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from station_desk import __version__
from station_desk.ui import theme
from station_desk.ui.icons import app_icon


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("station-desk")
    app.setOrganizationName("StationDesk")
    app.setApplicationDisplayName("Station Desk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    theme.apply(app)
    return app
