"""One psychological file on screen: its header, its actions and its tabs, read together.

The parts: `header.FileHeader` (who, the four facts at a glance, crisis banner, flags,
details), `action_bar.FileActionBar` (the grouped actions; which show is the domain's
answer, `records.file_actions`), `actions.FileActions` (what they do), `tabs.FileTabs`
(records, follow-ups, referrals, crises, assessments). The rights and transfer modules add
their tab and banner (`rights.install`, `TransferBar`).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from station_desk.domain import assessments
from station_desk.domain.records import (
    access,
    appointments,
    consent,
    crises,
    files,
    followups,
    referrals,
    sessions,
)
from station_desk.domain.records import file_actions as fa
from station_desk.domain.records.files import ClientFile
from station_desk.domain.records.sessions import SessionRecord
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import messages
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.operations import Change, refresh_on
from station_desk.ui.printing.dialog import PreviewDialog
from station_desk.ui.records import file_extras, rights
from station_desk.ui.records.file_window.action_bar import FileActionBar
from station_desk.ui.records.file_window.actions import FileActions
from station_desk.ui.records.file_window.header import FileHeader, Glance
from station_desk.ui.records.file_window.tabs import FileAssessmentsPanel, FileTabs
from station_desk.ui.records.reopen_case import ReopenCase
from station_desk.ui.records.session_editor import SessionEditor
from station_desk.ui.records.transfer_action import TransferBar

# What the window shows: the file, its records, appointments, follow-ups, crises, referrals
# and assessments.
SHOWN = (Change.CLIENTS | Change.RECORDS | Change.APPOINTMENTS | Change.FOLLOWUPS
         | Change.ASSESSMENTS)


class ClientFileView(FileActions):
    def __init__(self, session: Session, client: ClientFile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client = client
        self.editor: SessionEditor | None = None
        self.last_preview: PreviewDialog | None = None
        self.file_actions: frozenset[str] = frozenset()
        layout = QVBoxLayout(self)
        self.header = FileHeader(self)
        layout.addWidget(self.header)
        self.banner, self.flags = self.header.banner, self.header.flags
        self.transfer = TransferBar(self, self.header.layout())
        self.reopen = ReopenCase(self, self.refresh)
        self.bar = FileActionBar(self._slots(), self)
        layout.addWidget(self.bar)

        self.tabs = tabs = FileTabs(self)
        self.sessions_model, self.sessions_view = tabs.sessions_model, tabs.sessions_view
        self.record_text = tabs.record_text
        self.followups_model, self.followups_view = tabs.followups_model, tabs.followups_view
        self.referrals_model, self.crises_model = tabs.referrals_model, tabs.crises_model
        self.assessments_tab = tabs.assessments_tab
        self.sessions_view.doubleClicked.connect(lambda _i: self.edit_session())
        self.followups_view.doubleClicked.connect(lambda _i: self.complete_followup())
        tabs.assessments_changed.connect(self.refresh)
        # printing from where the record and the assessments are shown
        tabs.record_print.clicked.connect(self.bar.action(fa.PRINT_RECORD).trigger)
        tabs.assessment_print.clicked.connect(self.bar.action(fa.PRINT_ASSESSMENT).trigger)
        rights.install(self)  # the copies given to the worker
        file_extras.install(self)  # follow-up outcome and crisis detail buttons
        layout.addWidget(tabs, 1)
        self.sessions_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._show_actions())
        self._stale = False
        # A change made anywhere (a booking on the appointments page, a follow-up done from
        # Today) shows here too; a change this window made re-reads it once, not twice.
        refresh_on(self, SHOWN, self._changed_elsewhere)
        self.refresh(reload=False)

    def _changed_elsewhere(self) -> None:
        if not self._stale:
            self._stale = True
            QTimer.singleShot(0, self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if not self._stale or not self.window().isVisible():
            return  # a window closed meanwhile reads nothing
        if not access.can_view_clinical(self.session, self.client.id):
            # the case was handed on (here or elsewhere): nothing of it is this user's to show
            self._stale = False
            host = self.window()
            (host if getattr(host, "view", None) is self else self).close()
            return
        self.refresh()

    def _slots(self) -> dict[str, object]:
        return {
            fa.NEW_RECORD: self.new_session, fa.EDIT_DRAFT: self.edit_session,
            fa.ADDENDUM: self.add_addendum, fa.COSIGN: self.cosign,
            fa.DELETE_DRAFT: self.delete_draft, fa.RATING: self.rating,
            fa.BOOK: self.book_appointment, fa.FOLLOW_UP: self.schedule_followup,
            fa.CRISIS: self.crisis, fa.REFERRAL: self.referral,
            fa.REOPEN: self.reopen.reopen, fa.EDIT_DETAILS: self.edit_details,
            fa.CONSENT: self.consent, fa.WITHDRAW_CONSENT: lambda: rights.withdraw(self),
            fa.SHARE: self.share, fa.TRANSFER_OUT: self.transfer.send,
            fa.CLOSE_CASE: self.close_case,
            fa.SUBJECT_COPY: lambda: rights.produce_copy(self),
            fa.PRINT_SUMMARY: lambda: self.print_document("summary"),
            fa.PRINT_RECORD: lambda: self.print_document("session"),
            fa.PRINT_CASE: lambda: self.print_document("case"),
            fa.PRINT_ASSESSMENT: lambda: self.print_document("assessment"),
        }

    @property
    def assessments(self) -> FileAssessmentsPanel | None:
        return self.tabs.assessments

    def show_assessments(self) -> FileAssessmentsPanel:
        return self.tabs.show_assessments()

    def refresh(self, reload: bool = True) -> None:
        self._stale = False
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
            state = consent.consent_state(s, c.id)
            consent_line, _good = rights.consent_line(s, c)
            self.file_actions = fa.file_actions(s, c)
        except StationDeskError as exc:
            messages.error(self, error_text(exc))
            return
        selected = self.selected_record()
        first_read = not self.sessions_model.rows and not reload
        self.sessions_model.set_rows(records)
        if selected is not None:
            self.select_record(selected.id)
        elif first_read and records:  # the window opens on the latest record, shown in full
            self.select_record(records[-1].id)
        notes = []
        if flag is not None:
            notes.append(arg(self.tr("Self-harm flag from an assessment (until %1)"),
                             flag.isoformat()))
        if alerts:
            notes.append(self.tr("%n assessment alert(s) to acknowledge (Assessments tab)", "",
                                 len(alerts)))
        self.tabs.set_file(s, c.id, f"{c.file_no} {c.name}")
        self.header.show_file(c, Glance(state, consent_line, booked, notes))
        self.reopen.update(s, c)
        rights.update(self)
        self.transfer.refresh()
        self.tabs.show_record()
        self._show_actions()

    def _show_actions(self) -> None:
        """The file's actions and those of the selected record, as the domain answers."""
        record = self.selected_record()
        allowed = self.file_actions | fa.record_actions(self.session, self.client, record)
        self.bar.show_only(allowed)
        self.tabs.record_print.setVisible(fa.PRINT_RECORD in allowed)
        self.tabs.assessment_print.setVisible(fa.PRINT_ASSESSMENT in allowed)

    def selected_record(self) -> SessionRecord | None:
        return self.tabs.selected_record()

    def select_record(self, record_id: int) -> None:
        self.tabs.select_record(record_id)
