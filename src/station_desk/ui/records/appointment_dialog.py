"""Booking or moving one appointment, with a finder for the file to book."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import appointments, files, search
from station_desk.domain.records.appointments import Appointment
from station_desk.domain.records.common import local_now, today
from station_desk.domain.records.files import DirectoryEntry
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import messages
from station_desk.ui.i18n import arg, current_lang
from station_desk.ui.kept_input import input_fields
from station_desk.ui.operations import Change, QueryOp
from station_desk.ui.records.common import (
    ERROR_STYLE,
    VocabCombo,
    date_edit,
    from_qdate,
    to_qdate,
)
from station_desk.ui.records.dialogs import FormDialog
from station_desk.ui.widgets import span_row

DEFAULT_MINUTES = 50
PICKER_ROWS = 20


def weekday(day: str) -> str:
    """The short weekday name of an ISO date ("周二", "Tue")."""
    try:
        moment = dt.date.fromisoformat(day[:10])
    except ValueError:
        return ""
    locale = QLocale("zh_CN" if current_lang() == "zh" else "en_GB")
    return locale.dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)


def occupied_question(name: str, starts_at: str, ends_at: str, others: list[Appointment],
                      *, booking: bool = False) -> str:
    """Asked before a booking is made or moved at a time other bookings take (the calendar's
    drag, the Move… form and the booking form ask the same); `name` is the worker's."""
    when = f"{starts_at[:10]} {weekday(starts_at)} {starts_at[11:16]}–{ends_at[11:16]}"
    names = "\n".join(f"{a.time_range} {a.client_name}"
                      + (f" · {a.counsellor_name}" if a.counsellor_name else "")
                      for a in others)
    if booking:
        return arg(QCoreApplication.translate(
            "AppointmentsPage", "At %1 there is already:\n%2\nBook %3 in at that time "
            "anyway?"), when, names, name)
    return arg(QCoreApplication.translate(
        "AppointmentsPage", "At %1 there is already:\n%2\nMove the appointment of %3 there "
        "anyway?"), when, names, name)


def _qtime(text: str) -> QTime:
    return QTime.fromString(text[11:16] if len(text) > 5 else text, "HH:mm")


