"""An unexpected exception shows a plain message and writes nothing that could be client data."""

from __future__ import annotations

import pytest

from station_desk.errors import StationDeskError
from station_desk.ui import crash

CLIENT_DATA = "张某某 13800138000"


def _raise(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001
        return type(caught), caught, caught.__traceback__


def test_unexpected_error_shows_generic_text_and_no_client_data(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    shown: list[str] = []
    monkeypatch.setattr(crash, "show_dialog", shown.append)
    crash.handle(*_raise(ValueError(f"UNIQUE constraint failed: {CLIENT_DATA}")))  # type: ignore[arg-type]
    assert shown == [crash.generic_text()]
    err = capsys.readouterr().err
    assert "ValueError" in err and "test_crash_hook.py" in err
    assert CLIENT_DATA not in err and "UNIQUE" not in err


def test_station_desk_error_shows_its_own_message(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(crash, "show_dialog", shown.append)
    crash.handle(*_raise(StationDeskError("disk_full")))  # type: ignore[arg-type]
    assert shown == [StationDeskError("disk_full").message("en")]
