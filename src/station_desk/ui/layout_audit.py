"""Finds text a person could not read because the layout gave it too little room.

Used by the layout tests (every page and the main dialogs at 1366x768 and 1920x1080, with
normal and 150 % text) and by scripts/screenshots.py. What counts as clipped:

- a label, button, check box or group box title narrower than its text (or a wrapped label
  lower than its lines need);
- a tab whose label is elided;
- a widget that sticks out of the widget that holds it (a page wider than its window);
- a form in a scroll area that needs a horizontal scroll bar, or a table that scrolls
  sideways (a small table in a box on a page; a long list marked as a register
  (`table_columns.mark_register`) may, as a spreadsheet does);
- a window that could not be made as small as asked, because its content needs more;
- a menu taller or wider than the screen, or with an entry cut short;
- a table's header text wider than its column, or a cell (of the rows in view) whose text
  its column cuts, or a list entry wider than the list (what cannot be read there); text cut
  on purpose, with the whole of it in a tooltip, or wrapped into a row tall enough, is fine.
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

from station_desk.ui.table_columns import REGISTER

SLACK = 2  # pixels of rounding a layout may take without hiding a glyph


def settle(timeout: float = 30.0) -> None:
    """Run the event loop until every operation asked for has been answered, then a few more
    turns so the answers are laid out."""
    from station_desk.ui.operations import runner

    ops = runner()
    deadline = time.monotonic() + timeout
    while True:
        QApplication.processEvents()
        if ops.idle or time.monotonic() > deadline:
            break
        time.sleep(0.005)
    for _ in range(3):
        QApplication.processEvents()


def _plain(text: str) -> str:
    """A button's text as drawn: '&' marks the shortcut and is not shown."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget, text: str) -> str:
    short = text if len(text) <= 24 else text[:23] + "…"
    kind = type(widget).__name__
    return f"{kind} “{short}”" if short else kind


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"{_name(label, text)} needs {need} px of height, has {label.height()}"
        return None
    need = label.sizeHint().width()
    if need > label.width() + SLACK:
        return f"{_name(label, text)} needs {need} px, has {label.width()}"
    return None


def _button_need(button: QAbstractButton) -> int:
    """The width the button's text and icon take, with the style's own padding."""
    metrics = button.fontMetrics()
    text = metrics.horizontalAdvance(_plain(button.text()))
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    style = button.style()
    if isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        indicator = QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox) \
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        spacing = QStyle.PixelMetric.PM_CheckBoxLabelSpacing if isinstance(button, QCheckBox) \
            else QStyle.PixelMetric.PM_RadioButtonLabelSpacing
        return style.pixelMetric(indicator, option, button) \
            + style.pixelMetric(spacing, option, button) + icon + text
    if isinstance(button, QPushButton | QToolButton):
        return text + icon + 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin) // 2
    return text + icon


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle().name == "ToolButtonIconOnly":
        return None
    need = _button_need(button)
    if need > button.width() + SLACK:
        return f"{_name(button, _plain(button.text()))} needs {need} px, has {button.width()}"
    if isinstance(button, QPushButton) and button.fontMetrics().height() > button.height():
        return f"{_name(button, _plain(button.text()))} is lower than its text"
    return None


def _group_problem(box: QGroupBox) -> str | None:
    title = _plain(box.title())
    if not title:
        return None
    need = box.fontMetrics().horizontalAdvance(title) + 2 * box.fontMetrics().averageCharWidth()
    if box.isCheckable():
        need += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
    if need > box.width() + SLACK:
        return f"{_name(box, title)} title needs {need} px, has {box.width()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        hint = bar.tabSizeHint(index).width()
        shown = bar.tabRect(index).width()
        if hint > shown + SLACK and bar.elideMode().name != "ElideNone" or hint > shown + 8:
            found.append(f"tab “{_plain(bar.tabText(index))}” needs {hint} px, has {shown}")
    return found


def _navigation_problems(nav: QListWidget) -> list[str]:
    """The main window's section list: every entry whole, no scrolling sideways."""
    found = []
    room = nav.viewport().width()
    for row in range(nav.count()):
        item = nav.item(row)
        need = nav.visualItemRect(item).left() + nav.iconSize().width() \
            + nav.fontMetrics().horizontalAdvance(item.text())
        if need > room + SLACK:
            found.append(f"navigation entry “{item.text()}” needs {need} px, has {room}")
    if nav.horizontalScrollBar().isVisible():
        found.append("the navigation scrolls sideways")
    return found


def _tip_holds(tip: object, text: str) -> bool:
    """Text cut on purpose: its tooltip says all of it (each word of it, in any layout)."""
    if not tip:
        return False
    words = re.findall(r"[^\s·┆\[\]()（）]+", text)
    return all(word in str(tip) for word in words)


def _header_need(header: QHeaderView, section: int, text: str) -> int:
    """The width the header's style needs for the section's text (and sort arrow)."""
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.text = text
    option.section = section
    option.orientation = header.orientation()
    option.fontMetrics = header.fontMetrics()
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    size = header.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option,
                                           QSize(), header)
    return size.width()


