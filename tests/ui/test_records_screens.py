"""The records screens driven as a counsellor would: find and open a file, record a session,
sign it, add an addendum, schedule a follow-up, search for it; plus the autosave offer, form
errors, the crisis banner, reception's and the admin's view, and every custom model."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTime
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain.records import access, drafts, files, followups, sessions
from station_desk.ui.records import dialogs
from station_desk.ui.records.activities_page import ActivitiesPage, ActivityDialog
from station_desk.ui.records.client_list import ClientListPage
from station_desk.ui.records.file_window import ClientFileView, DirectoryCard, FileWindow
from station_desk.ui.records.followups_page import FollowupsPage
from station_desk.ui.records.register_dialog import RegisterVisitorDialog
from station_desk.ui.records.satisfaction_kiosk import SatisfactionKiosk
from station_desk.ui.records.search_page import SearchPage
from station_desk.ui.records.session_editor import SessionEditor
from station_desk.ui.records.today_page import TodayPage
from test_records_world import PASSWORD, World, world_fixture  # noqa: F401


def _answer(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Any) -> None:
    """Replace `cls.ask` by: build the real dialog, let `fill` drive it, press OK."""
    def ask(*args: Any, **kwargs: Any) -> Any:
        dialog = cls(*args, **kwargs)
        fill(dialog)
        dialog.accept()
        settle()  # OK runs as an operation
        result = getattr(dialog, "result_value", None)
        dialog.deleteLater()
        return result
    monkeypatch.setattr(cls, "ask", ask)


def _open_from_list(qtbot: QtBot, qtmodeltester: Any, session: Any, text: str
                    ) -> tuple[ClientListPage, ClientFileView]:
    page = ClientListPage(session)
    qtbot.addWidget(page)
    page.show()
    page.query.setText(text)
    settle()
    page.refresh()
    settle()
    assert page.model.rowCount() == 1
    qtmodeltester.check(page.model)
    page.open_index(page.model.index(0, 0))
    settle()  # the window shows at once; the file is read on the worker
    window = page.last_window
    assert isinstance(window, FileWindow)
    return page, window.view


def test_counsellor_records_signs_amends_follows_up_and_finds_a_session(
        qtbot: QtBot, qtmodeltester: Any, world: World, shown: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    register = RegisterVisitorDialog(world.lin)
    qtbot.addWidget(register)
    register.name.setText("赵𰻞敏")
    register.phone.setText("139 1234 5678")
    register.employer.setText("示例快递物流公司")
    register.accept()
    settle()
    assert register.result_entry is not None and register.result is not None
    page, view = _open_from_list(qtbot, qtmodeltester, world.lin, "5678")
    assert view.client.name == "赵𰻞敏"
    assert view.header.consent_chip.text() == "No informed consent recorded"
    assert view.banner.isHidden()
    assert world.admin.audit.query(action="file.view", target=view.client.target)

    # write: the wrong end time is caught in the form and nothing typed is lost
    editor = view.new_session()
    assert isinstance(editor, SessionEditor)
    editor.start.setTime(QTime(14, 0))
    editor.end.setTime(QTime(13, 30))
    editor.notes["complaint"].setPlainText("近一个月夜班后焦虑、入睡困难😟")
    editor.notes["assessment"].setPlainText("焦虑情绪中度，无自伤念头。")
    editor.notes["intervention"].setPlainText("放松训练，睡眠卫生教育。")
    editor.notes["plan"].setPlainText("两周后复诊。")
    editor.issues.set_codes(["anxiety", "sleep"])
    assert editor.autosave_now()
    settle()  # written on the worker
    assert drafts.pending(world.lin, sessions.DRAFT_KIND, sessions.new_ref(view.client.id))
    asked: list[dialogs.SignatureDialog] = []

    def sign_with(password: str) -> Any:
        def ask(*args: Any, **kwargs: Any) -> Any:  # kept until the test looks at it
            dialog = dialogs.SignatureDialog(*args, **kwargs)
            qtbot.addWidget(dialog)
            asked.append(dialog)
            dialog.password.setText(password)
            dialog.accept()
            settle()  # OK runs as an operation
            return dialog.result_value
        monkeypatch.setattr(dialogs.SignatureDialog, "ask", ask)

    sign_with(PASSWORD)
    editor.sign()  # checked on the worker: refused in the form
    settle()
    assert editor.record is None
    assert "13:30" in editor.error.text() and editor.end.styleSheet()
    assert editor.notes["complaint"].toPlainText() == "近一个月夜班后焦虑、入睡困难😟"
    assert asked == []  # refused before the signature was asked for

    # an electronic signature: the wrong password signs nothing and is counted
    editor.end.setTime(QTime(14, 50))
    sign_with("not-my-password")
    editor.sign()
    settle()
    assert editor.record is None
    assert "cannot be changed" in asked[0].question.text()
    assert asked[0].error.text() == "Wrong password."
    assert world.admin.audit.query(action="signature.failed")
    sign_with(PASSWORD)
    editor.sign()
    settle()
    signed = editor.record
    assert signed is not None and signed.status == "signed"
    settle()  # the signed record is read on the worker
    assert view.sessions_model.rowCount() == 1
    qtmodeltester.check(view.sessions_model)
    assert view.sessions_model.headerData(0, Qt.Orientation.Horizontal) == "No."
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    view.select_record(signed.id)
    assert "Signed by 林咨询师" in view.record_text.toPlainText()

    # amend: the addendum appears with the record, the original stays
    _answer(monkeypatch, dialogs.AddendumDialog,
            lambda d: d.text.setPlainText("补充：来访者电话告知已调整为白班。"))
    view.add_addendum()
    settle()  # the amended record is read again on the worker
    text = view.record_text.toPlainText()
    assert "Addendum by 林咨询师" in text and "已调整为白班" in text
    assert "近一个月夜班后焦虑" in text

    # follow up: the form plans a week out; the counsellor will call today instead
    def plan_today(d: dialogs.FollowupDialog) -> None:
        assert d.date.date() == world.today + dt.timedelta(days=7)
        d.date.setDate(world.today)
        d.channel.set_code("phone")
    _answer(monkeypatch, dialogs.FollowupDialog, plan_today)
    view.schedule_followup()
    settle()
    assert view.followups_model.rowCount() == 1
    qtmodeltester.check(view.followups_model)
    due = FollowupsPage(world.lin)
    qtbot.addWidget(due)
    due.show()
    settle()  # the follow-ups due, read on the worker
    assert due.model.rowCount() == 1 and due.model.rows[0].state == followups.DUE
    qtmodeltester.check(due.model)

    # find it again by what the notes say
    search = SearchPage(world.lin)
    qtbot.addWidget(search)
    search.query.setText("白班")
    settle()
    search.run()
    settle()
    assert search.model.rowCount() == 1
    qtmodeltester.check(search.model)
    assert "白班" in search.model.index(0, 7).data()
    search.open_index(search.model.index(0, 0))
    settle()
    assert isinstance(search.last_window, FileWindow)
    search.query.setText("焦虑")
    settle()
    search.run()
    settle()
    assert search.model.rowCount() == 1
    search.issue.set_code("sleep")
    search.find()
    settle()
    assert search.model.rowCount() == 1
    qtmodeltester.check(search.model)


def test_autosaved_text_is_offered_back_when_the_editor_opens_again(
        qtbot: QtBot, world: World) -> None:
    cid = world.client()
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    editor = view.new_session()
    editor.notes["complaint"].setPlainText("没来得及保存的内容𠀀")
    editor.reject()  # closing keeps an autosave (written on the worker)
    again = view.new_session()  # reads it on the worker, after it is written
    settle()
    assert again.restored.isVisible() or not again.restored.isHidden()
    assert again.notes["complaint"].toPlainText() == "没来得及保存的内容𠀀"
    again.discard_restored.click()
    settle()
    assert again.notes["complaint"].toPlainText() == ""
    assert drafts.pending(world.lin, sessions.DRAFT_KIND, sessions.new_ref(cid)) is None


def test_a_50000_character_note_is_refused_in_the_form_and_kept(
        qtbot: QtBot, world: World) -> None:
    cid = world.client()
    editor = SessionEditor(world.lin, cid)
    qtbot.addWidget(editor)
    long_note = "焦" * 50_000
    editor.notes["plan"].setPlainText(long_note)
    assert editor.save() is None
    settle()
    assert "50000" in editor.error.text() and editor.notes["plan"].styleSheet()
    assert "50000 / 20000" in editor.counters["plan"].text()
    assert editor.notes["plan"].toPlainText() == long_note
    assert editor.autosave_now()
    settle()  # written on the worker
    kept = drafts.pending(world.lin, sessions.DRAFT_KIND, sessions.new_ref(cid))
    assert kept is not None and kept.payload["plan"] == long_note
    editor.timer.stop()


def test_crisis_dialog_raises_the_banner(qtbot: QtBot, qtmodeltester: Any, world: World,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)

    def fill(dialog: dialogs.CrisisDialog) -> None:
        dialog.risk.set_code("high")
        dialog.checklist.set_codes(["suicidal_thoughts"])
        dialog.actions_taken.set_codes(["safety_plan", "emergency_contact_reached"])
        dialog.notes.setPlainText("来访者表达轻生念头，已制定安全计划。")
    _answer(monkeypatch, dialogs.CrisisDialog, fill)
    view.crisis()
    settle()
    assert not view.banner.isHidden() and "follow-up due by" in view.banner.text()
    assert view.crises_model.rowCount() == 1 and view.followups_model.rowCount() == 1
    qtmodeltester.check(view.crises_model)
    today = TodayPage(world.lin)
    qtbot.addWidget(today)
    today.refresh()
    settle()
    assert today.crises.rowCount() == 1 and today.followups.rowCount() == 1
    for model in (today.appointments, today.followups, today.crises, today.pending,
                  today.month, today.followup_counts):
        qtmodeltester.check(model)


def test_receptionist_gets_the_directory_card_and_admin_must_give_a_reason(
        qtbot: QtBot, world: World, shown: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    page = ClientListPage(world.front)
    qtbot.addWidget(page)
    page.refresh()
    settle()
    assert page.scope.count() == 1  # no "my cases" for reception
    page.open_index(page.model.index(0, 0))
    settle()  # the domain decides on the worker: reception gets the card
    assert isinstance(page.last_window, DirectoryCard)

    admin_page = ClientListPage(world.admin)
    qtbot.addWidget(admin_page)
    admin_page.refresh()
    settle()
    monkeypatch.setattr(dialogs.ReasonDialog, "ask_with_key", lambda file_no, parent=None: None)
    admin_page.open_index(admin_page.model.index(0, 0))
    settle()
    assert admin_page.last_window is None  # cancelled: nothing opened, nothing granted
    monkeypatch.setattr(dialogs.ReasonDialog, "ask_with_key",
                        lambda file_no, parent=None: ("家属来电称失联，核实紧急联系人", None))
    admin_page.open_index(admin_page.model.index(0, 0))
    settle()  # the reason asked between the decision and the opening, both on the worker
    window = admin_page.last_window
    assert isinstance(window, FileWindow) and window.view.client.access == access.BREAK_GLASS
    assert "new_record" not in window.view.bar.shown()
    assert "失联" in world.admin.audit.query(action="file.break_glass")[0].detail
    assert cid == window.view.client.id


def test_dialogs_refuse_bad_input_inline(qtbot: QtBot, world: World) -> None:
    cid = world.client()
    consent = dialogs.ConsentDialog(world.lin, cid, staff=[])  # the user explained
    qtbot.addWidget(consent)
    consent.accept()  # limits of confidentiality not ticked
    settle()
    assert consent.result_value is None and "confidentiality" in consent.error.text()
    consent.limits.setChecked(True)
    consent.accept()
    settle()
    assert consent.result_value is not None
    referral = dialogs.ReferralDialog(world.lin, cid)
    qtbot.addWidget(referral)
    referral.accept()
    settle()
    assert referral.result_value is None and referral.destination.styleSheet()
    activity = ActivityDialog(world.front)
    qtbot.addWidget(activity)
    activity.accept()
    settle()
    assert activity.result_value is None and activity.topic.styleSheet()


def test_activities_page_and_kiosk(qtbot: QtBot, qtmodeltester: Any, world: World) -> None:
    page = ActivitiesPage(world.admin)
    qtbot.addWidget(page)
    page.refresh()
    settle()
    qtmodeltester.check(page.progress_model)
    qtmodeltester.check(page.activities_model)
    cid = world.client()
    kiosk = SatisfactionKiosk(world.front, client_id=cid)
    qtbot.addWidget(kiosk)
    kiosk.submit()
    settle(qtbot)  # checked and refused on the worker, shown under the form
    assert kiosk.error.text()
    for group in kiosk.groups.values():
        group.button(5).setChecked(True)
    kiosk.comment.setPlainText("很有帮助🙏")
    with qtbot.waitSignal(kiosk.submitted):  # client-facing mode ends at the lock screen
        kiosk.submit()                       # (test_client_mode.py)
    assert world.admin.db.scalar("SELECT comment FROM satisfaction") == "很有帮助🙏"


def test_lazy_list_pages_by_key(qtbot: QtBot, qtmodeltester: Any, world: World) -> None:
    for number in range(7):
        world.client(name=f"测试{number}")
    page = ClientListPage(world.front)
    qtbot.addWidget(page)
    page.model.page = 3
    page.refresh()
    settle()
    # pages of 3: the first, and those the view asked for to fill its height
    assert page.model.rowCount() in (3, 6, 7)
    while page.model.canFetchMore():
        page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() == 7 and not page.model.canFetchMore()
    qtmodeltester.check(page.model)
    names = [page.model.index(r, 1).data(Qt.ItemDataRole.DisplayRole) for r in range(7)]
    assert names == [f"测试{n}" for n in range(6, -1, -1)]
