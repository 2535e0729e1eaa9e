"""Icons: our own PNGs from resources/icons, else Qt's standard ones (no extra plug-ins)."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from station_desk.paths import resources_dir

APP_ICON = "station-desk"


def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.png"
    if path.is_file():
        return QIcon(str(path))
    standard = getattr(QStyle.StandardPixmap, name, None)
    if standard is not None and QApplication.instance() is not None:
        return QApplication.style().standardIcon(standard)
    return QIcon()


def app_icon() -> QIcon:
    """Every rendered size, so each place (title bar, task bar, Alt+Tab) gets a sharp one."""
    folder = resources_dir() / "icons"
    sizes = sorted(folder.glob(f"{APP_ICON}-*.png"))
    if not sizes:
        return icon(APP_ICON)
    result = QIcon()
    for path in sizes:
        result.addFile(str(path))
    return result
