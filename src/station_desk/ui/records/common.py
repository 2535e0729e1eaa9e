"""Pieces the records screens share: vocabulary pickers, form error marking, labels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QWidget,
)

from station_desk.domain import vocab
from station_desk.domain.clock import shown_time
from station_desk.domain.records.common import ValidationError
from station_desk.errors import StationDeskError
from station_desk.ui import theme
from station_desk.ui.i18n import current_lang
from station_desk.ui.operations import QueryOp
from station_desk.ui.table_columns import keep_columns_whole, mark_register
from station_desk.ui.widgets import ErrorLabel

T = TypeVar("T")
ERROR_STYLE = "border: 1px solid #b3261e;"


def size_as_heading(widget: QWidget, factor: float = 1.2) -> None:
    """A bold heading a little larger than the text, so it grows with 150 % text (a
    stylesheet size in pixels would not), also when the size changes while it is shown."""
    theme.follow_text_size(widget, factor, bold=True)


def label(kind: str, code: str | None) -> str:
    if not code:
        return ""
    return vocab.label(kind, code, current_lang(), default=code)


def labels(kind: str, codes: Iterable[str]) -> str:
    sep = ", " if current_lang() == "en" else "、"
    return sep.join(label(kind, c) for c in codes)


def local_time(timestamp: str | None) -> str:
    """A stored UTC timestamp as station wall-clock time (`clock.shown_time`)."""
    return shown_time(timestamp)


class VocabCombo(QComboBox):
    """A picker over one vocabulary; `code()` is what is stored."""

    def __init__(self, kind: str, parent: QWidget | None = None, *, blank: bool = False) -> None:
        super().__init__(parent)
        self.kind = kind
        if blank:
            self.addItem("—", "")
        for entry in vocab.entries(kind):
            self.addItem(entry.label(current_lang()), entry.code)

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index < 0 and code:  # a retired code on an old record still shows
            self.addItem(label(self.kind, code), code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class VocabChecks(QListWidget):
    """Several codes from one vocabulary, as a list of check boxes."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        for entry in vocab.entries(kind):
            item = QListWidgetItem(entry.label(current_lang()), self)
            item.setData(Qt.ItemDataRole.UserRole, entry.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setMaximumHeight(self.sizeHintForRow(0) * min(self.count(), 6) + 8)
        # every entry whole beside the scroll bar: a form does not scroll sideways
        self.setMinimumWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth()
                             + self.verticalScrollBar().sizeHint().width() + 4)

    def codes(self) -> tuple[str, ...]:
        return tuple(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in wanted else Qt.CheckState.Unchecked)


def date_edit(parent: QWidget | None = None, day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class FormErrors:
    """Shows a domain error under a form and outlines the fields it names."""

    def __init__(self, label: ErrorLabel, fields: dict[str, QWidget]) -> None:
        self.label = label
        self.fields = fields

    def clear(self) -> None:
        self.label.clear_text()
        for widget in self.fields.values():
            widget.setStyleSheet("")

    def show(self, exc: StationDeskError) -> None:
        self.clear()
        self.label.show_error(exc)
        if isinstance(exc, ValidationError):
            for name in exc.fields:
                widget = self.fields.get(name)
                if widget is not None:
                    widget.setStyleSheet(ERROR_STYLE)


def read_into(page: QWidget, call: Callable[[], T], show: Callable[[T], None]) -> None:
    """Read what a short list shows on the operations worker and show it on the UI thread.

    `call` runs on the worker, so it reads through the session and values taken from the
    widgets beforehand, never a widget. A newer read for the same page makes an older one give
    up (the year box stepped twice shows the second year); a refusal is shown once, by the
    operations layer."""
    QueryOp(page, call).success(show).run(latest=f"{type(page).__name__}:{id(page)}")


def payload_value(data: dict[str, Any], key: str, default: Any = "") -> Any:
    value = data.get(key)
    return default if value is None else value


SIZED_ROWS = 100


def table_view(model: object, parent: QWidget | None = None, *, lazy: bool = False
               ) -> QTableView:
    """A read-only row-selecting table. Short lists size their columns to the contents; lazy
    lists size them once per page (`fit_columns`), since measuring every row would read them
    all."""
    view = QTableView(parent)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    if not lazy:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # measure the rows near the top, not all of them: a file with thousands of records
        # would otherwise be measured in full on every change (Qt's default is 1000 rows)
        header.setResizeContentsPrecision(SIZED_ROWS)
    keep_columns_whole(view)
    if lazy:  # a long list, read like a register
        mark_register(view)
    return view


def fit_columns(view: QTableView, limit: int = 360) -> None:
    view.resizeColumnsToContents()
    for column in range(view.horizontalHeader().count() - 1):
        if view.columnWidth(column) > limit:
            view.setColumnWidth(column, limit)
