"""The one page shape around a lazy list (档案's file list, 记录检索's search): a search or
filter bar the subclass builds, a table over `LazyTableModel`, an error line, double-click to
open the file, and leftover drafts offered when the page is first shown.

A search runs as a query operation (ui/operations.py): its first page of keys and the rows
on screen are read on the worker, and the model is filled with them on the UI thread in one
step. Each keystroke asks again; a query not yet answered when the next one is asked gives
up (`latest`), so the list always shows what is in the box and typing never waits for the
database. Scrolling on reads the next pages where they are shown (key-paged, a few ms).
The list reloads itself when an operation says that a kind of data it shows changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from station_desk.domain.session import Session
from station_desk.ui.operations import Change, QueryOp, refresh_on
from station_desk.ui.records.common import fit_columns, table_view
from station_desk.ui.records.file_window import open_file_window
from station_desk.ui.records.lazy_model import BATCH, Column, LazyTableModel
from station_desk.ui.records.leftovers import offer_leftovers
from station_desk.ui.widgets import ErrorLabel

KeyQuery = Callable[[Any | None, int], list[Any]]


class LazyListPage(QWidget):
    """Subclasses add their bar to `self.bar_area` (a layout above the table), call
    `search(...)` with a key query whose inputs were read from the widgets, and say in
    `changes` which kinds of data the list shows."""

    changes: Change = Change.NONE
    listed = Signal()  # a search's first page is in the table

    def __init__(self, session: Session, columns: Sequence[Column],
                 fetch_rows: Callable[[list[int]], list[Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_window: QDialog | None = None
        self.layout_ = QVBoxLayout(self)
        self.bar_area = QVBoxLayout()
        self.layout_.addLayout(self.bar_area)
        self.error = ErrorLabel(self)
        self.layout_.addWidget(self.error)
        self.model = LazyTableModel(columns, lambda _after, _limit: [], fetch_rows, parent=self)
        self.view = table_view(self.model, lazy=True)
        # a double click (or Enter, or a single click where the desktop opens on one): once
        self.view.activated.connect(self.open_index)
        self.layout_.addWidget(self.view, 1)
        self._latest = f"list:{id(self)}"
        refresh_on(self, self.changes, self.refresh)

    def refresh(self) -> None:
        """Search again with what the bar says now (subclasses)."""

    def search(self, fetch_keys: KeyQuery, key_id: Callable[[Any], int] = int) -> None:
        """List what `fetch_keys` pages (newest first), read off the UI thread."""
        fetch_rows, page = self.model.fetch_rows, self.model.page

        def first_page() -> tuple[list[Any], list[Any]]:
            keys = fetch_keys(None, page)
            return keys, fetch_rows([key_id(k) for k in keys[:BATCH]])

        QueryOp(self, first_page).success(
            lambda found: self._show(fetch_keys, key_id, *found)).failure(
            self._refused).run(latest=self._latest)

    def _show(self, fetch_keys: KeyQuery, key_id: Callable[[Any], int], keys: list[Any],
              rows: list[Any]) -> None:
        self.error.clear_text()
        current = self.view.currentIndex()
        chosen = self.model.id_at(current.row()) if current.isValid() else None
        self.model.fill(fetch_keys, key_id, keys, rows)
        fit_columns(self.view)
        if chosen is not None:  # a reload after a change keeps the row chosen, if still there
            position = next((i for i, k in enumerate(keys) if key_id(k) == chosen), None)
            if position is not None:
                self.view.selectRow(position)
        self.after_listing()
        self.listed.emit()

    def _refused(self, exc: Exception) -> None:
        self.model.reload(lambda _after, _limit: [])
        self.error.show_error(exc)  # type: ignore[arg-type]
        self.after_listing()
        self.listed.emit()

    def after_listing(self) -> None:
        """Subclasses: buttons that depend on the selection."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        QTimer.singleShot(0, self, lambda: offer_leftovers(self, self.session))
        super().showEvent(event)

    def open_client(self, client_id: int) -> None:
        """Open the file (decided and read on the worker); `last_window` once it shows."""
        open_file_window(self, self.session, client_id, self.keep_window)

    def keep_window(self, window: QDialog) -> None:
        self.last_window = window

    def open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        client_id = None if row is None else getattr(row, "client_id", None)
        if client_id is None:
            client_id = self.model.id_at(index.row())
        if client_id is not None:
            self.open_client(int(client_id))
