"""登记来访: reception (or a counsellor) opens a new file, with consent if signed at intake;
and 修改基本信息: the same registration details corrected afterwards."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.importing import duplicates
from station_desk.domain.records import files
from station_desk.domain.records.common import today
from station_desk.domain.records.files import BasicDetails, ClientInput, DirectoryEntry
from station_desk.domain.roles import Role
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import arg
from station_desk.ui.kept_input import KeptInput, input_fields
from station_desk.ui.modal import run_modal
from station_desk.ui.operations import Change, ChangeOp, QueryOp
from station_desk.ui.records.common import (
    FormErrors,
    VocabChecks,
    VocabCombo,
    date_edit,
    from_qdate,
)
from station_desk.ui.records.consent_scopes import ScopeChecks
from station_desk.ui.records.dialogs import FormDialog, open_after
from station_desk.ui.records.duplicate_prompt import USE_EXISTING, DuplicateWarning
from station_desk.ui.widgets import ErrorLabel


class ClientFields(QObject):
    """The registration details of a file (no counsellor, nothing clinical), as form rows;
    the widgets belong to the form they are added to. The labels keep the registration
    form's translation context, which both forms share."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.pseudonym = QCheckBox(QCoreApplication.translate(
            "RegisterVisitorDialog", "Anonymous visitor (name is a pseudonym or empty)"))
        self.gender = VocabCombo("genders")
        self.gender.set_code("unspecified")
        self.birth_year = QSpinBox()
        self.birth_year.setRange(0, today(session).year)
        self.birth_year.setSpecialValueText("—")
        self.birth_year.setValue(0)
        self.phone = QLineEdit()
        self.employer = QLineEdit()
        self.industry = VocabCombo("industries", blank=True)
        self.job_type = VocabCombo("job_types", blank=True)
        self.key_groups = VocabChecks("key_groups")
        self.source = VocabCombo("referral_sources", blank=True)
        self.emergency = QLineEdit()
        self.emergency.setPlaceholderText(QCoreApplication.translate(
            "RegisterVisitorDialog", "Relation, name and phone"))

    def add_rows(self, form: QFormLayout) -> None:
        for title, widget in (
                (QCoreApplication.translate(
                    "RegisterVisitorDialog", "Name"), self.name),
                ("", self.pseudonym),
                (QCoreApplication.translate(
                    "RegisterVisitorDialog", "Gender"), self.gender),
                (QCoreApplication.translate(
                    "RegisterVisitorDialog", "Birth year"), self.birth_year),
                (QCoreApplication.translate(
                    "RegisterVisitorDialog", "Phone"), self.phone),
                (QCoreApplication.translate(
                    "RegisterVisitorDialog", "Employer / unit"), self.employer),
                (QCoreApplication.translate(
                    "RegisterVisitorDialog", "Industry"), self.industry),
                (QCoreApplication.translate(
                    "RegisterVisitorDialog", "Job type"), self.job_type),
                (QCoreApplication.translate(
                    "RegisterVisitorDialog", "Key groups"), self.key_groups),
                (QCoreApplication.translate(
                    "RegisterVisitorDialog", "How they came"), self.source),
                (QCoreApplication.translate(
                    "RegisterVisitorDialog", "Emergency contact"), self.emergency)):
            form.addRow(title, widget)

    def error_fields(self) -> dict[str, QWidget]:
        return {"name": self.name, "phone": self.phone, "birth_year": self.birth_year,
                "gender": self.gender, "employer": self.employer, "industry": self.industry,
                "job_type": self.job_type, "key_groups": self.key_groups,
                "source": self.source, "emergency_contact": self.emergency}

    def data(self, counsellor_id: int | None = None) -> ClientInput:
        year = self.birth_year.value()
        return ClientInput(
            name=self.name.text(), is_pseudonym=self.pseudonym.isChecked(),
            gender=self.gender.code(), birth_year=year or None, phone=self.phone.text(),
            employer=self.employer.text(), industry=self.industry.code(),
            job_type=self.job_type.code(), key_groups=self.key_groups.codes(),
            source=self.source.code(), emergency_contact=self.emergency.text(),
            counsellor_id=counsellor_id)

    def load(self, data: ClientInput) -> None:
        self.name.setText(data.name)
        self.pseudonym.setChecked(data.is_pseudonym)
        self.gender.set_code(data.gender or "unspecified")
        self.birth_year.setValue(int(data.birth_year or 0))
        self.phone.setText(data.phone)
        self.employer.setText(data.employer)
        self.industry.set_code(data.industry)
        self.job_type.set_code(data.job_type)
        self.key_groups.set_codes(data.key_groups)
        self.source.set_code(data.source)
        self.emergency.setText(data.emergency_contact)


