"""Staff accounts as a table model (a station has tens of accounts: loaded whole).

The page reads them on the operations worker (`read`) and hands them to the model on the UI
thread (`fill`); the model itself never reads the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from station_desk.domain import accounts
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.domain.users import User
from station_desk.ui.item_roles import DISPLAY, USER
from station_desk.ui.labels import format_time, role_label

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Accounts:
    """What the table shows, as read on the worker."""

    users: list[User]
    last_seen: dict[str, dt.datetime] = field(default_factory=dict)


def read_accounts(session: Session) -> Accounts:
    """On the worker: the accounts, and when each last signed in if the user may see it."""
    users = accounts.list_users(session)
    # the directory is staff-wide; when people signed in is the admin's to see
    seen = accounts.last_sign_ins(session) if session.can(Permission.MANAGE_ACCOUNTS) else {}
    return Accounts(users, seen)


class UsersModel(QAbstractTableModel):
    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.users: list[User] = []
        self.last_seen: dict[str, dt.datetime] = {}

    def fill(self, loaded: Accounts) -> None:
        """On the UI thread: show what `read_accounts` read."""
        self.beginResetModel()
        self.users = list(loaded.users)
        self.last_seen = dict(loaded.last_seen)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("User name"), self.tr("Display name"), self.tr("Role"),
                self.tr("Status"), self.tr("Supervisor"), self.tr("Last signed in")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if (role == DISPLAY and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers())):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if (role != DISPLAY and role != USER) or not 0 <= index.row() < len(self.users):
            return None  # ui/item_roles.py; row -1 is an invalid index
        user = self.users[index.row()]
        if role == USER:
            return user.username
        column = index.column()
        if column == 0:
            return user.username
        if column == 1:
            return user.display_name
        if column == 2:
            return role_label(user.role)
        if column == 3:
            return self.tr("disabled") if user.disabled else self.tr("active")
        if column == 4:
            return self._supervisor(user)
        if column == 5:
            if not self.session.can(Permission.MANAGE_ACCOUNTS):
                return ""
            return format_time(self.last_seen.get(user.username))
        return None

    def _supervisor(self, user: User) -> str:
        if not user.needs_review or user.supervisor_id is None:
            return ""
        for other in self.users:
            if other.id == user.supervisor_id:
                return other.display_name
        return "?"

    def user_at(self, row: int) -> User | None:
        return self.users[row] if 0 <= row < len(self.users) else None
