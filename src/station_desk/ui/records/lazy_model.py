"""A table model over lazy, key-paged queries: it holds only the ids it has fetched and reads
the rows on screen in small batches (the shape of Anki's browser table)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject

from station_desk.errors import StationDeskError
from station_desk.ui.i18n import error_text
from station_desk.ui.item_roles import DISPLAY, TOOLTIP
from station_desk.ui.records.list_model import Column, HeaderMixin, Index

CACHE_ROWS = 2000
BATCH = 60


class LazyTableModel(HeaderMixin):
    """`fetch_keys(after, limit)` pages keys newest first; `key_id(key)` is the row's id;
    `fetch_rows(ids)` reads rows (ids the user may not see come back missing)."""

    def __init__(self, columns: Sequence[Column],
                 fetch_keys: Callable[[Any | None, int], list[Any]],
                 fetch_rows: Callable[[list[int]], list[Any]],
                 key_id: Callable[[Any], int] = lambda key: int(key),
                 row_id: Callable[[Any], int] = lambda row: int(row.id),
                 page: int = 200, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.fetch_keys = fetch_keys
        self.fetch_rows = fetch_rows
        self.key_id = key_id
        self.row_id = row_id
        self.page = page
        self.keys: list[Any] = []
        self._cache: OrderedDict[int, Any] = OrderedDict()
        self._missing: set[int] = set()
        self._exhausted = False
        self._resetting = False
        self.error = ""

    # -- Qt interface ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if (role != DISPLAY and role != TOOLTIP) or not index.isValid():  # ui/item_roles.py
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        return self.columns[index.column()][1](row)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._exhausted or self._resetting:
            return  # a view reacting to the reset asks again once it is over
        try:
            more = self.fetch_keys(self.keys[-1] if self.keys else None, self.page)
        except StationDeskError as exc:
            self.error = error_text(exc)
            more = []
        if len(more) < self.page:
            self._exhausted = True
        if more:
            start = len(self.keys)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self.keys.extend(more)
            self.endInsertRows()

    # -- our interface ---------------------------------------------------------------------
    def reload(self, fetch_keys: Callable[[Any | None, int], list[Any]] | None = None,
               key_id: Callable[[Any], int] | None = None) -> None:
        """Start over (a new search, or after a change); the view fetches the first page."""
        self.beginResetModel()
        if fetch_keys is not None:
            self.fetch_keys = fetch_keys
        if key_id is not None:
            self.key_id = key_id
        self.keys = []
        self._cache.clear()
        self._missing.clear()
        self._exhausted = False
        self.error = ""
        self._resetting = True
        try:
            self.endResetModel()
        finally:
            self._resetting = False

    def fill(self, fetch_keys: Callable[[Any | None, int], list[Any]],
             key_id: Callable[[Any], int], keys: list[Any], rows: list[Any]) -> None:
        """Start over with a first page read elsewhere (off the UI thread, ui/operations.py):
        its keys, and the rows of the first of them."""
        self.beginResetModel()
        self.fetch_keys, self.key_id = fetch_keys, key_id
        self.keys = list(keys)
        self._cache.clear()
        self._missing.clear()
        self._exhausted = len(keys) < self.page
        self.error = ""
        found = {self.row_id(r): r for r in rows}
        for wanted in (key_id(k) for k in keys[:BATCH]):
            if wanted in found:
                self._cache[wanted] = found[wanted]
            else:
                self._missing.add(wanted)
        self._resetting = True
        try:
            self.endResetModel()
        finally:
            self._resetting = False

    def id_at(self, position: int) -> int | None:
        if 0 <= position < len(self.keys):
            return self.key_id(self.keys[position])
        return None

    def row_at(self, position: int) -> Any | None:
        wanted = self.id_at(position)
        if wanted is None or wanted in self._missing:
            return None
        if wanted not in self._cache:
            self._load_from(position)
        row = self._cache.get(wanted)
        if row is not None:
            self._cache.move_to_end(wanted)
        return row

    def _load_from(self, position: int) -> None:
        ids = [self.key_id(k) for k in self.keys[position:position + BATCH]]
        ids = [i for i in ids if i not in self._cache and i not in self._missing]
        try:
            rows = self.fetch_rows(ids)
        except StationDeskError as exc:
            self.error = error_text(exc)
            rows = []
        found = {self.row_id(r): r for r in rows}
        for i in ids:
            if i in found:
                self._cache[i] = found[i]
            else:
                self._missing.add(i)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
