"""The session record editor: structured notes, vocabulary pickers, autosave, signing.

Autosave: a timer writes the form into the encrypted `drafts` table every few seconds while
it has changed, and once more when the window closes; reopening the same record (or a new
record for the same file) brings the text back with a notice. Saving or signing the record
drops the autosave. Validation problems are shown in the form and outline the fields; the
text stays as typed, however long.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import drafts, risk, sessions
from station_desk.domain.records.common import MAX_SECTION, local_now, today
from station_desk.domain.records.sessions import SECTIONS, SessionInput, SessionRecord
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import messages
from station_desk.ui.i18n import arg
from station_desk.ui.operations import Change, ChangeOp
from station_desk.ui.records.common import (
    WARNING_STYLE,
    FormErrors,
    VocabChecks,
    VocabCombo,
    attempt,
    date_edit,
    from_qdate,
    local_time,
    to_qdate,
)
from station_desk.ui.records.dialogs import SignatureDialog
from station_desk.ui.records.risk_notice import risk_sentence
from station_desk.ui.widgets import ErrorLabel, span_row

AUTOSAVE_MS = 3000


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
        self._loading = False
        self.setWindowTitle(self.tr("Session record"))
        self.resize(900, 760)
        outer = QVBoxLayout(self)

        self.restored = QLabel()
        self.restored.setStyleSheet(WARNING_STYLE)
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
        self.start = QLineEdit()
        self.start.setPlaceholderText("14:00")
        self.end = QLineEdit()
        self.end.setPlaceholderText("14:50")
        times = span_row(self.start, self.end, stretch=False)
        self.modality = VocabCombo("modalities")
        self.room = VocabCombo("rooms", blank=True)
        self.issues = VocabChecks("presenting_issues")
        self.interventions = VocabChecks("interventions")
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
        for section in SECTIONS:
            edit = QPlainTextEdit()
            edit.setMinimumHeight(90)
            counter = QLabel()
            box = QGridLayout()
            box.addWidget(edit, 0, 0)
            box.addWidget(counter, 1, 0)
            self.notes[section] = edit
            self.counters[section] = counter
            form.addRow(titles[section], box)
        form.addRow(self.tr("Interventions used"), self.interventions)
        self.risk = VocabCombo("risk_levels")
        self.referral = QLineEdit()
        self.next_appointment = QLineEdit()
        self.next_appointment.setPlaceholderText("2026-11-09")
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
            "referral": self.referral, "next_appointment": self.next_appointment,
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
        for widget in (self.start, self.end, self.referral, self.next_appointment):
            widget.textChanged.connect(self._changed)
        for edit in self.notes.values():
            edit.textChanged.connect(self._changed)
        for combo in (self.modality, self.room, self.risk):
            combo.currentIndexChanged.connect(self._changed)
        for checks in (self.issues, self.interventions):
            checks.itemChanged.connect(self._changed)
        self.date.dateChanged.connect(self._changed)
        self.restricted.toggled.connect(self._changed)
        self._update_counters()
        self.timer = QTimer(self)
        self.timer.setInterval(autosave_ms)
        self.timer.timeout.connect(self.autosave_now)
        self.timer.start()

    # -- form <-> data ---------------------------------------------------------------------
    def data(self) -> SessionInput:
        return SessionInput(
            session_date=from_qdate(self.date), start_time=self.start.text(),
            end_time=self.end.text(), modality=self.modality.code(), room=self.room.code(),
            issues=self.issues.codes(), interventions=self.interventions.codes(),
            risk_level=self.risk.code(), referral=self.referral.text(),
            next_appointment=self.next_appointment.text().strip() or None,
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
            self.start.setText(data.start_time)
            self.end.setText(data.end_time)
            self.modality.set_code(data.modality)
            self.room.set_code(data.room)
            self.issues.set_codes(data.issues)
            self.interventions.set_codes(data.interventions)
            for section in SECTIONS:
                self.notes[section].setPlainText(getattr(data, section))
            self.risk.set_code(data.risk_level or "none")
            self.referral.setText(data.referral)
            nxt = data.next_appointment
            self.next_appointment.setText(nxt.isoformat() if isinstance(nxt, dt.date)
                                          else (nxt or ""))
            self.restricted.setChecked(data.restricted)
        finally:
            self._loading = False

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self._update_counters()

    def _update_counters(self) -> None:
        for section, edit in self.notes.items():
            count = len(edit.toPlainText())
            label = self.counters[section]
            label.setText(arg(self.tr("%1 / %2 characters"), count, MAX_SECTION))
            label.setStyleSheet("color: #b3261e;" if count > MAX_SECTION else "color: gray;")

    # -- autosave --------------------------------------------------------------------------
    @property
    def autosave_ref(self) -> str:
        return (sessions.record_ref(self.record.id) if self.record
                else sessions.new_ref(self.client_id))

    def autosave_now(self) -> bool:
        if not self._dirty:
            return False
        try:
            drafts.autosave(self.session, sessions.DRAFT_KIND, self.autosave_ref,
                            self.data().to_payload())
        except StationDeskError as exc:
            self.status.setText(exc.message())
            return False
        self._dirty = False
        self.status.setText(arg(self.tr("Autosaved at %1"),
                                local_now(self.session).strftime("%H:%M:%S")))
        return True

    def keep_input(self) -> None:
        """Called by the screen lock: the text is autosaved now, not a few seconds later."""
        self.autosave_now()

    def _offer_autosave(self) -> None:
        found = drafts.pending(self.session, sessions.DRAFT_KIND, self.autosave_ref)
        if found is None:
            return
        self._load(SessionInput.from_payload(found.payload))
        self.restored.setText(arg(self.tr("Restored what was typed until %1 and not saved "
                                          "(the app was closed or stopped)."),
                                  local_time(found.updated_at)))
        self.restored.show()
        self.discard_restored.show()

    def _discard_autosave(self) -> None:
        drafts.discard(self.session, sessions.DRAFT_KIND, self.autosave_ref)
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
        ChangeOp(self, lambda: sessions.save_draft(session, client_id, data, record_id),
                 Change.RECORDS).success(self._draft_saved).run(errors=self.errors)

    def _draft_saved(self, record: SessionRecord) -> None:
        self._saved(record)
        self.status.setText(arg(self.tr("Draft saved at %1"),
                                local_now(self.session).strftime("%H:%M:%S")))

    def sign(self) -> SessionRecord | None:
        data = self.data()
        try:
            sessions.validate(self.session, data, signing=True)
        except StationDeskError as exc:
            self.errors.show(exc)
            return None
        def run(password: str) -> SessionRecord:
            # a new record is created and signed in one step: a refused signature leaves
            # no draft behind
            record = sessions.sign_session(
                self.session, self.client_id, self.record.id if self.record else None, data,
                password=password)
            self.record = record
            return record
        question = self.tr(
            "Sign this record? Once signed it cannot be changed; corrections are added as "
            "dated addenda. Type your password to sign.")
        try:  # what signing does to the file's risk level, said before the password
            change = risk.on_signing(self.session, self.client_id, data.risk_level or "none")
        except StationDeskError:  # signing itself will say why not
            change = None
        notice = risk_sentence(change, data.risk_level or "none")
        signed = SignatureDialog.ask(self.session, f"{notice}\n\n{question}" if notice
                                     else question, run, self)
        if signed is not None:
            self._saved(signed)
            self.timer.stop()
            self.accept()
        return signed

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
        done = attempt(self, lambda: sessions.discard_draft_record(
            self.session, self.client_id, record.id) or True, self.errors)
        if not done:
            return False
        self._dirty = False
        self.timer.stop()
        self.deleted.emit(record.id)
        super().reject()  # not self.reject(): nothing is left to autosave
        return True

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
