"""Nothing clipped: every main page, the menus and the main dialogs at 1366x768 and 1920x1080,
with normal and 150 % text, in the app's own look, on a demo vault (zh_CN).

What "clipped" means is station_desk.ui.layout_audit's: a label, button, check box or group
title narrower than its text, an elided tab, a widget sticking out of its parent, a form that
scrolls sideways, a window that cannot shrink to the screen, a menu entry cut short, a
table's column title or cell cut by its column, a small table that scrolls sideways or is cut
at its edge (a long list marked as a register may scroll), a list entry wider than its list.
The first tests show that the check does find each of those when it is there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QTranslator
from PySide6.QtGui import QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStyleFactory,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from station_desk.domain.auth import sign_in
from station_desk.domain.session import Session
from station_desk.tools import demo
from station_desk.ui import layout_audit
from station_desk.ui.application import make_application
from station_desk.ui.fonts import FontScaler, register_bundled_font
from station_desk.ui.i18n import LANG_PROPERTY, install_translators
from station_desk.ui.main_window import MainWindow
from station_desk.ui.screenshots import main_dialogs
from station_desk.ui.settings import UiSettings

SIZES = [(1366, 768), (1920, 1080)]
SCALES = [1.0, 1.5]
ROLES = {"counsellor": "demo_counsellor_a", "admin": "demo_admin"}


# -- the check finds what it should --------------------------------------------------------

def test_audit_finds_a_label_narrower_than_its_text(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    label = QLabel("一段放不下的很长很长很长很长的说明文字")
    label.setMaximumWidth(60)
    row.addWidget(label)
    button = QPushButton("一个文字很长很长的按钮")
    button.setMaximumWidth(50)
    row.addWidget(button)
    box.resize(200, 60)
    box.show()
    found = layout_audit.problems(box)
    assert any("QLabel" in p for p in found), found
    assert any("QPushButton" in p for p in found), found


def test_audit_finds_a_wrapped_label_cut_short_and_a_form_scrolling_sideways(
        qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    column = QVBoxLayout(box)
    wrapped = QLabel("很长的说明文字 " * 40)
    wrapped.setWordWrap(True)
    wrapped.setFixedHeight(20)
    column.addWidget(wrapped)
    area = QScrollArea()
    wide = QWidget()
    wide.setMinimumWidth(2000)
    area.setWidget(wide)
    column.addWidget(area)
    box.resize(400, 300)
    box.show()
    found = layout_audit.problems(box)
    assert any("height" in p for p in found), found
    assert any("scrolls sideways" in p for p in found), found


def test_audit_finds_a_navigation_entry_cut_short(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QListWidget

    box = QWidget()
    qtbot.addWidget(box)
    nav = QListWidget(box)
    nav.setObjectName("navigation")
    nav.addItems(["今日", "保存期限与销毁以及很长很长的名字"])
    nav.setGeometry(0, 0, 90, 200)
    box.resize(300, 200)
    box.show()
    found = layout_audit.problems(box)
    assert any("navigation entry" in p for p in found), found


def test_audit_finds_a_window_that_cannot_shrink_to_the_screen(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    inner = QWidget()
    inner.setMinimumSize(1500, 900)
    window.setCentralWidget(inner)
    window.resize(1366, 768)
    window.show()
    found = layout_audit.problems(window, (1366, 768))
    assert found and "not 1366×768" in found[0], found


def test_audit_finds_a_menu_taller_than_the_screen(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("很长的菜单")
    for number in range(60):
        menu.addAction(f"第 {number} 项")
    window.resize(800, 600)
    window.show()
    found = layout_audit.menu_problems(window, menu, QRect(0, 0, 800, 600))
    assert any("does not fit" in p for p in found), found


def _table(qtbot: QtBot, headers: list[str], rows: list[list[str]],
           widths: list[int]) -> QTableView:
    model = QStandardItemModel(len(rows), len(headers))
    model.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))
    box = QWidget()
    qtbot.addWidget(box)
    view = QTableView(box)  # the check looks at what a window holds
    view.setModel(model)
    model.setParent(view)
    view.setWordWrap(False)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    view.resize(600, 300)
    box.resize(600, 300)
    box.show()
    layout_audit.settle()
    view.window_kept = box  # type: ignore[attr-defined]  # alive as long as the view
    return view


def _found(widget: QWidget) -> list[str]:
    return layout_audit.problems(widget.window())


def test_audit_finds_a_column_title_cut_short_unless_its_tooltip_says_it(
        qtbot: QtBot) -> None:
    view = _table(qtbot, ["档案编号", "一个很长很长很长的列标题"], [["1", "2"]], [120, 40])
    found = _found(view)
    assert any("column header “一个很长很长很长的列标题”" in p for p in found), found
    assert not any("档案编号" in p for p in found), found
    view.model().setHeaderData(1, Qt.Orientation.Horizontal, "一个很长很长很长的列标题",
                               Qt.ItemDataRole.ToolTipRole)
    assert not any("header" in p for p in _found(view))


def test_audit_finds_a_column_that_cuts_its_cells(qtbot: QtBot) -> None:
    view = _table(qtbot, ["号", "单位"], [["1", "短"], ["2", "一家名字很长很长很长的用人单位"]],
                  [60, 60])
    found = _found(view)
    assert any("column “单位” cuts “一家名字很长很长很长的用人单位”" in p for p in found), found
    assert not any("column “号”" in p for p in found), found
    # cut on purpose, the whole text in the tooltip: readable
    model = view.model()
    model.setData(model.index(1, 1), "一家名字很长很长很长的用人单位", Qt.ItemDataRole.ToolTipRole)
    assert not _found(view)
    # wrapped into a row tall enough: readable; a row too low for the lines: cut
    model.setData(model.index(1, 1), None, Qt.ItemDataRole.ToolTipRole)
    view.setWordWrap(True)
    view.setRowHeight(1, view.fontMetrics().lineSpacing() * 8)
    layout_audit.settle()
    assert not _found(view)
    view.setRowHeight(1, view.fontMetrics().height())
    layout_audit.settle()
    assert any("cuts" in p for p in _found(view))


def test_audit_finds_a_list_entry_wider_than_its_list(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QListWidget

    window = QWidget()
    qtbot.addWidget(window)
    box = QListWidget(window)
    box.addItems(["短", "XL-2026-000109  一个名字很长很长的来访者"])
    box.resize(120, 200)
    window.resize(200, 220)
    window.show()
    layout_audit.settle()
    found = _found(box)
    assert any("list entry “XL-2026-000109" in p for p in found), found
    box.setWordWrap(True)  # wrapped in a list that does not scroll sideways: whole
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    box.setResizeMode(QListWidget.ResizeMode.Adjust)
    box.doItemsLayout()
    layout_audit.settle()
    assert not _found(box)


def test_audit_finds_a_table_in_a_page_scrolling_sideways_unless_it_is_a_register(
        qtbot: QtBot) -> None:
    """A small table in a box on a page that scrolls sideways (今日 at 150 % text, in
    English) is found; a long list marked as a register may, as a spreadsheet does."""
    from station_desk.ui.table_columns import mark_register

    view = _table(qtbot, ["Time", "File number", "Name", "Counsellor", "Room"],
                  [["09:00–09:50", "XL-2026-000109", "匿名来访者0109", "林演示",
                    "Counselling room"]], [160, 160, 160, 160, 160])
    found = _found(view)
    assert any(p.startswith("table “Time · File number") and p.endswith("scrolls sideways")
               for p in found), found
    mark_register(view)
    assert not any("sideways" in p for p in _found(view))
    # with the scroll bar turned off the columns past the edge are cut: found as well
    view.setProperty("register", False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    layout_audit.settle()
    assert any("cut at its right edge" in p for p in _found(view)), _found(view)


def test_a_small_table_shares_out_its_width_and_wraps(qtbot: QtBot) -> None:
    """`fit_to_width`: the columns take their whole width where they fit; where they do not,
    the widest wrap (and the header grows for a wrapped title), with nothing cut or scrolled
    sideways; too narrow for its longest words it asks its layout for that much."""
    from station_desk.ui.table_columns import fit_to_width, share_out

    assert share_out([100, 50], [40, 30], 200) == [100, 100]  # the rest to the last
    assert share_out([300, 50, 200], [60, 40, 60], 400) == [175, 50, 175]  # the widest give
    assert share_out([300, 50], [120, 40], 100) == [120, 40]  # no less than their words
    view = _table(qtbot, ["Time", "File number", "Name", "Follow-up due"],
                  [["09:00–09:50", "XL-2026-000109", "一个名字很长很长很长的来访者",
                    "2026-12-04 00:30"]], [200, 200, 200, 200])
    fit = fit_to_width(view)
    view.resize(320, 300)
    layout_audit.settle()
    header = view.horizontalHeader()
    assert not view.horizontalScrollBar().isVisible()
    assert header.length() <= view.viewport().width() + 2
    assert not _found(view), _found(view)
    name = "一个名字很长很长很长的来访者"
    assert header.sectionSize(2) < view.fontMetrics().horizontalAdvance(name)  # wrapped
    view.resize(580, 300)  # room: one line each, the last column stretched to the edge
    layout_audit.settle()
    assert header.length() == view.viewport().width()
    assert view.minimumWidth() == fit.least and not _found(view)


def test_a_table_keeps_its_columns_whole_when_it_runs_out_of_room(qtbot: QtBot) -> None:
    """The stretched last column of a table with no room left is as wide as its title and
    rows need (Qt would give it 100 px), and a column sized by hand starts at its title."""
    from station_desk.ui.records.common import table_view
    from station_desk.ui.records.list_model import ListTableModel

    model = ListTableModel([
        (lambda: "一个相当长的列标题用来占地方", lambda r: r[0]),
        (lambda: "Employer / unit of the worker", lambda r: r[1]),
    ])
    window = QWidget()
    qtbot.addWidget(window)
    view = table_view(model, window)
    model.set_rows([("甲", "一家名字很长很长很长很长的用人单位")])
    view.resize(260, 200)
    window.resize(1300, 220)
    window.show()
    layout_audit.settle()
    assert view.horizontalHeader().sectionSize(1) >= \
        view.horizontalHeader().sectionSizeHint(1)
    # whole, and so wider than the table: it scrolls sideways (which the check reports of a
    # table that is not a register), nothing cut
    assert [p for p in _found(view) if "sideways" not in p] == []
    view.resize(1200, 200)  # with room, it stretches to the edge
    layout_audit.settle()
    header = view.horizontalHeader()
    assert header.sectionSize(0) + header.sectionSize(1) >= view.viewport().width() - 2
    other = QWidget()
    qtbot.addWidget(other)
    lazy = table_view(ListTableModel([(lambda: "A title wider than 100 px", lambda r: r),
                                      (lambda: "last", lambda r: r)]), other, lazy=True)
    lazy.resize(500, 200)
    other.resize(520, 220)
    other.show()
    layout_audit.settle()
    assert not _found(lazy)  # before anything is listed, too


# -- the app ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("layout") / "demo-vault"
    demo.create_demo_vault(root, clients=40, sessions=160)
    return root


@pytest.fixture
def looks(qapp: QApplication) -> Iterator[Callable[..., None]]:
    """The app's look, in a language (Chinese unless told) at a text scale; the suite's
    plain application after."""
    before = (qapp.styleSheet(), qapp.palette(), qapp.style().name(), qapp.font())
    translators: list[QTranslator] = []
    make_application()
    register_bundled_font()  # as the app does: the Chinese font's metrics are what count
    scaler = FontScaler()

    def apply(scale: float, lang: str = "zh") -> None:
        translators.extend(install_translators(qapp, lang))
        scaler.apply(scale)

    yield apply
    qapp.setFont(before[3])
    qapp.setStyleSheet(before[0])
    qapp.setPalette(before[1])
    qapp.setStyle(QStyleFactory.create(before[2]))
    qapp.setProperty("stationDeskTheme", None)
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setProperty(LANG_PROPERTY, "en")


def _gone(widget: QWidget) -> None:
    """Closed and deleted now, before the look and the language are put back: a page that
    outlived its session would be asked to translate its headers again."""
    widget.close()
    layout_audit.settle()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _session(root: Path, role: str) -> Session:
    account = next(a for a in demo.DEMO_ACCOUNTS() if a["username"] == ROLES[role])
    return sign_in(root, account["username"], account["password"])


@pytest.mark.parametrize("role", sorted(ROLES))
@pytest.mark.parametrize("scale", SCALES, ids=["100pct", "150pct"])
@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1920x1080"])
def test_every_page_and_menu_fits(looks: Callable[..., None], demo_vault: Path,
                                  tmp_path: Path, size: tuple[int, int], scale: float,
                                  role: str) -> None:
    looks(scale)
    _check_pages(demo_vault, tmp_path, size, role)


@pytest.mark.parametrize("role", sorted(ROLES))
@pytest.mark.parametrize("scale", SCALES, ids=["100pct", "150pct"])
def test_every_page_and_menu_fits_in_english(looks: Callable[..., None], demo_vault: Path,
                                             tmp_path: Path, scale: float, role: str) -> None:
    """English words are longer than their Chinese: the smaller screen, in English."""
    looks(scale, "en")
    _check_pages(demo_vault, tmp_path, (1366, 768), role)


def _check_pages(demo_vault: Path, tmp_path: Path, size: tuple[int, int], role: str) -> None:
    session = _session(demo_vault, role)
    window = MainWindow(session, UiSettings.at(tmp_path / "ui.ini"))
    window.resize(*size)
    window.show()
    found: list[str] = []
    try:
        for key in window.visible_section_keys():
            window.show_section(key)
            layout_audit.settle()
            found += [f"{key}: {p}" for p in layout_audit.problems(window, size)]
        screen = QRect(0, 0, *size)
        for menu in window.menus:
            found += layout_audit.menu_problems(window, menu, screen)
    finally:
        _gone(window)
        session.close()
    assert not found, "\n".join(found)


@pytest.mark.parametrize("scale", SCALES, ids=["100pct", "150pct"])
@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1920x1080"])
def test_main_dialogs_fit(looks: Callable[..., None], demo_vault: Path, tmp_path: Path,
                          size: tuple[int, int], scale: float) -> None:
    looks(scale)
    _check_dialogs(demo_vault, tmp_path, size)


# Every main dialog is checked in English too (the session form's check boxes take fewer
# columns when the form is narrow instead of scrolling sideways).
NOT_YET_IN_ENGLISH: set[str] = set()


@pytest.mark.parametrize("scale", SCALES, ids=["100pct", "150pct"])
def test_main_dialogs_fit_in_english(looks: Callable[..., None], demo_vault: Path,
                                     tmp_path: Path, scale: float) -> None:
    looks(scale, "en")
    _check_dialogs(demo_vault, tmp_path, (1366, 768), skip=NOT_YET_IN_ENGLISH)


def _check_dialogs(demo_vault: Path, tmp_path: Path, size: tuple[int, int],
                   skip: set[str] | None = None) -> None:
    session = _session(demo_vault, "counsellor")
    parent = QWidget()
    found: list[str] = []
    try:
        for name, make in main_dialogs(session, parent, tmp_path / "dialog-ui.ini"):
            if skip and name in skip:
                continue
            dialog = make()
            try:
                layout_audit.show_as_on_screen(dialog, size)  # as exec() would
                width, height = dialog.width(), dialog.height()
                if width > size[0] or height > size[1]:
                    found.append(f"{name}: {width}×{height} is larger than the screen")
                    dialog.resize(min(width, size[0]), min(height, size[1]))
                    layout_audit.settle()
                found += [f"{name}: {p}" for p in layout_audit.problems(dialog)]
            finally:
                _gone(dialog)
    finally:
        _gone(parent)
        session.close()
    assert not found, "\n".join(found)


def test_the_file_list_lists_files_when_first_shown(qtbot: QtBot, demo_vault: Path,
                                                    tmp_path: Path) -> None:
    """Not only once something is typed: the page opened empty before."""
    session = _session(demo_vault, "counsellor")
    window = MainWindow(session, UiSettings.at(tmp_path / "ui.ini"))
    try:
        window.show()
        window.show_section("records.clients")
        layout_audit.settle()
        assert window.page("records.clients").model.rowCount() > 0  # type: ignore[attr-defined]
    finally:
        _gone(window)
        session.close()


def test_the_screenshot_script_writes_pages_and_reports_nothing_clipped(
        looks: Callable[[float], None], demo_vault: Path, tmp_path: Path) -> None:
    from station_desk.ui import screenshots

    out = tmp_path / "shots"
    code = screenshots.main(["--vault", str(demo_vault), "--out", str(out), "--no-optimize",
                             "--only", "records.today", "records.clients", "file"])
    for translator in QApplication.instance().findChildren(QTranslator):  # type: ignore[union-attr]
        QApplication.removeTranslator(translator)
    assert code == 0
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == ["file-window.png", "records-clients.png", "records-today.png"]
    image = QImage(str(out / "records-today.png"))
    assert (image.width(), image.height()) == (1366, 768)


@pytest.mark.parametrize("scale", SCALES, ids=["100pct", "150pct"])
def test_today_scrolls_only_when_its_boxes_do_not_fit(
        looks: Callable[[float], None], demo_vault: Path, tmp_path: Path,
        scale: float) -> None:
    """At 1366x768 with normal text 今日 fits without scrolling; at 150 % it scrolls up and
    down rather than squeezing its tables to a header and half a row."""
    from PySide6.QtWidgets import QScrollArea, QTableView

    looks(scale)
    session = _session(demo_vault, "counsellor")
    window = MainWindow(session, UiSettings.at(tmp_path / "ui.ini"))
    try:
        window.resize(1366, 768)
        window.show()
        window.show_section("records.today")
        layout_audit.settle()
        page = window.page("records.today")
        area = page.findChild(QScrollArea, "pageScroll")
        assert area is not None
        assert area.verticalScrollBar().isVisible() == (scale > 1.0)
        assert not area.horizontalScrollBar().isVisible()
        assert page.grid.columns == 2  # in Chinese the boxes stand side by side at 150 % too
        for view in page.findChildren(QTableView):
            if view.isVisibleTo(page):
                rows = view.viewport().height() / view.verticalHeader().defaultSectionSize()
                assert rows >= 1.9, (view.model().headerData(0, Qt.Orientation.Horizontal),
                                     rows)
    finally:
        _gone(window)
        session.close()


def test_today_in_english_at_150pct_stands_its_boxes_one_under_another(
        looks: Callable[..., None], demo_vault: Path, tmp_path: Path) -> None:
    """English at 150 % on a 1366x768 screen: two boxes to a row would leave the tables too
    narrow for their words, so the boxes stand one under another; no table scrolls
    sideways, none is cut (the layout audit of every page checks the same)."""
    from PySide6.QtWidgets import QTableView

    looks(1.5, "en")
    session = _session(demo_vault, "counsellor")
    window = MainWindow(session, UiSettings.at(tmp_path / "ui.ini"))
    try:
        window.resize(1366, 768)
        window.show()
        window.show_section("records.today")
        layout_audit.settle()
        layout_audit.settle()  # the boxes laid out again, one to a row
        page = window.page("records.today")
        assert page.grid.columns == 1
        for view in page.findChildren(QTableView):
            if view.isVisibleTo(page):
                assert not view.horizontalScrollBar().isVisible()
                assert view.horizontalHeader().length() <= view.viewport().width() + 2
        assert not layout_audit.problems(window, (1366, 768))
    finally:
        _gone(window)
        session.close()
