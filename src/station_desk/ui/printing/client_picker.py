"""The Print page's client picker: type part of a name or a file number, pick the file.

The list holds only files whose clinical documents this user may print (the domain's
`search.printable_file_ids`); the search runs off the UI thread on every keystroke, and a
newer keystroke supersedes an older search. The first entry, "The file you saw last", leaves
the choice to the reports service (the most recently seen file this user may print).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from station_desk.domain.records import files, search
from station_desk.domain.records.files import DirectoryEntry
from station_desk.domain.session import Session
from station_desk.ui.operations import QueryOp


def entry_text(entry: DirectoryEntry) -> str:
    return f"{entry.file_no}  {entry.name}"


class ClientPicker(QWidget):
    """`file_no()` is the chosen file's number, or None for the file seen last."""

    picked = Signal()  # the list was filled after a search

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name or file number"))
        self.search.setClearButtonEnabled(True)
        self.choice = QComboBox(self)
        self.choice.setMinimumContentsLength(18)
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.choice, 2)
        self.search.textChanged.connect(self.find)
        self._fill([], "")
        self.find("")

    def find(self, text: str) -> None:
        session = self.session

        def rows() -> list[DirectoryEntry]:
            return files.directory_rows(session, search.printable_file_ids(session, text))

        QueryOp(self, rows).success(lambda found: self._fill(found, text)).run(
            latest=f"print-client-picker-{id(self)}")

    def _fill(self, found: list[DirectoryEntry], text: str) -> None:
        self.choice.clear()
        self.choice.addItem(self.tr("The file you saw last"), "")
        for entry in found:
            self.choice.addItem(entry_text(entry), entry.file_no)
        # a search picks its best match; an empty box leaves the file seen last
        self.choice.setCurrentIndex(1 if text.strip() and found else 0)
        self.picked.emit()

    def file_no(self) -> str | None:
        return str(self.choice.currentData() or "") or None
