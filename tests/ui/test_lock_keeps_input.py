"""Locking never destroys input. For every dialog that takes text: open it the way the app
does (its `ask()`, a real modal wait), type, lock (the idle countdown run out, or Ctrl+L typed
into the dialog), and check that the dialog went out of sight with nothing of it on screen,
then unlock with the password as a person would (in a later turn of the event loop) and check
that the same dialog is back, modal, with the same input, no error shown, and that its OK
still does its work: the wait was never ended as if Cancel had been pressed.

Where a dialog cannot be kept (signed out while locked), its input is in the encrypted
autosave and the form offers it back when opened again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import ADMIN_PASSWORD, hold_back, settle, visible_texts

from station_desk.domain.records import crises, drafts, files, followups, sessions
from station_desk.domain.session import Session
from station_desk.domain.tier import selfcheck
from station_desk.ui import kept_input, modal
from station_desk.ui.accounts_dialogs import AddUserDialog, ChangePasswordDialog
from station_desk.ui.backup_restore import RestoreDialog
from station_desk.ui.main_window import MainWindow
from station_desk.ui.records import dialogs, leftovers
from station_desk.ui.records.activities_page import ActivityDialog, TargetDialog
from station_desk.ui.records.appointment_dialog import AppointmentDialog
from station_desk.ui.records.file_window import ClientFileView, CosignDialog, FileWindow
from station_desk.ui.records.file_window.opening import open_file_window
from station_desk.ui.records.reassign_dialog import ReassignDialog
from station_desk.ui.records.register_dialog import EditDetailsDialog, RegisterVisitorDialog
from station_desk.ui.records.today_page import TodayPage
from station_desk.ui.settings import UiSettings
from station_desk.ui.tier.selfcheck_page import AnswerDialog
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401

CLIENT = "张小敏"  # the world's client name
TYPED = "来访者凌晨在宿舍楼顶，同事劝下；自述“不想活了”。"  # 事件经过 and the like
CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Desk:
    world: World
    session: Session
    password: str
    window: MainWindow
    client_id: int
    view: ClientFileView  # the client's file, open in its own window
    # for a form that opens after a read on the worker: its `then`, set by `run_case`
    then: Callable[[Any], None] = lambda _result: None

    @property
    def page(self) -> QWidget:
        return self.window.current_page()  # type: ignore[return-value]


def open_desk(qtbot: QtBot, world: World, settings: UiSettings, user: str) -> Desk:
    session, password = {"lin": (world.lin, PASSWORD),
                         "admin": (world.admin, ADMIN_PASSWORD)}[user]
    client_id = world.client()
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    file_window = FileWindow(session, files.open_file(session, client_id,
                                                       "督导检查" if user == "admin" else None),
                             window)
    settle()  # the file is read on the worker
    file_window.show()
    return Desk(world, session, password, window, client_id, file_window.view)


def inputs(dialog: QWidget) -> dict[str, Any]:
    """Everything typed or chosen in the dialog, passwords included."""
    values: dict[str, Any] = {}
    for number, widget in enumerate(dialog.findChildren(QWidget)):
        key = f"{type(widget).__name__}#{number}"
        if isinstance(widget, QLineEdit):
            values[key] = widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            values[key] = widget.toPlainText()
        elif isinstance(widget, QComboBox | QSpinBox | QGroupBox | QAbstractButton
                        | QListWidget) or hasattr(widget, "date"):
            value = kept_input.read_field(widget)
            if value is not None:
                values[key] = value
    return values


def all_visible_texts() -> str:
    return "\n".join(t for w in QApplication.topLevelWidgets() if w.isVisible()
                     for t in visible_texts(w))


@dataclass
class Report:
    dialog: QDialog | None = None
    typed: dict[str, Any] = field(default_factory=dict)
    hidden_when_locked: bool = False
    locked: bool = False
    on_screen_while_locked: str = ""
    visible_after: bool = False
    modal_after: bool = False
    after: dict[str, Any] = field(default_factory=dict)
    done: bool = False
    failure: BaseException | None = None


def lock(qtbot: QtBot, desk: Desk, how: str) -> None:
    settle(qtbot)  # as unlock() does
    if how == "idle":
        desk.window.idle.timer.timeout.emit()  # the countdown run out, without the wait
    else:
        target = QApplication.focusWidget() or QApplication.activeModalWidget()
        assert target is not None
        qtbot.keyClick(target, Qt.Key.Key_L, CTRL)


def unlock(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.window.lock_screen
    # A change still running holds the keyboard (ui/operations.py): a window's reads, made
    # as changes, may still be under way, and the password typed meanwhile would be lost
    # (1 run in ~30, then 3 in 6 once opening a window got faster).
    settle(qtbot)
    qtbot.keyClicks(screen.password, desk.password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    settle(qtbot)  # the password is checked on the operations worker


@dataclass(frozen=True)
class Case:
    user: str
    dialog: type[QDialog]
    open: Callable[[Desk], Any]  # the app's own way in; returns what ask() returned
    fill: Callable[[QtBot, Any], None]
    finish: Callable[[Any], None] = lambda dialog: dialog.accept()
    expect: Callable[[Any], bool] = lambda result: bool(result)
    takes_input: bool = True
    later: bool = False  # opens after a read on the worker: its result goes to `then`


def _type(qtbot: QtBot, widget: QWidget, text: str = TYPED) -> None:
    """Type as a person would: ASCII by key, Chinese as the input method commits it."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _signed_record(desk: Desk) -> sessions.SessionRecord:
    record = sessions.save_draft(desk.session, desk.client_id, full_input(desk.world.today))
    return sessions.sign_session(desk.session, desk.client_id, record.id, password=desk.password)


