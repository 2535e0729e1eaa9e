"""The page that replaces the whole work area while the session is locked.

It names who locked it and nothing else: no client, no record, no section title.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import arg
from station_desk.ui.operations import QueryOp
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
        """The password is checked again by Argon2id, on the operations worker: the window
        keeps painting meanwhile (see ui/operations.py)."""
        if not self.unlock_button.isEnabled():
            return
        session, secret = self.session, self.password.text()
        self._set_checking(True)
        QueryOp(self, lambda: session.unlock(secret)).success(self._unlocked) \
            .failure(self._refused).run()

    def _set_checking(self, busy: bool) -> None:
        for widget in (self.password, self.unlock_button, self.sign_out_button):
            widget.setEnabled(not busy)

    def _refused(self, exc: StationDeskError) -> None:
        self._set_checking(False)
        self.password.clear()
        self.error.show_error(exc)
        self.password.setFocus()

    def _unlocked(self, _result: None) -> None:
        self._set_checking(False)
        self.password.clear()
        self.error.clear_text()
        self.unlocked.emit()
