"""One clock: every time a person reads is station time, "YYYY-MM-DD HH:MM", whatever the
PC's own time zone; no stored UTC stamp ("2026-12-02T04:11:12Z") reaches a screen."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import settle, visible_texts

from station_desk.domain import maintenance
from station_desk.domain.auth import sign_in
from station_desk.domain.clock import FakeClock, shown_date, shown_time
from station_desk.domain.records import files
from station_desk.tools.demo import create_demo_vault
from station_desk.ui.labels import format_time
from station_desk.ui.main_window import MainWindow
from station_desk.ui.records import dialogs
from station_desk.ui.records.file_window import FileWindow
from station_desk.ui.settings import UiSettings

ADMIN = ("demo_admin", "demo-admin-2026")
COUNSELLOR = ("demo_counsellor_a", "demo-counsellor-a-2026")
RAW = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d|\d\d:\d\d:\d\dZ")


@pytest.fixture
def far_away_pc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The PC's own zone is New York: a time shown in the machine zone would be 13 hours off."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_one_formatter(far_away_pc: None) -> None:
    late = "2026-12-01T17:30:05Z"  # 01:30 on the 2nd at the station
    assert shown_time(late) == "2026-12-02 01:30"
    assert shown_date(late) == "2026-12-02"
    moment = dt.datetime(2026, 12, 1, 17, 30, 5, tzinfo=dt.UTC)
    assert shown_time(moment) == format_time(moment) == "2026-12-02 01:30"
    assert shown_time(None) == shown_time("") == "" and shown_date("2026-12-01") == "2026-12-01"


def _all_texts(window: QWidget) -> list[str]:
    """What a person can read, on every tab of every tab widget in the window."""
    texts = visible_texts(window)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()  # a tab shown reads on the worker
            texts += visible_texts(window)
    return texts


def _let_go(window: QWidget) -> None:
    """Close and delete the window while its session is still open: its lazy lists may
    still ask for rows until then."""
    QApplication.processEvents()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _raw(texts: list[str]) -> list[str]:
    return [t for t in texts if RAW.search(t)]


def test_no_stored_stamp_reaches_a_screen(qtbot: QtBot, tmp_path: Path, clock: FakeClock,
                                          ui_settings: UiSettings, far_away_pc: None,
                                          shown: Any) -> None:
    vault = tmp_path / "demo"
    create_demo_vault(vault, clients=30, sessions=90, clock=clock)
    with sign_in(vault, *ADMIN, clock=clock) as admin:
        maintenance.make_backup(admin, tmp_path / "backups")
        window = MainWindow(admin, ui_settings)  # deleted here, not by qtbot: see _let_go
        window.show()
        found: list[str] = []
        for key in window.visible_section_keys():
            window.show_section(key)
            settle(qtbot)  # pages read what they show on the worker
            found += _raw(_all_texts(window))
        assert found == [], found[:5]
        backup = window.pages["backup"]
        # 09:00 UTC is 17:00 at the station (and 04:00 on this PC's own clock)
        assert backup.last.text() == "2026-11-02 17:00"  # type: ignore[attr-defined]
        _let_go(window)
    with sign_in(vault, *COUNSELLOR, clock=clock) as lin:
        cid, signed = lin.db.one(
            "SELECT client_id, count(*) FROM sessions WHERE counsellor_id = ? AND status ="
            " 'signed' GROUP BY client_id ORDER BY count(*) DESC LIMIT 1", (lin.user.id,))
        assert signed
        file_window = FileWindow(lin, files.open_file(lin, cid))
        settle()  # the file is read on the worker
        file_window.show()
        view = file_window.view
        view.sessions_view.selectRow(0)
        assert _raw(_all_texts(file_window)) == []
        record = view.selected_record()
        assert record is not None and record.is_signed
        addendum = dialogs.AddendumDialog(lin, record, file_window)
        addendum.show()
        texts = visible_texts(addendum)
        assert _raw(texts) == []
        assert any(shown_time(record.signed_at) in t for t in texts)
        addendum.reject()
        _let_go(file_window)
    assert shown.errors == []


def test_no_screen_or_paper_code_formats_times_its_own_way() -> None:
    """The machine's zone (`astimezone()`, `time.strftime`) and a UTC stamp cut to a "date"
    (`…_at[:10]`) are the two ways times went wrong; the formatter is `clock.shown_time`."""
    root = Path(__file__).resolve().parents[2] / "src" / "station_desk"
    # (an appointment's starts_at/ends_at is station wall-clock time already, not a stamp)
    wrong = re.compile(r"\.astimezone\(\)|time\.strftime|((?<!starts)(?<!ends)_at|\.ts)\[:1[06]\]")
    found = [f"{path.relative_to(root)}:{number}: {line.strip()}"
             for folder in ("ui", "reports", "cli", "export")
             for path in sorted((root / folder).rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if wrong.search(line)]
    assert found == []
