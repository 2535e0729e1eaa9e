"""登记来访: reception (or a counsellor) opens a new file, with consent if signed at intake."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import files
from station_desk.domain.records.common import today
from station_desk.domain.records.files import ClientInput, DirectoryEntry
from station_desk.domain.roles import Role
from station_desk.domain.session import Session
from station_desk.ui.records.common import (
    FormErrors,
    VocabChecks,
    VocabCombo,
    attempt,
    date_edit,
    from_qdate,
)
from station_desk.ui.widgets import ErrorLabel


class RegisterVisitorDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result_entry: DirectoryEntry | None = None
        self.setWindowTitle(self.tr("Register a visitor"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.pseudonym = QCheckBox(self.tr("Anonymous visitor (name is a pseudonym or empty)"))
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
        self.counsellor = QComboBox()
        self.counsellor.addItem(self.tr("(assign later)"), None)
        for uid, name in files.counsellors(session):
            self.counsellor.addItem(name, uid)
        if session.user.role is Role.COUNSELLOR:
            self.counsellor.setCurrentIndex(max(0, self.counsellor.findData(session.user.id)))
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.pseudonym)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Birth year"), self.birth_year)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Employer / unit"), self.employer)
        form.addRow(self.tr("Industry"), self.industry)
        form.addRow(self.tr("Job type"), self.job_type)
        form.addRow(self.tr("Key groups"), self.key_groups)
        form.addRow(self.tr("How they came"), self.source)
        form.addRow(self.tr("Emergency contact"), self.emergency)
        form.addRow(self.tr("Counsellor"), self.counsellor)
        layout.addLayout(form)

        self.consent_box = QGroupBox(self.tr("Informed consent signed now"))
        self.consent_box.setCheckable(True)
        self.consent_box.setChecked(False)
        consent_form = QFormLayout(self.consent_box)
        self.consent_date = date_edit(self, today(session))
        self.consent_scope = QLineEdit(self.tr("Individual counselling, assessment and crisis "
                                               "intervention where needed"))
        self.limits = QCheckBox(self.tr("Limits of confidentiality explained"))
        consent_form.addRow(self.tr("Date"), self.consent_date)
        consent_form.addRow(self.tr("Scope"), self.consent_scope)
        consent_form.addRow("", self.limits)
        layout.addWidget(self.consent_box)

        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.errors = FormErrors(self.error, {
            "name": self.name, "phone": self.phone, "birth_year": self.birth_year,
            "gender": self.gender, "consent_date": self.consent_date,
            "scope": self.consent_scope})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def data(self) -> ClientInput:
        year = self.birth_year.value()
        return ClientInput(
            name=self.name.text(), is_pseudonym=self.pseudonym.isChecked(),
            gender=self.gender.code(), birth_year=year or None, phone=self.phone.text(),
            employer=self.employer.text(), industry=self.industry.code(),
            job_type=self.job_type.code(), key_groups=self.key_groups.codes(),
            source=self.source.code(), emergency_contact=self.emergency.text(),
            counsellor_id=self.counsellor.currentData())

    def accept(self) -> None:
        consent = None
        if self.consent_box.isChecked():
            consent = (from_qdate(self.consent_date), self.consent_scope.text(),
                       self.limits.isChecked())
        entry = attempt(self, lambda: files.register_visitor(self.session, self.data(),
                                                             consent=consent), self.errors)
        if entry is not None:
            self.result_entry = entry
            super().accept()

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> DirectoryEntry | None:
        dialog = cls(session, parent)
        dialog.exec()
        return dialog.result_entry
