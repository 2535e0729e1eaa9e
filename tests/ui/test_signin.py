"""The sign-in screen shows the domain's errors and hands over a session."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_helpers import ADMIN_PASSWORD, settle, visible_texts

from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.ui.signin import SignInWindow


def test_wrong_then_right_password(qtbot: QtBot, created: tuple[Session, str],
                                   vault_dir: Path, clock: FakeClock) -> None:
    created[0].close()  # the vault is free again, as at app start
    screen = SignInWindow(vault_dir, clock=clock)
    qtbot.addWidget(screen)
    screen.show()
    screen.username.setText("admin")
    screen.password.setText("not-the-password")
    with qtbot.assertNotEmitted(screen.signedIn):
        screen.sign_in_button.click()
        settle(qtbot)
    assert screen.error.isVisible()
    assert screen.error.text() == "Wrong user name or password."
    assert screen.password.text() == ""

    screen.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(screen.signedIn) as signed:
        screen.sign_in_button.click()
    session = signed.args[0]
    try:
        assert session.user.username == "admin"
        assert not screen.error.isVisible()
    finally:
        session.close()


def test_lockout_message_names_the_minutes(qtbot: QtBot, created: tuple[Session, str],
                                           vault_dir: Path, clock: FakeClock) -> None:
    created[0].close()
    screen = SignInWindow(vault_dir, clock=clock)
    qtbot.addWidget(screen)
    screen.username.setText("admin")
    for _ in range(10):
        screen.password.setText("wrong-wrong")
        screen.try_sign_in()
        settle(qtbot)
        clock.advance(seconds=31)  # past each growing delay
    screen.password.setText("wrong-wrong")
    screen.try_sign_in()
    settle(qtbot)
    assert "locked" in screen.error.text() and "min" in screen.error.text()


def test_recovery_key_sign_in_and_demo_credentials(
        qtbot: QtBot, created: tuple[Session, str], vault_dir: Path, clock: FakeClock) -> None:
    session, key = created
    session.close()
    demo = [{"username": "demo-admin", "password": "demo-pass-1", "role": "admin",
             "display_name": "演示站长"}]
    screen = SignInWindow(vault_dir, clock=clock, demo_accounts=demo)
    qtbot.addWidget(screen)
    screen.show()
    assert any("demo-pass-1" in text and "demo-admin" in text
               for text in visible_texts(screen))
    screen.mode_link.click()
    assert screen.using_recovery
    screen.recovery_key.setText("AAAA-BBBB")
    screen.try_sign_in()
    settle(qtbot)
    assert screen.error.text() == "The recovery key is not correct."
    screen.recovery_key.setText(key.lower().replace("-", " "))
    with qtbot.waitSignal(screen.signedIn) as signed:
        screen.try_sign_in()
    recovered = signed.args[0]
    assert recovered.is_recovery
    recovered.close()
