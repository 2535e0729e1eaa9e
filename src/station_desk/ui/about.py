"""Help → About: version, purpose, and the licences of what we bundle."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from station_desk import __version__
from station_desk.ui.i18n import arg
from station_desk.ui.icons import app_icon
from station_desk.ui.labels import app_title


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("About %1"), app_title()))
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        purpose = self.tr("Encrypted records for trade-union staff mental-health service "
                          "stations.")
        font_note = self.tr("Chinese text uses WenQuanYi Micro Hei (Apache-2.0).")
        text = QLabel(
            f"<h3>{html.escape(app_title())}</h3><p>{html.escape(self.version_text())}</p>"
            f"<p>{html.escape(purpose)}</p><p>{html.escape(font_note)}</p>")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(logo)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def version_text(self) -> str:
        return arg(self.tr("Version %1 (Qt %2, PySide6 %3, Python %4)"), __version__,
                   qVersion(), pyside_version, platform.python_version())

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> None:
        cls(parent).exec()
