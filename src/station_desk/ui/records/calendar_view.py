"""The appointments calendar on screen: the blocks of `CalendarModel`, side by side where
they overlap, and moving a booking by dragging it to another slot or day.

The view decides nothing about a move: it says which booking was dropped where
(`moveRequested`), and the page asks the domain, which refuses a past time, a taken
counsellor or room, and audits the move. The keyboard's way to the same move is the page's
Move… action on the chosen booking; Space chooses the next booking of a shared slot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from station_desk.domain.records import appointments
from station_desk.domain.records.appointments import Appointment
from station_desk.ui import theme
from station_desk.ui.records.appointment_grid import (
    COLOURS,
    SLOT_MINUTES,
    Block,
    CalendarModel,
    Index,
    status_text,
)

# The edge of each block, a shade darker than its fill, by attendance.
EDGES = {appointments.BOOKED: "#3d6fb0", appointments.ATTENDED: "#3f8a4f",
         appointments.NO_SHOW: "#b3261e", appointments.LATE_CANCEL: "#b07a1e",
         appointments.CANCELLED: "#8a8a8a"}
LINES_PER_SLOT = 2  # a half hour shows two lines: a 30-minute booking its time and name
GAP = 2  # pixels between blocks side by side
SCROLL_EDGE = 24  # dragging this near the top or bottom scrolls


def block_lines(item: Appointment, metrics: QFontMetrics, width: int) -> list[str]:
    """What a block says, a line each, elided to its width (the tooltip has it all): its
    time (the start only, where the range does not fit a narrow lane), the worker, the
    counsellor, and an attendance mark."""
    time = item.time_range if metrics.horizontalAdvance(item.time_range) <= width \
        else item.starts_at[11:16]
    lines = [time, item.client_name]
    if item.counsellor_name:
        lines.append(item.counsellor_name)
    if item.status != appointments.BOOKED:
        lines.append(status_text(item.status))
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def draw_lines(painter: QPainter, rect: QRect, lines: list[str]) -> None:
    """As many whole lines as the rectangle holds, from its top."""
    metrics = painter.fontMetrics()
    y = rect.top()
    for line in lines:
        if y + metrics.height() > rect.bottom() + 1 and y > rect.top():
            break
        painter.drawText(QRect(rect.left(), y, rect.width(), metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
        y += metrics.lineSpacing()


def shifted(item: Appointment, starts_at: str) -> str:
    """The end of `item` if it started at `starts_at` instead: the same length."""
    length = dt.datetime.fromisoformat(item.ends_at) - dt.datetime.fromisoformat(item.starts_at)
    return (dt.datetime.fromisoformat(starts_at) + length).strftime("%Y-%m-%dT%H:%M")


class CalendarDelegate(QStyledItemDelegate):
    """Paints a slot: its hour line, and its share of each block passing through it. Each
    cell draws the whole block clipped to itself, so a block reads as one piece."""

    def __init__(self, view: CalendarView) -> None:
        super().__init__(view)
        self.view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,  # type: ignore[override]
              index: Index) -> None:
        view, model = self.view, self.view.calendar
        cell: QRect = option.rect  # type: ignore[attr-defined]
        painter.save()
        painter.setClipRect(cell)
        painter.fillRect(cell, option.palette.base())  # type: ignore[attr-defined]
        full_hour = (model.start_minute + index.row() * SLOT_MINUTES) % 60 == 0
        painter.setPen(QPen(theme.colour("border_strong" if full_hour else "border"), 1,
                            Qt.PenStyle.SolidLine if full_hour else Qt.PenStyle.DotLine))
        painter.drawLine(cell.topLeft(), cell.topRight())
        painter.setPen(theme.colour("border"))
        painter.drawLine(cell.topRight(), cell.bottomRight())
        for block in model.blocks_at(index):
            self._paint_block(painter, view.block_rect(block), block,
                              block.item.id == view.chosen)
        preview = view.drop_preview
        if preview is not None and preview[0] == index.column() \
                and preview[1] <= index.row() <= preview[2]:
            painter.setPen(QPen(theme.colour("accent"), 2, Qt.PenStyle.DashLine))
            target = view.span_rect(*preview).adjusted(1, 1, -2, -2)
            painter.drawRect(target)
            painter.setPen(theme.colour("accent"))
            draw_lines(painter, target.adjusted(6, 2, -3, -2), [view.drop_label])
        if index == view.currentIndex() and view.hasFocus():
            painter.setPen(QPen(theme.colour("accent"), 1, Qt.PenStyle.DotLine))
            painter.drawRect(cell.adjusted(1, 1, -2, -2))
        painter.restore()

    def _paint_block(self, painter: QPainter, rect: QRect, block: Block, chosen: bool) -> None:
        status = block.item.status
        painter.fillRect(rect, QColor(COLOURS.get(status, COLOURS[appointments.BOOKED])))
        edge = QColor(EDGES.get(status, EDGES[appointments.BOOKED]))
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), edge)
        painter.setPen(theme.colour("text"))
        inner = rect.adjusted(6, 2, -3, -2)
        draw_lines(painter, inner, block_lines(block.item, painter.fontMetrics(),
                                               inner.width()))
        if chosen:
            painter.setPen(QPen(theme.colour("accent"), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))


class CalendarView(QTableView):
    """`bookingChosen(id)` when a booking is clicked (or chosen with Space);
    `moveRequested(id, "YYYY-MM-DDTHH:MM")` when one is dropped on another slot."""

    bookingChosen = Signal(int)  # noqa: N815 - Qt signal naming
    moveRequested = Signal(int, str)  # noqa: N815

    def __init__(self, model: CalendarModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = model
        self.setModel(model)
        self.chosen: int | None = None
        # which bookings may be dragged (the page says: the right to book, still booked)
        self.movable: Callable[[Appointment], bool] = lambda _a: False
        self.drop_preview: tuple[int, int, int] | None = None  # column, first and last row
        self.drop_label = ""  # the time it would get there
        self._press: tuple[Block, int, QPoint] | None = None  # block, row grabbed, where
        self._dragging = False
        self.setItemDelegate(CalendarDelegate(self))
        self.setShowGrid(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_rows()

    # -- geometry ----------------------------------------------------------------------------
    def _fit_rows(self) -> None:
        """Two lines of text to a half hour, at any text size."""
        height = self.fontMetrics().lineSpacing() * LINES_PER_SLOT + 6
        self.verticalHeader().setMinimumSectionSize(height)
        self.verticalHeader().setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()

    def span_rect(self, column: int, top: int, bottom: int) -> QRect:
        """The rows `top` to `bottom` of a day's column, in viewport coordinates."""
        first = self.visualRect(self.calendar.index(top, column))
        last = self.visualRect(self.calendar.index(bottom, column))
        return QRect(first.left(), first.top(), first.width(), last.bottom() - first.top() + 1)

    def block_rect(self, block: Block) -> QRect:
        """The block's lane of its rows: the column shared out among the lanes."""
        whole = self.span_rect(block.column, block.top, block.bottom)
        width = whole.width() - GAP
        left = whole.left() + GAP + width * block.lane // block.lanes
        right = whole.left() + width * (block.lane + 1) // block.lanes
        return QRect(left, whole.top() + 1, max(1, right - left), whole.height() - 2)

    def block_at(self, pos: QPoint) -> Block | None:
        """The booking drawn at `pos` (viewport coordinates), if any."""
        for block in self.calendar.blocks_at(self.indexAt(pos)):
            rect = self.block_rect(block)
            if rect.left() - GAP <= pos.x() <= rect.right() + GAP:
                return block
        return None

    # -- choosing ----------------------------------------------------------------------------
    def set_chosen(self, appointment_id: int | None) -> None:
        if appointment_id != self.chosen:
            self.chosen = appointment_id
            self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self._dragging:
            self._end_drag()
            return
        if event.key() == Qt.Key.Key_Space:  # the next of the bookings sharing this slot
            found = [a.id for a in self.calendar.bookings_at(self.currentIndex())]
            if found:
                at = found.index(self.chosen) + 1 if self.chosen in found else 0
                self.bookingChosen.emit(found[at % len(found)])
                return
        super().keyPressEvent(event)

    # -- dragging ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position().toPoint()
        block = self.block_at(pos)
        super().mousePressEvent(event)
        self._press = None
        if block is None:
            return
        self.bookingChosen.emit(block.item.id)
        if event.button() == Qt.MouseButton.LeftButton and self.movable(block.item):
            self._press = (block, self.indexAt(pos).row(), pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        pos = event.position().toPoint()
        block, grabbed, start = self._press
        if not self._dragging and (pos - start).manhattanLength() \
                < QApplication.startDragDistance():
            return
        self._dragging = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        bar = self.verticalScrollBar()
        if pos.y() < SCROLL_EDGE:
            bar.setValue(bar.value() - bar.singleStep())
        elif pos.y() > self.viewport().height() - SCROLL_EDGE:
            bar.setValue(bar.value() + bar.singleStep())
        target = self._target(block, grabbed, pos)
        if target != self.drop_preview:
            self.drop_preview = target
            if target is not None:
                start = self.calendar.start_at(block, target[1], target[0])
                self.drop_label = f"{start[11:16]}–{shifted(block.item, start)[11:16]}"
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if not self._dragging:
            self._press = None
            super().mouseReleaseEvent(event)
            return
        assert self._press is not None
        block, grabbed, _start = self._press
        target = self._target(block, grabbed, event.position().toPoint())
        self._end_drag()
        if target is not None and (target[0], target[1]) != (block.column, block.top):
            self.moveRequested.emit(block.item.id,
                                    self.calendar.start_at(block, target[1], target[0]))

    def _target(self, block: Block, grabbed: int, pos: QPoint) -> tuple[int, int, int] | None:
        """Where the block would go: the slot under the pointer, less the rows above the one
        it was picked up by; None outside the days."""
        x = min(max(pos.x(), 0), self.viewport().width() - 1)
        y = min(max(pos.y(), 0), self.viewport().height() - 1)
        index = self.indexAt(QPoint(x, y))
        if not index.isValid():
            return None
        length = block.bottom - block.top
        top = min(max(0, index.row() - (grabbed - block.top)),
                  self.calendar.rowCount() - 1 - length)
        return index.column(), max(0, top), max(0, top) + length

    def _end_drag(self) -> None:
        self._dragging = False
        self._press = None
        self.drop_preview = None
        self.unsetCursor()
        self.viewport().update()
