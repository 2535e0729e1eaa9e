"""The audit trail as a table model that fetches pages on demand (canFetchMore/fetchMore),
so a trail of a million entries opens as fast as one of ten."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

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
from station_desk.ui.i18n import current_lang
from station_desk.ui.labels import action_label, format_iso, role_label

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    target: str | None = None
    date_from: str | None = None  # YYYY-MM-DD, station days (both included)
    date_to: str | None = None


class AuditModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, session: Session, page: int = PAGE, parent: Any = None) -> None:
        super().__init__(parent)
        self.trail = audit.Trail(session)  # refused here without the permission
        self.session = session
        self.page = page
        self.filter = AuditFilter()
        self.entries: list[AuditEntry] = []
        self.words = AuditWords.load(session)
        self._exhausted = False
        self._fetching = False

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self.beginResetModel()
        self.filter = audit_filter
        self.words = AuditWords.load(self.session)  # an account added since is named too
        self.entries = []
        self._exhausted = False
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self.filter)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        # Views and testers may ask for more from inside our own insert signals; a nested
        # fetch would read the same page again before this one is stored.
        if parent.isValid() or self._exhausted or self._fetching:
            return
        self._fetching = True
        try:
            self._fetch_page()
        finally:
            self._fetching = False

    def _fetch_page(self) -> None:
        f = self.filter
        first, last = f.date_from, f.date_to
        if first or last:  # station days, as the stored UTC stamps they hold
            first, last = station_day_bounds(first or "2000-01-01", last or "2999-12-31")
        batch = self.trail.entries(username=f.username, target=f.target,
                                   date_from=first, date_to=last,
                                   limit=self.page, offset=len(self.entries))
        if len(batch) < self.page:
            self._exhausted = True
        if batch:
            start = len(self.entries)
            self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
            self.entries.extend(batch)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = [self.tr("Time"), self.tr("Who"), self.tr("Role"), self.tr("What"),
                   self.tr("About"), self.tr("Details")]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column, lang = index.column(), current_lang()
        tooltip = role == Qt.ItemDataRole.ToolTipRole
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
