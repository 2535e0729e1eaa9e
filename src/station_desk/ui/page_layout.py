"""Room on crowded pages: a page's content that scrolls up and down (never sideways) when the
window is small or the text large, and tables that keep a few rows in sight instead of being
squeezed to a header and half a row (今日 at 150 % text on a 1366x768 screen)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QScrollArea, QTableView, QWidget


class BoardGrid(QGridLayout):
    """A grid of boxes for a scrolling page, two to a row, or one when they do not fit side by
    side (`set_columns`: 今日 at 150 % text on a 1366x768 screen), in the order added.

    A layout holding wrapped text asks for height for its width, and QScrollArea then sizes
    the page to its preferred height, so it scrolls even where everything would fit; without
    that, the page fills the view and scrolls only below its minimum."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[QWidget] = []
        self.columns = 2

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False

    def add_box(self, box: QWidget) -> None:
        self.boxes.append(box)
        self._place(box, len(self.boxes) - 1)

    def _place(self, box: QWidget, position: int) -> None:
        self.addWidget(box, position // self.columns, position % self.columns)

    def set_columns(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for box in self.boxes:
            self.removeWidget(box)
        for position, box in enumerate(self.boxes):
            self._place(box, position)


class BoardBox(QGroupBox):
    """A box of a `BoardGrid`: at least as high as its contents need at its width (a wrapped
    line above or below its table), told to the grid as its minimum rather than as a height
    for its width, which the grid would not keep to: the box would be squeezed below its
    table."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        size = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            size.setHeight(max(size.height(), layout.totalMinimumHeightForWidth(self.width())))
        return size

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # a new width, a new minimum height


def vertical_scroll(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("pageScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    content.setAutoFillBackground(False)
    area.viewport().setAutoFillBackground(False)
    return area


def keep_rows_visible(view: QTableView, rows: int) -> None:
    """At least `rows` rows under the header, at the current text size (call again after a
    change of text size: row heights follow the font)."""
    titles = view.horizontalHeader()
    header = max(titles.sizeHint().height(), titles.minimumHeight())  # wrapped titles
    row = max([view.verticalHeader().defaultSectionSize(),  # or as high as wrapped rows are
               *(view.rowHeight(r) for r in range(min(rows, view.model().rowCount())))])
    scrollbar = view.horizontalScrollBar().sizeHint().height() \
        if view.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff else 0
    view.setProperty("keptRows", rows)  # table_columns.ColumnsFit keeps them as titles wrap
    view.setMinimumHeight(header + rows * row + scrollbar + 2 * view.frameWidth())


class PageScroll(QScrollArea):
    """A main-window page that scrolls up and down, never sideways, when the window is lower
    than the page needs (150 % text on a 1366x768 screen): the page gets the window's width
    and at least its own minimum height for that width, so wrapped help text is shown whole
    instead of cut off. Where the page fits, it fills the view and nothing scrolls."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("pageScroll")
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)
        self.viewport().setAutoFillBackground(False)
        page.setAutoFillBackground(False)
        page.installEventFilter(self)

    def _need(self, width: int) -> int:
        layout = self.page.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.totalMinimumHeightForWidth(width)
        else:
            need = self.page.minimumSizeHint().height()
        return max(need, self.page.minimumHeight())

    def fit(self) -> None:
        frame = 2 * self.frameWidth()
        width, height = self.width() - frame, self.height() - frame
        need = self._need(width)
        if need > height:  # the scroll bar takes its width from the page
            width -= self.verticalScrollBar().sizeHint().width()
            need = self._need(width)
        self.setMinimumWidth(self.page.minimumSizeHint().width() + frame)
        self.page.resize(width, max(height, need))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.page and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit)  # after the page's layout has settled
        return super().eventFilter(watched, event)
