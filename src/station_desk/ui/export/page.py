"""The Statistics section: the station's key fingerprint, the wizard, and earlier exports."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui.export.fingerprint import FingerprintBox
from station_desk.ui.export.wizard import ExportWizard
from station_desk.ui.i18n import arg


class ExportPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = QLabel(self.tr("Anonymous statistics for the city union"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        intro = QLabel(self.tr(
            "A package holds counts only: no names, phone numbers, file numbers or notes, and "
            "no date finer than a month. Counts below k, and any figure they could be worked "
            "out from, are withheld (shown as x). Every table can be previewed first; the "
            "export is recorded in the audit trail."), self)
        intro.setWordWrap(True)
        self.key_box = FingerprintBox(session, self, point_size=13)
        self.fingerprint = self.key_box.fingerprint
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
        layout.addLayout(row)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)
        self.start.clicked.connect(self.run_wizard)
        self.start.setEnabled(session.can(Permission.EXPORT_STATISTICS))
        self.refresh()

    def refresh(self) -> None:
        self.history.clear()
        if not self.session.can(Permission.VIEW_AUDIT):
            return
        for entry in self.session.audit.query(action="export", limit=50):
            try:
                detail = json.loads(entry.detail)
            except ValueError:
                detail = {}
            # date, period, k, file name, who exported
            self.history.addItem(arg(self.tr("%1 · period %2 · k = %3 · %4 · by %5"),
                                     entry.ts[:10], detail.get("period", "?"),
                                     detail.get("k", "?"), detail.get("file", ""),
                                     entry.username))

    def run_wizard(self) -> None:
        if ExportWizard.ask(self.session, self) is not None:
            self.refresh()
