"""What the file window and its forms read, they read on the operations worker, never on the
UI thread: the copies given and the transfer banner come with the window's own read of the
file; the details and co-signing forms read their record, and the consent and share forms
their colleagues, before they open, and open when the answer is back. A refused read is
shown once, by the operations layer, and opens nothing."""

from __future__ import annotations

import threading
from types import ModuleType
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain.records import files, sessions, subject_copy, transfer
from station_desk.errors import StationDeskError
from station_desk.ui.records.file_window import ClientFileView
from test_records_world import World, full_input, world_fixture  # noqa: F401


def _watch(monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str) -> list[int]:
    """The threads the real domain function runs on (it still does its work)."""
    real = getattr(module, name)
    threads: list[int] = []

    def watched(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, watched)
    return threads


def _off_the_ui_thread(threads: list[int]) -> bool:
    return bool(threads) and threading.get_ident() not in threads


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
    copies = _watch(monkeypatch, subject_copy, "copies")
    marks = _watch(monkeypatch, transfer, "transfer_marks")
    history = _watch(monkeypatch, transfer, "has_history")
    view = _view(qtbot, world, cid)
    assert _off_the_ui_thread(copies) and _off_the_ui_thread(marks)
    assert _off_the_ui_thread(history)
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

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise StationDeskError("disk_full")

    monkeypatch.setattr(subject_copy, "copies", refuse)
    _view(qtbot, world, cid)
    assert len(shown.errors) == 1
