"""预约: the day or week of appointments, as a calendar grid and as a list; booking, moving and
cancelling them, and marking who came (出席 / 未到 / 临时取消).

Reception books for everyone; a counsellor sees their own by default and may look at the
whole station's. The dashboards' "today's appointments" read the same bookings.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QSignalBlocker, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import appointments, files
from station_desk.domain.records.appointments import Appointment
from station_desk.domain.records.common import today
from station_desk.domain.roles import Permission, Role
from station_desk.domain.session import Session
from station_desk.ui import messages
from station_desk.ui.i18n import arg
from station_desk.ui.operations import Change, ChangeOp, QueryOp, refresh_on
from station_desk.ui.records import dialogs
from station_desk.ui.records.appointment_dialog import (
    AppointmentDialog,
    occupied_question,
    weekday,
)
from station_desk.ui.records.appointment_grid import CalendarModel, status_text
from station_desk.ui.records.calendar_view import CalendarView, shifted
from station_desk.ui.records.common import (
    date_edit,
    from_qdate,
    label,
    read_into,
    size_as_heading,
    table_view,
    to_qdate,
)
from station_desk.ui.records.file_window import open_file_window
from station_desk.ui.records.leftovers import offer_leftovers
from station_desk.ui.records.list_model import ListTableModel


class AppointmentsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_window: QDialog | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.previous = QPushButton("◀")
        self.previous.setToolTip(self.tr("Earlier"))
        self.previous.clicked.connect(lambda: self.step(-1))
        self.day = date_edit(self, today(session))
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.following = QPushButton("▶")
        self.following.setToolTip(self.tr("Later"))
        self.following.clicked.connect(lambda: self.step(1))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(self.go_today)
        self.span = QComboBox()
        self.span.addItem(self.tr("Day"), appointments.DAY)
        self.span.addItem(self.tr("Week"), appointments.WEEK)
        self.span.currentIndexChanged.connect(lambda _i: self.refresh())
        self.who = QComboBox()
        self.who.addItem(self.tr("All counsellors"), None)
        # A counsellor sees their own bookings by default, also before the list of
        # counsellors has been read on the worker.
        self._own: int | None = session.user.id if session.user.role is Role.COUNSELLOR \
            else None
        self._counsellors_in = False
        QueryOp(self, lambda: files.counsellors(session)).success(self._fill_counsellors).run()
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        for widget in (self.previous, self.day, self.following, self.today_button, self.span,
                       self.who):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.heading = QLabel()
        size_as_heading(self.heading)  # follows the text size
        layout.addWidget(self.heading)
        self.model = ListTableModel([
            (lambda: self.tr("Date"), lambda a: f"{a.day} {weekday(a.day)}"),
            (lambda: self.tr("Time"), lambda a: a.time_range),
            (lambda: self.tr("File number"), lambda a: a.file_no),
            (lambda: self.tr("Name"), lambda a: a.client_name),
            (lambda: self.tr("Counsellor"), lambda a: a.counsellor_name or "—"),
            (lambda: self.tr("Room"), lambda a: label("rooms", a.room) or "—"),
            (lambda: self.tr("Attendance"), lambda a: status_text(a.status)),
        ], parent=self)
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(self.open_index)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._chosen_in_list())
        self.chosen: int | None = None  # one selected booking for both views
        self.calendar = CalendarModel(self)
        self.grid = CalendarView(self.calendar)
        self.grid.setAccessibleName(self.tr("Appointments calendar"))
        self.grid.setToolTip(self.tr("Drag a booking to another time or day to move it. "
                                     "Space chooses the next booking of a shared slot."))
        self.grid.doubleClicked.connect(self.open_index)
        self.grid.selectionModel().selectionChanged.connect(lambda *_a: self._chosen_in_grid())
        self.grid.bookingChosen.connect(self._choose)
        can_move = session.can(Permission.BOOK_APPOINTMENT)
        self.grid.movable = lambda a: can_move and a.status == appointments.BOOKED
        self.grid.moveRequested.connect(self.move_to)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.grid, self.tr("Calendar"))
        self.tabs.addTab(self.view, self.tr("List"))
        layout.addWidget(self.tabs, 1)
        refresh_on(self, Change.APPOINTMENTS | Change.CLIENTS, self.refresh)

        actions = QHBoxLayout()
        self.summary = QLabel()
        self.book_button = QPushButton(self.tr("Book…"))
        self.book_button.clicked.connect(lambda: self.book())
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.clicked.connect(self.move)
        self.cancel_button = QPushButton(self.tr("Cancel appointment…"))
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("Open file"))
        self.open_button.clicked.connect(self._open_selected)
        self.attended_button = QPushButton(self.tr("Attended"))
        self.attended_button.setToolTip(self.tr("The worker came to this appointment"))
        self.attended_button.clicked.connect(lambda: self.mark(appointments.ATTENDED))
        self.no_show_button = QPushButton(self.tr("No-show"))
        self.no_show_button.setToolTip(self.tr("The worker did not come and did not call off"))
        self.no_show_button.clicked.connect(lambda: self.mark(appointments.NO_SHOW))
        self.late_button = QPushButton(self.tr("Late cancellation"))
        self.late_button.setToolTip(self.tr("Called off less than a day before"))
        self.late_button.clicked.connect(lambda: self.mark(appointments.LATE_CANCEL))
        self.mark_buttons = (self.attended_button, self.no_show_button, self.late_button)
        can_book = session.can(Permission.BOOK_APPOINTMENT)
        for button in (self.book_button, self.move_button, self.cancel_button,
                       *self.mark_buttons):
            button.setVisible(can_book)
        marks = QHBoxLayout()
        marks.addWidget(self.summary, 1)
        for button in self.mark_buttons:
            marks.addWidget(button)
        layout.addLayout(marks)
        actions.addStretch(1)
        for button in (self.open_button, self.book_button, self.move_button,
                       self.cancel_button):
            actions.addWidget(button)
        layout.addLayout(actions)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------
    def keep_window(self, window: QDialog) -> None:
        self.last_window = window

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        QTimer.singleShot(0, self, lambda: offer_leftovers(self, self.session))
        super().showEvent(event)

    def first_day(self) -> dt.date:
        day = from_qdate(self.day)
        return appointments.week_start(day) if self.span.currentData() == appointments.WEEK \
            else day

    def _fill_counsellors(self, found: list[tuple[int, str]]) -> None:
        with QSignalBlocker(self.who):  # the same bookings: no second read
            for uid, name in found:
                self.who.addItem(name, uid)
            if self._own is not None:
                self.who.setCurrentIndex(max(0, self.who.findData(self._own)))
        self._counsellors_in = True

    def counsellor_filter(self) -> int | None:
        return self.who.currentData() if self._counsellors_in else self._own

    def refresh(self) -> None:
        """Read the bookings shown on the operations worker, then fill both views."""
        first, days = self.first_day(), int(self.span.currentData())
        session, who = self.session, self.counsellor_filter()
        read_into(self, lambda: (first, days, appointments.appointments_between(
            session, first, days, counsellor_id=who)), self._show_bookings)

    def _show_bookings(self, loaded: tuple[dt.date, int, list[Appointment]]) -> None:
        first, days, rows = loaded
        self.model.set_rows(rows)
        self.calendar.set_bookings(first, days, rows)
        if self.chosen is not None:
            self.select(self.chosen)
        if days == appointments.DAY:
            self.heading.setText(f"{first.isoformat()} {weekday(first.isoformat())}")
        else:
            last = first + dt.timedelta(days=days - 1)
            self.heading.setText(arg(self.tr("Week of %1 to %2"), first.isoformat(),
                                     last.isoformat()))
        self.summary.setText(self.tr("%n appointment(s)", "", len(rows)))
        self._update_buttons()

    def step(self, direction: int) -> None:
        self.day.setDate(self.day.date().addDays(direction * int(self.span.currentData())))

    def go_today(self) -> None:
        self.day.setDate(to_qdate(today(self.session)))

    def selected(self) -> Appointment | None:
        return next((a for a in self.model.rows if a.id == self.chosen), None)

    def _chosen_in_list(self) -> None:
        index = self.view.currentIndex()
        item = self.model.row_at(index.row()) if index.isValid() else None
        self._choose(item.id if item else None)

    def _chosen_in_grid(self) -> None:
        found = [a.id for a in self.calendar.bookings_at(self.grid.currentIndex())]
        self._choose(self.chosen if self.chosen in found else (found[0] if found else None))

    def _choose(self, appointment_id: int | None) -> None:
        changed = appointment_id != self.chosen
        self.chosen = appointment_id
        if changed and appointment_id is not None:
            self.select(appointment_id)
        self._update_buttons()

    def select(self, appointment_id: int) -> None:
        """Select the booking in the list and in the calendar (its first slot)."""
        self.chosen = appointment_id
        for row, item in enumerate(self.model.rows):
            if item.id == appointment_id and self.view.currentIndex().row() != row:
                self.view.selectRow(row)
        place = self.calendar.first_slot(appointment_id)
        if place is not None and (self.grid.currentIndex().row(),
                                  self.grid.currentIndex().column()) != place:
            self.grid.setCurrentIndex(self.calendar.index(*place))
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.selected()
        self.grid.set_chosen(item.id if item is not None else None)
        chosen = item is not None
        booked = chosen and item.status == appointments.BOOKED
        for button in (self.move_button, self.cancel_button):
            button.setEnabled(booked)
        self.open_button.setEnabled(chosen)
        for button, status in zip(self.mark_buttons, appointments.ATTENDANCE, strict=True):
            button.setEnabled(chosen and item.status not in (status, appointments.CANCELLED))

    # -- actions ---------------------------------------------------------------------------
    def _show(self, item: Appointment) -> None:
        self.day.setDate(to_qdate(dt.date.fromisoformat(item.day)))  # reloads if it moved
        self.select(item.id)

    def book(self, day: dt.date | None = None, at: str = "") -> Appointment | None:
        item = AppointmentDialog.ask(self.session, None, None, day or from_qdate(self.day),
                                     self, at=at)
        if item is not None:
            self._show(item)
        return item

    def move(self) -> Appointment | None:
        current = self.selected()
        if current is None:
            return None
        item = AppointmentDialog.ask(self.session, None, current, None, self)
        if item is not None:
            self._show(item)
        return item

    def move_to(self, appointment_id: int, starts_at: str) -> None:
        """A booking dropped on another slot: the domain checks the new time first (a past
        time, the counsellor or room taken: refused, with its reason); other bookings at
        that time are named and the move waits for a yes."""
        item = next((a for a in self.model.rows if a.id == appointment_id), None)
        if item is None:
            return
        ends_at = shifted(item, starts_at)
        session = self.session
        QueryOp(self, lambda: appointments.check_move(session, item.id, starts_at, ends_at)) \
            .success(lambda others: self._move_checked(item, starts_at, ends_at, others)).run()

    def _move_checked(self, item: Appointment, starts_at: str, ends_at: str,
                      others: list[Appointment]) -> None:
        if others and not messages.confirm(self, occupied_question(item.client_name, starts_at,
                                                                  ends_at, others)):
            return
        session = self.session
        ChangeOp(self, lambda: appointments.move_appointment(session, item.id, starts_at,
                                                             ends_at),
                 Change.APPOINTMENTS).success(self._show).run()

    def cancel(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        question = arg(self.tr("Cancel the appointment of %1 (%2) on %3 at %4?"),
                       item.client_name, item.file_no, item.day, item.time_range)
        if not messages.confirm(self, question):
            return False
        session = self.session
        ChangeOp(self, lambda: appointments.cancel_appointment(session, item.id),
                 Change.APPOINTMENTS).run()  # the list reloads on the notice
        return True

    def mark(self, status: str) -> bool:
        """Mark the selected booking attended, no-show or late-cancelled (the domain says
        whether it is time yet)."""
        item = self.selected()
        if item is None:
            return False
        session = self.session
        ChangeOp(self, lambda: appointments.mark_attendance(session, item.id, status),
                 Change.APPOINTMENTS).success(self._marked).run()
        return True

    def _marked(self, item: Appointment) -> None:
        self._show(item)
        if item.status == appointments.NO_SHOW:
            self.offer_followup(item)

    def offer_followup(self, item: Appointment) -> object | None:
        """A worker who did not come is called: a counsellor of the file is offered a
        follow-up for the next day (reception does not plan clinical contacts)."""
        if not self.session.can(Permission.WRITE_SESSION) or not messages.confirm(
                self, arg(self.tr("%1 did not come. Plan a follow-up call?"),
                          item.client_name)):
            return None
        return dialogs.FollowupDialog.ask(self.session, item.client_id, None, self,
                                          purpose="after_no_show")

    def _open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            open_file_window(self, self.session, item.client_id, self.keep_window)

    def open_index(self, index: QModelIndex) -> None:
        if index.model() is self.calendar:
            found = self.calendar.bookings_at(index)
            item = found[0] if found else None
            if item is None and index.isValid() \
                    and self.session.can(Permission.BOOK_APPOINTMENT):  # an empty slot: book it
                self.book(self.calendar.day_of(index.column()),
                          self.calendar.slot_time(index.row()))
                return
        else:
            item = self.model.row_at(index.row()) if index.isValid() else None
        if item is not None:
            open_file_window(self, self.session, item.client_id, self.keep_window)
