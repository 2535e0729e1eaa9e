"""Every screen a receptionist can open works on a vault where their key does not open the
clinical records (clinical.db is not even attached to their connection): each section builds
and refreshes without an error, and the start page says what it can count. A counsellor's
screens, on the same demo vault, keep their clinical content."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from station_desk.domain.auth import sign_in
from station_desk.domain.clock import FakeClock
from station_desk.tools.demo import create_demo_vault
from station_desk.ui.main_window import MainWindow
from station_desk.ui.settings import UiSettings

RECEPTION = ("demo_reception", "demo-reception-2026")
COUNSELLOR = ("demo_counsellor_a", "demo-counsellor-a-2026")


def _visit_every_section(qtbot: QtBot, window: MainWindow, shown) -> list[str]:
    keys = window.visible_section_keys()
    for key in keys:
        window.show_section(key)
        assert key in window.pages, (key, shown.errors)
        refresh = getattr(window.pages[key], "refresh", None)
        if callable(refresh):
            refresh()
        qtbot.wait(1)
    assert shown.errors == []
    return keys


def test_every_section_of_a_receptionist_opens_without_the_clinical_key(
        qtbot: QtBot, tmp_path: Path, clock: FakeClock, ui_settings: UiSettings, shown) -> None:
    vault = tmp_path / "demo"
    create_demo_vault(vault, clients=40, sessions=120, clock=clock)
    with sign_in(vault, *RECEPTION, clock=clock) as reception:
        assert not reception.has_clinical
        window = MainWindow(reception, ui_settings)
        qtbot.addWidget(window)
        window.show()
        keys = _visit_every_section(qtbot, window, shown)
        assert "records.clients" in keys and "records.search" not in keys
        today = window.pages["records.today"]
        # the month's line counts files, not records: a count of records is clinical
        assert today.month_label.text().startswith(("New files this month: ", "本月新建档案："))
        window.close()
    with sign_in(vault, *COUNSELLOR, clock=clock) as counsellor:
        assert counsellor.has_clinical
        window = MainWindow(counsellor, ui_settings)
        qtbot.addWidget(window)
        window.show()
        assert "records.search" in _visit_every_section(qtbot, window, shown)
        window.close()
