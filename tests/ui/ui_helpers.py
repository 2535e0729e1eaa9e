"""Helpers shared by the screen tests (a plain module: conftest files cannot be imported)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget

from station_desk.domain.auth import sign_in
from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError

ADMIN_PASSWORD = "admin-pass-2026"  # tests/conftest.py's admin
RECEPTIONIST_PASSWORD = "front-desk-2026"
COUNSELLOR_PASSWORD = "counsel-2026"


def sign_in_as(admin: Session, username: str, password: str, clock: FakeClock) -> Session:
    """A second role on the same vault: the admin's session lets go of the vault first."""
    root = admin.vault.paths.root
    admin.close()
    return sign_in(root, username, password, clock=clock)


def visible_texts(window: QWidget) -> list[str]:
    """Every string a person could read in the window right now."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            if widget.echoMode() == QLineEdit.EchoMode.Normal:
                texts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # QListWidget's private list model
                columns = 1
            for row in range(model.rowCount(QModelIndex())):
                for column in range(columns):
                    texts.append(str(model.index(row, column).data() or ""))
    return texts


def settle(qtbot: object | None = None, timeout: int = 20000) -> None:
    """Wait until every operation asked for has run and been answered on the UI thread
    (ui/operations.py): the event loop keeps running meanwhile, as in the app. Without a
    qtbot (inside a replaced `ask()`), Qt's own wait does the same."""
    from PySide6.QtTest import QTest

    from station_desk.ui.operations import runner

    ops = runner()
    if qtbot is not None:
        qtbot.waitUntil(lambda: ops.idle, timeout=timeout)  # type: ignore[attr-defined]
    else:  # as qtbot.waitUntil does: run the event loop in short turns until it holds
        deadline = time.monotonic() + timeout / 1000
        while not ops.idle:
            assert time.monotonic() < deadline, "operations did not finish"
            QTest.qWait(5)


def watch_threads(monkeypatch: Any, module: ModuleType, name: str) -> list[int]:
    """The threads the real domain function `module.name` runs on (it still does its work)."""
    real: Callable[..., Any] = getattr(module, name)
    threads: list[int] = []

    def watched(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, watched)
    return threads


def hold_back(monkeypatch: Any, module: ModuleType, name: str) -> threading.Event:
    """The real `module.name` waits (on the worker) until the returned event is set: a slow
    read, as a file of thousands of records is."""
    real: Callable[..., Any] = getattr(module, name)
    release = threading.Event()

    def held(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, held)
    return release


def off_the_ui_thread(threads: list[int]) -> bool:
    """It ran, and never on this (the UI) thread."""
    return bool(threads) and threading.get_ident() not in threads


def refuse_disk_full(*_args: Any, **_kwargs: Any) -> Any:
    """A domain call patched to refuse, as a full disk would."""
    raise StationDeskError("disk_full")
