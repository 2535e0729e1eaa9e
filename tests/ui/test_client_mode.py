"""Client-facing mode, for both client screens (the PHQ kiosk and the satisfaction form),
started from an open file as a counsellor would. Every way out is tried on each: Esc, close(),
Alt+F4 as a key and as a close event, the main window's shortcuts, a deactivation, the
application going inactive (the OS task switcher as far as Qt sees it), another window of the
app popping up, the screen hidden by code, finishing the form and cancelling it. After each,
the main window shows its lock screen and no record is visible or one click away; the client
screen's widget tree holds nothing of a record."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import settle, visible_texts

from station_desk.domain.records import files, sessions
from station_desk.ui import client_mode
from station_desk.ui.assess import alert_dialog
from station_desk.ui.assess.kiosk import KioskScreen
from station_desk.ui.client_mode import ClientCover, ClientMode
from station_desk.ui.main_window import MainWindow
from station_desk.ui.modal import alive
from station_desk.ui.records.file_window import ClientFileView, FileWindow
from station_desk.ui.records.satisfaction_kiosk import SatisfactionKiosk
from station_desk.ui.settings import UiSettings
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401

CLIENT = "张小敏"
NOTE = "来访者诉夜班后反复做噩梦，担心被车间主任发现。"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Desk:
    world: World
    window: MainWindow
    file_window: FileWindow
    view: ClientFileView
    file_no: str


@pytest.fixture(name="desk")
def desk_fixture(qtbot: QtBot, world: World, ui_settings: UiSettings,
                 monkeypatch: pytest.MonkeyPatch) -> Desk:
    monkeypatch.setattr(alert_dialog.AlertDialog, "ask",
                        staticmethod(lambda *_a, **_k: None))
    cid = world.client()
    draft = sessions.save_draft(world.lin, cid, full_input(world.today, complaint=NOTE))
    sessions.sign_session(world.lin, cid, draft.id, password=PASSWORD)
    window = MainWindow(world.lin, ui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    client = files.open_file(world.lin, cid)
    file_window = FileWindow(world.lin, client, window)
    file_window.show()
    qtbot.waitExposed(file_window)
    settle(qtbot)  # the file is read on the worker
    file_window.view.select_record(draft.id)
    shown = all_visible_texts()
    assert CLIENT in shown and NOTE in shown
    return Desk(world, window, file_window, file_window.view, client.file_no)


def all_visible_texts() -> str:
    return "\n".join(t for w in QApplication.topLevelWidgets() if w.isVisible()
                     for t in visible_texts(w))


def tree_texts(widget: QWidget) -> str:
    """Every string in the widget's tree, shown or not."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton | QLineEdit):
            texts.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            texts.append(child.toPlainText())
        texts.append(child.toolTip())
    return "\n".join(texts)


def start_kiosk(desk: Desk) -> QWidget:
    panel = desk.view.show_assessments()
    panel.instrument.setCurrentIndex(panel.instrument.findData("phq9"))
    panel.kiosk_button.click()
    settle()  # the hand-over is audited on the worker before the kiosk takes the screen
    assert isinstance(panel.kiosk, KioskScreen)
    return panel.kiosk


def start_rating(desk: Desk) -> QWidget:
    desk.view.bar.action("rating").trigger()
    forms = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, SatisfactionKiosk) and w.isVisible()]
    assert len(forms) == 1
    return forms[0]


SCREENS: dict[str, Callable[[Desk], QWidget]] = {"kiosk": start_kiosk,
                                                 "satisfaction": start_rating}


def mode_of(screen: QWidget) -> ClientMode:
    mode = screen.mode  # type: ignore[attr-defined]
    assert isinstance(mode, ClientMode)
    return mode


