"""A table's columns never narrower than their titles, and its last column, stretched to
the table's edge, never narrower than its title and the rows in view need.

Qt stretches the last column into whatever room the others leave, and when they leave none
(a narrow window, 150 % text, English titles) gives it its default 100 px: "Employer / unit"
or "Annual target" cut short, with the table scrolling sideways anyway. The floor is the
section size Qt falls back on: resizing the stretched section sets it, so the column is
stretched when there is room and whole when there is not. Columns a person sizes (a long
list's, sized to its first page) start at least as wide as their titles, also before
anything is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem, QTableView

ROWS_MEASURED = 60  # the rows in view, not all of them (a lazy list may hold a million)


def _last_visible(view: QTableView) -> int:
    header = view.horizontalHeader()
    for visual in range(header.count() - 1, -1, -1):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical):
            return logical
    return -1


def content_width(view: QTableView, column: int) -> int:
    """What the column's title and the rows in view need, as the header and the delegate
    lay them out."""
    model = view.model()
    need = view.horizontalHeader().sectionSizeHint(column)
    first = view.indexAt(QPoint(1, 1))
    top = first.row() if first.isValid() else 0
    option = QStyleOptionViewItem()
    option.initFrom(view)
    for row in range(top, min(model.rowCount(), top + ROWS_MEASURED)):
        index = model.index(row, column)
        need = max(need, view.itemDelegateForIndex(index).sizeHint(option, index).width()
                   + (1 if view.showGrid() else 0))
    return need


class ColumnFloor(QObject):
    """Keeps `view`'s columns at least as wide as their titles and its stretched last column
    as wide as its content needs, again after each change of the rows or of the text size
    (once per turn of the event loop); a column a person narrows stays so until then."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.apply)
        view.installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged,
                       model.headerDataChanged, model.layoutChanged):
            signal.connect(self.timer.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.Show):
            self.timer.start()
        return False

    def apply(self) -> None:
        header = self.view.horizontalHeader()
        last = _last_visible(self.view)
        if last < 0 or not self.view.isVisible():
            return
        for column in range(header.count()):
            if column != last and not header.isSectionHidden(column) \
                    and header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive \
                    and header.sectionSize(column) < header.sectionSizeHint(column):
                header.resizeSection(column, header.sectionSizeHint(column))
        if not header.stretchLastSection():
            return
        need = content_width(self.view, last)
        if header.sectionSize(last) < need:
            header.resizeSection(last, need)


def keep_columns_whole(view: QTableView) -> ColumnFloor:
    return ColumnFloor(view)
