"""The session record editor: structured notes, vocabulary pickers, autosave, signing.

It names the file it writes in (name, number, which session), takes its times from today's
booking when there is one (time pickers, not free text), shows every issue and intervention
as a box to tick, offers note templates and the last record's plan, and, once signed, offers
to book the "next appointment" it names.

Autosave: a timer writes the form into the encrypted `drafts` table every few seconds while
it has changed, and once more when the window closes; reopening the same record (or a new
record for the same file) brings the text back with a notice. Saving or signing the record
drops the autosave. Validation problems are shown in the form and outline the fields; the
text stays as typed, however long.

The domain's work runs on the operations worker: the autosave as a change that does not hold
input (typing goes on; what is typed meanwhile is written by the next one), the save, and
before the password is asked for a signature, the form's check and what signing does to the
file's risk level (a refusal is shown in the form).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import appointments, drafts, files, risk, sessions
from station_desk.domain.records.common import MAX_SECTION, local_now, today
from station_desk.domain.records.session_context import SessionContext, session_context
from station_desk.domain.records.sessions import SECTIONS, SessionInput, SessionRecord
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import messages, theme
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.operations import Change, ChangeOp, QueryOp
from station_desk.ui.records.appointment_dialog import AppointmentDialog
from station_desk.ui.records.check_grid import CheckGrid
from station_desk.ui.records.common import (
    FormErrors,
    VocabCombo,
    date_edit,
    from_qdate,
    local_time,
    size_as_heading,
    to_qdate,
)
from station_desk.ui.records.dialogs import SignatureDialog
from station_desk.ui.records.next_appointment import NextAppointmentPicker
from station_desk.ui.records.risk_notice import risk_sentence
from station_desk.ui.records.session_templates import templates
from station_desk.ui.widgets import ErrorLabel, span_row

AUTOSAVE_MS = 3000
DEFAULT_MINUTES = 50


def _time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    return edit


def _then(then: Callable[[], None] | None) -> None:
    if then is not None:
        then()


def default_times(now: dt.datetime) -> tuple[str, str]:
    """Without a booking: the half hour just begun, for the usual 50 minutes."""
    start = now.replace(minute=0 if now.minute < 30 else 30, second=0, microsecond=0)
    end = start + dt.timedelta(minutes=DEFAULT_MINUTES)
    return start.strftime("%H:%M"), end.strftime("%H:%M") if end.date() == start.date() \
        else "23:59"


class SessionEditor(QDialog):
    """Write or continue a draft record of one file. Emits `saved(record id)`."""

    saved = Signal(int)
    deleted = Signal(int)

    def __init__(self, session: Session, client_id: int, record: SessionRecord | None = None,
                 parent: QWidget | None = None, autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = client_id
        self.record = record
        self._dirty = False
        self._edits = 0  # changes made so far: an autosave clears `_dirty` only if none since
        self._autosaving = 0  # autosaves asked for and not yet answered
        self._saving = False  # a save, signature or deletion under way: no autosave beside it
        self._loading = False
        self._times_given = record is not None  # a draft's own times are kept
        self.context: SessionContext | None = None
        self.setWindowTitle(self.tr("Session record"))
        self.resize(900, 700)
        outer = QVBoxLayout(self)
        self.who = QLabel()  # whose file: filled in when the context is read
        size_as_heading(self.who)  # follows the text size
        self.who.setWordWrap(True)
        outer.addWidget(self.who)

        self.restored = QLabel()
        theme.set_tone(self.restored, "warning-bar")
        self.restored.setWordWrap(True)
        self.restored.hide()
        self.discard_restored = QPushButton(self.tr("Discard the restored text"))
        self.discard_restored.hide()
        self.discard_restored.clicked.connect(self._discard_autosave)
        row = QHBoxLayout()
        row.addWidget(self.restored, 1)
        row.addWidget(self.discard_restored)
        outer.addLayout(row)

        body = QWidget()
        form = QFormLayout(body)
        self.date = date_edit(self, today(session))
        self.start = _time_edit()
        self.end = _time_edit()
        start, end = default_times(local_now(session).replace(tzinfo=None))
        self.start.setTime(QTime.fromString(start, "HH:mm"))
        self.end.setTime(QTime.fromString(end, "HH:mm"))
        self.start.timeChanged.connect(self._time_moved)
        self.end.timeChanged.connect(self._time_moved)
        self.booking_note = QLabel()
        theme.set_tone(self.booking_note, "muted")
        times = span_row(self.start, self.end, stretch=False)
        times.addWidget(self.booking_note, 1)
        self.modality = VocabCombo("modalities")
        self.room = VocabCombo("rooms", blank=True)
        self.issues = CheckGrid("presenting_issues")
        self.interventions = CheckGrid("interventions")
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Modality"), self.modality)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Presenting issues"), self.issues)
        titles = {"complaint": self.tr("Presenting complaint"),
                  "assessment": self.tr("Assessment"),
                  "intervention": self.tr("Intervention"), "plan": self.tr("Plan")}
        self.notes: dict[str, QPlainTextEdit] = {}
        self.counters: dict[str, QLabel] = {}
        self.copy_plan_button = QPushButton(self.tr("Copy last plan"))
        self.copy_plan_button.setToolTip(self.tr("Insert the plan of the last signed record"))
        self.copy_plan_button.setEnabled(False)
        self.copy_plan_button.clicked.connect(self.copy_last_plan)
        self.template_buttons: dict[str, QToolButton] = {}
        for section in SECTIONS:
            edit = QPlainTextEdit()
            edit.setMinimumHeight(90)
            counter = QLabel()
            tools = QHBoxLayout()
            tools.addWidget(counter, 1)
            button = QToolButton()
            button.setText(self.tr("Template"))
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(button)
            for name, text in templates(section):
                menu.addAction(name).triggered.connect(
                    lambda _c=False, e=edit, t=text: self.insert_text(e, t))
            button.setMenu(menu)
            tools.addWidget(button)
            self.template_buttons[section] = button
            if section == "plan":
                tools.addWidget(self.copy_plan_button)
            box = QGridLayout()
            box.addWidget(edit, 0, 0)
            box.addLayout(tools, 1, 0)
            self.notes[section] = edit
            self.counters[section] = counter
            form.addRow(titles[section], box)
        form.addRow(self.tr("Interventions used"), self.interventions)
        self.risk = VocabCombo("risk_levels")
        self.referral = QLineEdit()
        self.next_appointment = NextAppointmentPicker(from_qdate(self.date), self.start.time())
        self.book_next_button = self.next_appointment.book_button
        self.book_next_button.clicked.connect(lambda: self.book_next())
        self.restricted = QCheckBox(self.tr("Restricted: only I can see this record"))
        form.addRow(self.tr("Risk level"), self.risk)
        form.addRow(self.tr("Referral"), self.referral)
        form.addRow(self.tr("Next appointment"), self.next_appointment)
        form.addRow("", self.restricted)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.error = ErrorLabel(self)
        outer.addWidget(self.error)
        self.errors = FormErrors(self.error, {
            "session_date": self.date, "start_time": self.start, "end_time": self.end,
            "modality": self.modality, "room": self.room, "issues": self.issues,
            "interventions": self.interventions, "risk_level": self.risk,
            "referral": self.referral, "next_appointment": self.next_appointment.day,
            **self.notes})
        buttons = QHBoxLayout()
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("Save draft"))
        self.sign_button = QPushButton(self.tr("Sign…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.delete_button = QPushButton(self.tr("Delete draft…"))
        self.delete_button.setToolTip(self.tr("Delete this unsigned draft record"))
        self.delete_button.clicked.connect(self.delete_draft)
        self.delete_button.setVisible(record is not None)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.sign)
        self.close_button.clicked.connect(self.close)

        self._load(record.as_input() if record else SessionInput(
            today(session), modality="in_person", room="counselling"))
        self._offer_autosave()
        self.referral.textChanged.connect(self._changed)
        self.next_appointment.changed.connect(self._changed)
        self.date.dateChanged.connect(self._follow_session)
        self.start.timeChanged.connect(self._follow_session)
        for time_edit in (self.start, self.end):
            time_edit.timeChanged.connect(self._changed)
        for edit in self.notes.values():
            edit.textChanged.connect(self._changed)
        for combo in (self.modality, self.room, self.risk):
            combo.currentIndexChanged.connect(self._changed)
        for checks in (self.issues, self.interventions):
            checks.changed.connect(self._changed)
        self.date.dateChanged.connect(self._changed)
        self.restricted.toggled.connect(self._changed)
        self._update_counters()
        self.timer = QTimer(self)
        self.timer.setInterval(autosave_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.read_context()

    # -- whose file, today's booking, the last plan ---------------------------------------
    def read_context(self) -> None:
        session, client_id, day = self.session, self.client_id, from_qdate(self.date)
        # without it the form still works (no name heading, no booking times): a refusal
        # here is said by saving or signing, not by a box while the form opens
        QueryOp(self, lambda: session_context(session, client_id, day)) \
            .success(self._context_read).failure(lambda _refusal: None).run()

    def _context_read(self, context: SessionContext) -> None:
        self.context = context
        record = self.record
        number = record.session_no if record else (context.last_session_no or 0) + 1
        self.who.setText(arg(self.tr("%1 · file %2 · session %3"), context.name,
                             context.file_no, number))
        self.setWindowTitle(arg(self.tr("Session record: %1 (%2)"), context.name,
                                context.file_no))
        self.copy_plan_button.setEnabled(bool(context.last_plan.strip()))
        times = context.default_times
        if times is not None:
            self.booking_note.setText(arg(self.tr("booked %1–%2"), *times))
            if not self._times_given:  # a new record starts at the booking's times
                self._loading = True
                self.start.setTime(QTime.fromString(times[0], "HH:mm"))
                self.end.setTime(QTime.fromString(times[1], "HH:mm"))
                self._loading = False

    def _time_moved(self, _moment: QTime) -> None:
        if not self._loading:
            self._times_given = True

    def insert_text(self, edit: QPlainTextEdit, text: str) -> None:
        cursor = edit.textCursor()
        if cursor.position() > 0 and not edit.toPlainText().endswith("\n") \
                and cursor.atEnd():
            text = "\n" + text
        cursor.insertText(text)
        edit.setTextCursor(cursor)
        edit.setFocus()

    def copy_last_plan(self) -> None:
        if self.context is not None and self.context.last_plan.strip():
            self.insert_text(self.notes["plan"], self.context.last_plan)

    def book_next(self, day: dt.date | None = None,
                  then: Callable[[], None] | None = None) -> None:
        """Book the record's "next appointment": the picked day and time (the picked time
        also when `day` is the signed record's). The file's directory row is read on the
        worker first, holding input (a second click opens one form); `then()` after."""
        day = day or from_qdate(self.next_appointment.day)
        session, client_id = self.session, self.client_id

        def form(entry: list[files.DirectoryEntry]) -> None:
            if entry:
                item = AppointmentDialog.ask(session, entry[0], None, day, self,
                                             at=self.next_appointment.at())
                if item is not None and self.next_appointment.value() is None:
                    # booked: the record names it
                    self.next_appointment.set_value(item.day, item.starts_at[11:16])
            _then(then)

        ChangeOp(self, lambda: files.directory_rows(session, [client_id]), Change.NONE) \
            .success(form).failure(self._said_then(then)).run()

    def _follow_session(self, *_args: object) -> None:
        self.next_appointment.follow(from_qdate(self.date), self.start.time())

    def offer_next_booking(self, record: SessionRecord,
                           then: Callable[[], None] | None = None) -> None:
        """After signing: a next appointment named in the record and not yet booked (asked
        on the worker) is offered for booking (the counsellor says yes or no); `then()`
        after."""
        if not record.next_appointment:
            _then(then)
            return
        day = dt.date.fromisoformat(record.next_appointment)
        session, client_id = self.session, self.client_id

        def offer(found: list[appointments.Appointment]) -> None:
            if found or not messages.confirm(self, arg(self.tr(
                    "The record names %1 as the next appointment, and nothing is booked "
                    "that day. Book it now?"), day.isoformat())):
                _then(then)
                return
            self.book_next(day, then)

        ChangeOp(self, lambda: appointments.booked_on(session, client_id, day), Change.NONE) \
            .success(offer).failure(self._said_then(then)).run()

    def _said_then(self, then: Callable[[], None] | None
                   ) -> Callable[[StationDeskError], None]:
        """A refused look-up: said once, in a box, and the editor carries on."""
        def refused(exc: StationDeskError) -> None:
            messages.error(self, error_text(exc))
            _then(then)
        return refused

    # -- form <-> data ---------------------------------------------------------------------
    def data(self) -> SessionInput:
        return SessionInput(
            session_date=from_qdate(self.date),
            start_time=self.start.time().toString("HH:mm"),
            end_time=self.end.time().toString("HH:mm"), modality=self.modality.code(),
            room=self.room.code(),
            issues=self.issues.codes(), interventions=self.interventions.codes(),
            risk_level=self.risk.code(), referral=self.referral.text(),
            next_appointment=self.next_appointment.value(),
            next_appointment_time=self.next_appointment.time_value(),
            restricted=self.restricted.isChecked(),
            **{s: self.notes[s].toPlainText() for s in SECTIONS})

    def _load(self, data: SessionInput) -> None:
        self._loading = True
        try:
            day = data.session_date
            if isinstance(day, str):
                try:
                    day = dt.date.fromisoformat(day)
                except ValueError:
                    day = None
            if isinstance(day, dt.date):
                self.date.setDate(to_qdate(day))
            for edit, text in ((self.start, data.start_time), (self.end, data.end_time)):
                moment = QTime.fromString(text or "", "HH:mm")
                if moment.isValid():
                    edit.setTime(moment)
            self.modality.set_code(data.modality)
            self.room.set_code(data.room)
            self.issues.set_codes(data.issues)
            self.interventions.set_codes(data.interventions)
            for section in SECTIONS:
                self.notes[section].setPlainText(getattr(data, section))
            self.risk.set_code(data.risk_level or "none")
            self.referral.setText(data.referral)
            self.next_appointment.set_value(data.next_appointment or None,
                                            data.next_appointment_time)
            self.restricted.setChecked(data.restricted)
        finally:
            self._loading = False

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self._edits += 1
            self._update_counters()

    def _update_counters(self) -> None:
        for section, edit in self.notes.items():
            count = len(edit.toPlainText())
            label = self.counters[section]
            label.setText(arg(self.tr("%1 / %2 characters"), count, MAX_SECTION))
            theme.set_tone(label, "danger" if count > MAX_SECTION else "muted")

    # -- autosave --------------------------------------------------------------------------
    @property
    def autosave_ref(self) -> str:
        return (sessions.record_ref(self.record.id) if self.record
                else sessions.new_ref(self.client_id))

    def _tick(self) -> None:
        """The timer: one autosave at a time, and none beside a save or a signature."""
        if not self._autosaving and not self._saving:
            self.autosave_now()

    def autosave_now(self) -> bool:
        """Write the form to the encrypted autosave on the worker, without holding input;
        True when there was something to write. It stays to be written (`_dirty`) until an
        autosave of everything typed so far has succeeded."""
        if not self._dirty or getattr(self.session.db, "closed", False):
            return False
        edits, payload = self._edits, self.data().to_payload()
        session, ref = self.session, self.autosave_ref

        def written(_none: None) -> None:
            self._autosaving -= 1
            if self._edits == edits:  # nothing typed since: all of it is written
                self._dirty = False
            self.status.setText(arg(self.tr("Autosaved at %1"),
                                    local_now(self.session).strftime("%H:%M:%S")))

        def refused(exc: StationDeskError) -> None:
            self._autosaving -= 1
            self.status.setText(error_text(exc))  # the next tick tries again

        self._autosaving += 1
        ChangeOp(self, lambda: drafts.autosave(session, sessions.DRAFT_KIND, ref, payload),
                 Change.NONE, hold_input=False).success(written).failure(refused).run()
        return True

    def keep_input(self) -> None:
        """Called by the screen lock: the text is autosaved now, not a few seconds later."""
        self.autosave_now()

    def _offer_autosave(self) -> None:
        """What was typed here before and not saved, read on the worker (after an autosave
        still being written: the worker keeps the order). Input is held until it is here,
        so nothing typed meanwhile is overwritten by it."""
        session, ref = self.session, self.autosave_ref
        ChangeOp(self, lambda: drafts.pending(session, sessions.DRAFT_KIND, ref),
                 Change.NONE).success(self._restore).run()

    def _restore(self, found: drafts.Draft | None) -> None:
        if found is None:
            return
        self._load(SessionInput.from_payload(found.payload))
        self._times_given = True  # what was typed wins over the booking
        self.restored.setText(arg(self.tr("Restored what was typed until %1 and not saved "
                                          "(the app was closed or stopped)."),
                                  local_time(found.updated_at)))
        self.restored.show()
        self.discard_restored.show()

    def _discard_autosave(self) -> None:
        """Throw the restored text away (on the worker), then show the form as it was."""
        session, ref = self.session, self.autosave_ref
        self._saving = True  # no autosave of the text being thrown away
        ChangeOp(self, lambda: drafts.discard(session, sessions.DRAFT_KIND, ref),
                 Change.NONE).success(self._restored_discarded).failure(self._refused).run()

    def _restored_discarded(self, _none: None) -> None:
        self._saving = False
        self._load(self.record.as_input() if self.record else SessionInput(
            today(self.session), modality="in_person"))
        self._dirty = False
        self.restored.hide()
        self.discard_restored.hide()

    # -- save and sign ---------------------------------------------------------------------
    def save(self) -> None:
        """Save the draft, as an operation; the form shows the refusal or the time saved."""
        session, client_id, data = self.session, self.client_id, self.data()
        record_id = self.record.id if self.record else None
        self._saving = True
        ChangeOp(self, lambda: sessions.save_draft(session, client_id, data, record_id),
                 Change.RECORDS).success(self._draft_saved).failure(self._refused).run()

    def _refused(self, exc: StationDeskError) -> None:
        self._saving = False
        self.errors.show(exc)

    def _draft_saved(self, record: SessionRecord) -> None:
        self._saving = False
        self.errors.clear()
        self._saved(record)
        self.status.setText(arg(self.tr("Draft saved at %1"),
                                local_now(self.session).strftime("%H:%M:%S")))

    def sign(self) -> None:
        """Sign the record: the form is checked, and what signing does to the file's risk
        level is asked, on the worker (a refusal is shown in the form); then the password.
        Input is held meanwhile, so a second click asks once."""
        data, session, client_id = self.data(), self.session, self.client_id
        level = data.risk_level or "none"

        def check() -> risk.RiskChange | None:
            sessions.validate(session, data, signing=True)
            return risk.on_signing(session, client_id, level)

        self._saving = True
        ChangeOp(self, check, Change.NONE).success(
            lambda change: self._ask_signature(data, change)).failure(self._refused).run()

    def _ask_signature(self, data: SessionInput, change: risk.RiskChange | None) -> None:
        self.errors.clear()
        session, client_id = self.session, self.client_id
        record_id = self.record.id if self.record else None

        def run(password: str) -> SessionRecord:
            # a new record is created and signed in one step: a refused signature leaves
            # no draft behind
            return sessions.sign_session(session, client_id, record_id, data,
                                         password=password)
        question = self.tr(
            "Sign this record? Once signed it cannot be changed; corrections are added as "
            "dated addenda. Type your password to sign.")
        notice = risk_sentence(change, data.risk_level or "none")
        signed = SignatureDialog.ask(self.session, f"{notice}\n\n{question}" if notice
                                     else question, run, self)
        self._saving = False
        if signed is not None:
            self._saved(signed)
            self.timer.stop()
            self.offer_next_booking(signed, then=self.accept)  # closes after the offer

    def delete_draft(self) -> bool:
        """Delete the saved draft record this editor holds, after asking; then close."""
        record = self.record
        if record is None:
            return False
        if not messages.confirm(self, arg(self.tr("Delete the unsigned draft of session %1? "
                                                  "Its text is removed for good; the "
                                                  "deletion is recorded in the audit "
                                                  "trail."), record.session_no)):
            return False
        session, client_id, record_id = self.session, self.client_id, record.id
        self._saving = True
        ChangeOp(self, lambda: sessions.discard_draft_record(session, client_id, record_id),
                 Change.RECORDS).success(lambda _done: self._draft_deleted(record_id)).failure(
            self._refused).run()  # on the worker; a refusal shows under the form
        return True

    def _draft_deleted(self, record_id: int) -> None:
        self._saving = False
        self.errors.clear()
        self._dirty = False
        self.timer.stop()
        self.deleted.emit(record_id)
        QDialog.reject(self)  # not self.reject(): nothing is left to autosave

    def _saved(self, record: SessionRecord) -> None:
        self.delete_button.setVisible(not record.is_signed)
        self.record = record
        self._dirty = False
        self.restored.hide()
        self.discard_restored.hide()
        self.saved.emit(record.id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.autosave_now()  # closing without saving keeps the text for next time
        self.timer.stop()
        super().closeEvent(event)

    def reject(self) -> None:
        self.autosave_now()
        self.timer.stop()
        super().reject()