def assert_nothing_of_a_record(desk: Desk, screen: QWidget | None = None) -> None:
    window = desk.window
    assert window.is_locked and window.outer.currentWidget() is window.lock_screen
    assert desk.world.lin.locked
    assert not window.work.isVisible() and not desk.file_window.isVisible()
    shown = all_visible_texts()
    for secret in (CLIENT, NOTE, desk.file_no):
        assert secret not in shown
    others = [w for w in QApplication.topLevelWidgets() if w.isVisible()
              and w is not window and w is not screen and not isinstance(w, ClientCover)
              and w.windowType() != Qt.WindowType.ToolTip]
    assert others == []
    if screen is not None and alive(screen):
        inside = tree_texts(screen)
        for secret in (CLIENT, NOTE, desk.file_no):
            assert secret not in inside


def assert_still_up(qtbot: QtBot, desk: Desk, screen: QWidget) -> None:
    QApplication.processEvents()
    assert alive(screen) and screen.isVisible() and screen.isFullScreen()
    assert mode_of(screen).active
    assert_nothing_of_a_record(desk, screen)


def assert_ended_at_lock_screen(qtbot: QtBot, desk: Desk, screen: QWidget) -> None:
    qtbot.waitUntil(lambda: not alive(screen) or not screen.isVisible(), timeout=2000)
    assert_nothing_of_a_record(desk)
    # the counsellor signs in again to get back: the file is back as it was
    desk.window.lock_screen.password.setText(PASSWORD)
    desk.window.lock_screen.unlock_button.click()
    settle(qtbot)
    assert not desk.window.is_locked and desk.file_window.isVisible()
    assert CLIENT in all_visible_texts()


