"""Several codes of one vocabulary as check boxes laid out in columns, every option in sight:
no scroll box with half a row showing (the session form's issues and interventions, the
crisis checklist and actions). Same interface as `VocabChecks`: `codes()`, `set_codes()`,
and `changed` when a box is ticked.

At most `columns` columns, fewer when the form is narrow (English at 150 % text), never
fewer than `min_columns`: the grid asks for its widest box's width times `min_columns`, says
its height for a given width (`heightForWidth`), and places its boxes itself as its width
changes, so a form never has to scroll sideways for it. No QLayout inside: a layout would
answer the height-for-width question in its own place, without the columns."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QWidget

from station_desk.domain import vocab
from station_desk.ui.i18n import current_lang
from station_desk.ui.records.common import label

H_SPACING, V_SPACING = 16, 4


class CheckGrid(QWidget):
    changed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None, *, columns: int = 3,
                 min_columns: int = 1) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = columns
        self.min_columns = min(min_columns, columns)
        self.shown_columns = columns
        self.boxes: dict[str, QCheckBox] = {}
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        for entry in vocab.entries(kind):
            self._add(entry.code, entry.label(current_lang()))

    def _add(self, code: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setProperty("code", code)
        box.toggled.connect(lambda _on: self.changed.emit())
        self.boxes[code] = box
        self.updateGeometry()
        self._place(self.width())
        return box

    # -- size -------------------------------------------------------------------------------
    def _widest(self) -> int:
        return max((box.sizeHint().width() for box in self.boxes.values()), default=0)

    def _row_height(self) -> int:
        return max((box.sizeHint().height() for box in self.boxes.values()), default=0)

    def _columns_for(self, width: int) -> int:
        fits = (width + H_SPACING) // max(1, self._widest() + H_SPACING)
        return max(self.min_columns, min(self.columns, fits))

    def _height_for(self, columns: int) -> int:
        rows = -(-len(self.boxes) // columns) if self.boxes else 0
        return max(0, rows * (self._row_height() + V_SPACING) - V_SPACING)

    def _width_for(self, columns: int) -> int:
        return columns * (self._widest() + H_SPACING) - H_SPACING

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._height_for(self._columns_for(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._width_for(self.min_columns), self._height_for(self.shown_columns))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._width_for(self.columns), self._height_for(self.shown_columns))

    # -- placing ----------------------------------------------------------------------------
    def _place(self, width: int) -> None:
        """Down the columns first, as a printed checklist reads."""
        columns = self._columns_for(width)
        if columns != self.shown_columns:
            self.shown_columns = columns
            self.updateGeometry()  # a new height for this width
        if not self.boxes:
            return
        rows = -(-len(self.boxes) // columns)
        column_width = max(self._widest(), (width - (columns - 1) * H_SPACING) // columns)
        row_height = self._row_height()
        for position, box in enumerate(self.boxes.values()):
            row, column = position % rows, position // rows
            box.setGeometry(column * (column_width + H_SPACING), row * (row_height + V_SPACING),
                            column_width, row_height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._place(event.size().width())
        super().resizeEvent(event)

    # -- values -----------------------------------------------------------------------------
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = list(codes)
        for code in wanted:
            if code not in self.boxes:  # a retired code on an old record still shows
                self._add(code, label(self.kind, code))
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)