def _header_problems(view: QAbstractItemView, header: QHeaderView) -> list[str]:
    model = view.model()
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if not text:
            continue
        widest = max(str(text).split("\n"), key=header.fontMetrics().horizontalAdvance)
        need = _header_need(header, section, widest)
        if header.defaultAlignment() & Qt.TextFlag.TextWordWrap:
            need = _wrapped_header_need(header, section, str(text))
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if need > header.sectionSize(section) + SLACK and not _tip_holds(tip, str(text)):
            found.append(f"column header “{widest}” needs {need} px, has "
                         f"{header.sectionSize(section)}")
    return found


def _wrapped_header_need(header: QHeaderView, section: int, text: str) -> int:
    """A title that wraps (the header's alignment says so): the width its longest unbroken
    word needs, or more than the section has when its lines are higher than the header."""
    metrics = header.fontMetrics()
    pad = _header_need(header, section, text) - metrics.horizontalAdvance(text)
    room = max(1, header.sectionSize(section) - pad)
    lines = metrics.boundingRect(QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap),
                                 text)
    one_line = _header_need(header, section, "X") and header.sizeHint().height()
    if lines.height() - metrics.lineSpacing() > header.height() - one_line + SLACK:
        return header.sectionSize(section) + lines.height()  # cut below: not readable
    return lines.width() + pad


def _cell_cut(view: QAbstractItemView, index: QModelIndex, width: int, height: int) -> int:
    """How much wider than `width` the cell's text needs to be (0: it fits), as the view's
    delegate lays it out; wrapped text fits if the row is tall enough for its lines."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or str(text) == "" \
            or _tip_holds(index.data(Qt.ItemDataRole.ToolTipRole), str(text)):
        return 0
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    option.fontMetrics = QFontMetrics(view.font())
    need = view.itemDelegateForIndex(index).sizeHint(option, index).width()
    if need <= width + SLACK:
        return 0
    wraps = view.wordWrap() if isinstance(view, QTableView | QTreeView | QListView) else False
    if wraps:
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        lines = option.fontMetrics.boundingRect(
            QRect(0, 0, max(1, width - margin), 100_000),
            int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere), str(text))
        if lines.width() <= width and lines.height() <= height + SLACK:
            return 0
    return need - width


def _rows_in_view(view: QAbstractItemView) -> range:
    model = view.model()
    first = view.indexAt(QPoint(1, 1))
    last = view.indexAt(QPoint(1, view.viewport().height() - 2))
    top = first.row() if first.isValid() else 0
    bottom = last.row() if last.isValid() else model.rowCount() - 1
    return range(top, min(bottom, top + 60) + 1)  # a screen's worth, not a million rows


def _column_problems(view: QTableView | QTreeView) -> list[str]:
    """Cells of the rows in view that their column is too narrow to show."""
    model = view.model()
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    found = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or header.sectionSize(column) <= 0:
            continue
        worst, example = 0, ""
        for row in _rows_in_view(view):
            index = model.index(row, column)
            rect = view.visualRect(index)
            if not index.isValid() or rect.isEmpty():
                continue
            cut = _cell_cut(view, index, rect.width(), rect.height())
            if cut > worst:
                worst, example = cut, str(index.data())
        if worst:
            title = model.headerData(column, Qt.Orientation.Horizontal) or column
            found.append(f"column “{title}” cuts “{_short(example)}” by {worst} px")
    return found


def _list_problems(view: QListView) -> list[str]:
    """List entries wider than the list (read only by scrolling sideways, or not at all)."""
    if view.viewMode() != QListView.ViewMode.ListMode or view.objectName() == "navigation":
        return []
    model = view.model()
    width = view.viewport().width()
    found = []
    for row in _rows_in_view(view):
        index = model.index(row, view.modelColumn())
        rect = view.visualRect(index)
        if not index.isValid() or rect.isEmpty():
            continue
        cut = _cell_cut(view, index, width - view.spacing() * 2, rect.height())
        if cut:
            found.append(f"list entry “{_short(str(index.data()))}” needs {cut} px more")
    return found[:3]


def _title(view: QTableView | QTreeView) -> str:
    """A table named by its columns' titles, as a person finds it on the page."""
    model = view.model()
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
              for c in range(min(model.columnCount(), 3))]
    return f"“{_short(' · '.join(t for t in titles if t))}”"


def _short(text: str) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= 24 else text[:23] + "…"


