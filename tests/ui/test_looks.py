"""One icon set, one palette and stylesheet, headings that follow the text size, and 今日
carrying what the 工作台 page showed."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QStyle,
    QStyleFactory,
)
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain.session import Session
from station_desk.paths import resources_dir
from station_desk.ui import icons, layout_audit, theme
from station_desk.ui.application import make_application
from station_desk.ui.main_window import GROUP_ROLE, MainWindow
from station_desk.ui.records.today_page import TodayPage
from station_desk.ui.section_list import default_registry
from station_desk.ui.settings import UiSettings


@pytest.fixture
def themed(qapp: QApplication):
    """The application as make_application leaves it; the test suite's plain one after."""
    before = (qapp.styleSheet(), qapp.palette(), qapp.style().name())
    make_application()
    yield qapp
    qapp.setStyleSheet(before[0])
    qapp.setPalette(before[1])
    qapp.setStyle(QStyleFactory.create(before[2]))
    qapp.setProperty("stationDeskTheme", None)


def test_every_section_has_its_own_glyph_of_the_one_set(qapp: QApplication) -> None:
    keys = [s.key for s in default_registry().all()]
    assert "dashboard" not in keys  # 工作台 is folded into 今日
    missing = [k for k in keys if k not in icons.NAV_ICONS]
    assert not missing, f"sections without an icon: {missing}"
    chosen = [icons.NAV_ICONS[k] for k in keys]
    assert len(set(chosen)) == len(chosen), "an icon is used for two sections"
    assert all(name.startswith("ph.") for name in chosen)  # one set: Phosphor
    for key in keys:
        pixmap = icons.section_icon(key).pixmap(24, 24)
        assert not pixmap.isNull()
        image = pixmap.toImage()
        inked = sum(1 for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha())
        assert inked > 10, f"{key}'s icon drew nothing"
    for name in icons.ACTION_ICONS:
        assert not icons.action_icon(name).pixmap(16, 16).isNull()


def test_main_window_uses_the_set_and_no_stock_icon(qtbot: QtBot, themed: QApplication,
                                                    admin: Session,
                                                    ui_settings: UiSettings) -> None:
    window = MainWindow(admin, ui_settings)
    qtbot.addWidget(window)
    titles, groups = [], []
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        if item.data(GROUP_ROLE):  # a group's title: no icon, not an entry to choose
            assert item.flags() == Qt.ItemFlag.NoItemFlags
            groups.append(item.text())
            continue
        assert not item.icon().isNull(), item.text()
        titles.append(item.text())
    assert "工作台" not in titles and "Dashboard" not in titles
    assert groups == ["Daily work", "Station", "Administration"]
    window.show_section("audit")
    assert window.nav.currentItem().text() == "Audit trail"
    assert window.lock_action.icon().isNull() is False


