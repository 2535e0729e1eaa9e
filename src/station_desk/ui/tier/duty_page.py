"""值班表: a week of duty by place (each room and the hotline) and day; the admin adds shifts
(repeated weekly if wanted) and removes them. Every member of staff can read it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import accounts
from station_desk.domain.records.common import today
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.domain.tier import duty
from station_desk.domain.users import User
from station_desk.ui import messages
from station_desk.ui.i18n import arg, current_lang
from station_desk.ui.operations import Change, QueryOp
from station_desk.ui.status_page import StatusPage
from station_desk.ui.widgets import span_row

SHIFT_ROLE = Qt.ItemDataRole.UserRole


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


class DutyPage(StatusPage):
    shows = Change.TIER | Change.ACCOUNTS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.admin = session.can(Permission.MANAGE_TIER)
        self.week = monday_of(today(session))
        self.week_shifts: list[duty.Shift] = []

        self.week_label = QLabel()
        self.week_label.setStyleSheet("font-weight: bold;")
        previous = QPushButton(self.tr("◀ Previous week"))
        previous.clicked.connect(lambda: self.go(-7))
        this_week = QPushButton(self.tr("This week"))
        this_week.clicked.connect(lambda: self.go(None))
        following = QPushButton(self.tr("Next week ▶"))
        following.clicked.connect(lambda: self.go(7))
        nav = QHBoxLayout()
        nav.addWidget(self.week_label, 1)
        nav.addWidget(previous)
        nav.addWidget(this_week)
        nav.addWidget(following)

        self.places = list(duty.places())
        self.grid = QTableWidget(len(self.places), 7)
        self.grid.setObjectName("dutyGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.currentCellChanged.connect(lambda *_a: self._show_cell())

        self.cell_list = QListWidget()
        self.cell_list.setObjectName("dutyCell")
        self.remove_button = QPushButton(self.tr("Remove selected shift"))
        self.remove_button.clicked.connect(self.remove_selected)
        cell_box = QGroupBox(self.tr("Shifts in the selected cell"))
        cell_layout = QVBoxLayout(cell_box)
        cell_layout.addWidget(self.cell_list, 1)
        cell_layout.addWidget(self.remove_button)
        self.remove_button.setVisible(self.admin)

        self.person = QComboBox()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        start = today(session)
        self.day.setDate(QDate(start.year, start.month, start.day))
        self.start = QLineEdit("09:00")
        self.end = QLineEdit("12:00")
        for edit in (self.start, self.end):
            edit.setInputMask("99:99")
            edit.setMaximumWidth(90)
        self.place = QComboBox()
        for code in self.places:
            self.place.addItem(duty.place_label(code, current_lang()), code)
        self.repeat = QSpinBox()
        self.repeat.setRange(0, duty.MAX_REPEAT_WEEKS)
        self.repeat.setSuffix(self.tr(" more week(s)"))
        self.note = QLineEdit()
        self.add_button = QPushButton(self.tr("Add to the roster"))
        self.add_button.clicked.connect(self.add_shift)
        times = span_row(self.start, self.end)
        add_box = QGroupBox(self.tr("Add a shift"))
        form = QFormLayout(add_box)
        form.addRow(self.tr("Who"), self.person)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Hours"), times)
        form.addRow(self.tr("Where"), self.place)
        form.addRow(self.tr("Repeat weekly"), self.repeat)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.add_button)
        add_box.setVisible(self.admin)

        bottom = QHBoxLayout()
        bottom.addWidget(cell_box, 1)
        bottom.addWidget(add_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.grid, 3)
        layout.addLayout(bottom, 2)
        layout.addWidget(self.message)
        self.refresh()

    def _fill_people(self, people: list[User]) -> None:
        """The active accounts a shift may be given to; the one chosen stays chosen."""
        chosen = self.person.currentData()
        self.person.clear()
        for user in people:
            self.person.addItem(f"{user.display_name} ({user.username})", user.username)
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0))

    def go(self, days: int | None) -> None:
        self.week = monday_of(today(self.session)) if days is None else \
            self.week + dt.timedelta(days=days)
        self.refresh()

    def load(self) -> tuple[dt.date, list[duty.Shift], list[User] | None]:
        week = self.week  # the week asked for when the read was (a date, not a widget)
        # the people a shift may be given to, for the admin who adds shifts
        people = accounts.list_users(self.session, include_disabled=False) \
            if self.admin else None
        return week, duty.shifts(self.session, week, week + dt.timedelta(days=6)), people

    def show_loaded(self, loaded: tuple[dt.date, list[duty.Shift], list[User] | None]
                    ) -> None:
        week, self.week_shifts, people = loaded
        if people is not None:
            self._fill_people(people)
        last = week + dt.timedelta(days=6)
        self.week_label.setText(arg(self.tr("Week of %1 to %2"), week.isoformat(),
                                    last.isoformat()))
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                 self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]
        days = [week + dt.timedelta(days=n) for n in range(7)]
        self.grid.setHorizontalHeaderLabels([f"{names[n]} {d:%m-%d}" for n, d in
                                             enumerate(days)])
        self.grid.setVerticalHeaderLabels([duty.place_label(p, current_lang())
                                           for p in self.places])
        now = today(self.session)
        for row, place in enumerate(self.places):
            for col, day in enumerate(days):
                here = [s for s in self.week_shifts
                        if s.place == place and s.day == day.isoformat()]
                item = QTableWidgetItem("\n".join(f"{s.start_time}–{s.end_time} {s.name}"
                                                  for s in here))
                item.setData(SHIFT_ROLE, [s.id for s in here])
                if day == now:
                    item.setBackground(self.palette().alternateBase())
                self.grid.setItem(row, col, item)
        self.grid.resizeRowsToContents()
        self._show_cell()

    def _show_cell(self) -> None:
        self.cell_list.clear()
        item = self.grid.currentItem()
        ids = item.data(SHIFT_ROLE) if item is not None else None
        for shift in (s for s in self.week_shifts if ids and s.id in ids):
            text = f"{shift.day} {shift.start_time}–{shift.end_time} " \
                   f"{duty.place_label(shift.place, current_lang())} {shift.name}"
            if shift.note:
                text += f" · {shift.note}"
            entry = QListWidgetItem(text)
            entry.setData(SHIFT_ROLE, shift.id)
            self.cell_list.addItem(entry)
        if self.cell_list.count():
            self.cell_list.setCurrentRow(0)
        self.remove_button.setEnabled(self.cell_list.count() > 0)

    def add_shift(self) -> None:
        """The shift (and its weekly repeats) on the worker; the grid reloads on the notice."""
        picked = self.day.date()
        session, person = self.session, str(self.person.currentData())
        day = dt.date(picked.year(), picked.month(), picked.day())
        start, end, place = self.start.text(), self.end.text(), str(self.place.currentData())
        note, weeks = self.note.text(), self.repeat.value()
        self.act(lambda: duty.add_shifts(session, person, day, start, end, place, note,
                                         repeat_weeks=weeks), Change.TIER, self._added)

    def _added(self, _made: list[duty.Shift]) -> None:
        self.message.clear_text()
        self.note.clear()
        self.repeat.setValue(0)

    def remove_selected(self) -> None:
        entry = self.cell_list.currentItem()
        if entry is None:
            return
        if not messages.confirm(self, arg(self.tr("Remove this shift: %1?"), entry.text())):
            return
        session, ident = self.session, int(entry.data(SHIFT_ROLE))
        self.act(lambda: duty.remove_shift(session, ident), Change.TIER)


class TodayDuty(QLabel):
    """今日值班 on the Today page: who is on duty where, in one line."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("todayDuty")
        self.setWordWrap(True)

    def refresh(self) -> None:
        """Read on the worker; a refusal reads as nobody on the roster."""
        session = self.session
        QueryOp(self, lambda: duty.on_duty_today(session)).success(self._show).failure(
            lambda _refused: self._show([])).run(latest=f"today-duty:{id(self)}")

    def _show(self, shifts: list[duty.Shift]) -> None:
        if not shifts:
            self.setText(self.tr("On duty today: nobody is on the roster."))
            return
        parts = [f"{duty.place_label(s.place, current_lang())} {s.name} "
                 f"{s.start_time}–{s.end_time}" for s in shifts]
        separator = "；" if current_lang() == "zh" else "; "
        self.setText(arg(self.tr("On duty today: %1"), separator.join(parts)))
