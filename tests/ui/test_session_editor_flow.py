"""The session editor as a counsellor uses it: it names the file, takes today's booking's
times, shows every issue and intervention as a box, inserts note templates and the last
plan, and after signing offers to book the next appointment the record names (the booking
itself then marks today's appointment attended)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain import vocab
from station_desk.domain.records import appointments, sessions
from station_desk.ui.records import dialogs
from station_desk.ui.records.appointment_dialog import AppointmentDialog
from station_desk.ui.records.session_editor import SessionEditor, default_times
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def _editor(qtbot: QtBot, world: World, cid: int) -> SessionEditor:
    editor = SessionEditor(world.lin, cid, autosave_ms=3_600_000)
    qtbot.addWidget(editor)
    editor.show()
    settle()
    return editor


def test_the_editor_names_the_file_and_starts_at_the_booking(qtbot: QtBot,
                                                            world: World) -> None:
    cid = world.client()
    world.clock.advance(hours=-8)  # 09:00 at the station: book for later today
    appointments.book_appointment(world.front, cid, "2026-11-02T10:30", "2026-11-02T11:20")
    world.clock.advance(hours=2)  # 11:00, writing it up
    editor = _editor(qtbot, world, cid)
    assert "张小敏" in editor.who.text() and "session 1" in editor.who.text()
    assert "张小敏" in editor.windowTitle()
    assert (editor.start.time(), editor.end.time()) == (QTime(10, 30), QTime(11, 20))
    assert "10:30–11:20" in editor.booking_note.text()
    # every option is a box in sight, none in a scroll box
    assert set(editor.issues.boxes) >= {e.code for e in vocab.entries("presenting_issues")}
    assert len(editor.interventions.boxes) == len(vocab.entries("interventions"))
    assert all(not box.isHidden() for box in editor.issues.boxes.values())


def test_without_a_booking_the_times_are_the_half_hour_begun() -> None:
    assert default_times(dt.datetime(2026, 11, 2, 17, 12)) == ("17:00", "17:50")
    assert default_times(dt.datetime(2026, 11, 2, 9, 45)) == ("09:30", "10:20")
    assert default_times(dt.datetime(2026, 11, 2, 23, 40)) == ("23:30", "23:59")


def test_templates_and_the_last_plan_save_typing(qtbot: QtBot, world: World) -> None:
    cid = world.client()
    sessions.sign_session(world.lin, cid, None, full_input(world.today, plan="两周后复诊。"),
                          password=PASSWORD)
    editor = _editor(qtbot, world, cid)
    assert "session 2" in editor.who.text()
    assert editor.copy_plan_button.isEnabled()
    editor.copy_last_plan()
    assert editor.notes["plan"].toPlainText() == "两周后复诊。"
    menu = editor.template_buttons["assessment"].menu()
    menu.actions()[0].trigger()
    assert editor.notes["assessment"].toPlainText().startswith("Mood:")
    editor.notes["plan"].moveCursor(editor.notes["plan"].textCursor().MoveOperation.End)
    editor.template_buttons["plan"].menu().actions()[0].trigger()
    assert editor.notes["plan"].toPlainText().startswith("两周后复诊。\nFocus next time:")


def test_signing_offers_to_book_the_next_appointment(qtbot: QtBot, world: World,
                                                     shown: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    editor = _editor(qtbot, world, cid)
    data = full_input(world.today, next_appointment="2026-11-09")
    editor._load(data)

    def sign(*args: Any, **kwargs: Any) -> Any:
        dialog = dialogs.SignatureDialog(*args, **kwargs)
        qtbot.addWidget(dialog)
        dialog.password.setText(PASSWORD)
        dialog.accept()
        settle()
        return dialog.result_value
    monkeypatch.setattr(dialogs.SignatureDialog, "ask", sign)
    booked: list[Any] = []

    def book(*args: Any, **kwargs: Any) -> Any:
        dialog = AppointmentDialog(*args, **kwargs)
        qtbot.addWidget(dialog)
        booked.append((dialog.date.date().toString("yyyy-MM-dd"),
                       dialog.start.time().toString("HH:mm")))
        dialog.accept()
        settle()
        return dialog.result_value
    monkeypatch.setattr(AppointmentDialog, "ask", book)
    editor.sign()  # checked on the worker, then the password, then the offer
    settle(qtbot)
    signed = editor.record
    assert signed is not None and signed.next_appointment == "2026-11-09"
    assert "2026-11-09" in shown.questions[-1]
    assert booked == [("2026-11-09", "14:00")]
    found = appointments.booked_on(world.lin, cid, dt.date(2026, 11, 9))
    assert [a.time_range for a in found] == ["14:00–14:50"]
    # already booked: no second offer
    again = _editor(qtbot, world, cid)
    again.offer_next_booking(signed)  # asked on the worker
    settle(qtbot)
    assert len(shown.questions) == 1


def test_the_next_appointment_is_picked_a_week_on_at_the_same_time(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """下次预约: a date and a time from pickers, a week after the session at its start time
    until the counsellor picks otherwise; unticked, the record names none; Book… books the
    picked day and time."""
    cid = world.client()
    editor = _editor(qtbot, world, cid)
    picker = editor.next_appointment
    assert picker.value() is None and not picker.day.isEnabled()  # none planned yet
    editor.date.setDate(QDate(2026, 11, 2))
    editor.start.setTime(QTime(15, 30))
    assert picker.day.date() == QDate(2026, 11, 9) and picker.time.time() == QTime(15, 30)
    assert editor.data().next_appointment is None
    picker.planned.setChecked(True)
    assert editor.data().next_appointment == dt.date(2026, 11, 9)
    # picked by hand: the session's times no longer move it
    picker.day.setDate(QDate(2026, 11, 16))
    picker.time.setTime(QTime(9, 0))
    editor.start.setTime(QTime(16, 0))
    assert (picker.day.date(), picker.time.time()) == (QDate(2026, 11, 16), QTime(9, 0))
    seen: list[tuple[str, str]] = []

    def book(*args: Any, **kwargs: Any) -> Any:
        dialog = AppointmentDialog(*args, **kwargs)
        qtbot.addWidget(dialog)
        seen.append((dialog.date.date().toString("yyyy-MM-dd"),
                     dialog.start.time().toString("HH:mm")))
        dialog.accept()
        settle()
        return dialog.result_value
    monkeypatch.setattr(AppointmentDialog, "ask", book)
    editor.book_next_button.click()
    settle(qtbot)  # the file's directory row is read on the worker, then the form
    assert seen == [("2026-11-16", "09:00")]
    assert [a.starts_at for a in appointments.client_appointments(world.lin, cid)] == [
        "2026-11-16T09:00"]
    # a draft keeps the day; reopened, the picker shows it planned
    editor.save()
    settle()
    assert editor.record is not None and editor.record.next_appointment == "2026-11-16"
    assert editor.record.next_appointment_time == "09:00"  # the time is kept with the day
    again = SessionEditor(world.lin, cid, editor.record, autosave_ms=3_600_000)
    qtbot.addWidget(again)
    assert again.next_appointment.value() == dt.date(2026, 11, 16)
    assert again.next_appointment.time.time() == QTime(9, 0)  # reopened: the saved time
    again.start.setTime(QTime(11, 0))  # and it stays, as one picked by hand does
    assert again.next_appointment.time.time() == QTime(9, 0)
    again.next_appointment.planned.setChecked(False)
    assert again.data().next_appointment is None