def _crisis(desk: Desk) -> crises.Crisis:
    return crises.open_crisis(desk.session, desk.client_id, "high", ["suicidal_thoughts"],
                              [], "初始记录")


def _crisis_ready_to_close(desk: Desk) -> crises.Crisis:
    crisis = _crisis(desk)
    assert crisis.followup_id is not None
    followups.complete_followup(desk.session, crisis.followup_id, "已电话随访，情绪平稳。")
    return crises.get_crisis(desk.session, crisis.id)


def _trainee_record(desk: Desk) -> int:
    world = desk.world
    cid = world.client(by=world.shen, name="学员来访者")
    record = sessions.save_draft(world.shen, cid, full_input(world.today))
    return sessions.sign_session(world.shen, cid, record.id, password=PASSWORD).id


def _fill_crisis(qtbot: QtBot, dialog: dialogs.CrisisDialog) -> None:
    if dialog.crisis is None:
        next(iter(dialog.checklist.boxes.values())).setChecked(True)
    next(iter(dialog.actions_taken.boxes.values())).setChecked(True)
    _type(qtbot, dialog.notes)


def _fill_user(qtbot: QtBot, dialog: AddUserDialog) -> None:
    _type(qtbot, dialog.username, "wang2")
    _type(qtbot, dialog.display_name, "王新同事")
    _type(qtbot, dialog.passwords.first, "new-colleague-2026")
    _type(qtbot, dialog.passwords.second, "new-colleague-2026")


def _fill_password(qtbot: QtBot, dialog: ChangePasswordDialog) -> None:
    _type(qtbot, dialog.old, PASSWORD)
    _type(qtbot, dialog.passwords.first, "records-pass-2027")
    _type(qtbot, dialog.passwords.second, "records-pass-2027")


def _entry(desk: Desk) -> files.DirectoryEntry:
    return files.directory_rows(desk.session, [desk.client_id])[0]


