"""Small building blocks shared by the screens."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from station_desk.errors import StationDeskError
from station_desk.ui.i18n import error_text


class ErrorLabel(QLabel):
    """Inline error text under a form: red, wraps, empty (and hidden) when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setProperty("tone", "danger")  # red, from the palette (station-desk.qss)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def show_error(self, exc: StationDeskError) -> None:
        self.show_text(error_text(exc))

    def clear_text(self) -> None:
        self.show_text("")


def password_edit(parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    # Keep typed secrets out of input-method history and predictive text.
    from PySide6.QtCore import Qt

    edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                             | Qt.InputMethodHint.ImhSensitiveData
                             | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit


def span_row(first: QWidget, last: QWidget, *, stretch: bool = True) -> QHBoxLayout:
    """A "from – to" pair (times, dates) on one form row, kept to its fields' width."""
    row = QHBoxLayout()
    row.addWidget(first)
    row.addWidget(QLabel("–"))
    row.addWidget(last)
    if stretch:
        row.addStretch(1)
    return row
