"""团体活动: the year's group activities and lectures (counts only, no names) and progress
against the annual targets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import activities
from station_desk.domain.records.activities import ActivityInput
from station_desk.domain.records.common import today
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui import messages
from station_desk.ui.i18n import arg
from station_desk.ui.operations import Change, ChangeOp, refresh_on
from station_desk.ui.records.common import (
    VocabChecks,
    VocabCombo,
    date_edit,
    from_qdate,
    label,
    labels,
    read_into,
    table_view,
    to_qdate,
)
from station_desk.ui.records.dialogs import FormDialog
from station_desk.ui.records.list_model import ListTableModel
from station_desk.ui.table_columns import fit_to_width, mark_register


class ActivityDialog(FormDialog):
    """Log a group activity, or (with `activity`) correct one already logged."""

    changes = Change.ACTIVITIES

    def __init__(self, session: Session, parent: QWidget | None = None,
                 activity: activities.Activity | None = None) -> None:
        super().__init__(session, self.tr("Edit the group activity") if activity
                         else self.tr("Log a group activity"), parent)
        self.activity = activity
        self.date = date_edit(self, today(session))
        self.kind = VocabCombo("activity_types")
        self.topic = QLineEdit()
        self.venue = QLineEdit()
        self.organiser = QLineEdit()
        self.attendees = QSpinBox()
        self.attendees.setRange(0, activities.MAX_ATTENDEES)
        self.groups = VocabChecks("key_groups")
        self.form.addRow(QLabel(self.tr("Counts only: no attendee names are recorded.")))
        for title, widget in ((self.tr("Date"), self.date), (self.tr("Type"), self.kind),
                              (self.tr("Topic"), self.topic), (self.tr("Venue"), self.venue),
                              (self.tr("Organising unit"), self.organiser),
                              (self.tr("Attendees"), self.attendees),
                              (self.tr("Target groups"), self.groups)):
            self.form.addRow(title, widget)
        self.finish_layout({"activity_date": self.date, "type": self.kind,
                            "topic": self.topic, "attendees": self.attendees,
                            "venue": self.venue, "organiser": self.organiser,
                            "target_groups": self.groups})
        if activity is not None:
            self.date.setDate(to_qdate(dt.date.fromisoformat(activity.activity_date)))
            self.kind.set_code(activity.type)
            self.topic.setText(activity.topic)
            self.venue.setText(activity.venue)
            self.organiser.setText(activity.organiser)
            self.attendees.setValue(activity.attendees)
            self.groups.set_codes(activity.target_groups)

    def kept_ref(self) -> str:
        return f"activity:{self.activity.id}" if self.activity else "activity"

    def submit(self) -> Callable[[], Any]:
        data = ActivityInput(from_qdate(self.date), self.kind.code(), self.topic.text(),
                             self.venue.text(), self.organiser.text(), self.attendees.value(),
                             self.groups.codes())
        if self.activity is not None:
            activity_id = self.activity.id
            return lambda: activities.update_activity(self.session, activity_id, data)
        return lambda: activities.log_activity(self.session, data)


class TargetDialog(FormDialog):
    changes = Change.ACTIVITIES

    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Annual target"), parent)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.kind = VocabCombo("activity_types")
        self.target = QSpinBox()
        self.target.setRange(0, activities.MAX_ATTENDEES)
        self.form.addRow(self.tr("Year"), self.year)
        self.form.addRow(self.tr("Type"), self.kind)
        self.form.addRow(self.tr("Target"), self.target)
        self.finish_layout({"year": self.year, "type": self.kind, "target": self.target})

    def submit(self) -> Callable[[], Any]:
        def run() -> bool:
            activities.set_target(self.session, self.year.value(), self.kind.code(),
                                  self.target.value())
            return True
        return run


class ActivitiesPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today(session).year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.log_button = QPushButton(self.tr("Log an activity…"))
        self.log_button.setEnabled(session.can(Permission.LOG_ACTIVITY))
        self.log_button.clicked.connect(self.log)
        self.target_button = QPushButton(self.tr("Set a target…"))
        self.target_button.setVisible(session.can(Permission.SET_TARGETS))
        self.target_button.clicked.connect(self.set_target)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete)
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.log_button)
        bar.addWidget(self.target_button)
        layout.addLayout(bar)
        split = QSplitter()
        self.progress_model = ListTableModel([
            (lambda: self.tr("Type"), lambda p: label("activity_types", p.type)),
            (lambda: self.tr("Target"), lambda p: str(p.target) if p.target else "—"),
            (lambda: self.tr("Done"), lambda p: str(p.done)),
            (lambda: self.tr("Progress"),
             lambda p: f"{p.ratio:.0%}" if p.target else ""),
            (lambda: self.tr("Attendees"), lambda p: str(p.attendees)),
        ], parent=self)
        self.activities_model = ListTableModel([
            (lambda: self.tr("Date"), lambda a: a.activity_date),
            (lambda: self.tr("Type"), lambda a: label("activity_types", a.type)),
            (lambda: self.tr("Topic"), lambda a: a.topic),
            (lambda: self.tr("Venue"), lambda a: a.venue),
            (lambda: self.tr("Organising unit"), lambda a: a.organiser),
            (lambda: self.tr("Attendees"), lambda a: str(a.attendees)),
            (lambda: self.tr("Target groups"), lambda a: labels("key_groups", a.target_groups)),
        ], parent=self)
        progress = table_view(self.progress_model)
        fit_to_width(progress)  # a small table beside the list: it wraps, never scrolls
        split.addWidget(progress)
        self.activities_view = table_view(self.activities_model)
        mark_register(self.activities_view)  # the station's activities, a long list
        self.activities_view.doubleClicked.connect(lambda _i: self.edit())
        self.activities_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())
        split.addWidget(self.activities_view)
        split.setSizes([380, 720])
        layout.addWidget(split, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self._to_select: int | None = None  # selected once the list read after a change is in
        refresh_on(self, Change.ACTIVITIES, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        session, year = self.session, self.year.value()
        read_into(self, lambda: (year, activities.progress(session, year),
                                 activities.list_activities(session, year=year)), self._show)

    def _show(self, loaded: tuple[int, list[activities.TargetProgress],
                                  list[activities.Activity]]) -> None:
        year, progress, rows = loaded
        chosen = self.selected()
        keep = self._to_select if self._to_select is not None else (chosen.id if chosen else None)
        self._to_select = None
        self.progress_model.set_rows(progress)
        self.activities_model.set_rows(rows)
        self.summary.setText(arg(self.tr("%n activity(ies), %1 attendees in %2", "", len(rows)),
                                 sum(a.attendees for a in rows), year))
        if keep is not None:
            self.select(keep)
            self._to_select = None
        self._update_buttons()

    def selected(self) -> activities.Activity | None:
        index = self.activities_view.currentIndex()
        return self.activities_model.row_at(index.row()) if index.isValid() else None

    def select(self, activity_id: int) -> None:
        """Select the entry, and again once the list read after a change is in."""
        self._to_select = activity_id
        for row, item in enumerate(self.activities_model.rows):
            if item.id == activity_id:
                self.activities_view.selectRow(row)
                return

    def _update_buttons(self) -> None:
        item = self.selected()
        allowed = item is not None and activities.can_change(self.session, item)
        self.edit_button.setEnabled(allowed)
        self.delete_button.setEnabled(allowed)

    def log(self) -> None:
        ActivityDialog.ask(self.session, self)  # the lists reload on the notice

    def edit(self) -> activities.Activity | None:
        item = self.selected()
        if item is None or not activities.can_change(self.session, item):
            return None
        changed = ActivityDialog.ask(self.session, self, item)
        if changed is not None:  # reloaded on the notice already
            self.select(changed.id)
        return changed

    def delete(self) -> bool:
        item = self.selected()
        if item is None or not activities.can_change(self.session, item):
            return False
        question = arg(self.tr("Delete the %1 “%2” of %3? The deletion is recorded in the "
                               "audit trail."), label("activity_types", item.type), item.topic,
                       item.activity_date)
        if not messages.confirm(self, question):
            return False
        session = self.session
        ChangeOp(self, lambda: activities.delete_activity(session, item.id),
                 Change.ACTIVITIES).run()  # the lists reload on the notice
        return True

    def set_target(self) -> None:
        TargetDialog.ask(self.session, self.year.value(), self)  # reloaded on the notice