def _confirm(desk: Desk) -> bool:
    answer = modal.message_box(desk.view, QMessageBox.Icon.Question, "Station Desk", TYPED,
                               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                               QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _click_yes(box: QMessageBox) -> None:
    button = box.button(QMessageBox.StandardButton.Yes)
    assert button is not None
    button.click()


CASES: dict[str, Case] = {
    "addendum": Case("lin", dialogs.AddendumDialog,
                     lambda d: dialogs.AddendumDialog.ask(d.session, _signed_record(d), d.view),
                     lambda q, dlg: _type(q, dlg.text)),
    "follow-up": Case("lin", dialogs.FollowupDialog,
                      lambda d: dialogs.FollowupDialog.ask(d.session, d.client_id, None, d.view),
                      lambda q, dlg: (dlg.date.setDate(dlg.date.date().addDays(3)),
                                      dlg.channel.setCurrentIndex(1))),
    "follow-up outcome": Case(
        "lin", dialogs.OutcomeDialog,
        lambda d: dialogs.OutcomeDialog.ask(d.session, followups.schedule_followup(
            d.session, d.client_id, d.world.today, "phone"), d.view),
        lambda q, dlg: _type(q, dlg.outcome)),
    "crisis (事件经过)": Case(
        "lin", dialogs.CrisisDialog,
        lambda d: dialogs.CrisisDialog.ask(d.session, d.client_id, None, d.view), _fill_crisis),
    "crisis, further actions": Case(
        "lin", dialogs.CrisisDialog,
        lambda d: dialogs.CrisisDialog.ask(d.session, d.client_id, _crisis(d), d.view),
        _fill_crisis),
    "closing a crisis": Case(
        "lin", dialogs.CloseCrisisDialog,
        lambda d: dialogs.CloseCrisisDialog.ask(d.session, _crisis_ready_to_close(d), d.view),
        lambda q, dlg: _type(q, dlg.outcome)),
    "referral": Case("lin", dialogs.ReferralDialog,
                     lambda d: dialogs.ReferralDialog.ask(d.session, d.client_id, d.view),
                     lambda q, dlg: (_type(q, dlg.destination, "市精神卫生中心"),
                                     _type(q, dlg.reason))),
    "consent": Case("lin", dialogs.ConsentDialog,
                    lambda d: dialogs.ConsentDialog.ask(d.session, d.client_id, d.view,
                                                        then=d.then),
                    lambda q, dlg: (_type(q, dlg.scope, "，含团体辅导"),
                                    dlg.limits.setChecked(True)), later=True),
    "closing the case": Case("lin", dialogs.CloseCaseDialog,
                             lambda d: dialogs.CloseCaseDialog.ask(d.session, d.client_id,
                                                                   d.view),
                             lambda q, dlg: _type(q, dlg.summary)),
    "share": Case("lin", dialogs.ShareDialog,
                  lambda d: dialogs.ShareDialog.ask(d.session, d.client_id, d.view,
                                                    then=d.then),
                  lambda q, dlg: _type(q, dlg.note, "休假期间请何老师跟进"), later=True),
    "co-sign": Case("lin", CosignDialog,
                    lambda d: CosignDialog.ask(d.session, _trainee_record(d), d.view,
                                               then=d.then),
                    lambda q, dlg: (_type(q, dlg.comment), _type(q, dlg.password, PASSWORD)),
                    later=True),
    "signing (password)": Case(
        "lin", dialogs.SignatureDialog,
        lambda d: dialogs.SignatureDialog.ask(
            d.session, "签署？", lambda password: sessions.sign_session(
                d.session, d.client_id, sessions.save_draft(
                    d.session, d.client_id, full_input(d.world.today)).id,
                password=password), d.view),
        lambda q, dlg: _type(q, dlg.password, PASSWORD)),
    "register a visitor": Case("lin", RegisterVisitorDialog,
                               lambda d: RegisterVisitorDialog.ask(d.session, d.page),
                               lambda q, dlg: (_type(q, dlg.name, "李新来"),
                                               _type(q, dlg.phone, "139 5555 0101"))),
    "edit details": Case("lin", EditDetailsDialog,
                         lambda d: EditDetailsDialog.ask(d.session, d.client_id, d.view,
                                                         then=d.then),
                         lambda q, dlg: _type(q, dlg.fields.employer, "（已调岗）"),
                         later=True),
    "appointment for the file": Case(
        "lin", AppointmentDialog,
        lambda d: AppointmentDialog.ask(d.session, _entry(d), None, None, d.view),
        lambda q, dlg: (dlg.date.setDate(QDate(2026, 11, 4)), dlg.room.setCurrentIndex(2))),
    "appointment, file picked": Case(
        "lin", AppointmentDialog,
        lambda d: AppointmentDialog.ask(d.session, None, None, None, d.page),
        lambda q, dlg: (_type(q, dlg.picker.query, CLIENT), dlg.picker.search(),
                        dlg.date.setDate(QDate(2026, 11, 5)))),
    "group activity": Case("lin", ActivityDialog,
                           lambda d: ActivityDialog.ask(d.session, d.page),
                           lambda q, dlg: (_type(q, dlg.topic, "夜班职工睡眠讲座"),
                                           _type(q, dlg.venue, "二楼会议室"),
                                           dlg.attendees.setValue(35))),
    "annual target": Case("admin", TargetDialog,
                          lambda d: TargetDialog.ask(d.session, 2026, d.page),
                          lambda q, dlg: dlg.target.setValue(24)),
    "reassign cases": Case("admin", ReassignDialog,
                           lambda d: ReassignDialog.ask(d.session, d.page),
                           lambda q, dlg: _type(q, dlg.note, "林老师调离，个案交何老师")),
    "break-the-glass reason": Case(
        "admin", dialogs.ReasonDialog,
        lambda d: dialogs.ReasonDialog.ask("2026-0001", d.page),
        lambda q, dlg: _type(q, dlg.reason, "来访者家属投诉，站长需核实记录")),
    "tier self-check answer": Case(
        "admin", AnswerDialog,
        lambda d: AnswerDialog.ask(d.session, next(
            f for f in selfcheck.evaluate(d.session).findings
            if f.code == "s_reading_materials"), d.page),
        lambda q, dlg: (dlg.yes.setChecked(True), _type(q, dlg.note, "阅览架上有心理书籍"))),
    "add an account": Case("admin", AddUserDialog,
                           lambda d: AddUserDialog.ask(d.session, d.page), _fill_user),
    "change my password": Case("lin", ChangePasswordDialog,
                               lambda d: ChangePasswordDialog.ask(d.session, d.window),
                               _fill_password),
    "restore a backup (password)": Case(
        "admin", RestoreDialog,
        lambda d: RestoreDialog.ask(d.session, Path("station-2026-11-01.sdbackup"), d.page),
        lambda q, dlg: (_type(q, dlg.password, ADMIN_PASSWORD), dlg.understood.setChecked(True)),
        finish=lambda dialog: dialog.reject(), expect=lambda result: result is None),
    "a question (message box)": Case("lin", QMessageBox, _confirm, lambda q, box: None,
                                     finish=_click_yes, takes_input=False),
}


def run_case(qtbot: QtBot, desk: Desk, case: Case, how: str) -> tuple[Report, Any]:
    report = Report()
    answers: list[tuple[bool, Any]] = []  # (after the unlock, what `then` was given)
    desk.then = lambda result: answers.append((report.done, result))
    looks = iter(range(1, 2000))  # a form opening after its read: looked for a while

    def first() -> None:  # inside the dialog's modal wait
        try:
            dialog = QApplication.activeModalWidget()
            if case.later and not isinstance(dialog, case.dialog) and next(looks, 0):
                QTimer.singleShot(5, first)  # its read is still on the worker
                return
            assert isinstance(dialog, case.dialog), dialog
            report.dialog = dialog
            # The form's own reads (the reassignment's counsellors) are in before anyone
            # types, as a person sees the form filled: otherwise what was "typed" is the form
            # half-read, and the read that lands meanwhile looks like input lost.
            settle()
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
            case.fill(qtbot, dialog)
            report.typed = inputs(dialog)
            lock(qtbot, desk, how)
            report.locked = desk.window.is_locked and desk.session.locked
            report.hidden_when_locked = not dialog.isVisible()
            report.on_screen_while_locked = all_visible_texts()
        except BaseException as exc:  # noqa: BLE001 - reported by the test, not lost in Qt
            report.failure = exc
        QTimer.singleShot(0, second)  # the person types the password later, not in here

    def second() -> None:
        dialog = report.dialog
        try:
            if report.failure is None:
                unlock(qtbot, desk)
                assert dialog is not None
                report.visible_after = dialog.isVisible()
                report.modal_after = QApplication.activeModalWidget() is dialog
                report.after = inputs(dialog)
                report.done = True
                case.finish(dialog)
                settle()  # OK runs as an operation; the dialog closes when it is done
        except BaseException as exc:  # noqa: BLE001
            report.failure = exc
        finally:
            if modal.alive(dialog) and dialog is not None and dialog.isVisible():
                QDialog.done(dialog, 0)  # never leave a modal wait behind

    QTimer.singleShot(0, first)
    result = case.open(desk)
    returned_before_unlock = not report.done
    qtbot.waitUntil(lambda: report.done or report.failure is not None, timeout=5000)
    if report.failure is not None:
        raise report.failure
    if case.later:  # `ask` returned at once; the form's answer went to `then`
        settle(qtbot)
        assert len(answers) == 1, answers
        returned_before_unlock, result = not answers[0][0], answers[0][1]
    assert not returned_before_unlock, "the dialog's wait ended when the screen locked"
    return report, result


@pytest.mark.parametrize("how", ["idle", "ctrl+l"])
@pytest.mark.parametrize("name", list(CASES))
def test_locking_keeps_every_dialog_and_its_input(
        qtbot: QtBot, world: World, ui_settings: UiSettings, shown: Any, name: str,
        how: str) -> None:
    case = CASES[name]
    shown.answer = True  # the reassignment's "Move n files?"
    if name == "reassign cases":
        world.client(by=world.he, name="何的来访者")
    desk = open_desk(qtbot, world, ui_settings, case.user)
    assert CLIENT in all_visible_texts()

    report, result = run_case(qtbot, desk, case, how)

    assert report.locked and report.hidden_when_locked
    assert TYPED not in report.on_screen_while_locked
    assert CLIENT not in report.on_screen_while_locked
    assert report.visible_after and report.modal_after
    assert report.after == report.typed and (report.typed or not case.takes_input)
    assert case.expect(result), result  # OK did its work: the wait was not cancelled
    assert shown.errors == []
    assert not desk.window.is_locked and not desk.session.locked


def test_the_session_editor_keeps_its_text_through_a_lock(
        qtbot: QtBot, world: World, ui_settings: UiSettings, shown: Any) -> None:
    """The editor is window-modal (open(), no wait of its own): hidden and shown again."""
    desk = open_desk(qtbot, world, ui_settings, "lin")
    editor = desk.view.new_session()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    _type(qtbot, editor.notes["complaint"])
    for how in ("idle", "ctrl+l"):
        lock(qtbot, desk, how)
        assert desk.window.is_locked and not editor.isVisible()
        assert TYPED not in all_visible_texts()
        # the lock wrote the text to the encrypted autosave at once
        kept = drafts.pending(desk.session, sessions.DRAFT_KIND, sessions.new_ref(desk.client_id))
        assert kept is not None and kept.payload["complaint"] == TYPED
        unlock(qtbot, desk)
        assert editor.isVisible() and editor.notes["complaint"].toPlainText() == TYPED
    assert shown.errors == []


@pytest.mark.parametrize("how", ["idle", "os"])
def test_work_asked_for_before_a_lock_is_answered_after_the_unlock(
        qtbot: QtBot, world: World, ui_settings: UiSettings, shown: Any, how: str) -> None:
    """A file opened (its access decided and audited on the worker) and the screen locked
    before the answer, by the idle countdown or the system's own lock: the file window does
    not appear over the lock screen, and it appears once the counsellor unlocks. (Ctrl+L
    typed meanwhile is held back with the rest of the input while the opening runs.)"""
    desk = open_desk(qtbot, world, ui_settings, "lin")
    other = world.client()
    name = files.open_file(desk.session, other).name
    opened: list[QDialog] = []
    open_file_window(desk.window.current_page(), desk.session, other, opened.append)
    if how == "idle":
        desk.window.idle.timer.timeout.emit()
    else:
        desk.window.os_lock.osLocked.emit()
    settle(qtbot)  # the answer comes while locked
    assert desk.window.is_locked and opened == []
    assert name not in all_visible_texts()
    unlock(qtbot, desk)
    settle(qtbot)  # the file is read, then its window shown
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=2000)
    assert opened[0].isVisible() and name in all_visible_texts()
    assert shown.errors == []


