"""The desk screens driven as their users would: reception books, moves and cancels an
appointment and corrects a file's details; a supervisor reads and co-signs a trainee's record
from the Today page; a counsellor deletes a draft, gets leftover autosaves offered back, and
sees an assessment alert's crisis raise the red banner on the file; the admin reassigns a
departed counsellor's cases; an activity is corrected. Every new model goes through the
model tester. Dialogs are driven through their `ask`, replaced here (tests never exec())."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain import accounts, assessments, instruments
from station_desk.domain.records import (
    access,
    activities,
    appointments,
    drafts,
    files,
    sessions,
)
from station_desk.ui.assess import panel as panel_module
from station_desk.ui.assess.alert_dialog import AckResult
from station_desk.ui.records import dialogs
from station_desk.ui.records.activities_page import ActivitiesPage, ActivityDialog
from station_desk.ui.records.appointment_dialog import AppointmentDialog
from station_desk.ui.records.appointments_page import AppointmentsPage
from station_desk.ui.records.client_list import ClientListPage
from station_desk.ui.records.common import from_qdate
from station_desk.ui.records.file_window import (
    ClientFileView,
    CosignDialog,
    DirectoryCard,
    FileWindow,
)
from station_desk.ui.records.leftovers import LeftoverDraftsDialog
from station_desk.ui.records.reassign_dialog import ReassignDialog
from station_desk.ui.records.register_dialog import EditDetailsDialog
from station_desk.ui.records.section import register
from station_desk.ui.records.session_editor import SessionEditor
from station_desk.ui.records.today_page import TodayPage
from station_desk.ui.sections import SectionRegistry
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401

TOMORROW = dt.date(2026, 11, 3)  # the world's clock: 2026-11-02 17:00 station time


def _answer(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Callable[[Any], None],
            build: Callable[..., Any] | None = None) -> list[Any]:
    """Replace `cls.ask` by: build the real dialog, let `fill` drive it, press OK. Returns
    the list the dialogs go into, to look at afterwards."""
    built: list[Any] = []

    def ask(*args: Any, then: Callable[[Any], None] | None = None, **kwargs: Any) -> Any:
        dialog = build(*args, **kwargs) if build else cls(*args, **kwargs)
        if dialog is None:
            return None
        built.append(dialog)
        fill(dialog)
        dialog.accept()
        settle()  # OK runs as an operation
        result = getattr(dialog, "result_value", None)
        if then is not None and result is not None:  # a form opened after its read
            then(result)
        return result
    monkeypatch.setattr(cls, "ask", ask)
    return built


def _uid(world: World, username: str) -> int:
    return int(accounts.get_user(world.admin, username).id)


# --------------------------------------------------------------------------- appointments


def test_reception_books_moves_and_cancels_on_the_appointments_page(
        qtbot: QtBot, qtmodeltester: Any, world: World, shown: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client(name="赵𰻞敏")
    world.client(name="李四")
    page = AppointmentsPage(world.front)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot)  # the bookings and the counsellors, read on the worker
    assert page.model.rowCount() == 0 and page.move_button.isHidden() is False
    assert not page.move_button.isEnabled()

    def fill(dialog: AppointmentDialog) -> None:
        assert dialog.picker is not None
        dialog.picker.query.setText("赵𰻞敏")
        dialog.picker.search()
        settle()  # found on the worker
        assert dialog.picker.entry() is not None and dialog.picker.entry().id == cid
        assert dialog.counsellor.currentText() == "林咨询师"  # the file's counsellor
        dialog.date.setDate(TOMORROW)
        dialog.start.setTime(QTime(14, 0))
        assert dialog.end.time() == QTime(14, 50)  # the length follows the start
        dialog.room.set_code("catharsis")
    booked = _answer(monkeypatch, AppointmentDialog, fill)
    item = page.book()
    assert item is not None and booked[0].result_value == item
    assert (item.starts_at, item.ends_at, item.room) == ("2026-11-03T14:00", "2026-11-03T14:50",
                                                          "catharsis")
    settle(qtbot)  # the day is read again on the worker, the booking chosen in it
    assert page.model.rowCount() == 1 and page.selected() == item
    qtmodeltester.check(page.model)
    assert "2026-11-03" in page.model.index(0, 0).data() and page.move_button.isEnabled()

    # the week it is in, the day before: the day list is empty, the week list has it
    page.span.setCurrentIndex(1)
    page.day.setDate(dt.date(2026, 11, 2))
    settle(qtbot)
    assert page.model.rowCount() == 1 and "2026-11-02" in page.heading.text()
    page.step(1)
    settle(qtbot)
    assert page.model.rowCount() == 0
    page.step(-1)
    settle(qtbot)
    page.view.selectRow(0)

    def later(dialog: AppointmentDialog) -> None:
        assert dialog.picker is None and dialog.start.time() == QTime(14, 0)
        dialog.start.setTime(QTime(15, 30))
        dialog.counsellor.setCurrentIndex(dialog.counsellor.findData(_uid(world, "he")))
    _answer(monkeypatch, AppointmentDialog, later)
    moved = page.move()
    settle(qtbot)
    assert moved is not None and moved.id == item.id
    assert (moved.time_range, moved.counsellor_name) == ("15:30–16:20", "何咨询师")

    shown.answer = False
    assert not page.cancel()
    assert page.model.rowCount() == 1
    shown.answer = True
    assert page.cancel()
    settle()
    assert page.model.rowCount() == 0
    assert "赵𰻞敏" in shown.questions[-1] and "15:30–16:20" in shown.questions[-1]
    assert appointments.get_appointment(world.front, item.id).status == "cancelled"


def test_the_booking_form_refuses_bad_times_and_clashes_inline(
        qtbot: QtBot, world: World) -> None:
    cid = world.client()
    other = world.client(name="李四")
    entry = files.directory_rows(world.front, [other])[0]
    appointments.book_appointment(world.front, cid, f"{TOMORROW}T10:00", f"{TOMORROW}T10:50")
    dialog = AppointmentDialog(world.front, entry)
    qtbot.addWidget(dialog)
    dialog.date.setDate(TOMORROW)
    dialog.start.setTime(QTime(10, 30))
    dialog.accept()
    settle()
    assert dialog.result_value is None
    assert "林咨询师" in dialog.error.text() and "10:00–10:50" in dialog.error.text()
    dialog.start.setTime(QTime(11, 0))
    dialog.end.setTime(QTime(10, 0))
    dialog.accept()
    settle()
    assert dialog.result_value is None and dialog.end.styleSheet()
    dialog.date.setDate(dt.date(2026, 11, 1))
    dialog.end.setTime(QTime(11, 50))
    dialog.accept()
    settle()
    assert dialog.result_value is None and dialog.start.styleSheet()
    dialog.date.setDate(TOMORROW)
    dialog.accept()
    settle()
    assert dialog.result_value is not None and dialog.result_value.client_id == other

    empty = AppointmentDialog(world.front)
    qtbot.addWidget(empty)
    assert empty.picker is not None
    empty.picker.query.setText("没有这个人")
    empty.picker.search()
    settle()
    empty.accept()
    settle()
    assert empty.result_value is None and empty.error.text()


def test_appointments_section_and_the_file_and_card_booking_buttons(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    registry = SectionRegistry()
    register(registry)
    keys = [s.key for s in registry.visible(world.front)]
    assert "records.appointments" in keys and keys.index("records.appointments") < keys.index(
        "records.clients")
    cid = world.client()
    card = DirectoryCard(world.front, files.directory_entry(world.front, cid))
    qtbot.addWidget(card)

    def fill(dialog: AppointmentDialog) -> None:
        dialog.date.setDate(TOMORROW)
        dialog.start.setTime(QTime(9, 0))
    _answer(monkeypatch, AppointmentDialog, fill)
    card.book()
    settle()  # the card reads the file and its appointments again on the worker
    assert card.last_booking is not None and card.last_booking.client_id == cid
    assert any("09:00–09:50" in label for label in _labels(card))
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    assert any("09:00–09:50" in label for label in _labels(view))


def _labels(widget: Any) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in widget.findChildren(QLabel)]


# --------------------------------------------------------------------------- basic details


def test_reception_corrects_a_files_details_from_the_card_and_the_list(
        qtbot: QtBot, qtmodeltester: Any, world: World,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    card = DirectoryCard(world.front, files.directory_entry(world.front, cid))
    qtbot.addWidget(card)

    def build(session: Any, client_id: int, parent: Any = None) -> EditDetailsDialog:
        return EditDetailsDialog(session, files.basic_details(session, client_id), parent)

    def bad_then_good(dialog: EditDetailsDialog) -> None:
        assert dialog.fields.name.text() == "张小敏"
        assert dialog.fields.industry.code() == "manufacturing"
        dialog.fields.phone.setText("电话号码")
        dialog.accept()
        settle()
        assert dialog.result_value is None and dialog.fields.phone.styleSheet()
        assert "电话号码" in dialog.error.text() or "phone" in dialog.error.text()
        dialog.fields.phone.setText("138 0000 4321")
        dialog.fields.employer.setText("示例物流公司🚚")
        dialog.fields.key_groups.set_codes(["migrant"])
    _answer(monkeypatch, EditDetailsDialog, bad_then_good, build)
    card.edit_details()
    settle()  # the details are read on the worker, then the card again
    assert "138 0000 4321" in _labels(card) and "示例物流公司🚚" in _labels(card)
    entry = world.admin.audit.query(action="file.edit")[0]
    assert json.loads(entry.detail)["fields"] == ["phone", "employer", "key_groups"]

    page = ClientListPage(world.front)
    qtbot.addWidget(page)
    page.refresh()
    settle()
    qtmodeltester.check(page.model)
    assert not page.details_button.isEnabled() and page.reassign_button.isHidden()
    page.view.selectRow(0)
    assert page.details_button.isEnabled() and page.book_button.isEnabled()
    _answer(monkeypatch, EditDetailsDialog, lambda d: d.fields.name.setText("张晓敏"), build)
    page.edit_details()
    assert page.model.index(0, 1).data() == "张晓敏"


def test_the_counsellor_edits_details_from_the_file(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    assert "edit_details" in view.bar.shown()
    _answer(monkeypatch, EditDetailsDialog,
            lambda d: d.fields.emergency.setText("丈夫 王某 13900001111"),
            lambda s, c, p=None: EditDetailsDialog(s, files.basic_details(s, c), p))
    view.edit_details()
    settle()
    assert view.client.emergency_contact == "丈夫 王某 13900001111"


# --------------------------------------------------------------------------- co-signing


def _trainee_record(world: World) -> sessions.SessionRecord:
    cid = world.client(by=world.shen, name="学员来访者")
    record = sessions.save_draft(world.shen, cid, full_input(world.today))
    return sessions.sign_session(world.shen, cid, record.id, password=PASSWORD)


def test_the_supervisor_reads_and_cosigns_from_the_today_page(
        qtbot: QtBot, qtmodeltester: Any, world: World,
        monkeypatch: pytest.MonkeyPatch) -> None:
    record = _trainee_record(world)
    today = TodayPage(world.lin)
    qtbot.addWidget(today)
    today.refresh()
    settle()
    qtmodeltester.check(today.pending)
    assert today.pending.rowCount() == 1 and not today.cosign_button.isHidden()
    assert not today.cosign_button.isEnabled()
    assert today.pending_view is not None
    today.pending_view.selectRow(0)
    assert today.cosign_button.isEnabled()

    def build(session: Any, session_id: int, parent: Any = None) -> CosignDialog:
        return CosignDialog(session, sessions.open_for_cosign(session, session_id), parent)

    def fill(dialog: CosignDialog) -> None:
        text = dialog.text.toPlainText()
        assert "长期焦虑失眠" in text and "沈见习" in text  # the whole record, to read
        dialog.comment.setPlainText("评估充分；下次注意记录睡眠情况。")
        dialog.password.setText(PASSWORD)  # the supervisor's electronic signature
    _answer(monkeypatch, CosignDialog, fill, build)
    today.cosign_selected()
    settle()
    done = sessions.get_session(world.lin, record.id)
    assert done.status == "cosigned"
    assert done.supervisor_comment == "评估充分；下次注意记录睡眠情况。"
    assert today.pending.rowCount() == 0
    viewed = world.admin.audit.query(action="file.view", target=f"file:{record.file_no}")
    assert viewed and json.loads(viewed[0].detail)["access"] == access.SUPERVISION


def test_the_cosign_button_in_the_file_is_only_for_the_supervisor(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    record = _trainee_record(world)
    mine = ClientFileView(world.shen, files.open_file(world.shen, record.client_id))
    settle()  # the file is read on the worker
    qtbot.addWidget(mine)
    mine.select_record(record.id)
    assert "cosign" not in mine.bar.shown()  # shen supervises nobody
    view = ClientFileView(world.lin, files.open_file(world.lin, record.client_id))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    assert view.selected_record().id == record.id  # the window opens on the latest record
    assert "cosign" in view.bar.shown()
    wrong = _answer(monkeypatch, CosignDialog, lambda d: d.password.setText("wrong-password"),
                    lambda s, i, p=None: CosignDialog(s, sessions.open_for_cosign(s, i), p))
    view.cosign()
    assert wrong[0].result_value is None  # a wrong password co-signs nothing
    assert wrong[0].error.text() == "Wrong password."
    _answer(monkeypatch, CosignDialog, lambda d: d.password.setText(PASSWORD),
            lambda s, i, p=None: CosignDialog(s, sessions.open_for_cosign(s, i), p))
    view.cosign()
    settle()
    assert sessions.get_session(world.lin, record.id).status == "cosigned"
    assert "co-signed by 林咨询师" in view.record_text.toPlainText()
    assert "cosign" not in view.bar.shown()


# --------------------------------------------------------------------------- drafts


def test_deleting_a_draft_from_the_file_and_from_the_editor_asks_first(
        qtbot: QtBot, world: World, shown: Any) -> None:
    cid = world.client()
    first = sessions.save_draft(world.lin, cid, full_input(world.today))
    second = sessions.save_draft(world.lin, cid, full_input(world.today, plan="第二份"))
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    assert view.selected_record().id == second.id  # opened on the latest record
    view.select_record(first.id)
    assert "delete_draft" in view.bar.shown()
    shown.answer = False
    assert not view.delete_draft()
    assert view.sessions_model.rowCount() == 2
    shown.answer = True
    assert view.delete_draft()
    settle()
    assert view.sessions_model.rowCount() == 1
    assert "session 1" in shown.questions[-1]
    assert world.admin.audit.query(action="session.discard")

    view.select_record(second.id)
    editor = view.edit_session()
    assert isinstance(editor, SessionEditor) and not editor.delete_button.isHidden()
    assert editor.delete_draft()
    settle()
    assert view.sessions_model.rowCount() == 0
    assert drafts.pending(world.lin, sessions.DRAFT_KIND, sessions.record_ref(second.id)) \
        is None
    fresh = view.new_session()
    assert fresh.delete_button.isHidden()  # nothing saved yet: closing is discarding
    fresh.timer.stop()


def test_signed_records_and_others_drafts_have_no_delete(qtbot: QtBot, world: World) -> None:
    cid = world.client()
    files.share_case(world.lin, cid, _uid(world, "he"))
    signed = sessions.sign_session(world.lin, cid, sessions.save_draft(
        world.lin, cid, full_input(world.today)).id, password=PASSWORD)
    view = ClientFileView(world.he, files.open_file(world.he, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    view.select_record(signed.id)
    assert "delete_draft" not in view.bar.shown() and not view.delete_draft()


def test_leftover_autosaves_are_offered_once_and_reopen_into_the_editor(
        qtbot: QtBot, qtmodeltester: Any, world: World, shown: Any) -> None:
    cid = world.client()
    other = world.client(name="李四")
    drafts.autosave(world.lin, sessions.DRAFT_KIND, sessions.new_ref(cid),
                    {"complaint": "断电前写到一半的主诉𠀀", "session_date": "2026-11-02",
                     "modality": "in_person"})
    world.clock.advance(minutes=1)
    drafts.autosave(world.lin, sessions.DRAFT_KIND, sessions.new_ref(other),
                    {"plan": "另一份没保存的计划"})
    today = TodayPage(world.lin)
    qtbot.addWidget(today)
    today.show()
    qtbot.waitUntil(lambda: today.leftovers_dialog is not None)
    settle(qtbot)  # the board and the count of drafts left, read on the worker
    dialog = today.leftovers_dialog
    assert isinstance(dialog, LeftoverDraftsDialog) and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2 and not today.leftovers_row.isHidden()
    assert "2" in today.leftovers_label.text()
    assert dialog.model.index(0, 4).data() == "另一份没保存的计划"

    # discard one (after a confirmation), reopen the other
    shown.answer = True
    assert dialog.discard()
    settle(qtbot)  # discarded on the worker, the list read again
    assert dialog.model.rowCount() == 1
    assert "李四" not in [dialog.model.index(0, 2).data()]
    dialog.reopen()
    settle(qtbot)  # how to open the file is decided, and the file opened, on the worker
    editor = dialog.editor
    assert isinstance(editor, SessionEditor) and isinstance(dialog.window_opened, FileWindow)
    assert editor.notes["complaint"].toPlainText() == "断电前写到一半的主诉𠀀"
    assert not editor.restored.isHidden()
    editor.timer.stop()

    # once per sign-in: another records page does not offer them again
    again = TodayPage(world.lin)
    qtbot.addWidget(again)
    again.show()
    settle(qtbot)
    assert again.leftovers_dialog is None
    again.review_leftovers()  # but the banner's button does
    settle(qtbot)
    assert again.leftovers_dialog is not None


def test_no_leftover_offer_for_reception_or_when_there_are_none(
        qtbot: QtBot, world: World) -> None:
    for session in (world.front, world.he):
        page = TodayPage(session)
        qtbot.addWidget(page)
        page.show()
        settle(qtbot)
        assert page.leftovers_dialog is None and page.leftovers_row.isHidden()


def test_a_leftover_of_a_file_no_longer_reachable_can_only_be_discarded(
        qtbot: QtBot, world: World, shown: Any) -> None:
    cid = world.client()
    drafts.autosave(world.lin, sessions.DRAFT_KIND, sessions.new_ref(cid), {"plan": "x"})
    files.transfer_case(world.lin, cid, _uid(world, "he"))
    dialog = LeftoverDraftsDialog(world.lin, sessions.leftover_drafts(world.lin))
    qtbot.addWidget(dialog)
    assert not dialog.reopen_button.isEnabled()
    dialog.reopen()
    settle(qtbot)
    assert dialog.window_opened is None and not dialog.note.isHidden()
    assert dialog.discard()
    settle(qtbot)
    assert sessions.leftover_drafts(world.lin) == []


# --------------------------------------------------------------------------- assessments


def test_the_file_embeds_the_assessments_panel_and_an_alerts_crisis_raises_the_banner(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    assert view.assessments is None  # results are read when the tab is opened ...
    assert world.admin.audit.query(action="assessment.view") == []
    view.tabs.setCurrentWidget(view.assessments_tab)
    panel = view.assessments
    assert isinstance(panel, panel_module.AssessmentsPanel) and panel.client_id == cid
    settle(qtbot)  # the results are read on the worker
    assert len(world.admin.audit.query(action="assessment.view")) == 1  # ... and audited
    assert view.banner.isHidden() and view.flags.isHidden()

    phq9 = instruments.load_all()["phq9"]
    outcome = assessments.administer(world.lin, phq9, cid, [2, 2, 2, 1, 1, 1, 1, 1, 2])

    def acknowledge(session: Any, alerts: Any, parent: Any = None) -> AckResult:
        done = [assessments.acknowledge_alert(session, a.id, open_crisis=True)
                for a in alerts]
        return AckResult(tuple(done), done[0].crisis_id)
    monkeypatch.setattr(panel_module.AlertDialog, "ask", acknowledge)
    panel.after_result(outcome)
    settle(qtbot)
    assert not view.banner.isHidden() and "follow-up due by" in view.banner.text()
    assert view.crises_model.rowCount() == 1 and view.crises_model.rows[0].is_open
    assert not view.flags.isHidden() and "Self-harm flag" in view.flags.text()
    assert panel.table.rowCount() == 1


def test_the_flag_and_open_alerts_show_on_the_file_before_the_tab_is_opened(
        qtbot: QtBot, world: World) -> None:
    cid = world.client()
    phq9 = instruments.load_all()["phq9"]
    assessments.administer(world.lin, phq9, cid, [3, 3, 3, 3, 3, 3, 3, 3, 1])
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    assert "Self-harm flag" in view.flags.text() and "to acknowledge" in view.flags.text()
    assert view.show_assessments() is view.assessments
    assert view.tabs.currentWidget() is view.assessments_tab


# --------------------------------------------------------------------------- reassigning


def test_the_admin_reassigns_a_departed_counsellors_cases_from_the_file_list(
        qtbot: QtBot, qtmodeltester: Any, world: World, shown: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("甲", "乙"):
        world.client(by=world.he, name=name)
    accounts.disable_user(world.admin, "he")
    page = ClientListPage(world.admin)
    qtbot.addWidget(page)
    page.refresh()
    settle()
    assert not page.reassign_button.isHidden()

    def fill(dialog: ReassignDialog) -> None:
        settle()  # the counsellors, read on the worker
        qtmodeltester.check(dialog.model)
        dialog.source.setCurrentIndex(dialog.source.findData(_uid(world, "he")))
        settle()  # their files, read on the worker
        assert "(disabled)" in dialog.source.currentText()
        assert dialog.model.rowCount() == 2 and "2" in dialog.count.text()
        assert dialog.target.findData(_uid(world, "he")) < 0  # not to a disabled account
        dialog.target.setCurrentIndex(dialog.target.findData(_uid(world, "lin")))
        dialog.note.setText("何咨询师离职，个案交林咨询师")
    _answer(monkeypatch, ReassignDialog, fill)
    assert page.reassign() == 2
    assert "何咨询师" in shown.questions[-1] and "林咨询师" in shown.questions[-1]
    assert len(world.admin.audit.query(action="file.reassign")) == 2
    assert world.admin.audit.query(action="file.break_glass") == []
    counsellor = next(c for c in range(page.model.columnCount()) if page.model.headerData(
        c, Qt.Orientation.Horizontal) == "Counsellor")
    assert {page.model.index(r, counsellor).data() for r in range(page.model.rowCount())} == \
        {"林咨询师"}


def test_reassigning_nothing_or_declining_keeps_the_dialog_open(
        qtbot: QtBot, world: World, shown: Any) -> None:
    world.client(by=world.he)
    dialog = ReassignDialog(world.admin)
    qtbot.addWidget(dialog)
    settle()  # the counsellors and their caseloads, read on the worker
    dialog.source.setCurrentIndex(dialog.source.findData(_uid(world, "shen")))
    settle()
    dialog.accept()
    settle()
    assert dialog.result_value is None and dialog.error.text()
    dialog.source.setCurrentIndex(dialog.source.findData(_uid(world, "he")))
    settle()
    shown.answer = False
    dialog.accept()
    settle()
    assert dialog.result_value is None
    assert files.caseload(world.admin, _uid(world, "he"))


# --------------------------------------------------------------------------- activities


def test_an_activity_is_corrected_or_deleted_by_its_author(
        qtbot: QtBot, world: World, shown: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    entry = activities.log_activity(world.front, activities.ActivityInput(
        "2026-10-20", "lecture", "职场压力与情绪管理", "职工服务中心", "示例机械厂", 45))
    page = ActivitiesPage(world.front)
    qtbot.addWidget(page)
    page.refresh()
    settle()
    assert not page.edit_button.isEnabled()
    page.select(entry.id)
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()

    def fill(dialog: ActivityDialog) -> None:
        assert dialog.topic.text() == "职场压力与情绪管理" and dialog.attendees.value() == 45
        dialog.attendees.setValue(-1)  # the spin box keeps it in range
        dialog.attendees.setValue(60)
        dialog.topic.setText("")
        dialog.accept()
        settle()
        assert dialog.result_value is None and dialog.topic.styleSheet()
        dialog.topic.setText("职场压力与情绪管理（修订）")
    _answer(monkeypatch, ActivityDialog, fill)
    changed = page.edit()
    assert changed is not None and changed.attendees == 60
    assert page.activities_model.rows[0].topic == "职场压力与情绪管理（修订）"
    assert world.admin.audit.query(action="activity.edit")

    other = ActivitiesPage(world.lin)  # not the author, not an admin
    qtbot.addWidget(other)
    other.refresh()
    settle()
    other.select(entry.id)
    assert not other.edit_button.isEnabled() and other.edit() is None

    shown.answer = False
    assert not page.delete()
    shown.answer = True
    assert page.delete()
    settle()
    assert page.activities_model.rowCount() == 0
    assert "职场压力与情绪管理（修订）" in shown.questions[-1]


def test_the_calendar_grid_and_attendance_buttons(
        qtbot: QtBot, qtmodeltester: Any, world: World, shown: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    other = world.client(name="李四")
    first = appointments.book_appointment(world.front, cid, "2026-11-03T09:00",
                                          "2026-11-03T10:20")
    second = appointments.book_appointment(world.front, other, "2026-11-05T14:00",
                                           "2026-11-05T14:50", counsellor_id=_uid(world, "he"))
    page = AppointmentsPage(world.front)
    qtbot.addWidget(page)
    page.show()
    page.span.setCurrentIndex(1)  # the week of 2026-11-02: Monday to Sunday
    settle(qtbot)  # the week's bookings, read on the worker
    grid = page.calendar
    qtmodeltester.check(grid)
    assert page.tabs.currentWidget() is page.grid
    assert grid.columnCount() == 7 and grid.headerData(1, Qt.Orientation.Horizontal) \
        .startswith("11-03")
    row = [grid.slot_time(r) for r in range(grid.rowCount())].index("09:00")
    assert grid.index(row, 1).data().startswith("09:00 张小敏")
    # 09:00-10:20 takes three half hours; the next two show it goes on
    assert grid.index(row + 1, 1).data() == "┆ 张小敏" == grid.index(row + 2, 1).data()
    assert grid.index(row + 3, 1).data() is None
    assert "何咨询师" in grid.index(grid.first_slot(second.id)[0], 3).data()
    # choosing in the calendar chooses in the list, and the other way round
    page.grid.setCurrentIndex(grid.index(row + 1, 1))
    assert page.selected() == first and page.view.currentIndex().row() == 0
    assert page.attended_button.isEnabled()  # the domain says whether it is time
    page.mark(appointments.ATTENDED)
    settle()
    assert shown.errors and "has not started yet" in shown.errors[-1]
    assert page.late_button.isEnabled()
    page.mark(appointments.LATE_CANCEL)
    settle()
    assert appointments.get_appointment(world.front, first.id).status == "late_cancel"
    assert page.selected() is not None and page.selected().status == "late_cancel"
    assert "late cancellation" in grid.index(row, 1).data()
    assert not page.late_button.isEnabled() and not page.move_button.isEnabled()
    assert page.model.index(0, 6).data() == "late cancellation"
    # an empty slot, double-clicked, books at that day and time
    seen: list[Any] = []

    def at_slot(dialog: AppointmentDialog) -> None:
        seen.append((from_qdate(dialog.date), dialog.start.time()))
        dialog.picker.query.setText("李四")
        dialog.picker.search()
        settle()
    _answer(monkeypatch, AppointmentDialog, at_slot)
    slot = [grid.slot_time(r) for r in range(grid.rowCount())].index("11:00")
    page.open_index(grid.index(slot, 2))
    assert seen == [(dt.date(2026, 11, 4), QTime(11, 0))]
    assert [a.starts_at for a in appointments.client_appointments(world.front, other)] == [
        "2026-11-04T11:00", "2026-11-05T14:00"]


def test_today_reminds_of_the_next_days_and_counts_attendance(
        qtbot: QtBot, world: World) -> None:
    cid = world.client()
    came = appointments.book_appointment(world.front, cid, "2026-11-03T09:00",
                                         "2026-11-03T09:50")
    appointments.book_appointment(world.front, cid, "2026-11-04T10:00", "2026-11-04T10:50")
    page = TodayPage(world.lin)
    qtbot.addWidget(page)
    page.show()
    settle()
    text = page.upcoming_label.text()
    assert text.startswith("Next days:") and "2026-11-03" in text and "10:00–10:50" in text
    world.clock.advance(days=1)
    appointments.mark_attendance(world.front, came.id, appointments.NO_SHOW)
    page.refresh()
    settle()
    assert "appointments kept 0 of 1 (no-show 1" in page.month_label.text()


def test_a_no_show_offers_the_counsellor_a_follow_up_call(
        qtbot: QtBot, world: World, shown: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    item = appointments.book_appointment(world.front, cid, "2026-11-03T09:00",
                                         "2026-11-03T09:50")
    other = appointments.book_appointment(world.front, cid, "2026-11-03T15:00",
                                          "2026-11-03T15:50")
    world.clock.advance(days=1)
    planned: list[Any] = []

    def plan(dialog: dialogs.FollowupDialog) -> None:
        planned.append((dialog.purpose_code(), dialog.date.date().toString("yyyy-MM-dd")))
    _answer(monkeypatch, dialogs.FollowupDialog, plan)
    page = AppointmentsPage(world.lin)
    qtbot.addWidget(page)
    page.show()
    page.day.setDate(dt.date(2026, 11, 3))
    settle(qtbot)  # the day's bookings, read on the worker
    page.select(item.id)
    page.mark(appointments.NO_SHOW)
    settle()
    assert "did not come" in shown.questions[-1]
    assert planned == [("after_no_show", "2026-11-04")]
    # reception marks it too, but is not asked to plan a clinical contact
    front = AppointmentsPage(world.front)
    qtbot.addWidget(front)
    front.show()
    front.day.setDate(dt.date(2026, 11, 3))
    settle(qtbot)
    front.select(other.id)
    asked = len(shown.questions)
    front.mark(appointments.NO_SHOW)
    settle()
    assert len(shown.questions) == asked and len(planned) == 1
