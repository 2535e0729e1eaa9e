"""The last line of defence: an unexpected exception becomes a plain Chinese (or English)
dialog, never a traceback, and nothing about it that could hold client data is written.

Exception messages can quote SQL values or field contents, so only the exception type and
the code locations (file, line, function) go to stderr, and only when there is a stderr.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from station_desk.errors import StationDeskError
from station_desk.ui.i18n import error_text
from station_desk.ui.labels import app_title


def generic_text() -> str:
    return QCoreApplication.translate(
        "Crash", "Something unexpected went wrong. Your saved records are not affected. "
        "If it happens again, close Station Desk, open it again and tell your administrator "
        "what you were doing.")


def locations(tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    return " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}"
                       for f in reversed(frames))


def handle(exc_type: type[BaseException], exc: BaseException,
           tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    if sys.stderr is not None:  # windowed builds have no stderr
        try:
            print(f"station-desk: unexpected {exc_type.__name__} at {locations(tb)}",
                  file=sys.stderr)
        except (OSError, ValueError):
            pass
    text = error_text(exc) if isinstance(exc, StationDeskError) else generic_text()
    if QApplication.instance() is not None:
        show_dialog(text)


def show_dialog(text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, app_title(), text,
                      QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.exec()


def install() -> None:
    sys.excepthook = handle


def show_message(exc: StationDeskError) -> None:
    """A startup error before any window exists."""
    box = QMessageBox(QMessageBox.Icon.Warning, app_title(), error_text(exc),
                      QMessageBox.StandardButton.Ok)
    box.exec()
