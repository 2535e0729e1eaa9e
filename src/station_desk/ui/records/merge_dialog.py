"""合并重复档案 (admin): two files found to be one worker's become one. The admin types the two
file numbers; each shows its directory details (nothing clinical) so the two can be compared
before confirming. The domain moves everything (domain/importing/merge.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from station_desk.domain.importing import merge
from station_desk.domain.records import files
from station_desk.domain.session import Session
from station_desk.ui import messages
from station_desk.ui.i18n import arg
from station_desk.ui.operations import Change, QueryOp
from station_desk.ui.records.dialogs import FormDialog


class MergeFilesDialog(FormDialog):
    changes = Change.CLIENTS | Change.RECORDS

    def __init__(self, session: Session, keep_no: str = "", from_no: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Merge two files of one worker"), parent)
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Everything the second file holds (session records, assessments, follow-ups, "
            "crises, referrals, appointments, consents) moves to the file kept. The second "
            "file is closed and points to the kept one; signed records stay as signed. "
            "Recorded in the audit trail."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.keep = QLineEdit(keep_no)
        self.source = QLineEdit(from_no)
        for edit in (self.keep, self.source):
            edit.setPlaceholderText(self.tr("File number, e.g. XL-2026-000012"))
        self.keep_details, self.source_details = QLabel(), QLabel()
        self.form.addRow(self.tr("File kept"), self.keep)
        self.form.addRow("", self.keep_details)
        self.form.addRow(self.tr("File merged into it"), self.source)
        self.form.addRow("", self.source_details)
        self.keep.textChanged.connect(lambda: self._describe(self.keep, self.keep_details))
        self.source.textChanged.connect(
            lambda: self._describe(self.source, self.source_details))
        self._describe(self.keep, self.keep_details)
        self._describe(self.source, self.source_details)
        self.finish_layout({})

    def _describe(self, edit: QLineEdit, target: QLabel) -> None:
        """The file's directory details beside its number, read on the worker as the number
        is typed (the newest number wins); a number that names no file says so."""
        text = edit.text().strip()
        if not text:
            target.setText("")
            return
        session = self.session

        def show(found: files.DirectoryEntry | None) -> None:
            if found is None:
                target.setText(self.tr("(no such file)"))
                return
            target.setText(f"{found.name}  {found.phone}  {found.employer}".strip())

        QueryOp(self, lambda: files.find_by_number(session, text)).success(show).failure(
            lambda _refused: target.setText(self.tr("(no such file)"))).run(
            latest=f"merge-describe:{id(target)}")

    def submit(self) -> Callable[[], Any]:
        keep, source = self.keep.text().strip(), self.source.text().strip()

        def run() -> merge.MergeResult:
            return merge.merge_files(self.session, keep, source)
        if keep and source and not messages.confirm(self, arg(self.tr(
                "Merge file %1 into file %2? This cannot be undone."), source, keep)):
            return lambda: None
        return run
