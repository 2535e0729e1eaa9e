"""Copies out of records carry password-manager hints and do not linger."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station_desk.ui.clipboard import KDE_HINT, WINDOWS_EXCLUDE, SecretClipboard, secret_mime


def test_mime_hints() -> None:
    mime = secret_mime("电话 138")
    assert mime.text() == "电话 138"
    assert bytes(mime.data(KDE_HINT)) == b"secret"
    assert mime.hasFormat(WINDOWS_EXCLUDE)


def test_cleared_after_timeout_if_still_ours(qtbot: QtBot, qapp: QApplication) -> None:
    board = SecretClipboard(parent=qapp)
    board.copy("档案 0042")
    assert qapp.clipboard().text() == "档案 0042"
    assert board.timer.isActive() and board.timer.interval() == 30_000
    board.timer.timeout.emit()  # the 30 s are up (run out, not waited for)
    assert qapp.clipboard().text() == ""


def test_left_alone_when_the_user_copied_something_else(qtbot: QtBot,
                                                        qapp: QApplication) -> None:
    board = SecretClipboard(parent=qapp)
    board.copy("档案 0042")
    qapp.clipboard().setText("meeting at 3")
    board.timer.timeout.emit()
    assert qapp.clipboard().text() == "meeting at 3"
