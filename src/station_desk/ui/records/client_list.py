"""档案: the file list over a lazy query, with a search box for number, name, phone or unit;
registering a visitor, correcting a file's details, booking, and (admin) reassigning a
counsellor's cases."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from station_desk.domain.records import file_list, files, search
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui.operations import Change, QueryOp
from station_desk.ui.records.appointment_dialog import AppointmentDialog
from station_desk.ui.records.common import label
from station_desk.ui.records.import_dialog import ImportLedgerDialog
from station_desk.ui.records.lazy_page import LazyListPage
from station_desk.ui.records.list_model import Column
from station_desk.ui.records.merge_dialog import MergeFilesDialog
from station_desk.ui.records.reassign_dialog import ReassignDialog
from station_desk.ui.records.register_dialog import EditDetailsDialog, RegisterVisitorDialog
from station_desk.ui.records.transfer_action import import_transfer


class ClientListPage(LazyListPage):
    changes = Change.CLIENTS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self._columns(session),
                         lambda ids: file_list.listed_files(session, ids), parent)
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
        self.bar_area.addLayout(bar)
        actions = QHBoxLayout()
        self.details_button = QPushButton(self.tr("Edit details…"))
        self.details_button.setVisible(session.can(Permission.REGISTER_CLIENT))
        self.details_button.clicked.connect(self.edit_details)
        self.book_button = QPushButton(self.tr("Book appointment…"))
        self.book_button.setVisible(session.can(Permission.BOOK_APPOINTMENT))
        self.book_button.clicked.connect(self.book)
        self.reassign_button = QPushButton(self.tr("Reassign a counsellor's cases…"))
        self.reassign_button.setVisible(session.can(Permission.MANAGE_ACCOUNTS))
        self.reassign_button.clicked.connect(self.reassign)
        self.import_button = QPushButton(self.tr("Import a case from another station…"))
        self.import_button.setVisible(session.can(Permission.RECEIVE_TRANSFER))
        self.import_button.clicked.connect(self.import_transfer)
        self.ledger_button = QPushButton(self.tr("Import registers…"))
        self.ledger_button.setVisible(session.can(Permission.IMPORT_LEDGERS))
        self.ledger_button.clicked.connect(self.import_ledgers)
        self.merge_button = QPushButton(self.tr("Merge two files…"))
        self.merge_button.setVisible(session.can(Permission.IMPORT_LEDGERS))
        self.merge_button.clicked.connect(self.merge_files)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        actions.addWidget(self.details_button)
        actions.addWidget(self.book_button)
        actions.addStretch(1)
        self.layout_.addLayout(actions)
        # The admin's tools over many files, on a row of their own: beside the two above
        # they did not fit at 150 % text in English (the layout test found them cut off).
        station_tools = QHBoxLayout()
        station_tools.addStretch(1)
        station_tools.addWidget(self.import_button)
        station_tools.addWidget(self.reassign_button)
        station_tools.addWidget(self.ledger_button)
        station_tools.addWidget(self.merge_button)
        self.layout_.addLayout(station_tools)
        self._update_buttons()

        # Each keystroke searches (off the UI thread; an older search gives up, see
        # LazyListPage): no pause before the list follows what is typed.
        self.query.textChanged.connect(lambda _t: self.refresh())
        self.query.returnPressed.connect(self.refresh)
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self._listed_once = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """The files are listed when the page is first shown, not only after typing."""
        if not self._listed_once:
            self._listed_once = True
            self.refresh()
        super().showEvent(event)

    def _columns(self, session: Session) -> list[Column]:
        """Where each case stands, then how to reach the worker; the unit last, where the
        row has room for it. Clinical columns only for those who read records."""
        columns: list[Column] = [
            (lambda: self.tr("File number"), lambda r: r.file_no),
            (lambda: self.tr("Name"), lambda r: r.name),
            (lambda: self.tr("Status"), lambda r: label("file_statuses", r.status)),
            (lambda: self.tr("Counsellor"), lambda r: r.counsellor_name),
        ]
        if session.can(Permission.VIEW_CLINICAL):
            columns += [
                (lambda: self.tr("Last session"), lambda r: r.last_session or ""),
                (lambda: self.tr("Risk"),
                 lambda r: label("risk_levels", r.risk_level) if r.risk_level else ""),
                (lambda: self.tr("Crisis"),
                 lambda r: self.tr("open crisis") if r.open_crisis else ""),
            ]
        columns += [
            (lambda: self.tr("Next appointment"),
             lambda r: (r.next_appointment or "").replace("T", " ")),
            (lambda: self.tr("Consent"),
             lambda r: self.tr("yes") if r.has_consent else self.tr("missing")),
            (lambda: self.tr("Phone"), lambda r: r.phone),
            (lambda: self.tr("Employer / unit"), lambda r: r.employer),
        ]
        return columns

    def import_transfer(self) -> None:
        if import_transfer(self, self.session) is not None:
            self.refresh()

    def refresh(self) -> None:
        session, text = self.session, self.query.text()
        scope, status = self.scope.currentData(), self.status.currentData()
        self.search(lambda after, limit: search.client_ids(
            session, text, scope=scope, status=status, after=after, limit=limit))

    def after_listing(self) -> None:
        self._update_buttons()

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.details_button.setEnabled(chosen)
        self.book_button.setEnabled(chosen)

    def edit_details(self) -> None:
        client_id = self.selected_id()
        if client_id is not None:
            EditDetailsDialog.ask(self.session, client_id, self)  # the list reloads on notice

    def book(self) -> None:
        """Book the chosen file in: its directory row read on the worker, then the form."""
        client_id = self.selected_id()
        if client_id is None:
            return
        session = self.session

        def form(found: list[files.DirectoryEntry]) -> None:
            if found:
                AppointmentDialog.ask(session, found[0], None, None, self)

        QueryOp(self, lambda: files.directory_rows(session, [client_id])).success(form).run()

    def reassign(self) -> int | None:
        return ReassignDialog.ask(self.session, self)  # the list reloads on notice

    def import_ledgers(self) -> None:
        if ImportLedgerDialog.ask(self.session, self) is not None:
            self.refresh()

    def merge_files(self) -> None:
        done = MergeFilesDialog.ask(self.session, parent=self)
        if done is not None:
            self.query.setText(done.kept)
            self.refresh()

    def register(self) -> None:
        entry = RegisterVisitorDialog.ask(self.session, self)
        if entry is not None:
            self.query.setText(entry.file_no)  # searches; the notice of the new file does too