class ShowWatcher(QObject):
    """Notes, when a client screen is shown, whether the main window was locked by then."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.locked_when_shown: list[bool] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(obj, KioskScreen | SatisfactionKiosk):
            self.locked_when_shown.append(self.window.is_locked
                                          and not self.window.work.isVisible())
        return False


@pytest.mark.parametrize("kind", list(SCREENS))
def test_entering_shows_the_lock_screen_first_then_the_client_screen(
        qtbot: QtBot, desk: Desk, kind: str) -> None:
    watcher = ShowWatcher(desk.window)
    QApplication.instance().installEventFilter(watcher)
    try:
        screen = SCREENS[kind](desk)
        qtbot.waitExposed(screen)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert watcher.locked_when_shown == [True]
    flags = screen.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
    assert screen.windowModality() == Qt.WindowModality.ApplicationModal
    assert screen.geometry() == desk.window.screen().geometry()
    assert_still_up(qtbot, desk, screen)


def _esc(qtbot: QtBot, screen: QWidget) -> None:
    target = QApplication.focusWidget() or screen
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)


def _close(_qtbot: QtBot, screen: QWidget) -> None:
    assert screen.close() is False


def _alt_f4(qtbot: QtBot, screen: QWidget) -> None:
    qtbot.keyClick(screen, Qt.Key.Key_F4, ALT)
    # the window manager turns Alt+F4 into a close event
    event = QCloseEvent()
    QApplication.sendEvent(screen, event)
    assert not event.isAccepted()


def _shortcuts(qtbot: QtBot, screen: QWidget) -> None:
    for key in (Qt.Key.Key_L, Qt.Key.Key_Q, Qt.Key.Key_1, Qt.Key.Key_W, Qt.Key.Key_Comma):
        qtbot.keyClick(screen, key, CTRL)
    qtbot.keyClick(screen, Qt.Key.Key_Tab, ALT)
    qtbot.keyClick(screen, Qt.Key.Key_F, ALT)  # the File menu's accelerator
    qtbot.keyClick(screen, Qt.Key.Key_Meta)


def _deactivate(qtbot: QtBot, screen: QWidget) -> None:
    QApplication.sendEvent(screen, QEvent(QEvent.Type.WindowDeactivate))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=2000)


def _application_inactive(qtbot: QtBot, screen: QWidget) -> None:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=2000)


def _main_window_targeted(qtbot: QtBot, screen: QWidget) -> None:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    assert window.close() is False and window.isVisible()  # its taskbar "close window"
    window.activateWindow()  # a click on the main window behind (another monitor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    window.show_section("today")  # locked: does nothing


def _another_window(qtbot: QtBot, screen: QWidget) -> None:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    intruder = QLabel(f"{CLIENT} 的档案")  # e.g. a message box a timer raised
    intruder.setWindowFlag(Qt.WindowType.Window)
    intruder.setParent(window, Qt.WindowType.Window)
    intruder.show()
    qtbot.waitUntil(lambda: not intruder.isVisible(), timeout=2000)
    assert intruder in window.aside.windows  # back when the counsellor unlocks


ESCAPES: dict[str, Callable[[QtBot, QWidget], None]] = {
    "Esc": _esc, "close()": _close, "Alt+F4": _alt_f4, "shortcuts": _shortcuts,
    "deactivation": _deactivate, "application inactive": _application_inactive,
    "the main window behind": _main_window_targeted, "another window": _another_window,
}


@pytest.mark.parametrize("escape", list(ESCAPES))
@pytest.mark.parametrize("kind", list(SCREENS))
def test_every_escape_is_refused(qtbot: QtBot, desk: Desk, kind: str, escape: str) -> None:
    screen = SCREENS[kind](desk)
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=2000)
    ESCAPES[escape](qtbot, screen)
    assert_still_up(qtbot, desk, screen)
    assert sum(mode_of(screen).refused.values()) > 0


def _finish_kiosk(qtbot: QtBot, screen: QWidget) -> None:
    assert isinstance(screen, KioskScreen)
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    for _ in range(9):
        qtbot.keyClick(screen, Qt.Key.Key_1)
        qtbot.keyClick(screen, Qt.Key.Key_Return)
    settle(qtbot)  # scored and stored on the worker
    assert screen.stack.currentWidget() is screen.thanks_page
    screen.done_button.click()


def _cancel_kiosk(qtbot: QtBot, screen: QWidget) -> None:
    assert isinstance(screen, KioskScreen)
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    qtbot.keyClick(screen, Qt.Key.Key_2)
    screen.staff_button.click()
    assert not screen.password.isVisible()  # the lock screen asks for it
    screen.unlock_button.click()


def _finish_rating(qtbot: QtBot, screen: QWidget) -> None:
    assert isinstance(screen, SatisfactionKiosk)
    screen.submit()
    settle(qtbot)  # refused on the worker
    assert screen.error.isVisible() and screen.isVisible()  # not every item rated yet
    for group in screen.groups.values():
        group.button(4).setChecked(True)
    screen.comment.setPlainText("老师很耐心")
    screen.submit_button.click()


def _cancel_rating(_qtbot: QtBot, screen: QWidget) -> None:
    assert isinstance(screen, SatisfactionKiosk)
    screen.skip_button.click()


def _hidden_by_code(_qtbot: QtBot, screen: QWidget) -> None:
    screen.hide()


ENDINGS: dict[str, dict[str, Callable[[QtBot, QWidget], None]]] = {
    "kiosk": {"finished": _finish_kiosk, "cancelled": _cancel_kiosk,
              "escaped": _hidden_by_code},
    "satisfaction": {"finished": _finish_rating, "cancelled": _cancel_rating,
                     "escaped": _hidden_by_code},
}


@pytest.mark.parametrize("ending", ["finished", "cancelled", "escaped"])
@pytest.mark.parametrize("kind", list(SCREENS))
def test_every_ending_is_the_lock_screen(qtbot: QtBot, desk: Desk, kind: str,
                                         ending: str) -> None:
    screen = SCREENS[kind](desk)
    qtbot.waitExposed(screen)
    mode = mode_of(screen)
    reasons: list[str] = []
    mode.ended.connect(reasons.append)
    ENDINGS[kind][ending](qtbot, screen)
    qtbot.waitUntil(lambda: bool(reasons), timeout=2000)
    assert reasons == [ending]
    assert not mode.covers
    assert_ended_at_lock_screen(qtbot, desk, screen)


def test_the_rating_is_stored_and_nothing_when_skipped(qtbot: QtBot, desk: Desk) -> None:
    db = desk.world.lin.db
    screen = start_rating(desk)
    _cancel_rating(qtbot, screen)
    assert db.scalar("SELECT count(*) FROM satisfaction") == 0
    assert_ended_at_lock_screen(qtbot, desk, screen)
    screen = start_rating(desk)
    _finish_rating(qtbot, screen)
    settle(qtbot)  # stored on the worker
    assert db.scalar("SELECT count(*) FROM satisfaction") == 1
    assert db.scalar("SELECT comment FROM satisfaction") == "老师很耐心"


# --------------------------------------------------------------------------- second screen

SCRIPT = r"""
import json, os, sys, datetime as dt
from pathlib import Path
os.environ["STATION_DESK_FAST_KDF"] = "1"
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from station_desk.domain import accounts
from station_desk.domain.auth import StationProfile, create_station, sign_in
from station_desk.domain.clock import FakeClock
from station_desk.domain.records import access, files
from station_desk.ui.client_mode import ClientCover
from station_desk.ui.main_window import MainWindow
from station_desk.ui.records.file_window import FileWindow
from station_desk.ui.records.satisfaction_kiosk import SatisfactionKiosk
from station_desk.ui.settings import UiSettings

