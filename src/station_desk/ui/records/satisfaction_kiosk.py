"""满意度评价: the client-facing rating form. It shows nothing but the questions, and when the
worker is done the app locks, so the next person at the screen needs a password."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import vocab
from station_desk.domain.records import satisfaction
from station_desk.domain.session import Session
from station_desk.ui.i18n import current_lang
from station_desk.ui.records.common import FormErrors, attempt
from station_desk.ui.widgets import ErrorLabel


class SatisfactionKiosk(QDialog):
    done = Signal()

    def __init__(self, session: Session, *, client_id: int | None = None,
                 session_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id, self.session_id = client_id, session_id
        self.setWindowTitle(self.tr("Your opinion"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Please rate today's service. Your answers help us improve it."))
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 18px;")
        layout.addWidget(title)
        grid = QGridLayout()
        low, high = satisfaction.scale()
        meta = vocab.vocabulary("satisfaction_items").meta
        scale = meta["scale_labels_en" if current_lang() == "en" else "scale_labels_zh"]
        for column, text in enumerate(scale, start=1):
            head = QLabel(str(text))
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, column)
        self.groups: dict[str, QButtonGroup] = {}
        for row, entry in enumerate(vocab.entries("satisfaction_items"), start=1):
            grid.addWidget(QLabel(entry.label(current_lang())), row, 0)
            group = QButtonGroup(self)
            for column, value in enumerate(range(low, high + 1), start=1):
                button = QRadioButton(str(value))
                group.addButton(button, value)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
            self.groups[entry.code] = group
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Anything else you would like to tell us (optional)")))
        self.comment = QPlainTextEdit()
        self.comment.setMaximumHeight(100)
        layout.addWidget(self.comment)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.errors = FormErrors(self.error, {"comment": self.comment})
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setMinimumHeight(44)
        self.submit_button.clicked.connect(self.submit)
        layout.addWidget(self.submit_button)

    def scores(self) -> dict[str, int | None]:
        return {code: (group.checkedId() if group.checkedId() > 0 else None)
                for code, group in self.groups.items()}

    def submit(self) -> None:
        rating = attempt(self, lambda: satisfaction.record_satisfaction(
            self.session, self.scores(), self.comment.toPlainText(),
            client_id=self.client_id, session_id=self.session_id), self.errors)
        if rating is None:
            return
        self.done.emit()
        self.accept()
        lock_app(self.parentWidget(), self.session)


def lock_app(widget: QWidget | None, session: Session) -> None:
    """Lock through the main window when there is one (it hides every window), else the
    session itself."""
    while widget is not None:
        window = widget.window()
        lock = getattr(window, "lock", None)
        if callable(lock):
            lock()
            return
        widget = window.parentWidget()
    session.lock()
