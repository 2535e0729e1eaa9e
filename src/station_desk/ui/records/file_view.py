"""One psychological file: details, consent, the red crisis banner, and its records.

`open_file_window` is the one way screens open a file: it goes through
`records.files.open_file` (which audits the view), asks an admin for the break-the-glass
reason, and shows reception the directory card instead of the clinical file.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import assessments
from station_desk.domain.assessments import Outcome
from station_desk.domain.records import (
    access,
    appointments,
    crises,
    files,
    followups,
    referrals,
    sessions,
)
from station_desk.domain.records.files import ClientFile
from station_desk.domain.records.sessions import SessionRecord
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import messages
from station_desk.ui.assess.panel import AssessmentsPanel
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.modal import run_modal
from station_desk.ui.operations import Change
from station_desk.ui.records import dialogs, rights
from station_desk.ui.records.appointment_dialog import AppointmentDialog, weekday
from station_desk.ui.records.common import (
    BANNER_STYLE,
    WARNING_STYLE,
    attempt,
    label,
    labels,
    local_time,
    table_view,
)
from station_desk.ui.records.list_model import ListTableModel
from station_desk.ui.records.register_dialog import EditDetailsDialog
from station_desk.ui.records.reopen_case import ReopenCase
from station_desk.ui.records.satisfaction_kiosk import SatisfactionKiosk, hand_over_rating
from station_desk.ui.records.session_editor import SessionEditor
from station_desk.ui.records.transfer_action import TransferBar
from station_desk.ui.widgets import password_edit

FLAG_STYLE = ("background: #fdecea; color: #8c1d18; font-weight: bold; padding: 6px;"
              " border-radius: 3px;")


def status_text(record: SessionRecord) -> str:
    if record.status == "draft":
        return QCoreApplication.translate("Records", "Draft (unsigned)")
    if record.imported:
        return arg(QCoreApplication.translate(
            "Records", "Imported from the earlier register on %1; not signed in the app"),
            local_time(record.imported_at))
    text = arg(QCoreApplication.translate("Records", "Signed by %1, %2"),
               record.signed_by_name, local_time(record.signed_at))
    if record.awaiting_cosign:
        text += " · " + QCoreApplication.translate("Records", "awaiting co-signature")
    elif record.status == "cosigned":
        cosigned = QCoreApplication.translate("Records", "co-signed by %1")
        text += " · " + arg(cosigned, record.cosigned_by_name)
    return text


def record_html(record: SessionRecord) -> str:
    """The record with its signature, supervisor comment and addenda, in order."""
    e = html.escape
    names = {
        "complaint": QCoreApplication.translate("Records", "Presenting complaint"),
        "assessment": QCoreApplication.translate("Records", "Assessment"),
        "intervention": QCoreApplication.translate("Records", "Intervention"),
        "plan": QCoreApplication.translate("Records", "Plan"),
        "issues": QCoreApplication.translate("Records", "Presenting issues"),
        "interventions": QCoreApplication.translate("Records", "Interventions used"),
        "risk": QCoreApplication.translate("Records", "Risk level"),
        "referral": QCoreApplication.translate("Records", "Referral"),
        "next": QCoreApplication.translate("Records", "Next appointment"),
        "supervisor": QCoreApplication.translate("Records", "Supervisor"),
    }
    heading = arg(QCoreApplication.translate("Records", "Session %1 — %2"), record.session_no,
                  record.session_date)

    def para(title: str, body: str, inline: bool = True) -> str:
        text = e(body).replace("\n", "<br>")
        return f"<p><b>{e(title)}:</b>{' ' if inline else '<br>'}{text}</p>"

    when = " · ".join(part for part in (
        f"{record.start_time}–{record.end_time}", label("modalities", record.modality),
        label("rooms", record.room) if record.room else "", record.counsellor_name) if part)
    parts = [f"<h3>{e(heading)}</h3><p>{e(when)}</p>",
             para(names["issues"], labels("presenting_issues", record.issues))]
    for key in ("complaint", "assessment", "intervention", "plan"):
        parts.append(para(names[key], getattr(record, key), inline=False))
    parts.append(para(names["interventions"], labels("interventions", record.interventions)))
    parts.append(para(names["risk"], label("risk_levels", record.risk_level)))
    if record.referral:
        parts.append(para(names["referral"], record.referral))
    if record.next_appointment:
        parts.append(para(names["next"], record.next_appointment))
    parts.append(f"<p><i>{e(status_text(record))}</i></p>")
    if record.supervisor_comment:
        parts.append(para(names["supervisor"], record.supervisor_comment))
    for addendum in record.addenda:
        by = arg(QCoreApplication.translate("Records", "Addendum by %1, %2"),
                 addendum.author_name, local_time(addendum.created_at))
        text = e(addendum.text).replace("\n", "<br>")
        parts.append(f"<p style='background:#f3f3f3'><b>{e(by)}</b><br>{text}</p>")
    return "".join(parts)


class CosignDialog(dialogs.FormDialog):
    """督导会签: the supervisor reads the record, adds a comment and co-signs it."""

    changes = Change.RECORDS

    def __init__(self, session: Session, record: SessionRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, arg(self.tr("Co-sign session %1 of file %2"),
                                      record.session_no, record.file_no), parent)
        self.record = record
        self.resize(760, 680)
        self.text = QTextBrowser()
        self.text.setHtml(record_html(record))
        self.text.setMinimumHeight(320)
        self.form.addRow(self.text)
        intro = QLabel(arg(self.tr("Written and signed by %1, who works under your "
                                   "supervision. Your comment is kept beside the record; "
                                   "once co-signed, neither can change."),
                           record.counsellor_name))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.comment = QPlainTextEdit()
        self.comment.setMinimumHeight(90)
        self.comment.setPlaceholderText(self.tr("Supervisor's comment (optional)"))
        self.form.addRow(self.tr("Comment"), self.comment)
        # An electronic signature: the supervisor's password again (the domain checks it).
        self.password = password_edit(self)
        self.form.addRow(self.tr("Your password"), self.password)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Co-sign"))
        self.finish_layout({"comment": self.comment})

    def kept_ref(self) -> str:
        return f"cosign:{self.record.client_id}:{self.record.id}"

    def submit(self) -> Callable[[], Any]:
        comment, password = self.comment.toPlainText(), self.password.text()
        self.password.clear()
        return lambda: sessions.cosign_session(self.session, self.record.id, comment,
                                               password=password)

    @classmethod
    def ask(cls, session: Session, session_id: int,  # type: ignore[override]
            parent: QWidget | None = None) -> SessionRecord | None:
        """Open the record (an audited read) and co-sign it; the co-signed record or None."""
        record = attempt(parent, lambda: sessions.open_for_cosign(session, session_id))
        if record is None:
            return None
        dialog = cls(session, record, parent)
        run_modal(dialog)
        return dialog.result_value


class FileAssessmentsPanel(AssessmentsPanel):
    """The assessments panel inside a file. It says it changed once more after the alert
    dialog, so a crisis opened from an alert shows on the file at once."""

    def after_result(self, outcome: Outcome) -> None:
        super().after_result(outcome)
        if outcome.alerts:
            self.changed.emit()


class ClientFileView(QWidget):
    def __init__(self, session: Session, client: ClientFile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client = client
        self.editor: SessionEditor | None = None
        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)
        self.consent_warning = QLabel()
        self.consent_warning.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.consent_warning)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        details = QWidget()
        # two columns of label and value, so the details leave room for the tabs
        self.details = QGridLayout(details)
        self.details.setContentsMargins(0, 0, 0, 0)
        self.details.setHorizontalSpacing(12)
        self.details.setColumnStretch(1, 1)
        self.details.setColumnStretch(3, 1)
        layout.addWidget(details)

        self.flags = QLabel()
        self.flags.setStyleSheet(FLAG_STYLE)
        self.flags.setWordWrap(True)
        layout.insertWidget(1, self.flags)

        records_row = QHBoxLayout()
        self.new_button = self._button(records_row, self.tr("New session record"),
                                       self.new_session)
        self.edit_button = self._button(records_row, self.tr("Open / sign draft"),
                                        self.edit_session)
        self.delete_draft_button = self._button(records_row, self.tr("Delete draft…"),
                                                self.delete_draft)
        self.addendum_button = self._button(records_row, self.tr("Add addendum"),
                                            self.add_addendum)
        self.cosign_button = self._button(records_row, self.tr("Co-sign…"), self.cosign)
        self.followup_button = self._button(records_row, self.tr("Schedule follow-up"),
                                            self.schedule_followup)
        self.crisis_button = self._button(records_row, self.tr("Crisis…"), self.crisis)
        self.more_button = self._button(records_row, self.tr("Referral"), self.referral)
        records_row.addStretch(1)
        file_row = QHBoxLayout()
        self.details_button = self._button(file_row, self.tr("Edit details…"),
                                           self.edit_details)
        self.consent_button = self._button(file_row, self.tr("Record consent"), self.consent)
        self.book_button = self._button(file_row, self.tr("Book appointment…"),
                                        self.book_appointment)
        self.share_button = self._button(file_row, self.tr("Share / transfer"), self.share)
        self.close_case_button = self._button(file_row, self.tr("Close case"),
                                              self.close_case)
        self.rating_button = self._button(file_row, self.tr("Satisfaction form"), self.rating)
        self.reopen = ReopenCase(self, file_row, self.refresh)
        file_row.addStretch(1)
        layout.addLayout(records_row)
        layout.addLayout(file_row)
        self.transfer = TransferBar(self, records_row, layout)  # to / from another station

        self.tabs = QTabWidget()
        split = QSplitter(Qt.Orientation.Horizontal)
        self.sessions_model = ListTableModel([
            (lambda: self.tr("No."), lambda r: str(r.session_no)),
            (lambda: self.tr("Date"), lambda r: r.session_date),
            (lambda: self.tr("Modality"), lambda r: label("modalities", r.modality)),
            (lambda: self.tr("Issues"), lambda r: labels("presenting_issues", r.issues)),
            (lambda: self.tr("Risk"), lambda r: label("risk_levels", r.risk_level)),
            (lambda: self.tr("Counsellor"), lambda r: r.counsellor_name),
            (lambda: self.tr("Status"), status_text),
            (lambda: self.tr("Addenda"), lambda r: str(len(r.addenda)) if r.addenda else ""),
        ], parent=self)
        self.sessions_view = self._table(self.sessions_model)
        self.sessions_view.selectionModel().currentRowChanged.connect(self._show_record)
        self.sessions_view.doubleClicked.connect(lambda _i: self.edit_session())
        self.record_text = QTextBrowser()
        split.addWidget(self.sessions_view)
        split.addWidget(self.record_text)
        split.setSizes([520, 480])
        self.tabs.addTab(split, self.tr("Session records"))

        self.followups_model = ListTableModel([
            (lambda: self.tr("Planned"), lambda f: f.planned_date),
            (lambda: self.tr("Due by"), lambda f: local_time(f.due_at)),
            (lambda: self.tr("Channel"), lambda f: label("follow_up_channels", f.channel)),
            (lambda: self.tr("State"), lambda f: followup_state(f.state)),
            (lambda: self.tr("Outcome"), lambda f: f.outcome),
        ], highlight=lambda f: f.state == followups.OVERDUE, parent=self)
        self.followups_view = self._table(self.followups_model)
        self.followups_view.doubleClicked.connect(self._complete_followup)
        self.tabs.addTab(self.followups_view, self.tr("Follow-ups"))

        self.referrals_model = ListTableModel([
            (lambda: self.tr("Date"), lambda r: r.referral_date),
            (lambda: self.tr("Destination"),
             lambda r: f"{label('referral_destinations', r.destination_type)} · {r.destination}"),
            (lambda: self.tr("Reason"), lambda r: r.reason),
            (lambda: self.tr("Outcome"), lambda r: r.outcome),
        ], parent=self)
        self.tabs.addTab(self._table(self.referrals_model), self.tr("Referrals"))

        self.crises_model = ListTableModel([
            (lambda: self.tr("Opened"), lambda c: local_time(c.opened_at)),
            (lambda: self.tr("Risk"), lambda c: label("risk_levels", c.risk_level)),
            (lambda: self.tr("Checklist"), lambda c: labels("crisis_checklist", c.checklist)),
            (lambda: self.tr("Actions"), lambda c: labels("crisis_actions", c.actions)),
            (lambda: self.tr("Closed"), lambda c: local_time(c.closed_at)),
            (lambda: self.tr("Outcome"), lambda c: c.outcome),
        ], highlight=lambda c: c.is_open, parent=self)
        self.tabs.addTab(self._table(self.crises_model), self.tr("Crises"))
        # The panel reads (and audits) the results when its tab is first opened.
        self.assessments: FileAssessmentsPanel | None = None
        self.assessments_tab = QWidget()
        QVBoxLayout(self.assessments_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.assessments_tab, self.tr("Assessments"))
        rights.install(self, file_row)  # withdraw consent, copy for the worker, copies given
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.sessions_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_record_buttons())
        self.refresh(reload=False)

    # -- building ------------------------------------------------------------------------
    def _button(self, row: QHBoxLayout, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _table(self, model: ListTableModel) -> QTableView:
        return table_view(model)

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
        notes = []
        if flag is not None:
            notes.append(arg(self.tr("Self-harm flag from an assessment (until %1)"),
                             flag.isoformat()))
        if alerts:
            notes.append(self.tr("%n assessment alert(s) to acknowledge (Assessments tab)", "",
                                 len(alerts)))
        self.flags.setText(" · ".join(notes))
        self.flags.setVisible(bool(notes))
        if c.open_crisis:
            self.banner.setText(arg(self.tr("Crisis intervention open since %1 — follow-up "
                                            "due by %2"), local_time(c.open_crisis.opened_at),
                                    local_time(c.open_crisis.followup_due)))
        self.banner.setVisible(c.open_crisis is not None)
        flags = []
        if c.restricted:
            flags.append(self.tr("Restricted"))
        if c.access == access.BREAK_GLASS:
            flags.append(self.tr("Opened with a reason (audited)"))
        self.heading.setText(f"{c.file_no}  {c.name}  ·  {label('file_statuses', c.status)}"
                             + ("  ·  " + " · ".join(flags) if flags else ""))
        while self.details.count():
            old = self.details.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        rows = [
            (self.tr("Gender / birth year"),
             f"{label('genders', c.gender)} / {c.birth_year or '—'}"),
            (self.tr("Phone"), c.phone or "—"),
            (self.tr("Employer / unit"), " · ".join(
                [c.employer or "—", label("industries", c.industry) or "—",
                 label("job_types", c.job_type) or "—"])),
            (self.tr("Key groups"), labels("key_groups", c.key_groups) or "—"),
            (self.tr("Counsellor"), c.counsellor_name + (
                arg(self.tr("  (shared with %1)"), ", ".join(n for _, n in c.shared_with))
                if c.shared_with else "")),
            (self.tr("Risk level"), label("risk_levels", c.risk_level)),
            (self.tr("Emergency contact"), c.emergency_contact or "—"),
            (self.tr("Appointments"), "; ".join(
                f"{a.day} {weekday(a.day)} {a.time_range} {a.counsellor_name}"
                for a in booked[:3]) or "—"),
        ]
        if c.closing_summary:
            summary = c.closing_summary
            rows.append((self.tr("Closing summary"),
                         summary if len(summary) <= 300 else summary[:300] + "…"))
        for position, (title, value) in enumerate(rows):
            heading = QLabel(title)
            heading.setStyleSheet("color: #5f6368;")
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, column = divmod(position, 2)
            self.details.addWidget(heading, row, column * 2, Qt.AlignmentFlag.AlignTop)
            self.details.addWidget(text, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
        writable = access.can_write(s, c)
        is_open = c.status == "open"
        for button in (self.new_button, self.followup_button, self.crisis_button):
            button.setEnabled(writable and is_open)
        for button in (self.addendum_button, self.more_button, self.consent_button):
            button.setEnabled(writable)
        owner = access.is_owner(s, c)
        self.share_button.setEnabled(owner and is_open)
        self.close_case_button.setEnabled(owner and is_open)
        self.close_case_button.setVisible(is_open)
        self.reopen.update(s, c)
        self.details_button.setEnabled(s.can(Permission.REGISTER_CLIENT))
        self.book_button.setEnabled(s.can(Permission.BOOK_APPOINTMENT) and is_open)
        rights.update(self)
        self.transfer.refresh()
        self._show_record()
        self._update_record_buttons()

    def _show_record(self, *_args: object) -> None:
        record = self.selected_record()
        self.record_text.setHtml(record_html(record) if record else "")

    def _update_record_buttons(self) -> None:
        """Buttons about the selected record: only what may be done to that record now."""
        record = self.selected_record()
        writable = access.can_write(self.session, self.client)
        own_draft = record is not None and sessions.is_own_draft(self.session, record)
        self.edit_button.setEnabled(writable and own_draft)
        self.delete_draft_button.setEnabled(writable and own_draft)
        self.cosign_button.setVisible(bool(access.supervisees(self.session)))
        self.cosign_button.setEnabled(record is not None
                                      and sessions.can_cosign(self.session, record))

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.assessments_tab:
            self.show_assessments()

    def show_assessments(self) -> FileAssessmentsPanel:
        """The assessments tab, its panel built (and the results read) on first use."""
        if self.assessments is None:
            panel = FileAssessmentsPanel(self.session, self.client.id,
                                         heading=f"{self.client.file_no} {self.client.name}")
            panel.changed.connect(self.refresh)
            layout = self.assessments_tab.layout()
            assert layout is not None
            layout.addWidget(panel)
            self.assessments = panel
        if self.tabs.currentWidget() is not self.assessments_tab:
            self.tabs.setCurrentWidget(self.assessments_tab)
        return self.assessments

    def selected_record(self) -> SessionRecord | None:
        index = self.sessions_view.currentIndex()
        return self.sessions_model.row_at(index.row()) if index.isValid() else None

    def select_record(self, record_id: int) -> None:
        for row, record in enumerate(self.sessions_model.rows):
            if record.id == record_id:
                self.sessions_view.selectRow(row)
                return

    # -- actions ---------------------------------------------------------------------------
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
        question = arg(self.tr("Delete the unsigned draft of session %1 (%2)? Its text is "
                               "removed for good; the deletion is recorded in the audit "
                               "trail."), record.session_no, record.session_date)
        if not messages.confirm(self, question):
            return False
        done = attempt(self, lambda: sessions.discard_draft_record(
            self.session, self.client.id, record.id) or True)
        self.refresh()
        return bool(done)

    def cosign(self) -> SessionRecord | None:
        record = self.selected_record()
        if record is None or not sessions.can_cosign(self.session, record):
            return None
        signed = CosignDialog.ask(self.session, record.id, self)
        if signed is not None:
            self._after_save(signed.id)
        return signed

    def edit_details(self) -> None:
        if EditDetailsDialog.ask(self.session, self.client.id, self) is not None:
            self.refresh()
            window = self.window()
            if isinstance(window, FileWindow):
                window.setWindowTitle(f"{self.client.file_no} {self.client.name}")

    def book_appointment(self) -> None:
        entry = attempt(self, lambda: files.directory_rows(self.session, [self.client.id]))
        if entry and AppointmentDialog.ask(self.session, entry[0], None, None, self):
            self.refresh()

    def _open_editor(self, record: SessionRecord | None) -> SessionEditor:
        editor = SessionEditor(self.session, self.client.id, record, self)
        editor.saved.connect(self._after_save)
        editor.deleted.connect(lambda _id: self.refresh())
        editor.setModal(True)
        editor.open()  # window-modal, not a nested event loop
        self.editor = editor
        return editor

    def _after_save(self, record_id: int) -> None:
        self.refresh()
        self.select_record(record_id)

    def add_addendum(self) -> None:
        record = self.selected_record()
        if record is None or not record.is_signed:
            messages.info(self, self.tr("Choose a signed record first."))
            return
        if dialogs.AddendumDialog.ask(self.session, record, self):
            self._after_save(record.id)

    def schedule_followup(self) -> None:
        record = self.selected_record()
        if dialogs.FollowupDialog.ask(self.session, self.client.id,
                                      record.id if record else None, self):
            self.refresh()
            self.tabs.setCurrentIndex(1)

    def _complete_followup(self) -> None:
        item = self.followups_model.row_at(self.followups_view.currentIndex().row())
        if item is not None and not item.done_at and dialogs.OutcomeDialog.ask(
                self.session, item, self):
            self.refresh()

    def crisis(self) -> None:
        current = next((c for c in self.crises_model.rows if c.is_open), None)
        if current is None:
            changed = dialogs.CrisisDialog.ask(self.session, self.client.id, None, self)
        elif current.followup_done_at or current.followup_id is None:
            changed = dialogs.CloseCrisisDialog.ask(self.session, current, self)
        else:
            changed = dialogs.CrisisDialog.ask(self.session, self.client.id, current, self)
        if changed:
            self.refresh()
            self.tabs.setCurrentIndex(3)

    def referral(self) -> None:
        if dialogs.ReferralDialog.ask(self.session, self.client.id, self):
            self.refresh()
            self.tabs.setCurrentIndex(2)

    def consent(self) -> None:
        if dialogs.ConsentDialog.ask(self.session, self.client.id, self):
            self.refresh()

    def share(self) -> None:
        if dialogs.ShareDialog.ask(self.session, self.client.id, self):
            self.refresh() if access.can_view_clinical(self.session, self.client.id) \
                else self.window().close()

    def close_case(self) -> None:
        if dialogs.CloseCaseDialog.ask(self.session, self.client.id, self):
            self.refresh()

    def rating(self) -> SatisfactionKiosk:
        """Hand the screen to the client (client-facing mode): this file goes out of sight
        behind the lock screen first, and the form ends there."""
        record = self.selected_record()
        return hand_over_rating(self, self.session, client_id=self.client.id,
                                session_id=record.id if record and record.is_signed else None)


def followup_state(state: str) -> str:
    translate = QCoreApplication.translate
    names = {followups.OVERDUE: translate("Records", "Overdue"),
             followups.DUE: translate("Records", "Due"),
             followups.UPCOMING: translate("Records", "Upcoming"),
             followups.DONE: translate("Records", "Done")}
    return names.get(state, state)


class FileWindow(QDialog):
    """A file in its own window, so several can be open side by side."""

    def __init__(self, session: Session, client: ClientFile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{client.file_no} {client.name}")
        self.resize(1100, 760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.view = ClientFileView(session, client, self)
        layout.addWidget(self.view)


class DirectoryCard(QDialog):
    """What reception sees of a file, with what reception does to it: correct the details,
    book an appointment."""

    def __init__(self, session: Session, entry: files.DirectoryEntry,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entry = entry
        self.last_booking: appointments.Appointment | None = None
        layout = QVBoxLayout(self)
        holder = QWidget()
        self.form = QFormLayout(holder)
        layout.addWidget(holder)
        buttons = QHBoxLayout()
        self.details_button = QPushButton(self.tr("Edit details…"))
        self.details_button.clicked.connect(self.edit_details)
        self.details_button.setVisible(session.can(Permission.REGISTER_CLIENT))
        self.book_button = QPushButton(self.tr("Book appointment…"))
        self.book_button.clicked.connect(self.book)
        self.book_button.setVisible(session.can(Permission.BOOK_APPOINTMENT))
        buttons.addStretch(1)
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.book_button)
        layout.addLayout(buttons)
        self.show_entry(entry)

    def show_entry(self, entry: files.DirectoryEntry) -> None:
        self.entry = entry
        self.setWindowTitle(f"{entry.file_no} {entry.name}")
        while self.form.rowCount():
            self.form.removeRow(0)
        booked = attempt(self, lambda: appointments.client_appointments(
            self.session, entry.id)) or []
        for title, value in ((self.tr("File number"), entry.file_no),
                             (self.tr("Name"), entry.name), (self.tr("Phone"), entry.phone),
                             (self.tr("Employer / unit"), entry.employer),
                             (self.tr("Status"), label("file_statuses", entry.status)),
                             (self.tr("Counsellor"), entry.counsellor_name or "—"),
                             (self.tr("Informed consent"),
                              self.tr("recorded") if entry.has_consent
                              else self.tr("No informed consent recorded")),
                             (self.tr("Appointments"), "\n".join(
                                 f"{a.day} {weekday(a.day)} {a.time_range} "
                                 f"{a.counsellor_name}" for a in booked[:5]) or "—")):
            self.form.addRow(title, QLabel(value))

    def _reload(self) -> None:
        found = attempt(self, lambda: files.directory_rows(self.session, [self.entry.id]))
        if found:
            self.show_entry(found[0])

    def edit_details(self) -> None:
        if EditDetailsDialog.ask(self.session, self.entry.id, self) is not None:
            self._reload()

    def book(self) -> None:
        item = AppointmentDialog.ask(self.session, self.entry, None, None, self)
        if item is not None:
            self.last_booking = item
            self._reload()


def open_file_window(parent: QWidget, session: Session, client_id: int) -> QDialog | None:
    """Open a file the way the rules say; returns the window shown (or None)."""
    how = access.how_to_open(session, client_id)
    if how == access.CARD:
        entry = attempt(parent, lambda: files.directory_entry(session, client_id))
        if entry is None:
            return None
        card: QDialog = DirectoryCard(session, entry, parent)
        card.show()
        return card
    reason = recovery_key = None
    if how == access.WITH_REASON:
        entry = attempt(parent, lambda: files.directory_entry(session, client_id))
        if entry is None:
            return None
        answer = dialogs.ReasonDialog.ask_with_key(entry.file_no, parent)
        if answer is None:
            return None
        reason, recovery_key = answer
    client = attempt(parent, lambda: files.open_file(session, client_id, reason, recovery_key))
    if client is None:
        return None
    window = FileWindow(session, client, parent)
    window.show()
    return window
