"""A table's columns never narrower than their titles, and its last column, stretched to
the table's edge, never narrower than its title and the rows in view need; and a small
table's columns that share out its width and wrap, instead of scrolling sideways
(`fit_to_width`, the boxes of 今日).

Qt stretches the last column into whatever room the others leave, and when they leave none
(a narrow window, 150 % text, English titles) gives it its default 100 px: "Employer / unit"
or "Annual target" cut short, with the table scrolling sideways anyway. The floor is the
section size Qt falls back on: resizing the stretched section sets it, so the column is
stretched when there is room and whole when there is not. Columns a person sizes (a long
list's, sized to its first page) start at least as wide as their titles, also before
anything is listed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionViewItem, QTableView

ROWS_MEASURED = 60  # the rows in view, not all of them (a lazy list may hold a million)
KEPT_ROWS = "keptRows"  # the rows page_layout.keep_rows_visible keeps in sight
# A long list read like a register (the file list, the audit trail, a file's records): with
# more columns than a small screen holds, it may scroll sideways, as a spreadsheet does; a
# small table in a box on a page may not (ui/layout_audit.py reports one that does).
REGISTER = "register"


def mark_register(view: QAbstractItemView) -> None:
    view.setProperty(REGISTER, True)


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


def _widest_word(text: str, font: QFont) -> int:
    """The widest piece of `text` that word wrapping cannot break (a word; one character of
    Chinese, which breaks anywhere)."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    widest = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(0)  # one unbreakable piece a line
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return math.ceil(widest)


def _column_needs(view: QTableView, column: int) -> tuple[int, int]:
    """(whole, least): the width the column's title and the rows in view take on one line,
    and the width below which a word of them would be cut even wrapped."""
    model = view.model()
    header = view.horizontalHeader()
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    title_need = header.sectionSizeHint(column)
    metrics = header.fontMetrics()
    least = title_need - metrics.horizontalAdvance(title) + _widest_word(title, header.font())
    whole = title_need
    first = view.indexAt(QPoint(1, 1))
    top = first.row() if first.isValid() else 0
    option = QStyleOptionViewItem()
    option.initFrom(view)
    cell_metrics = QFontMetrics(view.font())
    for row in range(top, min(model.rowCount(), top + ROWS_MEASURED)):
        index = model.index(row, column)
        need = view.itemDelegateForIndex(index).sizeHint(option, index).width() \
            + (1 if view.showGrid() else 0)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        whole = max(whole, need)
        least = max(least, need - cell_metrics.horizontalAdvance(text)
                    + _widest_word(text, view.font()))
    return whole, min(least, whole)


def share_out(whole: list[int], least: list[int], room: int) -> list[int]:
    """Column widths for `room`: each its whole width when they all fit, the rest given to
    the last; else the widest give way first, down to a common width (never below their
    `least`), so short columns stay whole and long text wraps."""
    if sum(whole) <= room:
        return [*whole[:-1], whole[-1] + room - sum(whole)]
    if sum(least) >= room:
        return list(least)

    def total(level: int) -> int:
        return sum(max(lo, min(w, level)) for w, lo in zip(whole, least, strict=True))

    low, high = 0, max(whole)  # the highest level whose total still fits
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if total(middle) <= room else (low, middle - 1)
    sizes = [max(lo, min(w, low)) for w, lo in zip(whole, least, strict=True)]
    spare = room - sum(sizes)
    for column in sorted(range(len(sizes)), key=lambda c: whole[c] - sizes[c], reverse=True):
        if spare <= 0:
            break
        extra = min(spare, whole[column] - sizes[column])
        sizes[column] += extra
        spare -= extra
    return sizes


class ColumnsFit(QObject):
    """A small table (a box on a page) that never scrolls sideways: its columns take their
    whole width while they fit in the table; when they do not, the widest give way and their
    text, and their titles, wrap onto more lines (the rows and the header grow to hold them).
    Again after each change of the rows, the width or the text size; `fitted` then, with
    `least` the narrowest the table can be without cutting a word (its page may then lay
    its boxes out otherwise)."""

    fitted = Signal()

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.least = 0
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setWordWrap(True)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)  # the share given out includes the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(header.defaultAlignment() | Qt.TextFlag.TextWordWrap)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.apply)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged,
                       model.headerDataChanged):
            signal.connect(self.timer.start)
        for signal in (model.modelReset, model.layoutChanged):  # a list filled: fitted at once
            signal.connect(self.apply)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.Show, QEvent.Type.Resize):
            self.timer.start()
        return False

    def apply(self) -> None:
        view = self.view
        header = view.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns or not view.isVisible():
            return
        needs = [_column_needs(view, c) for c in columns]
        sizes = share_out([w for w, _ in needs], [lo for _, lo in needs],
                          view.viewport().width())
        for column, size in zip(columns, sizes, strict=True):
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)
        self._fit_header(columns)
        view.resizeRowsToContents()
        rows = view.property(KEPT_ROWS)
        if rows:  # as many rows in sight with wrapped titles and rows
            from station_desk.ui.page_layout import keep_rows_visible

            keep_rows_visible(view, int(rows))
        # with room for the scroll bar whether it shows or not, so that the page's choice
        # does not flip as wrapped rows make it appear
        self.least = sum(lo for _, lo in needs) + 2 * view.frameWidth() \
            + view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(self.least)  # a splitter or a layout gives it that much
        # never cut at its edge: where even that was not given, it scrolls (and the layout
        # check says so)
        view.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if sum(sizes) <= view.viewport().width()
            + 2 else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.fitted.emit()

    def _fit_header(self, columns: list[int]) -> None:
        """The header as high as its most wrapped title needs."""
        header = self.view.horizontalHeader()
        model = self.view.model()
        metrics = header.fontMetrics()
        one_line = header.sizeHint().height()
        lines = 1
        for column in columns:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            pad = header.sectionSizeHint(column) - metrics.horizontalAdvance(title)
            room = max(1, header.sectionSize(column) - pad)
            text = metrics.boundingRect(QRect(0, 0, room, 100_000),
                                        int(Qt.TextFlag.TextWordWrap), title)
            lines = max(lines, round(text.height() / metrics.lineSpacing()))
        height = one_line + (lines - 1) * metrics.lineSpacing() if lines > 1 else 0
        if header.minimumHeight() != height:
            header.setMinimumHeight(height)


def fit_to_width(view: QTableView) -> ColumnsFit:
    return ColumnsFit(view)
