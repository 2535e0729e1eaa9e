"""Room on crowded pages: a page's content that scrolls up and down (never sideways) when the
window is small or the text large, and tables that keep a few rows in sight instead of being
squeezed to a header and half a row (今日 at 150 % text on a 1366x768 screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
