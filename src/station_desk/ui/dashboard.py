"""工作台: who is signed in, the station, and for admins the health of audit and backups."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import station_settings
from station_desk.domain.maintenance import last_backup_time
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.labels import format_time, role_label, tier_label

OK_STYLE = "color: #1b6e3a; font-weight: bold;"
BAD_STYLE = "color: #b3261e; font-weight: bold;"


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class DashboardPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)

        you = QGroupBox(self.tr("Signed in"))
        form = QFormLayout(you)
        self.user = _value()
        self.role = _value()
        self.idle = _value()
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Automatic lock"), self.idle)
        layout.addWidget(you)

        station = QGroupBox(self.tr("Station"))
        form = QFormLayout(station)
        self.station_name = _value()
        self.union_code = _value()
        self.tier = _value()
        self.address = _value()
        self.last_backup = _value()
        form.addRow(self.tr("Name"), self.station_name)
        form.addRow(self.tr("Union code"), self.union_code)
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Last backup"), self.last_backup)
        layout.addWidget(station)

        self.admin_box: QGroupBox | None = None
        if session.can(Permission.VIEW_AUDIT) or session.can(Permission.BACKUP):
            self.admin_box = QGroupBox(self.tr("Safeguards"))
            form = QFormLayout(self.admin_box)
            self.chain = _value()
            self.backup_state = _value()
            self.backup_folder = _value()
            form.addRow(self.tr("Audit trail"), self.chain)
            form.addRow(self.tr("Backups"), self.backup_state)
            form.addRow(self.tr("Backup folder"), self.backup_folder)
            recheck = QPushButton(self.tr("Check again"))
            recheck.clicked.connect(self.refresh)
            row = QHBoxLayout()
            row.addWidget(recheck)
            row.addStretch(1)
            form.addRow("", row)
            layout.addWidget(self.admin_box)
        layout.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        s = self.session
        self.user.setText(f"{s.user.display_name} ({s.user.username})")
        self.role.setText(role_label(s.user.role))
        self.idle.setText(self.tr("after %n minutes without input", "",
                                  station_settings.idle_lock_minutes(s)))
        profile = station_settings.station_profile(s)
        self.station_name.setText(profile.name)
        self.union_code.setText(profile.union_code)
        self.tier.setText(tier_label(profile.tier))
        self.address.setText(profile.address or "—")
        self.last_backup.setText(format_time(last_backup_time(s)))
        if self.admin_box is not None:
            self._refresh_admin()

    def _refresh_admin(self) -> None:
        try:
            chain = station_settings.audit_chain_status(self.session)
            if chain.ok:
                self.chain.setText(self.tr("intact (%n entries)", "", chain.entries))
                self.chain.setStyleSheet(OK_STYLE)
            else:
                self.chain.setText(arg(self.tr("BROKEN at entry %1 (%2) — contact support "
                                               "and keep the latest backups"),
                                       chain.first_broken, chain.problem))
                self.chain.setStyleSheet(BAD_STYLE)
        except StationDeskError as exc:
            self.chain.setText(error_text(exc))
        try:
            status = station_settings.backup_status(self.session)
        except StationDeskError as exc:
            self.backup_state.setText(error_text(exc))
            return
        count = len(status.backups)
        if status.due:
            self.backup_state.setText(arg(self.tr("due now — %1 kept of %2"), count,
                                          status.keep))
            self.backup_state.setStyleSheet(BAD_STYLE)
        else:
            self.backup_state.setText(arg(self.tr("up to date — %1 kept of %2"), count,
                                          status.keep))
            self.backup_state.setStyleSheet(OK_STYLE)
        self.backup_folder.setText(str(status.folder))
