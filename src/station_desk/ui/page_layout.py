"""Room on crowded pages: a page's content that scrolls up and down (never sideways) when the
window is small or the text large, and tables that keep a few rows in sight instead of being
squeezed to a header and half a row (今日 at 150 % text on a 1366x768 screen)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QTableView, QWidget


class BoardGrid(QGridLayout):
    """A grid for a scrolling page. A layout holding wrapped text asks for height for its
    width, and QScrollArea then sizes the page to its preferred height, so it scrolls even
    where everything would fit; without that, the page fills the view and scrolls only
    below its minimum."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False


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
    header = view.horizontalHeader().sizeHint().height()
    row = view.verticalHeader().defaultSectionSize()
    scrollbar = view.horizontalScrollBar().sizeHint().height()
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
