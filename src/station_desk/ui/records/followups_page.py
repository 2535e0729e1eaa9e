"""回访: the follow-ups due today and overdue across the user's cases (overdue in red), what
each is for and how the last try went; "Record outcome…" records a contact."""

from __future__ import annotations

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

from station_desk.domain.records import followups
from station_desk.domain.session import Session
from station_desk.ui.i18n import arg, current_lang
from station_desk.ui.operations import Change, refresh_on
from station_desk.ui.records import dialogs
from station_desk.ui.records.common import label, local_time, read_into, table_view
from station_desk.ui.records.file_window import followup_state, open_file_window
from station_desk.ui.records.leftovers import offer_leftovers
from station_desk.ui.records.list_model import ListTableModel


class FollowupsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_window: QDialog | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.horizon = QComboBox()
        self.horizon.addItem(self.tr("Due today and overdue"), 0)
        self.horizon.addItem(self.tr("Next 7 days too"), 7)
        self.horizon.addItem(self.tr("Next 30 days too"), 30)
        self.horizon.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.done_button = QPushButton(self.tr("Record outcome…"))
        self.done_button.clicked.connect(self.record_outcome)
        bar.addWidget(self.horizon)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.done_button)
        layout.addLayout(bar)
        self.model = ListTableModel([
            (lambda: self.tr("State"), lambda f: followup_state(f.state)),
            (lambda: self.tr("Planned"), lambda f: f"{f.planned_date} {f.planned_time}".strip()),
            (lambda: self.tr("Due by"), lambda f: local_time(f.due_at)),
            (lambda: self.tr("File number"), lambda f: f.file_no),
            (lambda: self.tr("Name"), lambda f: f.client_name),
            (lambda: self.tr("Channel"), lambda f: label("follow_up_channels", f.channel)),
            (lambda: self.tr("Purpose"), lambda f: followups.purpose_label(
                f.purpose_code, current_lang()) or "—"),
            (lambda: self.tr("Last contact"), lambda f: self._last_contact(f)),
        ], highlight=lambda f: f.state == followups.OVERDUE, parent=self)
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(self.open_index)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.open_button = QPushButton(self.tr("Open file"))
        self.open_button.clicked.connect(lambda: self.open_index(self.view.currentIndex()))
        bar.addWidget(self.open_button)
        layout.addWidget(self.view, 1)
        refresh_on(self, Change.FOLLOWUPS, self.refresh)

    def keep_window(self, window: QDialog) -> None:
        self.last_window = window

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        QTimer.singleShot(0, self, lambda: offer_leftovers(self, self.session))
        super().showEvent(event)

    def refresh(self) -> None:
        session, days = self.session, int(self.horizon.currentData())
        read_into(self, lambda: followups.due_followups(session, days_ahead=days), self._show)

    def _show(self, items: list[followups.Followup]) -> None:
        self.model.set_rows(items)
        overdue = sum(1 for f in items if f.state == followups.OVERDUE)
        self.summary.setText(self.tr("%n overdue", "", overdue))
        self._update_buttons()

    def _last_contact(self, item: followups.Followup) -> str:
        if not item.result:
            return ""
        text = followups.result_label(item.result, current_lang())
        return arg(self.tr("%1 (tries: %2)"), text, item.attempts) if item.attempts else text

    def selected(self) -> followups.Followup | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        item = self.selected()
        self.done_button.setEnabled(item is not None and not item.done_at)
        self.open_button.setEnabled(item is not None)

    def open_index(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row())
        if item is not None:
            open_file_window(self, self.session, item.client_id, self.keep_window)

    def record_outcome(self) -> None:
        item = self.selected()
        if item is not None:
            dialogs.OutcomeDialog.ask(self.session, item, self)  # reloaded on the notice
