"""账户管理: the account table and the buttons that open the account dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import accounts
from station_desk.domain.session import Session
from station_desk.domain.users import User
from station_desk.ui import messages
from station_desk.ui.accounts_dialogs import AddUserDialog, ResetPasswordDialog, SupervisionDialog
from station_desk.ui.accounts_enable import EnableAccountDialog
from station_desk.ui.accounts_model import Accounts, UsersModel, read_accounts
from station_desk.ui.i18n import arg
from station_desk.ui.operations import Change, ChangeOp, QueryOp, refresh_on
from station_desk.ui.widgets import ErrorLabel


class AccountsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = UsersModel(session, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.reset_selected())

        self.add_button = QPushButton(self.tr("Add account…"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.disable_button = QPushButton(self.tr("Disable"))
        self.enable_button = QPushButton(self.tr("Enable…"))
        self.enable_button.clicked.connect(self.enable_selected)
        self.unlock_button = QPushButton(self.tr("Clear sign-in lock"))
        self.supervision_button = QPushButton(self.tr("Supervision…"))
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_selected)
        self.disable_button.clicked.connect(self.disable_selected)
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.supervision_button.clicked.connect(self.supervise_selected)
        self.error = ErrorLabel()

        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.disable_button,
                       self.enable_button, self.unlock_button, self.supervision_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        refresh_on(self, Change.ACCOUNTS, self._done)
        self.reload()

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.reset_button, self.unlock_button, self.supervision_button):
            button.setEnabled(user is not None)
        self.disable_button.setEnabled(user is not None and not user.disabled)
        # one of the two, whichever applies to the chosen account
        self.enable_button.setVisible(user is not None and user.disabled)
        self.disable_button.setVisible(not self.enable_button.isVisibleTo(self))

    def reload(self) -> None:
        """Read the accounts on the worker; a newer reload makes an older one give up."""
        session = self.session
        QueryOp(self, lambda: read_accounts(session)).success(self._show).failure(
            self.error.show_error).run(latest=f"accounts:{id(self)}")

    def _done(self) -> None:
        self.error.clear_text()
        self.reload()

    def _show(self, loaded: Accounts) -> None:
        """On the UI thread: the table filled, the chosen account still chosen."""
        selected = self.selected()
        self.model.fill(loaded)
        if selected is not None:
            for row, user in enumerate(self.model.users):
                if user.username == selected.username:
                    self.table.selectRow(row)
        self._update_buttons()

    def add_user(self) -> None:
        AddUserDialog.ask(self.session, self)  # the table reloads from the notice

    def reset_selected(self) -> None:
        user = self.selected()
        if user is not None:
            ResetPasswordDialog.ask(self.session, user, self)

    def supervise_selected(self) -> None:
        user = self.selected()
        if user is not None:
            SupervisionDialog.ask(self.session, user, self.model.users, self)

    def enable_selected(self) -> None:
        user = self.selected()
        if user is not None and user.disabled:
            EnableAccountDialog.ask(self.session, user, self)

    def disable_selected(self) -> None:
        user = self.selected()
        if user is None or not messages.confirm(self, arg(self.tr(
                "Disable the account of %1? The person can no longer sign in. Consider "
                "replacing the database key afterwards if they held a copy of the data."),
                user.display_name)):
            return
        self._call(accounts.disable_user, user.username)

    def unlock_selected(self) -> None:
        user = self.selected()
        if user is not None:
            self._call(accounts.unlock_account, user.username)

    def _call(self, action: Callable[[Session, str], object], username: str) -> None:
        session = self.session
        ChangeOp(self, lambda: action(session, username), Change.ACCOUNTS).failure(
            self.error.show_error).run()
