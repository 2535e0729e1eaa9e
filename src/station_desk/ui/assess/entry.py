"""The counsellor's entry form: every item of one instrument with its options, on one page.

Used when the counsellor reads the questions aloud or copies a paper form. It is a page, not
a dialog, so a screen lock in the middle keeps what was ticked. Saving with an item left out
is refused with the item numbers; nothing is scored until every item has an answer.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import assessments
from station_desk.domain.assessments import AnonymousFields, Outcome
from station_desk.domain.instruments import Instrument
from station_desk.domain.session import Session
from station_desk.ui.assess.common import lang, scaled_font
from station_desk.ui.i18n import arg
from station_desk.ui.operations import Change, ChangeOp
from station_desk.ui.widgets import ErrorLabel


class EntryForm(QWidget):
    saved = Signal(object)  # Outcome
    cancelled = Signal()

    def __init__(self, session: Session, instrument: Instrument, *,
                 client_id: int | None = None, anon: AnonymousFields | None = None,
                 heading: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if (client_id is None) == (anon is None):
            raise ValueError("an entry is for a file (client_id) or anonymous (anon)")
        self.session = session
        self.instrument = instrument
        self.client_id = client_id
        self.anon = anon
        self.groups: list[QButtonGroup] = []

        title = QLabel(instrument.name(lang()))
        title.setFont(scaled_font(self, 1.3, bold=True))
        who = QLabel(heading)
        who.setVisible(bool(heading))
        frame = instrument.time_frame_zh if lang() == "zh" else instrument.time_frame_en
        instructions = QLabel(arg(self.tr("%1 (time frame: %2)"),
                                  instrument.instructions_zh if lang() == "zh"
                                  else instrument.instructions_en, frame))
        instructions.setWordWrap(True)

        items = QWidget()
        grid = QGridLayout(items)
        grid.setHorizontalSpacing(14)
        for row, item in enumerate(instrument.items):
            text = QLabel(f"{item.number}. {item.text(lang())}")
            text.setWordWrap(True)
            text.setMinimumWidth(260)
            group = QButtonGroup(self)
            choices = QHBoxLayout()
            # Button ids are positions: QButtonGroup reserves -1, an option value may not.
            for position, option in enumerate(item.options):
                radio = QRadioButton(f"{option.value} {option.label(lang())}")
                group.addButton(radio, position)
                choices.addWidget(radio)
            choices.addStretch(1)
            group.idClicked.connect(self._changed)
            self.groups.append(group)
            grid.addWidget(text, row * 2, 0)
            grid.addLayout(choices, row * 2, 1)
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setStyleSheet("color: #e0e0e0;")
            grid.addWidget(line, row * 2 + 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(items)

        self.count = QLabel()
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("Save result"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(who)
        layout.addWidget(instructions)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._changed()

    def answers(self) -> list[int | None]:
        return [item.options[g.checkedId()].value if g.checkedButton() is not None else None
                for item, g in zip(self.instrument.items, self.groups, strict=True)]

    def set_answers(self, answers: list[int | None]) -> None:
        for item, group, value in zip(self.instrument.items, self.groups, answers, strict=True):
            if value is not None:
                group.button(item.values.index(value)).setChecked(True)
        self._changed()

    def _changed(self, *_args: object) -> None:
        done = sum(a is not None for a in self.answers())
        self.count.setText(arg(self.tr("%1 of %2 answered"), done, len(self.groups)))

    def save(self) -> None:
        """Scored and stored on the worker; `saved` carries the outcome."""
        self.error.clear_text()
        session, instrument, answers = self.session, self.instrument, self.answers()
        client_id, anon = self.client_id, self.anon
        if client_id is not None:
            def call() -> Outcome:
                return assessments.administer(session, instrument, client_id, answers)
        else:
            assert anon is not None

            def call() -> Outcome:
                return assessments.anonymous_screening(session, instrument, answers, anon)
        ChangeOp(self, call, Change.ASSESSMENTS).success(self.saved.emit).failure(
            self.error.show_error).run()
