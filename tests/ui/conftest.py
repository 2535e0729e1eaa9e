"""Fixtures for the screens: isolated UI settings, recorded message boxes, sessions per role."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget
from ui_helpers import COUNSELLOR_PASSWORD, RECEPTIONIST_PASSWORD, settle

from station_desk.domain import accounts
from station_desk.domain.session import Session
from station_desk.ui import messages
from station_desk.ui.settings import UiSettings


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    return UiSettings.at(tmp_path / "ui-settings.ini")


class Shown:
    """What the app would have put in message boxes; confirmations answer `answer`."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.questions: list[str] = []
        self.answer = True


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    record = Shown()
    monkeypatch.setattr(messages, "error", lambda _p, text: record.errors.append(text))
    monkeypatch.setattr(messages, "info", lambda _p, text: record.infos.append(text))

    def confirm(_parent: QWidget | None, text: str) -> bool:
        record.questions.append(text)
        return record.answer

    monkeypatch.setattr(messages, "confirm", confirm)
    return record


@pytest.fixture(autouse=True)
def _flush_deferred_deletes(qapp: QApplication) -> Iterator[None]:
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """No operation of one test runs into the next (holding its input) or into the closing
    of its fixtures (using a vault that is closed): each test's body ends with every
    operation answered, before any fixture is torn down."""
    yield
    if QCoreApplication.instance() is not None:
        settle()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """What closing the test's windows asked for (a session editor's last autosave) is done
    before the fixtures close the vault, as sign-out drains the worker before closing it."""
    if QCoreApplication.instance() is not None:
        settle()


@pytest.fixture
def staff(admin: Session) -> Session:
    """The admin session after adding a receptionist and a counsellor."""
    accounts.add_user(admin, "front", "前台小张", "receptionist", RECEPTIONIST_PASSWORD)
    accounts.add_user(admin, "liu", "刘咨询师", "counsellor", COUNSELLOR_PASSWORD)
    return admin
