"""The records' short lists (今日, 回访, 预约, 团体活动, 热线) read what they show on the
operations worker, not on the UI thread; a refusal of that read is shown once, by the
operations layer; and a change made anywhere reaches them as a notice, after which they read
again (no page reloads another by hand)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import refuse_disk_full, settle, watch_threads

from station_desk.domain.records import (
    activities,
    appointments,
    dashboard,
    followups,
    hotline,
)
from station_desk.ui.operations import Change, ChangeOp
from station_desk.ui.records.activities_page import ActivitiesPage
from station_desk.ui.records.appointments_page import AppointmentsPage
from station_desk.ui.records.followups_page import FollowupsPage
from station_desk.ui.records.hotline_page import HotlinePage
from station_desk.ui.records.today_page import TodayPage
from test_records_world import World, world_fixture  # noqa: F401


@dataclass(frozen=True)
class ShortList:
    page: Callable[[World], QWidget]
    module: ModuleType
    read: str  # the domain function the page reads its list with
    changes: Change
    change: Callable[[World, int], object]  # a change the page should show (on the worker)
    rows: Callable[[Any], int]  # how many rows the page shows now


def _book_today(world: World, cid: int) -> object:
    return appointments.book_appointment(world.front, cid, "2026-11-02T18:00",
                                         "2026-11-02T18:50")


LISTS = {
    "today": ShortList(lambda w: TodayPage(w.lin), dashboard, "dashboard",
                       Change.APPOINTMENTS, _book_today,
                       lambda p: p.appointments.rowCount()),
    "followups": ShortList(lambda w: FollowupsPage(w.lin), followups, "due_followups",
                           Change.FOLLOWUPS,
                           lambda w, cid: followups.schedule_followup(
                               w.lin, cid, w.today, "phone"),
                           lambda p: p.model.rowCount()),
    "appointments": ShortList(lambda w: AppointmentsPage(w.front), appointments,
                              "appointments_between", Change.APPOINTMENTS, _book_today,
                              lambda p: p.model.rowCount()),
    "activities": ShortList(lambda w: ActivitiesPage(w.lin), activities, "list_activities",
                            Change.ACTIVITIES,
                            lambda w, _cid: activities.log_activity(w.lin, activities.ActivityInput(
                                w.today, "lecture", "压力管理讲座", "礼堂", "工会", 40, ())),
                            lambda p: p.activities_model.rowCount()),
    "hotline": ShortList(lambda w: HotlinePage(w.lin), hotline, "list_calls", Change.HOTLINE,
                         lambda w, _cid: hotline.log_call(w.lin, hotline.CallInput(
                             w.today, "08:10", 10, "", "", "anxiety", "low", "appointment")),
                         lambda p: p.calls.rowCount()),
}



@pytest.mark.parametrize("kind", sorted(LISTS))
def test_the_list_is_read_on_the_worker_and_read_again_on_a_notice(
        kind: str, qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch,
        shown: Any) -> None:
    spec = LISTS[kind]
    cid = world.client()
    threads = watch_threads(monkeypatch, spec.module, spec.read)
    page = spec.page(world)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot)
    assert threads and threading.get_ident() not in threads  # never on the UI thread
    assert spec.rows(page) == 0
    read = len(threads)
    # a change made elsewhere (another screen's operation) is announced; the page reads again
    ChangeOp(None, lambda: spec.change(world, cid), spec.changes).run()
    qtbot.waitUntil(lambda: spec.rows(page) == 1)
    assert len(threads) > read and threading.get_ident() not in threads
    assert shown.errors == []


@pytest.mark.parametrize("kind", sorted(LISTS))
def test_a_refused_read_is_shown_once(kind: str, qtbot: QtBot, world: World,
                                      monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    spec = LISTS[kind]


    monkeypatch.setattr(spec.module, spec.read, refuse_disk_full)
    page = spec.page(world)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot)
    assert len(shown.errors) == 1  # one box, from the operations layer, not one per reader
    assert spec.rows(page) == 0


def test_how_a_file_opens_is_decided_and_done_on_the_worker(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    """The domain's decision (`access.how_to_open`) and the audited opening
    (`files.open_file`) never run on the UI thread, for the three ways a file opens: the
    card for reception, the reason first for an admin, the file for its counsellor."""
    from station_desk.domain.records import access, files
    from station_desk.ui.records import dialogs
    from station_desk.ui.records.file_window import DirectoryCard, FileWindow, open_file_window

    cid = world.client()
    decided = watch_threads(monkeypatch, access, "how_to_open")
    opened = watch_threads(monkeypatch, files, "open_file")
    asked: list[str] = []

    def reason(file_no: str, parent: Any = None) -> tuple[str, None]:
        asked.append(file_no)
        return "家属来电称失联，核实紧急联系人", None

    monkeypatch.setattr(dialogs.ReasonDialog, "ask_with_key", reason)
    for session, kind in ((world.front, DirectoryCard), (world.admin, FileWindow),
                          (world.lin, FileWindow)):
        page = QWidget()
        qtbot.addWidget(page)
        windows: list[QWidget] = []
        open_file_window(page, session, cid, windows.append)
        assert windows == []  # nothing decided on the UI thread
        settle(qtbot)
        assert len(windows) == 1 and isinstance(windows[0], kind)
        windows[0].close()
    assert len(asked) == 1  # the admin alone gave a reason, between decision and opening
    assert len(decided) == 3 and len(opened) == 2
    assert threading.get_ident() not in decided + opened
    assert shown.errors == []
    assert world.admin.audit.query(action="file.break_glass")
