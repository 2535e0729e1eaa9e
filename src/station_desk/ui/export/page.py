"""The Statistics section: the station's key fingerprint, the wizard, and earlier exports."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
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
from station_desk.errors import StationDeskError
from station_desk.export.keys import station_fingerprint
from station_desk.ui.export.texts import t
from station_desk.ui.export.wizard import ExportWizard


class ExportPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = QLabel(f"<h2>{t('page_title')}</h2>", self)
        intro = QLabel(t("page_intro"), self)
        intro.setWordWrap(True)
        try:
            print_ = station_fingerprint(session)
        except StationDeskError:
            print_ = "—"
        self.fingerprint = QLabel(print_, self)
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 13pt")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start = QPushButton(t("start"), self)
        self.history = QListWidget(self)
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(QLabel(t("fingerprint"), self))
        layout.addWidget(self.fingerprint)
        layout.addLayout(row)
        layout.addWidget(QLabel(t("history"), self))
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
            self.history.addItem(f"{entry.ts[:10]}  {detail.get('period', '?')}  "
                                 f"k={detail.get('k', '?')}  {detail.get('file', '')}  "
                                 f"({entry.username})")

    def run_wizard(self) -> None:
        if ExportWizard.ask(self.session, self) is not None:
            self.refresh()
