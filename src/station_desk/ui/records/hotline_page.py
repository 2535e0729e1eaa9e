"""热线记录: the hotline log, a month at a time. A call needs no file; one can be opened for
the caller (or an existing one linked) later. A call at high or imminent risk starts the
crisis path at once: a file for the caller, the crisis form, the crisis linked to the call;
a call whose crisis form was not finished stays marked in red until it is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.assessments import AGE_BANDS, age_band_label
from station_desk.domain.clock import STATION_TZ
from station_desk.domain.records import files, hotline
from station_desk.domain.records.common import today
from station_desk.domain.session import Session
from station_desk.domain.stats.period import add_months, month_of
from station_desk.ui import messages
from station_desk.ui.i18n import arg, current_lang
from station_desk.ui.modal import run_modal
from station_desk.ui.operations import Change, ChangeOp, refresh_on
from station_desk.ui.records.common import (
    VocabCombo,
    date_edit,
    from_qdate,
    label,
    read_into,
    table_view,
)
from station_desk.ui.records.dialogs import CrisisDialog, FormDialog, _notes
from station_desk.ui.records.file_window import open_file_window
from station_desk.ui.records.list_model import ListTableModel
from station_desk.ui.records.register_dialog import RegisterVisitorDialog


class CallDialog(FormDialog):
    """登记热线来电: kept through a lock like the other record forms."""

    changes = Change.HOTLINE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Log a hotline call"), parent)
        now = session.clock().astimezone(STATION_TZ)
        self.day = date_edit(self, today(session))
        self.time = QTimeEdit(QTime(now.hour, now.minute))
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(0, hotline.MAX_MINUTES)
        self.duration.setValue(15)
        self.duration.setSuffix(self.tr(" min"))
        self.gender = VocabCombo("genders")
        self.gender.set_code("unspecified")
        self.age_band = QComboBox()
        for code in AGE_BANDS:
            self.age_band.addItem(age_band_label(code, current_lang()), code)
        self.age_band.setCurrentIndex(max(0, self.age_band.findData("unspecified")))
        self.topic = VocabCombo("presenting_issues")
        self.risk = VocabCombo("risk_levels")
        self.risk.set_code("none")
        self.action = VocabCombo("hotline_actions")
        self.notes = _notes(self, 80)
        self.notes.setPlaceholderText(self.tr("No names or phone numbers: what the call was "
                                              "about, in a few words"))
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addWidget(self.duration)
        when.addStretch(1)
        self.form.addRow(self.tr("Call"), when)
        self.form.addRow(self.tr("Caller's gender"), self.gender)
        self.form.addRow(self.tr("Caller's age band"), self.age_band)
        self.form.addRow(self.tr("Main concern"), self.topic)
        self.form.addRow(self.tr("Risk level"), self.risk)
        self.form.addRow(self.tr("What was done"), self.action)
        self.form.addRow(self.tr("Note"), self.notes)
        self.finish_layout({"call_date": self.day, "call_time": self.time,
                            "duration": self.duration, "caller_gender": self.gender,
                            "caller_age_band": self.age_band, "topic": self.topic,
                            "risk_level": self.risk, "action": self.action,
                            "notes": self.notes})

    def kept_ref(self) -> str:
        return "hotline:new"

    def submit(self) -> Callable[[], Any]:
        data = hotline.CallInput(
            from_qdate(self.day), self.time.time().toString("HH:mm"), self.duration.value(),
            self.gender.code(), str(self.age_band.currentData()), self.topic.code(),
            self.risk.code(), self.action.code(), self.notes.toPlainText())
        return lambda: hotline.log_call(self.session, data)


def month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and the last day of the month of `day`."""
    month = month_of(day)
    return month.first, month.after - dt.timedelta(days=1)


