"""The regimes page (reading, adapting and adopting, acknowledging), the acknowledgement asked
for at sign-in, and the duty roster page with today's duty."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from ui_helpers import (
    ADMIN_PASSWORD,
    COUNSELLOR_PASSWORD,
    RECEPTIONIST_PASSWORD,
    settle,
    sign_in_as,
)

from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.domain.tier import duty, regimes
from station_desk.ui.app_flow import AppFlow
from station_desk.ui.main_window import MainWindow
from station_desk.ui.records.today_page import TodayPage
from station_desk.ui.settings import UiSettings
from station_desk.ui.signin import SignInWindow
from station_desk.ui.tier.acknowledge import AcknowledgeWindow
from station_desk.ui.tier.duty_page import DutyPage
from station_desk.ui.tier.regimes_page import RegimesPage


def adopt_confidentiality(admin: Session, extra: str = "") -> regimes.Regime:
    text = regimes.template("confidentiality")
    return regimes.adopt(admin, "confidentiality", text.title, text.body + extra)


def test_admin_adapts_a_template_and_adopts_it(staff: Session, qtbot: QtBot, shown) -> None:
    page = RegimesPage(staff)
    qtbot.addWidget(page)
    settle(qtbot)  # what the page shows, read on the worker
    assert page.kinds.item(0).text().endswith("(not adopted)")
    assert not page.edit_button.isHidden()
    page.kinds.setCurrentRow(1)  # staff duties
    settle(qtbot)
    page.start_editing()
    assert page.editing and page.title_edit.text() == "Duties of Station Staff"
    page.load_template("zh")  # asks before replacing the text being edited
    assert shown.questions and page.title_edit.text() == "职工心理健康服务人员岗位职责"
    page.body_edit.setPlainText(page.body_edit.toPlainText().replace(
        "## 三、接待员", "## 三、接待员（本站由志愿者轮值）"))
    page.note_edit.setText("接待岗由志愿者轮值")
    page.adopt()
    settle(qtbot)  # adopted on the worker; the page reloads from the notice
    adopted = regimes.current(staff, "duties")
    assert adopted is not None and adopted.version == 1
    assert not page.editing and "本站由志愿者轮值" in page.text.toPlainText()
    assert "version 1" in page.kinds.item(1).text()
    assert shown.infos == ["Adopted “职工心理健康服务人员岗位职责” as version 1."]
    page.start_editing()
    page.body_edit.setPlainText("")
    page.adopt()
    settle(qtbot)
    assert "cannot be empty" in page.message.text() and page.editing
    page.stop_editing()
    assert regimes.current(staff, "duties") == adopted


def test_receptionist_reads_and_acknowledges_but_cannot_adopt(
        staff: Session, clock: FakeClock, qtbot: QtBot) -> None:
    adopt_confidentiality(staff)
    front = sign_in_as(staff, "front", RECEPTIONIST_PASSWORD, clock)
    with front:
        page = RegimesPage(front)
        qtbot.addWidget(page)
        settle(qtbot)
        assert page.edit_button.isHidden() and page.acks_box.isHidden()
        page.kinds.setCurrentRow(regimes.KINDS.index("confidentiality"))
        settle(qtbot)
        assert "please read" in page.kinds.currentItem().text()
        assert "职工心理健康档案资料保密制度" in page.text.toPlainText()
        assert not page.ack_button.isHidden()
        page.acknowledge()
        settle(qtbot)
        assert page.ack_button.isHidden() and regimes.pending(front) == []


def test_an_earlier_version_is_read_when_chosen(staff: Session, qtbot: QtBot) -> None:
    adopt_confidentiality(staff)
    adopt_confidentiality(staff, "\n\n第十一条 本制度自通过之日起施行。")
    page = RegimesPage(staff)
    qtbot.addWidget(page)
    page.kinds.setCurrentRow(regimes.KINDS.index("confidentiality"))
    settle(qtbot)
    assert not page.versions.isHidden() and page.versions.count() == 2
    assert "version 2" in page.kinds.currentItem().text()
    assert "第十一条" in page.text.toPlainText() and page.shown is not None
    page.versions.setCurrentIndex(1)
    page.versions.activated.emit(1)  # as a click on the older version
    settle(qtbot)
    assert page.shown is not None and page.shown.version == 1
    assert "第十一条" not in page.text.toPlainText()
    assert page.version_label.text().startswith("Version 1,")


def test_the_regimes_print_from_a_preview_prepared_off_the_ui_thread(
        staff: Session, qtbot: QtBot) -> None:
    adopt_confidentiality(staff)
    page = RegimesPage(staff)
    qtbot.addWidget(page)
    page.kinds.setCurrentRow(regimes.KINDS.index("confidentiality"))
    settle(qtbot)
    assert page.print_button.isEnabled()
    page.print_regimes()
    assert page._preview is None  # prepared on the worker: nothing shown yet
    settle(qtbot)  # the document, then its pages rendered, off the UI thread
    dialog = page._preview
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.preview.shown is not None
    dialog.close()


def test_admin_sees_who_has_acknowledged(staff: Session, qtbot: QtBot) -> None:
    regime = adopt_confidentiality(staff)
    regimes.acknowledge(staff, regime.id)
    page = RegimesPage(staff)
    qtbot.addWidget(page)
    page.kinds.setCurrentRow(regimes.KINDS.index("confidentiality"))
    settle(qtbot)  # the chosen kind and who acknowledged it, read on the worker
    rows = {page.acks.topLevelItem(i).text(0): page.acks.topLevelItem(i).text(2)
            for i in range(page.acks.topLevelItemCount())}
    assert rows["前台小张 (front)"] == "not yet" and rows["刘咨询师 (liu)"] == "not yet"
    assert rows["王站长 (admin)"] != "not yet"


def _sign_in(flow: AppFlow, user: str, password: str, qtbot: QtBot) -> None:
    screen = flow.window
    assert isinstance(screen, SignInWindow)
    screen.username.setText(user)
    screen.password.setText(password)
    screen.try_sign_in()
    settle(qtbot)  # the key derived, then the regimes waiting asked for, on the worker
    assert not isinstance(flow.window, SignInWindow)
    # What the new window starts once shown (the daily backup, leftovers offered) runs, as it
    # would before anyone clicks on: a call queued now runs after what was queued before it.
    turned: list[bool] = []
    QTimer.singleShot(0, lambda: turned.append(True))
    qtbot.waitUntil(lambda: bool(turned))
    settle(qtbot)


def test_sign_in_asks_for_the_acknowledgement_first_and_again_after_a_change(
        staff: Session, vault_dir: Path, clock: FakeClock, ui_settings: UiSettings,
        qtbot: QtBot) -> None:
    adopt_confidentiality(staff)
    staff.close()
    flow = AppFlow(vault_dir, ui_settings, clock=clock)
    qtbot.addWidget(flow.start())
    _sign_in(flow, "liu", COUNSELLOR_PASSWORD, qtbot)
    gate = flow.window
    assert isinstance(gate, AcknowledgeWindow)
    assert "职工心理健康档案资料保密制度" in gate.text.toPlainText()
    assert not gate.continue_button.isEnabled()  # not before ticking the box
    gate.agree.setChecked(True)
    gate.continue_button.click()
    settle(qtbot)  # acknowledged on the worker, then the main window
    window = flow.window
    assert isinstance(window, MainWindow)
    window.request_sign_out()
    _sign_in(flow, "liu", COUNSELLOR_PASSWORD, qtbot)  # acknowledged once: straight in
    assert isinstance(flow.window, MainWindow)
    flow.window.request_sign_out()
    _sign_in(flow, "admin", ADMIN_PASSWORD, qtbot)  # adopted it: acknowledged with it
    admin_window = flow.window
    assert isinstance(admin_window, MainWindow)
    adopt_confidentiality(admin_window.session, "\n\n第十一条 本制度自通过之日起施行。")
    admin_window.request_sign_out()
    _sign_in(flow, "liu", COUNSELLOR_PASSWORD, qtbot)  # a new version: asked again
    gate = flow.window
    assert isinstance(gate, AcknowledgeWindow)
    assert "has changed" in gate.intro.text() and "version 2" in gate.intro.text()
    gate.declined.emit()  # signing out instead leaves no acknowledgement and no session
    assert isinstance(flow.window, SignInWindow) and flow.session is None
    qtbot.addWidget(flow.window)  # the windows before it were closed and deleted by the flow
    assert "acknowledge" in flow.window.notice.text()


def test_the_gate_signs_out_when_left_alone(staff: Session, vault_dir: Path,
                                            clock: FakeClock, ui_settings: UiSettings,
                                            qtbot: QtBot) -> None:
    adopt_confidentiality(staff)
    with sign_in_as(staff, "liu", COUNSELLOR_PASSWORD, clock) as liu:
        gate = AcknowledgeWindow(liu, regimes.pending(liu), idle_ms=10)
        qtbot.addWidget(gate)
        with qtbot.waitSignal(gate.declined, timeout=2000):
            pass


def test_duty_page_lays_out_the_week_and_the_admin_keeps_it(
        staff: Session, qtbot: QtBot, shown) -> None:
    page = DutyPage(staff)
    qtbot.addWidget(page)
    settle(qtbot)  # the week and the people a shift may be given to, read on the worker
    assert page.week_label.text() == "Week of 2026-11-02 to 2026-11-08"
    assert [page.person.itemData(i) for i in range(page.person.count())] == [
        "admin", "front", "liu"]
    page.person.setCurrentIndex(page.person.findData("liu"))
    page.start.setText("14:00")
    page.end.setText("17:00")
    page.place.setCurrentIndex(page.place.findData("hotline"))
    page.repeat.setValue(1)
    settle(qtbot)  # the week is read on the worker
    page.add_shift()
    settle(qtbot)
    assert [s.day for s in duty.shifts(staff, dt.date(2026, 11, 2), dt.date(2026, 11, 15))
            ] == ["2026-11-02", "2026-11-09"]
    row = page.places.index("hotline")
    assert page.grid.item(row, 0).text() == "14:00–17:00 刘咨询师"
    page.start.setText("15:00")
    page.end.setText("16:00")
    page.add_shift()
    settle(qtbot)
    assert "overlaps" in page.message.text()
    page.grid.setCurrentCell(row, 0)
    assert page.cell_list.count() == 1
    page.remove_selected()
    settle(qtbot)
    assert shown.questions and page.grid.item(row, 0).text() == ""
    page.go(7)
    settle(qtbot)
    assert page.grid.item(row, 0).text() == "14:00–17:00 刘咨询师"
    page.go(None)
    settle(qtbot)
    assert page.week_label.text().startswith("Week of 2026-11-02")


def test_everyone_reads_the_roster_and_today_shows_the_day(
        staff: Session, clock: FakeClock, qtbot: QtBot) -> None:
    duty.add_shifts(staff, "front", dt.date(2026, 11, 2), "08:30", "17:00", "reception")
    duty.add_shifts(staff, "liu", dt.date(2026, 11, 2), "09:00", "12:00", "hotline")
    front = sign_in_as(staff, "front", RECEPTIONIST_PASSWORD, clock)
    with front:
        page = DutyPage(front)
        qtbot.addWidget(page)
        assert not page.add_button.isVisibleTo(page) and not page.remove_button.isVisibleTo(page)
        today = TodayPage(front)
        qtbot.addWidget(today)
        today.refresh()
        settle(qtbot)
        assert today.duty.text() == ("On duty today: Reception room 前台小张 08:30–17:00; "
                                     "Hotline 刘咨询师 09:00–12:00")

