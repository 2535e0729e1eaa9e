"""The audit trail as a table model that fetches pages on demand (canFetchMore/fetchMore),
so a trail of a million entries opens as fast as one of ten."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from station_desk.domain.audit import AuditEntry
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui.labels import action_label, format_iso, role_label

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    target: str | None = None
    date_from: str | None = None  # YYYY-MM-DD, UTC day as stored
    date_to: str | None = None


class AuditModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, session: Session, page: int = PAGE, parent: Any = None) -> None:
        super().__init__(parent)
        session.require(Permission.VIEW_AUDIT)
        self.session = session
        self.page = page
        self.filter = AuditFilter()
        self.entries: list[AuditEntry] = []
        self._exhausted = False
        self._fetching = False

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self.beginResetModel()
        self.filter = audit_filter
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
        batch = self.session.audit.query(username=f.username, target=f.target,
                                         date_from=f.date_from, date_to=f.date_to,
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
        headers = [self.tr("Time"), self.tr("User"), self.tr("Role"), self.tr("Action"),
                   self.tr("Target"), self.tr("Detail")]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return format_iso(entry.ts)
        if column == 1:
            return entry.username
        if column == 2:
            return role_label(entry.role) if entry.role not in ("", "-") else "—"
        if column == 3:
            return action_label(entry.action)
        if column == 4:
            return entry.target
        if column == 5:
            return entry.detail
        return None
