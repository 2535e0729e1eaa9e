"""Nothing is freed on the operations worker (ui/operations.py, ui/garbage.py): a Qt object
destroyed off the UI thread crashes PySide, so both ways an object can die there are closed."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.ui import garbage
from station_desk.ui.operations import Change, Operations, QueryOp, _Job, runner


def on_ui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@pytest.fixture
def collections() -> Iterator[list[bool]]:
    """For each collection Python's cycle collector makes from now on: was it on the UI thread?"""
    seen: list[bool] = []

    def record(phase: str, _info: dict[str, int]) -> None:
        if phase == "stop":
            seen.append(on_ui_thread())

    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)


def test_cycles_are_collected_on_the_ui_thread_only(qtbot: QtBot,
                                                    collections: list[bool]) -> None:
    def make_cycles() -> None:  # far past every generation's threshold, as a long read does
        for _ in range(50_000):
            cycle: list[object] = []
            cycle.append(cycle)

    QueryOp(None, make_cycles).run()
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(collections), timeout=5 * garbage.CHECK_INTERVAL_MS)
    assert all(collections), "a collection ran on the worker"
    assert not gc.isenabled()


def test_the_collector_takes_the_generation_python_would(qtbot: QtBot,
                                                         collections: list[bool]) -> None:
    runner()  # the app's runner hands collection to the UI thread when it is made
    assert not gc.isenabled()
    gc.collect()
    collections.clear()
    assert garbage.collect_due() == 0 and not collections  # nothing due: nothing collected
    for _ in range(gc.get_threshold()[0] + 1):
        cycle: list[object] = []
        cycle.append(cycle)
    assert garbage.collect_due() > 0
    assert collections == [True]


class Dies:
    """Records on which thread it was freed."""

    def __init__(self, freed: list[bool]) -> None:
        self.freed = freed

    def __del__(self) -> None:
        self.freed.append(on_ui_thread())


def test_a_job_is_let_go_of_last_on_the_ui_thread(qtbot: QtBot) -> None:
    """The worker's step ends only after the UI thread has answered the job and let go of it:
    had the worker kept a reference, the job (and the screen it holds) would die there."""
    answered = threading.Event()

    class LateWorker(Operations):
        def _work(self, number: int) -> None:
            super()._work(number)
            answered.wait(10)

    ops = LateWorker()
    freed: list[bool] = []
    held = Dies(freed)
    job = _Job(None, lambda held=held: None, Change.NONE, holds_input=False, initiator=None,
               on_success=lambda _result: QTimer.singleShot(0, answered.set))
    del held
    ops.submit(job)
    del job
    try:
        qtbot.waitUntil(lambda: bool(freed), timeout=10000)
    finally:
        answered.set()
        ops._executor.shutdown(wait=True)
    assert freed == [True]
