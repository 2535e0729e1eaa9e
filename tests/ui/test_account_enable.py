"""Accounts: when each one last signed in (station time), and enabling a disabled one again."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import ADMIN_PASSWORD, COUNSELLOR_PASSWORD, settle, sign_in_as

from helpers import expect_error
from station_desk.domain import accounts
from station_desk.domain.auth import sign_in
from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.ui.accounts_dialogs import ResetPasswordDialog
from station_desk.ui.accounts_enable import EnableAccountDialog
from station_desk.ui.accounts_page import AccountsPage
from station_desk.ui.i18n import LANG_PROPERTY, install_translators

NEW_PASSWORD = "back-from-leave-2026"


def test_last_sign_in_column_in_station_time(qtbot: QtBot, qtmodeltester: Any, staff: Session,
                                             clock: FakeClock) -> None:
    root = staff.vault.paths.root
    clock.now = dt.datetime(2026, 11, 2, 17, 30, tzinfo=dt.UTC)  # 01:30 the next day, CST
    sign_in_as(staff, "liu", COUNSELLOR_PASSWORD, clock).close()
    clock.advance(hours=1)
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        page = AccountsPage(admin)
        qtbot.addWidget(page)
        settle(qtbot)  # the accounts read on the worker
        qtmodeltester.check(page.model)
        column = page.model.headers().index("Last signed in")
        shown = {u.username: page.model.index(row, column).data()
                 for row, u in enumerate(page.model.users)}
        assert shown == {"admin": "2026-11-03 02:30", "liu": "2026-11-03 01:30",
                         "front": "never"}


def test_admin_enables_a_disabled_account_with_a_new_password(
        qtbot: QtBot, staff: Session, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    page = AccountsPage(staff)
    qtbot.addWidget(page)
    settle(qtbot)  # the accounts read on the worker
    page.show()
    row = [u.username for u in page.model.users].index("front")
    page.table.selectRow(row)
    assert page.disable_button.isVisible() and not page.enable_button.isVisible()
    page.disable_selected()
    settle(qtbot)
    assert accounts.get_user(staff, "front").disabled
    # the chosen account is disabled: the page offers to enable it instead
    assert page.enable_button.isVisible() and not page.disable_button.isVisible()

    def ask(session: Session, user: Any, parent: Any = None) -> bool:
        dialog = EnableAccountDialog(session, user, parent)
        qtbot.addWidget(dialog)
        assert "前台小张" in dialog.windowTitle()
        dialog.passwords.first.setText(NEW_PASSWORD)
        dialog.passwords.second.setText("typed-it-wrong")
        dialog.accept()  # the two differ: stays open, says so
        settle(qtbot)
        assert dialog.error.text() and accounts.get_user(session, "front").disabled
        dialog.passwords.second.setText(NEW_PASSWORD)
        dialog.accept()
        settle(qtbot)
        return dialog.result() == EnableAccountDialog.DialogCode.Accepted
    monkeypatch.setattr(EnableAccountDialog, "ask", ask)
    page.enable_button.click()
    settle(qtbot)  # the table reloads from the notice
    assert not accounts.get_user(staff, "front").disabled
    assert page.model.index(row, 3).data() == "active"
    assert page.disable_button.isVisible() and not page.enable_button.isVisible()
    entry = staff.audit.query(action="account.enable", limit=1)[0]
    assert entry.target == "user:front" and entry.username == "admin"

    expect_error("account_not_disabled", accounts.enable_user, staff, "front", NEW_PASSWORD)
    root = staff.vault.paths.root
    with sign_in_as(staff, "front", NEW_PASSWORD, clock) as front:
        assert front.user.username == "front"
        expect_error("forbidden", accounts.enable_user, front, "liu", NEW_PASSWORD)
    assert root.exists()


@pytest.mark.parametrize("flow", ["reset", "enable"])
def test_reset_and_enable_are_one_form_in_their_own_words(
        qtbot: QtBot, qapp: Any, staff: Session, flow: str) -> None:
    """The two flows share the form (`NewPasswordDialog`); each keeps its title and hint, in
    Chinese too, and its own domain call: enabling refuses an account that is not disabled,
    resetting does not."""
    if flow == "enable":
        accounts.disable_user(staff, "front")
    cls = EnableAccountDialog if flow == "enable" else ResetPasswordDialog
    translators = install_translators(qapp, "zh")
    try:
        dialog = cls(staff, accounts.get_user(staff, "front"))
        qtbot.addWidget(dialog)
        labels = [w.text() for w in dialog.findChildren(QLabel)]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setProperty(LANG_PROPERTY, "en")
    title = "启用 前台小张 的账户" if flow == "enable" else "重置 前台小张 的密码"
    assert dialog.windowTitle() == title
    assert "新密码" in labels  # the form's own label, under its own context
    assert any(("重新登录" if flow == "enable" else "重新启用") in text for text in labels)
    dialog.passwords.first.setText(NEW_PASSWORD)
    dialog.passwords.second.setText(NEW_PASSWORD)
    dialog.accept()
    settle(qtbot)
    assert dialog.result() == cls.DialogCode.Accepted
    assert not accounts.get_user(staff, "front").disabled
    action = "account.enable" if flow == "enable" else "account.reset"
    assert staff.audit.query(action=action, limit=1)
    if flow == "enable":  # enabling is for a disabled account only; the domain says so
        expect_error("account_not_disabled", accounts.enable_user, staff, "front",
                     NEW_PASSWORD)
