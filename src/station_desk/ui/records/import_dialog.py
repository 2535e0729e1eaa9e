"""导入既有台账 (admin): pick a register, match its columns to the fields, see every row as it
will be stored and every row that cannot be (with the reason), and confirm.

Nothing is written until "Import" is pressed; the preview is the domain's plan
(domain/importing/plan.py), rebuilt whenever the file, the kind or a column choice changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.importing import apply, columns, plan
from station_desk.domain.importing.reading import Ledger, read_ledger
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import arg, current_lang
from station_desk.ui.modal import run_modal
from station_desk.ui.operations import Change, ChangeOp, QueryOp
from station_desk.ui.records.common import table_view
from station_desk.ui.records.list_model import ListTableModel
from station_desk.ui.widgets import ErrorLabel

_AUTO = ""


class ImportLedgerDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ledger: Ledger | None = None
        self.plan: plan.Plan | None = None
        self.result: apply.ImportResult | None = None
        self._imported_note = ""  # shown again once the plan is read after an import
        self.combos: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Import existing registers"))
        self.resize(1240, 680)
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "Bring in the registers the station kept before (Excel .xlsx or .csv): the "
            "counselling register, the visitor list or the activity register. Nothing is "
            "stored until you press Import; rows imported before are skipped."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("(recognise)"), _AUTO)
        for kind in columns.KINDS:
            self.kind.addItem(apply.label_of(kind, current_lang()), kind)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        top.addWidget(QLabel(self.tr("Register")))
        top.addWidget(self.path, 1)
        top.addWidget(self.choose_button)
        top.addWidget(QLabel(self.tr("Kind")))
        top.addWidget(self.kind)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.mapping_box = QGroupBox(self.tr("Columns"))
        self.mapping_form = QFormLayout()
        inner = QWidget()
        inner.setLayout(self.mapping_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        box_layout = QVBoxLayout(self.mapping_box)
        box_layout.addWidget(scroll)
        split.addWidget(self.mapping_box)
        self.model = ListTableModel([], highlight=lambda r: r.status == plan.ERROR,
                                    parent=self)
        self.view = table_view(self.model)
        self.view.setWordWrap(True)
        preview = QGroupBox(self.tr("Preview: every row as it will be stored"))
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.view)
        split.addWidget(preview)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 940])
        layout.addWidget(split, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.confirm)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    # ----------------------------------------------------------------------- choosing

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a register"), str(Path.home()),
            self.tr("Registers (*.xlsx *.csv)"))
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Read the file and show its preview (nothing is written); read on the worker."""
        self.error.clear_text()
        self.result = None

        def read(ledger: Ledger) -> None:
            self.ledger = ledger
            self.path.setText(str(path))
            self._map_columns()

        QueryOp(self, lambda: read_ledger(path)).success(read).failure(
            self.error.show_error).run(latest=f"import-read:{id(self)}")

    def _map_columns(self) -> None:
        """Which register it is (the user's choice, else guessed from the headers) and which
        column holds which field (remembered from earlier imports), on the worker."""
        if self.ledger is None:
            return
        session, headers, chosen = self.session, self.ledger.headers, self.kind.currentData()

        def resolve() -> tuple[str, dict[str, int]]:
            kind = str(chosen) if chosen else columns.guess_kind(headers)
            return kind, columns.resolve_mapping(session, kind, headers)

        def refused(exc: StationDeskError) -> None:
            self.error.show_error(exc)
            self._build_mapping(None)

        QueryOp(self, resolve).success(self._build_mapping).failure(refused).run(
            latest=f"import-map:{id(self)}")

    def _kind_changed(self) -> None:
        if self.ledger is not None:
            self.error.clear_text()
            self._map_columns()

    def _build_mapping(self, resolved: tuple[str, dict[str, int]] | None) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos = {}
        if resolved is None or self.ledger is None:
            self._show_plan(None)
            return
        kind, mapping = resolved
        for f in columns.fields(kind):
            combo = QComboBox()
            combo.addItem(self.tr("(not in this file)"), -1)
            for index, header in enumerate(self.ledger.headers):
                if header:
                    combo.addItem(header, index)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(f.code, -1))))
            combo.currentIndexChanged.connect(self.replan)
            self.combos[f.code] = combo
            name = f.label(current_lang()) + (" *" if f.required else "")
            self.mapping_form.addRow(name, combo)
        self.current_kind = kind
        self.replan()

    def set_column(self, field_code: str, header: str) -> None:
        """Choose the column for a field by its header ("" for none): what a click does."""
        combo = self.combos[field_code]
        combo.setCurrentIndex(max(0, combo.findText(header)) if header else 0)

    # ----------------------------------------------------------------------- the plan

    def overrides(self) -> dict[str, int]:
        return {code: int(combo.currentData()) for code, combo in self.combos.items()}

    def replan(self) -> None:
        if self.ledger is None or not self.combos:
            return
        self.error.clear_text()
        session, ledger, kind, chosen = self.session, self.ledger, self.current_kind, \
            self.overrides()

        def refused(exc: StationDeskError) -> None:
            self.error.show_error(exc)
            self._show_plan(None)

        QueryOp(self, lambda: plan.build_plan(session, ledger, kind, chosen)).success(
            self._show_plan).failure(refused).run(latest=f"import-plan:{id(self)}")

    def _show_plan(self, built: plan.Plan | None) -> None:
        self.plan = built
        if built is None:
            self.model.columns = []
            self.model.set_rows([])
            self.summary.clear()
            self.import_button.setEnabled(False)
            return
        lang = current_lang()
        status = {plan.NEW: self.tr("To import"), plan.DONE: self.tr("Imported before"),
                  plan.ERROR: self.tr("Cannot be imported")}
        # The reason beside the status, where it is read first; the values after it.
        cols: list[Any] = [
            (lambda: self.tr("Row"), lambda r: str(r.line)),
            (lambda: self.tr("Status"), lambda r: status[r.status]),
            (lambda: self.tr("Reason or note"), lambda r: self._notes(r, lang)),
        ]
        for f in columns.fields(built.kind):
            if f.code in built.mapping or (f.code == "file_no"
                                           and built.kind == columns.SESSIONS):
                cols.append(self._column(f, built, lang))
        self.model.columns = cols
        self.model.set_rows(built.rows)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(2, self.fontMetrics().height() * 17)  # ~16 Han characters
        self.view.resizeRowsToContents()
        counts = (built.count(plan.NEW), built.count(plan.DONE), built.count(plan.ERROR))
        self.summary.setText(arg(self.tr(
            "%1 rows: %2 to import, %3 imported before, %4 cannot be imported (the file is "
            "not changed; correct those rows in it and import it again)."),
            len(built.rows), *counts))
        self.import_button.setEnabled(counts[0] > 0)
        self.import_button.setText(arg(self.tr("Import %1 rows"), counts[0]))
        if self._imported_note:  # the plan read again after an import: say what it did
            self.summary.setText(self._imported_note)
            self._imported_note = ""

    def _column(self, f: columns.Field, built: plan.Plan, lang: str) -> Any:
        return (lambda: f.label(current_lang()),
                lambda r: "" if r.status == plan.ERROR else built.display(r, lang).get(
                    f.code, ""))

    @staticmethod
    def _notes(row: plan.PlannedRow, lang: str) -> str:
        sep = " " if lang == "en" else ""
        return sep.join(n.message(lang) for n in [*row.problems, *row.warnings])

    def confirm(self) -> None:
        """Store the rows shown as to be imported (one transaction), then show the file again:
        those rows now read as imported before."""
        if self.plan is None:
            return
        session, current = self.session, self.plan
        ChangeOp(self, lambda: apply.apply_plan(session, current),
                 Change.CLIENTS | Change.RECORDS | Change.ACTIVITIES).success(
            self._imported).failure(self.error.show_error).run()

    def _imported(self, done: apply.ImportResult) -> None:
        self.result = done
        self._imported_note = arg(self.tr(
            "Imported %1 rows (%2 new files). %3 rows could not be imported."),
            done.added, done.files_created, done.errors)
        self.summary.setText(self._imported_note)
        self.replan()  # the rows now read as imported before

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> apply.ImportResult | None:
        dialog = cls(session, parent)
        run_modal(dialog)
        return dialog.result

