"""Account administration through its dialogs, and what a receptionist is shown and refused."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui_helpers import COUNSELLOR_PASSWORD, RECEPTIONIST_PASSWORD, settle, sign_in_as

from station_desk.domain import accounts
from station_desk.domain.auth import sign_in
from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.ui.accounts_dialogs import (
    AddUserDialog,
    ResetPasswordDialog,
    SupervisionDialog,
)
from station_desk.ui.accounts_model import read_accounts
from station_desk.ui.accounts_page import AccountsPage
from station_desk.ui.main_window import MainWindow
from station_desk.ui.settings import UiSettings

ADMIN_ONLY = {"accounts", "audit", "backup"}


def test_add_user_through_the_dialog(qtbot: QtBot, admin: Session, clock: FakeClock) -> None:
    dialog = AddUserDialog(admin)
    qtbot.addWidget(dialog)
    dialog.username.setText("Front")
    dialog.display_name.setText("前台小张")
    dialog.role.setCurrentIndex(dialog.role.findData("receptionist"))
    dialog.passwords.first.setText(RECEPTIONIST_PASSWORD)
    dialog.passwords.second.setText("different-2026")
    dialog.accept()
    settle(qtbot)
    assert dialog.result() == 0 and dialog.error.text()  # stays open, says why
    dialog.passwords.second.setText(RECEPTIONIST_PASSWORD)
    dialog.accept()
    settle(qtbot)
    assert dialog.result() == AddUserDialog.DialogCode.Accepted
    assert dialog.created is not None and dialog.created.username == "front"
    assert admin.audit.query(action="account.add", limit=1)[0].target == "user:front"

    again = AddUserDialog(admin)
    qtbot.addWidget(again)
    again.username.setText("front")
    again.passwords.first.setText(RECEPTIONIST_PASSWORD)
    again.passwords.second.setText(RECEPTIONIST_PASSWORD)
    again.accept()
    settle(qtbot)
    assert "front" in again.error.text()  # user_exists, from the domain


def test_accounts_page_disable_reset_and_supervision(
        qtbot: QtBot, qtmodeltester: ModelTester, staff: Session, clock: FakeClock) -> None:
    page = AccountsPage(staff)
    qtbot.addWidget(page)
    settle(qtbot)  # the accounts read on the worker
    qtmodeltester.check(page.model)
    names = [u.username for u in page.model.users]
    assert names == ["admin", "front", "liu"]

    page.table.selectRow(names.index("front"))
    page.disable_selected()  # confirmation answered yes by the fixture
    settle(qtbot)
    assert accounts.get_user(staff, "front").disabled
    assert page.model.index(names.index("front"), 3).data() == "disabled"

    reset = ResetPasswordDialog(staff, accounts.get_user(staff, "front"))
    qtbot.addWidget(reset)
    reset.passwords.first.setText("new-front-2026")
    reset.passwords.second.setText("new-front-2026")
    reset.accept()
    settle(qtbot)
    assert not accounts.get_user(staff, "front").disabled

    accounts.add_user(staff, "chen", "陈咨询师", "counsellor", COUNSELLOR_PASSWORD)
    page.reload()
    settle(qtbot)
    liu = accounts.get_user(staff, "liu")
    dialog = SupervisionDialog(staff, liu, page.model.users)
    qtbot.addWidget(dialog)
    dialog.supervisor.setCurrentIndex(dialog.supervisor.findData("chen"))
    dialog.accept()
    settle(qtbot)  # the table reloads from the notice
    row = [u.username for u in page.model.users].index("liu")
    assert page.model.index(row, 4).data() == "陈咨询师"


def test_last_admin_cannot_be_disabled(qtbot: QtBot, admin: Session) -> None:
    page = AccountsPage(admin)
    qtbot.addWidget(page)
    settle(qtbot)  # the accounts read on the worker
    page.table.selectRow(0)
    page.disable_selected()
    settle(qtbot)
    assert "admin" in page.error.text().lower()
    assert not accounts.get_user(admin, "admin").disabled


def test_receptionist_sees_no_admin_sections_and_the_domain_refuses(
        qtbot: QtBot, staff: Session, clock: FakeClock, ui_settings: UiSettings) -> None:
    admin_window = MainWindow(staff, ui_settings)
    qtbot.addWidget(admin_window)
    assert ADMIN_ONLY <= set(admin_window.visible_section_keys())
    admin_window.close()

    receptionist = sign_in_as(staff, "front", RECEPTIONIST_PASSWORD, clock)
    try:
        window = MainWindow(receptionist, ui_settings)
        qtbot.addWidget(window)
        window.show()
        assert not ADMIN_ONLY & set(window.visible_section_keys())
        menu_texts = {a.text() for a in window.section_actions}
        assert "Accounts" not in menu_texts and "Audit trail" not in menu_texts
        window.show_section("accounts")  # not reachable by key either
        assert "accounts" not in window.pages

        # Hidden is not the protection: the domain says no to the same calls.
        dialog = AddUserDialog(receptionist)
        qtbot.addWidget(dialog)
        dialog.username.setText("sneaky")
        dialog.passwords.first.setText("sneaky-pass-1")
        dialog.passwords.second.setText("sneaky-pass-1")
        dialog.accept()
        settle(qtbot)
        assert dialog.result() == 0
        assert "Not permitted" in dialog.error.text()
        listed = read_accounts(receptionist).users  # the directory itself is staff-wide
        assert "sneaky" not in [u.username for u in listed]
        window.close()
    finally:
        receptionist.close()
    sign_in(staff.vault.paths.root, "admin", "admin-pass-2026", clock=clock).close()
