"""A read-only table model over a short list of dataclass rows (a file's records, today's
follow-ups, the year's activities): lists that are small by nature, read whole."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from station_desk.ui.item_roles import DISPLAY, FOREGROUND, TOOLTIP

Index = QModelIndex | QPersistentModelIndex
Column = tuple[Callable[[], str], Callable[[Any], str]]


class HeaderMixin(QAbstractTableModel):
    """Column headers from `self.columns`, translated when shown."""

    columns: list[Column]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if (role == DISPLAY and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section][0]()
        return None


class ListTableModel(HeaderMixin):
    def __init__(self, columns: Sequence[Column], rows: Sequence[Any] = (),
                 highlight: Callable[[Any], bool] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows = list(rows)
        self.highlight = highlight
        # each cell's text, made once: Qt asks for it many times (sizing each column to its
        # contents, painting, tooltips), and making it means labels, dates and time zones
        self._texts: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # the role first, as an int (ui/item_roles.py): most asked for are not answered
        if role == DISPLAY or role == TOOLTIP:
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                row = self.row_at(key[0])  # None for an invalid index (row -1) too
                if row is None:
                    return None
                text = self._texts[key] = self.columns[key[1]][1](row)
            return text
        if role == FOREGROUND and self.highlight is not None:
            row = self.row_at(index.row())
            if row is not None and self.highlight(row):
                return QBrush(QColor("#b3261e"))
        return None

    def row_at(self, position: int) -> Any | None:
        return self.rows[position] if 0 <= position < len(self.rows) else None
