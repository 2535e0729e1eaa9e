"""The appointments as a calendar: a column per day (one, or Monday to Sunday), a row per half
hour, each booking drawn over the half hours it takes, coloured by its attendance.

A model over the day's or week's bookings (read whole: a week of a station is a few dozen), in
a `QTableView` so selection, keyboard and accessibility come for free. A booking is shown in
its first slot by time, name and counsellor, and in the slots it goes on into by a thin
continuation line; two bookings in one slot (two counsellors at once) share the cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from station_desk.domain.records import appointments
from station_desk.domain.records.appointments import Appointment
from station_desk.ui.i18n import current_lang
from station_desk.ui.records.appointment_dialog import weekday
from station_desk.ui.records.common import label

Index = QModelIndex | QPersistentModelIndex
SLOT_MINUTES = 30
FIRST_HOUR, LAST_HOUR = 8, 20  # the usual opening hours; earlier or later bookings widen it
ITEMS_ROLE = Qt.ItemDataRole.UserRole + 1
COLOURS = {appointments.BOOKED: "#dbe8f7", appointments.ATTENDED: "#d7eedb",
           appointments.NO_SHOW: "#f6d6d3", appointments.LATE_CANCEL: "#f7e6c8",
           appointments.CANCELLED: "#e6e6e6"}


def status_text(status: str) -> str:
    return appointments.status_word(status, current_lang())


def _minutes(stamp: str) -> int:
    return int(stamp[11:13]) * 60 + int(stamp[14:16])


class CalendarModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first = dt.date.today()
        self.days = 1
        self.start_minute = FIRST_HOUR * 60
        self.slots = (LAST_HOUR - FIRST_HOUR) * 60 // SLOT_MINUTES
        self.items: list[Appointment] = []
        self.cells: dict[tuple[int, int], list[Appointment]] = {}

    def set_bookings(self, first: dt.date, days: int, items: Sequence[Appointment]) -> None:
        self.beginResetModel()
        self.first, self.days, self.items = first, days, list(items)
        start = min([FIRST_HOUR * 60, *(_minutes(a.starts_at) for a in items)])
        end = max([LAST_HOUR * 60, *(_minutes(a.ends_at) if a.ends_at[:10] == a.day
                                     else 24 * 60 for a in items)])
        self.start_minute = start // SLOT_MINUTES * SLOT_MINUTES
        self.slots = -(-(end - self.start_minute) // SLOT_MINUTES)
        self.cells = {}
        for item in self.items:
            column = (dt.date.fromisoformat(item.day) - first).days
            if not 0 <= column < days:
                continue
            top = (_minutes(item.starts_at) - self.start_minute) // SLOT_MINUTES
            last = _minutes(item.ends_at) if item.ends_at[:10] == item.day else 24 * 60
            bottom = max(top, (last - 1 - self.start_minute) // SLOT_MINUTES)
            for row in range(top, min(bottom, self.slots - 1) + 1):
                self.cells.setdefault((row, column), []).append(item)
        self.endResetModel()

    # -- the model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.slots

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.days

    def slot_time(self, row: int) -> str:
        minute = self.start_minute + row * SLOT_MINUTES
        return f"{minute // 60:02d}:{minute % 60:02d}"

    def day_of(self, column: int) -> dt.date:
        return self.first + dt.timedelta(days=column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.days:
            day = self.day_of(section).isoformat()
            return f"{day[5:]} {weekday(day)}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.slots:
            return self.slot_time(section)
        return None

    def bookings_at(self, index: Index) -> list[Appointment]:
        return list(self.cells.get((index.row(), index.column()), [])) if index.isValid() \
            else []

    def first_slot(self, appointment_id: int) -> tuple[int, int] | None:
        """Where a booking begins in the grid (row, column), if it is in view."""
        places = [place for place, items in self.cells.items()
                  if any(a.id == appointment_id for a in items)]
        return min(places, key=lambda p: (p[1], p[0])) if places else None

    def _starts_here(self, item: Appointment, row: int) -> bool:
        start = max(_minutes(item.starts_at), self.start_minute)
        return (start - self.start_minute) // SLOT_MINUTES == row

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        items = self.bookings_at(index)
        if not items:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            lines = []
            for item in items:
                if self._starts_here(item, index.row()):
                    who = f" · {item.counsellor_name}" if item.counsellor_name else ""
                    mark = "" if item.status == appointments.BOOKED \
                        else f" [{status_text(item.status)}]"
                    lines.append(f"{item.starts_at[11:16]} {item.client_name}{who}{mark}")
                else:
                    lines.append(f"┆ {item.client_name}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                f"{item.time_range} {item.client_name} ({item.file_no})"
                f" {item.counsellor_name} {label('rooms', item.room)}"
                f" {status_text(item.status)}" for item in items)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS.get(items[0].status, "#dbe8f7")))
        if role == ITEMS_ROLE:
            return [item.id for item in items]
        return None


def calendar_view(model: CalendarModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view