class HotlinePage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.month = today(session).replace(day=1)
        self.last_window: QWidget | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        previous = QPushButton(self.tr("◀ Previous month"))
        previous.clicked.connect(lambda: self.go(-1))
        following = QPushButton(self.tr("Next month ▶"))
        following.clicked.connect(lambda: self.go(1))
        nav = QHBoxLayout()
        nav.addWidget(self.heading, 1)
        nav.addWidget(previous)
        nav.addWidget(following)
        self.calls = ListTableModel([
            (lambda: self.tr("Time"), lambda c: c.local_time),
            (lambda: self.tr("Minutes"), lambda c: str(c.duration_min)),
            (lambda: self.tr("Caller"), lambda c: " · ".join(
                (label("genders", c.caller_gender),
                 age_band_label(c.caller_age_band, current_lang())))),
            (lambda: self.tr("Main concern"), lambda c: label("presenting_issues", c.topic)),
            (lambda: self.tr("Risk"), lambda c: label("risk_levels", c.risk_level)),
            (lambda: self.tr("What was done"), lambda c: label("hotline_actions", c.action)),
            (lambda: self.tr("File"), lambda c: c.file_no or "—"),
            (lambda: self.tr("Crisis"), lambda c: self.tr("crisis path not finished")
             if c.crisis_pending else (self.tr("opened") if c.crisis_id else "")),
            (lambda: self.tr("Counsellor"), lambda c: c.counsellor_name),
        ], highlight=lambda c: c.crisis_pending, parent=self)
        self.view = table_view(self.calls)
        self.view.setObjectName("hotlineCalls")
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.open_file())
        self.log_button = QPushButton(self.tr("Log a call…"))
        self.log_button.clicked.connect(self.log_call)
        self.file_button = QPushButton(self.tr("Open a file for this caller…"))
        self.file_button.clicked.connect(self.open_file_for_caller)
        self.link_button = QPushButton(self.tr("Link to an existing file…"))
        self.link_button.clicked.connect(self.link_existing)
        self.crisis_button = QPushButton(self.tr("Start the crisis path…"))
        self.crisis_button.clicked.connect(self.start_crisis)
        self.open_button = QPushButton(self.tr("Open file"))
        self.open_button.clicked.connect(self.open_file)
        self.summary = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        for button in (self.crisis_button, self.file_button, self.link_button,
                       self.open_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._to_select: int | None = None  # the call chosen once the list is read again
        refresh_on(self, Change.HOTLINE | Change.CLIENTS | Change.FOLLOWUPS,
                   lambda: self.refresh())
        self.refresh()

    def keep_window(self, window: QWidget) -> None:
        self.last_window = window

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)

    def go(self, months: int) -> None:
        self.month = add_months(self.month, months)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        """Read the month's calls on the operations worker; `select` a call once they are in
        (it stays chosen across the reloads that notices of changes bring)."""
        if select is not None:
            self._to_select = select
        session, (first, last) = self.session, month_bounds(self.month)
        read_into(self, lambda: (first, hotline.list_calls(session, first, last)), self._show)

    def _show(self, loaded: tuple[dt.date, list[hotline.Call]]) -> None:
        first, found = loaded
        chosen = self.selected()
        select = self._to_select if self._to_select is not None else (
            chosen.id if chosen is not None else None)
        self.calls.set_rows(found)
        self.heading.setText(arg(self.tr("Hotline calls in %1"), f"{first:%Y-%m}"))
        pending = sum(1 for c in found if c.crisis_pending)
        text = self.tr("%n call(s) this month", "", len(found))
        if pending:
            text += " · " + self.tr("%n at crisis risk without a crisis opened", "", pending)
        self.summary.setText(text)
        if select is not None:
            for row, call in enumerate(found):
                if call.id == select:
                    self.view.selectRow(row)
        self._update_buttons()

    def selected(self) -> hotline.Call | None:
        index = self.view.currentIndex()
        return self.calls.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        call = self.selected()
        unlinked = call is not None and call.client_id is None
        self.file_button.setEnabled(unlinked)
        self.link_button.setEnabled(unlinked)
        self.open_button.setEnabled(call is not None and call.client_id is not None)
        self.crisis_button.setEnabled(call is not None and call.crisis_pending)

    # -- actions ----------------------------------------------------------------------------
    def log_call(self) -> hotline.Call | None:
        call = CallDialog.ask(self.session, self)
        if call is None:
            return None
        self.refresh(call.id)
        if call.crisis_pending:
            messages.info(self, self.tr("This call is at crisis risk: a file is opened for the "
                                        "caller and the crisis form follows."))
            self.start_crisis(call)
        return call

    def start_crisis(self, call: hotline.Call | None = None) -> hotline.Call | None:
        """A file for the caller first if there is none (on the worker), then the crisis
        form; the crisis it opens is linked to the call on the worker too."""
        call = call or self.selected()
        if call is None or not call.crisis_pending:
            return None
        self._to_select = call.id
        if call.client_id is None:
            session, call_id = self.session, call.id
            ChangeOp(self, lambda: hotline.open_file_for_call(session, call_id),
                     Change.HOTLINE | Change.CLIENTS).success(self._crisis_form).run()
        else:
            self._crisis_form(call)
        return call

    def _crisis_form(self, call: hotline.Call) -> None:
        assert call.client_id is not None
        crisis = CrisisDialog.ask(self.session, call.client_id, None, self)
        if crisis is not None:
            session, call_id = self.session, call.id
            ChangeOp(self, lambda: hotline.link_crisis(session, call_id, crisis.id),
                     Change.HOTLINE | Change.FOLLOWUPS).run()  # the list reloads on the notice

    def open_file_for_caller(self) -> None:
        call = self.selected()
        if call is None or call.client_id is not None:
            return
        entry = RegisterVisitorDialog.ask(self.session, self)
        if entry is None:
            return
        self._link(call, lambda: entry)

    def link_existing(self) -> None:
        call = self.selected()
        if call is None or call.client_id is not None:
            return
        number = FileNumberDialog.ask(self)
        if number:
            session = self.session
            self._link(call, lambda: files.find_by_number(session, number), number)

    def _link(self, call: hotline.Call, find: Callable[[], files.DirectoryEntry | None],
              number: str = "") -> None:
        """Link the call to the file `find` names, on the worker; the list reloads on the
        notice with the call still chosen."""
        session, call_id = self.session, call.id

        def link() -> hotline.Call | None:
            entry = find()
            return None if entry is None else hotline.link_file(session, call_id, entry.id)

        def linked(done: hotline.Call | None) -> None:
            if done is None:
                messages.error(self, arg(self.tr("No file numbered %1."), number))

        self._to_select = call_id
        ChangeOp(self, link, Change.HOTLINE | Change.CLIENTS).success(linked).run()

    def open_file(self) -> None:
        call = self.selected()
        if call is not None and call.client_id is not None:
            open_file_window(self, self.session, call.client_id, self.keep_window)


class FileNumberDialog:
    """Asks for a file number (a dialog of Qt's, run lock-safely)."""

    @classmethod
    def ask(cls, parent: QWidget) -> str | None:
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(QCoreApplication.translate("HotlinePage",
                                                         "Link to an existing file"))
        dialog.setLabelText(QCoreApplication.translate("HotlinePage", "File number"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        if run_modal(dialog) != 1:
            return None
        return dialog.textValue().strip() or None
