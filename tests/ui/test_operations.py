"""The operations layer: work runs on the worker thread, answers come back on the UI thread,
refusals are shown in one place, changes are announced, and the window keeps answering."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain import accounts
from station_desk.domain.clock import FakeClock
from station_desk.domain.records.common import Problem, ValidationError
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.storage import keyslots
from station_desk.ui.lock_screen import LockScreen
from station_desk.ui.operations import Change, ChangeOp, QueryOp, refresh_on, runner
from station_desk.ui.records.common import FormErrors
from station_desk.ui.signin import SignInWindow
from station_desk.ui.widgets import ErrorLabel


def test_a_change_runs_off_the_ui_thread_and_is_announced(qtbot: QtBot, admin: Session) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["thread"] = threading.get_ident()
        admin.log("test.change")
        return 7

    def done(result: int) -> None:
        seen["result"] = result
        seen["answered_on_ui"] = QThread.currentThread() is parent.thread()

    with qtbot.waitSignal(runner().changed) as announced:
        ChangeOp(parent, work, Change.CLIENTS | Change.RECORDS).success(done).run()
    settle(qtbot)
    assert seen["thread"] != ui_thread
    assert seen["result"] == 7 and seen["answered_on_ui"]
    assert announced.args[0] == Change.CLIENTS | Change.RECORDS
    assert announced.args[1] is parent  # the screen that asked, so it may skip its own reload
    assert admin.audit.query(action="test.change", limit=1)


def test_pages_refresh_on_the_kinds_they_show(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    reloads: list[str] = []
    refresh_on(page, Change.APPOINTMENTS | Change.CLIENTS, lambda: reloads.append("x"))
    ChangeOp(None, lambda: None, Change.RECORDS).run()
    settle(qtbot)
    assert reloads == []
    ChangeOp(None, lambda: None, Change.CLIENTS).run()
    settle(qtbot)
    assert reloads == ["x"]


def test_refusals_are_shown_in_one_place(qtbot: QtBot, shown: object) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    successes: list[object] = []

    def refuse() -> None:
        raise StationDeskError("disk_full")

    def os_refusal() -> None:
        raise OSError(28, "No space left on device")  # ENOSPC

    with qtbot.assertNotEmitted(runner().changed):
        ChangeOp(parent, refuse, Change.CLIENTS).success(successes.append).run()
        ChangeOp(parent, os_refusal, Change.CLIENTS).success(successes.append).run()
        settle(qtbot)
    assert successes == []
    errors = shown.errors  # type: ignore[attr-defined]
    assert len(errors) == 2 and errors[0] == errors[1]  # the OS error told as the same refusal

    label = ErrorLabel(parent)
    field = QLineEdit(parent)
    form = FormErrors(label, {"name": field})

    def invalid() -> None:
        raise ValidationError([Problem("name", "field_required")])

    ChangeOp(parent, invalid, Change.CLIENTS).run(errors=form)
    settle(qtbot)
    assert label.text() and field.styleSheet()  # under the form, the field outlined
    assert len(errors) == 2  # not a message box as well
    ChangeOp(parent, lambda: 1, Change.CLIENTS).run(errors=form)
    settle(qtbot)
    assert not label.text() and not field.styleSheet()  # cleared by the next success

    own: list[str] = []
    QueryOp(parent, refuse).failure(lambda exc: own.append(exc.code)).run()
    settle(qtbot)
    assert own == ["disk_full"] and len(errors) == 2


def test_a_newer_search_makes_an_older_one_give_up(qtbot: QtBot) -> None:
    release = threading.Event()
    answers: list[str] = []
    QueryOp(None, lambda: release.wait(5) and "first").success(answers.append).run(latest="q")
    QueryOp(None, lambda: "second").success(answers.append).run(latest="q")
    release.set()
    settle(qtbot)
    assert answers == ["second"]


def test_a_change_holds_input_until_it_is_done(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    release = threading.Event()
    ChangeOp(edit, lambda: release.wait(5), Change.NONE).run()
    qtbot.keyClicks(edit, "abc")
    assert edit.text() == ""  # typed into a form the operation may be closing
    release.set()
    settle(qtbot)
    qtbot.keyClicks(edit, "abc")
    assert edit.text() == "abc"


def test_the_busy_state_shows_only_for_longer_work(qtbot: QtBot) -> None:
    ops = runner()
    release = threading.Event()
    QueryOp(None, lambda: release.wait(5)).run()
    assert not ops.busy
    with qtbot.waitSignal(ops.busyChanged) as began:
        pass
    assert began.args == [True] and ops.busy
    release.set()
    with qtbot.waitSignal(ops.busyChanged) as ended:
        pass
    assert ended.args == [False] and not ops.busy and ops.idle


def test_a_transaction_on_the_worker_is_waited_for_not_joined(admin: Session) -> None:
    """A read from the UI thread never sees, or becomes part of, another thread's
    uncommitted transaction on the shared connection."""
    db = admin.db
    inside, finish = threading.Event(), threading.Event()

    def writer() -> None:
        with db.transaction():
            db.execute("INSERT INTO settings (key, value) VALUES ('ops.test', 'x')")
            inside.set()
            finish.wait(5)
            raise_rollback()

    def raise_rollback() -> None:
        raise RuntimeError("roll back")

    thread = threading.Thread(target=lambda: _swallow(writer))
    thread.start()
    assert inside.wait(5)
    threading.Timer(0.2, finish.set).start()
    started = time.perf_counter()
    value = db.scalar("SELECT value FROM settings WHERE key = 'ops.test'")
    waited = time.perf_counter() - started
    thread.join(5)
    assert value is None  # the rolled-back row was never seen
    assert waited >= 0.1  # it waited for the transaction to end


def _swallow(call: object) -> None:
    try:
        call()  # type: ignore[operator]
    except RuntimeError:
        pass


@pytest.fixture
def slow_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """A slot with a key derivation long enough to see the window keep answering."""
    monkeypatch.setattr(keyslots, "default_params",
                        lambda *_a, **_k: keyslots.KdfParams(4, 64 * 1024, 1))


def tick_gaps_during(qtbot: QtBot, start: object, finished: object) -> tuple[int, float, float]:
    """Ticks of a 5 ms timer while `start()` runs until `finished()`; the longest gap (s)."""
    stamps: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    timer.start()
    began = time.perf_counter()
    start()  # type: ignore[operator]
    qtbot.waitUntil(finished, timeout=30000)  # type: ignore[arg-type]
    took = time.perf_counter() - began
    timer.stop()
    points = [began, *stamps]
    gap = max(b - a for a, b in zip(points, points[1:], strict=False)) if stamps else took
    return len(stamps), gap, took


def test_the_window_keeps_answering_while_the_key_is_derived(
        qtbot: QtBot, admin: Session, vault_dir: Path, clock: FakeClock,
        slow_kdf: None) -> None:
    accounts.add_user(admin, "slow", "慢用户", "receptionist", "slow-pass-2026")
    admin.close()
    screen = SignInWindow(vault_dir, clock=clock)
    qtbot.addWidget(screen)
    screen.show()
    screen.username.setText("slow")
    screen.password.setText("slow-pass-2026")
    signed: list[Session] = []
    screen.signedIn.connect(signed.append)

    def start() -> None:
        screen.try_sign_in()
        assert screen.signing_in and not screen.sign_in_button.isEnabled()

    ticks, gap, took = tick_gaps_during(qtbot, start, lambda: bool(signed))
    try:
        assert not screen.signing_in
        # The derivation took a while, and the timer kept ticking all along.
        assert took > 0.05, took
        assert ticks >= 5 and gap < max(took / 2, 0.05), (ticks, gap, took)
    finally:
        signed[0].close()


def test_unlocking_keeps_the_window_answering(qtbot: QtBot, admin: Session,
                                              vault_dir: Path, clock: FakeClock,
                                              slow_kdf: None) -> None:
    from ui_helpers import sign_in_as

    accounts.add_user(admin, "slow", "慢用户", "receptionist", "slow-pass-2026")
    session = sign_in_as(admin, "slow", "slow-pass-2026", clock)
    try:
        session.lock()
        screen = LockScreen(session)
        qtbot.addWidget(screen)
        screen.show()
        unlocked: list[bool] = []
        screen.unlocked.connect(lambda: unlocked.append(True))
        screen.password.setText("slow-pass-2026")
        ticks, gap, took = tick_gaps_during(qtbot, screen.try_unlock, lambda: bool(unlocked))
        assert not session.locked
        assert ticks >= 5 and gap < max(took / 2, 0.05), (ticks, gap, took)
    finally:
        session.close()


assert os.environ.get("STATION_DESK_FAST_KDF")  # the slow slots above are made on purpose


def test_background_work_runs_off_the_ui_thread_and_gives_way(qtbot: QtBot) -> None:
    """Work nobody waits for (the warm-up after unlock) shows no busy state, gives way to
    what is asked for at its next look at `should_stop`, and carries on behind it."""
    ops = runner()
    ui_thread = threading.get_ident()
    started, asked = threading.Event(), threading.Event()
    turns: list[str] = []
    order: list[str] = []

    def warm(should_stop) -> bool:  # noqa: ANN001 - the runner's callable
        turns.append("thread ok" if threading.get_ident() != ui_thread else "ui thread")
        if len(turns) == 1:
            started.set()
            assert asked.wait(5)
            assert should_stop()  # the query was asked for: it gives way after this chunk
            order.append("gave way")
            return False
        order.append("carried on")
        return True

    ops.background(warm)
    assert started.wait(5)
    assert ops.idle and ops.background_running  # no busy cursor, nothing to wait for
    QueryOp(None, lambda: order.append("query")).run()
    asked.set()
    settle(qtbot)
    qtbot.waitUntil(lambda: not ops.background_running, timeout=5000)
    assert order == ["gave way", "query", "carried on"]
    assert turns == ["thread ok", "thread ok"]


def test_drain_stops_background_work_for_good(qtbot: QtBot) -> None:
    ops = runner()
    started = threading.Event()
    turns: list[int] = []

    def warm(should_stop) -> bool:  # noqa: ANN001 - the runner's callable
        turns.append(1)
        started.set()
        while not should_stop():  # its chunks, until the runner drains
            threading.Event().wait(0.001)
        return False  # would carry on, but the vault is closing

    ops.background(warm)
    assert started.wait(5)
    ops.drain(5)
    assert not ops.background_running and turns == [1]
    QueryOp(None, lambda: None).run()  # a later operation does not wake it
    settle(qtbot)
    assert turns == [1]


def test_a_refusal_in_background_work_is_not_shown(qtbot: QtBot,
                                                               shown: object) -> None:
    ops = runner()

    def refuse(_stop) -> bool:  # noqa: ANN001 - the runner's callable
        raise StationDeskError("disk_full")

    ops.background(refuse)
    qtbot.waitUntil(lambda: not ops.background_running, timeout=5000)
    qtbot.wait(0)  # the queued delivery
    assert shown.errors == []  # type: ignore[attr-defined]
