"""Modal message boxes in one place, so tests can replace them (they never call exec()).

They run through `modal.run_modal`: a box that is open when the screen locks is hidden with
everything else and still waits for its answer after unlock (with `exec()` a lock would
answer "No" to a question nobody saw)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from station_desk.ui.labels import app_title
from station_desk.ui.modal import message_box

Button = QMessageBox.StandardButton


def error(parent: QWidget | None, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning, app_title(), text, Button.Ok)


def info(parent: QWidget | None, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Information, app_title(), text, Button.Ok)


def confirm(parent: QWidget | None, text: str) -> bool:
    answer = message_box(parent, QMessageBox.Icon.Question, app_title(), text,
                         Button.Yes | Button.No, Button.No)
    return answer == Button.Yes
