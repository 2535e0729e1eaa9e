"""预约: the day or week of appointments, and booking, moving and cancelling them.

Reception books for everyone; a counsellor sees their own by default and may look at the
whole station's. The dashboards' "today's appointments" read the same bookings.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
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
from station_desk.ui.operations import Change, ChangeOp, refresh_on
from station_desk.ui.records.appointment_dialog import AppointmentDialog, weekday
from station_desk.ui.records.common import (
    attempt,
    date_edit,
    from_qdate,
    label,
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
        for uid, name in attempt(self, lambda: files.counsellors(session)) or []:
            self.who.addItem(name, uid)
        if session.user.role is Role.COUNSELLOR:
            self.who.setCurrentIndex(max(0, self.who.findData(session.user.id)))
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        for widget in (self.previous, self.day, self.following, self.today_button, self.span,
                       self.who):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(self.heading)
        self.model = ListTableModel([
            (lambda: self.tr("Date"), lambda a: f"{a.day} {weekday(a.day)}"),
            (lambda: self.tr("Time"), lambda a: a.time_range),
            (lambda: self.tr("File number"), lambda a: a.file_no),
            (lambda: self.tr("Name"), lambda a: a.client_name),
            (lambda: self.tr("Counsellor"), lambda a: a.counsellor_name or "—"),
            (lambda: self.tr("Room"), lambda a: label("rooms", a.room) or "—"),
        ], parent=self)
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(self.open_index)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.view, 1)
        refresh_on(self, Change.APPOINTMENTS | Change.CLIENTS, self.refresh)

        actions = QHBoxLayout()
        self.summary = QLabel()
        self.book_button = QPushButton(self.tr("Book…"))
        self.book_button.clicked.connect(self.book)
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.clicked.connect(self.move)
        self.cancel_button = QPushButton(self.tr("Cancel appointment…"))
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("Open file"))
        self.open_button.clicked.connect(lambda: self.open_index(self.view.currentIndex()))
        can_book = session.can(Permission.BOOK_APPOINTMENT)
        for button in (self.book_button, self.move_button, self.cancel_button):
            button.setVisible(can_book)
        actions.addWidget(self.summary, 1)
        for button in (self.open_button, self.book_button, self.move_button,
                       self.cancel_button):
            actions.addWidget(button)
        layout.addLayout(actions)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        QTimer.singleShot(0, self, lambda: offer_leftovers(self, self.session))
        super().showEvent(event)

    def first_day(self) -> dt.date:
        day = from_qdate(self.day)
        return appointments.week_start(day) if self.span.currentData() == appointments.WEEK \
            else day

    def refresh(self) -> None:
        first, days = self.first_day(), int(self.span.currentData())
        rows = attempt(self, lambda: appointments.appointments_between(
            self.session, first, days, counsellor_id=self.who.currentData())) or []
        self.model.set_rows(rows)
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
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, appointment_id: int) -> None:
        for row, item in enumerate(self.model.rows):
            if item.id == appointment_id:
                self.view.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.move_button, self.cancel_button, self.open_button):
            button.setEnabled(chosen)

    # -- actions ---------------------------------------------------------------------------
    def _show(self, item: Appointment) -> None:
        self.day.setDate(to_qdate(dt.date.fromisoformat(item.day)))  # reloads if it moved
        self.select(item.id)

    def book(self) -> Appointment | None:
        item = AppointmentDialog.ask(self.session, None, None, from_qdate(self.day), self)
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

    def open_index(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row()) if index.isValid() else None
        if item is not None:
            self.last_window = open_file_window(self, self.session, item.client_id)
