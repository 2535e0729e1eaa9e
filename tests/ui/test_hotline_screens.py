"""The hotline page: logging a call through its form, a call at crisis risk going straight to
the crisis form, opening or linking a file for a caller later."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain.clock import FakeClock
from station_desk.domain.records import crises, files, hotline
from station_desk.ui.records import hotline_page
from station_desk.ui.records.hotline_page import CallDialog, HotlinePage
from station_desk.ui.section_list import default_registry
from tier_support import CHECK_DAY, at, build_station, signed_in


@pytest.fixture
def station(tmp_path: Path, clock: FakeClock) -> Path:
    root = tmp_path / "v"
    build_station(root, clock)
    at(clock, CHECK_DAY, 9)
    return root


def test_only_counsellors_see_the_hotline_log(station: Path, clock: FakeClock) -> None:
    registry = default_registry()
    for user, shown in (("lin", True), ("admin", False), ("qian", False)):
        with signed_in(station, user, clock) as someone:
            assert ("records.hotline" in [s.key for s in registry.visible(someone)]) is shown


def test_log_a_call_through_the_form(station: Path, clock: FakeClock, qtbot: QtBot,
                                     qtmodeltester, shown) -> None:  # noqa: ANN001
    with signed_in(station, "lin", clock) as lin:
        dialog = CallDialog(lin)
        qtbot.addWidget(dialog)
        dialog.topic.set_code("sleep")
        dialog.action.set_code("information")
        dialog.duration.setValue(12)
        dialog.notes.setPlainText("失眠两周，介绍了睡眠卫生知识")
        dialog.accept()
        settle()
        call = dialog.result_value
        assert isinstance(call, hotline.Call) and call.topic == "sleep"
        assert call.local_time == "2026-11-02 09:00" and call.duration_min == 12
        page = HotlinePage(lin)
        qtbot.addWidget(page)
        settle(qtbot)  # the month's calls, read on the worker
        qtmodeltester.check(page.calls)
        assert page.calls.rowCount() == 1 and "1 call" in page.summary.text()
        assert page.heading.text() == "Hotline calls in 2026-11"


def test_a_crisis_call_goes_straight_to_the_crisis_form(
        station: Path, clock: FakeClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        shown) -> None:  # noqa: ANN001
    with signed_in(station, "lin", clock) as lin:
        urgent = hotline.CallInput("2026-11-02", "08:40", 30, "male", "40_49", "low_mood",
                                   "high", "crisis")
        monkeypatch.setattr(CallDialog, "ask",
                            classmethod(lambda cls, s, p: hotline.log_call(s, urgent)))
        opened = []

        def crisis_form(cls, session, client_id, crisis, parent):  # noqa: ANN001, ANN202
            made = crises.open_crisis(session, client_id, "high", ["suicidal_thoughts"],
                                      ["safety_plan"], "来电者情绪崩溃，已制定安全计划。")
            opened.append(made)
            return made

        monkeypatch.setattr(hotline_page.CrisisDialog, "ask", classmethod(crisis_form))
        page = HotlinePage(lin)
        qtbot.addWidget(page)
        call = page.log_call()
        settle(qtbot)  # a file for the caller, then the crisis linked, on the worker
        assert shown.infos and "crisis" in shown.infos[0]
        final = hotline.get_call(lin, call.id)
        assert final.crisis_id == opened[0].id and final.client_id is not None
        assert "crisis path not finished" not in page.summary.text()
        # the form left unfinished: the call stays marked until the crisis is opened
        monkeypatch.setattr(hotline_page.CrisisDialog, "ask",
                            classmethod(lambda cls, *a: None))
        second = page.log_call()
        settle(qtbot)
        assert hotline.get_call(lin, second.id).crisis_pending
        assert "1 at crisis risk without a crisis opened" in page.summary.text()
        assert page.crisis_button.isEnabled()


def test_open_or_link_a_file_for_a_caller_later(station: Path, clock: FakeClock,
                                                qtbot: QtBot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    with signed_in(station, "lin", clock) as lin:
        first = hotline.log_call(lin, hotline.CallInput("2026-11-02", "08:10", 10, "", "",
                                                        "anxiety", "low", "appointment"))
        second = hotline.log_call(lin, hotline.CallInput("2026-11-02", "08:20", 10, "", "",
                                                         "anxiety", "low", "appointment"))
        page = HotlinePage(lin)
        qtbot.addWidget(page)
        entry = files.register_visitor(lin, files.ClientInput(name="来电者丙"))
        monkeypatch.setattr(hotline_page.RegisterVisitorDialog, "ask",
                            classmethod(lambda cls, s, p: entry))
        page.refresh(first.id)
        settle(qtbot)
        assert page.file_button.isEnabled() and not page.open_button.isEnabled()
        page.open_file_for_caller()
        settle(qtbot)
        assert hotline.get_call(lin, first.id).client_id == entry.id
        other = files.register_visitor(lin, files.ClientInput(name="来电者丁"))
        monkeypatch.setattr(hotline_page.FileNumberDialog, "ask",
                            classmethod(lambda cls, p: other.file_no))
        page.refresh(second.id)
        settle(qtbot)
        page.link_existing()
        settle(qtbot)  # linked on the worker; the list is read again on the notice
        assert hotline.get_call(lin, second.id).file_no == other.file_no
        assert page.open_button.isEnabled() and not page.link_button.isEnabled()
