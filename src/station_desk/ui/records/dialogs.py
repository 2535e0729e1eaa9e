"""The small forms around a file: addendum, follow-up, crisis, referral, consent, reason,
closing, sharing. Each has `ask(...)` wrapping exec(); tests build them and call accept()."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpacerItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import (
    consent,
    crises,
    files,
    followups,
    referrals,
    sessions,
)
from station_desk.domain.records.common import MAX_SECTION, today
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import arg, current_lang
from station_desk.ui.kept_input import KeptInput, input_fields
from station_desk.ui.modal import accepted, alive, run_modal
from station_desk.ui.operations import Change, ChangeOp
from station_desk.ui.records.check_grid import CheckGrid
from station_desk.ui.records.common import (
    FormErrors,
    VocabCombo,
    date_edit,
    from_qdate,
    local_time,
    to_qdate,
)
from station_desk.ui.records.consent_scopes import consent_scope_checks
from station_desk.ui.widgets import ErrorLabel, password_edit

T = TypeVar("T")


class FormDialog(KeptInput, QDialog):
    """A form whose OK runs one domain call; refusals show inline and keep the input.

    `changes`: the kinds of data the call changes, announced to the pages when it is done.

    A form that names what it edits (`kept_ref`) is autosaved when the screen locks and, if
    it was lost before being finished, offered back the next time it is opened; OK or
    Cancel drops that autosave."""

    changes = Change.NONE

    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result_value: Any = None
        self.saving = False  # an OK being carried out
        self._offered = False
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        # At least 480 px wide, as a spacer: a minimum width set on the dialog itself would
        # replace its layout's, and a form of long check boxes (the crisis checklist in
        # English at 150 % text) was then squeezed below what its boxes need.
        self.layout_.addSpacerItem(QSpacerItem(480, 0, QSizePolicy.Policy.Fixed,
                                               QSizePolicy.Policy.Fixed))
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = ErrorLabel(self)
        self.errors = FormErrors(self.error, {})
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, fields: dict[str, QWidget]) -> None:
        self.errors.fields = fields
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def submit(self) -> Callable[[], Any]:
        raise NotImplementedError

    def accept(self) -> None:
        """OK: the domain call runs as an operation (ui/operations.py); the dialog closes
        when it succeeded, and shows the refusal, keeping the input, when it did not.

        `submit()` reads the form here, on the UI thread; what it returns runs on the worker
        and must not touch a widget."""
        if self.saving:
            return
        call = self.submit()  # reads the form only: every check runs in the call, on the worker
        self.saving = True
        ChangeOp(self, call, self.changes).success(self._saved).failure(self._refused).run()

    def _saved(self, result: Any) -> None:
        self.saving = False
        self.errors.clear()
        if result is not None:  # a call that returns None did nothing to close for
            self.result_value = result
            self.forget_input()
            QDialog.accept(self)
            self.after_save(result)

    def after_save(self, result: Any) -> None:
        """Subclasses: what to say or do once the call succeeded and the form closed."""

    def _refused(self, exc: StationDeskError) -> None:
        self.saving = False
        self.errors.show(exc)

    def reject(self) -> None:
        self.forget_input()
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._offered:  # once the subclass has filled the form in
            self._offered = True
            self.offer_kept_input(self.layout_)
        super().showEvent(event)

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> Any:
        dialog = cls(*args, **kwargs)
        run_modal(dialog)
        return dialog.result_value


def open_after(parent: QWidget | None, read: Callable[[], T], build: Callable[[T], FormDialog],
               then: Callable[[Any], None] | None = None) -> None:
    """Read what a form needs on the operations worker, then build the form from it and run
    it on the UI thread; `then(result)` once it saved something. The read holds input as a
    change does (an audited read writes its entry), so a second click while it runs does not
    open the form twice; a refused read is shown once, by the operations layer, and opens
    nothing."""

    def show(found: T) -> None:
        dialog = build(found)
        run_modal(dialog)
        if alive(dialog) and dialog.result_value is not None and then is not None:
            then(dialog.result_value)

    ChangeOp(parent, read, Change.NONE).success(show).run()


class SignatureDialog(FormDialog):
    """An electronic signature: what signing means, and the signer's password again. OK runs
    `sign(password)`; a wrong password is shown here, the dialog stays open (and the domain
    counts the failure as at sign-in)."""

    changes = Change.RECORDS | Change.CLIENTS

    def __init__(self, session: Session, question: str, sign: Callable[[str], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Sign with your password"), parent)
        self.sign = sign
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.form.addRow(self.question)
        self.password = password_edit(self)
        self.form.addRow(self.tr("Your password"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign"))
        self.finish_layout({})

    def submit(self) -> Callable[[], Any]:
        password = self.password.text()
        return lambda: self.sign(password)

    def accept(self) -> None:
        super().accept()
        self.password.clear()  # not kept in memory longer than the check


def _row(*widgets: QWidget) -> QWidget:
    """Widgets side by side on one form row, as one widget (so it can be switched off)."""
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return holder


def _notes(parent: QWidget, height: int = 120) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setMinimumHeight(height)
    return edit


class AddendumDialog(FormDialog):
    changes = Change.RECORDS

    def __init__(self, session: Session, record: sessions.SessionRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Add an addendum"), parent)
        self.record = record
        intro = QLabel(arg(self.tr("Session %1 of %2, signed %3. The record itself "
                                   "stays as signed; the addendum is shown with it, "
                                   "dated and under your name."),
                           record.session_no, record.session_date,
                           local_time(record.signed_at)))
        intro.setWordWrap(True)  # one long sentence: cut off at the dialog's edge otherwise
        self.form.addRow(intro)
        self.text = _notes(self)
        self.form.addRow(self.tr("Addendum"), self.text)
        self.finish_layout({"addendum": self.text})

    def kept_ref(self) -> str:
        return f"addendum:{self.record.client_id}:{self.record.id}"

    def submit(self) -> Callable[[], Any]:
        session, record_id, text = self.session, self.record.id, self.text.toPlainText()
        return lambda: sessions.add_addendum(session, record_id, text)


class FollowupDialog(FormDialog):
    """Plan a follow-up: what for, the day (from the purpose: never today unless asked), a
    time if one was agreed, and how."""

    changes = Change.FOLLOWUPS

    def __init__(self, session: Session, client_id: int, session_id: int | None = None,
                 parent: QWidget | None = None, *, purpose: str = "") -> None:
        super().__init__(session, self.tr("Schedule a follow-up"), parent)
        self.client_id, self.session_id = client_id, session_id
        self.purpose = QComboBox()
        for code in followups.PURPOSES:
            if code != "after_crisis":  # made by the crisis form itself
                self.purpose.addItem(followups.purpose_label(code, current_lang()), code)
        wanted = purpose or (followups.DEFAULT_PURPOSE if session_id
                             else "check_in")
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(wanted)))
        self.date = date_edit(self, followups.default_date(session, self.purpose_code()))
        self._date_touched = False
        self.date.dateChanged.connect(self._date_edited)
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self.timed = QCheckBox(self.tr("At a set time"))
        self.time = QTimeEdit(QTime(10, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(False)
        self.timed.toggled.connect(self.time.setEnabled)
        self.channel = VocabCombo("follow_up_channels")
        self.form.addRow(self.tr("Purpose"), self.purpose)
        self.form.addRow(self.tr("Planned date"), self.date)
        self.form.addRow(self.tr("Time"), _row(self.timed, self.time))
        self.form.addRow(self.tr("Channel"), self.channel)
        self.finish_layout({"purpose": self.purpose, "planned_date": self.date,
                            "planned_time": self.time, "channel": self.channel})

    def purpose_code(self) -> str:
        return str(self.purpose.currentData() or followups.DEFAULT_PURPOSE)

    def _date_edited(self, *_args: object) -> None:
        self._date_touched = True

    def _purpose_changed(self, *_args: object) -> None:
        if not self._date_touched:  # the default follows the purpose until a day is chosen
            self.date.blockSignals(True)
            self.date.setDate(to_qdate(followups.default_date(self.session,
                                                              self.purpose_code())))
            self.date.blockSignals(False)

    def kept_ref(self) -> str:
        return f"followup:{self.client_id}:new"

    def submit(self) -> Callable[[], Any]:
        session, client_id, session_id = self.session, self.client_id, self.session_id
        day, channel, purpose = from_qdate(self.date), self.channel.code(), self.purpose_code()
        at = self.time.time().toString("HH:mm") if self.timed.isChecked() else ""
        return lambda: followups.schedule_followup(session, client_id, day, channel,
                                                   session_id=session_id, purpose=purpose,
                                                   planned_time=at)


class ItemOutcomeDialog(FormDialog):
    """How an item of a file turned out: a follow-up's contact (`OutcomeDialog`), a crisis
    closed (`CloseCrisisDialog`). The note is the form's `outcome` field, under the form's
    other rows, and its text is kept under `<kept_kind>:<file>:<item>` if the screen locks;
    a subclass adds the rows its kind needs and says which domain call records it (the
    common rules are `domain.records.item_outcomes`)."""

    changes = Change.FOLLOWUPS
    kept_kind = ""

    def __init__(self, session: Session, title: str, client_id: int, item_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, title, parent)
        self.client_id, self.item_id = client_id, item_id
        self.outcome = _notes(self, 80)

    def kept_ref(self) -> str:
        return f"{self.kept_kind}:{self.client_id}:{self.item_id}"


class OutcomeDialog(ItemOutcomeDialog):
    """Record one contact of a follow-up: reached, not reached, rescheduled or closed, with
    a note; not reached and rescheduled ask for the next day (the follow-up stays open)."""

    kept_kind = "followup-outcome"

    def __init__(self, session: Session, item: followups.Followup,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Follow-up outcome"), item.client_id, item.id,
                         parent)
        self.item = item
        about = QLabel(arg(self.tr("%1 %2 · planned %3"), item.file_no, item.client_name,
                           f"{item.planned_date} {item.planned_time}".strip()))
        about.setWordWrap(True)
        self.form.addRow(about)
        self.results = QButtonGroup(self)
        row = QHBoxLayout()
        for position, (code, text) in enumerate((
                (followups.REACHED, self.tr("Reached")),
                (followups.NOT_REACHED, self.tr("Not reached")),
                (followups.RESCHEDULED, self.tr("Rescheduled")),
                (followups.CLOSED, self.tr("Closed, no more follow-up")))):
            button = QRadioButton(text)
            button.setProperty("result", code)
            self.results.addButton(button, position)
            row.addWidget(button)
        row.addStretch(1)
        self.results.button(0).setChecked(True)
        self.results.idToggled.connect(lambda _i, _on: self._result_changed())
        self.next_date = date_edit(self, today(session))
        self.next_timed = QCheckBox(self.tr("At a set time"))
        self.next_time = QTimeEdit(QTime(10, 0))
        self.next_time.setDisplayFormat("HH:mm")
        self.next_time.setEnabled(False)
        self.next_timed.toggled.connect(self.next_time.setEnabled)
        self.next_row = _row(self.next_date, self.next_timed, self.next_time)
        self.form.addRow(self.tr("Result"), row)
        self.form.addRow(self.tr("Note"), self.outcome)
        self.form.addRow(self.tr("Next contact"), self.next_row)
        if item.attempts:
            self.form.addRow(QLabel(self.tr("Tries that did not reach the worker: %n", "",
                                            item.attempts)))
        self.finish_layout({"outcome": self.outcome, "planned_date": self.next_date,
                            "planned_time": self.next_time})
        self._result_changed()

    def result_code(self) -> str:
        checked = self.results.checkedButton()
        return str(checked.property("result")) if checked else followups.REACHED

    def _result_changed(self) -> None:
        code = self.result_code()
        moves = code in (followups.NOT_REACHED, followups.RESCHEDULED)
        self.next_row.setEnabled(moves)
        days = 1 if code == followups.NOT_REACHED else 7
        self.next_date.setDate(to_qdate(today(self.session) + dt.timedelta(days=days)))

    def submit(self) -> Callable[[], Any]:
        session, item_id, note = self.session, self.item.id, self.outcome.toPlainText()
        code = self.result_code()
        moves = code in (followups.NOT_REACHED, followups.RESCHEDULED)
        day = from_qdate(self.next_date) if moves else None
        at = self.next_time.time().toString("HH:mm") \
            if moves and self.next_timed.isChecked() else ""
        return lambda: followups.record_result(session, item_id, code, note, next_date=day,
                                               next_time=at)


class CrisisDialog(FormDialog):
    """Open a crisis, or (with `crisis`) record further actions on an open one."""

    changes = Change.FOLLOWUPS | Change.CLIENTS

    def __init__(self, session: Session, client_id: int,
                 crisis: crises.Crisis | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Crisis intervention"), parent)
        self.client_id, self.crisis = client_id, crisis
        self.risk = VocabCombo("risk_levels")
        self.risk.set_code(crisis.risk_level if crisis else "high")
        self.checklist = CheckGrid("crisis_checklist", columns=2, min_columns=2)
        self.actions_taken = CheckGrid("crisis_actions", columns=2, min_columns=2)
        self.notes = _notes(self, 100)
        intro = QLabel(self.tr("A follow-up within 24 hours is scheduled automatically; the "
                               "file shows a red banner until the crisis is closed."))
        intro.setWordWrap(True)  # the English sentence is wider than the form
        self.form.addRow(intro)
        self.form.addRow(self.tr("Risk level"), self.risk)
        if crisis is None:
            self.form.addRow(self.tr("Risk checklist"), self.checklist)
        else:
            self.actions_taken.set_codes(crisis.actions)
            self.notes.setPlainText(crisis.notes)
        self.form.addRow(self.tr("Actions taken"), self.actions_taken)
        self.form.addRow(self.tr("What happened"), self.notes)
        self.finish_layout({"risk_level": self.risk, "checklist": self.checklist,
                            "actions": self.actions_taken, "notes": self.notes})

    def kept_ref(self) -> str:
        return f"crisis:{self.client_id}:{self.crisis.id if self.crisis else 'new'}"

    def kept_fields(self) -> dict[str, QWidget]:
        fields = input_fields(self)
        for name, grid in (("checklist", self.checklist), ("actions", self.actions_taken)):
            fields.update({f"{name}:{code}": box for code, box in grid.boxes.items()})
        return fields

    def submit(self) -> Callable[[], Any]:
        session, risk, actions = self.session, self.risk.code(), self.actions_taken.codes()
        notes = self.notes.toPlainText()
        if self.crisis is not None:
            crisis_id = self.crisis.id
            return lambda: crises.update_crisis(session, crisis_id, actions=actions,
                                                notes=notes, risk_level=risk)
        client_id, checklist = self.client_id, self.checklist.codes()
        return lambda: crises.open_crisis(session, client_id, risk, checklist, actions, notes)


class CloseCrisisDialog(ItemOutcomeDialog):
    changes = Change.FOLLOWUPS | Change.CLIENTS  # the file's risk level changes with it
    kept_kind = "crisis-close"

    def __init__(self, session: Session, crisis: crises.Crisis,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Close the crisis"), crisis.client_id, crisis.id,
                         parent)
        self.crisis = crisis
        self.risk = VocabCombo("risk_levels")
        self.risk.set_code("low")
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.form.addRow(self.tr("Risk level now"), self.risk)
        self.finish_layout({"outcome": self.outcome, "risk_level": self.risk})

    def submit(self) -> Callable[[], Any]:
        session, crisis_id = self.session, self.crisis.id
        outcome, risk = self.outcome.toPlainText(), self.risk.code()
        return lambda: crises.close_crisis(session, crisis_id, outcome, risk)


class ReferralDialog(FormDialog):
    changes = Change.FOLLOWUPS | Change.CLIENTS

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Referral"), parent)
        self.client_id = client_id
        self.date = date_edit(self, today(session))
        self.kind = VocabCombo("referral_destinations")
        self.destination = QLineEdit()
        self.reason = _notes(self, 60)
        self.outcome = QLineEdit()
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("Destination type"), self.kind)
        self.form.addRow(self.tr("Destination"), self.destination)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.finish_layout({"referral_date": self.date, "destination": self.destination,
                            "reason": self.reason, "destination_type": self.kind})

    def kept_ref(self) -> str:
        return f"referral:{self.client_id}:new"

    def submit(self) -> Callable[[], Any]:
        args = (self.session, self.client_id, from_qdate(self.date), self.kind.code(),
                self.destination.text(), self.reason.toPlainText(), self.outcome.text())
        return lambda: referrals.add_referral(*args)


class ConsentDialog(FormDialog):
    """A signed consent form: its date, the uses ticked on it, who explained the limits of
    confidentiality (records/consent.py)."""

    changes = Change.CLIENTS

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None, *,
                 staff: list[tuple[int, str]]) -> None:
        super().__init__(session, self.tr("Informed consent"), parent)
        self.client_id = client_id
        self.date = date_edit(self, today(session))
        self.scopes = consent_scope_checks(self)
        self.explained_by = QComboBox(self)
        for user_id, name in staff:  # `consent.staff`, read before the form opens
            self.explained_by.addItem(name, user_id)
        self.explained_by.setCurrentIndex(max(self.explained_by.findData(session.user.id), 0))
        self.scope = QLineEdit(self)  # anything else the form says
        self.limits = QCheckBox(self.tr("Limits of confidentiality explained"))
        self.form.addRow(self.tr("Date on the signed form"), self.date)
        self.form.addRow(self.tr("Agrees to"), self.scopes)
        self.form.addRow(self.tr("Explained by"), self.explained_by)
        self.form.addRow(self.tr("Note"), self.scope)
        self.form.addRow("", self.limits)
        self.finish_layout({"consent_date": self.date, "scope": self.scope})

    def kept_ref(self) -> str:
        return f"consent:{self.client_id}:new"

    def submit(self) -> Callable[[], Any]:
        session, client_id, day = self.session, self.client_id, from_qdate(self.date)
        text, limits = self.scope.text(), self.limits.isChecked()
        chosen, explained_by = self.scopes.codes(), self.explained_by.currentData()
        return lambda: consent.record_consent(session, client_id, day, text, limits,
                                              scopes=chosen, explained_by=explained_by)

    @classmethod
    def ask(cls, session: Session, client_id: int,  # type: ignore[override]
            parent: QWidget | None = None, then: Callable[[Any], None] | None = None) -> None:
        """Who may have explained the limits, read on the worker; then the form."""
        open_after(parent, lambda: consent.staff(session),
                   lambda staff: cls(session, client_id, parent, staff=staff), then)


class ReasonDialog(QDialog):
    """Break the glass: the admin's reason for opening another counsellor's case."""

    def __init__(self, file_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reason required"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(arg(self.tr("File %1 belongs to a counsellor's caseload. "
                                            "Opening it needs a reason, which is written to "
                                            "the audit trail."), file_no)))
        self.reason = QPlainTextEdit(self)
        self.reason.setMaximumHeight(90)
        layout.addWidget(self.reason)
        # Restricted (高度保密) records open only with the key in the safe, typed in here.
        layout.addWidget(QLabel(self.tr("Recovery key, only to open restricted records "
                                        "(the key kept in the safe; leave empty otherwise):")))
        self.recovery_key = QLineEdit(self)
        self.recovery_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        layout.addWidget(self.recovery_key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, file_no: str, parent: QWidget | None = None) -> str | None:
        answer = cls.ask_with_key(file_no, parent)
        return None if answer is None else answer[0]

    @classmethod
    def ask_with_key(cls, file_no: str, parent: QWidget | None = None
                     ) -> tuple[str, str | None] | None:
        """The reason, and the recovery key if one was typed (None otherwise)."""
        dialog = cls(file_no, parent)
        if not accepted(dialog):
            return None
        return dialog.reason.toPlainText(), dialog.recovery_key.text().strip() or None


class CloseCaseDialog(FormDialog):
    changes = Change.CLIENTS | Change.RECORDS

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Close the case"), parent)
        self.client_id = client_id
        self.status = QComboBox()
        self.status.addItem(self.tr("Closed"), "closed")
        self.status.addItem(self.tr("Referred out"), "referred_out")
        self.summary = _notes(self, 120)
        self.summary.setPlaceholderText(arg(self.tr("At most %1 characters"), MAX_SECTION))
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Closing summary"), self.summary)
        self.finish_layout({"summary": self.summary})

    def kept_ref(self) -> str:
        return f"close-case:{self.client_id}:new"

    def submit(self) -> Callable[[], Any]:
        session, client_id = self.session, self.client_id
        summary, status = self.summary.toPlainText(), self.status.currentData()

        def run() -> bool:
            files.close_case(session, client_id, summary, status)
            return True
        return run


class ShareDialog(FormDialog):
    """Share the case with a colleague, or hand it over (transfer)."""

    changes = Change.CLIENTS

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None, *,
                 colleagues: list[tuple[int, str]]) -> None:
        super().__init__(session, self.tr("Share or transfer"), parent)
        self.client_id = client_id
        self.who = QComboBox()
        for uid, name in colleagues:  # `files.counsellors`, read before the form opens
            if uid != session.user.id:
                self.who.addItem(name, uid)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Share (both can see and write)"), "share")
        self.mode.addItem(self.tr("Transfer (the colleague takes over)"), "transfer")
        self.note = QLineEdit()
        self.form.addRow(self.tr("Colleague"), self.who)
        self.form.addRow(self.tr("Action"), self.mode)
        self.form.addRow(self.tr("Note"), self.note)
        self.finish_layout({"reason": self.note})

    def kept_ref(self) -> str:
        return f"share:{self.client_id}:new"

    def submit(self) -> Callable[[], Any]:
        session, client_id = self.session, self.client_id
        uid, mode, note = self.who.currentData(), str(self.mode.currentData()), self.note.text()

        def run() -> str:
            if uid is None:
                raise StationDeskError("bad_counsellor")
            if mode == "transfer":
                files.transfer_case(session, client_id, uid, note)
            else:
                files.share_case(session, client_id, uid)
            return mode
        return run

    @classmethod
    def ask(cls, session: Session, client_id: int,  # type: ignore[override]
            parent: QWidget | None = None, then: Callable[[Any], None] | None = None) -> None:
        """The counsellors, read on the worker; then the form."""
        open_after(parent, lambda: files.counsellors(session),
                   lambda found: cls(session, client_id, parent, colleagues=found), then)
