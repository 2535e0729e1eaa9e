"""Several codes of one vocabulary as check boxes laid out in columns, every option in sight:
no scroll box with half a row showing (the session form's issues and interventions, the
crisis checklist and actions). Same interface as `VocabChecks`: `codes()`, `set_codes()`,
and `changed` when a box is ticked."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from station_desk.domain import vocab
from station_desk.ui.i18n import current_lang
from station_desk.ui.records.common import label


class CheckGrid(QWidget):
    changed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None, *, columns: int = 3) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.boxes: dict[str, QCheckBox] = {}
        for entry in vocab.entries(kind):
            self._add(entry.code, entry.label(current_lang()))

    def _add(self, code: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setProperty("code", code)
        box.toggled.connect(lambda _on: self.changed.emit())
        position = len(self.boxes)
        rows = -(-max(1, len(vocab.entries(self.kind))) // self.columns)
        # down the columns first, as a printed checklist reads
        self.grid.addWidget(box, position % rows, position // rows)
        self.boxes[code] = box
        return box

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = list(codes)
        for code in wanted:
            if code not in self.boxes:  # a retired code on an old record still shows
                self._add(code, label(self.kind, code))
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)
