"""修改服务站信息: the admin's editor of the station profile the first-run wizard set up
(name, union code, tier, address). The domain checks the permission and audits the change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import station_settings
from station_desk.domain.auth import MAX_PROFILE_TEXT, StationProfile
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.labels import tier_choices
from station_desk.ui.modal import accepted
from station_desk.ui.widgets import ErrorLabel


class StationProfileDialog(QDialog):
    def __init__(self, session: Session, profile: StationProfile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.changed: dict[str, tuple[str, str]] = {}
        self.setWindowTitle(self.tr("Station profile"))
        self.setMinimumWidth(520)
        note = QLabel(self.tr("These details appear on printed ledgers, reports and new "
                              "statistics packages; those already made keep the old ones. "
                              "The change is recorded in the audit trail."))
        note.setWordWrap(True)
        self.name = QLineEdit(profile.name)
        self.union_code = QLineEdit(profile.union_code)
        self.address = QLineEdit(profile.address)
        for edit in (self.name, self.union_code, self.address):
            edit.setMaxLength(MAX_PROFILE_TEXT)
        self.tier = QComboBox()
        for code, label in tier_choices():
            self.tier.addItem(label, code)
        self.tier.setCurrentIndex(max(0, self.tier.findData(profile.tier)))
        form = QFormLayout()
        form.addRow(self.tr("Station name"), self.name)
        form.addRow(self.tr("Union code"), self.union_code)
        form.addRow(self.tr("Station tier"), self.tier)
        form.addRow(self.tr("Address (optional)"), self.address)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def profile(self) -> StationProfile:
        return StationProfile(self.name.text(), self.union_code.text(),
                              str(self.tier.currentData()), self.address.text())

    def accept(self) -> None:
        try:
            self.changed = station_settings.update_station_profile(self.session,
                                                                   self.profile())
        except StationDeskError as exc:
            self.error.show_error(exc)
            return
        super().accept()

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None
            ) -> dict[str, tuple[str, str]] | None:
        """What changed (empty if nothing), or None if cancelled or refused."""
        try:
            profile = station_settings.station_profile(session)
        except StationDeskError:
            return None
        dialog = cls(session, profile, parent)
        return dialog.changed if accepted(dialog) else None
