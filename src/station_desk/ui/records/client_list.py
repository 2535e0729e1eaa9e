"""档案: the file list over a lazy query, with a search box for number, name, phone or unit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import files, search
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui.records.common import fit_columns, label, table_view
from station_desk.ui.records.file_view import open_file_window
from station_desk.ui.records.lazy_model import LazyTableModel
from station_desk.ui.records.register_dialog import RegisterVisitorDialog


class ClientListPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_window: QDialog | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("File number, name, phone or unit"))
        self.query.setClearButtonEnabled(True)
        self.scope = QComboBox()
        if session.can(Permission.VIEW_CLINICAL):
            self.scope.addItem(self.tr("My cases"), search.SCOPE_MINE)
        self.scope.addItem(self.tr("All files"), search.SCOPE_ALL)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for code in ("open", "closed", "transferred", "referred_out"):
            self.status.addItem(label("file_statuses", code), code)
        self.register_button = QPushButton(self.tr("Register a visitor…"))
        self.register_button.setEnabled(session.can(Permission.REGISTER_CLIENT))
        self.register_button.clicked.connect(self.register)
        bar.addWidget(self.query, 1)
        bar.addWidget(self.scope)
        bar.addWidget(self.status)
        bar.addWidget(self.register_button)
        layout.addLayout(bar)

        self.model = LazyTableModel([
            (lambda: self.tr("File number"), lambda r: r.file_no),
            (lambda: self.tr("Name"), lambda r: r.name),
            (lambda: self.tr("Phone"), lambda r: r.phone),
            (lambda: self.tr("Employer / unit"), lambda r: r.employer),
            (lambda: self.tr("Status"), lambda r: label("file_statuses", r.status)),
            (lambda: self.tr("Counsellor"), lambda r: r.counsellor_name),
            (lambda: self.tr("Consent"),
             lambda r: self.tr("yes") if r.has_consent else self.tr("missing")),
        ], self._fetch_keys, lambda ids: files.directory_rows(session, ids), parent=self)
        self.view = table_view(self.model, lazy=True)
        self.view.doubleClicked.connect(self.open_index)
        self.view.activated.connect(self.open_index)
        layout.addWidget(self.view, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        self.query.returnPressed.connect(self.refresh)
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())

    def _fetch_keys(self, after: int | None, limit: int) -> list[int]:
        return search.client_ids(self.session, self.query.text(),
                                 scope=self.scope.currentData(),
                                 status=self.status.currentData(), after=after, limit=limit)

    def refresh(self) -> None:
        self._debounce.stop()
        self.model.reload()
        if self.model.canFetchMore():
            self.model.fetchMore()
        fit_columns(self.view)

    def open_index(self, index: QModelIndex) -> None:
        client_id = self.model.id_at(index.row())
        if client_id is not None:
            self.last_window = open_file_window(self, self.session, client_id)

    def register(self) -> None:
        entry = RegisterVisitorDialog.ask(self.session, self)
        if entry is not None:
            self.query.setText(entry.file_no)
            self.refresh()
