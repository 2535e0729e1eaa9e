"""The Statistics section: the station's key fingerprint, its protection threshold (station
policy, admins set it), the wizard, and earlier exports."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import audit, station_settings
from station_desk.domain.clock import shown_date
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui import messages
from station_desk.ui.export.fingerprint import FingerprintBox
from station_desk.ui.export.wizard import ExportWizard
from station_desk.ui.i18n import arg
from station_desk.ui.operations import Change, ChangeOp, QueryOp, refresh_on
from station_desk.ui.theme import Heading


class ExportPage(QWidget):
    has_own_title = True  # the main window shows no section title above this one

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = Heading(self.tr("Anonymous statistics for the city union"), parent=self)
        intro = QLabel(self.tr(
            "A package holds counts only: no names, phone numbers, file numbers or notes, and "
            "no date finer than a month. Figures about too few people, and any figure they "
            "could be worked out from (also together with the packages already sent), are "
            "withheld (shown as x). Every table can be previewed first; the export is "
            "recorded in the audit trail."), self)
        intro.setWordWrap(True)
        self.key_box = FingerprintBox(session, self, scale=1.3)
        self.fingerprint = self.key_box.fingerprint
        self.threshold = QSpinBox(self)
        low, high = station_settings.EXPORT_K_RANGE
        self.threshold.setRange(low, high)
        self.threshold.setSuffix(self.tr(" people"))
        self.save_threshold = QPushButton(self.tr("Sa&ve"), self)
        threshold_label = QLabel(self.tr("&Keep private any group smaller than"), self)
        threshold_label.setBuddy(self.threshold)
        threshold_note = QLabel(self.tr(
            "No figure about fewer people than this leaves the station, and every withheld "
            "figure keeps at least this many possible values, however the packages are "
            "combined. At least 5. A year already begun keeps the number of its first "
            "package."), self)
        threshold_note.setWordWrap(True)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(threshold_label)
        threshold_row.addWidget(self.threshold)
        threshold_row.addWidget(self.save_threshold)
        threshold_row.addStretch(1)
        self.start = QPushButton(self.tr("&Export a statistics package…"), self)
        self.history = QListWidget(self)
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addStretch(1)
        key_label = QLabel(self.tr("This station's key fingerprint (the city union checks it "
                                   "when registering the station):"), self)
        key_label.setWordWrap(True)
        history_label = QLabel(self.tr("Earlier exports"), self)
        history_label.setBuddy(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(key_label)
        layout.addWidget(self.key_box)
        layout.addLayout(threshold_row)
        layout.addWidget(threshold_note)
        layout.addLayout(row)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)
        self.start.clicked.connect(self.run_wizard)
        self.save_threshold.clicked.connect(self.set_threshold)
        self.may = session.can(Permission.EXPORT_STATISTICS)
        self.start.setEnabled(self.may)
        for widget in (self.threshold, self.save_threshold):  # until the threshold is read
            widget.setEnabled(False)
        QueryOp(self, lambda: station_settings.export_k(session)).success(
            self._show_threshold).run()
        refresh_on(self, Change.EXPORTS, self.refresh)
        self.refresh()

    def _show_threshold(self, k: int) -> None:
        self.threshold.setValue(k)
        for widget in (self.threshold, self.save_threshold):
            widget.setEnabled(self.may)

    def set_threshold(self) -> None:
        """Station policy: recorded in the audit trail like every setting."""
        session, k = self.session, self.threshold.value()
        # On the worker; a refusal in a message box (ui/operations.py).
        ChangeOp(self, lambda: station_settings.set_export_k(session, k),
                 Change.SETTINGS).success(lambda _r: messages.info(self, arg(self.tr(
                     "From now on, groups of fewer than %1 people are kept private in every "
                     "year not yet begun."), k))).run()

    def refresh(self) -> None:
        """The earlier exports, read on the worker (the newest read wins)."""
        session = self.session

        def read() -> list[audit.AuditEntry]:
            if not audit.may_read(session):
                return []
            return audit.read_trail(session, action="export", limit=50)

        QueryOp(self, read).success(self._show_history).run(latest=f"exports:{id(self)}")

    def _show_history(self, entries: list[audit.AuditEntry]) -> None:
        self.history.clear()
        for entry in entries:
            try:
                detail = json.loads(entry.detail)
            except ValueError:
                detail = {}
            # date, period, protection threshold, file name, who exported
            self.history.addItem(arg(self.tr("%1 · period %2 · groups under %3 people kept "
                                             "private · %4 · by %5"),
                                     shown_date(entry.ts), detail.get("period", "?"),
                                     detail.get("k", "?"), detail.get("file", ""),
                                     entry.username))

    def run_wizard(self) -> None:
        ExportWizard.ask(self.session, self)  # the history reloads from the notice
