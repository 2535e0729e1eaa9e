"""下次预约 in the session editor: whether a next appointment is planned, its date and time
from pickers, and a button that books it.

A record names the day and the time of the next appointment (the time is also what the
booking starts at); a record written before times were kept names the day alone. Until the
counsellor picks otherwise, the pickers follow the session: a week after its date, at its
start time, which is how most counselling is planned (the same slot next week).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QTimeEdit, QWidget

from station_desk.ui.records.common import date_edit, from_qdate, to_qdate

WEEK = dt.timedelta(days=7)


class NextAppointmentPicker(QWidget):
    """`changed` when anything in it changes; `book_button` is the page's to connect."""

    changed = Signal()

    def __init__(self, session_day: dt.date, start: QTime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planned = QCheckBox(self.tr("Planned for"), self)
        self.planned.setToolTip(self.tr("The record names the day and time of the next "
                                        "appointment"))
        self.day = date_edit(self, session_day + WEEK)
        self.day.setAccessibleName(self.tr("Date of the next appointment"))
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(start)
        self.time.setAccessibleName(self.tr("Time of the next appointment"))
        self.book_button = QPushButton(self.tr("Book…"), self)
        self.book_button.setToolTip(self.tr("Book the next appointment at this date and time"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.planned, self.day, self.time, self.book_button):
            row.addWidget(widget)
        row.addStretch(1)
        self._following = False  # set while the pickers follow the session
        self.day_given = self.time_given = False
        self.day.dateChanged.connect(lambda _d: self._given("day"))
        self.time.timeChanged.connect(lambda _t: self._given("time"))
        self.planned.toggled.connect(self._planned)
        self._planned(False)

    def _given(self, which: str) -> None:
        if not self._following:
            setattr(self, f"{which}_given", True)
            self.planned.setChecked(True)  # picking a date plans it
        self.changed.emit()

    def _planned(self, on: bool) -> None:
        for widget in (self.day, self.time):
            widget.setEnabled(on)
        self.changed.emit()

    def follow(self, session_day: dt.date, start: QTime) -> None:
        """The session's date or start time changed: the pickers not yet set by hand move
        with it."""
        self._following = True
        try:
            if not self.day_given:
                self.day.setDate(to_qdate(session_day + WEEK))
            if not self.time_given:
                self.time.setTime(start)
        finally:
            self._following = False

    def value(self) -> dt.date | None:
        """The planned day, or None when no next appointment is planned."""
        return from_qdate(self.day) if self.planned.isChecked() else None

    def at(self) -> str:
        return self.time.time().toString("HH:mm")

    def time_value(self) -> str:
        """The planned time ("HH:MM"), or '' when no next appointment is planned."""
        return self.at() if self.planned.isChecked() else ""

    def set_value(self, day: dt.date | str | None, at: str = "") -> None:
        """A record's or a draft's day (an ISO date, or nothing) and time ("HH:MM"; without
        one the time keeps following the session)."""
        if isinstance(day, str):
            try:
                day = dt.date.fromisoformat(day.strip()[:10])
            except ValueError:
                day = None
        self._following = True
        try:
            if day is not None:
                self.day.setDate(to_qdate(day))
            moment = QTime.fromString(at, "HH:mm") if day is not None and at else QTime()
            if moment.isValid():
                self.time.setTime(moment)
            self.planned.setChecked(day is not None)
            self.day_given = day is not None
            self.time_given = moment.isValid()
        finally:
            self._following = False
