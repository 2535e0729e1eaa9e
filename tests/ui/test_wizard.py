"""The first-run wizard, driven field by field; exec() is never called."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain.auth import sign_in
from station_desk.domain.clock import FakeClock
from station_desk.ui.wizard import FirstRunWizard

PASSWORD = "first-admin-2026"


def _fill_station(wizard: FirstRunWizard) -> None:
    page = wizard.station_page
    page.name.setText("示例职工心理健康服务站")
    page.union_code.setText("U-UI-01")
    page.tier.setCurrentIndex(page.tier.findData("complete_2"))


def _fill_admin(wizard: FirstRunWizard, password2: str = PASSWORD) -> None:
    page = wizard.admin_page
    page.username.setText("Admin")
    page.display_name.setText("王站长")
    page.password.setText(PASSWORD)
    page.password2.setText(password2)


def test_wizard_creates_vault_and_needs_the_key_acknowledged(
        qtbot: QtBot, vault_dir: Path, clock: FakeClock) -> None:
    wizard = FirstRunWizard(vault_dir, clock=clock)
    qtbot.addWidget(wizard)
    wizard.show()

    wizard.next()  # empty station name: stays, with the domain's message inline
    assert wizard.currentPage() is wizard.station_page
    assert wizard.station_page.error.isVisible()
    _fill_station(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page

    _fill_admin(wizard, password2="something-else")
    wizard.next()
    settle(qtbot)
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.admin_page.error.text()
    assert not (vault_dir / "keyslots.json").exists()

    wizard.admin_page.password.setText("short")
    wizard.admin_page.password2.setText("short")
    wizard.next()
    settle(qtbot)
    assert wizard.currentPage() is wizard.admin_page
    assert "8" in wizard.admin_page.error.text()  # MIN_PASSWORD named in the message

    _fill_admin(wizard)
    wizard.next()
    settle(qtbot)
    assert wizard.currentPage() is wizard.recovery_page
    assert (vault_dir / "keyslots.json").exists()
    assert wizard.admin_page.password.text() == ""  # not kept in the widget
    key = wizard.recovery_page.key.text()
    assert key == wizard.recovery_key and key.count("-") == 7

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()  # leaving without the acknowledgement is refused
    assert wizard.isVisible()
    wizard.accept()
    assert wizard.result() != QWizard.DialogCode.Accepted

    with qtbot.waitSignal(wizard.stationCreated) as created:
        wizard.recovery_page.confirm.setChecked(True)
        assert finish.isEnabled()
        finish.click()
    session = created.args[0]
    try:
        assert session.user.username == "admin"
        assert session.user.display_name == "王站长"
    finally:
        session.close()
    again = sign_in(vault_dir, "admin", PASSWORD, clock=clock)
    again.close()


def test_wizard_refuses_a_folder_that_already_holds_a_vault(
        qtbot: QtBot, created: object, vault_dir: Path) -> None:
    wizard = FirstRunWizard(vault_dir)
    qtbot.addWidget(wizard)
    _fill_station(wizard)
    wizard.show()
    wizard.next()
    settle(qtbot)
    assert wizard.currentPage() is wizard.station_page
    assert str(vault_dir) in wizard.station_page.error.text()
