"""Settings: this computer's display (QSettings) and, for admins, the station's lock policy
(stored in the vault; the domain refuses the change for anyone else) and the fingerprint of
the station's signing key, which the city union checks when it registers the station."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import station_settings
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import settings as ui_settings
from station_desk.ui.export.fingerprint import FingerprintBox
from station_desk.ui.modal import accepted
from station_desk.ui.operations import Change, ChangeOp
from station_desk.ui.settings import UiSettings
from station_desk.ui.widgets import ErrorLabel


class PreferencesDialog(QDialog):
    def __init__(self, session: Session, settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(440)

        here = QGroupBox(self.tr("This computer"))
        form = QFormLayout(here)
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(
            settings.get(ui_settings.LANGUAGE))))
        self.font_scale = QComboBox()
        for scale in ui_settings.FONT_SCALE.choices:
            self.font_scale.addItem(f"{round(scale * 100)} %", scale)
        self.font_scale.setCurrentIndex(max(0, self.font_scale.findData(
            settings.get(ui_settings.FONT_SCALE))))
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("Takes effect the next time Station Desk starts without a "
                              "language on its command line."))
        note.setWordWrap(True)
        form.addRow("", note)
        form.addRow(self.tr("Text size"), self.font_scale)

        policy = QGroupBox(self.tr("Station policy"))
        form = QFormLayout(policy)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(*station_settings.IDLE_LOCK_RANGE)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(station_settings.idle_lock_minutes(session))
        self.idle_minutes.setEnabled(session.can(Permission.EDIT_STATION))
        form.addRow(self.tr("Lock after no input for"), self.idle_minutes)

        self.union_box: QGroupBox | None = None
        self.fingerprint: FingerprintBox | None = None
        if session.can(Permission.EXPORT_STATISTICS):
            self.union_box = QGroupBox(self.tr("Registration with the city union"))
            box = QVBoxLayout(self.union_box)
            note = QLabel(self.tr("Statistics packages are signed with this station's key. "
                                  "When the city union registers the station's public key, "
                                  "it checks this fingerprint with you. It is not secret."))
            note.setWordWrap(True)
            self.fingerprint = FingerprintBox(session)
            box.addWidget(note)
            box.addWidget(self.fingerprint)

        self.error = ErrorLabel()
        self.saving = False  # saving on the worker: a second OK does nothing
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(here)
        layout.addWidget(policy)
        if self.union_box is not None:
            layout.addWidget(self.union_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """The station's lock policy on the worker (changed only if it differs); this
        computer's language and text size once that is done."""
        if self.saving:
            return
        self.saving = True
        session, minutes = self.session, self.idle_minutes.value()

        def save() -> None:
            if minutes != station_settings.idle_lock_minutes(session):
                station_settings.set_idle_lock_minutes(session, minutes)
        ChangeOp(self, save, Change.SETTINGS).success(self._saved).failure(
            self._refused).run()

    def _saved(self, _result: object) -> None:
        self.saving = False
        self.settings.set(ui_settings.LANGUAGE, str(self.language.currentData()))
        self.settings.set(ui_settings.FONT_SCALE, float(self.font_scale.currentData()))
        super().accept()

    def _refused(self, exc: StationDeskError) -> None:
        self.saving = False
        self.error.show_error(exc)

    @classmethod
    def ask(cls, session: Session, settings: UiSettings, parent: QWidget | None = None) -> bool:
        return accepted(cls(session, settings, parent))
