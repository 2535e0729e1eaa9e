"""At sign-in, before any record is shown: an account that has not acknowledged the current
confidentiality regime reads it and acknowledges it, or signs out.

It is a window of its own between the sign-in screen and the main window (app_flow opens it),
so the main window and its locking are untouched. Left alone, it signs out after the
station's idle-lock time, as the main window would lock.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import station_settings
from station_desk.domain.session import Session
from station_desk.domain.tier import regimes
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import arg
from station_desk.ui.icons import app_icon
from station_desk.ui.labels import app_title
from station_desk.ui.operations import Change, ChangeOp
from station_desk.ui.records.common import local_time
from station_desk.ui.tier.regimes_page import regime_html
from station_desk.ui.widgets import ErrorLabel


class AcknowledgeWindow(QWidget):
    acknowledged = Signal()
    declined = Signal()

    def __init__(self, session: Session, waiting: list[regimes.Regime],
                 parent: QWidget | None = None, *, idle_ms: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.waiting = list(waiting)
        self.saving = False  # an acknowledgement on its way: a second click does nothing
        self.setWindowIcon(app_icon())
        self.setWindowTitle(arg(self.tr("%1 — please read first"), app_title()))
        self.setMinimumSize(640, 480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("font-weight: bold;")
        self.text = QTextBrowser()
        self.text.setObjectName("acknowledgeText")
        self.agree = QCheckBox(self.tr("I have read this regime and will keep to it."))
        self.agree.toggled.connect(lambda on: self.continue_button.setEnabled(on))
        self.continue_button = QPushButton(self.tr("Acknowledge and continue"))
        self.continue_button.setDefault(True)
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self.confirm)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self.declined)
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.agree)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.declined)
        minutes = station_settings.idle_lock_minutes(session)
        self.idle.start(idle_ms if idle_ms is not None else minutes * 60_000)
        self._show_first()
        self.resize(900, 720)

    def _show_first(self) -> None:
        regime = self.waiting[0]
        first_time = regime.version == 1
        self.intro.setText(arg(self.tr(
            "Before you start, read the station's confidentiality regime (version %1, "
            "adopted %2) and acknowledge it. Your acknowledgement is recorded.")
            if first_time else self.tr(
            "The confidentiality regime has changed (now version %1, adopted %2). Read it "
            "and acknowledge it again before you start. Your acknowledgement is recorded."),
            regime.version, local_time(regime.adopted_at)[:10]))
        self.text.setHtml(regime_html(regime))
        self.agree.setChecked(False)

    def confirm(self) -> None:
        if not self.agree.isChecked() or self.saving:
            return
        self.saving = True
        session, ident = self.session, self.waiting[0].id
        ChangeOp(self, lambda: regimes.acknowledge(session, ident), Change.TIER).success(
            self._acknowledged).failure(self._refused).run()

    def _refused(self, exc: StationDeskError) -> None:
        self.saving = False
        self.error.show_error(exc)

    def _acknowledged(self, _result: object) -> None:
        self.saving = False
        self.waiting.pop(0)
        if self.waiting:
            self._show_first()
            return
        self.idle.stop()
        self.acknowledged.emit()
