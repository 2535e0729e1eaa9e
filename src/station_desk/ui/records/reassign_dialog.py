"""重新分配个案: the admin hands a departed (or disabled, or long absent) counsellor's files to
a colleague. The admin sees only what the directory shows, restricted files masked; nothing
clinical is opened, so no reason is asked; every file moved is its own audit entry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from station_desk.domain.records import files
from station_desk.domain.records.files import CaseloadEntry
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import messages
from station_desk.ui.i18n import arg
from station_desk.ui.operations import Change, QueryOp
from station_desk.ui.records.common import label, local_time, table_view
from station_desk.ui.records.dialogs import FormDialog
from station_desk.ui.records.list_model import ListTableModel


class ReassignDialog(FormDialog):
    changes = Change.CLIENTS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Reassign a counsellor's cases"), parent)
        self.resize(720, 560)
        intro = QLabel(self.tr("Hand the files of a counsellor who has left (or is away for "
                               "long) to a colleague. You do not open the files: only their "
                               "numbers and names are listed, restricted ones masked. Each "
                               "file moved is recorded in the audit trail."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.source = QComboBox()
        self.target = QComboBox()
        self.include_closed = QCheckBox(self.tr("Include closed and referred-out files"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. counsellor left the station on 2026-10-31"))
        self.model = ListTableModel([
            (lambda: self.tr("File number"), lambda c: c.file_no),
            (lambda: self.tr("Name"), lambda c: c.name or "—"),
            (lambda: self.tr("Status"), lambda c: label("file_statuses", c.status)),
            (lambda: self.tr("Opened"), lambda c: local_time(c.opened_at)[:10]),
        ], parent=self)
        self.view = table_view(self.model)
        self.view.setMinimumHeight(200)
        self.count = QLabel()
        self.form.addRow(self.tr("From"), self.source)
        self.form.addRow("", self.include_closed)
        self.form.addRow(self.tr("Files"), self.view)
        self.form.addRow("", self.count)
        self.form.addRow(self.tr("To"), self.target)
        self.form.addRow(self.tr("Note"), self.note)
        self.finish_layout({"counsellor": self.target, "reason": self.note})
        self.loads: list[files.CounsellorLoad] = []
        self.source.currentIndexChanged.connect(lambda _i: self.refresh())
        self.include_closed.toggled.connect(lambda _c: self.refresh())
        # the counsellors and their caseloads, read on the operations worker
        QueryOp(self, lambda: files.counsellor_loads(session)).success(self._loaded).run()

    def _loaded(self, loads: list[files.CounsellorLoad]) -> None:
        self.loads = loads
        with QSignalBlocker(self.source):
            for load in loads:
                state = self.tr(" (disabled)") if load.disabled else ""
                self.source.addItem(arg(self.tr("%1%2 — %3 open of %4 files"), load.name,
                                        state, load.open_files, load.all_files), load.id)
        self.refresh()

    def kept_ref(self) -> str:
        return "reassign"

    def refresh(self) -> None:
        """The chosen counsellor's files, read on the worker (the newest choice wins)."""
        session, source = self.session, self.source.currentData()
        closed = self.include_closed.isChecked()
        if source is None:
            self._show_caseload(source, [])
            return
        QueryOp(self, lambda: files.caseload(session, source, include_closed=closed)).success(
            lambda rows: self._show_caseload(source, rows)).run(latest=f"caseload:{id(self)}")

    def _show_caseload(self, source: int | None, rows: list[CaseloadEntry]) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n file(s) will move", "", len(rows)))
        current = self.target.currentData()
        self.target.clear()
        for load in self.loads:
            if not load.disabled and load.id != source:
                self.target.addItem(arg(self.tr("%1 — %2 open files"), load.name,
                                        load.open_files), load.id)
        self.target.setCurrentIndex(max(0, self.target.findData(current)))

    def submit(self) -> Callable[[], Any]:
        source, target = self.source.currentData(), self.target.currentData()
        include, note = self.include_closed.isChecked(), self.note.text()
        count = self.model.rowCount()

        def run() -> int:
            if source is None or target is None:
                raise StationDeskError("bad_counsellor")
            return files.reassign_caseload(self.session, source, target,
                                           include_closed=include, note=note)
        names = {load.id: load.name for load in self.loads}
        if source is not None and target is not None:
            question = arg(self.tr("Move %n file(s) from %1 to %2?", "", count), names[source],
                           names[target])
            if not messages.confirm(self, question):
                return lambda: None
        return run

    def accept(self) -> None:
        if not self.model.rowCount():
            self.errors.clear()
            self.error.show_text(self.tr("There are no files to move."))
            return
        super().accept()
