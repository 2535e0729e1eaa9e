"""One psychological file on screen: its header, its actions and its tabs, read together.

The parts: `header.FileHeader` (crisis banner, flags, consent line, heading, details),
`action_rows` (the buttons and when they apply), `actions.FileActions` (what they do),
`tabs.FileTabs` (records, follow-ups, referrals, crises, assessments). The rights and
transfer modules add their own buttons, banner and tab (`rights.install`, `TransferBar`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from station_desk.domain import assessments
from station_desk.domain.records import appointments, crises, files, followups, referrals, sessions
from station_desk.domain.records.files import ClientFile
from station_desk.domain.records.sessions import SessionRecord
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import messages
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.records import rights
from station_desk.ui.records.file_window import action_rows
from station_desk.ui.records.file_window.actions import FileActions
from station_desk.ui.records.file_window.header import FileHeader
from station_desk.ui.records.file_window.tabs import FileAssessmentsPanel, FileTabs
from station_desk.ui.records.reopen_case import ReopenCase
from station_desk.ui.records.session_editor import SessionEditor
from station_desk.ui.records.transfer_action import TransferBar


class ClientFileView(FileActions):
    # the buttons, made by action_rows.build
    new_button: QPushButton
    edit_button: QPushButton
    delete_draft_button: QPushButton
    addendum_button: QPushButton
    cosign_button: QPushButton
    followup_button: QPushButton
    crisis_button: QPushButton
    more_button: QPushButton
    details_button: QPushButton
    consent_button: QPushButton
    book_button: QPushButton
    share_button: QPushButton
    close_case_button: QPushButton
    rating_button: QPushButton
    reopen: ReopenCase

    def __init__(self, session: Session, client: ClientFile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client = client
        self.editor: SessionEditor | None = None
        layout = QVBoxLayout(self)
        self.header = FileHeader(self)
        layout.addWidget(self.header)
        # the header's parts under the names the rights and transfer parts and tests use
        self.banner, self.flags = self.header.banner, self.header.flags
        self.consent_warning, self.heading = self.header.consent_warning, self.header.heading
        self.details = self.header.details

        self.tabs = FileTabs(self)
        records_row, file_row = action_rows.build(self)
        layout.addLayout(records_row)
        layout.addLayout(file_row)
        self.transfer = TransferBar(self, records_row, self.header.layout())

        tabs = self.tabs
        self.sessions_model, self.sessions_view = tabs.sessions_model, tabs.sessions_view
        self.record_text = tabs.record_text
        self.followups_model, self.followups_view = tabs.followups_model, tabs.followups_view
        self.referrals_model, self.crises_model = tabs.referrals_model, tabs.crises_model
        self.assessments_tab = tabs.assessments_tab
        self.sessions_view.doubleClicked.connect(lambda _i: self.edit_session())
        self.followups_view.doubleClicked.connect(lambda _i: self.complete_followup())
        tabs.assessments_changed.connect(self.refresh)
        rights.install(self, file_row)  # withdraw consent, copy for the worker, copies given
        layout.addWidget(tabs, 1)
        self.sessions_view.selectionModel().currentRowChanged.connect(
            lambda *_a: action_rows.update_record(self))
        self.refresh(reload=False)

    @property
    def assessments(self) -> FileAssessmentsPanel | None:
        return self.tabs.assessments

    def show_assessments(self) -> FileAssessmentsPanel:
        return self.tabs.show_assessments()

    def refresh(self, reload: bool = True) -> None:
        s, c = self.session, self.client
        try:
            if reload:
                self.client = c = files.reload(s, c.id)
            records = sessions.list_sessions(s, c.id)
            self.followups_model.set_rows(followups.list_followups(s, c.id))
            self.referrals_model.set_rows(referrals.list_referrals(s, c.id))
            self.crises_model.set_rows(crises.list_crises(s, c.id))
            booked = appointments.client_appointments(s, c.id)
            flag = assessments.item9_flag(s, c.id)
            alerts = assessments.open_alerts(s, c.id)
        except StationDeskError as exc:
            messages.error(self, error_text(exc))
            return
        selected = self.selected_record()
        self.sessions_model.set_rows(records)
        if selected is not None:
            self.select_record(selected.id)
        self.tabs.set_file(s, c.id, f"{c.file_no} {c.name}")
        notes = []
        if flag is not None:
            notes.append(arg(self.tr("Self-harm flag from an assessment (until %1)"),
                             flag.isoformat()))
        if alerts:
            notes.append(self.tr("%n assessment alert(s) to acknowledge (Assessments tab)", "",
                                 len(alerts)))
        self.header.show_file(c, booked, notes)
        action_rows.update(self)
        rights.update(self)
        self.transfer.refresh()
        self.tabs.show_record()
        action_rows.update_record(self)

    def selected_record(self) -> SessionRecord | None:
        return self.tabs.selected_record()

    def select_record(self, record_id: int) -> None:
        self.tabs.select_record(record_id)
