"""The union office's window: register station keys, check and merge packages, read the
city tables. The same work as `station-desk union register|merge`, on the same functions.

Checking and merging 500 packages takes a few seconds, so it runs on a worker thread; the
window only shows the outcome. Nothing here opens a station vault.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.clock import shown_date
from station_desk.errors import StationDeskError
from station_desk.export.union.layout import (
    Grid,
    Words,
    code_labels,
    stations_grid,
    table_grid,
    verification_grid,
)
from station_desk.export.union.registry import Registry
from station_desk.export.union.run import Outcome, run_merge
from station_desk.ui import messages
from station_desk.ui.export.grid_model import GridModel
from station_desk.ui.i18n import arg, current_lang, error_text
from station_desk.ui.operations import Change, ChangeOp, QueryOp, runner


# File dialogs in one place, so tests can answer them.
def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def choose_files(parent: QWidget | None, title: str, filters: str) -> list[str]:
    return QFileDialog.getOpenFileNames(parent, title, "", filters)[0]


# ---------------------------------------------------------------------- tables on screen
# The city report's own files (CSV, XLSX, PDF) are written in Chinese by
# `export.union.layout`; the window shows the same grids with their words in the UI language.


def grid_words() -> Words:
    # every call spelled out: lupdate finds a string only in a literal translate() call
    return Words(
        lang=current_lang(),
        stations=(QCoreApplication.translate("UnionWindow", "Union code"),
                  QCoreApplication.translate("UnionWindow", "Station"),
                  QCoreApplication.translate("UnionWindow", "Status"),
                  QCoreApplication.translate("UnionWindow", "Package"),
                  QCoreApplication.translate("UnionWindow", "Created"), "k",
                  QCoreApplication.translate("UnionWindow", "Cells withheld")),
        reported=QCoreApplication.translate("UnionWindow", "Reported"),
        missing=QCoreApplication.translate("UnionWindow", "Not reported"),
        rejected=QCoreApplication.translate("UnionWindow", "Package refused"),
        checks=(QCoreApplication.translate("UnionWindow", "File"),
                QCoreApplication.translate("UnionWindow", "Union code"),
                QCoreApplication.translate("UnionWindow", "Period"),
                QCoreApplication.translate("UnionWindow", "Result"),
                QCoreApplication.translate("UnionWindow", "Reason")),
        accepted=QCoreApplication.translate("UnionWindow", "Accepted"),
        refused=QCoreApplication.translate("UnionWindow", "Refused"),
        code=QCoreApplication.translate("UnionWindow", "Code"),
        name=QCoreApplication.translate("UnionWindow", "Name"),
        total=QCoreApplication.translate("UnionWindow", "Total"), date=shown_date)


def _view(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _show(view: QTableView, grid: Grid, numeric_from: int = 99) -> None:
    old = view.model()
    view.setModel(GridModel(grid.header, grid.rows, numeric_from=numeric_from,
                            marked=grid.marked, parent=view))
    if old is not None:
        old.deleteLater()
    view.resizeColumnsToContents()


class UnionWindow(QMainWindow):
    def __init__(self, registry: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("City union · merging statistics packages"))
        central = QWidget(self)
        self.setCentralWidget(central)
        self.registry_edit = QLineEdit(str(registry or ""), central)
        pick_registry = QPushButton(self.tr("C&hoose…"), central)
        self.register_button = QPushButton(self.tr("Register a &key file…"), central)
        self.stations = _view(central)
        self.inputs = QListWidget(central)
        add_files = QPushButton(self.tr("Add &packages…"), central)
        add_folder = QPushButton(self.tr("Add a &folder…"), central)
        clear = QPushButton(self.tr("C&lear"), central)
        self.period = QLineEdit(central)
        self.period.setPlaceholderText(self.tr("e.g. 2026-10, 2026-Q3, 2026"))
        self.out_edit = QLineEdit(central)
        pick_out = QPushButton(self.tr("Ch&oose…"), central)
        self.merge_button = QPushButton(self.tr("Check and &merge"), central)
        self.status = QLabel(central)
        self.status.setWordWrap(True)
        self.tabs = QTabWidget(central)
        self.results = _view(self.tabs)
        self.reporting = _view(self.tabs)
        tables_tab = QWidget(self.tabs)
        self.table_choice = QComboBox(tables_tab)
        self.city_table = _view(tables_tab)
        box = QVBoxLayout(tables_tab)
        box.addWidget(self.table_choice)
        box.addWidget(self.city_table, 1)
        self.tabs.addTab(self.results, self.tr("Checks"))
        self.tabs.addTab(self.reporting, self.tr("Who reported"))
        self.tabs.addTab(tables_tab, self.tr("City tables"))

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Registry folder"), self.registry_edit),
                    self._row(self.registry_edit, pick_registry))
        form.addRow(self._label(self.tr("Registered &stations"), self.stations),
                    self._row(self.stations, self.register_button))
        buttons = QVBoxLayout()
        for b in (add_files, add_folder, clear):
            buttons.addWidget(b)
        buttons.addStretch(1)
        inputs = QHBoxLayout()
        inputs.addWidget(self.inputs, 1)
        inputs.addLayout(buttons)
        form.addRow(self._label(self.tr("Packa&ges to merge"), self.inputs), inputs)
        form.addRow(self.tr("Per&iod (optional)"), self.period)
        form.addRow(self._label(self.tr("Report fol&der"), self.out_edit),
                    self._row(self.out_edit, pick_out))
        layout = QVBoxLayout(central)
        layout.addLayout(form)
        layout.addWidget(self.merge_button)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.stations.setMaximumHeight(160)
        self.inputs.setMaximumHeight(110)

        pick_registry.clicked.connect(self._pick_registry)
        self.register_button.clicked.connect(self.register_key)
        add_files.clicked.connect(self._add_files)
        add_folder.clicked.connect(self._add_folder)
        clear.clicked.connect(self.inputs.clear)
        pick_out.clicked.connect(self._pick_out)
        self.merge_button.clicked.connect(self.start_merge)
        self.table_choice.currentIndexChanged.connect(self._show_table)
        self.outcome: Outcome | None = None
        self._grids: list[Grid] = []
        self.resize(1000, 760)
        self.refresh_registry()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _row(widget: QWidget, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        row.addWidget(button)
        return row

    # ------------------------------------------------------------------ registry
    def registry_path(self) -> Path | None:
        text = self.registry_edit.text().strip()
        return Path(text) if text else None

    def refresh_registry(self) -> None:
        path = self.registry_path()
        rows: list[list[Any]] = []
        if path is None:
            self._show_registry(rows)
            return
        # Read on the worker; a registry that cannot be read is said in a message box.
        QueryOp(self, lambda: Registry.load(path)).success(
            lambda registry: self._show_registry(
                [[s.code, s.name, s.fingerprint, shown_date(s.registered_at)]
                 for s in sorted(registry.stations.values(), key=lambda s: s.code)])).run(
            latest=f"union-registry:{id(self)}")

    def _show_registry(self, rows: list[list[Any]]) -> None:
        _show(self.stations, Grid("", [self.tr("Union code"), self.tr("Station"),
                                       self.tr("Fingerprint"), self.tr("Registered")], rows))

    def _pick_registry(self) -> None:
        chosen = choose_folder(self, self.tr("Registry folder"), self.registry_edit.text())
        if chosen:
            self.registry_edit.setText(chosen)
            self.refresh_registry()

    def register_key(self, path: str | None = None) -> None:
        registry = self.registry_path()
        if registry is None:
            messages.error(self, self.tr("Choose the registry folder first."))
            return
        if not path:
            files = choose_files(self, self.tr("Register a station's key file"),
                                 self.tr("Station key (*.key *.json *.pub *.txt);;All files (*)"))
            path = files[0] if files else None
        if not path:
            return
        key_file = Path(path)
        # On the worker; a refusal (or a file that cannot be read) in a message box.
        ChangeOp(self, lambda: Registry.load(registry).register(key_file.read_bytes())[0],
                 Change.NONE).success(self._registered).run()

    def _registered(self, station: Any) -> None:
        messages.info(self, arg(self.tr("Registered %1 (%2)\nFingerprint: %3\nCheck it with the "
                                        "station by phone."),
                                station.name, station.code, station.fingerprint))
        self.refresh_registry()

    # ------------------------------------------------------------------ inputs
    def add_inputs(self, paths: list[str]) -> None:
        have = {self.inputs.item(i).text() for i in range(self.inputs.count())}
        for p in paths:
            if p not in have:
                self.inputs.addItem(p)
                have.add(p)

    def _add_files(self) -> None:
        self.add_inputs(choose_files(self, self.tr("Add packages"),
                                     self.tr("Statistics package (*.zip)")))

    def _add_folder(self) -> None:
        chosen = choose_folder(self, self.tr("Add a folder of packages"))
        if chosen:
            self.add_inputs([chosen])

    def _pick_out(self) -> None:
        chosen = choose_folder(self, self.tr("Report folder"), self.out_edit.text())
        if chosen:
            self.out_edit.setText(chosen)

    # ------------------------------------------------------------------ merging
    def start_merge(self) -> None:
        registry = self.registry_path()
        inputs = [Path(self.inputs.item(i).text()) for i in range(self.inputs.count())]
        out = self.out_edit.text().strip()
        for missing, text in (
                (registry is None, self.tr("Choose the registry folder first.")),
                (not inputs, self.tr("Add the packages to merge.")),
                (not out, self.tr("Choose the report folder."))):
            if missing:
                messages.error(self, text)
                return
        assert registry is not None
        self.merge_button.setEnabled(False)
        self.status.setText(self.tr("Checking and merging…"))
        period = self.period.text().strip() or None
        # The operations worker, as every slow piece of work: the window keeps answering.
        QueryOp(self, lambda: run_merge(registry, inputs, Path(out), period)).success(
            self._merged).failure(self._failed).run()

    def _merged(self, outcome: Outcome) -> None:
        self.merge_button.setEnabled(True)
        self.outcome = outcome
        report = outcome.report
        if report is None:
            self._failed(StationDeskError("union_no_period"))
            _show(self.results, verification_grid(outcome.results, grid_words()))
            return
        words = grid_words()
        _show(self.results, verification_grid(report.results, words))
        _show(self.reporting, stations_grid(report, words))
        labels = code_labels(report, words)
        # names, not codes: the report's CSV and XLSX carry the codes for machines
        self._grids = [table_grid(tbl, labels, words, codes=False) for tbl in report.tables]
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        for grid in self._grids:
            self.table_choice.addItem(grid.title)
        self.table_choice.blockSignals(False)
        self._show_table(0)
        folder = self.out_edit.text().strip()
        self.status.setText(arg(self.tr("Period %1: %2 accepted, %3 refused, %4 stations not "
                                        "reported. Report written to: %5"),
                                outcome.period, len(report.accepted), len(outcome.rejected),
                                len(report.missing()), folder))

    def _failed(self, exc: StationDeskError) -> None:
        self.merge_button.setEnabled(True)
        self.status.setText(error_text(exc))

    def _show_table(self, index: int) -> None:
        if 0 <= index < len(self._grids):
            _show(self.city_table, self._grids[index], numeric_from=1)  # figures after the name

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        runner().drain()  # a merge in progress finishes; it writes only to --out
        super().closeEvent(event)


def run_union_window(registry: Path | None = None, lang: str = "zh") -> int:
    """`station-desk union`: the window on its own, without a station vault."""
    from station_desk.ui.application import make_application

    app = make_application()
    from station_desk.ui.fonts import register_bundled_font
    from station_desk.ui.i18n import install_translators

    translators = install_translators(app, lang)  # noqa: F841 - must stay alive
    register_bundled_font()
    window = UnionWindow(registry)
    window.show()
    return int(app.exec())
