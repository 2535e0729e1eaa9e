"""备份: back up now, where backups go, how many are kept, and restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import maintenance, station_settings
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.backup_restore import RestoreDialog
from station_desk.ui.i18n import arg
from station_desk.ui.labels import format_time
from station_desk.ui.operations import Change
from station_desk.ui.status_page import StatusPage


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


class BackupPage(StatusPage):
    # (backup file, password or recovery key): the app closes the vault, then restores.
    restoreRequested = Signal(str, str)
    shows = Change.BACKUPS | Change.SETTINGS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last = QLabel()
        self.keep = QSpinBox()
        self.keep.setRange(*station_settings.BACKUP_KEEP_RANGE)
        self.keep.editingFinished.connect(self.save_keep)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        choose = QPushButton(self.tr("Choose folder…"))
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)

        settings = QGroupBox(self.tr("Backups"))
        form = QFormLayout(settings)
        form.addRow(self.tr("Folder"), folder_row)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        form.addRow(self.tr("Backups kept"), keep_row)
        form.addRow(self.tr("Last backup"), self.last)
        button_row = QHBoxLayout()
        button_row.addWidget(self.backup_button)
        button_row.addStretch(1)
        form.addRow("", button_row)

        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Backup file"), self.tr("Made"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        self.restore_button.clicked.connect(self.restore_selected)
        restore_file = QPushButton(self.tr("Restore from a file…"))
        restore_file.clicked.connect(self.restore_from_file)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(restore_file)
        buttons.addWidget(self.restore_button)

        existing = QGroupBox(self.tr("Existing backups"))
        box = QVBoxLayout(existing)
        box.addWidget(self.list, 1)
        box.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(settings)
        layout.addWidget(existing, 1)
        layout.addWidget(self.message)
        self.refresh()

    def load(self) -> station_settings.BackupStatus:
        return station_settings.backup_status(self.session)

    def show_loaded(self, status: station_settings.BackupStatus) -> None:
        self.folder.setText(str(status.folder))
        self.keep.blockSignals(True)
        self.keep.setValue(status.keep)
        self.keep.blockSignals(False)
        self.last.setText(format_time(status.last))
        self.list.clear()
        for backup in status.backups:
            item = QTreeWidgetItem([backup.path.name, format_time(backup.modified),
                                    human_size(backup.size)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addTopLevelItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def backup_now(self) -> None:
        """A copy of the whole vault, on the operations worker: the window stays usable (the
        button waits) and the list reloads on the notice."""
        session = self.session
        self.backup_button.setEnabled(False)
        self.act(lambda: maintenance.make_backup(session, reason="manual"), Change.BACKUPS,
                 self._backed_up, hold_input=False)

    def _backed_up(self, target: Path) -> None:
        self.backup_button.setEnabled(True)
        self._ok(arg(self.tr("Backup saved: %1"), target.name))

    def _fail(self, exc: StationDeskError) -> None:
        self.backup_button.setEnabled(True)  # a refused backup: the button may be pressed again
        super()._fail(exc)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"),
                                                  self.folder.text())
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        session = self.session
        self.act(lambda: station_settings.set_backup_dir(session, folder),
                 Change.SETTINGS | Change.BACKUPS,
                 lambda _r: self._ok(self.tr("Backup folder changed.")))

    def save_keep(self) -> None:
        session, keep = self.session, self.keep.value()
        self.act(lambda: station_settings.set_backup_keep(session, keep), Change.SETTINGS,
                 lambda _r: self.message.clear_text())

    def restore_selected(self) -> None:
        items = self.list.selectedItems()
        if items:
            self._restore(Path(items[0].data(0, Qt.ItemDataRole.UserRole)))

    def restore_from_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), self.folder.text(),
            arg(self.tr("Station Desk backups (*%1)"), maintenance.BACKUP_SUFFIX))
        if chosen:
            self._restore(Path(chosen))

    def _restore(self, backup: Path) -> None:
        secret = RestoreDialog.ask(self.session, backup, self)
        if secret is not None:
            self.restoreRequested.emit(str(backup), secret)
