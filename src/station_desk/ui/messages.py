"""Modal message boxes in one place, so tests can replace them (they never call exec())."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from station_desk.ui.labels import app_title


def error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, app_title(), text)


def info(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, app_title(), text)


def confirm(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(parent, app_title(), text,
                                  QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
