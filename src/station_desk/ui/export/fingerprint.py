"""The station's public-key fingerprint with a Copy button: what the city union checks, by
phone or in writing, before it registers the station's key.

The fingerprint identifies a public key and is not secret, so it goes to the clipboard as plain
text (no password-manager hints, not cleared on lock), unlike excerpts from records.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.export.keys import station_fingerprint
from station_desk.ui import theme


def fingerprint_or_dash(session: Session) -> str:
    try:
        return station_fingerprint(session)
    except StationDeskError:
        return "—"


class FingerprintBox(QWidget):
    """The fingerprint in a fixed-width font, selectable, and a button that copies it."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 scale: float = 1.0) -> None:
        super().__init__(parent)
        text = fingerprint_or_dash(session)
        self.fingerprint = QLabel(text, self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        # `scale` times the text size, also after the text size is changed while it is shown
        theme.follow_text_size(self.fingerprint, scale, font=font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.fingerprint.setAccessibleName(self.tr("Station key fingerprint"))
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the fingerprint, e.g. into the registration "
                                            "form for the city union"))
        self.copy_button.setEnabled(text != "—")
        self.copied = QLabel(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.fingerprint)
        row.addWidget(self.copy_button)
        row.addWidget(self.copied)
        row.addStretch(1)
        self.copy_button.clicked.connect(self.copy)

    def text(self) -> str:
        return self.fingerprint.text()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copied.setText(self.tr("Copied"))
