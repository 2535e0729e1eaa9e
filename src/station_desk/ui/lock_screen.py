"""The page that replaces the whole work area while the session is locked.

It names who locked it and nothing else: no client, no record, no section title.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import arg
from station_desk.ui.wait import busy
from station_desk.ui.widgets import ErrorLabel, password_edit


class LockScreen(QWidget):
    unlocked = Signal()
    signOutRequested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("lockScreen")
        title = QLabel(self.tr("Screen locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if session.is_recovery:
            who = self.tr("Signed in with the recovery key. Enter the key to continue.")
        else:
            who = arg(self.tr("Locked by %1. Enter the password to continue."),
                      session.user.display_name)
        self.who = QLabel(who)
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who.setWordWrap(True)
        self.password = password_edit()
        self.password.setMinimumWidth(240)
        self.password.setPlaceholderText(self.tr("Recovery key") if session.is_recovery
                                         else self.tr("Password"))
        self.password.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self.signOutRequested)
        self.error = ErrorLabel()
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addWidget(self.who)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addStretch(3)

    def reset(self) -> None:
        self.password.clear()
        self.error.clear_text()
        self.password.setFocus()

    def try_unlock(self) -> None:
        try:
            with busy():
                self.session.unlock(self.password.text())
        except StationDeskError as exc:
            self.password.clear()
            self.error.show_error(exc)
            return
        self.password.clear()
        self.error.clear_text()
        self.unlocked.emit()
