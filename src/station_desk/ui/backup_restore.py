"""The restore confirmation: who confirms, what is replaced, and a full check of the backup
(hash, key, pages, audit chain) before anything in the vault is touched."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from station_desk.domain import maintenance
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import arg
from station_desk.ui.modal import accepted
from station_desk.ui.operations import QueryOp
from station_desk.ui.widgets import ErrorLabel, password_edit


class RestoreDialog(QDialog):
    def __init__(self, session: Session, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.backup = backup
        self.secret = ""
        self.checking = False
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(480)
        warning = QLabel(arg(self.tr(
            "All current data will be replaced by the backup <b>%1</b>. Entries made since "
            "that backup will no longer be in the vault: the current vault is kept aside only "
            "until the restored one has opened, then deleted. Station Desk signs out and "
            "restarts the sign-in."),
            backup.name))
        warning.setWordWrap(True)
        self.password = password_edit()
        self.understood = QCheckBox(self.tr("I understand that current data will be replaced"))
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Check and restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.understood.toggled.connect(self.restore_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(warning)
        form.addRow(self.tr("Recovery key") if session.is_recovery
                    else self.tr("Your password"), self.password)
        form.addRow(self.understood)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def accept(self) -> None:
        if not self.understood.isChecked() or self.checking:
            return
        self.checking = True
        session, backup, secret = self.session, self.backup, self.password.text()

        def check() -> None:  # the key derivation and the full check: on the worker
            session.require(Permission.RESTORE)
            maintenance.inspect_backup(backup, session.user.username, secret,
                                       recovery=session.is_recovery,
                                       vault_root=session.vault.paths.root)
        QueryOp(self, check).success(lambda _r: self._checked(secret)).failure(
            self._refused).run()

    def _checked(self, secret: str) -> None:
        self.checking = False
        self.secret = secret
        super().accept()

    def _refused(self, exc: StationDeskError) -> None:
        self.checking = False
        self.error.show_error(exc)

    @classmethod
    def ask(cls, session: Session, backup: Path, parent: QWidget | None = None) -> str | None:
        dialog = cls(session, backup, parent)
        if not accepted(dialog):
            return None
        return dialog.secret
