"""Locking hides every record and keeps what was typed; unlocking needs the password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import ADMIN_PASSWORD, settle, visible_texts

from station_desk.domain.session import Session
from station_desk.ui import builtin_sections
from station_desk.ui.clipboard import copy_secret
from station_desk.ui.idle import IdleWatcher
from station_desk.ui.main_window import MainWindow
from station_desk.ui.sections import Section, SectionRegistry
from station_desk.ui.settings import UiSettings

SECRET = "来访者张某某：失眠两周，提及轻生念头"
CLIENT = "张某某"


class NotesPage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.heading = QLabel(f"档案 {CLIENT}")
        self.editor = QPlainTextEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.editor)


def registry_with_notes() -> SectionRegistry:
    registry = SectionRegistry()
    builtin_sections.register(registry)
    registry.add(Section("notes", lambda: "Notes", "SP_FileIcon", NotesPage, order=10))
    return registry


def open_window(qtbot: QtBot, session: Session, settings: UiSettings,
                idle_ms: int | None = None) -> MainWindow:
    window = MainWindow(session, settings, registry_with_notes(), idle_ms=idle_ms)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # offscreen: nothing is active until asked; shortcuts need it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def all_visible_texts() -> str:
    return "\n".join(t for w in QApplication.topLevelWidgets() if w.isVisible()
                     for t in visible_texts(w))


def test_ctrl_l_locks_hides_records_and_unlock_restores_input(
        qtbot: QtBot, admin: Session, ui_settings: UiSettings) -> None:
    window = open_window(qtbot, admin, ui_settings)
    window.show_section("notes")
    page = window.page("notes")
    assert isinstance(page, NotesPage)
    page.editor.setPlainText(SECRET)
    page.editor.setFocus()
    popup = QDialog(window)  # a record open in a separate window
    popup.setLayout(QVBoxLayout())
    popup.layout().addWidget(QLabel(CLIENT))
    popup.show()
    assert CLIENT in all_visible_texts()

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)

    assert admin.locked
    assert not window.work.isVisible()
    assert not popup.isVisible()
    shown = all_visible_texts()
    assert CLIENT not in shown and SECRET not in shown
    assert admin.audit.query(action="lock", limit=1)

    window.lock_screen.password.setText("wrong-password")
    window.lock_screen.unlock_button.click()
    settle(qtbot)
    assert window.is_locked
    assert window.lock_screen.error.isVisible()
    # the lock screen asks for the password only, and its message says nothing else
    assert window.lock_screen.error.text() == "Wrong password."

    window.lock_screen.password.setText(ADMIN_PASSWORD)
    window.lock_screen.unlock_button.click()
    settle(qtbot)
    assert not window.is_locked and not admin.locked
    assert window.page("notes") is page  # the same widgets, not rebuilt
    assert page.editor.toPlainText() == SECRET
    assert window.current_page() is page
    assert popup.isVisible()
    assert [e.action for e in admin.audit.query(limit=3)] == ["unlock", "unlock.failed", "lock"]


def test_menus_are_disabled_while_locked_except_quit(
        qtbot: QtBot, admin: Session, ui_settings: UiSettings) -> None:
    window = open_window(qtbot, admin, ui_settings)
    window.lock()
    assert not window.lock_action.isEnabled()
    assert not window.section_actions[0].isEnabled()
    assert window.quit_action.isEnabled()
    window.show_section("audit")  # navigation while locked does nothing
    assert window.is_locked
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


class CountingTimer(QTimer):
    """A QTimer that counts its (re)starts: the idle countdown, run out by hand."""

    def __init__(self) -> None:
        super().__init__()
        self.starts = 0

    def start(self, *args: object) -> None:
        self.starts += 1
        super().start(*args)


def test_idle_timeout_locks(qtbot: QtBot, admin: Session, ui_settings: UiSettings) -> None:
    window = open_window(qtbot, admin, ui_settings, idle_ms=600_000)
    window.show_section("notes")
    window.page("notes").editor.setPlainText(SECRET)  # type: ignore[attr-defined]
    assert window.idle.is_running() and window.idle.timeout_ms() == 600_000
    window.idle.timer.timeout.emit()  # ten quiet minutes, run out rather than waited for
    assert window.is_locked
    assert SECRET not in all_visible_texts()
    assert not window.idle.is_running()  # no second lock while locked


def shown(qtbot: QtBot, widget: QWidget) -> QWindow:
    """The widget's window, shown (the caller keeps the widget alive)."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    handle = widget.windowHandle()
    assert handle is not None
    return handle


def test_input_postpones_the_idle_lock(qtbot: QtBot, qapp: QApplication) -> None:
    """Input as the window system delivers it (to the window first, then the widget): a key
    typed or the mouse moved in any of the app's windows, one opened later too."""
    timer = CountingTimer()
    watcher = IdleWatcher(600_000, timer=timer)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    editors = [QPlainTextEdit(), QPlainTextEdit()]
    first = shown(qtbot, editors[0])
    watcher.watch_windows()
    try:
        watcher.start()
        for _ in range(3):
            QTest.keyClick(first, Qt.Key.Key_Down)
        assert timer.starts == 4 and not fired  # each key press restarted the countdown
        later = shown(qtbot, editors[1])  # a window opened after the watch began
        later.requestActivate()
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is later)
        QTest.mouseMove(later, QPoint(5, 5))
        QTest.keyClick(later, Qt.Key.Key_A)
        assert timer.starts == 6
        watcher.stop()
        QTest.keyClick(first, Qt.Key.Key_Down)
        assert timer.starts == 6  # a stopped countdown (while locked) is left stopped
        watcher.start()
        timer.timeout.emit()
        assert fired == [True]
    finally:
        watcher.stop_watching()
    watcher.start()
    QTest.keyClick(first, Qt.Key.Key_Down)
    assert timer.starts == 8  # no longer watching: only the start above


def test_lock_clears_our_clipboard_text(qtbot: QtBot, admin: Session,
                                        ui_settings: UiSettings) -> None:
    window = open_window(qtbot, admin, ui_settings)
    copy_secret(SECRET)
    assert QApplication.clipboard().text() == SECRET
    window.lock()
    QCoreApplication.processEvents()
    assert QApplication.clipboard().text() != SECRET
