"""The audit trail as a table model that fetches pages on demand (canFetchMore/fetchMore),
so a trail of a million entries opens as fast as one of ten.

Each page is read on the operations worker (a `QueryOp`) and inserted on the UI thread when
it arrives; while one is on its way no other is asked for, and a page read for an earlier
filter is dropped. The names the entries are shown with are read with the first page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

# Modules name their audit actions when imported (`register_actions`); the viewer may open
# before some were, and would show their codes ("duty.add"). These are all that do
# (tests/test_ui_refusals.py checks the list against the source).
import station_desk.domain.accounts
import station_desk.domain.assessments
import station_desk.domain.importing
import station_desk.domain.records.common
import station_desk.domain.records.hotline
import station_desk.domain.records.signing
import station_desk.domain.records.transfer
import station_desk.domain.retention
import station_desk.domain.surveys
import station_desk.domain.tier.duty
import station_desk.domain.tier.regimes
import station_desk.domain.tier.selfcheck
import station_desk.export.package
import station_desk.reports.service  # noqa: F401
from station_desk.domain import audit
from station_desk.domain.audit import AuditEntry
from station_desk.domain.audit_text import AuditWords
from station_desk.domain.clock import station_day_bounds
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import current_lang
from station_desk.ui.item_roles import DISPLAY, TOOLTIP, USER
from station_desk.ui.labels import action_label, format_iso, role_label
from station_desk.ui.operations import QueryOp

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    target: str | None = None
    date_from: str | None = None  # YYYY-MM-DD, station days (both included)
    date_to: str | None = None


@dataclass(frozen=True)
class _Page:
    entries: list[AuditEntry]
    words: AuditWords | None  # read again with a filter's first page


def _read_page(trail: audit.Trail, session: Session, f: AuditFilter, offset: int, size: int,
               with_words: bool) -> _Page:
    """On the worker: one page of entries (newest first) matching the filter."""
    first, last = f.date_from, f.date_to
    if first or last:  # station days, as the stored UTC stamps they hold
        first, last = station_day_bounds(first or "2000-01-01", last or "2999-12-31")
    batch = trail.entries(username=f.username, target=f.target, date_from=first,
                          date_to=last, limit=size, offset=offset)
    # an account added since is named too
    return _Page(batch, AuditWords.load(session) if with_words else None)


class AuditModel(QAbstractTableModel):
    COLUMNS = 6
    pageArrived = Signal()  # a page was read (rows inserted, or the trail found exhausted)
    refused = Signal(object)  # a StationDeskError reading a page

    def __init__(self, session: Session, page: int = PAGE, parent: Any = None) -> None:
        super().__init__(parent)
        self.trail = audit.Trail(session)  # refused here without the permission
        self.session = session
        self.page = page
        self.filter = AuditFilter()
        self.entries: list[AuditEntry] = []
        self.words = AuditWords({})
        # The screen the reads answer to: nothing is delivered to a page that has gone.
        self._view = parent if isinstance(parent, QWidget) else None
        self._generation = 0  # a page read for an earlier filter is dropped
        self._with_words = True
        self._exhausted = False
        self._fetching = False

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self.beginResetModel()
        self.filter = audit_filter
        self._generation += 1
        self._with_words = True
        self.entries = []
        self._exhausted = False
        self._fetching = False
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self.filter)

    @property
    def fetching(self) -> bool:
        """A page is on its way from the worker."""
        return self._fetching

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        # Views and testers ask again while a page is on its way; it would be the same page.
        if parent.isValid() or self._exhausted or self._fetching:
            return
        self._fetching = True
        trail, session, f, offset = self.trail, self.session, self.filter, len(self.entries)
        size, words, generation = self.page, self._with_words, self._generation
        QueryOp(self._view, lambda: _read_page(trail, session, f, offset, size, words)) \
            .success(lambda page: self._arrived(generation, page)) \
            .failure(lambda exc: self._failed(generation, exc)).run()

    def _arrived(self, generation: int, page: _Page) -> None:
        if generation != self._generation:
            return
        if page.words is not None:
            self.words = page.words
            self._with_words = False
        batch = page.entries
        if len(batch) < self.page:
            self._exhausted = True
        # Still fetching while the rows go in: views and testers ask for more from inside
        # the insert signals, and would ask again for the page being stored.
        if batch:
            start = len(self.entries)
            self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
            self.entries.extend(batch)
            self.endInsertRows()
        self._fetching = False
        self.pageArrived.emit()

    def _failed(self, generation: int, exc: StationDeskError) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._exhausted = True  # not asked again until the filter is set anew
        self.refused.emit(exc)
        self.pageArrived.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        headers = [self.tr("Time"), self.tr("Who"), self.tr("Role"), self.tr("What"),
                   self.tr("About"), self.tr("Details")]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role != DISPLAY and role != TOOLTIP and role != USER:  # ui/item_roles.py
            return None
        if not 0 <= index.row() < len(self.entries):  # row -1: an invalid index
            return None
        entry = self.entries[index.row()]
        if role == USER:
            return entry.id
        column, lang = index.column(), current_lang()
        tooltip = role == TOOLTIP
        if column == 0:
            return format_iso(entry.ts)
        if column == 1:  # the display name; the user name on hover
            return entry.username if tooltip else self.words.who(entry, lang)
        if column == 2:
            return role_label(entry.role) if entry.role not in ("", "-") else "—"
        if column == 3:
            return action_label(entry.action)
        if column == 4:
            return entry.target if tooltip else self.words.target(entry.target, lang)
        if column == 5:
            return self.words.details(entry.detail, lang)
        return None
