"""The risk-alert dialog the counsellor sees after a result that raised alerts.

The counsellor must acknowledge each alert; "acknowledge and open a crisis record" also opens
(or links) the file's crisis record in the same step. "Later" leaves the alerts open: the file
keeps showing them until someone acknowledges them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import assessments
from station_desk.domain.assessments import AlertInfo
from station_desk.domain.clock import shown_date
from station_desk.domain.instruments import short_name
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import theme
from station_desk.ui.assess.common import lang, scaled_font
from station_desk.ui.i18n import arg
from station_desk.ui.modal import dispose, run_modal
from station_desk.ui.operations import Change, ChangeOp
from station_desk.ui.widgets import ErrorLabel


@dataclass(frozen=True)
class AckResult:
    alerts: tuple[AlertInfo, ...]  # as acknowledged
    crisis_id: int | None


class AlertDialog(QDialog):
    def __init__(self, session: Session, alerts: Sequence[AlertInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.alerts = list(alerts)
        self.result_value: AckResult | None = None
        self.saving = False  # acknowledging on the worker: a second press does nothing
        self.setWindowTitle(self.tr("Assessment alert"))
        self.setMinimumWidth(520)

        title = QLabel(self.tr("This result needs your attention"))
        title.setFont(scaled_font(self, 1.3, bold=True))
        theme.set_tone(title, "danger")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        for alert in self.alerts:
            layout.addWidget(self._alert_box(alert))
        self.offers_crisis = any(a.offers_crisis for a in self.alerts)
        if any(a.self_harm for a in self.alerts):
            hint = QLabel(self.tr("Do not leave the person alone until you have assessed the "
                                  "risk in person. If there is immediate danger, follow the "
                                  "station's crisis protocol."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        if self.alerts and all(a.client_id is None for a in self.alerts):
            note = QLabel(self.tr("This was an anonymous screening: to open a crisis record, "
                                  "first open a file for the worker (with their consent)."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.confirm = QCheckBox(self.tr("I have read these alerts and will act on them"))
        self.confirm.toggled.connect(self._update)
        layout.addWidget(self.confirm)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setToolTip(self.tr("The alerts stay on the file until acknowledged."))
        self.later_button.clicked.connect(self.reject)
        self.ack_button = QPushButton(self.tr("Acknowledge"))
        self.ack_button.clicked.connect(lambda: self.acknowledge(open_crisis=False))
        self.crisis_button = QPushButton(self.tr("Acknowledge and open a crisis record"))
        self.crisis_button.clicked.connect(lambda: self.acknowledge(open_crisis=True))
        self.crisis_button.setVisible(self.offers_crisis
                                      and session.can(Permission.MANAGE_CRISIS))
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.crisis_button)
        layout.addLayout(buttons)
        self._update()

    def _alert_box(self, alert: AlertInfo) -> QWidget:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setStyleSheet("QFrame { background: #fdecea; border-radius: 4px; }")
        text = QLabel(alert.label(lang()))
        text.setWordWrap(True)
        text.setFont(scaled_font(self, 1.05, bold=alert.self_harm))
        where = QLabel(arg(self.tr("%1 · raised %2"), short_name(alert.instrument_id),
                           shown_date(alert.raised_at)))
        theme.set_tone(where, "muted")
        inner = QVBoxLayout(box)
        inner.addWidget(text)
        inner.addWidget(where)
        return box

    def _update(self) -> None:
        ready = self.confirm.isChecked()
        self.ack_button.setEnabled(ready)
        self.crisis_button.setEnabled(ready)

    def acknowledge(self, *, open_crisis: bool) -> None:
        if not self.confirm.isChecked() or self.saving:
            return
        self.saving = True
        session, alerts = self.session, list(self.alerts)
        # One crisis per file: the first alert opens it, the others are linked to it. An
        # error part-way keeps what was acknowledged, so pressing again does the rest:
        # `acked` holds each one as it is done, on the worker, for the UI thread to keep.
        acked: list[tuple[int, AlertInfo]] = []

        def call() -> None:
            for index, alert in enumerate(alerts):
                if not alert.acknowledged:
                    acked.append((index, assessments.acknowledge_alert(
                        session, alert.id, open_crisis=open_crisis and alert.offers_crisis)))
        ChangeOp(self, call, Change.ASSESSMENTS | Change.FOLLOWUPS | Change.CLIENTS).success(
            lambda _r: self._acknowledged(acked)).failure(
            lambda exc: self._refused(acked, exc)).run()

    def _keep(self, acked: list[tuple[int, AlertInfo]]) -> None:
        self.saving = False
        for index, alert in acked:
            self.alerts[index] = alert

    def _refused(self, acked: list[tuple[int, AlertInfo]], exc: StationDeskError) -> None:
        self._keep(acked)
        self.error.show_error(exc)

    def _acknowledged(self, acked: list[tuple[int, AlertInfo]]) -> None:
        self._keep(acked)
        done = [alert for _index, alert in acked]
        crisis_id = next((a.crisis_id for a in reversed(done) if a.crisis_id), None)
        self.result_value = AckResult(tuple(done), crisis_id)
        self.accept()

    @classmethod
    def ask(cls, session: Session, alerts: Sequence[AlertInfo],
            parent: QWidget | None = None) -> AckResult | None:
        dialog = cls(session, alerts, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        run_modal(dialog)
        result = dialog.result_value
        dispose(dialog)
        return result
