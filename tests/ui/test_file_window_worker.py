"""What the file window and its forms read, they read on the operations worker, never on the
UI thread: the copies given and the transfer banner come with the window's own read of the
file; the details and co-signing forms read their record, and the consent and share forms
their colleagues, before they open, and open when the answer is back. A refused read is
shown once, by the operations layer, and opens nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import off_the_ui_thread, refuse_disk_full, settle, watch_threads

from station_desk.domain.records import consent, files, sessions, subject_copy, transfer
from station_desk.ui.records import dialogs
from station_desk.ui.records.file_window import ClientFileView
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def _view(qtbot: QtBot, world: World, cid: int) -> ClientFileView:
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    qtbot.addWidget(view)
    view.show()
    settle(qtbot)
    return view


# --------------------------------------------------------------------------- the window's read


def test_copies_and_transfers_come_with_the_windows_read(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    cid = world.client()
    copies = watch_threads(monkeypatch, subject_copy, "copies")
    marks = watch_threads(monkeypatch, transfer, "transfer_marks")
    history = watch_threads(monkeypatch, transfer, "has_history")
    view = _view(qtbot, world, cid)
    assert off_the_ui_thread(copies) and off_the_ui_thread(marks)
    assert off_the_ui_thread(history)
    assert view.copies_model.rowCount() == 0 and view.transfer.banner.isHidden()
    # a saved record is read alone: neither copies nor transfers are read again
    read = len(copies), len(marks)
    record = sessions.save_draft(world.lin, cid, full_input(world.today))
    view.show_saved(record.id)
    settle(qtbot)
    assert (len(copies), len(marks)) == read
    assert [r.id for r in view.sessions_model.rows] == [record.id]
    assert shown.errors == []


def test_a_record_gone_meanwhile_reads_the_whole_list(
        qtbot: QtBot, world: World, shown: Any) -> None:
    cid = world.client()
    kept = sessions.save_draft(world.lin, cid, full_input(world.today))
    gone = sessions.save_draft(world.lin, cid, full_input(world.today))
    view = _view(qtbot, world, cid)
    sessions.discard_draft_record(world.lin, cid, gone.id)
    view.show_saved(gone.id)
    settle(qtbot)
    assert [r.id for r in view.sessions_model.rows] == [kept.id]
    assert shown.errors == []


def test_a_refused_read_of_the_copies_is_shown_once(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    cid = world.client()


    monkeypatch.setattr(subject_copy, "copies", refuse_disk_full)
    _view(qtbot, world, cid)
    assert len(shown.errors) == 1


# --------------------------------------------------------------------------- forms that read first


@dataclass(frozen=True)
class Form:
    module: ModuleType
    read: str  # the domain function the form's `ask` reads with
    open: Callable[[ClientFileView], None]  # the window's action that asks it
    shows: Callable[[Any, World], bool]  # the form shows what was read


def _trainee_record(world: World) -> int:
    cid = world.client(by=world.shen, name="学员来访者")
    record = sessions.save_draft(world.shen, cid, full_input(world.today))
    return sessions.sign_session(world.shen, cid, record.id, password=PASSWORD).id


def _combo(combo: Any) -> list[Any]:
    return [combo.itemData(i) for i in range(combo.count())]


FORMS = {
    "details": Form(files, "basic_details", lambda v: v.edit_details(),
                    lambda d, _w: d.fields.name.text() == "张小敏"),
    "co-sign": Form(sessions, "open_for_cosign", lambda v: v.cosign(),
                    lambda d, _w: "长期焦虑失眠" in d.text.toPlainText()),
    "consent": Form(consent, "staff", lambda v: v.consent(),
                    lambda d, w: w.he.user.id in _combo(d.explained_by)),
    "share": Form(files, "counsellors", lambda v: v.share(),
                  lambda d, w: w.he.user.id in _combo(d.who)
                  and w.lin.user.id not in _combo(d.who)),
}


def _form_view(qtbot: QtBot, world: World, kind: str) -> ClientFileView:
    if kind == "co-sign":  # lin supervises shen: the trainee's record, in its file
        record_id = _trainee_record(world)
        cid = sessions.get_session(world.shen, record_id).client_id
        view = _view(qtbot, world, cid)
        view.select_record(record_id)
        return view
    return _view(qtbot, world, world.client())


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_the_form_reads_on_the_worker_then_opens(
        kind: str, qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch,
        shown: Any) -> None:
    form = FORMS[kind]
    view = _form_view(qtbot, world, kind)
    threads = watch_threads(monkeypatch, form.module, form.read)
    opened: list[Any] = []

    def run_modal(dialog: Any) -> int:  # the form as it opens; left with Cancel
        opened.append(dialog)
        qtbot.addWidget(dialog)
        return 0

    monkeypatch.setattr(dialogs, "run_modal", run_modal)
    form.open(view)
    assert opened == []  # not yet: the read is on the worker
    settle(qtbot)
    assert off_the_ui_thread(threads)
    assert len(opened) == 1 and form.shows(opened[0], world)
    assert shown.errors == []


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_a_refused_read_is_shown_once_and_opens_nothing(
        kind: str, qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch,
        shown: Any) -> None:
    form = FORMS[kind]
    view = _form_view(qtbot, world, kind)


    monkeypatch.setattr(form.module, form.read, refuse_disk_full)
    opened: list[Any] = []
    monkeypatch.setattr(dialogs, "run_modal", lambda dialog: opened.append(dialog) or 0)
    form.open(view)
    settle(qtbot)
    assert opened == [] and len(shown.errors) == 1


def test_co_signing_a_record_one_does_not_supervise_is_refused_once(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    from station_desk.ui.records.file_window import CosignDialog

    record_id = _trainee_record(world)
    opened: list[Any] = []
    monkeypatch.setattr(dialogs, "run_modal", lambda dialog: opened.append(dialog) or 0)
    CosignDialog.ask(world.he, record_id, None)  # 何 does not supervise 沈: a real refusal
    settle(qtbot)
    assert opened == [] and len(shown.errors) == 1


# --------------------------------------------------------------------------- the rest of the file


def test_deleting_a_draft_and_booking_from_the_file_run_on_the_worker(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    from station_desk.ui.records.appointment_dialog import AppointmentDialog

    cid = world.client()
    draft = sessions.save_draft(world.lin, cid, full_input(world.today))
    view = _view(qtbot, world, cid)
    deleted = watch_threads(monkeypatch, sessions, "discard_draft_record")
    looked_up = watch_threads(monkeypatch, files, "directory_rows")
    shown.answer = True
    view.select_record(draft.id)
    assert view.delete_draft()
    settle(qtbot)
    assert off_the_ui_thread(deleted) and view.sessions_model.rowCount() == 0
    asked: list[Any] = []
    monkeypatch.setattr(AppointmentDialog, "ask",
                        lambda *args, **_kw: asked.append(args[1]) or None)
    view.book_appointment()
    assert asked == []  # not yet: the file's directory row is read on the worker
    settle(qtbot)
    assert off_the_ui_thread(looked_up) and asked[0].id == cid
    assert shown.errors == []


def test_the_card_reads_its_appointments_on_the_worker_and_says_a_refusal_once(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    from station_desk.domain.records import appointments
    from station_desk.ui.records.file_window import DirectoryCard

    cid = world.client()
    appointments.book_appointment(world.front, cid, "2026-11-03T09:00", "2026-11-03T09:50")
    read = watch_threads(monkeypatch, appointments, "client_appointments")
    card = DirectoryCard(world.front, files.directory_entry(world.front, cid))
    qtbot.addWidget(card)
    settle(qtbot)
    assert off_the_ui_thread(read) and "09:00–09:50" in card.booked.text()


    monkeypatch.setattr(appointments, "client_appointments", refuse_disk_full)
    card._reload()
    settle(qtbot)
    assert len(shown.errors) == 1
