"""Assessments inside one client's file: the self-harm flag, open alerts, the score charts,
every result, and starting a new administration (counsellor entry or the kiosk).

The records screens embed `AssessmentsPanel` in the client file; the assessment section uses
the same panel beside its file list. Opening it (and each refresh) is an audited view.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import assessments
from station_desk.domain.assessments import Administration, AlertInfo, Outcome, Trend
from station_desk.domain.instruments import Instrument
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import theme
from station_desk.ui.assess.alert_dialog import AlertDialog
from station_desk.ui.assess.chart import ScoreChart
from station_desk.ui.assess.common import lang, level_colour
from station_desk.ui.assess.entry import EntryForm
from station_desk.ui.assess.kiosk import KioskScreen, hand_over
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.operations import QueryOp
from station_desk.ui.widgets import ErrorLabel

# The order counsellors expect to find them in; others (imports) follow by id.
PREFERRED = ("phq9", "gad7", "who5", "pss10", "k10")


def ordered(instruments: dict[str, Instrument]) -> list[Instrument]:
    rank = {ident: n for n, ident in enumerate(PREFERRED)}
    return sorted(instruments.values(), key=lambda i: (rank.get(i.id, len(rank)), i.id))


def load_instruments_or_shipped(session: Session) -> tuple[dict[str, Instrument], str]:
    """Everything loaded, or, when an imported file has gone bad, the shipped set and why."""
    try:
        return assessments.load_instruments(session), ""
    except StationDeskError as exc:
        from station_desk.domain.instruments import load_all

        return load_all(), error_text(exc)


def mode_label(mode: str) -> str:
    labels = {"counsellor": QCoreApplication.translate("Assess", "Entered by counsellor"),
              "kiosk": QCoreApplication.translate("Assess", "Kiosk (self-answered)"),
              "anonymous": QCoreApplication.translate("Assess", "Anonymous screening")}
    return labels.get(mode, mode)


class AssessmentsPanel(QWidget):
    changed = Signal()

    def __init__(self, session: Session, client_id: int | None = None, *, heading: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: int | None = None
        self.heading = heading
        self.items: list[Administration] = []
        self.trends: list[Trend] = []
        self.open_alerts: list[AlertInfo] = []
        self.instruments, problem = load_instruments_or_shipped(session)
        self.kiosk: KioskScreen | None = None
        self.entry: EntryForm | None = None

        self.flag_banner = QLabel()
        self.flag_banner.setObjectName("item9Flag")
        self.flag_banner.setWordWrap(True)
        theme.set_tone(self.flag_banner, "crisis-bar")
        self.alerts_label = QLabel()
        self.alerts_label.setWordWrap(True)
        theme.set_tone(self.alerts_label, "flag-bar")
        self.alerts_button = QPushButton(self.tr("Review alerts…"))
        self.alerts_button.clicked.connect(self.review_alerts)
        self.alerts_row = QWidget()
        row = QHBoxLayout(self.alerts_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.alerts_label, 1)
        row.addWidget(self.alerts_button)

        self.instrument = QComboBox()
        # Instrument names run long in English; a narrower box elides them rather than
        # squeezing the file list beside the panel.
        self.instrument.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.instrument.setMinimumContentsLength(16)
        for inst in ordered(self.instruments):
            self.instrument.addItem(inst.name(lang()), inst.id)
        self.enter_button = QPushButton(self.tr("Enter answers…"))
        self.enter_button.clicked.connect(self.start_entry)
        self.kiosk_button = QPushButton(self.tr("Self-assessment…"))
        self.kiosk_button.setToolTip(self.tr("The worker answers on this screen, full screen, "
                                             "one question at a time; it locks when done."))
        self.kiosk_button.clicked.connect(self.start_kiosk)
        can_administer = session.can(Permission.ADMINISTER_ASSESSMENT)
        for widget in (self.instrument, self.enter_button, self.kiosk_button):
            widget.setVisible(can_administer)
        self.instrument_label = QLabel(self.tr("New assessment:"))
        self.instrument_label.setVisible(can_administer)
        # The instrument on one row, what to do with it on the next: on one row the buttons
        # were cut off at 150 % text on a 1366x768 screen (tests/ui/test_layout.py).
        actions = QVBoxLayout()
        choose = QHBoxLayout()
        choose.addWidget(self.instrument_label)
        choose.addWidget(self.instrument, 1)
        start = QHBoxLayout()
        start.addWidget(self.enter_button)
        start.addWidget(self.kiosk_button)
        start.addStretch(1)
        actions.addLayout(choose)
        actions.addLayout(start)

        self.chart_choice = QComboBox()
        self.chart_choice.currentIndexChanged.connect(self._show_chart)
        self.chart_row = QWidget()
        chart_row = QHBoxLayout(self.chart_row)
        chart_row.setContentsMargins(0, 0, 0, 0)
        chart_row.addWidget(QLabel(self.tr("Scores over time:")))
        chart_row.addWidget(self.chart_choice, 1)
        self.chart = ScoreChart()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Instrument"), self.tr("How"), self.tr("Score"),
            self.tr("Band"), self.tr("Alerts")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch)
        self.error = ErrorLabel()
        if problem:
            self.error.show_text(problem)
        self.empty = QLabel(self.tr("Choose a file to see its assessments."))

        overview = QWidget()
        layout = QVBoxLayout(overview)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.flag_banner)
        layout.addWidget(self.alerts_row)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.chart_row)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.table, 1)
        self.overview = overview
        self.running = QLabel(self.tr("A self-assessment is in progress on the kiosk screen."))
        self.running.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.running)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.set_client(client_id, heading)

    # -- showing ------------------------------------------------------------------------------
    def set_client(self, client_id: int | None, heading: str = "") -> None:
        self.client_id = client_id
        self.heading = heading
        self.stack.setCurrentWidget(self.overview)
        self.refresh()

    def refresh(self) -> None:
        has_file = self.client_id is not None
        for widget in (self.chart_row, self.chart, self.table):
            widget.setVisible(has_file)
        self.empty.setVisible(not has_file)
        self.enter_button.setEnabled(has_file)
        self.kiosk_button.setEnabled(has_file)
        client_id = self.client_id
        if client_id is None:
            self._loaded(([], [], [], None))
            return
        session, instruments = self.session, self.instruments

        def read() -> tuple[list[Administration], list[Trend], list[AlertInfo], dt.date | None]:
            items = assessments.list_for_client(session, client_id)  # an audited view
            return (items, assessments.build_trends(items, instruments),
                    assessments.open_alerts(session, client_id),
                    assessments.item9_flag(session, client_id))
        QueryOp(self, read).success(self._loaded).failure(self._not_loaded).run(
            latest=f"assessments-panel:{id(self)}")

    def _not_loaded(self, exc: StationDeskError) -> None:
        self.error.show_error(exc)
        self._loaded(([], [], [], None))

    def _loaded(self, loaded: tuple[list[Administration], list[Trend], list[AlertInfo],
                                    dt.date | None]) -> None:
        self.items, self.trends, self.open_alerts, flag = loaded
        if flag is not None:
            self.flag_banner.setText(arg(self.tr(
                "Self-harm flag: a recent answer reported thoughts of death or self-harm. "
                "Shown to staff until %1."), flag.isoformat()))
        self.flag_banner.setVisible(flag is not None)
        self.alerts_label.setText(self.tr("%n assessment alerts waiting for acknowledgement.",
                                          "", len(self.open_alerts)))
        self.alerts_row.setVisible(bool(self.open_alerts))
        self._fill_table()
        current = self.chart_choice.currentData()
        self.chart_choice.blockSignals(True)
        self.chart_choice.clear()
        for trend in self.trends:
            self.chart_choice.addItem(trend.name(lang()), trend.instrument_id)
        index = max(0, self.chart_choice.findData(current))
        self.chart_choice.setCurrentIndex(index if self.trends else -1)
        self.chart_choice.blockSignals(False)
        self._show_chart()

    def _show_chart(self, *_args: object) -> None:
        ident = self.chart_choice.currentData()
        self.chart.set_trend(next((t for t in self.trends if t.instrument_id == ident), None))

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(reversed(self.items)):  # newest first
            inst = self.instruments.get(item.instrument_id)
            cells = [item.day.isoformat(), inst.name(lang()) if inst else item.instrument_id,
                     mode_label(item.mode), str(item.score), item.band_label(lang()),
                     ("; " if lang() == "en" else "；").join(
                         a.label(lang()) for a in item.alerts)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 4:
                    cell.setForeground(level_colour(item.band_level))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()

    # -- administering ----------------------------------------------------------------------
    def selected_instrument(self) -> Instrument | None:
        return self.instruments.get(self.instrument.currentData())

    def start_entry(self) -> None:
        inst = self.selected_instrument()
        if inst is None or self.client_id is None:
            return
        self._close_entry()
        form = EntryForm(self.session, inst, client_id=self.client_id, heading=self.heading)
        form.saved.connect(self._entry_saved)
        form.cancelled.connect(self._close_entry)
        self.stack.addWidget(form)
        self.stack.setCurrentWidget(form)
        self.entry = form

    def _close_entry(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        if self.entry is not None:
            self.stack.removeWidget(self.entry)
            self.entry.deleteLater()
            self.entry = None

    def _entry_saved(self, outcome: Outcome) -> None:
        self._close_entry()
        self.after_result(outcome)

    def start_kiosk(self) -> None:
        inst = self.selected_instrument()
        if inst is None or self.client_id is None:
            return
        self.kiosk = hand_over(self, self.session, inst, client_id=self.client_id,
                               on_done=self._kiosk_done)
        self.stack.setCurrentWidget(self.running)

    def _kiosk_done(self, outcome: Outcome | None) -> None:
        self.kiosk: KioskScreen | None = None
        self.entry: EntryForm | None = None
        self.stack.setCurrentWidget(self.overview)
        if outcome is None:
            self.refresh()
            return
        self.after_result(outcome)

    def after_result(self, outcome: Outcome) -> None:
        self.refresh()
        self.changed.emit()
        if outcome.alerts:
            AlertDialog.ask(self.session, outcome.alerts, self)
            self.refresh()

    def review_alerts(self) -> None:
        if self.open_alerts and AlertDialog.ask(self.session, self.open_alerts, self):
            self.changed.emit()
        self.refresh()