class FilePicker(QWidget):
    """Find a file by number, name, phone or unit and pick it from the matches."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entries: list[DirectoryEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("File number, name, phone or unit"))
        self.query.setClearButtonEnabled(True)
        self.matches = QComboBox()
        self.matches.setMinimumContentsLength(24)
        layout.addWidget(self.query)
        layout.addWidget(self.matches)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        self.query.returnPressed.connect(self.search)
        self.search()

    def search(self) -> None:
        """Find the files on the operations worker; the newest text typed wins."""
        self._debounce.stop()
        session, text = self.session, self.query.text()

        def find() -> list[DirectoryEntry]:
            return files.directory_rows(session, search.client_ids(session, text,
                                                                   limit=PICKER_ROWS))

        QueryOp(self, find).success(self._found).run(latest=f"picker:{id(self)}")

    def _found(self, entries: list[DirectoryEntry]) -> None:
        self.entries = entries
        self.matches.blockSignals(True)
        self.matches.clear()
        if not self.entries:
            self.matches.addItem(self.tr("(no file found)"), None)
        for entry in self.entries:
            extra = entry.counsellor_name or self.tr("no counsellor yet")
            self.matches.addItem(f"{entry.file_no}  {entry.name}  ·  {extra}", entry.id)
        self.matches.blockSignals(False)
        self.matches.currentIndexChanged.emit(self.matches.currentIndex())

    def entry(self) -> DirectoryEntry | None:
        wanted = self.matches.currentData()
        return next((e for e in self.entries if e.id == wanted), None)


class AppointmentDialog(FormDialog):
    """Book an appointment (for a chosen or a given file), or move one (`item`)."""

    changes = Change.APPOINTMENTS

    def __init__(self, session: Session, client: DirectoryEntry | None = None,
                 item: Appointment | None = None, day: dt.date | None = None,
                 parent: QWidget | None = None, *, at: str = "") -> None:
        """`at` ("HH:MM") starts a new booking then: the calendar's empty slot, or the time
        of the record whose "next appointment" is being booked."""
        title = self.tr("Move the appointment") if item else self.tr("Book an appointment")
        super().__init__(session, title, parent)
        self.item = item
        self.client = client
        self.picker: FilePicker | None = None
        if item is not None:
            self.form.addRow(self.tr("File"), QLabel(f"{item.file_no}  {item.client_name}"))
        elif client is not None:
            self.form.addRow(self.tr("File"), QLabel(f"{client.file_no}  {client.name}"))
        else:
            self.picker = FilePicker(session, self)
            self.form.addRow(self.tr("File"), self.picker)
        self.date = date_edit(self, day or today(session))
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        times = span_row(self.start, self.end)
        self.counsellor = QComboBox()
        self.counsellor.addItem(self.tr("(none yet)"), None)
        for uid, name in files.counsellors(session):
            self.counsellor.addItem(name, uid)
        self.room = VocabCombo("rooms", blank=True)
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("Time"), times)
        self.form.addRow(self.tr("Counsellor"), self.counsellor)
        self.form.addRow(self.tr("Room"), self.room)
        self._minutes = DEFAULT_MINUTES
        if item is not None:
            self.date.setDate(to_qdate(dt.date.fromisoformat(item.day)))
            self.start.setTime(_qtime(item.starts_at))
            self.end.setTime(_qtime(item.ends_at))
            self._minutes = max(5, self.start.time().secsTo(self.end.time()) // 60)
            self._set_counsellor(item.counsellor_id)
            self.room.set_code(item.room)
        else:
            self.start.setTime(_qtime(at) if at and _qtime(at).isValid() else self._next_slot())
            self.end.setTime(self.start.time().addSecs(DEFAULT_MINUTES * 60))
            self.room.set_code("counselling")
            self._set_counsellor(client.counsellor_id if client else None)
        self.start.timeChanged.connect(self._keep_length)
        self.end.timeChanged.connect(self._remember_length)
        if self.picker is not None:
            self.picker.matches.currentIndexChanged.connect(self._file_chosen)
            self._file_chosen()
        self.finish_layout({"starts_at": self.start, "ends_at": self.end, "room": self.room,
                            "counsellor": self.counsellor})

    def kept_fields(self) -> dict[str, QWidget]:
        fields = input_fields(self)
        if self.picker is not None:  # the search; its matches follow from it
            fields["file_query"] = self.picker.query
        return fields

    def kept_ref(self) -> str:
        if self.item is not None:
            return f"appointment:{self.item.client_id}:{self.item.id}"
        return f"appointment:{self.client.id}:new" if self.client else "appointment"

    def _next_slot(self) -> QTime:
        now = local_now(self.session)
        hour = min(max(now.hour + 1, 9), 16) if from_qdate(self.date) == now.date() else 9
        return QTime(hour, 0)

    def _set_counsellor(self, user_id: int | None) -> None:
        self.counsellor.setCurrentIndex(max(0, self.counsellor.findData(user_id)))

    def _file_chosen(self, *_args: object) -> None:
        entry = self.picker.entry() if self.picker else None
        if entry is not None:
            self._set_counsellor(entry.counsellor_id)

    def _keep_length(self, start: QTime) -> None:
        self.end.blockSignals(True)
        self.end.setTime(start.addSecs(self._minutes * 60))
        self.end.blockSignals(False)

    def _remember_length(self, end: QTime) -> None:
        minutes = self.start.time().secsTo(end) // 60
        if minutes > 0:
            self._minutes = minutes

    def _moment(self, when: QTime) -> str:
        return f"{from_qdate(self.date).isoformat()}T{when.toString('HH:mm')}"

    def submit(self) -> Callable[[], Any]:
        start, end = self._moment(self.start.time()), self._moment(self.end.time())
        counsellor, room = self.counsellor.currentData(), self.room.code()
        if self.item is not None:
            item_id = self.item.id
            return lambda: appointments.move_appointment(
                self.session, item_id, start, end, counsellor_id=counsellor, room=room)
        entry = self.picker.entry() if self.picker else self.client
        assert entry is not None  # accept() asks for a file first
        return lambda: appointments.book_appointment(self.session, entry.id, start, end,
                                                     counsellor_id=counsellor, room=room)

    def accept(self) -> None:
        if self.saving:
            return
        if self.item is not None:
            self._check(self.item.client_name, False)
            return
        entry = self.picker.entry() if self.picker else self.client
        if entry is None:
            self.errors.clear()
            self.error.show_text(self.tr("Find and choose the file first."))
            if self.picker is not None:
                self.picker.query.setStyleSheet(ERROR_STYLE)
            return
        self._check(entry.name, True, entry.id)

    def _check(self, name: str, booking: bool, client_id: int = 0) -> None:
        """A booking or a move is checked by the domain first (`check_booking`,
        `check_move`): a refusal shows in the form; other bookings at that time are named
        and the booking waits for a yes."""
        start, end = self._moment(self.start.time()), self._moment(self.end.time())
        session, counsellor, room = self.session, self.counsellor.currentData(), \
            self.room.code()
        item_id = self.item.id if self.item is not None else 0
        self.saving = True  # a second OK while the check runs does nothing

        def check() -> list[Appointment]:
            if booking:
                return appointments.check_booking(session, client_id, start, end,
                                                  counsellor_id=counsellor, room=room)
            return appointments.check_move(session, item_id, start, end,
                                           counsellor_id=counsellor, room=room)

        def checked(others: list[Appointment]) -> None:
            self.saving = False
            if not others or messages.confirm(self, occupied_question(
                    name, start, end, others, booking=booking)):
                FormDialog.accept(self)

        def refused(exc: StationDeskError) -> None:
            self.saving = False
            self.errors.show(exc)
        QueryOp(self, check).success(checked).failure(refused).run()
