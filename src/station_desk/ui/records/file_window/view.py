"""One psychological file on screen: its header, its actions and its tabs, read together.

The parts: `header.FileHeader` (who, the four facts at a glance, crisis banner, flags,
details), `action_bar.FileActionBar` (the grouped actions; which show is the domain's
answer, `records.file_actions`), `actions.FileActions` (what they do), `tabs.FileTabs`
(records, follow-ups, referrals, crises, assessments). The rights and transfer modules add
their tab and banner (`rights.install`, `TransferBar`), filled from the same read.

The file is read on the operations worker (`read_file`, a `QueryOp`): the window shows at
once with what the opened file already says and fills in when the read returns; a newer
read of the same window makes an older one give up (`latest`). After a record is saved or
signed only that record is read again (with the header and the short lists), not the
file's thousands of records.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
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
    subject_copy,
    transfer,
)
from station_desk.domain.records import file_actions as fa
from station_desk.domain.records.files import ClientFile
from station_desk.domain.records.sessions import SessionRecord
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import messages
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.operations import Change, QueryOp, runner
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
# What the session editor's save and signature change: the editor then says which record
# (`saved`), and only that record is read again.
EDITOR_CHANGES = Change.RECORDS | Change.CLIENTS
_windows = itertools.count(1)  # each view's own kind of read, for `latest`


@dataclass(frozen=True)
class Extras:
    """What only a whole read reads again: the copies given to the worker (the rights tab)
    and the transfers (the banner), which a saved record does not change."""

    copies: list[subject_copy.CopyRequest]
    transfers: list[transfer.TransferMark]
    has_history: bool


@dataclass(frozen=True)
class FileRead:
    """What one read of the file found (on the worker); `records` is None when only the
    `changed` records were read (and `extras` with it)."""

    client: ClientFile
    records: list[SessionRecord] | None
    changed: list[SessionRecord]
    followups: list[Any]
    referrals: list[Any]
    crises: list[Any]
    booked: Sequence[appointments.Appointment]
    flag: date | None
    alerts: Sequence[Any]
    consent: consent.ConsentState
    consent_line: str
    file_actions: frozenset[str]
    extras: Extras | None = None


def read_file(s: Session, client: ClientFile, *, reload: bool, records: frozenset[int] | None,
              check: bool) -> FileRead | None:
    """The file as the window shows it; `records`: only these records (None: all of them).
    None when `check` finds the case was handed on (nothing of it is this user's to show)."""
    c = client
    if check and not access.can_view_clinical(s, c.id):
        return None
    if reload:
        c = files.reload(s, c.id)
    changed: list[SessionRecord] = []
    everything: list[SessionRecord] | None = None
    if records is not None:
        changed = sessions.sessions_of(s, c.id, records)
    if records is None or len(changed) < len(records):  # one gone meanwhile: the whole list
        everything, changed = sessions.list_sessions(s, c.id), []
    extras = None
    if everything is not None:
        extras = Extras(subject_copy.copies(s, c.id), transfer.transfer_marks(s, c.id),
                        transfer.has_history(s, c.id))
    return FileRead(
        c, everything, changed, followups.list_followups(s, c.id),
        referrals.list_referrals(s, c.id), crises.list_crises(s, c.id),
        appointments.client_appointments(s, c.id), assessments.item9_flag(s, c.id),
        assessments.open_alerts(s, c.id), consent.consent_state(s, c.id),
        rights.consent_line(s, c)[0], fa.file_actions(s, c), extras)


@dataclass
class _Wanted:
    """What the reads asked for and not yet shown cover; the newest read covers them all,
    since it makes the older ones give up."""

    everything: bool = False
    records: frozenset[int] = frozenset()
    reload: bool = False
    check: bool = False


class _Notices(QObject):
    """Hands the runner's notices (with who made the change) to the view; goes with it."""

    def __init__(self, view: ClientFileView) -> None:
        super().__init__(view)
        self.view = view
        runner().changed.connect(self.on_changed)

    @Slot(object, object)
    def on_changed(self, changes: Change, initiator: object) -> None:
        self.view.notice(changes, initiator)


class ClientFileView(FileActions):
    # A read is shown: emitted while its answer is handled, so whoever shows the window
    # (file_window/opening.py) has done so by the time the operations are idle.
    read_shown = Signal()

    def __init__(self, session: Session, client: ClientFile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client = client
        self.editor: SessionEditor | None = None
        self.last_preview: PreviewDialog | None = None
        self.file_actions: frozenset[str] = frozenset()
        self._stale = False
        self._kind = f"file-window-{next(_windows)}"
        self._wanted = _Wanted()
        self._select_next: int | None = None
        self._shown_once = False
        self.loading = False  # a read is under way (the bench waits for it too)
        self.withdrawn = False  # the read found nothing this user may see: closed
        self._then: list[Callable[[], None]] = []
        # The worker reads the file while the window is built: the answer is handed over
        # from the event loop, so after this constructor, usually before the first paint.
        self.refresh(reload=False)
        layout = QVBoxLayout(self)
        self.header = FileHeader(self)
        layout.addWidget(self.header)
        self.banner, self.flags = self.header.banner, self.header.flags
        self.transfer = TransferBar(self, self.header.layout())
        self.reopen = ReopenCase(self, self.refresh)
        self.bar = FileActionBar(self._slots(), self)
        # its room kept while the file is read: the lists do not move down when it fills
        self.bar.setMinimumHeight(self.bar.sizeHint().height())
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
        # A change made anywhere (a booking on the appointments page, a follow-up done from
        # Today) shows here too; a change this window made re-reads it once, not twice.
        self._notices = _Notices(self)
        self.header.show_loading(client)
        self.tabs.set_file(session, client.id, f"{client.file_no} {client.name}")
        self._show_actions()

    # -- reading -------------------------------------------------------------------------
    def notice(self, changes: Change, initiator: object) -> None:
        if not changes & SHOWN or getattr(self.session.db, "closed", False):
            return
        if (self.editor is not None and _inside(initiator, self.editor)
                and not changes & ~EDITOR_CHANGES):
            return  # the editor's `saved` asks for its record (`show_saved`)
        self._changed_elsewhere()

    def _changed_elsewhere(self) -> None:
        if not self._stale:
            self._stale = True
            QTimer.singleShot(0, self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if not self._stale or not self.window().isVisible():
            return  # a window closed meanwhile reads nothing
        # the case may have been handed on (here or elsewhere): the read looks first
        self._read(everything=True, reload=True, check=True)

    def refresh(self, reload: bool = True, check: bool = False) -> None:
        """Read the file again, on the worker; the window shows it when the read returns.
        `check`: close the window instead if the case is no longer this user's to see."""
        self._read(everything=True, reload=reload, check=check)

    def show_saved(self, record_id: int) -> None:
        """A record was saved or signed here: read it (and the header) again, and select it
        when it is shown."""
        self._select_next = record_id
        self._read(records=frozenset({record_id}), reload=True)

    def when_read(self, then: Callable[[], None]) -> None:
        """Call `then` once the file is shown (now, if no read is under way): an action
        that needs the records or the lists (reopening a kept form) waits for them."""
        if self.loading:
            self._then.append(then)
        else:
            then()

    def _read(self, *, everything: bool = False, records: frozenset[int] = frozenset(),
              reload: bool = True, check: bool = False) -> None:
        self._stale = False
        w = self._wanted
        w.everything, w.records = w.everything or everything, w.records | records
        w.reload, w.check = w.reload or reload, w.check or check
        s, client = self.session, self.client
        only = None if w.everything else w.records
        reload, check = w.reload, w.check
        self.loading = True
        QueryOp(self, lambda: read_file(s, client, reload=reload, records=only, check=check)) \
            .success(self._show_read).failure(self._read_refused).run(latest=self._kind)

    def _read_refused(self, exc: StationDeskError) -> None:
        self.loading = False
        self._then = []  # nothing to go on with
        messages.error(self, error_text(exc))

    def _show_read(self, read: FileRead | None) -> None:
        self._wanted = _Wanted()
        self.loading = False
        if read is None:  # the case was handed on: nothing of it is this user's to show
            self.withdrawn = True
            host = self.window()
            (host if getattr(host, "view", None) is self else self).close()
            return
        s = self.session
        self.client = c = read.client
        self.file_actions = read.file_actions
        self.followups_model.set_rows(read.followups)
        self.referrals_model.set_rows(read.referrals)
        self.crises_model.set_rows(read.crises)
        selected = self.selected_record()
        if read.records is not None:
            self.sessions_model.set_rows(read.records)
            self.tabs.lay_out_records()
        for record in read.changed:
            self.sessions_model.put(record)
        target = self._select_next if self._select_next is not None else (
            selected.id if selected is not None else None)
        self._select_next = None
        if target is not None:
            self.select_record(target)
        elif not self._shown_once and self.sessions_model.rows:
            # the window opens on the latest record, shown in full
            self.select_record(self.sessions_model.rows[-1].id)
        self._shown_once = True
        if read.records is not None:
            self.tabs.fit_records()  # to the rows in view, the selected one among them
        notes = []
        if read.flag is not None:
            notes.append(arg(self.tr("Self-harm flag from an assessment (until %1)"),
                             read.flag.isoformat()))
        if read.alerts:
            notes.append(self.tr("%n assessment alert(s) to acknowledge (Assessments tab)", "",
                                 len(read.alerts)))
        self.tabs.set_file(s, c.id, f"{c.file_no} {c.name}")
        self.header.show_file(c, Glance(read.consent, read.consent_line, read.booked, notes))
        host = self.window()
        if getattr(host, "view", None) is self:  # the file's own window: its name may change
            host.setWindowTitle(f"{c.file_no} {c.name}")
        self.reopen.update(s, c)
        if read.extras is not None:  # a saved record changes neither copies nor transfers
            rights.update(self, read.extras.copies)
            self.transfer.show(read.extras.transfers, read.extras.has_history)
        self.tabs.show_record()
        self._show_actions()
        self.read_shown.emit()
        waiting, self._then = self._then, []
        for then in waiting:  # after this answer is handled: `then` may ask in a dialog
            QTimer.singleShot(0, self, then)

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


def _inside(widget: object, root: QObject) -> bool:
    """`widget` is `root` or lies within it (a dialog the editor opened)."""
    while isinstance(widget, QObject):
        if widget is root:
            return True
        widget = widget.parent()
    return False