def test_a_slow_file_window_due_while_locked_is_put_aside(
        qtbot: QtBot, world: World, ui_settings: UiSettings, shown: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A file whose read takes long shows its window after a moment, read or not; if the
    screen locked meanwhile, the window is put aside instead, and comes back, read, with
    the unlock."""
    from station_desk.ui.records.file_window import opening
    from station_desk.ui.records.file_window import view as view_module

    desk = open_desk(qtbot, world, ui_settings, "lin")
    other = world.client()
    name = files.open_file(desk.session, other).name
    release = hold_back(monkeypatch, view_module, "read_file")
    opened: list[QDialog] = []
    open_file_window(desk.window.current_page(), desk.session, other, opened.append)
    qtbot.waitUntil(lambda: any(isinstance(w, FileWindow) and w.view.loading
                                for w in QApplication.topLevelWidgets()), timeout=2000)
    desk.window.idle.timer.timeout.emit()  # locked while the file is read
    qtbot.wait(2 * opening.SHOW_UNREAD_AFTER_MS)  # the moment's wait is over
    assert len(opened) == 1 and not opened[0].isVisible()
    release.set()
    settle(qtbot)  # the read comes while locked: kept for the unlock
    assert name not in all_visible_texts()
    unlock(qtbot, desk)
    settle(qtbot)
    assert opened[0].isVisible() and name in all_visible_texts()
    assert not opened[0].view.loading and shown.errors == []


def test_a_dialog_lost_while_locked_offers_its_input_back(
        qtbot: QtBot, world: World, ui_settings: UiSettings, shown: Any) -> None:
    """Signed out from the lock screen: the crisis form's text is in the encrypted autosave
    and comes back when the counsellor opens the crisis form of that file again."""
    desk = open_desk(qtbot, world, ui_settings, "lin")
    signed_out: list[bool] = []
    desk.window.signOutRequested.connect(lambda: signed_out.append(True))
    seen: dict[str, Any] = {}

    def during() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, dialogs.CrisisDialog)
        _fill_crisis(qtbot, dialog)
        seen["risk"] = dialog.risk.code()
        desk.window.lock()
        QTimer.singleShot(0, desk.window.lock_screen.sign_out_button.click)

    QTimer.singleShot(0, during)
    assert dialogs.CrisisDialog.ask(desk.session, desk.client_id, None, desk.view) is None
    assert signed_out == [True]
    kept = drafts.pending(desk.session, kept_input.KIND, f"crisis:{desk.client_id}:new")
    assert kept is not None and TYPED in kept.payload["fields"].values()
    assert crises.list_crises(desk.session, desk.client_id) == []  # nothing was saved

    again = dialogs.CrisisDialog(desk.session, desk.client_id, None, desk.view)
    qtbot.addWidget(again)
    again.show()
    assert again.notes.toPlainText() == TYPED
    assert again.checklist.codes() and again.actions_taken.codes()
    assert again.restored_notice.isVisible()
    again.accept()
    settle()
    assert again.result_value is not None and again.result_value.notes == TYPED
    # once saved, the autosave is gone
    assert drafts.pending(desk.session, kept_input.KIND, f"crisis:{desk.client_id}:new") is None


def test_quitting_from_the_lock_screen_ends_a_hidden_dialogs_wait_and_keeps_its_text(
        qtbot: QtBot, world: World, ui_settings: UiSettings, shown: Any) -> None:
    """Quit (the one menu item left while locked) closes the main window: the hidden modal
    dialog's wait ends without its Cancel (which would drop the autosave), nothing crashes."""
    desk = open_desk(qtbot, world, ui_settings, "lin")
    closed: list[bool] = []
    desk.window.closed.connect(lambda: closed.append(True))

    def during() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, dialogs.ReferralDialog)
        _type(qtbot, dialog.reason)
        desk.window.lock()
        QTimer.singleShot(0, desk.window.quit_action.trigger)

    QTimer.singleShot(0, during)
    assert dialogs.ReferralDialog.ask(desk.session, desk.client_id, desk.view) is None
    assert closed == [True] and desk.window.quit_action.isEnabled()
    kept = drafts.pending(desk.session, kept_input.KIND, f"referral:{desk.client_id}:new")
    assert kept is not None and kept.payload["fields"]["reason"] == TYPED
    assert shown.errors == []


