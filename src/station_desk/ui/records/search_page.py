"""记录检索: full-text search over session notes (two-character terms such as 焦虑 included),
and the record finder by date range, counsellor, issue and risk. Both lists are lazy."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from station_desk.domain.records import files, search
from station_desk.domain.records.common import today
from station_desk.domain.session import Session
from station_desk.ui.operations import Change, QueryOp
from station_desk.ui.records.common import (
    VocabCombo,
    date_edit,
    from_qdate,
    label,
    labels,
)
from station_desk.ui.records.lazy_page import LazyListPage

SECTION_NAMES = ("complaint", "assessment", "intervention", "plan", "referral", "addendum")


class SearchPage(LazyListPage):
    changes = Change.RECORDS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self._snippets: dict[int, search.NoteHit] = {}
        self._text = ""
        super().__init__(session, [
            (lambda: self.tr("Date"), lambda r: r.session_date),
            (lambda: self.tr("File number"), lambda r: r.file_no),
            (lambda: self.tr("Name"), lambda r: r.client_name),
            (lambda: self.tr("No."), lambda r: str(r.session_no)),
            (lambda: self.tr("Counsellor"), lambda r: r.counsellor_name),
            (lambda: self.tr("Presenting issues"), lambda r: labels("presenting_issues", r.issues)),
            (lambda: self.tr("Risk"), lambda r: label("risk_levels", r.risk_level)),
            (lambda: self.tr("Found in"), self._snippet),
        ], self._rows, parent)
        bar = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Words in the notes, e.g. 焦虑 失眠"))
        self.query.returnPressed.connect(self.run)
        self.search_button = QPushButton(self.tr("Search notes"))
        self.search_button.clicked.connect(self.run)
        bar.addWidget(self.query, 1)
        bar.addWidget(self.search_button)
        self.bar_area.addLayout(bar)

        filters = QHBoxLayout()
        self.use_dates = QCheckBox(self.tr("From"))
        day = today(session)
        self.date_from = date_edit(self, day.replace(day=1))
        self.date_to = date_edit(self, day)
        self.counsellor = QComboBox()
        self.counsellor.addItem(self.tr("Any counsellor"), None)
        QueryOp(self, lambda: files.counsellors(session)).success(self._add_counsellors).run()
        self.issue = VocabCombo("presenting_issues", blank=True)
        self.risk = VocabCombo("risk_levels", blank=True)
        self.find_button = QPushButton(self.tr("List records"))
        self.find_button.clicked.connect(self.find)
        for widget in (self.use_dates, self.date_from, QLabel(self.tr("to")), self.date_to,
                       self.counsellor, self.issue, self.risk, self.find_button):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.bar_area.addLayout(filters)
        self._last = self.run
        self._listed_once = False

    def _rows(self, ids: list[int]) -> list[search.SessionRow]:
        """Rows for the ids on screen (on the worker for a search's first page): with the
        snippet where the words were found, when the list is a text search."""
        text = self._text
        if text:
            hits = search.note_hits(self.session, ids, text)
            self._snippets.update({h.row.id: h for h in hits})
            return [h.row for h in hits]
        return search.session_rows(self.session, ids)

    def _snippet(self, row: search.SessionRow) -> str:
        hit = self._snippets.get(row.id)
        return hit.snippet if hit else ""

    def _add_counsellors(self, found: list[tuple[int, str]]) -> None:
        """The counsellors to filter by, read on the worker while the page opens."""
        for uid, name in found:
            self.counsellor.addItem(name, uid)

    def refresh(self) -> None:
        """After a change to the records: the last listing again, if there was one."""
        if self._listed_once:
            self._last()

    def run(self) -> None:
        """Full-text search; results newest first, only records this user may read."""
        self._last, self._listed_once = self.run, True
        self._text = text = self.query.text().strip()
        self._snippets.clear()
        session = self.session
        self.search(lambda after, limit: search.note_ids(session, text, after=after,
                                                         limit=limit))

    def find(self) -> None:
        """List records by date range, counsellor, issue and risk (no text)."""
        self._last, self._listed_once = self.find, True
        self._text = ""
        query = search.SessionQuery(
            date_from=from_qdate(self.date_from) if self.use_dates.isChecked() else None,
            date_to=from_qdate(self.date_to) if self.use_dates.isChecked() else None,
            counsellor_id=self.counsellor.currentData(), issue=self.issue.code() or None,
            risk_level=self.risk.code() or None)
        session = self.session
        self.search(lambda after, limit: search.session_keys(session, query, after=after,
                                                             limit=limit),
                    key_id=lambda key: int(key[1]))

    def open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is None:
            return
        window = self.open_client(row.client_id)
        view = getattr(window, "view", None)
        if view is not None:
            view.select_record(row.id)
