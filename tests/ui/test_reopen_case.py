"""重新开案 from the file window: a returning worker goes on in the same file."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot
from ui_helpers import settle

from helpers import expect_error
from station_desk.domain.records import files
from station_desk.ui.records.file_window import ClientFileView
from test_records_world import World, world_fixture  # noqa: F401


def _closed_file(world: World) -> int:
    cid = world.client()
    files.close_case(world.lin, cid, "困扰缓解，双方同意结案。")
    return cid


def test_counsellor_reopens_a_closed_case_from_the_file(qtbot: QtBot, world: World,
                                                        shown: Any) -> None:
    cid = _closed_file(world)
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    view.show()
    # only what applies to a closed file: reopen, not close; no new record yet
    offered = view.bar.shown()
    assert "reopen" in offered and "close_case" not in offered
    assert "new_record" not in offered

    shown.answer = False  # asked, declined: nothing changes
    assert view.reopen.reopen() is False
    assert "张小敏" in shown.questions[0] and "audit" in shown.questions[0]
    assert files.reload(world.lin, cid).status == "closed"

    shown.answer = True
    view.bar.action("reopen").trigger()
    settle()
    assert view.client.status == "open"
    offered = view.bar.shown()
    assert "reopen" not in offered and {"close_case", "new_record"} <= offered
    assert "困扰缓解" in view.client.closing_summary  # the summary is kept
    entry = world.admin.audit.query(action="file.reopen", limit=1)[0]
    assert entry.username == "lin" and entry.target == view.client.target
    assert not shown.errors


def test_only_the_cases_counsellor_may_reopen_it(qtbot: QtBot, world: World) -> None:
    cid = _closed_file(world)
    expect_error("case_owner_only", files.reopen_case, world.he, cid)
    expect_error("forbidden", files.reopen_case, world.front, cid)
    assert files.reopen_case(world.lin, cid) is True
    assert files.reopen_case(world.lin, cid) is False  # already open: nothing written twice
    assert len(world.admin.audit.query(action="file.reopen")) == 1
