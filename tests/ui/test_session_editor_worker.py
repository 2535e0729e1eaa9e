"""The session editor leaves the domain's work to the operations worker: the check of the form
and what signing does to the file's risk level run there before the password is asked (a
refusal is shown once, in the form, and no password is asked); the autosave is written there
without holding input, so what is typed while it runs is not lost but written by the next
one; and the text left from before is read there, after any autosave still being written."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot
from ui_helpers import off_the_ui_thread, refuse_disk_full, settle, watch_threads

from station_desk.domain.records import drafts, files, risk, sessions
from station_desk.ui.operations import runner
from station_desk.ui.records import dialogs
from station_desk.ui.records.file_window import ClientFileView
from station_desk.ui.records.session_editor import SessionEditor
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def _editor(qtbot: QtBot, world: World, cid: int) -> SessionEditor:
    editor = SessionEditor(world.lin, cid, autosave_ms=3_600_000)  # autosaved by hand
    qtbot.addWidget(editor)
    editor.show()
    settle(qtbot)
    return editor


def _asks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The signature dialog's questions; it signs with the right password."""
    asked: list[str] = []

    def ask(session: Any, question: str, sign: Any, parent: Any = None) -> Any:
        asked.append(question)
        return sign(PASSWORD)

    monkeypatch.setattr(dialogs.SignatureDialog, "ask", ask)
    return asked


def test_the_form_and_the_risk_question_are_asked_on_the_worker(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    cid = world.client()
    checked = watch_threads(monkeypatch, sessions, "validate")
    asked_risk = watch_threads(monkeypatch, risk, "on_signing")
    asked = _asks(monkeypatch)
    editor = _editor(qtbot, world, cid)
    editor._load(full_input(world.today, risk_level="high"))
    editor.sign()
    assert asked == []  # not yet: the check is on the worker
    settle(qtbot)
    assert off_the_ui_thread(checked) and off_the_ui_thread(asked_risk)
    assert len(asked) == 1 and asked[0].startswith("The file's risk level changes")
    assert editor.record is not None and editor.record.is_signed
    assert shown.errors == []


def test_a_refused_form_is_shown_once_in_the_form_and_no_password_is_asked(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    cid = world.client()
    asked = _asks(monkeypatch)
    editor = _editor(qtbot, world, cid)
    editor._load(full_input(world.today))
    editor.start.setTime(QTime(14, 0))
    editor.end.setTime(QTime(13, 30))  # ends before it starts: the domain refuses
    editor.sign()
    settle(qtbot)
    assert asked == [] and editor.record is None
    assert "13:30" in editor.error.text() and editor.end.styleSheet()
    assert shown.errors == []  # in the form, not in a box as well
    editor.end.setTime(QTime(14, 50))
    editor.sign()
    settle(qtbot)
    assert editor.error.text() == "" and editor.record is not None


def test_the_autosave_is_written_on_the_worker_and_typing_goes_on_meanwhile(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    cid = world.client()
    written = watch_threads(monkeypatch, drafts, "autosave")
    editor = _editor(qtbot, world, cid)
    note = editor.notes["complaint"]
    note.setFocus()
    qtbot.keyClicks(note, "first")
    assert editor.autosave_now()
    assert not runner().idle and runner()._holding == 0  # under way; input is not held
    qtbot.keyClicks(note, " second")  # typed while it is written
    assert note.toPlainText() == "first second"
    settle(qtbot)
    assert off_the_ui_thread(written)
    ref = sessions.new_ref(cid)
    kept = drafts.pending(world.lin, sessions.DRAFT_KIND, ref)
    assert kept is not None and kept.payload["complaint"] == "first"
    # what was typed meanwhile is still to be written: the next autosave writes it
    assert editor.autosave_now()
    settle(qtbot)
    kept = drafts.pending(world.lin, sessions.DRAFT_KIND, ref)
    assert kept is not None and kept.payload["complaint"] == "first second"
    assert not editor.autosave_now()  # all of it written
    assert shown.errors == []


def test_a_refused_autosave_says_so_once_and_is_tried_again(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    cid = world.client()
    editor = _editor(qtbot, world, cid)
    real = drafts.autosave


    monkeypatch.setattr(drafts, "autosave", refuse_disk_full)
    editor.notes["plan"].setPlainText("一周后复诊")
    assert editor.autosave_now()
    settle(qtbot)
    assert editor.status.text() and shown.errors == []  # on the status line, no box
    monkeypatch.setattr(drafts, "autosave", real)
    assert editor.autosave_now()  # still to be written
    settle(qtbot)
    kept = drafts.pending(world.lin, sessions.DRAFT_KIND, sessions.new_ref(cid))
    assert kept is not None and kept.payload["plan"] == "一周后复诊"


def test_closing_and_reopening_at_once_offers_the_text_back(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    cid = world.client()
    read = watch_threads(monkeypatch, drafts, "pending")
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    qtbot.addWidget(view)
    settle(qtbot)
    editor = view.new_session()
    editor.notes["complaint"].setPlainText("没来得及保存")
    editor.reject()  # its autosave is on the worker
    again = view.new_session()  # asked for after it: read after it is written
    settle(qtbot)
    assert off_the_ui_thread(read)
    assert again.notes["complaint"].toPlainText() == "没来得及保存"
    assert not again.restored.isHidden()
    assert shown.errors == []


def test_the_next_appointments_look_ups_run_on_the_worker(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    from station_desk.domain.records import appointments
    from station_desk.ui.records.appointment_dialog import AppointmentDialog

    cid = world.client()
    looked_up = watch_threads(monkeypatch, files, "directory_rows")
    booked_on = watch_threads(monkeypatch, appointments, "booked_on")
    forms: list[Any] = []
    monkeypatch.setattr(AppointmentDialog, "ask",
                        lambda *args, **_kw: forms.append(args[3]) or None)
    _asks(monkeypatch)
    shown.answer = True  # "Book it now?"
    editor = _editor(qtbot, world, cid)
    editor._load(full_input(world.today, next_appointment="2026-11-09"))
    editor.sign()  # checked, signed, then the offer: is anything booked that day?
    settle(qtbot)
    assert off_the_ui_thread(booked_on) and off_the_ui_thread(looked_up)
    assert len(shown.questions) == 1 and forms == [dt.date(2026, 11, 9)]
    assert not editor.isVisible()  # closed after the offer
    assert shown.errors == []


def test_a_refused_look_up_after_signing_is_said_once_and_the_editor_closes(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    from station_desk.domain.records import appointments

    cid = world.client()


    monkeypatch.setattr(appointments, "booked_on", refuse_disk_full)
    _asks(monkeypatch)
    editor = _editor(qtbot, world, cid)
    editor._load(full_input(world.today, next_appointment="2026-11-09"))
    editor.sign()
    settle(qtbot)
    assert editor.record is not None and editor.record.is_signed
    assert len(shown.errors) == 1 and shown.questions == []
    assert not editor.isVisible()
