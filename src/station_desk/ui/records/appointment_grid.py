"""The appointments as a calendar: a column per day (one, or Monday to Sunday), a row per half
hour, each booking drawn over the half hours it takes, coloured by its attendance.

A model over the day's or week's bookings (read whole: a week of a station is a few dozen), in
a table view (calendar_view.py) so selection, keyboard and accessibility come for free. Each
booking is a block over the half hours it takes. Bookings that overlap (two counsellors at
once) stand side by side in the day's column, as professional calendars lay them out: each
group of bookings that overlap one another shares the column out into lanes, a booking
takes the first lane free when it starts, and every booking of the group is as wide as the
group's number of lanes allows, so none hides another. The cell's text (for screen readers
and tests) names the bookings in it; the view paints the blocks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from station_desk.domain.records import appointments
from station_desk.domain.records.appointments import Appointment
from station_desk.ui.i18n import current_lang
from station_desk.ui.item_roles import BACKGROUND, DISPLAY, TOOLTIP, USER
from station_desk.ui.records.appointment_dialog import weekday
from station_desk.ui.records.common import label

Index = QModelIndex | QPersistentModelIndex
SLOT_MINUTES = 30
FIRST_HOUR, LAST_HOUR = 8, 20  # the usual opening hours; earlier or later bookings widen it
ITEMS_ROLE = USER + 1
ANSWERED = frozenset({DISPLAY, TOOLTIP, BACKGROUND, ITEMS_ROLE})  # ui/item_roles.py
COLOURS = {appointments.BOOKED: "#dbe8f7", appointments.ATTENDED: "#d7eedb",
           appointments.NO_SHOW: "#f6d6d3", appointments.LATE_CANCEL: "#f7e6c8",
           appointments.CANCELLED: "#e6e6e6"}


def status_text(status: str) -> str:
    return appointments.status_word(status, current_lang())


def _minutes(stamp: str) -> int:
    return int(stamp[11:13]) * 60 + int(stamp[14:16])


@dataclass(frozen=True)
class Block:
    """Where a booking is drawn: its day's column, its first and last slot (rows), and its
    lane among the `lanes` that the bookings overlapping it share."""

    item: Appointment
    column: int
    top: int
    bottom: int
    lane: int = 0
    lanes: int = 1


def lay_out(blocks: Sequence[Block]) -> list[Block]:
    """Lanes for one day's blocks: a group of blocks that overlap, directly or through one
    another, shares the column; each block takes the first lane that is free at its top."""
    placed: list[Block] = []
    group: list[Block] = []
    lane_ends: list[int] = []  # the last row taken in each lane of the group
    group_end = -1

    def close_group() -> None:
        placed.extend(Block(b.item, b.column, b.top, b.bottom, b.lane, len(lane_ends))
                      for b in group)

    for block in sorted(blocks, key=lambda b: (b.top, -(b.bottom - b.top), b.item.id)):
        if block.top > group_end and group:
            close_group()
            group, lane_ends = [], []
        lane = next((n for n, end in enumerate(lane_ends) if end < block.top), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(block.bottom)
        else:
            lane_ends[lane] = block.bottom
        group.append(Block(block.item, block.column, block.top, block.bottom, lane))
        group_end = max(group_end, block.bottom)
    if group:
        close_group()
    return placed


class CalendarModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first = dt.date.today()
        self.days = 1
        self.start_minute = FIRST_HOUR * 60
        self.slots = (LAST_HOUR - FIRST_HOUR) * 60 // SLOT_MINUTES
        self.items: list[Appointment] = []
        self.cells: dict[tuple[int, int], list[Appointment]] = {}
        self.blocks: dict[int, Block] = {}  # by appointment id

    def set_bookings(self, first: dt.date, days: int, items: Sequence[Appointment]) -> None:
        self.beginResetModel()
        self.first, self.days, self.items = first, days, list(items)
        start = min([FIRST_HOUR * 60, *(_minutes(a.starts_at) for a in items)])
        end = max([LAST_HOUR * 60, *(_minutes(a.ends_at) if a.ends_at[:10] == a.day
                                     else 24 * 60 for a in items)])
        self.start_minute = start // SLOT_MINUTES * SLOT_MINUTES
        self.slots = -(-(end - self.start_minute) // SLOT_MINUTES)
        self.cells, self.blocks = {}, {}
        by_day: dict[int, list[Block]] = {}
        for item in self.items:
            column = (dt.date.fromisoformat(item.day) - first).days
            if not 0 <= column < days:
                continue
            top = (_minutes(item.starts_at) - self.start_minute) // SLOT_MINUTES
            last = _minutes(item.ends_at) if item.ends_at[:10] == item.day else 24 * 60
            bottom = min(max(top, (last - 1 - self.start_minute) // SLOT_MINUTES),
                         self.slots - 1)
            by_day.setdefault(column, []).append(Block(item, column, top, bottom))
        for day_blocks in by_day.values():
            for block in lay_out(day_blocks):
                self.blocks[block.item.id] = block
        for block in sorted(self.blocks.values(), key=lambda b: b.lane):
            for row in range(block.top, block.bottom + 1):
                self.cells.setdefault((row, block.column), []).append(block.item)
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
                   role: int = DISPLAY) -> Any:
        if role != DISPLAY:
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

    def blocks_at(self, index: Index) -> list[Block]:
        return [self.blocks[a.id] for a in self.bookings_at(index)]

    def first_slot(self, appointment_id: int) -> tuple[int, int] | None:
        """Where a booking begins in the grid (row, column), if it is in view."""
        block = self.blocks.get(appointment_id)
        return (block.top, block.column) if block is not None else None

    def start_at(self, block: Block, row: int, column: int) -> str:
        """The new start of `block` if its first slot went to (row, column): the same minutes
        past the slot as now, so a move to another day keeps the time exactly."""
        past = _minutes(block.item.starts_at) - self.start_minute - block.top * SLOT_MINUTES
        minute = self.start_minute + row * SLOT_MINUTES + max(0, past)
        day = self.day_of(column)
        return f"{day.isoformat()}T{minute // 60:02d}:{minute % 60:02d}"

    def _starts_here(self, item: Appointment, row: int) -> bool:
        start = max(_minutes(item.starts_at), self.start_minute)
        return (start - self.start_minute) // SLOT_MINUTES == row

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED:
            return None
        items = self.bookings_at(index)
        if not items:
            return None
        if role == DISPLAY:
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
        if role == TOOLTIP:
            return "\n".join(
                f"{item.time_range} {item.client_name} ({item.file_no})"
                f" {item.counsellor_name} {label('rooms', item.room)}"
                f" {status_text(item.status)}" for item in items)
        if role == BACKGROUND:
            return QBrush(QColor(COLOURS.get(items[0].status, "#dbe8f7")))
        if role == ITEMS_ROLE:
            return [item.id for item in items]
        return None
