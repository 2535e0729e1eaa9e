"""记录检索: full-text search over session notes (two-character terms such as 焦虑 included),
and the record finder by date range, counsellor, issue and risk. Both lists are lazy."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import files, search
from station_desk.domain.records.common import today
from station_desk.domain.session import Session
from station_desk.ui.records.common import (
    VocabCombo,
    attempt,
    date_edit,
    fit_columns,
    from_qdate,
    label,
    labels,
    table_view,
)
from station_desk.ui.records.file_view import open_file_window
from station_desk.ui.records.lazy_model import LazyTableModel
from station_desk.ui.records.leftovers import offer_leftovers
from station_desk.ui.widgets import ErrorLabel

SECTION_NAMES = ("complaint", "assessment", "intervention", "plan", "referral", "addendum")


class SearchPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_window: QDialog | None = None
        self._snippets: dict[int, search.NoteHit] = {}
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Words in the notes, e.g. 焦虑 失眠"))
        self.query.returnPressed.connect(self.run)
        self.search_button = QPushButton(self.tr("Search notes"))
        self.search_button.clicked.connect(self.run)
        bar.addWidget(self.query, 1)
        bar.addWidget(self.search_button)
        layout.addLayout(bar)

        filters = QHBoxLayout()
        self.use_dates = QCheckBox(self.tr("From"))
        day = today(session)
        self.date_from = date_edit(self, day.replace(day=1))
        self.date_to = date_edit(self, day)
        self.counsellor = QComboBox()
        self.counsellor.addItem(self.tr("Any counsellor"), None)
        for uid, name in files.counsellors(session):
            self.counsellor.addItem(name, uid)
        self.issue = VocabCombo("presenting_issues", blank=True)
        self.risk = VocabCombo("risk_levels", blank=True)
        self.find_button = QPushButton(self.tr("List records"))
        self.find_button.clicked.connect(self.find)
        for widget in (self.use_dates, self.date_from, QLabel(self.tr("to")), self.date_to,
                       self.counsellor, self.issue, self.risk, self.find_button):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)

        self.model = LazyTableModel([
            (lambda: self.tr("Date"), lambda r: r.session_date),
            (lambda: self.tr("File number"), lambda r: r.file_no),
            (lambda: self.tr("Name"), lambda r: r.client_name),
            (lambda: self.tr("No."), lambda r: str(r.session_no)),
            (lambda: self.tr("Counsellor"), lambda r: r.counsellor_name),
            (lambda: self.tr("Issues"), lambda r: labels("presenting_issues", r.issues)),
            (lambda: self.tr("Risk"), lambda r: label("risk_levels", r.risk_level)),
            (lambda: self.tr("Found in"), self._snippet),
        ], lambda _after, _limit: [], self._rows, parent=self)
        self.view = table_view(self.model, lazy=True)
        self.view.doubleClicked.connect(self.open_index)
        layout.addWidget(self.view, 1)
        self._text = ""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        QTimer.singleShot(0, self, lambda: offer_leftovers(self, self.session))
        super().showEvent(event)

    def _rows(self, ids: list[int]) -> list[search.SessionRow]:
        if self._text:
            hits = search.note_hits(self.session, ids, self._text)
            self._snippets.update({h.row.id: h for h in hits})
            return [h.row for h in hits]
        return search.session_rows(self.session, ids)

    def _snippet(self, row: search.SessionRow) -> str:
        hit = self._snippets.get(row.id)
        return hit.snippet if hit else ""

    def run(self) -> None:
        """Full-text search; results newest first, only records this user may read."""
        self._text = self.query.text().strip()
        self._snippets.clear()
        text = self._text
        self.error.clear_text()
        self.model.reload(lambda after, limit: search.note_ids(
            self.session, text, after=after, limit=limit), key_id=int)
        if self.model.canFetchMore():
            self.model.fetchMore()
        fit_columns(self.view)
        if self.model.error:
            self.error.show_text(self.model.error)

    def find(self) -> None:
        """List records by date range, counsellor, issue and risk (no text)."""
        self._text = ""
        query = search.SessionQuery(
            date_from=from_qdate(self.date_from) if self.use_dates.isChecked() else None,
            date_to=from_qdate(self.date_to) if self.use_dates.isChecked() else None,
            counsellor_id=self.counsellor.currentData(), issue=self.issue.code() or None,
            risk_level=self.risk.code() or None)
        self.error.clear_text()
        if attempt(self, lambda: search.session_keys(self.session, query, limit=1)) is None:
            return
        self.model.reload(lambda after, limit: search.session_keys(
            self.session, query, after=after, limit=limit), key_id=lambda key: int(key[1]))
        if self.model.canFetchMore():
            self.model.fetchMore()
        fit_columns(self.view)

    def open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is None:
            return
        window = open_file_window(self, self.session, row.client_id)
        self.last_window = window
        view = getattr(window, "view", None)
        if view is not None:
            view.select_record(row.id)
