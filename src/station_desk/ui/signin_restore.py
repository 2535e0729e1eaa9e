"""Restoring a backup from the sign-in screen.

A vault refused at sign-in (damaged, or behind its audit anchor) cannot be signed in to, so the
main window's restore is out of reach. This dialog offers the newest backup in the vault's
backup folder (or a file chosen by hand) and restores it with the domain's own restore, which
checks the backup fully first and lets only an admin of that backup, or the holder of its
recovery key, put it in place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from station_desk.domain import maintenance, station_settings
from station_desk.domain.clock import Clock, system_clock
from station_desk.domain.leftovers import default_backup_folder
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import arg
from station_desk.ui.modal import accepted, dispose
from station_desk.ui.operations import Change, ChangeOp
from station_desk.ui.widgets import ErrorLabel, password_edit

# The disk could not take the restore: the secret was right and stays for another try.
DISK_PROBLEMS = frozenset({"disk_full", "readonly"})


class SignInRestoreDialog(QDialog):
    def __init__(self, root: Path, *, clock: Clock = system_clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.clock = clock
        self.restored: maintenance.Restored | None = None
        self.saving = False
        self.backup: Path | None = None
        self.setWindowTitle(self.tr("Restore the latest backup"))
        self.setMinimumWidth(520)

        intro = QLabel(self.tr(
            "The vault cannot be opened as it is. Restoring a backup replaces it with the "
            "backup's data; entries made after that backup are lost. The backup is checked "
            "in full first. An admin's password or the recovery key is needed."))
        intro.setWordWrap(True)
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose another backup file…"))
        choose.clicked.connect(self.choose_backup)
        self.use_recovery = QCheckBox(self.tr("Use the recovery key"))
        self.username = QLineEdit()
        self.secret = password_edit()
        self.use_recovery.toggled.connect(self._mode_changed)
        self.understood = QCheckBox(self.tr("I understand that current data will be replaced"))
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Check and restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.understood.toggled.connect(self._update_button)

        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Backup"), self.backup_label)
        form.addRow("", choose)
        form.addRow(self.use_recovery)
        self.username_label = QLabel(self.tr("Admin user name"))
        form.addRow(self.username_label, self.username)
        self.secret_label = QLabel()
        form.addRow(self.secret_label, self.secret)
        form.addRow(self.understood)
        form.addRow(self.error)
        form.addRow(self.buttons)

        newest = station_settings.list_backups(default_backup_folder(self.root))
        self.set_backup(newest[0].path if newest else None)
        self._mode_changed(False)

    def set_backup(self, backup: Path | None) -> None:
        self.backup = backup
        if backup is None:
            self.backup_label.setText(arg(self.tr("No backup found in %1. Choose a backup "
                                                  "file."), default_backup_folder(self.root)))
        else:
            self.backup_label.setText(str(backup))
        self._update_button()

    def choose_backup(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(default_backup_folder(self.root)),
            arg(self.tr("Station Desk backups (*%1)"), maintenance.BACKUP_SUFFIX))
        if chosen:
            self.set_backup(Path(chosen))

    def _mode_changed(self, recovery: bool) -> None:
        self.username.setVisible(not recovery)
        self.username_label.setVisible(not recovery)
        self.secret_label.setText(self.tr("Recovery key") if recovery else self.tr("Password"))
        self.secret.clear()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.understood.isChecked() and self.backup is not None)

    def accept(self) -> None:
        if not self.understood.isChecked() or self.backup is None:
            return
        if self.saving:
            return
        self.saving = True
        recovery = self.use_recovery.isChecked()
        root, backup, clock = self.root, self.backup, self.clock
        username = None if recovery else self.username.text()
        secret = self.secret.text()
        # Key derivation and copying the vault: on the worker, the window keeps painting.
        ChangeOp(self, lambda: maintenance.restore_backup(
            root, backup, username, secret, recovery=recovery, clock=clock),
            Change.NONE).success(self._restored).failure(self._refused).run()

    def _restored(self, restored: maintenance.Restored) -> None:
        self.saving = False
        self.restored = restored
        self.secret.clear()
        super().accept()

    def _refused(self, exc: StationDeskError) -> None:
        self.saving = False
        self.error.show_error(exc)
        if exc.code not in DISK_PROBLEMS:  # a refusal: the secret is asked for again
            self.secret.clear()

    @classmethod
    def ask(cls, root: Path, *, clock: Clock = system_clock,
            parent: QWidget | None = None) -> maintenance.Restored | None:
        dialog = cls(root, clock=clock, parent=parent)
        try:
            return dialog.restored if accepted(dialog) else None
        finally:
            dispose(dialog)


def restored_notice(restored: maintenance.Restored) -> str:
    """What the sign-in screen says after a restore, from the main window or from here."""
    if restored.previous_left is None:
        return arg(QCoreApplication.translate(
            "RestoreNotice", "The backup made at %1 was restored and has opened. The copy of "
            "the vault as it was before has been deleted. Please sign in again."),
            restored.backup_created)
    return arg(QCoreApplication.translate(
        "RestoreNotice", "The backup made at %1 was restored and has opened. The copy of the "
        "vault as it was before could not be deleted yet (%2); the next sign-in tries again. "
        "Please sign in again."), restored.backup_created, restored.previous_left.name)
