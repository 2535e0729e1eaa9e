"""The station's safeguards at a glance, on 今日 for whoever keeps them (the admin): is the
audit trail intact, are the backups up to date, and when the last one was made. What was
the separate 工作台 page; who is signed in is in the title bar, so that part went."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from station_desk.domain import station_settings
from station_desk.domain.maintenance import last_backup_time
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.labels import format_time
from station_desk.ui.theme import colours


def _state_style(ok: bool) -> str:
    return f"color: {colours()['ok' if ok else 'danger']}; font-weight: bold;"


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def wanted(session: Session) -> bool:
    return session.can(Permission.VIEW_AUDIT) or session.can(Permission.BACKUP)


class SafeguardsBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Safeguards"))
        form = QFormLayout(self)
        self.chain = _value()
        self.backup_state = _value()
        self.last_backup = _value()
        form.addRow(self.tr("Audit trail"), self.chain)
        form.addRow(self.tr("Backups"), self.backup_state)
        form.addRow(self.tr("Last backup"), self.last_backup)
        self.recheck = QPushButton(self.tr("Check again"))
        self.recheck.clicked.connect(self.refresh)
        form.addRow("", self.recheck)

    def refresh(self) -> None:
        try:
            self.last_backup.setText(format_time(last_backup_time(self.session)))
        except StationDeskError as exc:
            self.last_backup.setText(error_text(exc))
        try:
            chain = station_settings.audit_chain_status(self.session)
            if chain.ok:
                self.chain.setText(self.tr("intact (%n entries)", "", chain.entries))
            else:
                self.chain.setText(arg(self.tr("BROKEN at entry %1 (%2) — contact support "
                                               "and keep the latest backups"),
                                       chain.first_broken, chain.problem))
            self.chain.setStyleSheet(_state_style(chain.ok))
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
        else:
            self.backup_state.setText(arg(self.tr("up to date — %1 kept of %2"), count,
                                          status.keep))
        self.backup_state.setStyleSheet(_state_style(not status.due))
        # The folder (a long path) as a tooltip: on the box it would crowd 今日 at 150 %.
        self.backup_state.setToolTip(arg(self.tr("Backup folder: %1"), str(status.folder)))
