"""Building a section's page reads nothing from the vault on the UI thread: what a page
shows (the search page's counsellors, the statistics page's threshold and earlier exports,
and the rest) is read on the operations worker once the page is there, so the main window
has no refusal to catch when it shows a section. A refused read is shown once, by the
operations layer. (The station key's fingerprint is the one exception: a question to the
key store that shows a dash when there is no key, see tests/test_ui_refusals.py.)"""

from __future__ import annotations

import threading
import traceback
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import refuse_disk_full, settle

from station_desk.domain import station_settings
from station_desk.storage import database
from station_desk.ui.export.page import ExportPage
from station_desk.ui.section_list import default_registry
from test_records_world import World, world_fixture  # noqa: F401

EXCEPT = "ui/export/fingerprint.py"  # see the module docstring


def _ui_thread_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The screen code that read the vault on the UI thread (the innermost ui frame)."""
    ui_thread = threading.get_ident()
    seen: list[str] = []
    for name in ("execute", "all", "one", "scalar"):
        real = getattr(database.Database, name)

        def wrapped(self: Any, *args: Any, _real: Any = real, **kwargs: Any) -> Any:
            if threading.get_ident() == ui_thread:
                frames = [f"{f.filename.split('station_desk/')[-1]}:{f.lineno}"
                          for f in traceback.extract_stack()[:-1]
                          if "station_desk/ui/" in f.filename]
                if frames and not frames[-1].startswith(EXCEPT):
                    seen.append(frames[-1])
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(database.Database, name, wrapped)
    return seen


@pytest.mark.parametrize("who", ["admin", "lin", "front"])
def test_every_page_is_built_without_reading_on_the_ui_thread(
        who: str, qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch,
        shown: Any) -> None:
    session = getattr(world, who)
    sections = default_registry().visible(session)
    reads = _ui_thread_reads(monkeypatch)
    for section in sections:
        page = section.factory(session)
        qtbot.addWidget(page)
        assert reads == [], (section.key, reads)
        settle(qtbot)  # what the page reads, it reads on the worker
    assert shown.errors == []


def test_the_statistics_page_reads_its_threshold_on_the_worker_and_says_a_refusal_once(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, shown: Any) -> None:
    page = ExportPage(world.admin)
    qtbot.addWidget(page)
    assert not page.threshold.isEnabled()  # not to be saved before it is read
    settle(qtbot)
    assert page.threshold.isEnabled()
    assert page.threshold.value() == station_settings.export_k(world.admin)


    monkeypatch.setattr(station_settings, "export_k", refuse_disk_full)
    refused = ExportPage(world.admin)
    qtbot.addWidget(refused)
    settle(qtbot)
    assert len(shown.errors) == 1 and not refused.threshold.isEnabled()
