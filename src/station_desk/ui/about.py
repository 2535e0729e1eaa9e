"""Help → About: name, version, purpose, and the licences of what the installers bundle.

The list of components comes from `resources/licenses/components.json`, the file the packaging
tests check against what is shipped, so the dialog cannot drift from the bundle. Licence texts
are shown read-only from `resources/licenses/` (the font's from `resources/fonts/`), which the
installers carry: LGPL and the BSD-style licences ask for the text to travel with the program.
"""

from __future__ import annotations

import html
import json
import platform
from dataclasses import dataclass
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from station_desk import __version__
from station_desk.paths import resources_dir
from station_desk.ui.i18n import arg
from station_desk.ui.icons import app_icon
from station_desk.ui.labels import app_title
from station_desk.ui.modal import dispose, run_modal

APP_LICENSE = "Apache-2.0"


@dataclass(frozen=True)
class Component:
    name: str
    license: str
    url: str
    files: tuple[Path, ...]

    def text(self) -> str:
        parts = []
        for path in self.files:
            try:
                parts.append(path.read_text("utf-8", errors="replace"))
            except OSError:
                parts.append(f"[{path.name}: not found]")
        return "\n\n".join(parts)


def licenses_dir() -> Path:
    return resources_dir() / "licenses"


def components() -> list[Component]:
    """The bundled font first, then each third-party library, as components.json lists them."""
    folder = licenses_dir()
    data = json.loads((folder / "components.json").read_text("utf-8"))
    font = data["font"]
    items = [Component(font["name"], font["license"], font["url"],
                       ((folder / font["file"]).resolve(),))]
    for entry in data["components"]:
        items.append(Component(entry["name"], entry["license"], entry["url"],
                               tuple(folder / name for name in entry["files"])))
    return items


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(arg(self.tr("About %1"), app_title()))
        self.setWindowIcon(app_icon())
        self._components = [Component(app_title(), APP_LICENSE, "",
                                      (licenses_dir() / "Apache-2.0.txt",)), *components()]

        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        purpose = self.tr("Encrypted records for trade-union staff mental-health service "
                          "stations.")
        font_note = self.tr("Chinese text uses WenQuanYi Micro Hei (Apache-2.0).")
        icon_note = self.tr("Icons: Phosphor (MIT), drawn by QtAwesome (MIT).")
        self.heading = QLabel(
            f"<h3>{html.escape(app_title())}</h3><p>{html.escape(self.version_text())}</p>"
            f"<p>{html.escape(purpose)}</p><p>{html.escape(font_note)}<br>"
            f"{html.escape(icon_note)}</p>", self)
        self.heading.setObjectName("aboutHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)

        list_label = QLabel(self.tr("&Licences of the bundled font and libraries:"), self)
        self.component_list = QListWidget(self)
        self.component_list.setObjectName("aboutComponents")
        for item in self._components:
            self.component_list.addItem(f"{item.name} — {item.license}")
        list_label.setBuddy(self.component_list)
        self.link_label = QLabel(self)
        self.link_label.setObjectName("aboutLink")
        self.link_label.setOpenExternalLinks(True)
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.license_text = QPlainTextEdit(self)
        self.license_text.setObjectName("aboutLicenseText")
        self.license_text.setReadOnly(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(self.font().pointSizeF() * 0.9)  # with the user's text size
        self.license_text.setFont(fixed)
        self.license_text.setAccessibleName(self.tr("Licence text"))
        self.license_text.setMinimumHeight(160)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(list_label)
        layout.addWidget(self.component_list)
        layout.addWidget(self.link_label)
        layout.addWidget(self.license_text, 1)
        layout.addWidget(buttons)

        self.component_list.currentRowChanged.connect(self._show_component)
        self.component_list.setCurrentRow(1)  # the font: what the issue asks the dialog to show
        self.setTabOrder(self.component_list, self.license_text)
        self.setTabOrder(self.license_text, buttons)
        # Sized in lines and characters, so it grows with the text size, within the screen.
        metrics = self.fontMetrics()
        width, height = 80 * metrics.averageCharWidth(), 36 * metrics.height()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width, height = min(width, screen.width() * 9 // 10), \
                min(height, screen.height() * 9 // 10)
        self.resize(width, height)

    def version_text(self) -> str:
        return arg(self.tr("Version %1 (Qt %2, PySide6 %3, Python %4)"), __version__,
                   qVersion(), pyside_version, platform.python_version())

    def _show_component(self, row: int) -> None:
        if not 0 <= row < len(self._components):
            return
        item = self._components[row]
        url = html.escape(item.url, quote=True)
        self.link_label.setText(f'<a href="{url}">{url}</a>' if item.url else "")
        self.license_text.setPlainText(item.text())

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> None:
        """Show the dialog modally; callers' tests monkeypatch this."""
        dialog = cls(parent)
        try:
            run_modal(dialog)
        finally:
            dispose(dialog)
