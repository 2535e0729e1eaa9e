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
from station_desk.ui import theme
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.labels import format_time
from station_desk.ui.operations import QueryOp


def _state_tone(ok: bool) -> str:
    return "ok-strong" if ok else "danger-strong"


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
        """Three questions on the operations worker (checking the audit chain reads the whole
        trail); each answers in its own line, a refusal there instead of the answer."""
        session = self.session
        for call, show, line in (
                (lambda: last_backup_time(session),
                 lambda when: self.last_backup.setText(format_time(when)), self.last_backup),
                (lambda: station_settings.audit_chain_status(session), self._show_chain,
                 self.chain),
                (lambda: station_settings.backup_status(session), self._show_backups,
                 self.backup_state)):
            QueryOp(self, call).success(show).failure(
                lambda exc, line=line: line.setText(error_text(exc))).run(
                latest=f"safeguards:{id(self)}:{id(line)}")

    def _show_chain(self, chain: station_settings.ChainReport) -> None:
        if chain.ok:
            self.chain.setText(self.tr("intact (%n entries)", "", chain.entries))
        else:
            self.chain.setText(arg(self.tr("BROKEN at entry %1 (%2) — contact support "
                                           "and keep the latest backups"),
                                   chain.first_broken, chain.problem))
        theme.set_tone(self.chain, _state_tone(chain.ok))

    def _show_backups(self, status: station_settings.BackupStatus) -> None:
        count = len(status.backups)
        if status.due:
            self.backup_state.setText(arg(self.tr("due now — %1 kept of %2"), count,
                                          status.keep))
        else:
            self.backup_state.setText(arg(self.tr("up to date — %1 kept of %2"), count,
                                          status.keep))
        theme.set_tone(self.backup_state, _state_tone(not status.due))
        # The folder (a long path) as a tooltip: on the box it would crowd 今日 at 150 %.
        self.backup_state.setToolTip(arg(self.tr("Backup folder: %1"), str(status.folder)))