def test_a_lost_form_is_listed_with_its_file_and_reopens_with_its_text(
        qtbot: QtBot, world: World, ui_settings: UiSettings, shown: Any) -> None:
    """The leftover-drafts list (offered at sign-in and from Today) names the form and the
    file, and Reopen opens that file and that form with the text back in it."""
    desk = open_desk(qtbot, world, ui_settings, "lin")
    QTimer.singleShot(0, lambda: (_fill_crisis(qtbot, QApplication.activeModalWidget()),
                                  desk.window.lock(), desk.window.request_sign_out()))
    dialogs.CrisisDialog.ask(desk.session, desk.client_id, None, desk.view)
    # Signed in again (the same account, for the test): the app closes the window signed out
    # of and opens a new one.
    desk.window.close()
    desk.session.locked = False
    window = MainWindow(desk.session, ui_settings)
    qtbot.addWidget(window)
    window.show()

    listed: list[leftovers.LeftoverDraftsDialog] = []
    leftovers.offer_leftovers(window, desk.session, again=True, shown=listed.append)
    settle(qtbot)  # the drafts left are read on the worker
    assert listed
    offered = listed[0]
    qtbot.addWidget(offered)
    row = next(r for r in offered.model.rows if r.kind == kept_input.KIND)
    assert row.client_id == desk.client_id and row.reachable
    assert row.file_no and row.client_name == CLIENT and row.preview.startswith(TYPED[:20])
    assert leftovers.record_label(row) == "Crisis record (never saved)"
    offered.view.selectRow(offered.model.rows.index(row))
    seen: dict[str, Any] = {}

    def answer() -> None:  # inside the reopened form's modal wait
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialogs.CrisisDialog):
            QTimer.singleShot(0, answer)
            return
        seen["text"] = dialog.notes.toPlainText()
        seen["file"] = dialog.client_id
        dialog.accept()

    QTimer.singleShot(0, answer)
    offered.reopen()
    qtbot.waitUntil(lambda: "text" in seen, timeout=5000)
    assert seen == {"text": TYPED, "file": desk.client_id}
    assert isinstance(offered.window_opened, FileWindow)
    assert [c.notes for c in crises.list_crises(desk.session, desk.client_id)] == [TYPED]
    assert leftovers.form_leftovers(desk.session) == []


