"""Importing a station-licensed instrument (SCL-90, SDS, SAS and the like).

The file is checked by the same strict loader that reads the shipped instruments before
anything is copied; the dialog shows what it would add (items, bands, alert rules, source,
licence) so the counsellor can compare it with the licensed paper version first.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import assessments
from station_desk.domain.instruments import Instrument
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.assess.common import lang
from station_desk.ui.i18n import arg
from station_desk.ui.modal import dispose, run_modal
from station_desk.ui.operations import Change, ChangeOp, QueryOp
from station_desk.ui.widgets import ErrorLabel


def choose_file(parent: QWidget | None, title: str, filter_text: str) -> str:
    """The system file chooser; tests replace this function."""
    path, _selected = QFileDialog.getOpenFileName(parent, title, "", filter_text)
    return path


class ImportDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview: Instrument | None = None
        self.imported: Instrument | None = None
        self.setWindowTitle(self.tr("Import a licensed instrument"))
        self.resize(640, 520)
        note = QLabel(self.tr("Only import instruments the station holds a licence for. The "
                              "file is checked in full before it is added; every PC using "
                              "this vault will then offer it."))
        note.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.browse_button = QPushButton(self.tr("Choose file…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.error = ErrorLabel()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def browse(self) -> None:
        path = choose_file(self, self.tr("Instrument file"),
                           self.tr("Instrument files (*.json)"))
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        self.path.setText(path)
        self.preview = None
        self.details.clear()
        self.error.clear_text()
        self.import_button.setEnabled(False)
        QueryOp(self, lambda: assessments.preview_import(path)).success(self._previewed).failure(
            self.error.show_error).run(latest=f"instrument-preview:{id(self)}")

    def _previewed(self, preview: Instrument) -> None:
        self.preview = preview
        self.details.setPlainText(self.describe(preview))
        self.import_button.setEnabled(True)

    def describe(self, inst: Instrument) -> str:
        m = inst.multiplier
        lines = [
            f"{inst.name(lang())}",
            arg(self.tr("Id %1, version %2, %3 items, scores %4–%5"), inst.id, inst.version,
                len(inst.items), inst.min_total * m, inst.max_total * m),
            "",
            self.tr("Bands:"),
        ]
        lines += [f"  {b.min}–{b.max}  {b.label(lang())}"
                  for b in sorted(inst.bands, key=lambda b: b.min)]
        lines += ["", self.tr("Alert rules:")]
        lines += [f"  {a.label(lang())}" for a in inst.alerts] or [self.tr("  none")]
        lines += ["", self.tr("Source:"), f"  {inst.source_original}",
                  f"  {inst.source_chinese}", "", self.tr("Licence:"),
                  f"  {inst.licence_zh if lang() == 'zh' else inst.licence_en}"]
        return "\n".join(lines)

    def do_import(self) -> None:
        if self.preview is None:
            return
        session, path = self.session, self.path.text()
        ChangeOp(self, lambda: assessments.import_licensed(session, path),
                 Change.ASSESSMENTS).success(self._imported).failure(self._refused).run()

    def _imported(self, imported: Instrument) -> None:
        self.imported = imported
        self.accept()

    def _refused(self, exc: StationDeskError) -> None:
        self.error.show_error(exc)
        self.import_button.setEnabled(False)

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> Instrument | None:
        dialog = cls(session, parent)
        run_modal(dialog)
        imported = dialog.imported
        dispose(dialog)
        return imported
