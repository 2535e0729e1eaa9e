"""Starting an anonymous screening: which instrument, the three non-identifying fields, and
whether the worker answers on the kiosk screen or the counsellor enters the answers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.assessments import AGE_BANDS, AnonymousFields, age_band_label
from station_desk.domain.instruments import Instrument
from station_desk.domain.surveys import Campaign
from station_desk.domain.vocab import load_vocabularies
from station_desk.ui.assess.common import lang
from station_desk.ui.modal import dispose, run_modal


@dataclass(frozen=True)
class AnonymousChoice:
    instrument_id: str
    fields: AnonymousFields
    kiosk: bool


class AnonymousDialog(QDialog):
    def __init__(self, instruments: dict[str, Instrument],
                 parent: QWidget | None = None, *,
                 campaigns: list[Campaign] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anonymous screening"))
        self.choice: AnonymousChoice | None = None
        vocab = load_vocabularies()
        note = QLabel(self.tr("No file is opened and no name is kept: only the result, the "
                              "date and the three fields below, which count in the "
                              "statistics."))
        note.setWordWrap(True)
        self.instrument = QComboBox()
        for inst in instruments.values():
            self.instrument.addItem(inst.name(lang()), inst.id)
        self.gender = QComboBox()
        for entry in vocab.entries("genders"):
            self.gender.addItem(entry.label(lang()), entry.code)
        self.gender.setCurrentIndex(self.gender.findData("unspecified"))
        self.age_band = QComboBox()
        for code in AGE_BANDS:
            self.age_band.addItem(age_band_label(code, lang()), code)
        self.age_band.setCurrentIndex(self.age_band.findData("unspecified"))
        self.industry = QComboBox()
        self.industry.addItem(self.tr("Not given"), "")
        for entry in vocab.entries("industries"):
            self.industry.addItem(entry.label(lang()), entry.code)
        self.key_group = QComboBox()
        self.key_group.addItem(self.tr("Not given"), "")
        for entry in vocab.entries("key_groups"):
            self.key_group.addItem(entry.label(lang()), entry.code)
        # a survey campaign running today takes the screening if chosen (domain/surveys.py)
        self.campaign = QComboBox()
        self.campaign.addItem(self.tr("None"), None)
        for campaign in campaigns or []:
            self.campaign.addItem(campaign.name, campaign.id)
        self.by_kiosk = QRadioButton(self.tr("The worker answers on the kiosk screen"))
        self.by_counsellor = QRadioButton(self.tr("I enter the answers"))
        self.by_kiosk.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Instrument"), self.instrument)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Age band"), self.age_band)
        form.addRow(self.tr("Industry"), self.industry)
        form.addRow(self.tr("Key group"), self.key_group)
        if self.campaign.count() > 1:
            form.addRow(self.tr("Survey campaign"), self.campaign)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(self.instrument.count() > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.by_kiosk)
        layout.addWidget(self.by_counsellor)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.choice = AnonymousChoice(
            self.instrument.currentData(),
            AnonymousFields(self.gender.currentData(), self.age_band.currentData(),
                            self.industry.currentData(), self.key_group.currentData(),
                            self.campaign.currentData()),
            self.by_kiosk.isChecked())
        super().accept()

    @classmethod
    def ask(cls, instruments: dict[str, Instrument], parent: QWidget | None = None, *,
            campaigns: list[Campaign] | None = None) -> AnonymousChoice | None:
        dialog = cls(instruments, parent, campaigns=campaigns)
        run_modal(dialog)
        choice = dialog.choice
        dispose(dialog)
        return choice
