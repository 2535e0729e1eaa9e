"""A vault refused at sign-in (behind its audit anchor, or damaged) can be put right from the
sign-in screen: the refusal says why, and a button restores the latest backup through the
domain's restore (checked first; an admin's password or the recovery key)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import ADMIN_PASSWORD, RECEPTIONIST_PASSWORD, settle

from station_desk.domain import accounts, maintenance
from station_desk.domain.auth import sign_in
from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.ui.signin import SignInWindow
from station_desk.ui.signin_restore import SignInRestoreDialog

DATABASES = ("station.db", "clinical.db")


@pytest.fixture
def refused(created: tuple[Session, str], vault_dir: Path, tmp_path: Path,
            clock: FakeClock) -> Path:
    """A vault with a backup in its usual folder, whose database files were later put back
    as an older copy: sign-in refuses it as behind its anchor."""
    session, _ = created
    accounts.add_user(session, "front", "前台", "receptionist", RECEPTIONIST_PASSWORD)
    clock.advance(minutes=1)
    backup = maintenance.make_backup(session)
    older = tmp_path / "older"
    older.mkdir()
    session.db.checkpoint("TRUNCATE")
    for name in DATABASES:
        shutil.copy2(vault_dir / name, older / name)
    accounts.add_user(session, "later", "后来的人", "receptionist", "later-pass-1")
    session.close()
    for name in DATABASES:
        shutil.copy2(older / name, vault_dir / name)
        for suffix in ("-wal", "-shm"):
            (vault_dir / (name + suffix)).unlink(missing_ok=True)
    return backup


def fill(dialog: SignInRestoreDialog, username: str, secret: str, *,
         recovery: bool = False) -> None:
    dialog.use_recovery.setChecked(recovery)
    if not recovery:
        dialog.username.setText(username)
    dialog.secret.setText(secret)
    dialog.understood.setChecked(True)


def test_the_refusal_offers_a_restore_and_the_restored_vault_signs_in(
        qtbot: QtBot, refused: Path, vault_dir: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    screen = SignInWindow(vault_dir, clock=clock)
    qtbot.addWidget(screen)
    screen.show()
    screen.username.setText("admin")
    screen.password.setText(ADMIN_PASSWORD)
    with qtbot.assertNotEmitted(screen.signedIn):
        screen.sign_in_button.click()
        settle(qtbot)
    assert "older than its last recorded state" in screen.error.text()
    assert screen.restore_button.isVisible()

    def ask(root: Path, *, clock: FakeClock, parent: object = None):
        dialog = SignInRestoreDialog(root, clock=clock)
        qtbot.addWidget(dialog)
        assert dialog.backup == refused  # the newest backup in the vault's backup folder
        fill(dialog, "admin", ADMIN_PASSWORD)
        dialog.accept()
        settle(qtbot)  # restored on the worker
        return dialog.restored

    monkeypatch.setattr(SignInRestoreDialog, "ask", ask)
    screen.restore_button.click()
    assert screen.notice.isVisible() and "restored" in screen.notice.text()
    assert not screen.restore_button.isVisible() and not screen.error.isVisible()
    assert not [p for p in vault_dir.parent.iterdir() if "before-restore" in p.name]

    screen.username.setText("admin")
    screen.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(screen.signedIn) as signed:
        screen.sign_in_button.click()
    with signed.args[0] as session:
        assert maintenance.verify(session).ok
        assert [u.username for u in accounts.list_users(session)] == ["admin", "front"]
        assert session.audit.query(action="restore", limit=1)[0].target == refused.name


def test_only_an_admin_or_the_recovery_key_may_restore(qtbot: QtBot, refused: Path,
                                                       vault_dir: Path, clock: FakeClock,
                                                       created: tuple[Session, str]) -> None:
    before = {name: (vault_dir / name).read_bytes() for name in DATABASES}
    dialog = SignInRestoreDialog(vault_dir, clock=clock)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()  # nothing replaced without the tick
    fill(dialog, "front", RECEPTIONIST_PASSWORD)
    dialog.accept()
    settle(qtbot)
    assert dialog.restored is None and dialog.error.text()
    assert "receptionist" in dialog.error.text().lower()
    fill(dialog, "admin", "not-the-password")
    dialog.accept()
    settle(qtbot)
    assert dialog.restored is None and "Wrong user name or password" in dialog.error.text()
    assert {name: (vault_dir / name).read_bytes() for name in DATABASES} == before
    fill(dialog, "", created[1], recovery=True)
    dialog.accept()
    settle(qtbot)
    assert dialog.restored is not None and dialog.result() == 1
    with sign_in(vault_dir, "front", RECEPTIONIST_PASSWORD, clock=clock):
        pass


def test_a_wrong_password_offers_no_restore(qtbot: QtBot, created: tuple[Session, str],
                                           vault_dir: Path, clock: FakeClock) -> None:
    created[0].close()
    screen = SignInWindow(vault_dir, clock=clock)
    qtbot.addWidget(screen)
    screen.show()
    screen.username.setText("admin")
    screen.password.setText("not-the-password")
    screen.sign_in_button.click()
    settle(qtbot)
    assert screen.error.isVisible() and not screen.restore_button.isVisible()


def test_no_backup_found_says_where_it_looked(qtbot: QtBot, created: tuple[Session, str],
                                             vault_dir: Path, clock: FakeClock) -> None:
    created[0].close()
    dialog = SignInRestoreDialog(vault_dir, clock=clock)
    qtbot.addWidget(dialog)
    dialog.understood.setChecked(True)
    assert dialog.backup is None and not dialog.restore_button.isEnabled()
    assert "vault-backups" in dialog.backup_label.text()