class RegisterVisitorDialog(KeptInput, QDialog):
    """登记来访. Kept like the record forms (`FormDialog`): autosaved when the screen locks,
    offered back if it was lost before being finished."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result_entry: DirectoryEntry | None = None
        self.saving = False
        self.setWindowTitle(self.tr("Register a visitor"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = ClientFields(session, self)
        # the widgets under their old names, which the tests and callers use
        self.name, self.pseudonym, self.phone = (self.fields.name, self.fields.pseudonym,
                                                 self.fields.phone)
        self.birth_year, self.gender = self.fields.birth_year, self.fields.gender
        self.employer = self.fields.employer
        self.counsellor = QComboBox()
        self.counsellor.addItem(self.tr("(assign later)"), None)
        for uid, name in files.counsellors(session):
            self.counsellor.addItem(name, uid)
        if session.user.role is Role.COUNSELLOR:
            self.counsellor.setCurrentIndex(max(0, self.counsellor.findData(session.user.id)))
        self.fields.add_rows(form)
        form.addRow(self.tr("Counsellor"), self.counsellor)
        layout.addLayout(form)

        self.consent_box = QGroupBox(self.tr("Informed consent signed now"))
        self.consent_box.setCheckable(True)
        self.consent_box.setChecked(False)
        consent_form = QFormLayout(self.consent_box)
        self.consent_date = date_edit(self, today(session))
        self.consent_scopes = ScopeChecks(self)  # structured consent (records/consent.py)
        self.consent_scope = QLineEdit(self)  # anything else the form says
        self.limits = QCheckBox(self.tr("Limits of confidentiality explained"))
        consent_form.addRow(self.tr("Date"), self.consent_date)
        consent_form.addRow(self.tr("Agrees to"), self.consent_scopes)
        consent_form.addRow(self.tr("Note"), self.consent_scope)
        consent_form.addRow("", self.limits)
        layout.addWidget(self.consent_box)

        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.errors = FormErrors(self.error, {
            **self.fields.error_fields(), "consent_date": self.consent_date,
            "scope": self.consent_scope})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.offer_kept_input(layout)

    def kept_ref(self) -> str:
        return "register"

    def kept_fields(self) -> dict[str, QWidget]:
        return {**input_fields(self.fields), "counsellor": self.counsellor,
                "consent_box": self.consent_box, "consent_date": self.consent_date,
                "consent_scope": self.consent_scope, "consent_scopes": self.consent_scopes,
                "limits": self.limits}

    def reject(self) -> None:
        self.forget_input()
        super().reject()

    def data(self) -> ClientInput:
        return self.fields.data(self.counsellor.currentData())

    def accept(self) -> None:
        """Look for a likely duplicate first (on the operations worker), then register, or
        use the existing file the user chose instead."""
        if self.saving:
            return
        session, data = self.session, self.data()
        self.saving = True
        QueryOp(self, lambda: duplicates.likely_duplicates(
            session, data.name, data.phone, data.birth_year)).success(
            lambda found: self._checked(data, found)).failure(self._refused).run()

    def _checked(self, data: ClientInput, found: list[Any]) -> None:
        session = self.session
        if found and not data.is_pseudonym:
            choice = DuplicateWarning.ask(found, self)
            if choice is None:
                self.saving = False
                return
            if choice[0] == USE_EXISTING and choice[1] is not None:
                chosen_id = choice[1].id
                QueryOp(self, lambda: files.directory_rows(session, [chosen_id])).success(
                    self._use_existing).failure(self._refused).run()
                return
        consent = None
        if self.consent_box.isChecked():
            consent = (from_qdate(self.consent_date), self.consent_scope.text(),
                       self.limits.isChecked(), self.consent_scopes.codes())
        ChangeOp(self, lambda: files.register_visitor(session, data, consent=consent),
                 Change.CLIENTS).success(self._registered).failure(self._refused).run()

    def _use_existing(self, existing: list[DirectoryEntry]) -> None:
        self.saving = False
        if existing:
            self.result_entry = existing[0]
            self.forget_input()
            super().accept()

    def _registered(self, entry: DirectoryEntry) -> None:
        self.saving = False
        self.errors.clear()
        self.result_entry = entry
        self.forget_input()
        super().accept()

    def _refused(self, exc: StationDeskError) -> None:
        self.saving = False
        self.errors.show(exc)

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> DirectoryEntry | None:
        dialog = cls(session, parent)
        run_modal(dialog)
        return dialog.result_entry


class EditDetailsDialog(FormDialog):
    """Correct a file's registration details (reception's job; counsellors and the admin may
    too). Nothing clinical is shown or changed; the counsellor is changed by a transfer."""

    changes = Change.CLIENTS

    def __init__(self, session: Session, details: BasicDetails,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, arg(self.tr("Edit the details of file %1"), details.file_no),
                         parent)
        self.details = details
        note = QLabel(arg(self.tr("Counsellor: %1. Only the registration details can be "
                                  "changed here; the change is recorded in the audit trail."),
                          details.counsellor_name or "—"))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.fields = ClientFields(session, self)
        self.fields.add_rows(self.form)
        self.fields.load(details.as_input())
        self.finish_layout(self.fields.error_fields())

    def kept_ref(self) -> str:
        return f"details:{self.details.id}:new"

    def kept_fields(self) -> dict[str, QWidget]:
        return input_fields(self.fields)

    def submit(self) -> Callable[[], Any]:
        data = self.fields.data()
        return lambda: files.update_basic_details(self.session, self.details.id, data)

    @classmethod
    def ask(cls, session: Session, client_id: int,  # type: ignore[override]
            parent: QWidget | None = None,
            then: Callable[[BasicDetails], None] | None = None) -> None:
        """Read the details (an audited view) on the worker, then let them be edited;
        `then(new details)` once they are saved."""
        open_after(parent, lambda: files.basic_details(session, client_id),
                   lambda details: cls(session, details, parent), then)
