"""Sign-in to main window, the daily and exit backups, sign-out, and restoring a backup."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import ADMIN_PASSWORD, settle

from station_desk.domain import accounts, station_settings
from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.ui.app_flow import AppFlow
from station_desk.ui.backup_page import BackupPage
from station_desk.ui.backup_restore import RestoreDialog
from station_desk.ui.main_window import MainWindow
from station_desk.ui.modal import alive
from station_desk.ui.settings import LAST_VAULT, UiSettings
from station_desk.ui.signin import SignInWindow
from station_desk.ui.wizard import FirstRunWizard


def _reasons(folder: Path) -> list[str]:
    found = []
    for backup in sorted(folder.glob("*.sdbak")):
        with zipfile.ZipFile(backup) as zf:
            found.append(json.loads(zf.read("manifest.json"))["reason"])
    return found


@pytest.fixture
def flows() -> Iterator[list[AppFlow]]:
    """The flows a test starts; each one's window at the end is closed then (the windows
    before it were closed and deleted by the flow itself)."""
    started: list[AppFlow] = []
    yield started
    for flow in started:
        if alive(flow.window):
            flow.window.close()  # type: ignore[union-attr]
            flow.window.deleteLater()  # type: ignore[union-attr]


def _sign_in(qtbot: QtBot, flow: AppFlow) -> MainWindow:
    screen = flow.window
    assert isinstance(screen, SignInWindow)
    screen.username.setText("admin")
    screen.password.setText(ADMIN_PASSWORD)
    screen.try_sign_in()
    settle(qtbot)
    window = flow.window
    assert isinstance(window, MainWindow)
    return window


def test_no_vault_starts_the_wizard(qtbot: QtBot, vault_dir: Path,
                                    ui_settings: UiSettings) -> None:
    flow = AppFlow(vault_dir, ui_settings)
    window = flow.start()
    qtbot.addWidget(window)
    assert isinstance(window, FirstRunWizard)


def test_daily_backup_on_sign_in_and_exit_backup_on_quit(
        qtbot: QtBot, created: tuple[Session, str], vault_dir: Path, clock: FakeClock,
        ui_settings: UiSettings, flows: list[AppFlow]) -> None:
    created[0].close()
    flow = AppFlow(vault_dir, ui_settings, clock=clock)
    flows.append(flow)
    flow.start()
    window = _sign_in(qtbot, flow)
    folder = vault_dir.with_name("vault-backups")
    qtbot.waitUntil(lambda: _reasons(folder) == ["daily"], timeout=3000)
    session = window.session

    clock.advance(minutes=5)
    window.close()
    assert _reasons(folder) == ["daily", "exit"]
    assert flow.session is None
    assert session._closed
    assert ui_settings.get(LAST_VAULT) == str(vault_dir)


def test_sign_out_returns_to_sign_in(qtbot: QtBot, created: tuple[Session, str],
                                     vault_dir: Path, clock: FakeClock,
                                     ui_settings: UiSettings, flows: list[AppFlow]) -> None:
    created[0].close()
    flow = AppFlow(vault_dir, ui_settings, clock=clock)
    flows.append(flow)
    flow.start()
    window = _sign_in(qtbot, flow)
    window.request_sign_out()
    assert isinstance(flow.window, SignInWindow)
    assert flow.session is None
    again = _sign_in(qtbot, flow)  # the vault was released, so signing in again works
    again.close()  # and quitting releases it again (nothing left open for the next test)
    assert flow.session is None


def test_backup_page_folder_keep_and_restore(
        qtbot: QtBot, created: tuple[Session, str], vault_dir: Path, clock: FakeClock,
        ui_settings: UiSettings, flows: list[AppFlow], tmp_path: Path) -> None:
    created[0].close()
    flow = AppFlow(vault_dir, ui_settings, clock=clock)
    flows.append(flow)
    flow.start()
    window = _sign_in(qtbot, flow)
    # the daily backup, made on the worker right after sign-in, into the usual folder
    qtbot.waitUntil(lambda: _reasons(vault_dir.with_name("vault-backups")) == ["daily"],
                    timeout=5000)
    settle(qtbot)
    session = window.session
    window.show_section("backup")
    page = window.page("backup")
    assert isinstance(page, BackupPage)

    elsewhere = tmp_path / "usb-backups"
    page.set_folder(elsewhere)
    settle(qtbot)
    assert station_settings.backup_status(session).folder == elsewhere
    assert session.audit.query(action="settings.edit", limit=1)[0].target == "setting:backup_dir"
    page.keep.setValue(3)
    page.save_keep()
    settle(qtbot)
    assert station_settings.backup_status(session).keep == 3

    clock.advance(minutes=1)
    page.backup_now()
    settle(qtbot)
    assert page.list.topLevelItemCount() == 1
    backup = Path(page.list.topLevelItem(0).data(0, 0x0100))

    accounts.add_user(session, "later", "后来的人", "receptionist", "later-pass-1")

    dialog = RestoreDialog(session, backup)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    dialog.understood.setChecked(True)
    dialog.password.setText("wrong-password")
    dialog.accept()
    settle(qtbot)  # the backup is checked on the worker
    assert dialog.result() == 0 and dialog.error.text()
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.accept()
    settle(qtbot)
    assert dialog.secret == ADMIN_PASSWORD

    clock.advance(minutes=1)
    flow.restore(str(backup), dialog.secret)
    settle(qtbot)  # restored on the worker, the sign-in screen after
    screen = flow.window
    assert isinstance(screen, SignInWindow)
    assert "restored" in screen.notice.text() and "deleted" in screen.notice.text()
    assert not [p for p in tmp_path.rglob("*before-restore*")]
    window = _sign_in(qtbot, flow)
    names = [u.username for u in accounts.list_users(window.session)]
    assert "later" not in names  # the vault is as it was at the backup
    window.close()


def test_the_main_window_warms_the_page_cache_off_the_ui_thread(
        qtbot: QtBot, created: tuple[Session, str], vault_dir: Path, clock: FakeClock,
        ui_settings: UiSettings, flows: list[AppFlow], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the main window is up, the warm-up runs on the operations worker, with the
    window's session, and the vault closes only after it stopped."""
    import threading

    from station_desk.domain.records import warm_up
    from station_desk.ui.operations import runner

    seen: list[tuple[object, bool]] = []
    ui_thread = threading.get_ident()
    real_run = warm_up.WarmUp.run

    def run(self: warm_up.WarmUp, should_stop=lambda: False) -> bool:  # noqa: ANN001
        seen.append((self.session, threading.get_ident() != ui_thread))
        return real_run(self, should_stop)

    monkeypatch.setattr(warm_up.WarmUp, "run", run)
    created[0].close()
    flow = AppFlow(vault_dir, ui_settings, clock=clock)
    flows.append(flow)
    flow.start()
    window = _sign_in(qtbot, flow)
    qtbot.waitUntil(lambda: bool(seen) and not runner().background_running, timeout=5000)
    assert seen[0] == (window.session, True)
    window.request_sign_out()
    assert not runner().background_running and window.session._closed
