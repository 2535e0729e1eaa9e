"""Enabling a disabled account again (a colleague back from leave). Disabling removed the
account's key, so it comes back with a new password the admin hands over in person."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from station_desk.domain import accounts
from station_desk.domain.session import Session
from station_desk.domain.users import User
from station_desk.ui.accounts_dialogs import _FormDialog, _PasswordPair
from station_desk.ui.i18n import arg


class EnableAccountDialog(_FormDialog):
    def __init__(self, session: Session, user: User, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(arg(self.tr("Enable the account of %1"), user.display_name))
        self.user = user
        hint = QLabel(arg(self.tr("%1 can sign in again with a new password. Give it to the "
                                  "person directly; they can change it afterwards. Enabling "
                                  "is recorded in the audit trail."), user.display_name))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.passwords = _PasswordPair(self, self.tr("New password"))
        self.finish_layout()

    def submit(self) -> Callable[[], None]:
        session, username, password = self.session, self.user.username, self.passwords.value()
        return lambda: accounts.enable_user(session, username, password())

    @classmethod
    def ask(cls, session: Session, user: User, parent: QWidget | None = None) -> bool:
        return cls.run(cls(session, user, parent))