root = Path(sys.argv[1])
clock = FakeClock(dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC))
admin, _key = create_station(root / "vault", StationProfile("站", "U-1", "complete_1"),
                             "admin", "王站长", "admin-pass-2026", clock=clock)
accounts.add_user(admin, "lin", "林咨询师", "counsellor", "records-pass-2026")
admin.close()
lin = sign_in(root / "vault", "lin", "records-pass-2026", clock=clock)
cid = files.register_visitor(lin, files.ClientInput(name="张小敏", gender="female")).id
first, second = app.screens()
window = MainWindow(lin, UiSettings.at(root / "ui.ini"))
window.setGeometry(first.availableGeometry().adjusted(20, 20, -20, -20))
window.show()
record = FileWindow(lin, files.open_file(lin, cid), window)  # dragged to the second monitor
record.setGeometry(second.geometry().adjusted(50, 50, -50, -50))
record.show()
app.processEvents()
before = {"file window on": record.screen().name()}
record.view.bar.action("rating").trigger()
app.processEvents()
form = next(w for w in app.topLevelWidgets() if isinstance(w, SatisfactionKiosk))
covers = [w for w in app.topLevelWidgets() if isinstance(w, ClientCover) and w.isVisible()]
print(json.dumps({
    **before,
    "screens": [s.name() for s in app.screens()],
    "locked": window.is_locked,
    "file window visible": record.isVisible(),
    "form on": form.screen().name(), "form full screen": form.isFullScreen(),
    "covers on": sorted(c.screen().name() for c in covers),
    "covers full screen": all(c.isFullScreen() for c in covers),
    "visible windows": sorted(type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()),
}))
"""


def test_a_second_monitor_is_covered_and_shows_no_record(tmp_path: Path) -> None:
    """A real two-monitor layout (the offscreen platform's screen configuration), in its own
    process: a file window on the second monitor goes behind the lock; that monitor gets a
    cover; the form is on the main window's monitor."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "A", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
        {"name": "B", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}]}))
    script = tmp_path / "two_screens.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    run = subprocess.run([sys.executable, str(script), str(tmp_path)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    seen: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["screens"] == ["A", "B"] and seen["file window on"] == "B"
    assert seen["locked"] and not seen["file window visible"]
    assert seen["form on"] == "A" and seen["form full screen"]
    assert seen["covers on"] == ["B"] and seen["covers full screen"]
    assert seen["visible windows"] == ["ClientCover", "MainWindow", "SatisfactionKiosk"]


def test_the_lock_target_is_found_from_a_file_window(qtbot: QtBot, desk: Desk) -> None:
    assert client_mode.find_lock_target(desk.view) is desk.window
    lone = QWidget()
    qtbot.addWidget(lone)
    assert client_mode.find_lock_target(lone) is None
    assert client_mode.find_lock_target(lone, desk.world.lin) is desk.window
