"""The assessment section (心理测评): pick one of your files, see and add its results; run an
anonymous screening; see every alert still waiting; list and import instruments.

A station admin (no clinical access) sees only the instrument list and the import.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import assessments
from station_desk.domain.assessments import AlertInfo, Outcome
from station_desk.domain.instruments import Instrument, shipped_dir, short_name
from station_desk.domain.records import files, search
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.domain.surveys import Campaign
from station_desk.errors import StationDeskError
from station_desk.ui import messages
from station_desk.ui.assess.alert_dialog import AlertDialog
from station_desk.ui.assess.anonymous import AnonymousDialog
from station_desk.ui.assess.common import lang
from station_desk.ui.assess.entry import EntryForm
from station_desk.ui.assess.import_dialog import ImportDialog
from station_desk.ui.assess.kiosk import KioskScreen, hand_over
from station_desk.ui.assess.panel import AssessmentsPanel, ordered
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.operations import Change, QueryOp, refresh_on

ID_ROLE = Qt.ItemDataRole.UserRole


class AssessPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.waiting: list[AlertInfo] = []  # the alerts listed, as last read
        self.clinical = session.can(Permission.VIEW_CLINICAL)
        self.can_administer = session.can(Permission.ADMINISTER_ASSESSMENT)
        self.anon_entry: EntryForm | None = None
        self.kiosk: KioskScreen | None = None

        # -- files
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("File number or name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh_files)
        self.files = QListWidget()
        self.files.currentItemChanged.connect(self._file_chosen)
        # The number over the name, and a long name wrapped: the column is narrow (at 150 %
        # text "XL-2026-000109  匿名来访者0109" on one line was cut off at the side).
        self.files.setWordWrap(True)
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.files.setSpacing(1)
        # The splitter may squeeze this column; never below a whole file number.
        self.files.setMinimumWidth(self.files.fontMetrics().horizontalAdvance("XL-0000-000000")
                                   + 2 * self.files.frameWidth() + 12)
        files_box = QGroupBox(self.tr("My open files"))
        box = QVBoxLayout(files_box)
        box.addWidget(self.search)
        box.addWidget(self.files)

        self.panel = AssessmentsPanel(session)
        self.panel.changed.connect(self.refresh_alerts)

        # -- side: alerts, anonymous screening, instruments
        self.alerts = QListWidget()
        self.alerts.itemActivated.connect(self._alert_chosen)
        self.alerts.setWordWrap(True)  # the side column is narrow: wrapped, not cut off
        self.alerts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.alerts.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.alerts.setSpacing(1)
        alerts_box = QGroupBox(self.tr("Alerts waiting"))
        QVBoxLayout(alerts_box).addWidget(self.alerts)
        self.anon_button = QPushButton(self.tr("Anonymous screening…"))
        self.anon_button.clicked.connect(self.start_anonymous)
        self.instrument_list = QListWidget()
        # Long names (English ones especially) wrap instead of running off the narrow column.
        self.instrument_list.setWordWrap(True)
        self.instrument_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.instrument_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.instrument_list.setSpacing(2)
        self.import_button = QPushButton(self.tr("Import instrument…"))
        self.import_button.clicked.connect(self.import_instrument)
        self.import_button.setVisible(self.can_administer or session.can(Permission.EDIT_STATION))
        instruments_box = QGroupBox(self.tr("Instruments"))
        ibox = QVBoxLayout(instruments_box)
        ibox.addWidget(self.instrument_list)
        ibox.addWidget(self.import_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.anon_button)
        side_layout.addWidget(alerts_box, 1)
        side_layout.addWidget(instruments_box, 1)

        for widget in (files_box, self.panel, alerts_box):
            widget.setVisible(self.clinical)
        self.anon_button.setVisible(self.can_administer)

        splitter = QSplitter()
        splitter.addWidget(files_box)
        splitter.addWidget(self.panel)
        splitter.addWidget(side)
        splitter.setStretchFactor(1, 3)
        self.main = splitter
        self.stack = QStackedWidget()
        self.stack.addWidget(self.main)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        if self.clinical:
            refresh_on(self, Change.ASSESSMENTS | Change.FOLLOWUPS, self.refresh_alerts)
            refresh_on(self, Change.CLIENTS, self.refresh_files)  # opened, closed, renamed
        self.refresh()

    # -- lists ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_instruments()
        if self.clinical:
            self.refresh_files()
            self.refresh_alerts()

    def refresh_files(self, *_args: object) -> None:
        """The open files of this user matching the search box, read on the worker (on every
        keystroke: a newer search makes an older one give up) and listed when they arrive."""
        session, typed = self.session, self.search.text()

        def read() -> list[files.DirectoryEntry]:
            ids = search.client_ids(session, typed, scope=search.SCOPE_MINE, status="open")
            return files.directory_rows(session, ids)
        QueryOp(self, read).success(self._show_files).run(latest=f"assess-files:{id(self)}")

    def _show_files(self, entries: list[files.DirectoryEntry]) -> None:
        current = self.panel.client_id
        self.files.blockSignals(True)
        self.files.clear()
        for entry in entries:
            item = QListWidgetItem(f"{entry.file_no}\n{entry.name}")
            item.setToolTip(f"{entry.file_no}  {entry.name}")
            item.setData(ID_ROLE, entry.id)
            self.files.addItem(item)
            if entry.id == current:
                self.files.setCurrentItem(item)
        self.files.blockSignals(False)

    def refresh_alerts(self) -> None:
        """The alerts waiting, read on the worker (and again on every notice of a change)."""
        session = self.session

        def read() -> tuple[list[AlertInfo], dict[int, str]]:
            waiting = assessments.open_alerts(session)
            return waiting, {e.id: e.file_no for e in files.directory_rows(
                session, sorted({a.client_id for a in waiting if a.client_id is not None}))}
        QueryOp(self, read).success(self._show_alerts).failure(self._alerts_refused).run(
            latest=f"assess-alerts:{id(self)}")

    def _alerts_refused(self, exc: StationDeskError) -> None:
        self.alerts.clear()
        self.alerts.addItem(error_text(exc))

    def _show_alerts(self, found: tuple[list[AlertInfo], dict[int, str]]) -> None:
        waiting, numbers = found
        self.waiting = waiting
        self.alerts.clear()
        for alert in waiting:
            where = numbers.get(alert.client_id or -1, self.tr("anonymous"))
            item = QListWidgetItem(f"{where} · {short_name(alert.instrument_id)} · "
                                   f"{alert.label(lang())}")
            item.setData(ID_ROLE, alert.id)
            item.setToolTip(item.text())
            self.alerts.addItem(item)

    def refresh_instruments(self, *, for_panel: bool = False) -> None:
        """The shipped and imported instruments, read and checked on the worker; `for_panel`:
        the panel's choice of instruments too (one was imported)."""
        session = self.session
        QueryOp(self, lambda: assessments.load_instruments(session)).success(
            lambda loaded: self._show_instruments(loaded, "", for_panel)).failure(
            lambda exc: self._instruments_refused(exc, for_panel)).run(
            latest=f"assess-instruments:{id(self)}")

    def _instruments_refused(self, exc: StationDeskError, for_panel: bool) -> None:
        """An imported file gone bad: the shipped set is used, and the problem shown."""
        from station_desk.domain.instruments import load_all

        self._show_instruments(load_all(), error_text(exc), for_panel)

    def _show_instruments(self, loaded: dict[str, Instrument], problem: str,
                          for_panel: bool) -> None:
        self.instrument_list.clear()
        for inst in ordered(loaded):
            shipped = inst.path is not None and inst.path.parent == shipped_dir()
            origin = self.tr("shipped") if shipped else self.tr("imported")
            item = QListWidgetItem(f"{inst.name(lang())} · {inst.version} · {origin}")
            item.setToolTip(inst.source_original)
            self.instrument_list.addItem(item)
        if problem:
            self.instrument_list.addItem(problem)
        if for_panel:
            self.panel.instruments = loaded
            self.panel.instrument.clear()
            for inst in ordered(loaded):
                self.panel.instrument.addItem(inst.name(lang()), inst.id)

    def _file_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        self.panel.set_client(item.data(ID_ROLE), item.text())

    def open_file(self, client_id: int) -> None:
        for row in range(self.files.count()):
            if self.files.item(row).data(ID_ROLE) == client_id:
                self.files.setCurrentRow(row)
                return
        self.panel.set_client(client_id)

    def _alert_chosen(self, item: QListWidgetItem) -> None:
        alert = next((a for a in self.waiting if a.id == item.data(ID_ROLE)), None)  # as read
        if alert is None:
            return
        if alert.client_id is not None:
            self.open_file(alert.client_id)
        AlertDialog.ask(self.session, [alert], self)  # the alert list reloads on the notice
        self.panel.refresh()

    # -- anonymous screening ----------------------------------------------------------------
    def start_anonymous(self) -> None:
        from station_desk.domain import surveys
        from station_desk.domain.records.common import today

        session = self.session
        # the survey campaigns running today, read on the worker, then the questions
        QueryOp(self, lambda: surveys.list_campaigns(session, open_on=today(session))).success(
            self._choose_anonymous).run()

    def _choose_anonymous(self, running: list[Campaign]) -> None:
        choice = AnonymousDialog.ask(self.panel.instruments, self, campaigns=running)
        if choice is None:
            return
        inst = self.panel.instruments[choice.instrument_id]
        if choice.kiosk:
            self.kiosk = hand_over(self, self.session, inst, anon=choice.fields,
                                   on_done=self._anonymous_done)
            return
        form = EntryForm(self.session, inst, anon=choice.fields,
                         heading=self.tr("Anonymous screening: no file, no name"))
        form.saved.connect(self._anonymous_done)
        form.cancelled.connect(self._close_anonymous_entry)
        self.stack.addWidget(form)
        self.stack.setCurrentWidget(form)
        self.anon_entry = form

    def _close_anonymous_entry(self) -> None:
        self.stack.setCurrentWidget(self.main)
        if self.anon_entry is not None:
            self.stack.removeWidget(self.anon_entry)
            self.anon_entry.deleteLater()
            self.anon_entry = None

    def _anonymous_done(self, outcome: Outcome | None) -> None:
        self.kiosk = None
        self._close_anonymous_entry()
        if outcome is None:
            return
        a = outcome.administration
        messages.info(self, arg(self.tr("Anonymous screening saved: %1 %2, %3."),
                                short_name(a.instrument_id), a.score, a.band_label(lang())))
        if outcome.alerts:
            AlertDialog.ask(self.session, outcome.alerts, self)

    # -- instruments ------------------------------------------------------------------------
    def import_instrument(self) -> None:
        imported = ImportDialog.ask(self.session, self)
        if imported is None:
            return
        messages.info(self, arg(self.tr("%1 was imported and can now be used."),
                                imported.name(lang())))
        self.refresh_instruments(for_panel=True)