def test_reception_gets_its_kept_forms_offered_too(qtbot: QtBot, world: World) -> None:
    cid = world.client()
    drafts.autosave(world.front, kept_input.KIND, f"details:{cid}:new",
                    {"fields": {"employer": "示例物流公司（新）"}})
    drafts.autosave(world.front, kept_input.KIND, "register", {"fields": {"name": "李新来"}})
    items = leftovers.all_leftovers(world.front)
    assert {(leftovers.record_label(i), i.reachable) for i in items} == {
        ("Registering a visitor (never saved)", False), ("File details (never saved)", True)}
    today = TodayPage(world.front)
    qtbot.addWidget(today)
    today.show()
    qtbot.waitUntil(lambda: not today.leftovers_row.isHidden(), timeout=2000)
    assert "2" in today.leftovers_label.text()


def test_discarding_restored_input_puts_the_form_back_and_drops_the_autosave(
        qtbot: QtBot, world: World) -> None:
    cid = world.client()
    drafts.autosave(world.lin, kept_input.KIND, f"referral:{cid}:new",
                    {"fields": {"destination": "某医院", "reason": TYPED}})
    dialog = dialogs.ReferralDialog(world.lin, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reason.toPlainText() == TYPED and dialog.destination.text() == "某医院"
    dialog.restored_notice.findChild(QAbstractButton).click()
    assert dialog.reason.toPlainText() == "" and dialog.destination.text() == ""
    assert not dialog.restored_notice.isVisible()
    assert drafts.pending(world.lin, kept_input.KIND, f"referral:{cid}:new") is None


def test_passwords_are_never_kept(qtbot: QtBot, world: World) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setText("secret")
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    assert kept_input.read_field(edit) is None


# A dialog run by exec() ends its wait when the lock hides it: only these may still use it.
EXEC_ALLOWED = {
    "modal.py": "run_modal's own event loop, which hiding does not end",
    "crash.py": "the last-resort error box, shown when anything else may be broken",
    "printing/printer.py": "the system print dialog (native on Windows: not ours to hide)",
    "recovery_print.py": "the system print dialog, before any vault is open",
    "export/union_window.py": "the union tool's own application loop",
}


def test_no_dialog_in_the_screens_is_run_by_exec() -> None:
    import ast

    ui = Path(modal.__file__).parent
    offenders = []
    for path in sorted(ui.rglob("*.py")):
        name = path.relative_to(ui).as_posix()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("exec", "exec_") and name not in EXEC_ALLOWED:
                offenders.append(f"{name}:{node.lineno}")
    assert offenders == [], "use modal.run_modal: " + ", ".join(offenders)
