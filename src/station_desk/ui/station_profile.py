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
from station_desk.ui.operations import Change, ChangeOp, QueryOp
from station_desk.ui.widgets import ErrorLabel


class StationProfileDialog(QDialog):
    def __init__(self, session: Session, profile: StationProfile | None,
                 parent: QWidget | None = None) -> None:
        """`profile`: what the form starts with; None reads it (on the worker) first."""
        super().__init__(parent)
        self.session = session
        self.changed: dict[str, tuple[str, str]] = {}
        self.setWindowTitle(self.tr("Station profile"))
        self.setMinimumWidth(520)
        note = QLabel(self.tr("These details appear on printed ledgers, reports and new "
                              "statistics packages; those already made keep the old ones. "
                              "The change is recorded in the audit trail."))
        note.setWordWrap(True)
        self.saving = False
        self.name = QLineEdit()
        self.union_code = QLineEdit()
        self.address = QLineEdit()
        for edit in (self.name, self.union_code, self.address):
            edit.setMaxLength(MAX_PROFILE_TEXT)
        self.tier = QComboBox()
        for code, label in tier_choices():
            self.tier.addItem(label, code)
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
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if profile is not None:
            self._fill(profile)
        else:  # nothing to save until the form holds the station's details
            self.save_button.setEnabled(False)
            QueryOp(self, lambda: station_settings.station_profile(session)).success(
                self._fill).failure(self.error.show_error).run()

    def _fill(self, profile: StationProfile) -> None:
        self.name.setText(profile.name)
        self.union_code.setText(profile.union_code)
        self.address.setText(profile.address)
        self.tier.setCurrentIndex(max(0, self.tier.findData(profile.tier)))
        self.save_button.setEnabled(True)

    def profile(self) -> StationProfile:
        return StationProfile(self.name.text(), self.union_code.text(),
                              str(self.tier.currentData()), self.address.text())

    def accept(self) -> None:
        if self.saving:
            return
        self.saving = True
        session, profile = self.session, self.profile()
        ChangeOp(self, lambda: station_settings.update_station_profile(session, profile),
                 Change.SETTINGS).success(self._saved).failure(self._refused).run()

    def _saved(self, changed: dict[str, tuple[str, str]]) -> None:
        self.saving = False
        self.changed = changed
        super().accept()

    def _refused(self, exc: StationDeskError) -> None:
        self.saving = False
        self.error.show_error(exc)

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None
            ) -> dict[str, tuple[str, str]] | None:
        """What changed (empty if nothing), or None if cancelled."""
        dialog = cls(session, None, parent)
        return dialog.changed if accepted(dialog) else None
