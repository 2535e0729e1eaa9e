"""满意度评价: the client-facing rating form, handed over in client-facing mode
(`ui.client_mode`): the main window is at its lock screen before the form shows, Esc and
every other way out are refused, and submitting or skipping ends at the lock screen, so the
next person at the screen needs the counsellor's password. The form shows nothing but the
questions (no name, no file number)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
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
from station_desk.ui.assess.common import scaled_font
from station_desk.ui.client_mode import CANCELLED, FINISHED, ClientMode, find_lock_target
from station_desk.ui.i18n import current_lang
from station_desk.ui.operations import Change, ChangeOp
from station_desk.ui.records.common import FormErrors
from station_desk.ui.widgets import ErrorLabel

RADIO_STYLE = ("QRadioButton::indicator { width: 24px; height: 24px; }"
               " QRadioButton { padding: 6px; }")


class SatisfactionKiosk(QWidget):
    submitted = Signal()  # the rating is stored
    skipped = Signal()  # the client chose not to answer

    def __init__(self, session: Session, *, client_id: int | None = None,
                 session_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id, self.session_id = client_id, session_id
        self.mode: ClientMode | None = None
        self.setObjectName("satisfactionKiosk")
        self.setWindowTitle(self.tr("Your opinion"))
        # Read at arm's length by someone who may not use computers: large type, big targets.
        self.setFont(scaled_font(self, 1.35))
        column = QWidget()
        column.setMaximumWidth(1000)
        layout = QVBoxLayout(column)
        layout.setSpacing(10)
        title = QLabel(self.tr("Please rate today's service. Your answers help us improve it."))
        title.setWordWrap(True)
        title.setFont(scaled_font(self, 1.3, bold=True))
        layout.addWidget(title)
        layout.addSpacing(16)
        grid = QGridLayout()
        grid.setVerticalSpacing(8)
        grid.setHorizontalSpacing(12)
        low, high = satisfaction.scale()
        meta = vocab.vocabulary("satisfaction_items").meta
        scale = meta["scale_labels_en" if current_lang() == "en" else "scale_labels_zh"]
        for column_no, text in enumerate(scale, start=1):
            head = QLabel(str(text))
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setWordWrap(True)
            grid.addWidget(head, 0, column_no)
            grid.setColumnStretch(column_no, 1)
        self.groups: dict[str, QButtonGroup] = {}
        for row, entry in enumerate(vocab.entries("satisfaction_items"), start=1):
            item = QLabel(entry.label(current_lang()))
            item.setWordWrap(True)
            grid.addWidget(item, row, 0)
            group = QButtonGroup(self)
            for column_no, value in enumerate(range(low, high + 1), start=1):
                button = QRadioButton(str(value))
                # on the button itself: a sheet on the form would stop its font reaching in
                button.setStyleSheet(RADIO_STYLE)
                button.setFont(self.font())
                group.addButton(button, value)
                grid.addWidget(button, row, column_no, Qt.AlignmentFlag.AlignCenter)
            self.groups[entry.code] = group
        grid.setColumnStretch(0, 2)
        layout.addLayout(grid)
        layout.addSpacing(16)
        layout.addWidget(QLabel(self.tr("Anything else you would like to tell us (optional)")))
        self.comment = QPlainTextEdit()
        self.comment.setFixedHeight(QFontMetrics(self.font()).height() * 4)
        layout.addWidget(self.comment)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.errors = FormErrors(self.error, {"comment": self.comment})
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setFont(scaled_font(self, 1.15, bold=True))
        self.submit_button.clicked.connect(self.submit)
        self.skip_button = QPushButton(self.tr("I would rather not answer"))
        self.skip_button.setFont(self.font())
        self.skip_button.clicked.connect(self.skip)
        for button in (self.submit_button, self.skip_button):
            button.setMinimumHeight(int(QFontMetrics(button.font()).height() * 2.2))
            button.setMinimumWidth(220)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(column)
        middle.addStretch(2)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addLayout(middle, 8)
        outer.addStretch(1)

    def scores(self) -> dict[str, int | None]:
        return {code: (group.checkedId() if group.checkedId() > 0 else None)
                for code, group in self.groups.items()}

    def submit(self) -> None:
        """Stored on the operations worker; a refusal shows under the form, in the kiosk."""
        session, scores, comment = self.session, self.scores(), self.comment.toPlainText()
        client_id, session_id = self.client_id, self.session_id
        ChangeOp(self, lambda: satisfaction.record_satisfaction(
            session, scores, comment, client_id=client_id, session_id=session_id),
            Change.NONE).success(lambda _rating: self.submitted.emit()).run(errors=self.errors)

    def skip(self) -> None:
        self.skipped.emit()


def hand_over_rating(owner: QWidget, session: Session, *, client_id: int | None = None,
                     session_id: int | None = None) -> SatisfactionKiosk:
    """Give the screen to the client for the rating form, in client-facing mode: it ends, on
    submit or skip, at the main window's lock screen."""
    target = find_lock_target(owner, session)
    form = SatisfactionKiosk(session, client_id=client_id, session_id=session_id,
                             parent=target if isinstance(target, QWidget) else owner.window())
    mode = ClientMode(form, session, owner)
    form.mode = mode
    form.submitted.connect(lambda: mode.leave(FINISHED))
    form.skipped.connect(lambda: mode.leave(CANCELLED))
    mode.ended.connect(lambda _reason: form.deleteLater())
    mode.enter()
    return form
