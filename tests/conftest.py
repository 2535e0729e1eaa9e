"""Shared fixtures. Real SQLCipher and real Argon2id throughout; the KDF cost is lowered
through the documented test switch so the suite stays fast."""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("STATION_DESK_FAST_KDF", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from station_desk.domain.auth import StationProfile, create_station  # noqa: E402
from station_desk.domain.clock import FakeClock  # noqa: E402
from station_desk.domain.session import Session  # noqa: E402

ADMIN_PASSWORD = "admin-pass-2026"
PROFILE = StationProfile("示例职工心理健康服务站", "U-TEST-01", "complete_1")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created(vault_dir: Path, clock: FakeClock) -> Iterator[tuple[Session, str]]:
    """A fresh vault with one admin ('admin'); yields the admin session and recovery key."""
    session, recovery = create_station(vault_dir, PROFILE, "admin", "王站长", ADMIN_PASSWORD,
                                       clock=clock)
    yield session, recovery
    session.close()


@pytest.fixture
def admin(created: tuple[Session, str]) -> Session:
    return created[0]


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """QSettings and QStandardPaths write under the test's own folder, never the home."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    runtime = tmp_path / "xdg-runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Once the operations runner has switched Python's automatic collection off
    (ui/garbage.py), the tests that never run an event loop still have their cycles collected:
    between tests, on the main thread, as the app's timer would."""
    if not gc.isenabled():
        from station_desk.ui.garbage import collect_due

        collect_due()
