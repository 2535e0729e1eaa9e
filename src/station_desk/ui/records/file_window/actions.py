"""What the file window's buttons do: each action asks its dialog, and the view re-reads
the file (on the worker) when something was saved.

A mixin of `ClientFileView`, so the actions stay callable on the view (screens and tests
call `view.new_session()`, `view.crisis()`). PySide resolves `self.tr()` against the
instance's class, not the mixin, so the wording names its context, "ClientFileView".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_desk import reports
from station_desk.domain.records import files, sessions
from station_desk.domain.records.sessions import SessionRecord
from station_desk.ui import messages
from station_desk.ui.i18n import arg
from station_desk.ui.operations import Change, ChangeOp, QueryOp
from station_desk.ui.printing.dialog import PreviewDialog
from station_desk.ui.records import dialogs
from station_desk.ui.records.appointment_dialog import AppointmentDialog
from station_desk.ui.records.file_window.cosign import CosignDialog
from station_desk.ui.records.register_dialog import EditDetailsDialog
from station_desk.ui.records.satisfaction_kiosk import SatisfactionKiosk, hand_over_rating
from station_desk.ui.records.session_editor import SessionEditor

if TYPE_CHECKING:
    from station_desk.domain.records.files import ClientFile
    from station_desk.domain.session import Session
    from station_desk.ui.records.file_window.tabs import FileTabs

translate = QCoreApplication.translate


class FileActions(QWidget):
    """The actions; `ClientFileView` supplies the file, its tabs and `refresh`."""

    session: Session
    client: ClientFile
    tabs: FileTabs
    editor: SessionEditor | None
    last_preview: PreviewDialog | None

    def refresh(self, reload: bool = True, check: bool = False) -> None:
        raise NotImplementedError

    def show_saved(self, record_id: int) -> None:
        raise NotImplementedError

    def selected_record(self) -> SessionRecord | None:
        raise NotImplementedError

    def select_record(self, record_id: int) -> None:
        raise NotImplementedError

    # -- records -------------------------------------------------------------------------
    def new_session(self) -> SessionEditor:
        return self._open_editor(None)

    def edit_session(self) -> SessionEditor | None:
        record = self.selected_record()
        if record is None or record.is_signed or record.counsellor_id != self.session.user.id:
            return None
        return self._open_editor(record)

    def delete_draft(self) -> bool:
        """Delete the selected unsigned draft (its author only), after asking."""
        record = self.selected_record()
        if record is None or record.is_signed or record.counsellor_id != self.session.user.id:
            return False
        question = arg(translate("ClientFileView",
                                 "Delete the unsigned draft of session %1 (%2)? Its text is "
                                 "removed for good; the deletion is recorded in the audit "
                                 "trail."), record.session_no, record.session_date)
        if not messages.confirm(self, question):
            return False
        session, client_id, record_id = self.session, self.client.id, record.id
        ChangeOp(self, lambda: sessions.discard_draft_record(session, client_id, record_id),
                 Change.RECORDS).success(lambda _done: self.refresh()).run()
        return True

    def cosign(self) -> None:
        """The selected record, read on the worker, in the co-signing form."""
        record = self.selected_record()
        if record is None or not sessions.can_cosign(self.session, record):
            return
        CosignDialog.ask(self.session, record.id, self,
                         then=lambda signed: self._after_save(signed.id))

    def _open_editor(self, record: SessionRecord | None) -> SessionEditor:
        editor = SessionEditor(self.session, self.client.id, record, self)
        editor.saved.connect(self._after_save)
        editor.deleted.connect(lambda _id: self.refresh())
        editor.setModal(True)
        editor.open()  # window-modal, not a nested event loop
        self.editor = editor
        return editor

    def _after_save(self, record_id: int) -> None:
        self.show_saved(record_id)  # that record read again, and selected

    def add_addendum(self) -> None:
        record = self.selected_record()
        if record is None or not record.is_signed:
            messages.info(self, translate("ClientFileView", "Choose a signed record first."))
            return
        if dialogs.AddendumDialog.ask(self.session, record, self):
            self._after_save(record.id)

    # -- the file ------------------------------------------------------------------------
    def edit_details(self) -> None:
        # the window's title follows the name when the file is read again
        EditDetailsDialog.ask(self.session, self.client.id, self,
                              then=lambda _details: self.refresh())

    def book_appointment(self) -> None:
        """The file's directory row, read on the worker, then the booking form."""
        session, client_id = self.session, self.client.id

        def form(entry: list[files.DirectoryEntry]) -> None:
            if entry and AppointmentDialog.ask(session, entry[0], None, None, self):
                self.refresh()

        QueryOp(self, lambda: files.directory_rows(session, [client_id])).success(form).run()

    def schedule_followup(self) -> None:
        record = self.selected_record()
        if dialogs.FollowupDialog.ask(self.session, self.client.id,
                                      record.id if record else None, self):
            self.refresh()
            self.tabs.setCurrentWidget(self.tabs.followups_view)

    def complete_followup(self) -> None:
        tabs = self.tabs
        item = tabs.followups_model.row_at(tabs.followups_view.currentIndex().row())
        if item is not None and not item.done_at and dialogs.OutcomeDialog.ask(
                self.session, item, self):
            self.refresh()

    def crisis(self) -> None:
        current = next((c for c in self.tabs.crises_model.rows if c.is_open), None)
        if current is None:
            changed = dialogs.CrisisDialog.ask(self.session, self.client.id, None, self)
        elif current.followup_done_at or current.followup_id is None:
            changed = dialogs.CloseCrisisDialog.ask(self.session, current, self)
        else:
            changed = dialogs.CrisisDialog.ask(self.session, self.client.id, current, self)
        if changed:
            self.refresh()
            self.tabs.setCurrentWidget(self.tabs.crises_view)

    def referral(self) -> None:
        if dialogs.ReferralDialog.ask(self.session, self.client.id, self):
            self.refresh()
            self.tabs.setCurrentWidget(self.tabs.referrals_view)

    def consent(self) -> None:
        dialogs.ConsentDialog.ask(self.session, self.client.id, self,
                                  then=lambda _done: self.refresh())

    def share(self) -> None:
        # closes the window if the case was handed on
        dialogs.ShareDialog.ask(self.session, self.client.id, self,
                                then=lambda _done: self.refresh(check=True))

    def close_case(self) -> None:
        if dialogs.CloseCaseDialog.ask(self.session, self.client.id, self):
            self.refresh()

    def rating(self) -> SatisfactionKiosk:
        """Hand the screen to the client (client-facing mode): this file goes out of sight
        behind the lock screen first, and the form ends there."""
        record = self.selected_record()
        return hand_over_rating(self, self.session, client_id=self.client.id,
                                session_id=record.id if record and record.is_signed else None)

    # -- printing ------------------------------------------------------------------------
    def print_document(self, kind: str) -> None:
        """Preview one of the file's documents ("summary", "session" for the selected
        record, "case", "assessment") in its own window, to print or save as PDF there.
        The reports service checks the permission again and audits the print."""
        record = self.selected_record() if kind == "session" else None
        if kind == "session" and record is None:
            return
        request = reports.Request(kind, file_no=self.client.file_no,
                                  session_no=record.session_no if record else None)

        def keep(dialog: PreviewDialog) -> None:
            self.last_preview = dialog

        PreviewDialog.prepare_and_show(self, self.session, request, keep)
