"""Dialogs that change accounts. Each reads its form in `submit()` and OK runs the domain call
as an operation (ui/operations.py); the dialog closes when it succeeded and stays open showing
the refusal inline when it did not; `ask()` is the only place that runs one (through
`modal.run_modal`, which a screen lock does not cancel)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from station_desk.domain import accounts
from station_desk.domain.roles import Role
from station_desk.domain.session import Session
from station_desk.domain.users import MIN_PASSWORD, User
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import arg
from station_desk.ui.labels import role_label
from station_desk.ui.modal import accepted
from station_desk.ui.operations import Change, ChangeOp
from station_desk.ui.widgets import ErrorLabel, password_edit


class _FormDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.result_value: Any = None
        self.saving = False  # an OK being carried out: a second one does nothing
        self.setMinimumWidth(420)
        self.form = QFormLayout(self)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def submit(self) -> Callable[[], Any]:
        """Read the form (UI thread); the call it returns runs on the worker."""
        raise NotImplementedError

    def accept(self) -> None:
        if self.saving:
            return
        self.saving = True
        ChangeOp(self, self.submit(), Change.ACCOUNTS).success(self._saved).failure(
            self._refused).run()

    def _saved(self, result: Any) -> None:
        self.saving = False
        self.result_value = result
        self.error.clear_text()
        super().accept()

    def _refused(self, exc: StationDeskError) -> None:
        self.saving = False
        self.error.show_error(exc)

    @classmethod
    def run(cls, dialog: QDialog) -> bool:
        return accepted(dialog)


class _PasswordPair:
    def __init__(self, dialog: _FormDialog, label: str) -> None:
        self.first = password_edit()
        hint = QCoreApplication.translate("PasswordPair", "at least %1 characters")
        self.first.setPlaceholderText(arg(hint, MIN_PASSWORD))
        self.second = password_edit()
        dialog.form.addRow(label, self.first)
        repeat = QCoreApplication.translate("PasswordPair", "Repeat password")
        dialog.form.addRow(repeat, self.second)

    def value(self) -> Callable[[], str]:
        """The new password, checked with the rest of the call (on the worker)."""
        first, second = self.first.text(), self.second.text()
        differ = QCoreApplication.translate("PasswordPair", "the passwords differ")

        def checked() -> str:
            if first != second:
                raise StationDeskError("bad_input", detail=differ)
            return first
        return checked


class AddUserDialog(_FormDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Add account"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in (Role.COUNSELLOR, Role.RECEPTIONIST, Role.ADMIN):
            self.role.addItem(role_label(role), role.value)
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Display name"), self.display_name)
        self.form.addRow(self.tr("Role"), self.role)
        self.passwords = _PasswordPair(self, self.tr("Initial password"))
        self.finish_layout()

    @property
    def created(self) -> User | None:
        return self.result_value

    def submit(self) -> Callable[[], User]:
        session, username, name = self.session, self.username.text(), self.display_name.text()
        role, password = str(self.role.currentData()), self.passwords.value()
        return lambda: accounts.add_user(session, username, name, role, password())

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> bool:
        return cls.run(cls(session, parent))


class NewPasswordDialog(_FormDialog):
    """A new password for someone else's account, handed over in person: resetting a
    forgotten one (`ResetPasswordDialog`) or enabling a disabled account again
    (`accounts_enable.EnableAccountDialog`). The form and its checks are the same; each flow
    says only its texts and which domain call sets the password (the domain decides whether
    it may)."""

    def __init__(self, session: Session, user: User, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.user = user
        title, explanation = self.texts(user)
        self.setWindowTitle(title)
        hint = QLabel(explanation)
        hint.setWordWrap(True)
        self.form.addRow(hint)
        # translate(), not self.tr(): PySide looks tr() up under the subclass's name
        self.passwords = _PasswordPair(
            self, QCoreApplication.translate("NewPasswordDialog", "New password"))
        self.finish_layout()

    def texts(self, user: User) -> tuple[str, str]:
        """The window title and the explanation above the password."""
        raise NotImplementedError

    @staticmethod
    def set_password(session: Session, username: str, password: str) -> None:
        """The domain call (on the worker)."""
        raise NotImplementedError

    def submit(self) -> Callable[[], None]:
        session, username, password = self.session, self.user.username, self.passwords.value()
        set_password = self.set_password
        return lambda: set_password(session, username, password())

    @classmethod
    def ask(cls, session: Session, user: User, parent: QWidget | None = None) -> bool:
        return cls.run(cls(session, user, parent))


class ResetPasswordDialog(NewPasswordDialog):
    set_password = staticmethod(accounts.reset_password)

    def texts(self, user: User) -> tuple[str, str]:
        return (arg(self.tr("Reset password of %1"), user.display_name),
                self.tr("Give the new password to the person directly. A disabled "
                        "account is enabled again."))


class SupervisionDialog(_FormDialog):
    def __init__(self, session: Session, user: User, candidates: list[User],
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(arg(self.tr("Supervision of %1"), user.display_name))
        self.user = user
        self.supervisor = QComboBox()
        self.supervisor.addItem(self.tr("No supervision"), None)
        for other in candidates:
            if other.role is Role.COUNSELLOR and other.id != user.id and not other.disabled:
                self.supervisor.addItem(f"{other.display_name} ({other.username})",
                                        other.username)
                if user.needs_review and other.id == user.supervisor_id:
                    self.supervisor.setCurrentIndex(self.supervisor.count() - 1)
        hint = QLabel(self.tr("Signed records of a counsellor under supervision wait for the "
                              "supervisor's co-signature."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.form.addRow(self.tr("Supervisor"), self.supervisor)
        self.finish_layout()

    def submit(self) -> Callable[[], None]:
        session, username, supervisor = (self.session, self.user.username,
                                         self.supervisor.currentData())
        return lambda: accounts.set_supervision(session, username, supervisor)

    @classmethod
    def ask(cls, session: Session, user: User, candidates: list[User],
            parent: QWidget | None = None) -> bool:
        return cls.run(cls(session, user, candidates, parent))


class ChangePasswordDialog(_FormDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Change my password"))
        self.old = password_edit()
        self.form.addRow(self.tr("Current password"), self.old)
        self.passwords = _PasswordPair(self, self.tr("New password"))
        self.finish_layout()

    def submit(self) -> Callable[[], None]:
        session, old, password = self.session, self.old.text(), self.passwords.value()
        return lambda: accounts.change_own_password(session, old, password())

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> bool:
        return cls.run(cls(session, parent))
