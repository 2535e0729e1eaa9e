"""Follow-ups and crises on screen: planning a follow-up (the date follows its purpose, never
today), recording a contact's result through the follow-ups page's button, and the crisis
detail view with its narrative and safety plan, written and previewed for printing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain.records import crises, files, followups, safety_plan
from station_desk.ui.records import dialogs
from station_desk.ui.records.common import from_qdate
from station_desk.ui.records.crisis_view import CrisisView, SafetyPlanDialog
from station_desk.ui.records.file_window import ClientFileView
from station_desk.ui.records.followups_page import FollowupsPage
from test_records_world import World, world_fixture  # noqa: F401

NARRATIVE = "凌晨两点来电，称在厂房顶楼，不想活了；陪伴通话四十分钟，联系其姐姐到场。"


def test_the_follow_up_form_plans_by_purpose(qtbot: QtBot, world: World) -> None:
    cid = world.client()
    dialog = dialogs.FollowupDialog(world.lin, cid)
    qtbot.addWidget(dialog)
    assert dialog.purpose_code() == "check_in"
    assert from_qdate(dialog.date) == dt.date(2026, 11, 9)  # a week out, not today
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("after_closing"))
    assert from_qdate(dialog.date) == dt.date(2026, 12, 2)
    dialog.date.setDate(dt.date(2026, 11, 20))  # chosen by hand: the purpose no longer moves it
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("after_referral"))
    assert from_qdate(dialog.date) == dt.date(2026, 11, 20)
    assert not dialog.time.isEnabled()
    dialog.timed.setChecked(True)
    dialog.time.setTime(QTime(15, 30))
    dialog.accept()
    settle()
    item = dialog.result_value
    assert (item.planned_date, item.planned_time, item.purpose) == (
        "2026-11-20", "15:30", "after_referral")


def test_recording_a_contact_from_the_follow_ups_page(
        qtbot: QtBot, qtmodeltester: Any, world: World,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    item = followups.schedule_followup(world.lin, cid, "2026-11-02", "phone")
    page = FollowupsPage(world.lin)
    qtbot.addWidget(page)
    page.show()
    settle()
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1 and not page.done_button.isEnabled()
    page.view.selectRow(0)
    assert page.done_button.isEnabled()
    answers: list[Any] = []

    def not_reached(*args: Any, **kwargs: Any) -> Any:
        dialog = dialogs.OutcomeDialog(*args, **kwargs)
        qtbot.addWidget(dialog)
        answers.append(dialog)
        dialog.results.button(1).setChecked(True)
        assert dialog.next_row.isEnabled()
        assert from_qdate(dialog.next_date) == dt.date(2026, 11, 3)
        dialog.outcome.setPlainText("电话无人接听")
        dialog.accept()
        settle()
        return dialog.result_value
    monkeypatch.setattr(dialogs.OutcomeDialog, "ask", not_reached)
    page.record_outcome()
    settle()
    again = followups.get_followup(world.lin, item.id)
    assert (again.result, again.attempts, again.planned_date, again.done_at) == (
        "not_reached", 1, "2026-11-03", None)
    page.horizon.setCurrentIndex(1)  # tomorrow is in the next 7 days
    settle()
    assert "not reached" in page.model.index(0, 7).data()

    def reached(*args: Any, **kwargs: Any) -> Any:
        dialog = dialogs.OutcomeDialog(*args, **kwargs)
        qtbot.addWidget(dialog)
        assert dialog.results.button(0).isChecked() and not dialog.next_row.isEnabled()
        dialog.outcome.setPlainText("已联系上，情绪平稳")
        dialog.accept()
        settle()
        return dialog.result_value
    monkeypatch.setattr(dialogs.OutcomeDialog, "ask", reached)
    page.view.selectRow(0)
    page.record_outcome()
    settle()
    assert followups.get_followup(world.lin, item.id).result == "reached"
    assert page.model.rowCount() == 0


def test_the_crisis_view_shows_the_narrative_and_the_safety_plan(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    crisis = crises.open_crisis(world.lin, cid, "high", ["suicidal_thoughts"],
                                ["stayed_with"], NARRATIVE)
    view = CrisisView(world.lin, crisis.id)
    qtbot.addWidget(view)
    settle()
    text = view.text.toPlainText()
    assert NARRATIVE in text and "What happened" in text
    assert "No safety plan written yet." in text
    assert not view.print_plan_button.isEnabled()
    assert view.edit_plan_button.text() == "Write the safety plan…"

    def write(*args: Any, **kwargs: Any) -> Any:
        dialog = SafetyPlanDialog(*args, **kwargs)
        qtbot.addWidget(dialog)
        dialog.edits["warning_signs"].setPlainText("连续几晚睡不着")
        dialog.edits["professionals"].setPlainText("心理援助热线 12356")
        dialog.accept()
        settle()
        return dialog.result_value
    monkeypatch.setattr(SafetyPlanDialog, "ask", write)
    view.edit_plan()
    settle()
    text = view.text.toPlainText()
    assert "连续几晚睡不着" in text and "12356" in text
    assert view.print_plan_button.isEnabled()
    assert "林咨询师" in view.plan_state.text()
    view.print_plan()  # prepared, then rendered, on the operations worker
    qtbot.waitUntil(lambda: view.preview is not None)
    preview = view.preview
    qtbot.addWidget(preview)
    settle(qtbot)
    assert preview.preview.view.page_count >= 1
    assert safety_plan.get_safety_plan(world.lin, crisis.id).sections["coping"] == ""
    # an admin who broke the glass reads, but may not write
    reader = CrisisView(world.lin, crisis.id, writable=False)
    qtbot.addWidget(reader)
    settle()
    assert reader.edit_plan_button.isHidden()


def test_the_file_window_records_outcomes_and_opens_the_crisis(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    crisis = crises.open_crisis(world.lin, cid, "high", ["suicidal_thoughts"], [], NARRATIVE)
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    view.show()
    settle()
    view.tabs.setCurrentWidget(view.followups_view)
    assert view.outcome_button.isVisible() and not view.crisis_view_button.isVisible()
    assert not view.outcome_button.isEnabled()  # nothing chosen yet
    view.followups_view.selectRow(0)
    assert view.outcome_button.isEnabled()
    assert view.followups_model.index(0, 1).data() == "after a crisis"
    asked: list[Any] = []
    monkeypatch.setattr(dialogs.OutcomeDialog, "ask",
                        lambda *a, **k: asked.append(a[1]) or None)
    view.outcome_button.click()
    assert [f.crisis_id for f in asked] == [crisis.id]
    view.tabs.setCurrentWidget(view.tabs.crises_view)
    assert view.crisis_view_button.isVisible() and not view.outcome_button.isVisible()
    view.crisis_view_button.click()
    window = view.crisis_window
    assert isinstance(window, CrisisView)
    qtbot.addWidget(window)
    settle()
    assert NARRATIVE in window.text.toPlainText()
    assert not window.edit_plan_button.isHidden()