def _sticks_out(widget: QWidget) -> str | None:
    """A child drawn partly outside its parent is cut off there (scroll areas aside)."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return None
    if isinstance(parent.parentWidget(), QAbstractScrollArea):
        return None  # a scroll area's viewport: its content may be larger on purpose
    inner = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
    if not inner.contains(widget.geometry()):
        g = widget.geometry()
        return (f"{type(widget).__name__} ({g.width()}×{g.height()} at {g.x()},{g.y()}) "
                f"sticks out of {type(parent).__name__} ({parent.width()}×{parent.height()})")
    return None


def problems(top: QWidget, size: tuple[int, int] | None = None) -> list[str]:
    """Everything clipped in the shown parts of `top` (a window or dialog)."""
    found: list[str] = []
    if size is not None and (top.width(), top.height()) != size:
        need = top.minimumSizeHint()
        found.append(f"window is {top.width()}×{top.height()}, not {size[0]}×{size[1]} "
                     f"(its content needs at least {need.width()}×{need.height()})")
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or isinstance(widget, QMenu):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group_problem(widget)
        elif isinstance(widget, QTabBar):
            found += _tab_problems(widget)
        elif isinstance(widget, QListWidget) and widget.objectName() == "navigation":
            found += _navigation_problems(widget)
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header = widget.horizontalHeader() if isinstance(widget, QTableView) \
                else widget.header()
            if not header.isHidden():
                found += _header_problems(widget, header)
            found += _column_problems(widget)
            if widget.horizontalScrollBar().isVisible() and not widget.property(REGISTER):
                problem = f"table {_title(widget)} scrolls sideways"
            elif not widget.horizontalScrollBar().isVisible() \
                    and header.length() > widget.viewport().width() + SLACK:
                problem = (f"table {_title(widget)} is cut at its right edge (its columns "
                           f"take {header.length()} px, it shows "
                           f"{widget.viewport().width()})")
        elif isinstance(widget, QListView) and widget.model() is not None:
            found += _list_problems(widget)
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            problem = f"{_name(widget, widget.objectName())} scrolls sideways"
        if problem is None:
            problem = _sticks_out(widget)
        if problem is not None:
            found.append(problem)
    return found


def show_as_on_screen(window: QWidget, screen: tuple[int, int]) -> None:
    """Show a dialog at the size Qt would give it on a screen of `screen` size (the
    offscreen platform's own screen is 800x800): its size hint, height for that width,
    at most two thirds of the screen each way (QWidget::adjustSize), never below its
    minimum. A window that sized itself keeps its size."""
    sized_itself = window.testAttribute(Qt.WidgetAttribute.WA_Resized)
    window.show()
    settle()
    if sized_itself:
        return
    hint = window.sizeHint()
    layout = window.layout()
    width = min(hint.width(), screen[0] * 2 // 3)
    height = layout.totalHeightForWidth(width) \
        if layout is not None and layout.hasHeightForWidth() else hint.height()
    height = min(height, screen[1] * 2 // 3)
    minimum = window.minimumSize()
    window.resize(max(width, minimum.width()), max(height, minimum.height()))
    settle()


def _screen_rect(window: QWidget) -> QRect:
    screen = window.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def open_menu(window: QMainWindow, menu: QMenu) -> None:
    """Pop the menu up under its title in the menu bar, as a click would."""
    bar = window.menuBar()
    geometry = bar.actionGeometry(menu.menuAction())
    menu.popup(bar.mapToGlobal(QPoint(geometry.left(), geometry.bottom() + 1)))
    QApplication.processEvents()


def menu_problems(window: QMainWindow, menu: QMenu, screen: QRect | None = None) -> list[str]:
    """The menu drawn open; `screen` is the screen to fit (the window's own by default: a
    test on the offscreen platform passes the size it stands for)."""
    open_menu(window, menu)
    try:
        found = []
        title = _plain(menu.title())
        screen = screen if screen is not None else _screen_rect(window)
        shown = menu.geometry()
        if shown.width() < menu.sizeHint().width() - SLACK or \
                shown.height() < menu.sizeHint().height() - SLACK:
            found.append(f"menu “{title}” is {shown.width()}×{shown.height()}, needs "
                         f"{menu.sizeHint().width()}×{menu.sizeHint().height()}")
        if not screen.contains(QRect(shown.topLeft(), menu.sizeHint())):
            found.append(f"menu “{title}” ({shown.width()}×{shown.height()}) does not fit "
                         f"the screen ({screen.width()}×{screen.height()})")
        metrics = menu.fontMetrics()
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            rect = menu.actionGeometry(action)
            text = _plain(action.text())
            shortcut = action.shortcut().toString()
            need = metrics.horizontalAdvance(text) + (
                metrics.horizontalAdvance(shortcut) + metrics.averageCharWidth() if shortcut
                else 0)
            if need > rect.width() or metrics.height() > rect.height() + SLACK:
                found.append(f"menu entry “{text}” needs {need}×{metrics.height()} px, has "
                             f"{rect.width()}×{rect.height()}")
        bar_rect = window.menuBar().actionGeometry(menu.menuAction())
        if not window.menuBar().rect().contains(bar_rect):
            found.append(f"menu title “{title}” is cut off in the menu bar")
        return found
    finally:
        menu.hide()


def grab_menu(window: QMainWindow, menu: QMenu) -> QImage:
    """The window with the menu drawn open over it (a grab never includes a popup)."""
    from PySide6.QtGui import QPainter

    open_menu(window, menu)
    try:
        image = window.grab().toImage()
        painter = QPainter(image)
        origin = window.mapFromGlobal(menu.pos())
        painter.drawPixmap(origin, menu.grab())
        painter.end()
        return image
    finally:
        menu.hide()
