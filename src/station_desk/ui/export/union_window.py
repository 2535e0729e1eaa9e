"""The union office's window: register station keys, check and merge packages, read the
city tables. The same work as `station-desk union register|merge`, on the same functions.

Checking and merging 500 packages takes a few seconds, so it runs on a worker thread; the
window only shows the outcome. Nothing here opens a station vault.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import (
    QApplication,
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

from station_desk.errors import StationDeskError
from station_desk.export.union.layout import (
    Grid,
    code_labels,
    stations_grid,
    table_grid,
    verification_grid,
)
from station_desk.export.union.registry import Registry
from station_desk.export.union.run import Outcome, run_merge
from station_desk.ui import messages
from station_desk.ui.export.grid_model import GridModel
from station_desk.ui.export.texts import t
from station_desk.ui.i18n import current_lang, error_text


# File dialogs in one place, so tests can answer them.
def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def choose_files(parent: QWidget | None, title: str, filters: str) -> list[str]:
    return QFileDialog.getOpenFileNames(parent, title, "", filters)[0]


class MergeWorker(QObject):
    finished = Signal(object)  # Outcome
    failed = Signal(object)  # StationDeskError

    def __init__(self, registry: Path, inputs: list[Path], out: Path, period: str | None
                 ) -> None:
        super().__init__()
        self.args = (registry, inputs, out, period)

    def run(self) -> None:
        try:
            outcome = run_merge(*self.args)
        except StationDeskError as exc:
            self.failed.emit(exc)
        except OSError as exc:
            self.failed.emit(StationDeskError.from_os_error(exc))
        else:
            self.finished.emit(outcome)


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
        self.setWindowTitle(t("union_title"))
        central = QWidget(self)
        self.setCentralWidget(central)
        self.registry_edit = QLineEdit(str(registry or ""), central)
        pick_registry = QPushButton(t("choose"), central)
        self.register_button = QPushButton(t("register"), central)
        self.stations = _view(central)
        self.inputs = QListWidget(central)
        add_files = QPushButton(t("add_files"), central)
        add_folder = QPushButton(t("add_folder"), central)
        clear = QPushButton(t("clear"), central)
        self.period = QLineEdit(central)
        self.period.setPlaceholderText(t("period_hint"))
        self.out_edit = QLineEdit(central)
        pick_out = QPushButton(t("choose"), central)
        self.merge_button = QPushButton(t("merge"), central)
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
        self.tabs.addTab(self.results, t("results"))
        self.tabs.addTab(self.reporting, t("reporting"))
        self.tabs.addTab(tables_tab, t("tables"))

        form = QFormLayout()
        form.addRow(t("registry"), self._row(self.registry_edit, pick_registry))
        form.addRow(t("stations"), self._row(self.stations, self.register_button))
        buttons = QVBoxLayout()
        for b in (add_files, add_folder, clear):
            buttons.addWidget(b)
        buttons.addStretch(1)
        inputs = QHBoxLayout()
        inputs.addWidget(self.inputs, 1)
        inputs.addLayout(buttons)
        form.addRow(t("inputs"), inputs)
        form.addRow(t("period"), self.period)
        form.addRow(t("out"), self._row(self.out_edit, pick_out))
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
        self._thread: QThread | None = None
        self._worker: MergeWorker | None = None
        self._grids: list[Grid] = []
        self.resize(1000, 760)
        self.refresh_registry()

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
        if path is not None:
            try:
                registry = Registry.load(path)
            except StationDeskError as exc:
                messages.error(self, error_text(exc))
                return
            rows = [[s.code, s.name, s.fingerprint, s.registered_at[:10]]
                    for s in sorted(registry.stations.values(), key=lambda s: s.code)]
        _show(self.stations, Grid("", [t("code"), t("station"), t("print"),
                                       t("registered_on")], rows))

    def _pick_registry(self) -> None:
        chosen = choose_folder(self, t("registry"), self.registry_edit.text())
        if chosen:
            self.registry_edit.setText(chosen)
            self.refresh_registry()

    def register_key(self, path: str | None = None) -> None:
        registry = self.registry_path()
        if registry is None:
            messages.error(self, t("need_registry"))
            return
        if not path:
            files = choose_files(self, t("register"), t("key_filter"))
            path = files[0] if files else None
        if not path:
            return
        try:
            station, _new = Registry.load(registry).register(Path(path).read_bytes())
        except StationDeskError as exc:
            messages.error(self, error_text(exc))
            return
        except OSError as exc:
            messages.error(self, error_text(StationDeskError.from_os_error(exc, path)))
            return
        messages.info(self, t("registered", station.name, station.code, station.fingerprint))
        self.refresh_registry()

    # ------------------------------------------------------------------ inputs
    def add_inputs(self, paths: list[str]) -> None:
        have = {self.inputs.item(i).text() for i in range(self.inputs.count())}
        for p in paths:
            if p not in have:
                self.inputs.addItem(p)
                have.add(p)

    def _add_files(self) -> None:
        self.add_inputs(choose_files(self, t("add_files"), t("zip_filter")))

    def _add_folder(self) -> None:
        chosen = choose_folder(self, t("add_folder"))
        if chosen:
            self.add_inputs([chosen])

    def _pick_out(self) -> None:
        chosen = choose_folder(self, t("out"), self.out_edit.text())
        if chosen:
            self.out_edit.setText(chosen)

    # ------------------------------------------------------------------ merging
    def start_merge(self) -> None:
        registry = self.registry_path()
        inputs = [Path(self.inputs.item(i).text()) for i in range(self.inputs.count())]
        out = self.out_edit.text().strip()
        for missing, key in ((registry is None, "need_registry"), (not inputs, "need_inputs"),
                             (not out, "need_out")):
            if missing:
                messages.error(self, t(key))
                return
        assert registry is not None
        self.merge_button.setEnabled(False)
        self.status.setText(t("working"))
        self._thread = QThread()  # no parent: its life is managed by _finish_thread
        self._worker = MergeWorker(registry, inputs, Path(out), self.period.text().strip()
                                   or None)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._merged)
        self._worker.failed.connect(self._failed)
        self._worker.finished.connect(self._thread.quit)
        self._worker.failed.connect(self._thread.quit)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    def _finish_thread(self) -> None:
        """The worker has returned; let its thread end before anything can delete it (a
        QThread destroyed while running aborts the process)."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None

    def _merged(self, outcome: Outcome) -> None:
        self._finish_thread()
        self.merge_button.setEnabled(True)
        self.outcome = outcome
        report = outcome.report
        if report is None:
            self._failed(StationDeskError("union_no_period"))
            _show(self.results, Grid("", [t("file"), t("result"), t("reason")],
                                     [[r.path.name, t("refused"), r.reason(current_lang())]
                                      for r in outcome.results]))
            return
        _show(self.results, verification_grid(report))
        _show(self.reporting, stations_grid(report))
        labels = code_labels(report)
        self._grids = [table_grid(tbl, labels) for tbl in report.tables]
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        for grid in self._grids:
            self.table_choice.addItem(grid.title)
        self.table_choice.blockSignals(False)
        self._show_table(0)
        folder = self.out_edit.text().strip()
        self.status.setText(t("done", outcome.period, len(report.accepted),
                              len(outcome.rejected), len(report.missing()), folder))

    def _failed(self, exc: StationDeskError) -> None:
        self._finish_thread()
        self.merge_button.setEnabled(True)
        self.status.setText(error_text(exc))

    def _show_table(self, index: int) -> None:
        if 0 <= index < len(self._grids):
            grid = self._grids[index]
            keys = sum(1 for h in grid.header if h == "代码")
            _show(self.city_table, grid, numeric_from=keys + 1)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()  # a merge in progress finishes; it writes only to --out
        super().closeEvent(event)


def run_union_window(registry: Path | None = None, lang: str = "zh") -> int:
    """`station-desk union`: the window on its own, without a station vault."""
    try:
        from station_desk.app_main import make_application
    except ImportError:  # the shell not built: a bare application still works
        app = QApplication.instance() or QApplication(sys.argv[:1])
    else:
        app = make_application()
    from station_desk.ui.fonts import register_bundled_font
    from station_desk.ui.i18n import install_translators

    translators = install_translators(app, lang)  # noqa: F841 - must stay alive
    register_bundled_font()
    window = UnionWindow(registry)
    window.show()
    return int(app.exec())