def test_ok_and_cancel_carry_no_icons(qtbot: QtBot, themed: QApplication) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    for button in box.buttons():
        assert button.icon().isNull(), button.text()
    message = QMessageBox(QMessageBox.Icon.Question, "t", "q",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    for button in message.buttons():
        assert button.icon().isNull(), button.text()
    # asked for the box, as the box asks: the stylesheet's rule answers, whatever the
    # platform's own default (icons on GNOME and KDE)
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    assert themed.style().styleHint(hint, None, box) == 0


def test_one_stylesheet_with_known_colours_and_no_fixed_font_sizes() -> None:
    qss = (resources_dir() / "style" / "station-desk.qss").read_text("utf-8")
    body = re.sub(r"/\*.*?\*/", "", qss, flags=re.DOTALL)
    assert "font-size" not in body  # text sizes follow the user's choice, never fixed here
    used = set(re.findall(r"@([a-z_]+)", body))
    assert used <= set(theme.colours()), used - set(theme.colours())
    assert "@" not in theme.stylesheet()


def test_no_screen_fixes_its_font_size_in_a_style_sheet() -> None:
    """A font size in a style sheet (px, pt, or a % Qt ignores) does not grow with 150 %
    text; headings use theme.Heading instead. Paper (the recovery key sheet) is exempt."""
    folder = resources_dir().parent / "src" / "station_desk" / "ui"
    paper = {"recovery_print.py"}
    found = [str(path.relative_to(folder)) for path in sorted(folder.rglob("*.py"))
             if path.name not in paper
             and re.search(r"font-size:\s*\d", path.read_text("utf-8"))]
    assert not found, found


def test_headings_follow_the_text_size(qtbot: QtBot, qapp: QApplication) -> None:
    heading = theme.Heading("今日")
    qtbot.addWidget(heading)
    font = QGuiApplication.font()
    base = font.pointSizeF()
    assert heading.font().pointSizeF() == pytest.approx(base * theme.HEADING_SCALE[1])
    try:
        font.setPointSizeF(base * 1.5)
        QGuiApplication.setFont(font)
        QApplication.sendPostedEvents(None, QEvent.Type.FontChange)
        assert heading.font().pointSizeF() == pytest.approx(
            base * 1.5 * theme.HEADING_SCALE[1])
    finally:
        font.setPointSizeF(base)
        QGuiApplication.setFont(font)


def test_today_shows_the_safeguards_to_the_admin(qtbot: QtBot, admin: Session) -> None:
    page = TodayPage(admin)
    qtbot.addWidget(page)
    page.refresh()
    settle(qtbot)  # the chain and the backups, checked on the worker
    assert page.safeguards is not None
    assert "完好" in page.safeguards.chain.text() or "intact" in page.safeguards.chain.text()
    assert page.safeguards.backup_state.text()


def test_larger_text_reaches_every_shown_widget_in_the_styled_app(
        qtbot: QtBot, themed: QApplication, admin: Session, ui_settings: UiSettings) -> None:
    """Qt leaves shown widgets at their old size when a style sheet is set; the theme sets
    the sheet again on a font change, so View → Larger text reaches all of them."""
    window = MainWindow(admin, ui_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    base = QGuiApplication.font().pointSizeF()
    nav_before = window.nav.width()
    try:
        window.set_font_scale(1.5)
        labels = [w for w in window.findChildren(QLabel) if w.isVisibleTo(window)
                  and not isinstance(w, theme.Heading)]
        assert labels
        stale = [w.text() for w in labels if w.font().pointSizeF() < base * 1.4]
        assert not stale, stale
        assert window.nav.width() > nav_before  # the navigation widens with its text
        for menu in window.menus:  # menus built at normal text fit at 150 % too
            assert not layout_audit.menu_problems(window, menu, QRect(0, 0, 1366, 768))
    finally:
        window.set_font_scale(1.0)
    assert QGuiApplication.font().pointSizeF() == pytest.approx(base)


def test_the_file_name_and_the_key_fingerprint_follow_a_text_size_change(
        qtbot: QtBot, themed: QApplication, admin: Session) -> None:
    """Fonts of their own (the file window's large name, the statistics page's fingerprint
    in a fixed-width font) are sized from the text size again when it changes while they
    are shown, not left at the size they were built with."""
    from station_desk.ui.export.page import ExportPage
    from station_desk.ui.fonts import FontScaler
    from station_desk.ui.records.file_window.header import NAME_SCALE, FileHeader

    header = FileHeader()
    qtbot.addWidget(header)
    header.name_label.setText("王小明")
    page = ExportPage(admin)
    qtbot.addWidget(page)
    header.show()
    page.show()
    scaler = FontScaler()
    fingerprint = page.key_box.fingerprint
    base = QGuiApplication.font().pointSizeF()
    assert header.name_label.font().pointSizeF() == pytest.approx(base * NAME_SCALE)
    assert header.name_label.font().bold()
    assert fingerprint.font().pointSizeF() == pytest.approx(base * 1.3)
    mono = fingerprint.font().family()
    try:
        scaler.apply(1.5)
        QApplication.sendPostedEvents(None, QEvent.Type.FontChange)
        QApplication.processEvents()
        assert header.name_label.font().pointSizeF() == pytest.approx(base * 1.5 * NAME_SCALE)
        assert header.name_label.font().bold()
        assert fingerprint.font().pointSizeF() == pytest.approx(base * 1.5 * 1.3)
        assert fingerprint.font().family() == mono  # still the fixed-width font
        assert fingerprint.sizeHint().width() >= fingerprint.fontMetrics().horizontalAdvance(
            fingerprint.text())
    finally:
        scaler.apply(1.0)
    assert header.name_label.font().pointSizeF() == pytest.approx(base * NAME_SCALE)


def test_the_print_button_is_not_cut_when_the_preview_opens(
        qtbot: QtBot, themed: QApplication, admin: Session) -> None:
    """The preview's 打印… is the one action it leads to, filled with the accent and sized
    for it from the start. It used to become the dialog's default button only when it took
    the focus, after the layout had sized it as a plain one: at 150 % text it read "rint·"."""
    from PySide6.QtWidgets import QPushButton

    from station_desk import reports
    from station_desk.ui.fonts import FontScaler
    from station_desk.ui.printing.dialog import PreviewDialog

    scaler = FontScaler()
    scaler.apply(1.5)
    try:
        doc = reports.prepare(admin, reports.Request("forms", form="all"))
        dialog = PreviewDialog(admin, doc)
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        preview = dialog.preview
        for button in (preview.print_button, preview.save_button):
            button.setFocus()
            QApplication.processEvents()
            probe = QPushButton(button.text())
            qtbot.addWidget(probe)
            if button.isDefault() or button.property("primary"):
                theme.mark_primary(probe)  # the accent's padding
            probe.ensurePolished()
            assert button.width() >= probe.sizeHint().width(), button.text()
            assert not button.isDefault()  # Enter does not print or save a numbered copy
        assert preview.print_button.property("primary")
    finally:
        scaler.apply(1.0)


def test_a_tone_colours_a_label_from_the_palette(themed: QApplication, qtbot: QtBot) -> None:
    """Labels that say something at a glance (a risk chip, a crisis bar, a refusal) take
    their colours from the app's stylesheet by tone, not from a stylesheet of their own."""
    colours = theme.colours()
    qss = (resources_dir() / "style" / "station-desk.qss").read_text("utf-8")
    label = QLabel("高危")
    qtbot.addWidget(label)
    label.show()
    for tone, ink in (("alarm", "alarm_ink"), ("good", "good_ink"), ("muted", "muted_text"),
                      ("crisis-bar", "accent_text"), ("danger", "danger")):
        theme.set_tone(label, tone)
        assert label.palette().color(label.foregroundRole()).name() == colours[ink], tone
    assert not label.styleSheet()
    for tone in theme.TONES:
        assert f'tone="{tone}"' in qss, tone
    with pytest.raises(ValueError):
        theme.set_tone(label, "loud")
