"""The retention screen: the period (refused below three years), the files past it, destroying
one only once its number is typed, a worker's deletion request with its ground, and the backups
that still hold a destroyed file."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain import maintenance, retention
from station_desk.domain.records import files
from station_desk.ui.main_window import MainWindow
from station_desk.ui.retention_page import DestroyDialog, RetentionPage
from station_desk.ui.settings import UiSettings
from test_records_world import World, world_fixture  # noqa: F401
from test_retention import NAME, NOTE, OTHER, OTHER_NOTE, PHONE, _person


def _station(world: World) -> None:
    _person(world, NAME, PHONE, NOTE, 10)
    _person(world, OTHER, "13700001111", OTHER_NOTE, 14)
    world.clock.advance(days=365 * 3 + 1)


def test_the_admin_finds_it_in_the_navigation(qtbot: QtBot, world: World,
                                               ui_settings: UiSettings) -> None:
    window = MainWindow(world.admin, ui_settings)
    qtbot.addWidget(window)
    assert "retention" in window.visible_section_keys()
    window.show_section("retention")
    window_lin = MainWindow(world.lin, ui_settings)
    qtbot.addWidget(window_lin)
    assert "retention" not in window_lin.visible_section_keys()


def test_period_list_destroy_and_backups(qtbot: QtBot, world: World, monkeypatch) -> None:  # noqa: ANN001
    _station(world)
    admin = world.admin
    maintenance.make_backup(admin)
    page = RetentionPage(admin)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    settle(qtbot)

    page.years.setValue(2)
    page.save_years()
    settle(qtbot)
    assert "3" in page.message.text() and retention.retention_years(admin) == 3
    page.years.setValue(3)
    page.save_years()
    settle(qtbot)
    assert retention.is_policy_set(admin)

    assert page.list.topLevelItemCount() == 2
    assert page.destroy_button.isEnabled() is False
    numbers = [page.list.topLevelItem(i).text(0) for i in range(2)]
    victim = next(n for n in numbers if files.find_by_number(admin, n).name == NAME)
    row = numbers.index(victim)
    page.list.setCurrentItem(page.list.topLevelItem(row))
    assert page.destroy_button.isEnabled()

    dialog = DestroyDialog(admin, victim, False, page)  # closes with the page
    settle(qtbot)
    assert "2 " in dialog.summary.text() or "2 条" in dialog.summary.text()
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.confirm, victim[:-1])
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.confirm, victim[-1])
    assert dialog.ok.isEnabled()
    monkeypatch.setattr(DestroyDialog, "ask", classmethod(
        lambda cls, s, f, r, p=None: _run(dialog)))
    page.destroy_selected()
    settle(qtbot)  # the list reloads from the destruction's notice
    assert victim in page.message.text()
    assert page.list.topLevelItemCount() == 1
    assert files.find_by_number(admin, victim) is None
    assert page.backups.topLevelItemCount() == 1 and page.delete_backups_button.isEnabled()
    page.delete_backups()
    settle(qtbot)
    assert page.backups.topLevelItemCount() == 0
    assert not page.delete_backups_button.isEnabled()
    assert maintenance.verify(admin).ok

    shots = Path(os.environ.get("RETENTION_SHOTS", ""))
    if os.environ.get("RETENTION_SHOTS"):
        shots.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(shots / "retention-page.png"))


def _run(dialog: DestroyDialog):  # noqa: ANN202
    dialog.run()
    settle()  # inside the replaced ask(): the destruction runs on the worker
    return dialog.result_


def test_a_deletion_request_needs_the_file_and_its_ground(qtbot: QtBot, world: World) -> None:
    _person(world, NAME, PHONE, NOTE, 10)
    admin = world.admin
    number = next(r[0] for r in admin.db.all("SELECT file_no FROM clients"))
    dialog = DestroyDialog(admin, "", True, None)
    qtbot.addWidget(dialog)
    assert not dialog.file_no.isReadOnly()
    dialog.file_no.setText("XL-1999-000001")
    dialog.review()
    settle(qtbot)
    assert dialog.error.text()
    dialog.file_no.setText(number)
    dialog.review()
    settle(qtbot)
    assert dialog.error.text() == "" and dialog.summary.text()
    dialog.ground.setCurrentIndex(dialog.ground.findData("consent_withdrawn"))
    qtbot.keyClicks(dialog.confirm, number)
    dialog.ok.click()
    settle(qtbot)
    assert dialog.result_ is not None and dialog.result_[1].request is not None
    [tomb] = admin.audit.query(action=retention.DESTROY_ACTION)
    assert json.loads(tomb.detail)["ground"] == "consent_withdrawn"
