"""The kiosk screen driven as a worker would, inside the real main window: one question at a
time, back and next, a thank-you without the score, and the counsellor's lock screen after.
Every way out a worker might try (closing, Esc, Alt+F4, Alt+Tab, the main window's shortcuts,
another window popping up) must fail; test_client_mode.py tries them all on both client
screens, started from a file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import ADMIN_PASSWORD, COUNSELLOR_PASSWORD, settle, sign_in_as, visible_texts

from station_desk.domain import accounts, assessments
from station_desk.domain.assessments import AlertInfo, AnonymousFields
from station_desk.domain.auth import sign_in
from station_desk.domain.clock import FakeClock
from station_desk.domain.instruments import load_all
from station_desk.domain.records import files
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.assess import alert_dialog
from station_desk.ui.assess import kiosk as kiosk_mod
from station_desk.ui.assess.kiosk import KioskScreen
from station_desk.ui.assess.page import AssessPage
from station_desk.ui.fonts import register_bundled_font
from station_desk.ui.main_window import MainWindow
from station_desk.ui.operations import runner
from station_desk.ui.sections import SectionRegistry
from station_desk.ui.settings import UiSettings

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
# PHQ-9 answered by the option *shown* at each position (1 = first); option n has value n-1.
PHQ_KEYS = [2, 3, 1, 1, 2, 1, 1, 1, 2]  # values 1,2,0,0,1,0,0,0,1 -> total 5, item 9 positive


@pytest.fixture(scope="module", autouse=True)
def _chinese_font(qapp: QApplication) -> None:
    register_bundled_font()


# Named fixtures (`name=`) so test_assess.py can import them without shadowing warnings.
@pytest.fixture(name="liu")
def liu_fixture(staff: Session, clock: FakeClock) -> Iterator[Session]:
    session = sign_in_as(staff, "liu", COUNSELLOR_PASSWORD, clock)
    yield session
    session.close()


@pytest.fixture(name="client_id")
def client_id_fixture(liu: Session) -> int:
    return files.register_visitor(liu, files.ClientInput(name="王建国", gender="male")).id


@pytest.fixture(name="alerts_shown")
def alerts_shown_fixture(monkeypatch: pytest.MonkeyPatch) -> list[list[AlertInfo]]:
    shown: list[list[AlertInfo]] = []

    def ask(_session: Session, alerts: list[AlertInfo], _parent: QWidget | None = None) -> None:
        shown.append(list(alerts))

    monkeypatch.setattr(alert_dialog.AlertDialog, "ask", staticmethod(ask))
    return shown


def _registry() -> SectionRegistry:
    from station_desk.ui.assess import section

    registry = SectionRegistry()
    section.register(registry)
    return registry


def open_kiosk(qtbot: QtBot, liu: Session, settings: UiSettings, client_id: int,
               ) -> tuple[MainWindow, AssessPage, KioskScreen]:
    window = MainWindow(liu, settings, _registry())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("assess")
    page = window.page("assess")
    assert isinstance(page, AssessPage)
    page.open_file(client_id)
    panel = page.panel
    assert panel.client_id == client_id
    panel.instrument.setCurrentIndex(panel.instrument.findData("phq9"))
    panel.kiosk_button.click()
    settle(qtbot)  # the hand-over is audited on the worker, then the kiosk takes the screen
    kiosk = panel.kiosk
    assert kiosk is not None
    qtbot.waitExposed(kiosk)
    return window, page, kiosk


def _texts(widget: QWidget) -> str:
    return "\n".join(visible_texts(widget))


def test_kiosk_from_start_to_finish(qtbot: QtBot, liu: Session, ui_settings: UiSettings,
                                    client_id: int, alerts_shown: list[list[AlertInfo]],
                                    tmp_path: Path) -> None:
    window, page, kiosk = open_kiosk(qtbot, liu, ui_settings, client_id)
    assert kiosk.isVisible() and kiosk.isFullScreen()
    flags = kiosk.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert kiosk.windowModality() == Qt.WindowModality.ApplicationModal
    assert liu.locked  # the counsellor's session is not theirs while the worker has the screen
    assert window.is_locked and not window.work.isVisible()  # the lock screen is behind it
    assert page.panel.stack.currentWidget() is page.panel.running  # nothing clinical behind
    assert liu.audit.query(action="assessment.kiosk_start")

    qtbot.keyClick(kiosk, Qt.Key.Key_Return)  # start
    assert kiosk.stack.currentWidget() is kiosk.question_page
    assert kiosk.progress_label.text() == "Question 1 of 9"
    assert not kiosk.next_button.isEnabled()  # no answer, no next
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    assert kiosk.index == 0 and kiosk.question_error.isVisible()

    for number, key in enumerate(PHQ_KEYS[:3]):
        qtbot.keyClick(kiosk, Qt.Key(Qt.Key.Key_0 + key))
        assert kiosk.answers[number] == key - 1
        qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    assert kiosk.index == 3
    qtbot.keyClick(kiosk, Qt.Key.Key_Left)  # back keeps the answer given
    assert kiosk.index == 2 and kiosk.option_buttons[0].isChecked()
    kiosk.back_button.click()
    assert kiosk.index == 1 and kiosk.option_buttons[2].isChecked()
    kiosk.next_button.click()
    kiosk.next_button.click()
    for key in PHQ_KEYS[3:8]:
        kiosk.option_buttons[key - 1].click()  # by touch
        kiosk.next_button.click()
    assert kiosk.index == 8 and kiosk.progress.value() == 9
    qtbot.keyClick(kiosk, Qt.Key.Key_2)
    kiosk.grab().save(str(tmp_path / "kiosk-question.png"))
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)  # submit
    settle(qtbot)  # scored and stored on the worker

    assert kiosk.stack.currentWidget() is kiosk.thanks_page
    outcome = kiosk.outcome
    assert outcome is not None and outcome.administration.mode == "kiosk"
    assert outcome.administration.answers == (1, 2, 0, 0, 1, 0, 0, 0, 1)
    shown = _texts(kiosk)
    assert outcome.administration.band_label("zh") not in shown
    assert outcome.administration.band_label("en") not in shown
    assert not any(line.strip() == "5" for line in shown.splitlines())  # never the score
    assert not kiosk.staff_button.isVisible()
    kiosk.grab().save(str(tmp_path / "kiosk-thanks.png"))

    kiosk.done_button.click()
    qtbot.waitUntil(lambda: not kiosk.isVisible(), timeout=2000)
    assert window.is_locked and liu.locked  # back to the counsellor's sign-in
    assert alerts_shown == []  # not before the counsellor is back
    window.lock_screen.password.setText(COUNSELLOR_PASSWORD)
    window.lock_screen.unlock_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(alerts_shown), timeout=2000)
    assert [a.code for a in alerts_shown[0]] == ["suicidal_ideation"]
    assert not liu.locked and not window.is_locked
    assert page.panel.stack.currentWidget() is page.panel.overview
    assert page.panel.flag_banner.isVisible()
    assert page.panel.table.rowCount() == 1


def test_escape_attempts_fail(qtbot: QtBot, liu: Session, ui_settings: UiSettings,
                              client_id: int) -> None:
    window, _page, kiosk = open_kiosk(qtbot, liu, ui_settings, client_id)
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    qtbot.keyClick(kiosk, Qt.Key.Key_2)
    page_before, index_before = kiosk.stack.currentWidget(), kiosk.index

    assert kiosk.close() is False  # the window manager's close button, Alt+F4 on Windows
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    qtbot.keyClick(kiosk, Qt.Key.Key_F4, ALT)
    qtbot.keyClick(kiosk, Qt.Key.Key_Tab, ALT)
    qtbot.keyClick(kiosk, Qt.Key.Key_Meta)
    for key in (Qt.Key.Key_Q, Qt.Key.Key_L, Qt.Key.Key_W, Qt.Key.Key_1, Qt.Key.Key_Comma):
        qtbot.keyClick(kiosk, key, CTRL)  # the main window's quit, lock, sections, settings
    qtbot.keyClick(kiosk, Qt.Key.Key_F, ALT)  # the File menu's accelerator
    QApplication.processEvents()
    assert kiosk.isVisible() and window.isVisible()
    assert kiosk.stack.currentWidget() is page_before and kiosk.index == index_before
    assert kiosk.mode.refused["shortcuts"] > 0 and kiosk.mode.refused["keys"] > 0

    # another window trying to appear over it is sent away, and the kiosk takes focus back
    intruder = QWidget()
    qtbot.addWidget(intruder)
    intruder.setWindowTitle("intruder")
    intruder.show()
    qtbot.waitUntil(lambda: not intruder.isVisible(), timeout=2000)
    assert kiosk.mode.refused["windows"] >= 1
    window.activateWindow()
    window.show_section("assess")  # the session is locked: the main window does nothing
    qtbot.wait(20)
    assert kiosk.isVisible()
    assert window.close() is False and window.isVisible()  # its taskbar "close window"
    # keys aimed at the main window behind never arrive (and it is locked anyway)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert kiosk.isVisible() and window.is_locked

    # "Staff" asks first; going back to the questions keeps the answers
    kiosk.staff_button.click()
    assert kiosk.stack.currentWidget() is kiosk.staff_page
    assert not kiosk.password.isVisible()  # the lock screen asks for it, after
    kiosk.resume_button.click()
    assert kiosk.stack.currentWidget() is kiosk.question_page and kiosk.answers[0] == 1


def test_staff_end_a_kiosk_run_early_at_the_lock_screen(
        qtbot: QtBot, liu: Session, ui_settings: UiSettings, client_id: int,
        alerts_shown: list[list[AlertInfo]]) -> None:
    window, page, kiosk = open_kiosk(qtbot, liu, ui_settings, client_id)
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    qtbot.keyClick(kiosk, Qt.Key.Key_3)
    kiosk.staff_button.click()
    kiosk.unlock_button.click()  # "End"
    qtbot.waitUntil(lambda: not kiosk.isVisible(), timeout=2000)
    assert liu.locked and window.is_locked  # the counsellor signs in again to get back
    settle(qtbot)  # the early end is audited on the worker
    assert liu.db.scalar("SELECT count(*) FROM assessments") == 0  # never scored
    entry = liu.audit.query(action="assessment.kiosk_abandoned")[0]
    assert json.loads(entry.detail) == {"answered": 1, "instrument": "phq9", "items": 9}
    assert page.panel.stack.currentWidget() is page.panel.running  # not until signed in
    window.lock_screen.password.setText(COUNSELLOR_PASSWORD)
    window.lock_screen.unlock_button.click()
    settle(qtbot)
    assert not liu.locked and not window.is_locked
    assert page.panel.stack.currentWidget() is page.panel.overview
    assert alerts_shown == []


def test_an_early_end_is_in_the_trail_even_when_the_session_ends_at_once(
        qtbot: QtBot, liu: Session, ui_settings: UiSettings, client_id: int,
        clock: FakeClock) -> None:
    """The entry is written on the operations worker; when the vault closes right after the
    run ended (signing out at the lock screen, the app closed), it closes the way the app
    closes it (`app_flow`: the worker drained first), and the entry is there, once."""
    root = liu.vault.paths.root
    _window, _page, kiosk = open_kiosk(qtbot, liu, ui_settings, client_id)
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    qtbot.keyClick(kiosk, Qt.Key.Key_3)
    kiosk.staff_button.click()
    kiosk.unlock_button.click()  # "End": the run ends at the lock screen ...
    assert not runner().idle  # ... its entry asked for, not yet written
    runner().drain()  # ... and the session ends at once, as app_flow ends it
    liu.close()
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        ended = admin.audit.query(action="assessment.kiosk_abandoned")
    assert len(ended) == 1 and ended[0].username == "liu"
    assert json.loads(ended[0].detail) == {"answered": 1, "instrument": "phq9", "items": 9}


def test_the_idle_timer_and_os_lock_leave_a_kiosk_run_alone(
        qtbot: QtBot, liu: Session, ui_settings: UiSettings, client_id: int) -> None:
    """The main window is locked for the whole run: no idle countdown runs, and a lock
    from the OS (or anything calling lock()) changes nothing for the worker."""
    window, _page, kiosk = open_kiosk(qtbot, liu, ui_settings, client_id)
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    qtbot.keyClick(kiosk, Qt.Key.Key_2)
    assert not window.idle.is_running()
    window.os_lock.osLocked.emit()
    window.lock()
    assert kiosk.isVisible() and window.is_locked
    assert kiosk.index == 0 and kiosk.answers[0] == 1


def test_standalone_kiosk_asks_for_the_password_itself(
        qtbot: QtBot, liu: Session, client_id: int, tmp_path: Path) -> None:
    """Without a main window (no lock screen to go back to) the kiosk locks itself."""
    gad7 = load_all()["gad7"]
    kiosk = KioskScreen(liu, gad7, anon=AnonymousFields("female", "30_39", ""), thanks_ms=30)
    qtbot.addWidget(kiosk)
    released: list[bool] = []
    kiosk.released.connect(lambda: released.append(True))
    kiosk.start()
    settle(qtbot)
    qtbot.waitExposed(kiosk)
    kiosk.start_button.click()
    for _ in range(7):
        qtbot.keyClick(kiosk, Qt.Key.Key_4)
        qtbot.keyClick(kiosk, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.staff_page, timeout=2000)
    assert kiosk.isVisible() and liu.locked and not kiosk.resume_button.isVisible()
    assert kiosk.outcome is not None and kiosk.outcome.administration.client_id is None
    assert [a.code for a in kiosk.outcome.alerts] == ["severe_band"]
    kiosk.grab().save(str(tmp_path / "kiosk-locked.png"))
    qtbot.keyClicks(kiosk.password, COUNSELLOR_PASSWORD)
    kiosk.unlock_button.click()
    settle(qtbot)  # the password is checked on the worker
    assert released == [True] and not kiosk.isVisible() and not liu.locked
    assert not liu.audit.query(action="assessment.kiosk_abandoned")


@pytest.fixture
def zhao_file(staff: Session) -> int:
    """A file of another counsellor; requested before `liu`, who takes over the vault."""
    zhao = accounts.add_user(staff, "zhao", "赵咨询师", "counsellor", "zhao-pass-2026")
    return files.register_visitor(staff, files.ClientInput(name="李四",
                                                           counsellor_id=zhao.id)).id


def test_hand_over_refuses_a_file_the_counsellor_cannot_see(
        qtbot: QtBot, zhao_file: int, liu: Session, shown: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    done: list[object] = []
    kiosk_mod.hand_over(owner, liu, load_all()["phq9"], client_id=zhao_file,
                        on_done=done.append)
    settle(qtbot)
    with pytest.raises(StationDeskError) as err:  # what the domain says, shown in the box
        assessments.kiosk_started(liu, load_all()["phq9"], zhao_file)
    assert err.value.code == "case_forbidden"
    assert shown.errors == [err.value.message("en")]
    assert done == [None]  # the page that asked goes back to where it was
    assert not liu.locked
    assert not any(isinstance(w, KioskScreen) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
